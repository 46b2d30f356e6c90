"""The explorer's views: their Chinese labels and the key that shows each.

A budget (部门预算) and final accounts (部门决算) print different tables, so the
number keys are slots: the same key shows the same kind of view in both, e.g. ``4``
the basic-expenditure breakdown (经济分类 of a budget, 基本支出决算表 of a 决算) and
``9`` the overall summary (财务收支总表, 收支决算总表). Tables with no slot (政府性基金,
国有资本经营, mostly empty) are reached from the palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from budgetdiff.names import FINAL_KINDS

VIEW_LABELS: dict[str, str] = {
    "overview": "概览",
    "expenditure": "支出",
    "income": "收入",
    "economic": "经济分类",
    "sangong": "三公",
    "projects": "项目",
    "narrative": "说明",
    "checks": "校验",
    "finance_summary": "财务收支总表",
    "fiscal_summary": "财政拨款收支总表",
    "general_public": "一般公共预算支出",
    "gov_fund": "政府性基金",
    "state_capital": "国有资本经营",
    "income_expenditure_summary": "收支决算总表",
    "basic_expenditure": "基本支出决算",
}
"""Each view's label in a budget (and of the views only final accounts have)."""
FINAL_VIEW_LABELS: dict[str, str] = {
    **VIEW_LABELS,
    "expenditure": "支出决算",
    "income": "收入决算",
    "fiscal_summary": "财政拨款收支决算总表",
    "general_public": "一般公共预算支出决算",
    "gov_fund": "政府性基金决算",
    "state_capital": "国有资本经营决算",
}
"""The labels in final accounts, after their tables' titles (支出决算表 …)."""

CODE_TREES: tuple[str, ...] = (
    "expenditure",
    "income",
    "economic",
    "basic_expenditure",
    "general_public",
    "gov_fund",
    "state_capital",
)
TWO_SIDED_TREES: tuple[str, ...] = (
    "finance_summary",
    "income_expenditure_summary",
    "fiscal_summary",
)
TREE_TABLES: tuple[str, ...] = CODE_TREES + TWO_SIDED_TREES
"""The tables shown as trees, each in the view of the same name."""


@dataclass(frozen=True)
class Slot:
    """A key and the view it shows in a budget and in final accounts."""

    key: str
    budget: str
    final: str

    def view(self, final: bool) -> str:
        return self.final if final else self.budget


SLOTS: tuple[Slot, ...] = (
    Slot("1", "overview", "overview"),
    Slot("2", "expenditure", "expenditure"),
    Slot("3", "income", "income"),
    Slot("4", "economic", "basic_expenditure"),
    Slot("5", "sangong", "sangong"),
    Slot("6", "projects", "projects"),
    Slot("7", "narrative", "narrative"),
    Slot("8", "checks", "checks"),
    Slot("9", "finance_summary", "income_expenditure_summary"),
    Slot("0", "fiscal_summary", "fiscal_summary"),
    Slot("p", "general_public", "general_public"),
)
"""The view keys, in the order the help lists them."""
PALETTE_ONLY: tuple[str, ...] = ("gov_fund", "state_capital")


def is_final(kind: str | None) -> bool:
    """True for the kind of a final-accounts document (部门决算, 单位决算)."""
    return kind in FINAL_KINDS


def views_of(final: bool) -> tuple[str, ...]:
    """Every view of a budget (or of final accounts), in key order."""
    return (*(slot.view(final) for slot in SLOTS), *PALETTE_ONLY)


def view_label(view: str, final: bool = False) -> str:
    """``支出`` (a budget's) or ``支出决算`` (final accounts')."""
    return (FINAL_VIEW_LABELS if final else VIEW_LABELS).get(view, view)


def table_name(view: str, final: bool = False) -> str:
    """The label as a table's name: ``支出表``, ``财务收支总表`` (no second 表)."""
    label = view_label(view, final)
    return label if label.endswith("表") else f"{label}表"
