"""The engine's union tree (``Diff.tables``): every row of either side once, moved rows as
one node, tables present on one side only reported, and consistent with the CLI's
changed cells and rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.diffing.model import Diff, TableDiff
from tests.conftest import PORT_PATH
from tests.diffing.drafts import PORT_TEXT, delete_lines

INCOME_MEDICAL_LINE = 125
"""``210	11	01	行政单位医疗	580,080…`` in the income table of the port sample."""
FINANCE_SUMMARY = (87, 101)
"""The 财务收支预算总表 of the port sample: its heading to its 收入总计 line."""


def renumbered() -> str:
    lines = PORT_TEXT.split("\n")
    assert lines[INCOME_MEDICAL_LINE - 1].startswith("210\t11\t01\t行政单位医疗\t580,080")
    lines[INCOME_MEDICAL_LINE - 1] = lines[INCOME_MEDICAL_LINE - 1].replace("01", "02", 1)
    return "\n".join(lines)


def table(diff: Diff, table_id: str) -> TableDiff:
    (found,) = [t for t in diff.tables if t.table == table_id]
    return found


@pytest.fixture(scope="module")
def port() -> budgetdiff.Document:
    return budgetdiff.parse(PORT_TEXT)


def test_a_document_against_itself_has_every_row_unchanged(port: budgetdiff.Document) -> None:
    diff = budgetdiff.diff(port, port)
    assert {t.table for t in diff.tables} == set(port.tables)
    for found in diff.tables:
        assert found.presence == "both"
        assert [n for n in found.nodes if n.kind is not None or n.changed] == []
    expenditure = table(diff, "expenditure")
    codes = [n.code for n in expenditure.nodes if not n.total]
    assert codes == sorted(row.code for row in port.code_table("expenditure").rows)


def test_parents_come_before_their_children(port: budgetdiff.Document) -> None:
    diff = budgetdiff.diff(port, budgetdiff.parse(renumbered()))
    for found in diff.tables:
        seen: set[str] = set()
        for node in found.nodes:
            assert node.parent is None or node.parent in seen, (found.table, node.key)
            seen.add(node.key)


def test_a_renumbered_row_is_one_moved_node(port: budgetdiff.Document) -> None:
    diff = budgetdiff.diff(port, budgetdiff.parse(renumbered()))
    income = table(diff, "income")
    changed = [(n.key, n.kind, n.old_code) for n in income.nodes if n.kind is not None]
    assert changed == [("2101102", "moved", "2101101")]
    moved = income.node("2101102")
    assert moved is not None and moved.parent == "21011"
    assert moved.change("合计").a == moved.change("合计").b == 580_080
    assert moved.change("合计").delta == 0
    assert income.node("2101101") is None  # no separate removed row
    assert [(n.key, n.changed) for n in income.nodes if n.changed] == [
        ("210", True),
        ("21011", True),
        ("2101102", True),
    ]
    assert [(r.code, r.kind) for r in diff.rows] == [("2101102", "moved")]
    assert diff.cells == ()


def test_a_two_sided_table_missing_in_b_is_reported(
    port: budgetdiff.Document, tmp_path: Path
) -> None:
    cut = delete_lines(PORT_TEXT, *FINANCE_SUMMARY)
    other = budgetdiff.parse(cut)
    assert "finance_summary" not in other.tables
    diff = budgetdiff.diff(port, other)
    summary = table(diff, "finance_summary")
    assert summary.presence == "removed" and summary.shape == "two_sided"
    assert {n.kind for n in summary.nodes} == {"removed"}
    assert not diff.identical
    assert {(r.table, r.kind) for r in diff.rows} == {("finance_summary", "removed")}

    b = tmp_path / "b.txt"
    b.write_text(cut, encoding="utf-8")
    command = [sys.executable, "-m", "budgetdiff", str(PORT_PATH), str(b), "--only", "tables"]
    plain = subprocess.run([*command, "--format", "plain"], capture_output=True, text=True)
    assert plain.returncode == 1, plain.stderr
    assert "finance_summary (元) — only in A (table removed)" in plain.stdout
    assert "−       收入:财政拨款收入" in plain.stdout
    data = json.loads(
        subprocess.run([*command, "--format", "json"], capture_output=True, text=True).stdout
    )
    assert data["tables"] == [
        {
            "table": "finance_summary",
            "title": "2017 年部门财务收支预算总表",
            "presence": "removed",
            "doubt": None,  # B was wholly read: the table is not among lines it missed
        }
    ]


def test_an_empty_two_sided_table_only_in_one_side_is_a_difference(
    port: budgetdiff.Document,
) -> None:
    from budgetdiff.record import replace

    summary = port.tables["finance_summary"]
    empty = replace(summary, income_items=(), expenditure_items=())  # type: ignore[type-var]
    a = replace(port, tables={k: v for k, v in port.tables.items() if k != "finance_summary"})
    b = replace(a, tables={**a.tables, "finance_summary": empty})
    diff = budgetdiff.diff(a, b)
    assert table(diff, "finance_summary").presence == "added"
    assert not diff.identical


def test_two_sided_items_keep_their_sides_and_totals(port: budgetdiff.Document) -> None:
    lines = PORT_TEXT.split("\n")
    assert lines[94].startswith("一、财政拨款收入\t194829,473\t一、一般公共服务支出")
    lines[94] = lines[94].replace("194829,473", "194830,473", 1)
    diff = budgetdiff.diff(port, budgetdiff.parse("\n".join(lines)))
    summary = table(diff, "finance_summary")
    changed = [(n.side, n.name, n.kind) for n in summary.nodes if n.kind is not None]
    assert changed == [("收入", "一、财政拨款收入", "amount")]
    first = summary.nodes[0]
    assert first.change("预算数").delta == 1_000
    assert [n.name for n in summary.nodes if n.total] == ["收入总计", "支出总计"]
