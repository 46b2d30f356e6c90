"""How two tables' columns meet: by name, and the total column by role.

A 部门 summary prints one amount column, ``预算数``; a 单位 summary prints ``合计``,
``人员经费``, ``公用经费`` and ``项目支出``. Columns of one name are compared; each
side's *total column* is compared with the other's whatever it is called; every
other column belongs to one side only and is named as such (``ColumnPair``), never
dropped in silence.

A side's total column is the first column named as a total (``TOTAL_NAMES``, or a
name ending in one: ``本年支出合计``); failing that, its only column when it has one
(``预算数``, ``决算数``). A's figures are then looked at under B's names
(``in_b_names``), so the cells, rows, rollups and union tree all compare like with
like.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from budgetdiff.diffing.model import ColumnPair, TableDiff, TableTotal
from budgetdiff.model import CodeTable, Document, SideItem, Table, TwoSidedTable, Values
from budgetdiff.money import Amount
from budgetdiff.record import replace

TOTAL_NAMES: tuple[str, ...] = ("合计", "总计", "小计")
"""Names of a total column; a name ending in one (``本年支出合计``) is one too."""

SIDES: tuple[str, ...] = ("收入", "支出")


def total_column(columns: tuple[str, ...]) -> str | None:
    """The column holding a row's total: the first named as a total, else the only one."""
    named = next((c for c in columns if c.endswith(TOTAL_NAMES)), None)
    if named is not None:
        return named
    return columns[0] if len(columns) == 1 else None


def pair_columns(
    side: str | None, a: tuple[str, ...], b: tuple[str, ...]
) -> tuple[ColumnPair, ...]:
    """B's columns in order, each with A's column of that name (or A's total column for
    B's total column, when neither name is on the other side), then A's other columns."""
    total_a, total_b = total_column(a), total_column(b)
    renamed = (
        total_a is not None
        and total_b is not None
        and total_a != total_b
        and total_a not in b
        and total_b not in a
    )
    pairs: list[ColumnPair] = []
    for column in b:
        if column in a:
            pairs.append(ColumnPair(side, column, column))
        elif renamed and column == total_b:
            pairs.append(ColumnPair(side, total_a, column))
        else:
            pairs.append(ColumnPair(side, None, column))
    paired = {pair.a for pair in pairs}
    pairs.extend(ColumnPair(side, column, None) for column in a if column not in paired)
    return tuple(pairs)


def table_pairs(a: Table | None, b: Table | None) -> tuple[ColumnPair, ...]:
    """How the columns of a table both documents have meet (empty when one lacks it)."""
    if isinstance(a, CodeTable) and isinstance(b, CodeTable):
        return pair_columns(None, a.columns, b.columns)
    if isinstance(a, TwoSidedTable) and isinstance(b, TwoSidedTable):
        return (
            *pair_columns("收入", a.income_columns, b.income_columns),
            *pair_columns("支出", a.expenditure_columns, b.expenditure_columns),
        )
    return ()


def _names(pairs: tuple[ColumnPair, ...], side: str | None) -> Mapping[str, str]:
    """A's name → B's of ``side``'s columns compared under another name."""
    return {p.a: p.b for p in pairs if p.side == side and p.a and p.b and p.a != p.b}


def _renamer(
    pairs: tuple[ColumnPair, ...], side: str | None
) -> Callable[[Values | None], Values | None]:
    names = _names(pairs, side)

    def rename(values: Values | None) -> Values | None:
        if values is None or not names:
            return values
        return {names.get(column, column): value for column, value in values.items()}

    return rename


def _items(
    items: tuple[SideItem, ...], rename: Callable[[Values | None], Values | None]
) -> tuple[SideItem, ...]:
    return tuple(replace(item, values=rename(item.values) or {}) for item in items)


def in_b_names(a: Table, pairs: tuple[ColumnPair, ...]) -> Table:
    """Table ``a`` with each column B names otherwise under B's name."""
    if not any(pair.kind == "renamed" for pair in pairs):
        return a
    if isinstance(a, CodeTable):
        rename = _renamer(pairs, None)
        return replace(
            a,
            columns=tuple(_names(pairs, None).get(c, c) for c in a.columns),
            rows=tuple(replace(row, values=rename(row.values) or {}) for row in a.rows),
            duplicates=tuple(replace(row, values=rename(row.values) or {}) for row in a.duplicates),
            total=rename(a.total),
        )
    income, spending = _renamer(pairs, "收入"), _renamer(pairs, "支出")
    return replace(
        a,
        income_columns=tuple(_names(pairs, "收入").get(c, c) for c in a.income_columns),
        expenditure_columns=tuple(_names(pairs, "支出").get(c, c) for c in a.expenditure_columns),
        income_items=_items(a.income_items, income),
        expenditure_items=_items(a.expenditure_items, spending),
        income_below=_items(a.income_below, income),
        expenditure_below=_items(a.expenditure_below, spending),
        income_total=income(a.income_total),
        expenditure_total=spending(a.expenditure_total),
        income_grand_total=income(a.income_grand_total),
        expenditure_grand_total=spending(a.expenditure_grand_total),
    )


def in_b_columns(a: Document, b: Document) -> Document:
    """Document ``a`` with the tables ``b`` has too under B's column names."""
    tables = {
        table_id: in_b_names(table, table_pairs(table, b.tables.get(table_id)))
        for table_id, table in a.tables.items()
    }
    return replace(a, tables=tables)


def table_total(table: Table | None) -> tuple[str | None, Amount | None]:
    """(total column, the table's total there): the 合计 row's figure (a two-sided
    table: 支出总计, a 决算's grand 总计 first), else the sum of the top rows; (None, None)
    for no table."""
    if table is None:
        return None, None
    if isinstance(table, CodeTable):
        column = total_column(table.columns)
        tops: list[Values] = [row.values for row in table.roots()]
        printed = table.total
    else:
        column = total_column(table.expenditure_columns)
        tops = [item.values for item in table.expenditure_items if item.level == 1]
        printed = (
            table.expenditure_grand_total
            if table.expenditure_grand_total is not None
            else table.expenditure_total
        )
    if column is None:
        return None, None
    if printed is not None and printed.get(column) is not None:
        return column, printed.get(column)
    if not tops:
        return column, None
    return column, sum((values.get(column) or 0 for values in tops), 0)


def total_of(a: Table | None, b: Table | None) -> TableTotal | None:
    """The totals of a table on each side (B's table against A's); None when a side
    that has the table has no total column."""
    column_a, amount_a = table_total(a)
    column_b, amount_b = table_total(b)
    if (a is not None and column_a is None) or (b is not None and column_b is None):
        return None  # a table whose total column is not known: its total is not either
    return TableTotal(column_a, column_b, amount_a, amount_b)


def with_columns(tables: tuple[TableDiff, ...], a: Document, b: Document) -> tuple[TableDiff, ...]:
    """``tables`` with how their columns meet and their totals on each side."""
    return tuple(
        replace(
            table,
            column_pairs=table_pairs(a.tables.get(table.table), b.tables.get(table.table)),
            total=total_of(a.tables.get(table.table), b.tables.get(table.table)),
        )
        for table in tables
    )
