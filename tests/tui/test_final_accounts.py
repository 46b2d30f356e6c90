"""The explorer on final accounts (部门决算), and on a budget against its final accounts.

Figures (万元) as the documents print them, from the ground truth written off the
page images (``tests/real/expected/sh_putuo_finance_2024_final.py`` and
``sh_putuo_planning_2024_final.py``) and from ``samples/pairs/README.md`` for the
budget/final pair:

- finance 2024 决算: 收入支出决算总表 本年收入合计 2,946.25, 年初结转和结余 49.14, 总计
  2,995.39 (both sides), 年末结转和结余 55.34; 财政拨款收入支出决算总表 年初财政拨款结转和结余
  21.63, 总计 2,961.68; 基本支出 人员经费合计 2,152.26, 公用经费合计 184.65; 三公
  公务接待费 预算数 0.95, 决算数 blank, so 完成率 0.00%;
- planning 2024 决算: 年初结转和结余 112.88, 总计 9,859.38; 三公 公务接待费 2.85 / 0.39
  (13.68%);
- the pair (budget → 决算), 一般公共预算 合计 column: 2010601 行政运行 1,560.05 → 1,511.89,
  差额 -48.16, 完成率 96.91%; 合计 2,993.93 → 2,940.05 (98.20%); 三公 合计 0.95 → blank
  (-0.95, 0.00%); the misstated budget has 2080501 at 86.05 where the 决算 states 85.55.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot

import budgetdiff
from budgetdiff.model import CheckReport, Document
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import Settings
from budgetdiff.tui.rows import diff_rows, document_rows
from budgetdiff.tui.screens import HelpScreen
from tests.tui.pilot import LARGE, SMALL, line_with, screen_lines, screen_text, settled

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "samples" / "real"
PAIRS = ROOT / "samples" / "pairs"
WAN = Settings(unit="万元")
SCROLL_BAR = " ▁▂▃▄▅▆▇█"
BOTH = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "140x40"])


@pytest.fixture(scope="module")
def finance() -> Document:
    return budgetdiff.load(REAL / "sh-putuo-finance-2024-final.pdf")


@pytest.fixture(scope="module")
def planning() -> Document:
    return budgetdiff.load(REAL / "sh-putuo-planning-2024-final.pdf")


@pytest.fixture(scope="module")
def budget() -> Document:
    return budgetdiff.load(PAIRS / "sh-putuo-finance-2024-budget.txt")


@pytest.fixture(scope="module")
def misstated() -> Document:
    return budgetdiff.load(PAIRS / "sh-putuo-finance-2024-budget-misstated.txt")


def cells(line: str, after: str) -> list[str]:
    """The words of ``line`` after ``after`` (the figures of a row, blanks dropped; the
    scroll bar's blocks at the right edge are not part of the row)."""
    return line.split(after, 1)[1].replace("│", " ").rstrip(SCROLL_BAR).split()


def starting(app: BudgetApp, prefix: str) -> str:
    """The first line of the screen that starts with ``prefix`` (a tree's 合计 row)."""
    lines = [line for line in screen_lines(app)[:-2] if line.startswith(prefix)]
    assert lines, f"no line starts with {prefix!r}:\n" + screen_text(app)
    return lines[0]


async def shown(pilot: Pilot[None], *keys: str) -> str:
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(pilot.app, BudgetApp)
    return screen_text(pilot.app)


# -- the row model -----------------------------------------------------------------------------


def test_a_final_summary_keeps_its_carry_over_lines_and_totals_apart(finance: Document) -> None:
    rows = document_rows(finance.tables["income_expenditure_summary"])
    roots = [row.name for row in rows.rows if row.parent is None]
    assert roots == [
        "收入",
        "支出",
        "本年收入合计",
        "使用非财政拨款结余（含专用结余）",
        "年初结转和结余",
        "总计",
        "本年支出合计",
        "结余分配",
        "年末结转和结余",
        "总计",
    ]
    by_name = {(row.side, row.name): row for row in rows.rows}
    assert by_name["收入", "年初结转和结余"].carry and not by_name["收入", "年初结转和结余"].total
    assert by_name["收入", "年初结转和结余"].amount("决算数") == 491_400
    assert by_name["收入", "总计"].total and by_name["收入", "总计"].amount("决算数") == 29_953_900
    # the carry-over lines stay where the table prints them when sorted by amount
    assert by_name["收入", "年初结转和结余"].sort_value("amount", "决算数") is None


def test_the_parts_of_a_carry_over_line_sit_under_it(finance: Document) -> None:
    rows = document_rows(finance.tables["fiscal_summary"])
    parent = next(row for row in rows.rows if row.name == "年初财政拨款结转和结余")
    parts = [row.name for row in rows.rows if row.parent == parent.key]
    assert parts == [
        "一、一般公共预算财政拨款",
        "二、政府性基金预算财政拨款",
        "三、国有资本经营预算财政拨款",
    ]


def test_basic_expenditure_has_its_group_totals(finance: Document) -> None:
    rows = document_rows(finance.tables["basic_expenditure"])
    totals = [(row.name, row.amount("决算数")) for row in rows.rows if row.total]
    assert totals == [("人员经费合计", 21_522_600), ("公用经费合计", 1_846_500)]


def test_execution_rows_come_from_the_diff(budget: Document, finance: Document) -> None:
    diff = budgetdiff.diff(budget, finance)
    (table,) = [t for t in diff.tables if t.table == "general_public"]
    rows = diff_rows(table, execution=True)
    assert rows.execution and rows.diff
    change = rows.by_key["2010601"].change("合计")
    assert (change.a, change.b, change.delta) == (15_600_500, 15_118_900, -481_600)
    assert str(change.completion) == "96.91"


# -- one 决算 --------------------------------------------------------------------------------


@BOTH
async def test_the_overview_names_a_final_account_and_shows_its_totals(
    finance: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(finance, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        assert "上海市普陀区财政局 2024 部门决算" in line_with(app, "部门决算")
        assert "收入支出决算总表 (万元)" in screen_text(app)
        assert cells(line_with(app, "本年收入合计"), "本年收入合计")[0] == "2,946.25"
        assert cells(line_with(app, "年初结转和结余"), "年初结转和结余") == [
            "49.14",
            "年末结转和结余",
            "55.34",
        ]
        assert cells(line_with(app, "总计"), "总计") == ["2,995.39", "总计", "2,995.39"]
        assert "✗ 校验: 30 通过, 2 失败" in screen_text(app)
        # taller than 24 lines: the overview scrolls to its 三公
        await pilot.press("end")
        await pilot.pause()
        assert cells(line_with(app, "公务接待费"), "公务接待费") == ["0.95", "0.00%"]
        assert "预算数" in line_with(app, "完成率")


@BOTH
async def test_the_overview_shows_the_totals_before_the_checks(
    finance: Document, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import budgetdiff.checks

    release = threading.Event()
    real = budgetdiff.checks.check

    def slow(document: Document) -> CheckReport:
        release.wait(10)
        return real(document)

    monkeypatch.setattr(budgetdiff.checks, "check", slow)
    app = BudgetApp(finance, settings=WAN)
    async with app.run_test(size=size) as pilot:
        for _ in range(100):
            if app.query("#overview-view") and not app.query(".preparing"):
                break
            await pilot.pause(0.05)
        await pilot.pause()
        assert app.report is None
        assert "正在校验" in line_with(app, "校验")
        assert "2,995.39" in line_with(app, "总计")
        release.set()
        await settled(pilot)
        assert "✗ 校验: 30 通过, 2 失败" in screen_text(app)
        assert "正在校验" not in screen_text(app)


@BOTH
async def test_every_final_table_has_a_view_by_key(
    finance: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(finance, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        screen = await shown(pilot, "2")
        assert "支出决算表" in screen_lines(app)[1] and "本年支出合计" in screen
        assert "2,940.05" in starting(app, "  合计")
        assert "收入决算表" in (await shown(pilot, "3"))
        assert "2,946.25" in starting(app, "  合计")
        await shown(pilot, "4")
        assert "一般公共预算财政拨款基本支出决算表" in screen_lines(app)[1]
        assert cells(line_with(app, "人员经费合计"), "人员经费合计") == ["2,152.26"]
        assert cells(line_with(app, "公用经费合计"), "公用经费合计") == ["184.65"]
        await shown(pilot, "9")
        assert "收入支出决算总表" in screen_lines(app)[1]
        assert cells(line_with(app, "年初结转和结余"), "年初结转和结余") == ["49.14"]
        assert cells(line_with(app, "年末结转和结余"), "年末结转和结余") == ["55.34"]
        assert cells(line_with(app, "本年收入合计"), "本年收入合计") == ["2,946.25"]
        assert [cells(line, "总计") for line in screen_lines(app) if "  总计" in line][:2] == [
            ["2,995.39"],
            ["2,995.39"],
        ]
        await shown(pilot, "0")
        assert "财政拨款收入支出决算总表" in screen_lines(app)[1]
        assert cells(line_with(app, "▸ 年初财政拨款结转和结余"), "结转和结余") == ["21.63"]
        await shown(pilot, "p")
        assert "一般公共预算财政拨款支出决算表" in screen_lines(app)[1]
        assert "2,940.05" in starting(app, "  合计")
        await shown(pilot, "5")
        header = line_with(app, "完成率")
        assert header.split()[:4] == ["项目", "预算数", "决算数", "完成率"]
        assert cells(line_with(app, "公务接待费"), "公务接待费")[:2] == ["0.95", "0.00%"]
        assert "当年度无“三公”经费支出" in screen_text(app)  # the statement of 合计


@BOTH
async def test_the_other_final_account(planning: Document, size: tuple[int, int]) -> None:
    app = BudgetApp(planning, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        assert "2024 部门决算" in line_with(app, "部门决算")
        await shown(pilot, "9")
        assert cells(line_with(app, "年初结转和结余"), "年初结转和结余") == ["112.88"]
        assert "9,859.38" in line_with(app, "  总计")
        await shown(pilot, "5")
        assert cells(line_with(app, "公务接待费"), "公务接待费")[:3] == ["2.85", "0.39", "13.68%"]
        await shown(pilot, "4")
        assert cells(line_with(app, "人员经费合计"), "人员经费合计") == ["4,884.09"]


async def test_empty_final_tables_are_reached_from_the_palette(finance: Document) -> None:
    app = BudgetApp(finance, settings=WAN)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"视图: 政府性基金决算")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_view == "gov_fund"
        assert "政府性基金预算财政拨款收入支出决算表" in screen_lines(app)[1]
        assert "无政府性基金预算财政拨款支出，故本表无数据" in screen_text(app)


@pytest.mark.parametrize(
    ("which", "keys"),
    [
        ("final", {"4": "基本支出决算", "9": "收支决算总表", "p": "一般公共预算支出决算"}),
        ("budget", {"4": "经济分类", "9": "财务收支总表", "p": "一般公共预算支出"}),
    ],
)
async def test_help_names_the_view_of_each_key_for_the_kind(
    finance: Document, budget: Document, which: str, keys: dict[str, str]
) -> None:
    app = BudgetApp(finance if which == "final" else budget, settings=WAN)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = screen_lines(app)
        for key, label in keys.items():
            entry = re.compile(rf"│ {key}\s+{label}\s")
            assert any(entry.search(line) for line in lines), (key, label)


async def test_a_budget_keeps_its_views_and_gains_general_public(budget: Document) -> None:
    app = BudgetApp(budget, settings=WAN)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await shown(pilot, "4")
        assert app.current_view == "economic"
        await shown(pilot, "9")
        assert app.current_view == "finance_summary"
        await shown(pilot, "p")
        assert app.current_view == "general_public"
        assert "2,993.93" in starting(app, "  合计")


# -- budget against final accounts -----------------------------------------------------------


@BOTH
async def test_the_overview_of_a_budget_against_its_final_accounts(
    budget: Document, finance: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(finance, budget, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        assert "预算 与 决算（同一部门同一年度）" in screen_text(app)
        assert "预算 (A): 上海市普陀区财政局 2024 部门预算" in screen_text(app)
        assert "决算 (B): 上海市普陀区财政局 2024 部门决算" in screen_text(app)
        assert "上海市普陀区财政局 2024 预算 与 决算" in screen_lines(app)[0]
        header = line_with(app, "差额")
        assert header.replace("┃", " ").split() == ["合计", "预算数", "决算数", "差额", "完成率"]
        assert cells(line_with(app, "基本支出 "), "基本支出") == [
            "2,395.51",
            "2,336.91",
            "▼",
            "-58.60",
            "97.55%",
        ]
        await pilot.press("end")
        await pilot.pause()
        assert "决算所列的预算数: 13 项与预算文件一致，0 项不符" in screen_text(app)


@BOTH
async def test_a_misstated_budget_is_named_in_the_overview(
    misstated: Document, finance: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(finance, misstated, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("end")
        await pilot.pause()
        assert "1 项不符" in screen_text(app)
        row = line_with(app, "2080501")
        assert "85.55" in row and "86.05" in row and "-0.50" in row


@BOTH
async def test_general_public_against_its_budget(
    budget: Document, finance: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(finance, budget, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await shown(pilot, "p", "E")
        header = screen_lines(app)[2].split()
        assert header[-4:] == ["预算数", "决算数", "差额", "完成率"]
        assert "预算 与 决算" in screen_lines(app)[1]
        assert cells(line_with(app, "2010601"), "行政运行") == [
            "1,560.05",
            "1,511.89",
            "▼",
            "-48.16",
            "96.91%",
        ]
        # (the name is cut at 80 columns, the figures never)
        assert cells(line_with(app, "2010602"), "2010602")[-4:] == [
            "10.00",
            "10.00",
            "0.00",
            "100.00%",
        ]
        await shown(pilot, "G")
        assert cells(starting(app, "    合计"), "合计") == [
            "2,993.93",
            "2,940.05",
            "▼",
            "-53.88",
            "98.20%",
        ]
        await pilot.press("m")  # 基本支出
        await pilot.pause()
        assert cells(starting(app, "    合计"), "合计")[-1] == "97.55%"
        # the tables only one of them prints have no view here
        screen = await shown(pilot, "4")
        assert "预算与决算不都有基本支出决算表" in screen


@BOTH
async def test_sangong_budget_against_final(
    budget: Document, finance: Document, size: tuple[int, int]
) -> None:
    app = BudgetApp(finance, budget, settings=WAN)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await shown(pilot, "5")
        assert line_with(app, "完成率").split()[:5] == [
            "项目",
            "预算数",
            "决算数",
            "差额",
            "完成率",
        ]
        assert cells(line_with(app, "公务接待费"), "公务接待费")[:4] == [
            "0.95",
            "▼",
            "-0.95",
            "0.00%",
        ]
        assert "✓ 与预算文件一致" in line_with(app, " 合计")
        assert "机关运行经费" not in screen_text(app)  # a 决算's 三公 table has none


async def test_two_final_accounts_diff_like_two_budgets(
    finance: Document, planning: Document
) -> None:
    app = BudgetApp(planning, finance, settings=WAN)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        assert "B 相对于 A 的变化 — 不同部门" in screen_text(app)
        await shown(pilot, "9")
        assert "收入支出决算总表" in screen_lines(app)[1]
        row = line_with(app, "本年收入合计")
        assert "2,946.25" in row and "9,746.50" in row
        await shown(pilot, "4")
        assert "一般公共预算财政拨款基本支出决算表" in screen_lines(app)[1]
