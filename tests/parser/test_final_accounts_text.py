"""Issue 16, item 6: a 决算 as pdfplumber's table text, and covers in any order.

The cover of sh-putuo-finance-2024-final.pdf prints ``上海市普陀区财政局`` over
``2024年度部门决算`` with the year in another font (page 1); pdfplumber's text puts the
year on the line after ``年度部门决算``. Before, such a text was "not a budget document"
although all nine table titles are in it.

- data/sh-putuo-finance-2024-final.pdfplumber.txt is pdfplumber's table text of that
  PDF (written by data/make_pdfplumber_text.py with pdfplumber 0.11.11: tables by its
  table finder, cells joined by tabs; the text outside them by line). It also splits
  the narrative's figures, set in another font, onto lines of their own
  (``本年收入合计 万元，其中：…`` over ``2946.25 2940.05 99.79%``): those cannot be put
  back with confidence and are listed as not read.
- The other covers are variations of the PDF reader's text of the same document: the
  department, the year and the kind on separate lines in every order a producer prints
  them (as budgets' covers name the department under the title).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.checks import check
from budgetdiff.model import Document
from budgetdiff.parser.final_accounts import final_kind
from budgetdiff.parser.lines import Line
from budgetdiff.parser.pdf_reader import read_pdf
from tests.real.documents import REAL

FIXTURE = Path(__file__).parent / "data" / "sh-putuo-finance-2024-final.pdfplumber.txt"
FINANCE = REAL / "sh-putuo-finance-2024-final.pdf"
CUT = "figures cut from their sentence (give the PDF itself)"


@pytest.fixture(scope="module")
def pdf() -> Document:
    return budgetdiff.load(FINANCE)


def _code_tables(document: Document) -> dict[str, object]:
    """Each table's rows and total; an empty table's column names aside (pdfplumber and
    the PDF reader join the spanning 本年支出 with different sub-columns)."""
    out: dict[str, object] = {}
    for table_id, table in document.tables.items():
        rows = [(row.code, row.name, row.values) for row in getattr(table, "rows", ())]
        total = getattr(table, "total", None)
        if rows:
            out[table_id] = (getattr(table, "columns", None), rows, total)
        else:
            out[table_id] = (
                len(getattr(table, "columns", ())),
                None if total is None else set(total.values()),
            )
    return out


def test_pdfplumber_text_of_final_accounts_is_read(pdf):
    text = FIXTURE.read_text(encoding="utf-8")
    assert text.startswith("上海市普陀区财政局\n年度部门决算\n2024\n")
    document = budgetdiff.parse(text)
    assert (document.department, document.year, document.kind) == (
        "上海市普陀区财政局",
        2024,
        "部门决算",
    )
    assert set(document.tables) == set(pdf.tables)
    assert _code_tables(document) == _code_tables(pdf)
    # page 15, 一般公共预算财政拨款支出决算表: 合计 2,940.05 = 2,336.91 + 603.14 万元
    general = document.code_table("general_public")
    assert general.total == {"合计": 29_400_500, "基本支出": 23_369_100, "项目支出": 6_031_400}
    assert document.sangong is not None and document.sangong.budget == pdf.sangong.budget
    result = budgetdiff.diff(pdf, document)
    assert (result.cells, result.rows, result.sangong) == ((), (), ())
    # every line is read but the narrative's figures split from their sentences
    assert {item.reason for item in document.unparsed} == {CUT}
    cut = [item.text for item in document.unparsed]
    assert "2024 2995.39 2023" in cut and "2946.25 2940.05 99.79%" in cut
    # the tables' checks say what they say on the PDF; the narrative's are not run
    table_checks = {
        (c.id, c.status) for c in check(pdf) if not c.id.startswith(("final.narrative", "parse"))
    }
    assert {
        (c.id, c.status)
        for c in check(document)
        if not c.id.startswith(("final.narrative", "parse"))
    } == table_checks
    (unparsed,) = [c for c in check(document) if c.id == "parse.unparsed"]
    assert unparsed.status == "warn"


def test_part_headings_take_back_their_year_and_last_word():
    document = budgetdiff.parse(FIXTURE.read_text(encoding="utf-8"))
    titles = ["".join(s.title.split()) for s in document.sections if s.parent is None]
    assert "第三部分上海市普陀区财政局2024年度部门决算情况说明" in titles


def _cover(*lines: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate((*lines, "目\t录", "第一部分"), 1)]


COVERS = (
    ("上海市某某局", "2023年度部门决算"),
    ("上海市某某局2023", "年度部门决算"),
    ("上海市某某局", "年度部门决算", "2023"),
    ("2023年度部门决算", "上海市某某局"),
    ("2023", "上海市某某局", "年度部门决算"),
    ("年度部门决算", "2023", "上海市某某局"),
    ("上海市某某", "局", "年度部门决算", "2023 年"),
    ("2023 年度部门决算", "部门名称：上海市某某局"),
)
NOT_FINAL = (
    ("上海市某某局", "年度部门决算"),  # no year anywhere
    ("上海市某某区2025年区级部门预算", "预算主管部门：上海市某某局"),
    ("上海市某某局", "2023年度部门决算说明书"),
)


def test_department_and_year_on_lines_of_their_own_in_any_order():
    for cover in COVERS:
        found = final_kind(_cover(*cover))
        assert found is not None, cover
        assert (found.group("department"), found.group("year"), found.group("kind")) == (
            "上海市某某局",
            "2023",
            "部门决算",
        ), cover
    for cover in NOT_FINAL:
        assert final_kind(_cover(*cover)) is None, cover


@pytest.mark.parametrize(
    "cover",
    [
        "上海市普陀区财政局\n年度部门决算\n2024\n",
        "2024年度部门决算\n上海市普陀区财政局\n",
        "2024\n上海市普陀区财政局\n年度部门决算\n",
    ],
)
def test_the_pdf_text_with_its_cover_reordered_reads_the_same(pdf, cover):
    text = read_pdf(FINANCE.read_bytes(), str(FINANCE)).tab_text()[0]
    printed = "上海市普陀区财政局\n2024年度部门决算\n"
    assert text.startswith(printed)
    document = budgetdiff.parse(cover + text[len(printed) :])
    assert (document.department, document.year, document.kind) == (
        "上海市普陀区财政局",
        2024,
        "部门决算",
    )
    assert document.unparsed == ()
    assert _code_tables(document) == _code_tables(pdf)
