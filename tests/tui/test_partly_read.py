"""A document only partly read says so first in the explorer's overview, in Chinese,
with its count of lines not parsed and its pages not read: for one document, and for
each side of a diff (``Document.reading``, the verdict ``check`` calls PARTLY READ).

Variations:

- UNPARSED: the port sample with eight lines the parser cannot place inserted into its
  支出 table, after line 147 (2010302): ``???``, ``12,345``, ``67,890`` in three cells;
  8 of 331 non-blank lines (the sample has 323), more than the handful (5) a reading
  may leave.
- A few: the same with three such lines: not partly read, no line in the overview
  (the 校验 line counts them, as before).
- Unread pages: the govoffice 2025 部门预算 PDF, and the 2024 决算 PDF of the
  budget-against-final pair, with pages marked unread in the model
  (``Document.unread_pages``); the PDF reader fills that field itself for a page with no
  readable text, which is tested with the reader.
"""

from __future__ import annotations

import pytest
from rich.console import Console

import budgetdiff
from budgetdiff.model import Document, UnreadPage
from budgetdiff.record import replace
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.overview import Overview
from tests.diffing.drafts import PORT_TEXT, insert_line
from tests.tui.pilot import LARGE, SMALL, settled
from tests.tui.snapshot_apps import BUDGET, FINAL
from tests.tui.test_pdf_source import GOVOFFICE

GARBLED = "???\t12,345\t67,890"
AFTER_2010302 = 147


def _garbled(lines: int) -> Document:
    text = PORT_TEXT
    for _ in range(lines):
        text = insert_line(text, AFTER_2010302, GARBLED)
    return budgetdiff.parse(text)


def _unread(document: Document, *pages: int) -> Document:
    return replace(
        document, unread_pages=tuple(UnreadPage(page, "no text layer") for page in pages)
    )


@pytest.fixture(scope="module")
def unparsed() -> Document:
    document = _garbled(8)
    assert len(document.unparsed) == 8 and document.reading.lines == 331
    return document


@pytest.fixture(scope="module")
def govoffice() -> Document:
    return budgetdiff.load(GOVOFFICE)


def _overview(app: BudgetApp) -> list[str]:
    """The overview's lines, as text, blank ones left out."""
    console = Console(width=140, record=True, color_system=None)
    console.print(app.query_one(Overview).content)
    return [line.strip() for line in console.export_text().splitlines() if line.strip()]


async def _first_lines(document: Document, other: Document | None = None) -> list[str]:
    app = BudgetApp(document, other)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        return _overview(app)


async def test_unparsed_lines_are_said_first(unparsed: Document) -> None:
    lines = await _first_lines(unparsed)
    assert lines[0] == "! 部分读取：未解析 8 行（共 331 行）"
    assert lines[1] == "上海市口岸服务办公室 2017 部门预算"


async def test_unread_pages_are_said_first(govoffice: Document) -> None:
    lines = await _first_lines(_unread(govoffice, 22, 5))
    assert lines[0] == "! 部分读取：未读 2 页（第 5、22 页）"


async def test_many_unread_pages_are_counted(govoffice: Document) -> None:
    lines = await _first_lines(_unread(govoffice, *range(1, 16)))
    assert lines[0] == "! 部分读取：未读 15 页（第 1、2、3、4、5、6、7、8、9、10 页等）"


async def test_lines_and_pages_together_at_80_columns(unparsed: Document) -> None:
    app = BudgetApp(_unread(unparsed, 3))
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        assert _overview(app)[0] == "! 部分读取：未解析 8 行（共 331 行）；未读 1 页（第 3 页）"


async def test_in_diff_mode_each_side_says_so(
    port: Document, unparsed: Document, govoffice: Document
) -> None:
    """Before the verdict (here "the same": the lines not read are in no table)."""
    lines = await _first_lines(port, unparsed)
    assert lines[0] == "! A 部分读取：未解析 8 行（共 331 行）"
    assert lines[1].startswith("两份文件相同 — ")
    lines = await _first_lines(_unread(govoffice, 22), unparsed)
    assert lines[:2] == [
        "! A 部分读取：未解析 8 行（共 331 行）",
        "! B 部分读取：未读 1 页（第 22 页）",
    ]


async def test_a_budget_against_its_final_accounts_names_the_sides() -> None:
    final = _unread(budgetdiff.load(FINAL), 3)
    lines = await _first_lines(final, budgetdiff.load(BUDGET))
    assert lines[0] == "! 决算 (B) 部分读取：未读 1 页（第 3 页）"
    assert lines[1] == "预算 与 决算（同一部门同一年度）"


async def test_a_document_read_whole_or_all_but_a_handful_says_nothing(
    port: Document, govoffice: Document
) -> None:
    for document in (port, govoffice, _garbled(3)):
        lines = await _first_lines(document)
        assert not any("部分读取" in line for line in lines), lines
    assert not any("部分读取" in line for line in await _first_lines(port, govoffice))
