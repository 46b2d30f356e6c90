"""Year over year: the previous-year figures B's narrative states, against A's tables.

``比2024年预算减少2,389.52万元`` under a 2025 total says the 2024 budget was this year's
figure minus the change; A, the 2024 document, prints that figure in a table. A
per-项 statement's ``2023年当年预算执行数`` is the previous year's *execution*, which
no budget prints: it is listed beside A's budget figure, never called a disagreement.
"""

from __future__ import annotations

from decimal import Decimal

from budgetdiff.diffing.model import ComparisonKind, PriorFigure
from budgetdiff.model import CodeTable, Document, StatedChange, TwoSidedTable
from budgetdiff.money import Amount, yuan_of_wan

BUDGET_BASE = "预算"
"""A change stated against the previous year's budget (not its execution)."""

TOTAL_SOURCES: dict[str, tuple[str, str]] = {
    "收入预算": ("finance_summary", "income"),
    "支出预算": ("finance_summary", "expenditure"),
    "财政拨款收入": ("fiscal_summary", "income"),
    "财政拨款支出预算": ("fiscal_summary", "expenditure"),
    "一般公共预算拨款支出预算": ("general_public", "合计"),
    "政府性基金拨款支出预算": ("gov_fund", "合计"),
    "国有资本经营预算拨款支出预算": ("state_capital", "合计"),
}
"""Each stated total and the table figure it is: (table id, side of a two-sided table or
the column of a classification table's 合计)."""


def _total(document: Document, item: str) -> Amount | None:
    source = TOTAL_SOURCES.get(item)
    table = document.tables.get(source[0]) if source else None
    if source is None or table is None:
        return None
    if isinstance(table, TwoSidedTable):
        values = table.income_total if source[1] == "income" else table.expenditure_total
        return next(iter(values.values()), None) if values else None
    if isinstance(table, CodeTable):
        if table.total is None:
            return 0 if not table.rows else None  # an empty table is 0; a cut one unknown
        return table.total.get(source[1]) or 0
    return None


def _previous(change: StatedChange) -> Amount | None:
    previous = change.previous
    return yuan_of_wan(previous) if previous is not None else None


def _agrees(stated: Amount, earlier: Amount, change: StatedChange) -> bool:
    """Equal to the printed precision of the stated figures (this year's and the change)."""
    steps = [s.half_step_yuan for s in (change.current,) if s is not None]
    if change.magnitude is not None:
        exponent = change.magnitude.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        steps.append(Decimal(10_000) / Decimal(10) ** places / 2)
    return abs(Decimal(stated) - Decimal(earlier)) <= sum(steps, Decimal(0))


def prior_figures(a: Document, b: Document, comparison: ComparisonKind) -> tuple[PriorFigure, ...]:
    """B's stated previous-year totals and 项 figures beside A's, when A is that year."""
    if comparison != "year_over_year" or a.year is None or b.year != a.year + 1:
        return ()
    found: list[PriorFigure] = []
    for change in b.narrative.total_changes:
        if change.prior_year != a.year:
            continue
        earlier = _total(a, change.item)
        stated = _previous(change)
        comparable = change.base == BUDGET_BASE and stated is not None and earlier is not None
        matches = _agrees(stated, earlier, change) if comparable else None  # type: ignore[arg-type]
        found.append(
            PriorFigure(
                change.item, None, change.base, stated, earlier, matches, change.text, change.line
            )
        )
    expenditure = a.tables.get("expenditure")
    for item in b.narrative.items:
        if item.code is None or item.previous is None or not isinstance(expenditure, CodeTable):
            continue
        row = expenditure.get(item.code)
        base = item.change.base if item.change is not None else None
        found.append(
            PriorFigure(
                "/".join(item.names),
                item.code,
                base,
                item.previous.yuan,
                row.value("合计") if row is not None else None,
                None,
                item.change.text if item.change is not None else "",
                item.previous.line,
            )
        )
    return tuple(found)
