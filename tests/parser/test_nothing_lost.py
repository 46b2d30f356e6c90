"""Nothing read is lost silently (issue 7, items 14, 16, 17).

Every non-blank line is placed in the model or listed as unparsed; the table of
contents is recognised by its shape; page-number lines are furniture anywhere; a
repeated code is kept and named by a failing check.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CodeTable, Document
from tests.placement import lost_lines

PORT_ECONOMIC_ROWS = 33
PORT_SECTIONS = 8


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _insert_after(text: str, line: int, expected: str, *new: str) -> str:
    lines = _lines(text)
    assert lines[line - 1] == expected, lines[line - 1]
    return "\n".join([*lines[:line], *new, *lines[line:]])


def _delete(text: str, line: int, expected: str) -> str:
    lines = _lines(text)
    assert lines[line - 1] == expected, lines[line - 1]
    return "\n".join(lines[: line - 1] + lines[line:])


def _economic(document: Document) -> CodeTable:
    return document.code_table("economic")


def _content(document: Document) -> dict[str, object]:
    """Every table's rows and totals without their line numbers."""
    found: dict[str, object] = {}
    for table_id, table in document.tables.items():
        if isinstance(table, CodeTable):
            rows = [(row.code, row.name, dict(row.values)) for row in table.rows]
            found[table_id] = (rows, table.total)
        else:
            items = [(i.name, dict(i.values)) for i in table.income_items + table.expenditure_items]
            found[table_id] = (items, table.income_total, table.expenditure_total)
    return found


@pytest.mark.parametrize("name", ["port", "coop"])
def test_every_line_of_the_samples_is_placed(name, port_text, coop_text):
    text = {"port": port_text, "coop": coop_text}[name]
    document = budgetdiff.parse(text)
    assert lost_lines(text, document) == []
    assert document.unparsed == ()


def test_a_toc_line_inside_a_table_does_not_swallow_it(port_text):
    # line 262 is the economic row 30302 退休费; a stray 目录 after it
    text = _insert_after(port_text, 262, "303\t02\t退休费\t4,680\t4,680\t", "目录")
    document = budgetdiff.parse(text)
    economic = _economic(document)
    assert len(economic.rows) == PORT_ECONOMIC_ROWS
    assert economic.get("30313") is not None
    assert economic.total is not None and economic.total["合计"] == 159_063_34
    assert [(item.line, item.text) for item in document.unparsed] == [(263, "目录")]
    assert lost_lines(text, document) == []


def test_a_missing_toc_entry_keeps_its_section(port_text):
    text = _delete(port_text, 7, "主要职能")
    document = budgetdiff.parse(text)
    assert len(document.sections) == PORT_SECTIONS
    duties = document.sections[0]
    assert duties.title == "上海市口岸服务办公室主要职能"
    assert duties.paragraphs[0].text.startswith("上海市口岸服务办公室是市政府直属机构")
    assert lost_lines(text, document) == []
    assert budgetdiff.parse(text).tables.keys() == budgetdiff.parse(port_text).tables.keys()


@pytest.mark.parametrize("page_number", ["- 1 -", "— 2 —", "第 3 页", "第3页 共40页", "4/40"])
def test_page_numbers_in_the_toc_and_between_rows_are_furniture(port_text, page_number):
    text = _insert_after(port_text, 9, "机构设置", page_number)
    # and between two economic rows (line 262 moved to 263 by the first insertion)
    text = _insert_after(text, 263, "303\t02\t退休费\t4,680\t4,680\t", page_number)
    document = budgetdiff.parse(text)
    reference = budgetdiff.parse(port_text)
    assert document.unparsed == ()
    assert _content(document) == _content(reference)
    assert document.page_number_lines == (10, 264)
    assert lost_lines(text, document) == []


def test_a_toc_without_the_usual_headings_still_ends_where_the_content_starts(port_text):
    # An entry the parser does not know (三、名词解释) must neither end the contents early
    # nor make the real headings after it look like a second copy of each table.
    text = _insert_after(port_text, 31, "重点支出项目《绩效目标申报表》", "三、名词解释")
    document = budgetdiff.parse(text)
    assert document.unparsed == ()
    assert _content(document) == _content(budgetdiff.parse(port_text))
    assert 32 in document.toc_lines


def test_text_after_the_toc_under_no_heading_is_unparsed(port_text):
    last_entry = "重点支出项目《绩效目标申报表》"
    text = _insert_after(port_text, 31, last_entry, "本文件由某某印制，仅供参考。")
    document = budgetdiff.parse(text)
    assert [(item.line, item.reason) for item in document.unparsed] == [
        (32, "after the table of contents, under no heading")
    ]


def test_a_repeated_code_fails_a_strict_check_naming_both_lines(port_text):
    # line 255 is 30226 劳务费; a second 30226 row with another amount right after it
    line = _lines(port_text)[254]
    assert line.startswith("302\t26\t")
    text = _insert_after(port_text, 255, line, "302\t26\t\t劳务费\t999,999")
    document = budgetdiff.parse(text)
    failed = [check for check in check_report(document) if check.status == "fail"]
    assert [(check.id, check.line, check.code) for check in failed] == [
        ("table.unique_codes", 256, "30226")
    ]
    assert "line 255" in failed[0].message and "line 256" in failed[0].message
    economic = _economic(document)
    assert [(row.code, row.values["合计"], row.line) for row in economic.duplicates] == [
        ("30226", 999_999, 256)
    ]
    assert economic.get("30226") == _economic(budgetdiff.parse(port_text)).get("30226")
    assert lost_lines(text, document) == []


def test_unparsed_lines_are_a_warning(port_text):
    text = _insert_after(port_text, 262, "303\t02\t退休费\t4,680\t4,680\t", "某某\t12\t34\t56\t78")
    document = budgetdiff.parse(text)
    warned = [check for check in check_report(document) if check.id == "parse.unparsed"]
    assert [(check.status, check.line) for check in warned] == [("warn", 263)]
    assert warned[0].message.startswith("1 line could not be placed (line 263)")
    clean = [c for c in check_report(budgetdiff.parse(port_text)) if c.id == "parse.unparsed"]
    assert [check.status for check in clean] == ["pass"]


def test_many_unparsed_lines_are_counted_in_the_warning(port_text):
    junk = [f"某某\t{n}\t{n}" for n in range(12)]
    text = _insert_after(port_text, 262, "303\t02\t退休费\t4,680\t4,680\t", *junk)
    (warned,) = [c for c in check_report(budgetdiff.parse(text)) if c.id == "parse.unparsed"]
    assert warned.message.startswith(
        "12 lines could not be placed (line 263, 264, 265, 266, 267 and 7 more)"
    )


def test_a_sangong_note_is_kept(port_text):
    text = _insert_after(port_text, 276, _lines(port_text)[275], "注：本表为空表。")
    document = budgetdiff.parse(text)
    assert document.sangong is not None
    assert (document.sangong.note, document.sangong.note_line) == ("注：本表为空表。", 277)
    assert lost_lines(text, document) == []
