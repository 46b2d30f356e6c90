"""Issue 16, item 15: "fixed in B" only for a check that failed in A and passed in B; a
check that could not run in B is "not checked in B".

Variations of the port-office sample:

- ``sangong wrong``: line 276, the 三公 合计 142.05 → 143.05 万元 (its parts still add to
  142.05): ``sangong.sum`` fails.
- ``sangong gone``: lines 269–277 (the 三公 table) deleted: no 三公 check runs at all.
- ``row wrong``: line 146, 2010301 行政运行 合计 13270,732 → 13370,732 (its parent and
  its columns left as they were): ``tree.sum``, ``row.sum`` and
  ``cross.income_expenditure`` fail on the expenditure table.
- ``expenditure gone``: lines 134–164 (the expenditure table) deleted: ``tree.sum`` and
  ``row.sum`` still run, and pass, on the other tables, but not on the one they failed on.
"""

from __future__ import annotations

import csv
import io
import json

import budgetdiff
from budgetdiff.diffing.engine import outcomes
from budgetdiff.diffing.model import ChecksDiff
from budgetdiff.model import CheckReport, CheckResult
from budgetdiff.render.diff_csv import render_csv
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_markdown, render_plain
from tests.conftest import PORT_PATH, replace_on_line
from tests.diffing.drafts import DRAFTS, PORT_TEXT, delete_lines

SANGONG_WRONG = budgetdiff.parse(replace_on_line(PORT_TEXT, 276, "142.05\t84.15", "143.05\t84.15"))
SANGONG_GONE = budgetdiff.parse(delete_lines(PORT_TEXT, 269, 277))
ROW_WRONG = budgetdiff.parse(replace_on_line(PORT_TEXT, 146, "13270,732", "13370,732"))
EXPENDITURE_GONE = budgetdiff.parse(delete_lines(PORT_TEXT, 134, 164))
PORT = budgetdiff.load(PORT_PATH)


def test_a_check_that_cannot_run_in_b_is_not_fixed() -> None:
    result = budgetdiff.diff(SANGONG_WRONG, SANGONG_GONE)
    assert result.checks.a == ("sangong.sum",)
    assert result.checks.fixed == ()
    assert result.checks.not_checked_in_b == ("sangong.sum",)
    assert result.checks.new == ("tables.present",)  # B lacks the table: a failure of B's


def test_a_check_passing_in_b_on_other_tables_is_not_fixed() -> None:
    """``tree.sum`` passes in B, but on tables other than the one it failed on in A."""
    result = budgetdiff.diff(ROW_WRONG, EXPENDITURE_GONE)
    assert set(result.checks.a) == {"tree.sum", "row.sum", "cross.income_expenditure"}
    assert {r.id for r in budgetdiff.check(EXPENDITURE_GONE).passed} >= {"tree.sum", "row.sum"}
    assert result.checks.fixed == ()
    assert set(result.checks.not_checked_in_b) == set(result.checks.a)


def test_a_check_that_passes_in_b_is_fixed() -> None:
    assert budgetdiff.diff(SANGONG_WRONG, PORT).checks.fixed == ("sangong.sum",)
    assert set(budgetdiff.diff(ROW_WRONG, PORT).checks.fixed) == {
        "tree.sum",
        "row.sum",
        "cross.income_expenditure",
    }
    draft = next(d for d in DRAFTS if d.name == "amount, totals not fixed")
    assert budgetdiff.diff(budgetdiff.parse(draft.text), PORT).checks.not_checked_in_b == ()


def test_the_other_way_round_a_failure_a_could_not_check_is_not_new() -> None:
    result = budgetdiff.diff(SANGONG_GONE, SANGONG_WRONG)
    assert result.checks.fixed == ("tables.present",)
    assert result.checks.new == ()
    assert result.checks.not_checked_in_a == ("sangong.sum",)


def test_every_format_says_not_checked() -> None:
    result = budgetdiff.diff(SANGONG_WRONG, SANGONG_GONE)
    for text in (render_plain(result), render_markdown(result)):
        assert "checks: failing in A, not checked in B: sangong.sum" in text
        assert "fixed in B" not in text
    checks = json.loads(render_json(result))["checks"]
    assert (checks["fixed"], checks["not_checked_in_b"]) == ([], ["sangong.sum"])
    rows = list(csv.DictReader(io.StringIO(render_csv(result, bom=False))))
    (row,) = [r for r in rows if r["name"] == "sangong.sum"]
    assert (row["part"], row["a"], row["b"], row["change"]) == (
        "check",
        "fail",
        "not checked",
        "not checked in B",
    )


def _report(*results: CheckResult) -> CheckReport:
    return CheckReport(results)


def test_any_check_id_is_handled_alike() -> None:
    """An id no code here knows (a check another change adds), failing in A on the
    economic table's row 30101: what it is in B follows from B's results alone."""
    failing = _report(CheckResult("some.future_check", "fail", "x", table="economic", code="30101"))
    gone = budgetdiff.parse(delete_lines(PORT_TEXT, 234, 234))  # 30101 基本工资 deleted
    assert gone.tables["economic"].get("30101") is None  # type: ignore[union-attr]
    cases = {
        "not_checked": (_report(), PORT),
        "pass": (_report(CheckResult("some.future_check", "pass", "1 checked")), PORT),
        "warn": (_report(CheckResult("some.future_check", "warn", "w", strict=False)), PORT),
        "fail": (_report(CheckResult("some.future_check", "fail", "f")), PORT),
    }
    for outcome, (other, document) in cases.items():
        assert outcomes(failing, other, document) == {"some.future_check": outcome}
    passed = _report(CheckResult("some.future_check", "pass", "1 checked"))
    assert outcomes(failing, passed, gone) == {"some.future_check": "not_checked"}
    checks = ChecksDiff(("some.future_check",), (), in_b={"some.future_check": "warn"})
    assert (checks.fixed, checks.warning_in_b) == ((), ("some.future_check",))
