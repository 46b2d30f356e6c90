"""Per-row sums of the two-sided summaries' expenditure side: 合计 = its parts.

财政拨款收支预算总表: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. 财务收支预算总表
of a 单位预算 splits its 预算数 into 人员经费 | 公用经费 | 项目支出 (the first two under a
基本支出 heading): 合计 = the three; a producer that prints 基本支出 as a column of its own
has 合计 = 基本支出 + 项目支出 and 基本支出 = 人员经费 + 公用经费. Every item line and the
支出总计 line, within the rounding of the printed figures (``rounded_sum``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, partial

from budgetdiff.checks.findings import Finding, tally, yuan
from budgetdiff.checks.tables import rounded_sum, table_half_unit
from budgetdiff.model import Document, TwoSidedTable, Values

_BASIC = "基本支出"
_BASIC_PARTS = ("人员经费", "公用经费")


def row_identities(columns: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(total column, its part columns) that each expenditure line of a summary obeys."""
    if "合计" not in columns:
        return ()
    parts = tuple(column for column in columns if column != "合计")
    if _BASIC in parts and all(part in parts for part in _BASIC_PARTS):
        top = tuple(column for column in parts if column not in _BASIC_PARTS)
        return (("合计", top), (_BASIC, _BASIC_PARTS))
    return (("合计", parts),) if parts else ()


def _lines(table: TwoSidedTable) -> Iterator[tuple[str, Values, int | None]]:
    for item in table.expenditure_items:
        yield item.name, item.values, item.line
    if table.expenditure_total is not None:
        yield "支出总计", table.expenditure_total, table.expenditure_total_line


def _row_sums(table: TwoSidedTable) -> Iterator[Finding]:
    identities = row_identities(table.expenditure_columns)
    held = 0
    half = cache(partial(table_half_unit, table))  # once a table, when first asked
    for name, values, line in _lines(table):
        for total, parts in identities:
            holds, note, summed = rounded_sum(
                values.get(total), [values.get(p) for p in parts], half
            )
            if holds and note is None:
                held += 1
                continue
            where = f"{table.id} {name} (line {line})"
            yield Finding(
                "row.sum",
                holds,
                f"{where}: {total} {yuan(values.get(total))}, but {' + '.join(parts)} = "
                f"{yuan(summed)}",
                table=table.id,
                line=line,
                note=f"{where} {total} {note}" if note else None,
            )
    yield from tally("row.sum", held)


def summary_row_findings(document: Document) -> Iterator[Finding]:
    """合计 = its parts on every expenditure line of finance_summary and fiscal_summary."""
    for table_id in ("finance_summary", "fiscal_summary"):
        table = document.tables.get(table_id)
        if isinstance(table, TwoSidedTable):
            yield from _row_sums(table)
