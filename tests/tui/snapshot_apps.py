"""The explorer on the samples, built for snapshot tests (and the docs' screenshots).

Each factory returns a fresh, not yet running ``BudgetApp`` with fixed
``Settings()`` (unit 元, theme textual-dark, increases red), never the user's
``config.toml``, so a snapshot depends on the code and the samples only. (The
documents' paths are absolute, but no snapshotted view shows them: only the
source screen, ``s``, does.)

The small ``App`` subclasses at the bottom take no arguments, so the module also
works as an app path (``textual run tests/tui/snapshot_apps.py:DiffApp``) to look
at the same screens by hand.
"""

from __future__ import annotations

from pathlib import Path

import budgetdiff
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"
"""A: the port office sample."""
DRAFT = ROOT / "samples" / "drafts" / "shanghai-port-office-2017-draft.txt"
"""B: the sample with planted edits (2080599 2,800 → 3,800; 公务接待费 47.4 → 47.5 万元)."""

BUDGET = ROOT / "samples" / "pairs" / "sh-putuo-finance-2024-budget.txt"
"""A budget made from the final accounts' own statements (samples/pairs/README.md)."""
FINAL = ROOT / "samples" / "real" / "sh-putuo-finance-2024-final.pdf"
"""B of the pair: the published 2024 部门决算 of 上海市普陀区财政局."""

SETTINGS = Settings(unit="元", theme="textual-dark", increase_red=True)
TERMINAL_SIZE = (120, 36)


def explorer_app() -> BudgetApp:
    """The explorer on the port sample alone."""
    return BudgetApp(budgetdiff.load(SAMPLE), settings=SETTINGS)


def diff_app() -> BudgetApp:
    """The explorer on the draft (B) relative to the port sample (A)."""
    return BudgetApp(budgetdiff.load(DRAFT), budgetdiff.load(SAMPLE), settings=SETTINGS)


def renumbered_app() -> BudgetApp:
    """B: the sample with income 2101101 行政单位医疗 renumbered 2101102; A: the sample."""
    from tests.diffing.test_union_tree import renumbered

    return BudgetApp(budgetdiff.parse(renumbered()), budgetdiff.load(SAMPLE), settings=SETTINGS)


def missing_summary_app() -> BudgetApp:
    """B: the sample without its 财务收支预算总表; A: the sample."""
    from tests.diffing.drafts import PORT_TEXT, delete_lines
    from tests.diffing.test_union_tree import FINANCE_SUMMARY

    b = budgetdiff.parse(delete_lines(PORT_TEXT, *FINANCE_SUMMARY))
    return BudgetApp(b, budgetdiff.load(SAMPLE), settings=SETTINGS)


def execution_app() -> BudgetApp:
    """The 决算 (B) against its budget (A), in 万元 (the unit both print)."""
    settings = Settings(unit="万元", theme="textual-dark", increase_red=True)
    return BudgetApp(budgetdiff.load(FINAL), budgetdiff.load(BUDGET), settings=settings)


class ExplorerApp(BudgetApp):
    """``explorer_app()`` as a class, for ``textual run``."""

    def __init__(self) -> None:
        super().__init__(budgetdiff.load(SAMPLE), settings=SETTINGS)


class DiffApp(BudgetApp):
    """``diff_app()`` as a class, for ``textual run``."""

    def __init__(self) -> None:
        super().__init__(budgetdiff.load(DRAFT), budgetdiff.load(SAMPLE), settings=SETTINGS)
