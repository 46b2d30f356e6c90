"""Marking the changes of the planted draft in the explorer, quitting, reopening, and
reopening on a newer draft (tests/review/pairs.py describes the drafts)."""

from __future__ import annotations

from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.review import store
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.review import NoteScreen, ReviewScreen
from tests.cli.conftest import run_cli
from tests.review.pairs import PUBLISHED, copy_draft, second_draft
from tests.tui.pilot import LARGE, screen_text, settled

pytestmark = pytest.mark.asyncio


def _app(draft: Path) -> BudgetApp:
    return BudgetApp(budgetdiff.load(draft), budgetdiff.load(PUBLISHED))


def _marks(draft: Path) -> dict[tuple[str, ...], tuple[str, str]]:
    found = store.read(draft.with_name("draft.review.toml")).marks.marks
    return {key: (mark.status, mark.note) for key, mark in found.items()}


def _tree_line(app: BudgetApp, code: str) -> str:
    return next(line for line in screen_text(app).splitlines() if f" {code} " in line)


async def test_mark_with_each_key_quit_and_reopen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "alice")
    draft = copy_draft(tmp_path)
    app = _app(draft)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        assert app.title == "已审 0 / 12"
        await pilot.press("2", "E")  # 支出, every row open; the cursor on 201
        await pilot.press("right_square_bracket")  # → 208, the first changed row
        await pilot.press("a")  # 通过: its two changed cells
        assert app.title == "已审 2 / 12"
        assert _tree_line(app, "208").lstrip().startswith("✓")
        assert "通过 · alice" in screen_text(app)  # the status line
        await pilot.press("right_square_bracket", "e")  # 20805: 已说明 asks for a note
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("escape")  # no note: nothing marked
        assert app.title == "已审 2 / 12"
        await pilot.press("e", *"离退休补助", "enter")
        assert _tree_line(app, "20805").lstrip().startswith("✎")
        await pilot.press("right_square_bracket", "i")  # 2080599: 待查询 with a question
        await pilot.press("enter")  # an empty question is refused
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"为何增加", "enter")
        assert _tree_line(app, "2080599").lstrip().startswith("⚑")
        assert app.title == "已审 6 / 12"
        # ]/[ step over marked rows: from 2080599 the next unmarked change is the 合计
        await pilot.press("left_square_bracket")
        table = app._current_table()
        assert table is not None and table.current is not None
        assert table.current.key == "合计"
        # the review list: 三公 first; mark both there, and one check
        await pilot.press("v")
        assert isinstance(app.screen, ReviewScreen)
        listed = screen_text(app)
        assert listed.index("公务接待费") < listed.index("社会保障和就业支出")
        await pilot.press("home", "a", "down", "e", *"接待任务增加", "enter")
        await pilot.press("end", "i", *"为何不平", "enter")
        assert "已审 9 / 12" in screen_text(app)
        await pilot.press("right_square_bracket")  # the first change not yet marked
        assert app.screen.query_one("DataTable").cursor_row == 8  # type: ignore[attr-defined]
        await pilot.press("backspace")  # on a change not marked: nothing to take back
        await pilot.press("escape", "q")
    saved = _marks(draft)
    assert len(saved) == 9
    assert saved[("cell", "expenditure", "208", "合计")] == ("通过", "")
    assert saved[("cell", "expenditure", "20805", "项目支出")] == ("已说明", "离退休补助")
    assert saved[("cell", "expenditure", "2080599", "合计")] == ("待查询", "为何增加")
    assert saved[("sangong", "公务接待费")] == ("已说明", "接待任务增加")
    assert saved[("check", "cross.income_expenditure")] == ("待查询", "为何不平")
    assert {
        m.by for m in store.read(draft.with_name("draft.review.toml")).marks.marks.values()
    } == {"alice"}
    # reopened: every mark is back
    again = _app(draft)
    async with again.run_test(size=LARGE) as pilot:
        await settled(pilot)
        assert again.title == "已审 9 / 12"
        await pilot.press("2", "E")
        assert _tree_line(again, "208").lstrip().startswith("✓")
        assert _tree_line(again, "20805").lstrip().startswith("✎")
        assert _tree_line(again, "2080599").lstrip().startswith("⚑")
        await pilot.press("v")
        listed = screen_text(again)
        assert "✎ 已说明" in listed and "接待任务增加" in listed and "为何不平" in listed
        # take one back
        await pilot.press("home", "backspace")
        assert "已审 8 / 12" in screen_text(again)
        await pilot.press("escape", "q")
    assert len(_marks(draft)) == 8


async def test_a_newer_draft_keeps_flags_and_adds(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    app = _app(draft)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("v")
        for _ in range(12):
            await pilot.press("a", "down")
        assert "已审 12 / 12" in screen_text(app)
        await pilot.press("escape", "q")
    # 公务接待费 47.5 → 47.6 万元 (other now), 因公出国（境）费 84.15 → 84.05 (new)
    draft.write_text(second_draft(), encoding="utf-8")
    newer = _app(draft)
    async with newer.run_test(size=LARGE) as pilot:
        await settled(pilot)
        assert newer.title == "已审 11 / 13"
        await pilot.press("v")
        lines = screen_text(newer).splitlines()
        abroad = next(line for line in lines if "因公出国" in line)
        reception = next(line for line in lines if "公务接待费" in line)
        assert "未审" in abroad
        assert "! 已变化（原为 通过）" in reception and "476,000" in reception
        await pilot.press("right_square_bracket")  # the first change not holding a mark
        assert newer.screen.query_one("DataTable").cursor_row == 1  # type: ignore[attr-defined]
        await pilot.press("escape", "q")


async def test_a_review_file_that_cannot_be_read_stops_the_explorer(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    broken = draft.with_name("draft.review.toml")
    broken.write_text("schema = [", encoding="utf-8")
    result = run_cli("explore", PUBLISHED, draft, "--force-tui")
    assert result.returncode == 2 and "is not valid TOML" in result.stderr
    assert broken.read_text(encoding="utf-8") == "schema = ["


async def test_the_reviewer_comes_from_the_settings(
    tmp_path: Path, isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from budgetdiff.tui.config import load_settings, save_settings

    monkeypatch.setenv("USER", "alice")
    isolated_config.parent.mkdir(parents=True)
    isolated_config.write_text('reviewer = "王审"\n', encoding="utf-8")
    settings, warning = load_settings()
    assert (settings.reviewer, warning) == ("王审", None)
    assert save_settings(settings) is None
    assert 'reviewer = "王审"' in isolated_config.read_text(encoding="utf-8")
    draft = copy_draft(tmp_path)
    app = BudgetApp(budgetdiff.load(draft), budgetdiff.load(PUBLISHED), settings)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("v", "a", "escape", "q")
    marks = store.read(draft.with_name("draft.review.toml")).marks.marks
    assert [mark.by for mark in marks.values()] == ["王审"]
    isolated_config.write_text("reviewer = 3\n", encoding="utf-8")
    assert load_settings()[1] is not None  # a reviewer that is no name is said, not used
