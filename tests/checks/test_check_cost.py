"""A document with many broken sums is checked in time linear in its size.

Each failing sum asks for half a printed unit of its table (the rounding slack),
which scans every amount of the table; asked once per failing sum, a table of
6,000 rows with 300 broken sums took 2.5 s to check instead of 12 ms.
"""

from __future__ import annotations

from collections import Counter

import pytest

from budgetdiff.checks import check, final_accounts, tables
from budgetdiff.model import CodeTable, Document, Level
from budgetdiff.record import replace


def broken(document: Document) -> Document:
    """Every 项 of every table one yuan more, so every sum above a 项 fails."""
    edited = {}
    for table_id, table in document.tables.items():
        if isinstance(table, CodeTable):
            rows = tuple(
                replace(row, values={k: (v or 0) + 1 for k, v in row.values.items()})
                if row.level is Level.ITEM
                else row
                for row in table.rows
            )
            table = replace(table, rows=rows)
        edited[table_id] = table
    return replace(document, tables=edited)


def test_half_a_unit_is_worked_out_once_a_table(
    port_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: Counter[str] = Counter()
    real = tables.table_half_unit

    def counted(table: CodeTable) -> object:
        asked[table.id] += 1
        return real(table)

    monkeypatch.setattr(tables, "table_half_unit", counted)
    monkeypatch.setattr(final_accounts, "table_half_unit", counted)
    report = check(broken(port_doc))
    failed = Counter(result.table for result in report.failed if result.id == "tree.sum")
    assert sum(failed.values()) > 20  # the sums did break
    assert asked and max(asked.values()) <= 2  # the tree sums and the row sums
