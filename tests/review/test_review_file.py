"""The review file: human-readable TOML that tomllib reads back exactly, restored on
reopening, kept across newer drafts, never written over when it cannot be read."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetdiff.diffing.model import DocumentRef
from budgetdiff.errors import BudgetDiffError
from budgetdiff.review import store
from budgetdiff.review.marks import Mark, Marks, mark_for
from tests.review.pairs import (
    WHEN,
    copy_draft,
    key_of,
    mark_all,
    second_draft,
    session,
    third_draft,
)

REF = DocumentRef("a.txt", "某部门", 2025, "部门预算", sha256="0" * 64)


def test_reopening_restores_every_mark(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    first = session(draft)
    changes = first.review.changes
    first = first.marked(mark_for(changes[0], "通过", "", "alice", WHEN))
    first = first.marked(mark_for(changes[1], "已说明", "接待任务增加", "alice", WHEN))
    first = first.marked(mark_for(changes[6], "待查询", "为何增加 1,000 元？", "bob", WHEN))
    first.save()
    path = tmp_path / "draft.review.toml"  # B.review.toml beside B
    assert path.is_file()
    again = session(draft)
    assert again.review.marks == first.review.marks
    assert [e.status for e in again.review.entries][:7] == [
        "通过",
        "已说明",
        None,
        None,
        None,
        None,
        "待查询",
    ]
    assert again.review.reviewed == 3 and again.review.reviewers == ("alice", "bob")
    # what a person reads in the file
    text = path.read_text(encoding="utf-8")
    assert 'change = ["cell", "expenditure", "2080599", "合计"]' in text
    assert 'mark = "待查询"\nnote = "为何增加 1,000 元？"\nby = "bob"' in text
    assert "at = 2025-06-01T10:00:00+08:00" in text


def test_a_newer_draft_keeps_flags_and_resolves(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    marked = mark_all(session(draft))
    assert marked.review.reviewed == 12
    # second draft: 公务接待费 47.5 → 47.6, 因公出国（境）费 84.15 → 84.05 (合计 as it was)
    draft.write_text(second_draft(), encoding="utf-8")
    newer = session(draft)
    states = {e.change.key: e.state for e in newer.review.entries}
    reception = key_of(newer, "sangong", "公务接待费")
    abroad = key_of(newer, "sangong", "因公出国（境）费")
    assert states.pop(reception) == "changed"  # 已变化: marked for 474,000 → 475,000
    assert states.pop(abroad) == "unreviewed"  # the new change
    assert set(states.values()) == {"reviewed"} and len(states) == 11
    entry = newer.review.entry(reception)
    assert entry is not None and entry.mark is not None
    assert (entry.mark.b, entry.change.b) == ("475000", "476000")
    assert newer.review.resolved == ()
    assert any("not the version reviewed" in note for note in newer.notes)
    # third draft: the 三公 line as published: two changes gone, their marks resolved
    draft.write_text(third_draft(), encoding="utf-8")
    third = session(draft)
    assert sorted(mark.key for mark in third.review.resolved) == [
        ("sangong", "公务接待费"),
        ("sangong", "合计"),
    ]
    assert third.review.reviewed == len(third.review.changes) == 10
    # saving again drops none of them
    third.marked(mark_for(third.review.changes[0], "待查询", "?", "carol", WHEN)).save()
    assert len(session(draft).review.marks.marks) == 12


def test_two_explorers_on_one_file_lose_nothing(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    first = session(draft)
    changes = first.review.changes
    first.marked(mark_for(changes[5], "通过", "", "carol", WHEN)).save()
    one, two = session(draft), session(draft)
    one = one.marked(mark_for(changes[0], "通过", "", "alice", WHEN)).save()
    two = two.marked(mark_for(changes[1], "通过", "", "bob", WHEN)).save()  # read before alice's
    one.marked(mark_for(changes[2], "通过", "", "alice", WHEN)).save()  # after bob's
    keys = {changes[n].key for n in (0, 1, 2, 5)}
    assert set(session(draft).review.marks.marks) == keys


TEXT = st.text(
    st.characters(exclude_categories=("Cs",)) | st.sampled_from("\"\\\n\r\t\x1b\u200b\ufeff'#[]="),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(key=st.lists(TEXT, min_size=1, max_size=4), a=st.none() | TEXT, note=TEXT, by=TEXT)
def test_any_text_survives_the_file(key: list[str], a: str | None, note: str, by: str) -> None:
    mark = Mark(tuple(key), a, "3800", "已说明", note, by, WHEN)
    text = store.render(REF, REF, Marks({mark.key: mark}))
    document = tomllib.loads(text)
    assert store._parse(Path("r.toml"), document).marks.marks == {mark.key: mark}
    # controls and invisible characters are escaped: every line is what it shows
    assert "\x1b" not in text and "\u200b" not in text and "\r" not in text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("not = toml = at all", "is not valid TOML"),
        ('schema = "something/1"\n', "is not a budgetdiff review"),
        (
            'schema = "budgetdiff.review/1"\n[[mark]]\nchange = ["x"]\nmark = "ok"\n'
            "at = 2025-06-01T10:00:00Z\n",
            "mark = 'ok'; it takes 通过, 已说明, 待查询",
        ),
        (
            'schema = "budgetdiff.review/1"\n[[mark]]\nchange = ["x"]\nmark = "通过"\n',
            "without at =",
        ),
        (b"\xff\xfe schema", "is not UTF-8 text"),
    ],
)
def test_a_file_that_is_not_a_review_is_one_sentence_and_never_written_over(
    tmp_path: Path, content: str | bytes, says: str
) -> None:
    path = tmp_path / "draft.review.toml"
    data = content.encode() if isinstance(content, str) else content
    path.write_bytes(data)
    with pytest.raises(BudgetDiffError, match=says.replace("(", r"\(")):
        session(copy_draft(tmp_path), path)
    assert path.read_bytes() == data


def test_the_review_file_of_standard_input_must_be_named() -> None:
    with pytest.raises(BudgetDiffError, match="--review PATH"):
        store.default_path("-")
    assert store.default_path("x/draft.pdf") == Path("x/draft.review.toml")
    assert store.default_path("draft") == Path("draft.review.toml")


def test_merging_takes_new_marks_and_keeps_conflicts_beside(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    ours = session(draft, tmp_path / "alice.review.toml")
    theirs = session(draft, tmp_path / "bob.review.toml")
    changes = ours.review.changes
    ours = ours.marked(mark_for(changes[0], "通过", "", "alice", WHEN))
    ours = ours.marked(mark_for(changes[1], "通过", "", "alice", WHEN)).save()
    theirs = theirs.marked(mark_for(changes[1], "待查询", "接待费为何增加？", "bob", WHEN))
    theirs = theirs.marked(mark_for(changes[2], "通过", "", "bob", WHEN))
    theirs = theirs.marked(mark_for(changes[0], "通过", "", "bob", WHEN)).save()
    marks, taken, clashing = ours.review.marks.merged(theirs.review.marks)
    assert (taken, clashing) == (1, 1)
    assert marks.marks[changes[1].key].by == "alice"  # not overwritten
    assert [(c.key, c.status, c.by) for c in marks.conflicts] == [(changes[1].key, "待查询", "bob")]
    merged = ours.with_marks(marks).write_all()
    again = session(draft, tmp_path / "alice.review.toml")
    assert again.review.marks == merged.review.marks
    entry = again.review.entry(changes[1].key)
    assert entry is not None and entry.status == "通过" and len(entry.conflicts) == 1
    # merging the same file twice adds nothing
    assert again.review.marks.merged(theirs.review.marks)[1:] == (0, 0)
    # marking the change again settles the conflict
    settled = again.marked(mark_for(changes[1], "待查询", "接待费为何增加？", "alice", WHEN))
    assert settled.review.marks.conflicts == ()
