"""Amounts in the tree views are never cut: a column is as wide as its widest figure, in
the unit shown, and the code and name give way first (they end in …).

The columns were 13 cells wide whatever they held: at 100 columns an amount of
133,338,813,177,139,745 元 showed as ``133,338,813,…``. The documents are variations of
the port sample (``samples/shanghai-port-office-2017.txt``), written in its own digit
grouping (``177139,745`` is 177,139,745), in the 支出 table only (the first of the two
tables that print these rows; the checks of the edited document fail, which does not
matter here):

- HUGE: 2010302 一般行政管理事务's 合计 and 项目支出 177,139,745 → 133,338,813,177,139,745;
- FEN: 2010302's 合计 and 项目支出 → 9,999,999,999 (13 cells, as wide as the column was)
  and 2010301 行政运行's 合计 13,270,732 → 999,999,999.99 (14 cells: smaller, yet wider,
  for its fen).
"""

from __future__ import annotations

import re

import pytest
from textual.pilot import Pilot

import budgetdiff
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp
from tests.diffing.drafts import PORT_TEXT
from tests.tui.pilot import line_with, screen_lines, settled

HUGE_AMOUNT = "133,338,813,177,139,745"
PORT_2010302 = "201\t03\t02\t一般行政管理事务\t177139,745\t\t177139,745"
PORT_2010301 = "201\t03\t01\t行政运行\t13270,732\t11663,914\t1606,818"
HUGE_2010302 = "201\t03\t02\t一般行政管理事务\t133338813177139,745\t\t133338813177139,745"
FEN_2010302 = "201\t03\t02\t一般行政管理事务\t9999999999\t\t9999999999"
FEN_2010301 = "201\t03\t01\t行政运行\t999999999.99\t11663,914\t1606,818"


def _edited(*rows: tuple[str, str]) -> Document:
    text = PORT_TEXT
    for old, new in rows:
        assert text.count(old) == 2, old  # the 支出 table and the 一般公共预算 table
        text = text.replace(old, new, 1)
    return budgetdiff.parse(text)


@pytest.fixture(scope="module")
def huge() -> Document:
    return _edited((PORT_2010302, HUGE_2010302))


@pytest.fixture(scope="module")
def fen() -> Document:
    return _edited((PORT_2010302, FEN_2010302), (PORT_2010301, FEN_2010301))


def _cut_figures(app: BudgetApp) -> list[str]:
    """Lines of the screen with a figure cut short (a digit, comma or % before …)."""
    return [line for line in screen_lines(app) if re.search(r"[\d,%]…", line)]


async def _expanded(pilot: Pilot[None]) -> None:
    """The 支出 tree, shown and expanded."""
    await settled(pilot)
    await pilot.press("2", "E")
    await pilot.pause()


async def test_a_huge_amount_is_shown_whole(huge: Document) -> None:
    app = BudgetApp(huge)
    async with app.run_test(size=(100, 30)) as pilot:
        await _expanded(pilot)
        row = line_with(app, "2010302")
        assert row.count(HUGE_AMOUNT) == 2, row  # 合计 and 项目支出
        assert _cut_figures(app) == []


async def test_at_80_columns_a_column_is_dropped_never_cut(huge: Document) -> None:
    """With the name at its narrowest the columns do not fit: the last one is dropped
    (``+1▸``), and ``>`` shows it, whole."""
    app = BudgetApp(huge)
    async with app.run_test(size=(80, 30)) as pilot:
        await _expanded(pilot)
        assert "+1▸" in line_with(app, "编码 名称")
        assert HUGE_AMOUNT in line_with(app, "2010302")
        assert _cut_figures(app) == []
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert "◂+1" in line_with(app, "编码 名称")
        assert HUGE_AMOUNT in line_with(app, "2010302")
        assert _cut_figures(app) == []


async def test_in_other_units_too(huge: Document) -> None:
    app = BudgetApp(huge)
    async with app.run_test(size=(100, 30)) as pilot:
        await _expanded(pilot)
        await pilot.press("u")
        await pilot.pause()
        assert "13,333,881,317,713.97" in line_with(app, "2010302")  # 万元
        await pilot.press("u")
        await pilot.pause()
        assert "1,333,388,131.7714" in line_with(app, "2010302")  # 亿元
        assert _cut_figures(app) == []


async def test_a_smaller_amount_with_fen_can_be_the_widest(fen: Document) -> None:
    app = BudgetApp(fen)
    async with app.run_test(size=(100, 30)) as pilot:
        await _expanded(pilot)
        assert "999,999,999.99" in line_with(app, "2010301")
        assert "9,999,999,999" in line_with(app, "2010302")
        assert _cut_figures(app) == []


@pytest.mark.parametrize(("width", "dropped"), [(100, 1), (80, 2)])
async def test_diff_mode_shows_delta_and_percent_whole(
    port: Document, huge: Document, width: int, dropped: int
) -> None:
    """B relative to the sample: Δ (▲ +133,338,813,000,000,000, and its roll-up on 201)
    and Δ% (+75273233005.95%) whole; at 100 columns B too, and A's column is dropped
    rather than any figure cut (at 80, A's and B's); ``>`` shows them, whole."""
    app = BudgetApp(huge, port)
    async with app.run_test(size=(width, 30)) as pilot:
        await _expanded(pilot)
        row = line_with(app, "2010302")
        for figure in ("▲ +133,338,813,000,000,000", "+75273233005.95%"):
            assert figure in row, row
        assert (HUGE_AMOUNT in row) == (width == 100)
        assert "∑▲ +133,338,813,000,000,000" in line_with(app, "201 一般公共服务支出")
        assert f"+{dropped}▸" in line_with(app, "编码 名称")
        assert _cut_figures(app) == []
        await pilot.press(*["greater_than_sign"] * dropped)
        await pilot.pause()
        assert "177,139,745" in line_with(app, "2010302")
        assert _cut_figures(app) == []


async def test_ordinary_amounts_keep_the_usual_widths(port: Document) -> None:
    """The sample's amounts fit the usual 13 cells: the columns stay as they were (the
    snapshots in __snapshots__ hold the whole screens)."""
    app = BudgetApp(port)
    async with app.run_test(size=(100, 30)) as pilot:
        await _expanded(pilot)
        tree = app.tree_of("expenditure")
        assert tree is not None
        assert [column.width for column in tree.columns] == [13, 13, 13]
