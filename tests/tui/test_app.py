"""Pilot tests: every view and key of the explorer, on one document and on a diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import ContentSwitcher, Static

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import Settings, load_settings, remember, save_settings
from budgetdiff.tui.screens import HelpScreen, ProjectScreen, SourceScreen
from budgetdiff.tui.tables import ChecksTable, ProjectsTable, SangongTable
from budgetdiff.tui.tree_table import TreeTable
from tests.diffing.drafts import DRAFTS

SIZE = (120, 36)


def _text(widget: Static) -> str:
    """What a Static shows, as plain text."""
    from rich.console import Console

    console = Console(width=120, record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()


def _cells(tree: TreeTable, code: str) -> list[str]:
    return [cell.plain for cell in tree.get_row(code)]


async def test_overview_and_views(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        overview = _text(app.query_one("#overview", Static))
        assert "上海市口岸服务办公室 2017 部门预算" in overview
        assert "194,829,473" in overview and "1,420,500" in overview
        assert "校验: 29 通过, 0 失败, 0 警告" in overview
        switcher = app.query_one(ContentSwitcher)
        for key, shown in zip(
            "12345678",
            [
                "overview",
                "expenditure-view",
                "income-view",
                "economic-view",
                "sangong",
                "projects",
                "narrative",
                "checks",
            ],
            strict=True,
        ):
            await pilot.press(key)
            assert switcher.current == shown


async def test_expenditure_tree_keys(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        tree = app._tree("expenditure")
        assert tree is not None and app.focused is tree
        assert tree.shown == ["201", "208", "210", "221"]
        await pilot.press("enter")  # toggles 201 open
        assert tree.shown[:3] == ["201", "20103", "208"]
        await pilot.press("space")  # and closed
        assert tree.shown == ["201", "208", "210", "221"]
        await pilot.press("right", "j", "l")  # expand 201, down to 20103, expand it
        assert tree.current_code == "20103"
        assert "2010301" in tree.shown
        await pilot.press("j", "h")  # on 2010301 (a leaf), ← goes to its parent
        assert tree.current_code == "20103"
        await pilot.press("h")  # ← on an open node collapses it
        assert "2010301" not in tree.shown
        await pilot.press("k")
        assert tree.current_code == "201"
        await pilot.press("E")
        assert len(tree.shown) == 19
        assert _cells(tree, "2010301")[1].strip() == "行政运行"
        assert _cells(tree, "2010301")[2:5] == ["13,270,732", "11,663,914", "1,606,818"]
        assert _cells(tree, "__total__")[2] == "194,829,473"
        await pilot.press("C")
        assert tree.shown == ["201", "208", "210", "221"]


async def test_search_units_copy_source_help_quit(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "slash", *"行政运行")
        tree = app._tree("expenditure")
        assert tree is not None and tree.current_code == "2010301"
        await pilot.press("enter")  # closes the search box
        await pilot.press("slash", *"2210203", "escape")
        assert tree.current_code == "2210203"
        await pilot.press("u")
        assert app.unit == "万元" and _cells(tree, "2210203")[2] == "161.46"
        await pilot.press("u")
        assert app.unit == "亿元" and _cells(tree, "2210203")[2] == "0.0161"
        await pilot.press("u")
        assert app.unit == "元"
        await pilot.press("y")
        assert app.clipboard == "2210203\t购房补贴\t1,614,600\t1,614,600\t"
        await pilot.press("s")
        assert isinstance(app.screen, SourceScreen)
        source = _text(app.screen.query_one("#source-text", Static))
        assert "   162  221 │ 02 │ 03 │ 购房补贴 │ 1614,600 │ 1614,600" in source
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "OSC 52" in _text(app.screen.query_one("#help-keys", Static))
        await pilot.press("escape", "q")
    assert app.return_code == 0


async def test_income_and_economic_views(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "E")
        income = app._tree("income")
        assert income is not None
        assert [c.plain for c in income.get_row("201")][2:4] == ["190,410,477", "190,410,477"]
        await pilot.press("4", "E")
        economic = app._tree("economic")
        assert economic is not None and "30217" in economic.shown
        bars = _text(app.query_one("#economic-bars", Static))
        assert "301 工资福利支出" in bars and "人员经费" in bars and "11,685,532" in bars


async def test_sangong_projects_narrative_checks(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        sangong = app.query_one(SangongTable)
        assert [c.plain for c in sangong.get_row("合计")][:4] == [
            "合计",
            "1,420,500",
            "1,425,000",
            "▼ -4,500",
        ]
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
        checks = app.query_one(ChecksTable)
        assert checks.row_count == len(check_report(port))


async def test_check_enter_jumps_to_the_row(draft: Document, port: Document) -> None:
    app = BudgetApp(draft)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("8")
        checks = app.query_one(ChecksTable)
        first = checks.results[0]
        assert first.status == "fail"
        await pilot.press("enter")
        if first.table in ("income", "expenditure", "economic") and first.code:
            tree = app._tree(first.table)
            assert tree is not None and tree.current_code == first.code
        else:
            assert isinstance(app.screen, SourceScreen)


async def test_diff_mode(port: Document, draft: Document) -> None:
    app = BudgetApp(draft, port)
    async with app.run_test(size=SIZE) as pilot:
        overview = _text(app.query_one("#overview", Static))
        assert "same department and year: draft vs published" in overview
        assert "公务接待费" in overview and "▲ +1,000" in overview
        await pilot.press("2")
        tree = app._tree("expenditure")
        assert tree is not None and tree.diff_mode
        await pilot.press("right_square_bracket")
        assert tree.current_code == "208"
        assert _cells(tree, "208")[3:7] == ["1,317,404", "1,318,404", "▲ +1,000", "+0.08%"]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert tree.current_code == "2080599"
        await pilot.press("left_square_bracket")
        assert tree.current_code == "20805"
        await pilot.press("c")
        assert tree.changed_only and tree.shown == ["208", "20805", "2080599"]
        await pilot.press("c", "m")
        assert tree.measured == "基本支出" and not tree.changed_only
        await pilot.press("m")
        assert tree.measured == "项目支出"
        await pilot.press("y")
        assert app.clipboard == "20805\t行政事业单位离退休\t项目支出\t152,576\t153,576\t+1,000"
        await pilot.press("5")
        sangong = app.query_one(SangongTable)
        assert [c.plain for c in sangong.get_row("公务接待费")][1:4] == [
            "474,000",
            "475,000",
            "▲ +1,000",
        ]


async def test_diff_marks_added_and_removed_rows(port: Document) -> None:
    added = budgetdiff.parse(next(d for d in DRAFTS if d.name == "added row").text)
    app = BudgetApp(added, port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "right_square_bracket")
        tree = app._tree("economic")
        assert tree is not None and tree.current_code == "30218"
        assert _cells(tree, "30218")[0] == "+"
    removed = budgetdiff.parse(next(d for d in DRAFTS if d.name == "removed row").text)
    app = BudgetApp(removed, port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "c")
        tree = app._tree("economic")
        assert tree is not None and _cells(tree, "30204")[0] == "−"


async def test_command_palette(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"unit 万元")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.unit == "万元"
        await pilot.press("ctrl+p", *"jump 2080599")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        tree = app._tree("expenditure")
        assert tree is not None and tree.current_code == "2080599"


async def test_export_current_view(
    port: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "E")
        app.action_export_view()
        app.action_export_view()
    first = tmp_path / "shanghai-port-office-2017-expenditure.csv"
    assert first.exists() and (tmp_path / "shanghai-port-office-2017-expenditure-1.csv").exists()
    text = first.read_text(encoding="utf-8-sig")
    assert "2010301" in text and "13,270,732" in text


async def test_mouse_click_selects_a_row(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        tree = app._tree("expenditure")
        assert tree is not None
        await pilot.click(TreeTable, offset=(4, 3))
        assert tree.current_code == "210"


async def test_small_terminal_still_shows_the_tree(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "E")
        tree = app._tree("expenditure")
        assert tree is not None and tree.size.height >= 15
        assert "行政运行" in "".join(s.text for y in range(6) for s in tree.render_line(y))


async def test_no_color(port: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = BudgetApp(port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert app.no_color


def test_settings_round_trip_and_corrupt_file(isolated_config: Path) -> None:
    assert load_settings() == (Settings(), None)
    settings = remember(Settings(unit="万元", increase_red=False), "samples/x.txt")
    assert save_settings(settings) is None
    loaded, warning = load_settings()
    assert warning is None and loaded.unit == "万元" and not loaded.increase_red
    assert loaded.recent[0].endswith("samples/x.txt")
    isolated_config.write_text("unit = [broken\n", encoding="utf-8")
    defaults, warning = load_settings()
    assert defaults == Settings() and warning is not None and "ignored the settings" in warning
    isolated_config.write_text('unit = "美元"\nrecent = "x"\n', encoding="utf-8")
    partial, warning = load_settings()
    assert partial.unit == "元" and warning is not None and "unit" in warning


async def test_corrupt_config_warns_in_the_app(port: Document, isolated_config: Path) -> None:
    isolated_config.parent.mkdir(parents=True, exist_ok=True)
    isolated_config.write_bytes(b"\xff\xfe not toml")
    settings, warning = load_settings()
    app = BudgetApp(port, settings=settings, warning=warning)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("ignored the settings" in str(n.message) for n in app._notifications)


async def test_unit_setting_is_the_default(port: Document) -> None:
    app = BudgetApp(port, settings=Settings(unit="万元"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        tree = app._tree("expenditure")
        assert tree is not None and _cells(tree, "201")[2] == "19,041.05"


async def test_diff_mode_other_views(port: Document) -> None:
    """Views 3, 6, 7 and 8 and the source key in diff mode (B relative to A)."""
    edited = next(d for d in DRAFTS if d.name == "edited sentence")
    removed = next(d for d in DRAFTS if d.name == "removed project")
    b = budgetdiff.parse(edited.text)
    app = BudgetApp(b, port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        income = app._tree("income")
        assert income is not None and income.diff_mode and income.shown[0] == "201"
        await pilot.press("7")
        narrative = _text(app.query_one("#narrative-text", Static))
        assert "[changed" in narrative and "19,583" in narrative
        await pilot.press("8")
        checks = app.query_one(ChecksTable)
        assert checks.results[0].id == "narrative.totals"  # the edited total warns in B
        await pilot.press("2", "s")
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.document is b and app.screen.line == 143
    removed_doc = budgetdiff.parse(removed.text)
    app = BudgetApp(removed_doc, port)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        projects = app.query_one(ProjectsTable)
        assert projects.row_count == 3  # two remaining forms and the removed one, marked
        last = [cell.plain for cell in projects.get_row("removed:口岸大通关工作经费")]
        assert last[:3] == ["−", "口岸大通关工作经费", "removed"]
