"""决算 checks (checks/final_accounts.py) on planted errors in a real document's text.

The text is the 财政局 决算's own, as the PDF reader gives it (tab-separated cells, one
visual line per line); each test changes it the way a careless edit would, and the
check must name what changed, and only that.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CheckResult, Document
from budgetdiff.parser.pdf_reader import read_pdf
from tests.real.documents import REAL

STEM = "sh-putuo-finance-2024-final"
ORIGINAL_PROBLEMS = [("final.narrative.figures", "fail"), ("final.narrative.shares", "fail")]
"""What the published document itself gets wrong (tests/real/test_real_finals.py)."""


@pytest.fixture(scope="module")
def text() -> str:
    path = REAL / f"{STEM}.pdf"
    return read_pdf(path.read_bytes(), str(path)).tab_text()[0]


def _problems(document: Document) -> list[CheckResult]:
    return [check for check in check_report(document) if check.status != "pass"]


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _without_table(text: str, title: str, next_title: str) -> str:
    lines = text.split("\n")
    start = lines.index(title)
    end = lines.index(next_title)
    return "\n".join(lines[:start] + lines[end:])


def test_the_text_reads_as_the_pdf(text):
    document = budgetdiff.parse(text)
    assert document.kind == "部门决算"
    assert sorted((c.id, c.status) for c in _problems(document)) == sorted(ORIGINAL_PROBLEMS)
    assert document.unparsed == ()


def test_planted_errors_are_each_named(text):
    planted = _replace_once(
        text,
        "决算数小于预算数的主要原因：人员进出及退休变化",
        "决算数大于预算数的主要原因：人员进出及退休变化",
    )
    # the 三公 data row: 合计 预算数 0.95 … 公务接待费 预算数 0.95; blank the last
    planted = _replace_once(planted, "\t0.95\t\n", "\t\t\n")
    planted = _replace_once(planted, "本年收入合计2946.25万元", "本年收入合计2956.25万元")
    planted = _without_table(
        planted, "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表"
    )
    document = budgetdiff.parse(planted)
    found = sorted((c.id, c.status, c.message) for c in _problems(document))
    want = [
        # the four planted errors
        ("final.narrative.direction", "fail", "行政运行's 决算数大于预算数"),
        ("final.sangong.sum", "fail", "三公 合计 预算数 (line 324): 0.95 万元, but"),
        ("final.narrative.figures", "fail", "本年收入合计 2956.25 万元"),
        ("final.tables.present", "fail", "the basic_expenditure table is missing"),
        # what they imply: a share of the changed total, statements of the deleted table
        ("final.narrative.shares", "fail", "财政拨款收入 2940.05 万元 is 99.79%"),
        ("final.narrative.figures", "warn", "人员经费 2152.26 万元"),
        ("final.narrative.figures", "warn", "公用经费 184.65 万元"),
        # the document's own
        ("final.narrative.figures", "fail", "财政拨款收入支出总计 0.3 万元"),
        ("final.narrative.shares", "fail", "一般公共服务支出 2106.66 万元 is 71.73%"),
    ]
    assert len(found) == len(want)
    for check_id, status, says in want:
        assert any(f[:2] == (check_id, status) and says in f[2] for f in found), says


def test_a_direction_word_matching_its_figures_passes(text):
    document = budgetdiff.parse(text)
    (direction,) = [c for c in check_report(document) if c.id == "final.narrative.direction"]
    assert direction.status == "pass"
    assert direction.message.startswith("13 checked")


def test_a_completion_rate_of_a_zero_budget_is_not_checkable(text):
    document = budgetdiff.parse(text)
    (rate,) = [c for c in check_report(document) if c.id == "final.narrative.rate"]
    assert rate.status == "pass"
    assert "2 not checkable" in rate.message  # 因公出国 and 公务用车: 0% of a blank budget


def test_a_rate_off_by_more_than_rounding_fails(text):
    planted = _replace_once(text, "成年初预算的98.20%", "成年初预算的98.21%")
    problems = _problems(budgetdiff.parse(planted))
    (rate,) = [c for c in problems if c.id == "final.narrative.rate"]
    assert "98.21%" in rate.message and "98.20%" in rate.message


def test_budget_checks_do_not_run_on_final_accounts(text):
    document = budgetdiff.parse(text)
    budget_only = ("tables.", "narrative.", "sangong.", "finance_summary.", "fiscal_summary.")
    assert not [c.id for c in check_report(document) if c.id.startswith(budget_only)]


def test_operating_cost_above_public_funds_fails(text):
    planted = _replace_once(text, "机关运行经费支出184.65万元", "机关运行经费支出190.00万元")
    problems = _problems(budgetdiff.parse(planted))
    (cost,) = [c for c in problems if c.id == "final.narrative.operating_cost"]
    assert cost.status == "fail" and "公用经费合计 184.65 万元" in cost.message


def test_per_item_budgets_that_do_not_add_up_fail(text):
    planted = _replace_once(text, "年初预算为135.90万元", "年初预算为235.90万元")
    problems = _problems(budgetdiff.parse(planted))
    assert [(c.id, c.status) for c in problems if c.id == "final.narrative.item_sums"] == [
        ("final.narrative.item_sums", "fail")
    ]


def test_the_diff_of_the_original_and_the_planted_reports_each_change(text, tmp_path):
    """``budgetdiff original planted`` on the same four planted errors: each is a change."""
    planted = _replace_once(
        text,
        "决算数小于预算数的主要原因：人员进出及退休变化",
        "决算数大于预算数的主要原因：人员进出及退休变化",
    )
    planted = _replace_once(planted, "\t0.95\t\n", "\t\t\n")
    planted = _replace_once(planted, "本年收入合计2946.25万元", "本年收入合计2956.25万元")
    planted = _without_table(
        planted, "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表"
    )
    diff = budgetdiff.diff(budgetdiff.parse(text), budgetdiff.parse(planted))
    assert diff.comparison == "draft_vs_published"
    assert not diff.identical
    numbers = {(n.a, n.b) for change in diff.text for n in change.numbers}
    assert ("2946.25", "2956.25") in numbers
    spans = {(s.a, s.b) for change in diff.text for s in change.spans}
    assert ("小", "大") in spans
    assert ("预算数:公务接待费", 9500, None) in {(s.item, s.a, s.b) for s in diff.sangong}
    (removed,) = [t for t in diff.tables if t.presence != "both"]
    assert (removed.table, removed.presence) == ("basic_expenditure", "removed")

    original, changed = tmp_path / "original.txt", tmp_path / "planted.txt"
    original.write_text(text, encoding="utf-8")
    changed.write_text(planted, encoding="utf-8")
    command = [sys.executable, "-m", "budgetdiff", str(original), str(changed), "--format"]
    result = subprocess.run([*command, "plain"], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "basic_expenditure (元) — only in A (table removed)" in result.stdout
    assert "预算数:公务接待费" in result.stdout
    assert "2946.25" in result.stdout and "2956.25" in result.stdout


def test_carry_over_lines_and_grand_totals_are_diffed(text):
    """Two 决算: a changed 年初结转和结余 and 总计 are changes of their own lines, and the
    total under the items is 本年收入合计, not 收入总计."""
    planted = _replace_once(
        text, "年初结转和结余\t49.14\t年末结转和结余", "年初结转和结余\t49.15\t年末结转和结余"
    )
    planted = _replace_once(planted, "总计\t2,995.39\t总计", "总计\t2,995.40\t总计")
    diff = budgetdiff.diff(budgetdiff.parse(text), budgetdiff.parse(planted))
    changed = {(c.table, c.name, c.a, c.b) for c in diff.cells}
    assert changed == {
        ("income_expenditure_summary", "收入:年初结转和结余", 491_400, 491_500),
        ("income_expenditure_summary", "收入总计", 29_953_900, 29_954_000),
    }
    (summary,) = [t for t in diff.tables if t.table == "income_expenditure_summary"]
    income = [(n.name, n.kind) for n in summary.nodes if n.side == "收入"]
    assert income[-3:] == [
        ("使用非财政拨款结余（含专用结余）", None),
        ("年初结转和结余", "amount"),
        ("收入总计", "amount"),
    ]
    assert ("本年收入合计", None) in income
