"""Marks on changes and the state of a review: pure values, no files.

A ``Mark`` says what a reviewer made of a change (``通过``, ``已说明`` with a note,
``待查询`` with a note), who and when, and the two values of the change it was given
for. Against a diff, each change is ``reviewed`` (a mark for the same key and the same
values), ``changed`` (``已变化``: a mark for the same key, given when the values were
others) or ``unreviewed``; a mark whose key no change has any more is ``resolved``,
kept and listed, never dropped. ``conflicts`` are other reviewers' marks that disagree
with this file's (``merge``): shown beside it until the change is marked again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Literal

from budgetdiff.record import Record, replace
from budgetdiff.review.changes import ChangeItem

Status = Literal["通过", "已说明", "待查询"]
STATUSES: tuple[Status, ...] = ("通过", "已说明", "待查询")
NEEDS_NOTE: frozenset[str] = frozenset({"已说明", "待查询"})
"""The marks that carry a note: the explanation, or the question to the department."""
State = Literal["reviewed", "changed", "unreviewed"]
STATE_LABELS: dict[str, str] = {"reviewed": "已审", "changed": "已变化", "unreviewed": "未审"}

Key = tuple[str, ...]


class Mark(Record):
    """A reviewer's mark on the change ``key`` whose values were ``a`` and ``b``."""

    key: Key
    a: str | None
    b: str | None
    status: Status
    note: str
    by: str
    at: datetime

    __slots__ = ("a", "at", "b", "by", "key", "note", "status")

    def __init__(
        self,
        key: Key,
        a: str | None,
        b: str | None,
        status: Status,
        note: str,
        by: str,
        at: datetime,
    ) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "by", by)
        object.__setattr__(self, "at", at)

    def agrees(self, other: Mark) -> bool:
        """Same verdict on the same values (who and when aside)."""
        return (self.a, self.b, self.status, self.note) == (
            other.a,
            other.b,
            other.status,
            other.note,
        )


def mark_for(
    change: ChangeItem, status: Status, note: str, by: str, at: datetime | None = None
) -> Mark:
    """A mark on ``change`` as it is now."""
    when = (at or datetime.now().astimezone()).replace(microsecond=0)
    return Mark(change.key, change.a, change.b, status, note.strip(), by, when)


class Entry(Record):
    """A change and the mark its key has (None: none)."""

    change: ChangeItem
    mark: Mark | None
    conflicts: tuple[Mark, ...]

    __slots__ = ("change", "conflicts", "mark")

    def __init__(
        self, change: ChangeItem, mark: Mark | None, conflicts: tuple[Mark, ...] = ()
    ) -> None:
        object.__setattr__(self, "change", change)
        object.__setattr__(self, "mark", mark)
        object.__setattr__(self, "conflicts", conflicts)

    @property
    def state(self) -> State:
        if self.mark is None:
            return "unreviewed"
        same = (self.mark.a, self.mark.b) == (self.change.a, self.change.b)
        return "reviewed" if same else "changed"

    @property
    def status(self) -> Status | None:
        """The mark's verdict when it holds for the change as it is now."""
        return self.mark.status if self.mark is not None and self.state == "reviewed" else None


class Marks(Record):
    """A review file's marks, by key, and the conflicting marks merged from others."""

    marks: Mapping[Key, Mark]
    conflicts: tuple[Mark, ...]

    __slots__ = ("conflicts", "marks")

    def __init__(
        self, marks: Mapping[Key, Mark] | None = None, conflicts: Iterable[Mark] = ()
    ) -> None:
        object.__setattr__(self, "marks", dict(marks or {}))
        object.__setattr__(self, "conflicts", tuple(conflicts))

    def with_mark(self, mark: Mark) -> Marks:
        """These marks with ``mark`` set: marking a change again settles its conflicts."""
        marks = {**self.marks, mark.key: mark}
        return Marks(marks, (c for c in self.conflicts if c.key != mark.key))

    def without(self, key: Key) -> Marks:
        """These marks without the mark of ``key`` (and its conflicts)."""
        marks = {k: m for k, m in self.marks.items() if k != key}
        return Marks(marks, (c for c in self.conflicts if c.key != key))

    def merged(self, other: Marks) -> tuple[Marks, int, int]:
        """These marks with ``other``'s: a mark for a key without one is taken; one that
        disagrees with this file's is a conflict, kept beside it, never over it. Returns
        the marks, how many were taken and how many conflict."""
        marks = dict(self.marks)
        conflicts = list(self.conflicts)
        taken = clashing = 0
        for mark in (*other.marks.values(), *other.conflicts):
            own = marks.get(mark.key)
            if own is None:
                marks[mark.key] = mark
                taken += 1
            elif not own.agrees(mark) and not any(mark.agrees(c) for c in conflicts):
                conflicts.append(mark)
                clashing += 1
        return Marks(marks, conflicts), taken, clashing


class Review(Record):
    """The changes of a diff with the marks of a review file."""

    changes: tuple[ChangeItem, ...]
    marks: Marks

    __slots__ = ("_by_key", "_entries", "_rows", "changes", "marks")
    _entries: tuple[Entry, ...]
    _by_key: dict[Key, Entry]
    _rows: dict[tuple[str, str | None], list[Entry]]

    def __init__(self, changes: tuple[ChangeItem, ...], marks: Marks | None = None) -> None:
        object.__setattr__(self, "changes", changes)
        object.__setattr__(self, "marks", marks or Marks())
        found, disputed = self.marks.marks, self.marks.conflicts
        conflicts: dict[Key, list[Mark]] = {}
        for conflict in disputed:
            conflicts.setdefault(conflict.key, []).append(conflict)
        entries = tuple(
            Entry(change, found.get(change.key), tuple(conflicts.get(change.key, ())))
            for change in changes
        )
        rows: dict[tuple[str, str | None], list[Entry]] = {}
        for entry in entries:
            rows.setdefault((entry.change.view, entry.change.anchor), []).append(entry)
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_by_key", {entry.change.key: entry for entry in entries})
        object.__setattr__(self, "_rows", rows)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every change with its mark and conflicts, in the diff's order."""
        return self._entries

    def entry(self, key: Key) -> Entry | None:
        return self._by_key.get(key)

    def at(self, view: str, anchor: str | None) -> list[Entry]:
        """The changes shown on the row ``anchor`` of ``view`` (a table's tree)."""
        return self._rows.get((view, anchor), [])

    @property
    def resolved(self) -> tuple[Mark, ...]:
        """Marks whose change is no longer there: the draft no longer differs there."""
        present = {change.key for change in self.changes}
        return tuple(mark for key, mark in self.marks.marks.items() if key not in present)

    @property
    def reviewed(self) -> int:
        """How many changes carry a mark that holds for them as they are now."""
        return sum(1 for entry in self.entries if entry.state == "reviewed")

    def counts(self) -> dict[str, int]:
        """``通过``, ``已说明``, ``待查询``, ``changed`` (已变化), ``unreviewed``."""
        found = dict.fromkeys((*STATUSES, "changed", "unreviewed"), 0)
        for entry in self.entries:
            found[entry.status or entry.state] += 1
        return found

    @property
    def reviewers(self) -> tuple[str, ...]:
        """Who marked, in the order first seen."""
        everyone = (*self.marks.marks.values(), *self.marks.conflicts)
        return tuple(dict.fromkeys(mark.by for mark in everyone))

    def marked(self, mark: Mark) -> Review:
        return replace(self, marks=self.marks.with_mark(mark))

    def unmarked(self, key: Key) -> Review:
        return replace(self, marks=self.marks.without(key))
