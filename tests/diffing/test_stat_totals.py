"""Issue 16, item 17: ``--stat``'s total Δ of a removed table, or of tables whose total
columns are named differently, is the real difference, never 0.

Variations:

- ``economic gone``: the port-office sample without lines 224–268 (its economic table,
  title to the blank after 合计, whose 合计 prints 15906,334 = 15,906,334 元).
- ``summary gone``: the port-office sample without lines 87–102 (its 财务收支预算总表:
  6 收入 and 4 支出 items, 支出总计 194829,473).
- ``unit total edited``: the govoffice 2025 单位预算 (tab text of its PDF), line 121, the
  支出总计's 合计 91,016,775.35 → 91,116,775.35; A is the 部门预算, whose 支出总计 prints
  91,016,775.35 under 预算数 (page 8 of both, read from the images).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import budgetdiff
from budgetdiff.render.diff_csv import render_csv_stat
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_markdown, render_plain
from tests.conftest import replace_on_line
from tests.diffing.drafts import PORT_TEXT, delete_lines
from tests.diffing.test_columns import DEPT, UNIT_TEXT

PORT = budgetdiff.parse(PORT_TEXT)
ECONOMIC_GONE = budgetdiff.parse(delete_lines(PORT_TEXT, 224, 268))
SUMMARY_GONE = budgetdiff.parse(delete_lines(PORT_TEXT, 87, 102))
UNIT_TOTAL = budgetdiff.parse(
    replace_on_line(UNIT_TEXT, 121, "91,016,775.35\t22", "91,116,775.35\t22")
)


def _stat_rows(diff: budgetdiff.Diff) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(io.StringIO(render_csv_stat(diff, bom=False)))
    return {row["table"]: row for row in rows}


def test_a_removed_table_changes_the_total_by_all_it_held() -> None:
    assert "economic" not in ECONOMIC_GONE.tables
    result = budgetdiff.diff(PORT, ECONOMIC_GONE)
    economic = next(t for t in result.tables if t.table == "economic")
    assert economic.total is not None
    assert (economic.total.a, economic.total.b, economic.total.delta) == (
        15_906_334,
        None,
        -15_906_334,
    )
    line = "economic: 0 changed, 0 added, 33 removed, total Δ ▼ -15,906,334 (元); table only in A"
    assert line in render_plain(result, stat=True)
    assert f"- {line}" in render_markdown(result, stat=True)
    assert _stat_rows(result)["economic"]["total_delta"] == "-15906334"
    assert _stat_rows(budgetdiff.diff(ECONOMIC_GONE, PORT))["economic"]["total_delta"] == "15906334"


def test_a_removed_two_sided_table_counts_its_expenditure_total() -> None:
    result = budgetdiff.diff(PORT, SUMMARY_GONE)
    assert _stat_rows(result)["finance_summary"]["total_delta"] == "-194829473"
    assert "finance_summary: 0 changed, 0 added, 10 removed, total Δ ▼ -194,829,473" in (
        render_plain(result, stat=True)
    )


def test_total_columns_named_differently_are_compared() -> None:
    result = budgetdiff.diff(DEPT, UNIT_TOTAL)
    summary = next(t for t in result.tables if t.table == "finance_summary")
    assert summary.total is not None
    assert (summary.total.column_a, summary.total.column_b) == ("预算数", "合计")
    assert summary.total.delta == 100_000
    stat = render_plain(result, stat=True)
    assert (
        "finance_summary: 1 changed, 0 added, 0 removed, total Δ ▲ +100,000 (元), "
        "A 预算数 against B 合计" in stat
    )
    assert Decimal(_stat_rows(result)["finance_summary"]["total_delta"]) == 100_000
    totals = json.loads(render_json(result))["totals"]
    assert totals == [
        {
            "table": "finance_summary",
            "a_column": "预算数",
            "b_column": "合计",
            "a": 91016775.35,
            "b": 91116775.35,
            "delta": 100000,
            "pct": 0.11,
        }
    ]


def test_an_unchanged_total_is_zero_and_said_so() -> None:
    """The 部门 and 单位 summaries print the same 支出总计: Δ 0, with the columns named."""
    stat = render_plain(budgetdiff.diff(DEPT, budgetdiff.parse(UNIT_TEXT)), stat=True)
    assert (
        "finance_summary: 0 changed, 0 added, 0 removed, total Δ 0 (元), A 预算数 against B 合计"
        in stat
    )
