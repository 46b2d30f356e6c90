"""The review file: marks in TOML, beside B (``B.review.toml``) unless named.

Read with ``tomllib``; written here (a few kinds of value need no library) through
``export.atomic``'s temporary-and-rename, with the data on disk (``fsync``) before the
rename, so a process killed at any point leaves the previous file whole. A file that
cannot be read as a review is never written over: the one sentence says why.

    schema = "budgetdiff.review/1"

    [a]                      # the documents the marks were given for
    path = "…"
    sha256 = "…"

    [[mark]]
    change = ["cell", "expenditure", "2080599", "合计"]
    a = "2800"
    b = "3800"
    mark = "待查询"
    note = "为何增加？"
    by = "alice"
    at = 2025-06-01T10:00:00+08:00

``[[conflict]]`` entries have the shape of ``[[mark]]``: another reviewer's marks that
disagree with this file's, kept by ``--merge``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from budgetdiff.diffing.model import DocumentRef
from budgetdiff.errors import BudgetDiffError, InputError
from budgetdiff.record import Record
from budgetdiff.review.marks import STATUSES, Mark, Marks

SCHEMA = "budgetdiff.review/1"
SUFFIX = ".review.toml"
HEADER = (
    "# budgetdiff review: what each change of B against A was found to be.\n"
    "# One [[mark]] per change: its key, its two values, the mark (通过, 已说明, 待查询),\n"
    "# the note, who and when. Written by budgetdiff; safe to read and to edit.\n"
)
LIMIT = 64 * 1024 * 1024
"""Bytes a review file may have: far more than a review of 60,000 changes takes."""


class Pair(Record):
    """Which documents a review file's marks were given for (as far as it says)."""

    a: Mapping[str, object]
    b: Mapping[str, object]

    __slots__ = ("a", "b")

    def __init__(self, a: Mapping[str, object], b: Mapping[str, object]) -> None:
        object.__setattr__(self, "a", dict(a))
        object.__setattr__(self, "b", dict(b))


Stamp = tuple[int, int, int]
"""A file's inode, size and modification time: a review file written anew (always a new
inode: it is replaced, never rewritten in place) has another."""


class ReviewFile(Record):
    """A review file as read: the documents it was made against and its marks."""

    path: Path
    pair: Pair
    marks: Marks
    exists: bool
    stamp: Stamp | None
    """The file's ``stamp`` when it was read (None: there was none)."""

    __slots__ = ("exists", "marks", "pair", "path", "stamp")

    def __init__(
        self, path: Path, pair: Pair, marks: Marks, exists: bool = True, stamp: Stamp | None = None
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "pair", pair)
        object.__setattr__(self, "marks", marks)
        object.__setattr__(self, "exists", exists)
        object.__setattr__(self, "stamp", stamp)


def stamp(path: Path) -> Stamp | None:
    """``path``'s stamp now; None when there is no file."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def default_path(b_path: str | None) -> Path:
    """``draft.review.toml`` beside the draft ``draft.txt`` (or ``draft.pdf``)."""
    if not b_path or b_path == "-":
        raise BudgetDiffError("B is read from standard input: name the review file (--review PATH)")
    path = Path(b_path)
    return path.with_name(path.stem + SUFFIX if path.suffix else path.name + SUFFIX)


def read(path: Path) -> ReviewFile:
    """The review file at ``path``; a missing one is an empty review."""
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            data = handle.read(LIMIT + 1)
    except FileNotFoundError:
        return ReviewFile(path, Pair({}, {}), Marks(), exists=False)
    except IsADirectoryError:
        raise InputError(f"review file {path} is a directory; name a file") from None
    except OSError as error:
        raise InputError(f"cannot read review file {path}: {error.strerror or error}") from None
    if len(data) > LIMIT:
        raise InputError(f"review file {path} is larger than {LIMIT // 2**20} MiB")
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"review file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"review file {path} is not valid TOML: {error}") from None
    found = _parse(path, document)
    seen = (status.st_ino, status.st_size, status.st_mtime_ns)
    return ReviewFile(path, found.pair, found.marks, True, seen)


def _parse(path: Path, document: dict[str, object]) -> ReviewFile:
    if document.get("schema") != SCHEMA:
        raise _wrong(path, f'is not a budgetdiff review (schema = "{SCHEMA}" is missing)')
    sides = []
    for side in ("a", "b"):
        found = document.get(side, {})
        if not isinstance(found, dict):
            raise _wrong(path, f"has an [{side}] that is not a table")
        sides.append(found)
    marks: dict[tuple[str, ...], Mark] = {}
    for number, entry in enumerate(_entries(path, document, "mark"), 1):
        mark = _mark(path, entry, f"mark {number}")
        if mark.key in marks:
            raise _wrong(path, f"mark {number} is a second mark for the change {list(mark.key)}")
        marks[mark.key] = mark
    conflicts = [
        _mark(path, entry, f"conflict {number}")
        for number, entry in enumerate(_entries(path, document, "conflict"), 1)
    ]
    return ReviewFile(path, Pair(sides[0], sides[1]), Marks(marks, conflicts))


def _wrong(path: Path, what: str) -> InputError:
    return InputError(f"review file {path} {what}")


def _entries(path: Path, document: dict[str, object], name: str) -> list[dict[str, object]]:
    found = document.get(name, [])
    if not isinstance(found, list) or not all(isinstance(e, dict) for e in found):
        raise _wrong(path, f"has [[{name}]] entries that are not tables")
    return found


def _mark(path: Path, entry: dict[str, object], which: str) -> Mark:
    key = entry.get("change")
    if not isinstance(key, list) or not key or not all(isinstance(p, str) for p in key):
        raise _wrong(path, f"has a {which} without change = [...] naming what it marks")
    status = entry.get("mark")
    if status not in STATUSES:
        raise _wrong(path, f"has a {which} with mark = {status!r}; it takes {', '.join(STATUSES)}")
    values: list[str | None] = []
    for side in ("a", "b"):
        value = entry.get(side)
        if value is not None and not isinstance(value, str):
            raise _wrong(path, f"has a {which} whose {side} is not a string")
        values.append(value)
    note, by, at = entry.get("note", ""), entry.get("by", ""), entry.get("at")
    if not isinstance(note, str) or not isinstance(by, str):
        raise _wrong(path, f"has a {which} whose note or by is not a string")
    if not isinstance(at, datetime):
        raise _wrong(path, f"has a {which} without at = 2025-06-01T10:00:00+08:00 (when)")
    if at.tzinfo is None:
        at = at.astimezone()
    return Mark(tuple(key), values[0], values[1], status, note, by, at)


# -- writing -----------------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f"}
_ESCAPES["\r"] = "\\r"
_UNSAFE = re.compile(
    '["\\\\\\x00-\\x1f\\x7f-\\x9f\\xad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff'
    "\\ud800-\\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    if 0xD800 <= ord(char) <= 0xDFFF:
        return "\\ufffd"  # not a character: TOML cannot hold it
    return f"\\u{ord(char):04x}"


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string; controls and invisible characters escaped, so
    the file shows what it holds."""
    return '"' + _UNSAFE.sub(_escape, text) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"no TOML for {type(value).__name__}")


def _side(ref: DocumentRef) -> dict[str, object]:
    found: dict[str, object] = {
        "path": ref.path,
        "sha256": ref.sha256,
        "department": ref.department,
        "year": ref.year,
        "kind": ref.kind,
    }
    return {name: value for name, value in found.items() if value is not None}


def _table(name: str, values: Mapping[str, object]) -> list[str]:
    lines = [f"[{name}]"]
    lines.extend(f"{key} = {_value(value)}" for key, value in values.items())
    return lines


def _mark_lines(table: str, mark: Mark) -> list[str]:
    values: dict[str, object] = {"change": list(mark.key)}
    if mark.a is not None:
        values["a"] = mark.a
    if mark.b is not None:
        values["b"] = mark.b
    values.update(mark=mark.status, note=mark.note, by=mark.by, at=mark.at)
    return [f"[[{table}]]", *(f"{key} = {_value(value)}" for key, value in values.items())]


def render(a: DocumentRef, b: DocumentRef, marks: Marks) -> str:
    """The review file's text."""
    blocks = [
        HEADER + f'schema = "{SCHEMA}"',
        *("\n".join(_table(n, _side(r))) for n, r in (("a", a), ("b", b))),
    ]
    blocks.extend("\n".join(_mark_lines("mark", mark)) for mark in marks.marks.values())
    blocks.extend("\n".join(_mark_lines("conflict", mark)) for mark in marks.conflicts)
    return "\n\n".join(blocks) + "\n"


def write(path: Path, a: DocumentRef, b: DocumentRef, marks: Marks) -> None:
    """Write the review atomically: the previous file stays whole until the new one is
    on disk, then replaces it in one rename (a regular file only; its permissions kept)."""
    from budgetdiff.errors import OutputError
    from budgetdiff.export.atomic import atomic_file

    data = render(a, b, marks).encode("utf-8")
    if os.path.islink(path):
        raise OutputError(f"review file {path} is a symbolic link; name the file it points to")
    if os.path.isdir(path):
        raise OutputError(f"review file {path} is a directory; name a file")
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        mode = None
    with atomic_file(path, force=True) as temporary:
        try:
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temporary, mode)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    _sync_directory(path)


def _sync_directory(path: Path) -> None:
    """The rename on disk too (a power cut after it keeps the new file)."""
    try:
        descriptor = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
