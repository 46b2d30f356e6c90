"""A budget against its final accounts: the budget fixture written from the 财政局's 2024
figures (samples/pairs) against the real 2024 部门决算 PDF. Expected figures are in
tests/real/expected/sh_putuo_finance_2024_pair.py, written from the documents' figures."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from tests.real.expected import sh_putuo_finance_2024_pair as PAIR

import budgetdiff
from budgetdiff.diffing.model import Diff, TableDiff
from budgetdiff.money import yuan_of_wan

ROOT = Path(__file__).resolve().parents[2]


def wan(text: str | None) -> int | Decimal | None:
    return None if text is None else yuan_of_wan(Decimal(text.replace(",", "")))


@pytest.fixture(scope="module")
def pair() -> Diff:
    budget = budgetdiff.load(ROOT / PAIR.BUDGET)
    final = budgetdiff.load(ROOT / PAIR.FINAL)
    return budgetdiff.diff(budget, final)


def general_public(diff: Diff) -> TableDiff:
    (table,) = [t for t in diff.tables if t.table == "general_public"]
    return table


def test_the_pair_is_a_budget_against_its_final_accounts(pair: Diff) -> None:
    assert (pair.a.department, pair.a.year, pair.a.kind) == tuple(PAIR.IDENTITY.values())[:3]
    assert (pair.b.department, pair.b.year, pair.b.kind) == tuple(PAIR.FINAL_IDENTITY.values())
    assert pair.comparison == "budget_vs_final"
    assert not pair.identical
    assert {t.table for t in pair.tables} <= {"expenditure", "general_public"}


@pytest.mark.parametrize("code", [c for c in PAIR.COMPARISON if c != "合计"])
def test_completion_per_code_to_the_hundredth_of_a_percent(pair: Diff, code: str) -> None:
    budget, final, difference, rate = PAIR.COMPARISON[code]
    node = general_public(pair).node(code)
    assert node is not None and node.kind in (None, "amount", "rounding")
    change = node.change("合计")
    assert (change.a, change.b) == (wan(budget), wan(final))
    assert change.delta == wan(difference)
    assert change.completion == Decimal(rate)


def test_the_totals_and_their_columns(pair: Diff) -> None:
    (total,) = [n for n in general_public(pair).nodes if n.total]
    budget, final, difference, rate = PAIR.COMPARISON["合计"]
    change = total.change("合计")
    assert (change.a, change.b, change.delta) == (wan(budget), wan(final), wan(difference))
    assert change.completion == Decimal(rate)
    for column, (budget, final, difference, rate) in PAIR.COMPARISON_TOTAL_COLUMNS.items():
        change = total.change(column)
        assert (change.a, change.b, change.delta) == (wan(budget), wan(final), wan(difference))
        assert change.completion == Decimal(rate)


def test_the_final_accounts_state_the_budget_the_budget_prints(pair: Diff) -> None:
    stated = {s.item: s for s in pair.budgets}
    for code, figure in PAIR.NARRATIVE_BUDGET.items():
        assert stated[code].stated == wan(figure)
        assert stated[code].agrees is True
    assert [s.item for s in pair.budgets if s.agrees is False] == []


def test_a_misstated_budget_is_named() -> None:
    budget = budgetdiff.load(ROOT / PAIR.MISSTATED)
    final = budgetdiff.load(ROOT / PAIR.FINAL)
    diff = budgetdiff.diff(budget, final)
    (differing,) = [s for s in diff.budgets if s.agrees is False]
    item = PAIR.MISSTATED_ITEM
    assert differing.item == item["code"]
    assert differing.stated == wan(item["final_narrative_budget"])
    assert differing.budget == wan(item["misstated"])


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "budgetdiff", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_the_cli_shows_execution_per_code() -> None:
    result = _run(PAIR.BUDGET, PAIR.FINAL, "--format", "plain", "--unit", "万元")
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "预算 vs 决算" in out
    assert "执行情况 general_public 合计 (万元)" in out
    line = next(text for text in out.splitlines() if text.startswith("2010601 "))
    assert line.split()[2:] == ["1,560.05", "1,511.89", "▼", "-48.16", "96.91%"]


def test_the_json_carries_the_execution() -> None:
    result = _run(PAIR.MISSTATED, PAIR.FINAL, "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["comparison"] == "budget_vs_final"
    rows = {(r["table"], r["code"], r["column"]): r for r in data["execution"]}
    row = rows[("general_public", "2010601", "合计")]
    assert (row["budget"], row["final"], row["completion"]) == (15600500, 15118900, 96.91)
    (misstated,) = [b for b in data["budgets"] if b["agrees"] is False]
    assert (misstated["item"], misstated["stated"], misstated["budget"]) == (
        "2080501",
        855500,
        860500,
    )
