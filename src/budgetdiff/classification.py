"""What the government functional classification (政府收支分类科目) changed between years:
data, read from ``data/classification_renames.toml`` (one entry per rename, with the
year it took effect and its source)."""

from __future__ import annotations

import os
from functools import cache

from budgetdiff.record import Record

RENAMES_FILE = "classification_renames.toml"


class Rename(Record):
    """A code whose name changed: ``old`` was printed before ``since``, ``new`` from then."""

    level: str
    code: str
    old: str
    new: str
    since: int
    source: str

    __slots__ = ("code", "level", "new", "old", "since", "source")

    def __init__(self, level: str, code: str, old: str, new: str, since: int, source: str) -> None:
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "old", old)
        object.__setattr__(self, "new", new)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "source", source)


@cache
def renames() -> tuple[Rename, ...]:
    """Every rename of the data file, in its order."""
    import tomllib

    # the package's own file, by os.path: importlib.resources would import pathlib,
    # urllib and ipaddress on every check (tests/test_startup.py)
    path = os.path.join(os.path.dirname(__file__), "data", RENAMES_FILE)
    with open(path, encoding="utf-8") as file:
        text = file.read()
    return tuple(
        Rename(
            str(entry["level"]),
            str(entry["code"]),
            str(entry["old"]),
            str(entry["new"]),
            int(entry["since"]),
            str(entry["source"]),
        )
        for entry in tomllib.loads(text)["rename"]
    )
