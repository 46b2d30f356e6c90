"""A budget (部门预算) against its final accounts (部门决算): how the money was spent.

The two documents print the same classification tables (支出 and 一般公共预算 by
function code), so the budget's figure and the 决算 figure of each code are the A and
B of an ordinary table diff; a row's Δ is then 决算 − 预算 and its completion rate
决算 ÷ 预算 (``ColumnChange.completion``). What the diff adds here is the 决算
narrative's own ``年初预算为 X 万元`` per 项 and the 三公 预算数 it prints, each set
beside the budget document's figure (``StatedBudget``).
"""

from __future__ import annotations

from collections.abc import Iterator

from budgetdiff.diffing.model import StatedBudget
from budgetdiff.model import SANGONG_ITEMS, CodeTable, Document, Table, Values
from budgetdiff.money import Amount
from budgetdiff.names import FINAL_KINDS

EXECUTION_TABLES: tuple[str, ...] = ("expenditure", "general_public")
"""The tables a budget and its final accounts both print, by code, with the same
columns (合计, 基本支出, 项目支出)."""


def is_budget_against_final(a: Document, b: Document) -> bool:
    """A is a budget and B its final accounts (or the other way round)."""
    return (a.kind in FINAL_KINDS) != (b.kind in FINAL_KINDS) and None not in (a.kind, b.kind)


SAME_COLUMN: dict[str, str] = {"本年支出合计": "合计"}
"""A 决算 column and the budget column that holds the same figure."""


def _budget_columns(table: CodeTable) -> CodeTable:
    """``table`` with its columns named as a budget names them (本年支出合计 → 合计)."""
    from budgetdiff.record import replace

    if not any(column in SAME_COLUMN for column in table.columns):
        return table

    def renamed(values: Values | None) -> dict[str, Amount | None] | None:
        if values is None:
            return None
        return {SAME_COLUMN.get(column, column): value for column, value in values.items()}

    rows = tuple(replace(row, values=renamed(row.values) or {}) for row in table.rows)
    return replace(
        table,
        columns=tuple(SAME_COLUMN.get(column, column) for column in table.columns),
        rows=rows,
        total=renamed(table.total),
    )


def execution_tables(budget: Document, final: Document) -> tuple[Document, Document]:
    """The two documents with only the tables both print among ``EXECUTION_TABLES``,
    the 决算's columns named as the budget's."""
    from budgetdiff.record import replace

    shared = [t for t in EXECUTION_TABLES if t in budget.tables and t in final.tables]
    budget_tables = {t: budget.tables[t] for t in shared}
    final_tables: dict[str, Table] = {}
    for table_id in shared:
        table = final.tables[table_id]
        final_tables[table_id] = _budget_columns(table) if isinstance(table, CodeTable) else table
    return replace(budget, tables=budget_tables), replace(final, tables=final_tables)


def stated_budgets(a: Document, b: Document) -> tuple[StatedBudget, ...]:
    """The 决算's stated budgets (per-项 年初预算, the 三公 预算数) beside the budget's
    own figures, the budget being A or B."""
    budget, final = (a, b) if b.kind in FINAL_KINDS else (b, a)
    return tuple(_stated(budget, final))


def _stated(budget: Document, final: Document) -> Iterator[StatedBudget]:
    table = budget.tables.get("general_public")
    for execution in final.narrative.executions:
        if execution.code is None or execution.budget is None:
            continue
        row = table.get(execution.code) if isinstance(table, CodeTable) else None
        yield StatedBudget(
            item=execution.code,
            name=" ".join(execution.names),
            stated=execution.budget.yuan,
            budget=row.value("合计") if row is not None else None,
            tolerance=execution.budget.half_step_yuan,
            final_line=execution.line,
            budget_line=row.line if row is not None else None,
        )
    if final.sangong is None or not final.sangong.budget:
        return
    for item in SANGONG_ITEMS:
        if item not in final.sangong.budget:
            continue
        own = budget.sangong[item] if budget.sangong is not None else None
        yield StatedBudget(
            item=item,
            name=item,
            stated=final.sangong.budget.get(item),
            budget=own,
            tolerance=None,
            final_line=final.sangong.line,
            budget_line=budget.sangong.line if budget.sangong is not None else None,
        )
