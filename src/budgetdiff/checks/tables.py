"""Identities inside one classification table: the tree sums and the row sums."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache, partial

from budgetdiff.checks import tolerance
from budgetdiff.checks.findings import Finding, add, tally, yuan
from budgetdiff.model import TABLE_IDS, CodeTable, Document, Row, TwoSidedTable, Values
from budgetdiff.money import UNIT_FACTORS, Amount, fen_places
from budgetdiff.names import OPTIONAL_TABLE_IDS
from budgetdiff.parser.table_lines import declares_empty

ROW_PARTS: dict[str, tuple[str, ...]] = {
    "expenditure": ("基本支出", "项目支出"),
    "general_public": ("基本支出", "项目支出"),
    "gov_fund": ("基本支出", "项目支出"),
    "state_capital": ("基本支出", "项目支出"),
    "economic": ("人员经费", "公用经费"),
}
"""The columns that add up to 合计 in each table; income adds all its source columns."""

_CHILD_LEVEL = {"类": "款", "款": "项"}


def row_parts(table: CodeTable) -> tuple[str, ...]:
    """The columns whose sum is 合计 in ``table``."""
    if table.id in ROW_PARTS:
        return tuple(column for column in ROW_PARTS[table.id] if column in table.columns)
    return tuple(column for column in table.columns if column != "合计")


def declared_empty(table: CodeTable) -> bool:
    """True for a table without rows whose note says it is empty (no 合计 row needed)."""
    return not table.rows and table.note is not None and declares_empty(table.note)


def _where(table: CodeTable, row: Row) -> str:
    return f"{table.id} {row.code} {row.name} (line {row.line})"


def table_half_unit(table: CodeTable | TwoSidedTable) -> Decimal:
    """Half of the table's last printed digit, in yuan: 0.5 元 for whole yuan, 0.005 元
    for a table printed with fen, 50 元 for 万元 with two decimals."""
    if table.unit != "元":
        return Decimal(UNIT_FACTORS[table.unit]) / 200
    values: list[Values]
    if isinstance(table, TwoSidedTable):
        items = (*table.income_items, *table.expenditure_items)
        totals = (table.income_total, table.expenditure_total)
        values = [*(item.values for item in items), *(total for total in totals if total)]
    else:
        values = [table.total or {}, *(row.values for row in table.rows)]
    with_fen = fen_places(value for mapping in values for value in mapping.values())
    return Decimal("0.005") if with_fen else Decimal("0.5")


def rounded_sum(
    printed: Amount | None, parts: list[Amount | None], half: Callable[[], Decimal]
) -> tuple[bool, str | None, Amount]:
    """Whether ``printed`` = Σ ``parts``: exactly, or within the rounding of n + 1 printed
    figures (``tolerance.total``: a note then); and the sum. ``half`` gives half a
    printed unit, asked for only when the figures differ."""
    total = add(parts)
    if (printed or 0) == total:
        return True, None, total
    if tolerance.total(printed or 0, parts, half()) == "within rounding":
        return True, f"{abs(Decimal(printed or 0) - Decimal(total))} 元 off", total
    return False, None, total


def _tree_sums(table: CodeTable) -> Iterator[Finding]:
    held = 0
    half = cache(partial(table_half_unit, table))  # once a table, when first asked
    for row in table.rows:
        children = table.children(row)
        if not children:
            continue
        for column in table.columns:
            parts = [child.values.get(column) for child in children]
            holds, note, total = rounded_sum(row.values.get(column), parts, half)
            if holds and note is None:
                held += 1
                continue
            level = _CHILD_LEVEL.get(row.level, "children")
            yield Finding(
                "tree.sum",
                holds,
                f"{_where(table, row)} {column}: {yuan(row.value(column))}, "
                f"but its {len(children)} {level} add up to {yuan(total)}",
                table=table.id,
                code=row.code,
                line=row.line,
                note=f"{_where(table, row)} {column} {note}" if note else None,
            )
    if table.total is not None:
        roots = table.roots()
        for column in table.columns:
            parts = [root.values.get(column) for root in roots]
            holds, note, total = rounded_sum(table.total.get(column), parts, half)
            if holds and note is None:
                held += 1
                continue
            yield Finding(
                "tree.sum",
                holds,
                f"{table.id} 合计 {column} (line {table.total_line}): "
                f"{yuan(table.total.get(column))}, but its {len(roots)} 类 add up to {yuan(total)}",
                table=table.id,
                line=table.total_line,
                note=f"{table.id} 合计 {column} (line {table.total_line}) {note}" if note else None,
            )
    yield from tally("tree.sum", held)


def _row_sums(table: CodeTable) -> Iterator[Finding]:
    parts = row_parts(table)
    if "合计" not in table.columns or not parts:
        return
    subjects: list[tuple[Row | None, Values]] = [(row, row.values) for row in table.rows]
    if table.total is not None:
        subjects.append((None, table.total))
    held = 0
    half = cache(partial(table_half_unit, table))  # once a table, when first asked
    for row, values in subjects:
        total = values.get("合计")
        holds, note, parts_sum = rounded_sum(total, list(map(values.get, parts)), half)
        if holds and note is None:
            held += 1
            continue
        if row is None:
            where, code, line = f"{table.id} 合计 (line {table.total_line})", None, table.total_line
        else:
            where, code, line = _where(table, row), row.code, row.line
        yield Finding(
            "row.sum",
            holds,
            f"{where}: 合计 {yuan(total)}, but {' + '.join(parts)} = {yuan(parts_sum)}",
            table=table.id,
            code=code,
            line=line,
            note=f"{where} {note}" if note else None,
        )
    yield from tally("row.sum", held)


def _unique_codes(table: CodeTable) -> Iterator[Finding]:
    for row in table.duplicates:
        first = table.get(row.code)
        first_line = first.line if first is not None else None
        yield Finding(
            "table.unique_codes",
            False,
            f"{table.id} code {row.code} appears twice: line {first_line} "
            f"({first.name if first else ''}) and line {row.line} ({row.name}); "
            "the second row is left out of every sum",
            table=table.id,
            code=row.code,
            line=row.line,
        )
    yield from tally("table.unique_codes", len(table.rows))


def table_findings(document: Document) -> Iterator[Finding]:
    """Presence of the eight tables, their totals, tree sums and row sums."""
    for table_id in TABLE_IDS:
        if table_id in OPTIONAL_TABLE_IDS:
            continue
        present = (
            document.sangong is not None if table_id == "sangong" else table_id in document.tables
        )
        yield Finding("tables.present", present, f"the {table_id} table is missing", table=table_id)
    for table in document.tables.values():
        if isinstance(table, TwoSidedTable):
            for side, total, columns in (
                ("收入总计", table.income_total, table.income_columns),
                ("支出总计", table.expenditure_total, table.expenditure_columns),
            ):
                yield Finding(
                    "tables.total_present",
                    total is not None and bool(columns),
                    f"{table.id} (line {table.line}) has no {side} row",
                    table=table.id,
                    line=table.line,
                )
            continue
        yield Finding(
            "tables.total_present",
            table.total is not None or declared_empty(table),
            f"{table.id} (line {table.line}) has no 合计 row: the table may be cut off",
            table=table.id,
            line=table.line,
        )
        yield from _unique_codes(table)
        yield from _tree_sums(table)
        yield from _row_sums(table)
