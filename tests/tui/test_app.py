"""Pilot tests: every view and key of the explorer, on one document and on a diff, at
80 × 24 and 140 × 40, asserting what is on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from textual.command import CommandPalette
from textual.widgets import ContentSwitcher, Input, Static

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp, Pending
from budgetdiff.tui.config import Settings
from budgetdiff.tui.screens import HelpScreen, ProjectScreen, SourceScreen
from budgetdiff.tui.tables import ChecksView, ProjectsTable, SangongView
from budgetdiff.tui.tree_view import TreeView
from budgetdiff.tui.trees import TableView
from budgetdiff.tui.view_export import ExportScreen
from tests.diffing.drafts import DRAFTS, PORT_TEXT, delete_lines
from tests.diffing.test_union_tree import FINANCE_SUMMARY, renumbered
from tests.tui.pilot import LARGE, SMALL, line_with, screen_lines, screen_text, settled

BOTH = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "140x40"])


def _text(widget: Static) -> str:
    """What a Static shows, as plain text."""
    from rich.console import Console

    console = Console(width=140, record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()


def _tree(app: BudgetApp, table: str) -> TreeView[object]:
    tree = app.tree_of(table)
    assert tree is not None, f"the {table} view has not been shown"
    return tree


def _view(app: BudgetApp, table: str) -> TableView:
    view = app.table_view(table)
    assert view is not None
    return view


async def test_the_analysis_runs_in_a_worker(port: Document) -> None:
    app = BudgetApp(port)
    assert app.analysis is None  # nothing is checked or diffed in __init__
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        assert app.analysis is not None and app.report == check_report(port)
        assert "校验" in screen_text(app)


@BOTH
async def test_overview_and_views(port: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        overview = _text(app.query_one("#overview", Static))
        assert "上海市口岸服务办公室 2017 部门预算" in overview
        assert "194,829,473" in overview and "1,420,500" in overview
        switcher = app.query_one(ContentSwitcher)
        for key, shown in zip(
            "1234567890",
            [
                "overview-view",
                "expenditure-view",
                "income-view",
                "economic-view",
                "sangong",
                "projects",
                "narrative",
                "checks",
                "finance_summary-view",
                "fiscal_summary-view",
            ],
            strict=True,
        ):
            await pilot.press(key)
            assert switcher.current == shown
        footer = screen_lines(app)[-1]
        assert "? 帮助" in footer and "q 退出" in footer


@BOTH
async def test_expenditure_tree_keys(port: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2")
        tree = _tree(app, "expenditure")
        assert app.focused is tree
        assert tree.visible_keys == ["201", "208", "210", "221", "合计"]
        assert "▸ 201 一般公共服务支出" in screen_text(app)
        await pilot.press("enter")  # toggles 201 open
        assert tree.visible_keys[:3] == ["201", "20103", "208"]
        await pilot.press("space")  # and closed
        await pilot.press("right", "j", "l")  # expand 201, down to 20103, expand it
        assert tree.cursor_key == "20103" and "2010301" in tree.visible_keys
        await pilot.press("j", "h")  # on 2010301 (a leaf), ← goes to its parent
        assert tree.cursor_key == "20103"
        await pilot.press("E")
        assert len(tree.visible_keys) == 20
        row = line_with(app, "2010301 行政运行")
        assert "13,270,732" in row and "11,663,914" in row
        if size == LARGE:
            assert "1,606,818" in row  # every column at 140
        await pilot.press("G")
        assert tree.cursor_key == "合计"
        assert line_with(app, "194,829,473").startswith("  合计")
        await pilot.press("g")
        assert tree.cursor_key == "201"
        await pilot.press("C")
        assert tree.visible_keys == ["201", "208", "210", "221", "合计"]


@BOTH
async def test_names_truncate_and_the_status_line_has_them_whole(
    port: Document, draft: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(draft, port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2", "E")
        tree = _tree(app, "expenditure")
        tree.reveal("2080506")
        await pilot.pause()
        name = "机关事业单位职业年金缴费支出"
        if size == SMALL:
            assert name not in line_with(app, "2080506") and "…" in line_with(app, "2080506")
        assert name in screen_lines(app)[-2]  # the status line


@BOTH
async def test_search_next_previous_units_copy_source_help_quit(
    port: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2", "slash", *"行政")
        tree = _tree(app, "expenditure")
        assert tree.cursor_key == "2010301"  # 行政运行
        assert "匹配 1/" in screen_lines(app)[-2]
        await pilot.press("enter", "n")
        assert tree.cursor_key == "2010302"  # 一般行政管理事务
        await pilot.press("N")
        assert tree.cursor_key == "2010301"
        await pilot.press("slash", *"2210203", "escape")
        assert tree.cursor_key == "2210203"
        lines_before = tree.visible_keys
        await pilot.press("u")
        assert app.unit == "万元" and "161.46" in line_with(app, "2210203 购房补贴")
        await pilot.press("u")
        assert app.unit == "亿元" and "0.0161" in line_with(app, "2210203 购房补贴")
        await pilot.press("u")
        assert app.unit == "元" and tree.visible_keys == lines_before
        assert app.tree_of("expenditure") is tree  # the unit re-formats, never rebuilds
        await pilot.press("y")
        assert app.clipboard == "2210203\t购房补贴\t1,614,600\t1,614,600\t"
        await pilot.press("s")
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.line == 162
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.groups)
        for key in ("排序", "度量列", "仅变化", "筛选", "单位", "全部展开", "退出"):
            assert key in help_text
        await pilot.press("escape", "q")
    assert app.return_code == 0


@BOTH
async def test_filter_by_text(port: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2", "f", *"医疗", "enter")
        tree = _tree(app, "expenditure")
        assert tree.visible_keys == ["210", "21011", "2101101", "21099", "2109901"]
        assert "筛选 “医疗”" in screen_text(app)
        await pilot.press("f", "backspace", "backspace", "enter")
        assert tree.visible_keys[0] == "201" and "筛选" not in screen_lines(app)[1]


@BOTH
async def test_sort_cycles_and_shows_in_the_header(
    port: Document, draft: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(draft, port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2")
        tree = _tree(app, "expenditure")
        assert "排序 编码↑" in screen_text(app)
        await pilot.press("o")
        assert "排序 金额↓" in screen_text(app)
        assert tree.visible_keys[:4] == ["201", "221", "208", "210"]  # by B's 合计
        await pilot.press("o")
        assert "排序 Δ↓" in screen_text(app)
        assert tree.visible_keys[0] == "208"  # the only 类 that grew
        await pilot.press("o", "o")
        assert "排序 编码↑" in screen_text(app)
        assert tree.visible_keys[:4] == ["201", "208", "210", "221"]


@BOTH
async def test_income_economic_and_two_sided_views(port: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("3", "E")
        assert "190,410,477" in line_with(app, "201 一般公共服务支出")
        await pilot.press("4", "E")
        assert "30217" in _tree(app, "economic").visible_keys
        bars = _text(app.query_one("#economic-bars", Static))
        assert "301 工资福利支出" in bars and "人员经费" in bars and "11,685,532" in bars
        await pilot.press("9")
        summary = _tree(app, "finance_summary")
        assert summary.visible_keys[:2] == ["收入", "支出"]
        assert summary.visible_keys[-2:] == ["收入:收入总计", "支出:支出总计"]
        await pilot.press("E")
        assert "194,829,473" in line_with(app, "一、财政拨款收入")
        assert "194,829,473" in line_with(app, "收入总计")


async def test_sangong_projects_narrative_checks(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("5")
        assert app.query_one(SangongView) is not None
        assert "1,420,500" in line_with(app, "合计")
        await pilot.press("6")
        projects = app.query_one(ProjectsTable)
        assert projects.row_count == 3 and app.focused is projects
        await pilot.press("down", "down", "enter")
        assert isinstance(app.screen, ProjectScreen)
        assert app.screen.project.name == "《上海口岸综合管理信息系统》（运维）"
        await pilot.press("escape", "7")
        narrative = _text(app.query_one("#narrative-text", Static))
        assert "一、“三公”经费预算" in narrative and "19,483 万元" in narrative
        await pilot.press("8")
        assert app.query_one(ChecksView) is not None


async def test_a_check_jumps_to_its_row(draft: Document) -> None:
    app = BudgetApp(draft)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await app.jump_to("expenditure", "2080599", None)
        await pilot.pause()
        assert app.current_view == "expenditure"
        assert _tree(app, "expenditure").cursor_key == "2080599"


@BOTH
async def test_diff_mode(port: Document, draft: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(draft, port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2")
        tree = _tree(app, "expenditure")
        header = screen_lines(app)[2]
        assert "Δ" in header and "Δ%" in header  # at 80 columns too
        await pilot.press("right_square_bracket")
        assert tree.cursor_key == "208"
        row = line_with(app, "208 社会保障")
        assert "1,317,404" in row and "1,318,404" in row
        assert "▲ +1,000" in row and "+0.08%" in row
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert tree.cursor_key == "2080599"
        assert "金额变化" in screen_lines(app)[-2]
        await pilot.press("left_square_bracket")
        assert tree.cursor_key == "20805"
        await pilot.press("c")
        assert tree.visible_keys == ["208", "20805", "2080599", "合计"]
        assert "仅变化" in screen_lines(app)[1]
        await pilot.press("c", "m")
        assert "度量列 基本支出" in screen_lines(app)[1]
        assert "▲" not in line_with(app, "20805")  # 基本支出 did not change
        await pilot.press("m")
        assert "度量列 项目支出" in screen_lines(app)[1]
        assert "▲ +1,000" in line_with(app, "20805")
        await pilot.press("y")
        assert app.clipboard == "20805\t行政事业单位离退休\t项目支出\t152,576\t153,576\t+1,000"
        await pilot.press("s")
        assert isinstance(app.screen, SourceScreen) and app.screen.other is port


@BOTH
async def test_a_renumbered_row_is_one_moved_row(port: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(budgetdiff.parse(renumbered()), port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("3", "right_square_bracket")
        tree = _tree(app, "income")
        assert tree.cursor_key == "2101102"
        row = line_with(app, "2101102")
        assert "→" in row and row.count("580,080") == 2 and "▲" not in row and "▼" not in row
        assert "2101101" not in tree.visible_keys
        assert not [line for line in screen_lines(app) if "2101101" in line and "−" in line]
        assert "原编码 2101101" in screen_lines(app)[-2]
        await pilot.press("right_square_bracket")
        assert tree.cursor_key == "2101102"  # the only change: ] comes back to it


@BOTH
async def test_a_two_sided_table_only_in_a(port: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(budgetdiff.parse(delete_lines(PORT_TEXT, *FINANCE_SUMMARY)), port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("9", "E")
        assert "只有 A 有这张表" in screen_lines(app)[1]
        row = line_with(app, "一、财政拨款收入")
        assert "−" in row and "194,829,473" in row and "▼" in row


@BOTH
async def test_diff_marks_added_and_removed_rows(port: Document, size: tuple[int, int]) -> None:
    added = budgetdiff.parse(next(d for d in DRAFTS if d.name == "added row").text)
    app = BudgetApp(added, port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("4", "right_square_bracket")
        assert _tree(app, "economic").cursor_key == "30218"
        assert line_with(app, "30218").lstrip(" ▾▸").startswith("+ 30218")
    removed = budgetdiff.parse(next(d for d in DRAFTS if d.name == "removed row").text)
    app = BudgetApp(removed, port)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("4", "c")
        assert "− 30204" in line_with(app, "30204")


def _styles(tree: TreeView[object], key: str) -> list[tuple[str, Style | None]]:
    y = tree.visible_keys.index(key) + 1 - round(tree.scroll_y)
    return [(segment.text, segment.style) for segment in tree.render_line(y)]


async def test_no_color_marks_changes_by_glyph_and_bold(
    port: Document, draft: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    added = budgetdiff.parse(next(d for d in DRAFTS if d.name == "added row").text)
    app = BudgetApp(added, port)
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        assert app.no_color
        await pilot.press("4", "E", "G")  # the cursor away from the row looked at
        tree = _tree(app, "economic")
        segments = _styles(tree, "30218")
        label = next(style for text, style in segments if "30218" in text)
        delta = next(style for text, style in segments if "▲" in text)
        assert label is not None and label.reverse
        assert delta is not None and delta.bold
        base = tree.rich_style
        assert {style.color for _, style in segments if style is not None} <= {base.color}
        assert {style.bgcolor for _, style in segments if style is not None} <= {base.bgcolor}


@pytest.mark.parametrize("increase_red", [True, False])
async def test_increase_red_decides_the_tree_colours(
    port: Document, draft: Document, increase_red: bool
) -> None:
    app = BudgetApp(draft, port, settings=Settings(increase_red=increase_red))
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("2", "E", "G")
        segments = _styles(_tree(app, "expenditure"), "2080599")
        delta = next(style for text, style in segments if "▲" in text)
        assert delta is not None and delta.color is not None
        assert delta.color.name == ("red" if increase_red else "green")


async def test_command_palette(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"单位: 万元")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.unit == "万元"
        await pilot.press("ctrl+p", *"跳转: 2080599")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert _tree(app, "expenditure").cursor_key == "2080599"
        assert "^p 命令" in screen_lines(app)[-1]


async def test_export_current_view_asks_for_a_path(
    port: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = BudgetApp(port)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("2", "E")
        app.action_export_view()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        target = tmp_path / "out.csv"
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    assert list(tmp_path.iterdir()) == [target]  # nothing else in the current directory
    text = target.read_text(encoding="utf-8-sig")
    assert "2010301,行政运行,13270732,11663914,1606818" in text
    assert "▾" not in text and "▲" not in text


async def test_mouse_click_selects_a_row(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("2")
        await pilot.click(TreeView, offset=(4, 3))
        assert _tree(app, "expenditure").cursor_key == "210"


async def test_unit_setting_is_the_default(port: Document) -> None:
    app = BudgetApp(port, settings=Settings(unit="万元"))
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("2")
        assert "19,041.05" in line_with(app, "201 一般公共服务支出")


async def test_corrupt_config_warns_in_the_app(port: Document, isolated_config: Path) -> None:
    from budgetdiff.tui.config import load_settings

    isolated_config.parent.mkdir(parents=True)
    isolated_config.write_bytes(b'unit = "\xe4\xb8\x87\xe5\x85\x83"\nrecent = ["/a.txt", \n')
    settings, warning = load_settings()
    app = BudgetApp(port, settings=settings, warning=warning)
    async with app.run_test(size=LARGE, notifications=True) as pilot:
        await settled(pilot)
        await pilot.pause(0.2)
        shown = screen_text(app)
        assert "未使用设置文件" in shown and "已改用默认设置" in shown
        assert "ignored" not in shown


async def test_a_pending_document_is_read_in_the_worker(port: Document) -> None:
    read: list[str] = []

    def reader() -> Document:
        read.append("read")
        return port

    app = BudgetApp(Pending("port.txt", reader))
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        assert read == ["read"] and app.document is port


async def test_a_recent_file_opens_in_place(port: Document, draft: Document) -> None:
    app = BudgetApp(port, opener=lambda path: Pending(path, lambda: draft))
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        app.open_path(str(Path("samples/drafts/x.txt").resolve()))
        for _ in range(100):
            await pilot.pause(0.05)
            if app.analysis is not None and app.document is draft and app.query("#views"):
                break
        assert app.document is draft
        assert app.settings.recent[0].endswith("x.txt")


async def test_diff_mode_other_views(port: Document) -> None:
    """Views 3, 6, 7 and 8 and the source key in diff mode (B relative to A)."""
    edited = next(d for d in DRAFTS if d.name == "edited sentence")
    b = budgetdiff.parse(edited.text)
    app = BudgetApp(b, port)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("3")
        assert _tree(app, "income").visible_keys[0] == "201"
        await pilot.press("7")
        narrative = _text(app.query_one("#narrative-text", Static))
        assert "19,583" in narrative
        await pilot.press("2", "s")
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.document is b and app.screen.line == 143
