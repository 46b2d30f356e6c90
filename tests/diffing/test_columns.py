"""Issue 16, item 16: tables whose column sets differ are compared on the columns they
share (each side's total column with the other's, whatever it is called), and the
columns of one side only are named; nothing is silently skipped.

The pair: the govoffice 2025 部门预算 and 单位预算 (samples/real). Their 财务收支预算总表
(page 8 of each, read from the page images): the 部门 table's 支出 side prints one
column, 预算数; the 单位 table's prints 合计, 人员经费, 公用经费 (under 基本支出) and
项目支出. Both print 一、一般公共服务支出 82,096,797.42 and 支出总计 91,016,775.35.

Variation ``unit edited``: the 单位预算's tab text (its PDF as ``read_pdf`` gives it), line
114, 一般公共服务支出's 合计 82,096,797.42 → 82,196,797.42: a difference that only the
pairing of 预算数 with 合计 can see.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import budgetdiff
from budgetdiff.diffing.columns import total_column
from budgetdiff.diffing.model import ColumnPair
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.render.diff_csv import render_csv
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_markdown, render_plain
from tests.conftest import replace_on_line

REAL = Path(__file__).resolve().parents[2] / "samples" / "real"
DEPT = budgetdiff.load(REAL / "sh-putuo-govoffice-2025-dept.pdf")
UNIT_PDF = REAL / "sh-putuo-govoffice-2025-unit.pdf"
UNIT = budgetdiff.load(UNIT_PDF)
UNIT_TEXT, _ = read_pdf(UNIT_PDF.read_bytes(), str(UNIT_PDF)).tab_text()
EDITED = budgetdiff.parse(replace_on_line(UNIT_TEXT, 114, "82,096,797.42", "82,196,797.42"))

PAIRS = (
    ColumnPair("收入", "预算数", "预算数"),
    ColumnPair("支出", "预算数", "合计"),
    ColumnPair("支出", None, "人员经费"),
    ColumnPair("支出", None, "公用经费"),
    ColumnPair("支出", None, "项目支出"),
)


def _summary(diff: budgetdiff.Diff):  # type: ignore[no-untyped-def]
    return next(t for t in diff.tables if t.table == "finance_summary")


def test_total_columns_pair_and_the_rest_are_named() -> None:
    result = budgetdiff.diff(DEPT, UNIT)
    summary = _summary(result)
    assert summary.column_pairs == PAIRS
    assert [p.kind for p in summary.column_changes] == ["renamed", "added", "added", "added"]
    # the figures agree once 预算数 meets 合计: no cell of the summary differs
    assert [c for c in result.cells if c.table == "finance_summary"] == []
    assert not result.identical
    # the union tree shows A's 预算数 under B's 合计, beside B's own
    item = next(n for n in summary.nodes if n.name == "一、一般公共服务支出")
    assert item.a == {"合计": Decimal("82096797.42")}
    assert item.b is not None and item.b["人员经费"] == Decimal("13819399.88")


def test_a_difference_in_the_paired_total_column_is_reported() -> None:
    result = budgetdiff.diff(DEPT, EDITED)
    (cell,) = [c for c in result.cells if c.table == "finance_summary"]
    assert (cell.name, cell.column, cell.a, cell.b, cell.delta) == (
        "支出:一般公共服务支出",
        "合计",
        Decimal("82096797.42"),
        Decimal("82196797.42"),
        100_000,
    )


def test_the_other_way_round_the_columns_are_only_in_a() -> None:
    summary = _summary(budgetdiff.diff(UNIT, DEPT))
    assert [(p.side, p.a, p.b, p.kind) for p in summary.column_changes] == [
        ("支出", "合计", "预算数", "renamed"),
        ("支出", "人员经费", None, "removed"),
        ("支出", "公用经费", None, "removed"),
        ("支出", "项目支出", None, "removed"),
    ]


def test_every_format_names_them() -> None:
    result = budgetdiff.diff(DEPT, EDITED)
    said = (
        "columns of finance_summary: 支出: A 预算数 compared with B 合计; "
        "only in B, not compared: 人员经费, 公用经费, 项目支出"
    )
    for text in (render_plain(result), render_markdown(result)):
        assert said in text
        assert "支出:一般公共服务支出" in text and "▲ +100,000 " in text
    data = json.loads(render_json(result))
    assert data["columns"] == [
        {"table": "finance_summary", "side": "支出", "a": "预算数", "b": "合计", "change": c}
        if c == "renamed"
        else {"table": "finance_summary", "side": "支出", "a": None, "b": name, "change": c}
        for c, name in (
            ("renamed", "合计"),
            ("added", "人员经费"),
            ("added", "公用经费"),
            ("added", "项目支出"),
        )
    ]
    rows = list(csv.DictReader(io.StringIO(render_csv(result, bom=False))))
    columns = [(r["table"], r["name"], r["column"], r["a"], r["b"], r["change"]) for r in rows]
    assert ("finance_summary", "支出", "合计", "预算数", "合计", "renamed") in columns
    assert ("finance_summary", "支出", "人员经费", "", "人员经费", "added") in columns


def test_total_column_by_name_then_by_being_the_only_one() -> None:
    assert total_column(("合计", "人员经费", "公用经费", "项目支出")) == "合计"
    assert total_column(("预算数",)) == "预算数"
    assert total_column(("决算数",)) == "决算数"
    assert total_column(("年初结转和结余", "本年收入", "小计", "基本支出")) == "小计"
    assert total_column(("本年支出合计", "基本支出", "项目支出")) == "本年支出合计"
    assert total_column(("人员经费", "公用经费")) is None


def test_tables_with_the_same_columns_have_no_column_note() -> None:
    result = budgetdiff.diff(DEPT, DEPT)
    assert all(t.column_changes == () for t in result.tables)
    assert "columns of" not in render_plain(result)
