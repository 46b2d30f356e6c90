"""The planted draft against its published sample, and later drafts made from it.

``samples/drafts/shanghai-port-office-2017-draft.txt`` (see its README) differs from the
published text in 8 expenditure cells and 2 三公 values, and fails 2 checks the
published one passes: 12 changes. The later drafts edit its 三公 line (276):

- ``second_draft``: 公务接待费 47.5 → 47.6 万元 and 因公出国（境）费 84.15 → 84.05, so the
  合计 stays 142.15: one changed amount is other now (公务接待费: 已变化), one change is
  new (因公出国（境）费), the other 11 are as they were;
- ``third_draft``: the 三公 line as published again (142.05, 84.15, 47.4): the two
  三公 changes are gone (their marks resolved), the 10 others are as they were.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import budgetdiff
from budgetdiff.review.marks import Status, mark_for
from budgetdiff.review.session import ReviewSession, open_review
from tests.conftest import PORT_PATH, SAMPLES, replace_on_line

PUBLISHED = PORT_PATH
DRAFT = SAMPLES / "drafts" / "shanghai-port-office-2017-draft.txt"
DRAFT_TEXT = DRAFT.read_text(encoding="utf-8")
SANGONG_LINE = 276
WHEN = datetime(2025, 6, 1, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def second_draft() -> str:
    return replace_on_line(DRAFT_TEXT, SANGONG_LINE, "142.15\t84.15\t47.5", "142.15\t84.05\t47.6")


def third_draft() -> str:
    return replace_on_line(DRAFT_TEXT, SANGONG_LINE, "142.15\t84.15\t47.5", "142.05\t84.15\t47.4")


def copy_draft(directory: Path, name: str = "draft.txt") -> Path:
    """The planted draft copied into ``directory`` (its review file goes beside it)."""
    target = directory / name
    shutil.copyfile(DRAFT, target)
    return target


def session(b: Path, review: Path | None = None, a: Path = PUBLISHED) -> ReviewSession:
    """The review of ``b`` against ``a`` in ``review`` (default: beside ``b``)."""
    from budgetdiff.review.store import default_path

    result = budgetdiff.diff(budgetdiff.load(a), budgetdiff.load(b))
    return open_review(result, review or default_path(str(b)))


def mark_all(
    current: ReviewSession, status: Status = "通过", by: str = "alice", note: str = ""
) -> ReviewSession:
    """Every change marked ``status`` and saved."""
    for change in current.review.changes:
        current = current.marked(mark_for(change, status, note, by, WHEN))
    return current.save()


def key_of(current: ReviewSession, *key: str) -> tuple[str, ...]:
    """``key`` after checking that a change has it (a typo would test nothing)."""
    assert any(change.key == key for change in current.review.changes), key
    return key
