"""Layouts of the same family that the bundled documents do not print (domain.md:
"Other layouts the parser will meet later"), derived from a real budget's text:
table numbers after the titles, every table in 万元 with two decimals, dashes for
empty cells. Each must read the same tables, with no false alarm.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CodeTable, Document
from budgetdiff.parser.pdf_reader import read_pdf
from tests.real.documents import REAL

_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})*\.\d\d$")


@pytest.fixture(scope="module")
def text() -> str:
    path = REAL / "sh-putuo-govoffice-2025-dept.pdf"
    return read_pdf(path.read_bytes(), str(path)).tab_text()[0]


def _rows(document: Document) -> dict[str, int]:
    return {
        table_id: len(table.rows)
        for table_id, table in document.tables.items()
        if isinstance(table, CodeTable)
    }


def _not_passing(document: Document) -> list[tuple[str, str]]:
    return [(c.id, c.message) for c in check_report(document) if c.status != "pass"]


EXPECTED_ROWS = {
    "income": 20,
    "expenditure": 20,
    "general_public": 20,
    "gov_fund": 0,
    "state_capital": 0,
    "economic": 29,
}


def test_the_document_itself(text):
    document = budgetdiff.parse(text)
    assert _rows(document) == EXPECTED_ROWS
    assert _not_passing(document) == []


def test_table_numbers_after_the_titles(text):
    titles = re.findall(r"^2025年部门\S+表$", text, flags=re.M)
    assert len(titles) == 9
    for number, title in enumerate(titles, 1):
        text = text.replace(f"\n{title}\n", f"\n{title}（公开{number:02d}表）\n", 1)
    document = budgetdiff.parse(text)
    assert _rows(document) == EXPECTED_ROWS
    assert document.sangong is not None and document.unparsed == ()
    assert _not_passing(document) == []


def test_every_table_in_wan_yuan_with_two_decimals_raises_no_false_alarm(text):
    # 元 figures rounded half-up to 0.01 万元: the sums no longer add up exactly, but
    # every difference is the rounding of the printed figures (a note, never a failure)
    def wan(cell: str) -> str:
        if not _AMOUNT.match(cell):
            return cell
        value = Decimal(cell.replace(",", "")) / 10_000
        return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):,}"

    lines = []
    for line in text.split("\n"):
        if "三公" in line and line.endswith("表"):
            lines.append(line)
            break
        lines.append(
            "\t".join(wan(cell) for cell in line.replace("单位：元", "单位：万元").split("\t"))
        )
    rest = text.split("\n")[len(lines) :]
    document = budgetdiff.parse("\n".join(lines + rest))
    assert _rows(document) == EXPECTED_ROWS
    assert document.code_table("expenditure").unit == "万元"
    assert document.code_table("expenditure").get("2010301").values["合计"] == 12_029_500
    assert _not_passing(document) == []
    notes = [c.message for c in check_report(document) if "within rounding" in c.message]
    assert notes, "the rounded 万元 sums are reported as rounding"


def test_dashes_for_empty_amount_cells(text):
    lines = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if re.fullmatch(r"\d{3}", cells[0]) and len(cells) > 5:
            cells = cells[:4] + [cell or "-" for cell in cells[4:]]
        lines.append("\t".join(cells))
    document = budgetdiff.parse("\n".join(lines))
    assert _rows(document) == EXPECTED_ROWS
    assert document.code_table("expenditure").get("2010302").values["基本支出"] is None
    assert _not_passing(document) == []


def test_a_table_under_an_unknown_heading_is_never_read_as_prose(text):
    # the first table follows the prose of 预算编制说明: with its heading unknown, its
    # rows must be listed as unparsed, not joined into the narrative's sentences
    title = "2025年部门财务收支预算总表"
    assert text.count(f"\n{title}\n") == 1
    document = budgetdiff.parse(text.replace(f"\n{title}\n", "\n2025年部门财务收支一览\n"))
    reasons = {item.reason for item in document.unparsed}
    assert "a table row under a prose heading (a table not recognised)" in reasons
    rows = [item for item in document.unparsed if "prose heading" in item.reason]
    assert any("91,016,775.35" in item.text for item in rows)
    assert all("91,016,775.35" not in section.text for section in document.sections)
    assert ("tables.present", "fail") in {(c.id, c.status) for c in check_report(document)}
