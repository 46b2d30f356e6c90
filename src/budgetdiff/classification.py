"""What the government revenue and expenditure classification (政府收支分类科目) changed
between years: the crosswalk, data read from ``data/classification_crosswalk.toml`` (one
entry per change, with the year it took effect and its source).

A change maps codes of the classification before ``since`` (``old``) to codes of the one
from ``since`` (``new``): a rename (one code, another name), a renumbering (one code to
another), a merge (several into one) or a split (one into several). ``between`` gives the
changes a comparison of two years crosses; ``renames`` the renamed names the check
``identity.classification`` looks for.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Literal

from budgetdiff.record import Record

CROSSWALK_FILE = "classification_crosswalk.toml"

Classification = Literal["functional", "economic"]
ChangeShape = Literal["rename", "renumber", "merge", "split"]

_LEVELS: dict[Classification, dict[int, str]] = {
    "functional": {3: "类", 5: "款", 7: "项"},
    "economic": {3: "类", 5: "款"},
}


class Coded(Record):
    """A code of the classification and its name as the classification prints it."""

    code: str
    name: str

    __slots__ = ("code", "name")

    def __init__(self, code: str, name: str) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "name", name)

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class ClassificationChange(Record):
    """One change of the classification: ``old`` codes (printed before ``since``) became
    ``new`` codes (printed from ``since``), made by ``source``; ``basis`` says what the
    entry rests on (``documents``, ``classification``), ``seen`` which published budgets
    show it; ``kept`` are old codes the new classification still has (their amounts move
    only where a document no longer prints them)."""

    classification: Classification
    since: int
    old: tuple[Coded, ...]
    new: tuple[Coded, ...]
    source: str
    basis: str
    seen: str
    note: str
    kept: frozenset[str]

    __slots__ = (
        "basis",
        "classification",
        "kept",
        "new",
        "note",
        "old",
        "seen",
        "since",
        "source",
    )

    def __init__(
        self,
        classification: Classification,
        since: int,
        old: tuple[Coded, ...],
        new: tuple[Coded, ...],
        source: str,
        basis: str = "classification",
        seen: str = "",
        note: str = "",
        kept: frozenset[str] = frozenset(),
    ) -> None:
        object.__setattr__(self, "classification", classification)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "old", old)
        object.__setattr__(self, "new", new)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "basis", basis)
        object.__setattr__(self, "seen", seen)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "kept", kept)

    @property
    def shape(self) -> ChangeShape:
        """``rename``, ``renumber``, ``merge`` or ``split``."""
        if len(self.old) > 1:
            return "merge"
        if len(self.new) > 1:
            return "split"
        return "rename" if self.old[0].code == self.new[0].code else "renumber"

    @property
    def old_codes(self) -> frozenset[str]:
        return frozenset(coded.code for coded in self.old)

    @property
    def new_codes(self) -> frozenset[str]:
        return frozenset(coded.code for coded in self.new)

    def level(self, code: str) -> str:
        """``类``, ``款`` or ``项`` of one of the entry's codes."""
        return _LEVELS[self.classification][len(code)]


class Rename(Record):
    """A code whose name changed: ``old`` was printed before ``since``, ``new`` from then."""

    level: str
    code: str
    old: str
    new: str
    since: int
    source: str
    classification: Classification

    __slots__ = ("classification", "code", "level", "new", "old", "since", "source")

    def __init__(
        self,
        level: str,
        code: str,
        old: str,
        new: str,
        since: int,
        source: str,
        classification: Classification = "functional",
    ) -> None:
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "old", old)
        object.__setattr__(self, "new", new)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "classification", classification)


def _coded(entries: object, where: str) -> tuple[Coded, ...]:
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{where}: a list of {{code, name}} is expected")
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: a list of {{code, name}} is expected")
        code, name = str(entry.get("code", "")), str(entry.get("name", ""))
        if not code.isdigit() or not name:
            raise ValueError(f"{where}: {entry!r} has no code of digits or no name")
        found.append(Coded(code, name))
    return tuple(found)


def parse_crosswalk(text: str) -> tuple[ClassificationChange, ...]:
    """The changes of a crosswalk in TOML (the data file's format), in order of ``since``.

    Raises ValueError for an entry that is not one: an unknown classification, a code of
    the wrong length, several old codes into several new ones, no source.
    """
    import tomllib

    changes: list[ClassificationChange] = []
    for index, entry in enumerate(tomllib.loads(text).get("change", [])):
        where = f"change {index + 1}"
        classification = entry.get("classification")
        if classification not in _LEVELS:
            raise ValueError(f"{where}: classification {classification!r} is not known")
        old = _coded(entry.get("old"), f"{where} old")
        new = _coded(entry.get("new"), f"{where} new")
        lengths = _LEVELS[classification]
        if any(len(coded.code) not in lengths for coded in (*old, *new)):
            raise ValueError(f"{where}: a code is not a 类, 款 or 项 of {classification}")
        if len(old) > 1 and len(new) > 1:
            raise ValueError(f"{where}: several codes into several is not one change")
        if not str(entry.get("source", "")).strip():
            raise ValueError(f"{where}: no source")
        kept = frozenset(str(code) for code in entry.get("kept", []))
        if not kept <= {coded.code for coded in old}:
            raise ValueError(f"{where}: kept names a code that is not old")
        changes.append(
            ClassificationChange(
                classification,
                int(entry["since"]),
                old,
                new,
                str(entry["source"]),
                str(entry.get("basis", "classification")),
                str(entry.get("seen", "")),
                str(entry.get("note", "")),
                kept,
            )
        )
    changes.sort(key=lambda change: change.since)
    return tuple(changes)


@cache
def crosswalk() -> tuple[ClassificationChange, ...]:
    """Every change of the package's crosswalk, in order of ``since``."""
    # the package's own file, by os.path: importlib.resources would import pathlib,
    # urllib and ipaddress on every check (tests/test_startup.py)
    path = os.path.join(os.path.dirname(__file__), "data", CROSSWALK_FILE)
    with open(path, encoding="utf-8") as file:
        return parse_crosswalk(file.read())


def between(
    changes: tuple[ClassificationChange, ...],
    classification: str,
    earlier: int | None,
    later: int | None,
) -> tuple[ClassificationChange, ...]:
    """The changes of ``classification`` a document of year ``earlier`` and one of year
    ``later`` are on either side of (``earlier`` < since ≤ ``later``), in order."""
    if earlier is None or later is None or earlier >= later:
        return ()
    return tuple(
        change
        for change in changes
        if change.classification == classification and earlier < change.since <= later
    )


@cache
def renames() -> tuple[Rename, ...]:
    """The changes of the crosswalk that renamed a code (same code, another name)."""
    return tuple(
        Rename(
            change.level(change.old[0].code),
            change.old[0].code,
            change.old[0].name,
            change.new[0].name,
            change.since,
            change.source,
            change.classification,
        )
        for change in crosswalk()
        if change.shape == "rename"
    )
