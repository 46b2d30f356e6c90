"""The four real budget PDFs read as their page images say (issue 8).

The expected figures are in tests/real/expected/, written down from the page
images (not from budgetdiff's output). Each document is read from the PDF and,
when ``pdftotext`` is installed, from its ``-layout`` text too: both must give
every table row, every total and the seven 三公 values, with no line unread.
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from typing import Any

import pytest
from tests.cli.conftest import run_cli
from tests.real.documents import BUDGETS, FINALS, REAL, expected, layout_text

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import Document, TwoSidedTable
from budgetdiff.money import parse_amount

CODE_TABLES = ("income", "expenditure", "general_public", "gov_fund", "state_capital", "economic")

EXPECTED_PROBLEMS = {
    "sh-putuo-wanli-2024-dept": {
        # 注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。 over 47.91 万元
        ("sangong.empty_note", "warn"),
        # p.9: 住房公积金 “2024年预算安排352.67万元”; the tables print 3,503,499 元
        ("narrative.items", "fail"),
    },
}
"""What each document's page images show is wrong (tests/real/expected PROBLEMS); the
rounding differences they list are notes inside passing checks."""


@pytest.fixture(
    scope="module",
    params=[(stem, source) for stem in BUDGETS for source in ("pdf", "layout")],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Document]:
    stem, source = request.param
    pdf = REAL / f"{stem}.pdf"
    path = pdf if source == "pdf" else layout_text(stem, tmp_path_factory.mktemp("layout"))
    return stem, budgetdiff.load(path)


def _yuan(printed: str | None, unit: str) -> int | Decimal | None:
    return None if printed is None else parse_amount(printed, unit)


def _rows(table: dict[str, Any]) -> list[tuple[str, str, tuple[str | None, ...]]]:
    """``(code, name, amounts)`` whatever the module's layout: flat or nested amounts."""
    rows = []
    for row in table["rows"]:
        code, name, *rest = row
        amounts = (
            tuple(rest[0]) if len(rest) == 1 and isinstance(rest[0], tuple | list) else tuple(rest)
        )
        rows.append((code, name, amounts))
    return rows


def _amount_columns(table: dict[str, Any]) -> int:
    return len(_rows(table)[0][2]) if table["rows"] else len(table["total"] or ())


def test_identity(case):
    stem, document = case
    identity = expected(stem).IDENTITY
    assert (document.department, document.year, document.kind) == (
        identity["department"],
        identity["year"],
        identity["kind"],
    )


def test_nothing_unread(case):
    _, document = case
    assert [(u.line, u.text, u.reason) for u in document.unparsed] == []


@pytest.mark.parametrize("table_id", CODE_TABLES)
def test_code_tables_row_by_row(case, table_id):
    stem, document = case
    truth = expected(stem).TABLES[table_id]
    table = document.code_table(table_id)
    unit = truth["unit"]
    assert table.unit == unit
    columns = table.columns
    assert len(columns) == _amount_columns(truth)
    got = [
        (row.code, row.name, tuple(row.values[column] for column in columns)) for row in table.rows
    ]
    want = [
        (code, name, tuple(_yuan(a, unit) for a in amounts)) for code, name, amounts in _rows(truth)
    ]
    assert got == want
    assert len(table.rows) == truth["row_count"]
    total = truth["total"]
    if total is None or all(value is None for value in total):
        assert table.total is None or all(value in (None, 0) for value in table.total.values())
    else:
        assert tuple(table.total[column] for column in columns) == tuple(
            _yuan(value, unit) for value in total
        )
    if truth.get("empty_note"):
        assert table.note == truth["empty_note"]


def test_two_sided_totals(case):
    stem, document = case
    for table_id in ("finance_summary", "fiscal_summary"):
        truth = expected(stem).TABLES[table_id]
        table = document.table(table_id)
        assert isinstance(table, TwoSidedTable)
        unit = truth["unit"]
        income_total = truth["income_total"][1]
        assert table.income_total is not None
        assert next(iter(table.income_total.values())) == _yuan(income_total, unit)
        spent = truth["expenditure_total"][1]
        first = spent[0] if isinstance(spent, tuple | list) else spent
        assert table.expenditure_total is not None
        assert next(iter(table.expenditure_total.values())) == _yuan(first, unit)


def test_sangong_values(case):
    stem, document = case
    module = expected(stem)
    values = module.SANGONG.get("values", module.SANGONG)
    unit = module.SANGONG.get("unit", "万元")
    assert document.sangong is not None
    assert {item: document.sangong[item] for item in values} == {
        item: _yuan(printed, unit) for item, printed in values.items()
    }


def test_checks_report_exactly_the_real_problems(case):
    stem, document = case
    found = [(check.id, check.status) for check in check_report(document) if check.status != "pass"]
    assert sorted(found) == sorted(EXPECTED_PROBLEMS.get(stem, set()))  # each named once


def test_rounding_is_a_note_not_a_failure(case):
    stem, document = case
    if stem == "sh-putuo-wanli-2024-dept":
        pytest.skip("wanli's 机关运行经费 443.18 万元 is far below its 公用经费")
    (bound,) = [c for c in check_report(document) if c.id == "sangong.operating_cost_bound"]
    assert bound.status == "pass"
    assert "within rounding" in bound.message


@pytest.mark.parametrize("stem", FINALS)
@pytest.mark.parametrize("command", ["show", "check", "export"])
def test_final_accounts_are_read_not_refused(stem, command):
    # 决算 are read since issue 10 (tests/real/test_real_finals.py): never a budget
    # missing its tables
    result = run_cli(command, str(REAL / f"{stem}.pdf"))
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr
    assert "not a budget" not in result.stderr
    assert "tables.present" not in result.stdout.replace("final.tables.present", "")


def test_a_truncated_pdf_is_one_sentence(tmp_path):
    data = (REAL / f"{BUDGETS[0]}.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    result = run_cli("show", str(cut))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "truncated" in result.stderr
    assert result.stdout == ""


def test_text_one_cell_per_line_is_told_to_use_the_pdf_or_layout(tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    raw = tmp_path / "raw.txt"
    subprocess.run(["pdftotext", str(REAL / f"{BUDGETS[0]}.pdf"), str(raw)], check=True)
    result = run_cli("check", str(raw))
    assert result.returncode == 2
    assert result.stderr == (
        f"budgetdiff: {raw} has its tables one cell per line (as pdftotext without -layout or "
        "pdfminer write them): give the PDF itself, or text from pdftotext -layout\n"
    )


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["-raw"], "separates its table cells by single spaces (as pdftotext -raw"),
        (["-layout", "-nopgbrk"], "is space-aligned text without page breaks"),
    ],
)
def test_extractions_that_lose_columns_are_refused(tmp_path, options, says):
    # -raw keeps one space between cells (an empty cell leaves no trace); -nopgbrk loses
    # the page breaks that pdftotext lays the columns out by: amounts would shift
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    out = tmp_path / "out.txt"
    pdf = REAL / "sh-putuo-govoffice-2025-dept.pdf"
    subprocess.run(["pdftotext", *options, str(pdf), str(out)], check=True, capture_output=True)
    result = run_cli("check", str(out))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr


def test_final_accounts_as_text_one_cell_per_line_are_refused(tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    out = tmp_path / "final.txt"
    subprocess.run(
        ["pdftotext", str(REAL / f"{FINALS[0]}.pdf"), str(out)], check=True, capture_output=True
    )
    result = run_cli("check", str(out))
    assert result.returncode == 2
    assert "one cell per line" in result.stderr
