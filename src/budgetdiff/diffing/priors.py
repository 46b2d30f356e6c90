"""Year over year: the previous-year figures B's narrative states, against A's tables.

``比2024年预算减少2,389.52万元`` under a 2025 total says the 2024 budget was this year's
figure minus the change; A, the 2024 document, prints that figure in a table. A
per-项 statement's change (``比2024年预算减少134万元``) says the same of its 项, which A
prints under the code the previous year's classification gave it: across a change of
the classification A's figure is that of the codes that became B's (2017's 2040404 +
2040405 + 2040406 + 2040499 for 2018's 2040405). A per-项 statement's
``2023年当年预算执行数`` is the previous year's *execution*, which no budget prints: it
is listed beside A's budget figure, never called a disagreement. A change stated without
its base (``比上年减少``) in a budget is against the previous budget.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from budgetdiff.diffing.columns import total_column
from budgetdiff.diffing.crosswalk import NO_CROSSING, Crossing, Group, regroup, summed
from budgetdiff.diffing.model import ComparisonKind, PriorFigure, Reclassified
from budgetdiff.model import CodeTable, Document, ItemFigure, StatedChange, TwoSidedTable
from budgetdiff.money import Amount, yuan_of_wan
from budgetdiff.names import FINAL_KINDS

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

ITEM_TABLES: tuple[str, ...] = ("expenditure", "general_public")
"""Where A's figure of a per-项 statement is looked up, in order: the first that prints
the code (or the codes it came from)."""


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


def _comparable(change: StatedChange, a: Document) -> bool:
    """A change stated against the previous year's budget: its base printed as 预算, or
    not printed in a budget compared with a budget."""
    return change.base == BUDGET_BASE or (change.base is None and a.kind not in FINAL_KINDS)


def _earlier_item(
    a: Document, code: str, groups: Mapping[str, list[Group]]
) -> tuple[Amount | None, Reclassified | None]:
    """A's total (合计, or the one amount column) of the 项 B prints as ``code``: A's row
    of that code, or, when the classification joined it to other codes (``groups``, by
    table), the sum of A's codes that became it (None for one part of a split: A printed
    it within a larger code); 0 when A's tables have no such 项."""
    found = False
    for table_id in ITEM_TABLES:
        table_a = a.tables.get(table_id)
        if not isinstance(table_a, CodeTable):
            continue
        found = True
        column = total_column(table_a.columns) or "合计"
        for group in groups.get(table_id, ()):
            if code not in {row.code for row in group.new}:
                continue
            if len(group.new) > 1:
                return None, group.reclassified
            return summed([row.values for row in group.old]).get(column), group.reclassified
        row = table_a.get(code)
        if row is not None:
            return row.value(column), None
    return (0 if found else None), None


def _item_prior(
    a: Document, item: ItemFigure, groups: Mapping[str, list[Group]]
) -> PriorFigure | None:
    """The previous-year figure a per-项 statement gives (its 预算执行数, or this year's
    amount less the stated change), beside A's."""
    assert item.code is not None
    change = item.change
    base = change.base if change is not None else None
    earlier, reclassified = _earlier_item(a, item.code, groups)
    matches: bool | None = None
    if item.previous is not None:
        stated, line = item.previous.yuan, item.previous.line
    elif change is not None and change.previous is not None and change.prior_year == a.year:
        stated, line = yuan_of_wan(change.previous), change.line
        if _comparable(change, a) and earlier is not None:
            matches = _agrees(stated, earlier, change)
    else:
        return None
    return PriorFigure(
        "/".join(item.names),
        item.code,
        base,
        stated,
        earlier,
        matches,
        change.text if change is not None else "",
        line,
        reclassified,
    )


def prior_figures(
    a: Document, b: Document, comparison: ComparisonKind, across: Crossing = NO_CROSSING
) -> tuple[PriorFigure, ...]:
    """B's stated previous-year totals and 项 figures beside A's, when A is that year; a
    项 across the changes of the classification ``across``."""
    if comparison != "year_over_year" or a.year is None or b.year != a.year + 1:
        return ()
    found: list[PriorFigure] = []
    for change in b.narrative.total_changes:
        if change.prior_year != a.year:
            continue
        earlier = _total(a, change.item)
        stated = _previous(change)
        comparable = _comparable(change, a) and stated is not None and earlier is not None
        matches = _agrees(stated, earlier, change) if comparable else None  # type: ignore[arg-type]
        found.append(
            PriorFigure(
                change.item, None, change.base, stated, earlier, matches, change.text, change.line
            )
        )
    groups: dict[str, list[Group]] = {}
    for table_id in ITEM_TABLES:
        table_a, table_b = a.tables.get(table_id), b.tables.get(table_id)
        if isinstance(table_a, CodeTable) and isinstance(table_b, CodeTable):
            groups[table_id] = regroup(table_a, table_b, across)
    for item in b.narrative.items:
        if item.code is not None and (prior := _item_prior(a, item, groups)) is not None:
            found.append(prior)
    return tuple(found)
