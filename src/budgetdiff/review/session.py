"""A review of one pair: the diff's changes, the review file's marks, and what the file
says of the documents it was made against.

``open_review`` reads the file (a missing one is an empty review); ``save`` writes the
marks back atomically, over the file as it is on disk *then*: the marks given or taken
back in this session (``ReviewSession.edits``) are laid over whatever the file holds, so
two explorers on one file lose nothing of each other's but a mark both changed.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from budgetdiff.diffing.model import Diff, DocumentRef
from budgetdiff.errors import BudgetDiffError
from budgetdiff.record import Record, replace
from budgetdiff.review import store
from budgetdiff.review.changes import change_items
from budgetdiff.review.marks import Key, Mark, Marks, Review


def reviewer(configured: str | None = None) -> str:
    """Who marks: the configured name, else ``$USER`` (``$LOGNAME``, the login name)."""
    if configured and configured.strip():
        return configured.strip()
    for variable in ("USER", "LOGNAME"):
        if name := os.environ.get(variable, "").strip():
            return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def pair_notes(pair: store.Pair, a: DocumentRef, b: DocumentRef) -> list[str]:
    """What differs between the documents a review file was made against and these."""
    notes = []
    for side, ref, what in (("a", a, "A"), ("b", b, "B")):
        saved = getattr(pair, side).get("sha256")
        if isinstance(saved, str) and ref.sha256 and saved != ref.sha256:
            if side == "b":
                notes.append(
                    f"B is not the version reviewed before (sha256 {saved[:12]} → "
                    f"{ref.sha256[:12]}): marks of changes that are the same are kept, "
                    "changes that differ now are 已变化, and marks of changes gone are resolved"
                )
            else:
                notes.append(
                    f"{what} is not the document this review was made against (sha256 "
                    f"{saved[:12]} → {ref.sha256[:12]})"
                )
    return notes


class ReviewSession(Record):
    """The review of ``diff`` kept in the file at ``path``."""

    diff: Diff
    path: Path
    review: Review
    pair: store.Pair
    exists: bool
    edits: dict[Key, Mark | None]
    """The marks given (a Mark) or taken back (None) since the file was read."""
    stamp: store.Stamp | None
    """The file's stamp when this session last read or wrote it."""

    __slots__ = ("diff", "edits", "exists", "pair", "path", "review", "stamp")

    def __init__(
        self,
        diff: Diff,
        path: Path,
        review: Review,
        pair: store.Pair,
        exists: bool,
        edits: dict[Key, Mark | None] | None = None,
        stamp: store.Stamp | None = None,
    ) -> None:
        object.__setattr__(self, "diff", diff)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "review", review)
        object.__setattr__(self, "pair", pair)
        object.__setattr__(self, "exists", exists)
        object.__setattr__(self, "edits", {} if edits is None else edits)
        object.__setattr__(self, "stamp", stamp)

    @property
    def notes(self) -> list[str]:
        return pair_notes(self.pair, self.diff.a, self.diff.b)

    def marked(self, mark: Mark) -> ReviewSession:
        return replace(self, review=self.review.marked(mark), edits={**self.edits, mark.key: mark})

    def unmarked(self, key: Key) -> ReviewSession:
        return replace(self, review=self.review.unmarked(key), edits={**self.edits, key: None})

    def with_marks(self, marks: Marks) -> ReviewSession:
        return replace(self, review=replace(self.review, marks=marks))

    def save(self) -> ReviewSession:
        """Write the marks: this session's edits over the file as it is now (read again
        only when another process has written it since)."""
        if self.stamp is not None and store.stamp(self.path) == self.stamp:
            current = self.review.marks
        else:
            current = store.read(self.path).marks
            for key, mark in self.edits.items():
                current = current.with_mark(mark) if mark is not None else current.without(key)
        return self._written(current)

    def write_all(self) -> ReviewSession:
        """Write every mark this session holds (after ``--merge``), over the file."""
        return self._written(self.review.marks)

    def _written(self, marks: Marks) -> ReviewSession:
        store.write(self.path, self.diff.a, self.diff.b, marks)
        pair = store.Pair(_side(self.diff.a), _side(self.diff.b))
        review = replace(self.review, marks=marks)
        return ReviewSession(self.diff, self.path, review, pair, True, stamp=store.stamp(self.path))


def _side(ref: DocumentRef) -> dict[str, object]:
    return {"path": ref.path, "sha256": ref.sha256}


def review_path(diff: Diff, given: str | None) -> Path:
    """``--review PATH``, else ``B.review.toml`` beside B."""
    if given is not None:
        if not given or "\0" in given:
            raise BudgetDiffError("--review takes the path of a review file")
        return Path(given)
    return store.default_path(diff.b.path)


def open_review(diff: Diff, path: Path) -> ReviewSession:
    """The review of ``diff`` in the file at ``path`` (empty when there is none)."""
    found = store.read(path)
    review = Review(change_items(diff), found.marks)
    return ReviewSession(diff, path, review, found.pair, found.exists, stamp=found.stamp)
