"""A diff as one CSV table: a row per changed cell, row, 三公 value, project field or span.

The number rules are the export CSVs' (``export/csv_export.py``): amounts exact (integer
yuan, or the exact decimal), empty for none, text guarded against formulas, and a byte
order mark for spreadsheet programs (left out on a terminal). Amounts are in ``unit``,
exact (``142.05`` 万元, never rounded); ``pct`` has two decimals, or as many as it takes
to show a change that is not zero (``0.0017``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

from budgetdiff.diffing.model import CellChange, Diff, RowChange
from budgetdiff.export.csv_export import cell_text
from budgetdiff.money import UNIT_FACTORS, Amount
from budgetdiff.render.diff_views import code_order, table_stats

HEADER = ("part", "table", "code", "name", "column", "a", "b", "delta", "pct", "change", "unit")
STAT_HEADER = ("table", "changed", "added", "removed", "total_delta", "unit")
BOM = "\ufeff"


def number(value: Amount | None, unit: str = "元") -> Amount | None:
    """An amount in ``unit``, exact (``Decimal("19041.0477")``); None for None."""
    if value is None:
        return None
    exact = Decimal(value) / UNIT_FACTORS[unit]
    return int(exact) if exact == exact.to_integral_value() else exact.normalize()


def pct(delta: Amount | None, a: Amount | None) -> Decimal | None:
    """``delta`` as a percentage of ``a`` to two decimals, or to two significant digits
    when two decimals would make a change read as none; None without a base."""
    if delta is None or not a:
        return None
    value = Decimal(delta) * 100 / Decimal(a)
    shown = value.quantize(Decimal("0.01"))
    if shown == 0 and value:
        shown = value.quantize(Decimal(1).scaleb(value.adjusted() - 1))
    return shown


def _text(cells: Iterable[object]) -> list[str]:
    """Text as the export CSVs write it (formulas guarded), numbers as plain digits."""
    return [
        f"{c:f}"
        if isinstance(c, Decimal)
        else cell_text(c)
        if isinstance(c, str)
        else ""
        if c is None
        else str(c)
        for c in cells
    ]


def render_csv(diff: Diff, unit: str = "元", bom: bool = True) -> str:
    """The diff as CSV text in ``unit``; tables' cells and rows in code order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)

    def row(*cells: object) -> None:
        writer.writerow([*_text(cells), unit])

    for i in diff.identity:
        row("identity", None, None, i.field, None, i.a, i.b, None, None, "changed")
    for s in diff.sangong:
        row(
            "sangong",
            "sangong",
            None,
            s.item,
            None,
            number(s.a, unit),
            number(s.b, unit),
            number(s.delta, unit),
            pct(s.delta, s.a),
            s.kind,
        )
    tables = list(dict.fromkeys([*(c.table for c in diff.cells), *(r.table for r in diff.rows)]))
    for table in tables:
        changes: list[CellChange | RowChange] = [c for c in diff.cells if c.table == table]
        changes += [r for r in diff.rows if r.table == table]
        changed = {c.name for c in diff.cells if c.table == table and c.code is None}
        for change in sorted(changes, key=code_order):
            if isinstance(change, CellChange):
                c = change
                row(
                    "cell",
                    c.table,
                    c.code,
                    c.name,
                    c.column,
                    number(c.a, unit),
                    number(c.b, unit),
                    number(c.delta, unit),
                    pct(c.delta, c.a),
                    c.kind,
                )
                continue
            r = change
            if r.kind == "renamed" and r.code is None and r.name in changed:
                # its cells are above: the rename is one row, the old name against the new
                row("row", r.table, None, r.name, None, r.old_name, r.name, None, None, r.kind)
                continue
            for column, value in r.values.items():
                a, b = (value, None) if r.on_a else (None, value)
                if r.kind in ("renamed", "moved"):
                    a, b = None, value
                row(
                    "row",
                    r.table,
                    r.code,
                    r.name,
                    column,
                    number(a, unit),
                    number(b, unit),
                    None,
                    None,
                    r.kind,
                )
    for p in diff.projects:
        if not p.fields:
            row("project", None, None, p.name, None, None, None, None, None, p.kind)
        for f in p.fields:
            row("project", None, None, p.name, f.path, f.a, f.b, None, None, f.kind)
    for t in diff.text:
        for n in t.numbers:
            row("text", None, None, t.section, None, n.a, n.b, None, None, "number")
        if not t.numbers:
            row("text", None, None, t.section, None, None, None, None, None, t.kind)
    for check in diff.checks.new:
        row("check", None, None, check, None, None, "fail", None, None, "new failure")
    for check in diff.checks.fixed:
        row("check", None, None, check, None, "fail", None, None, None, "fixed")
    return (BOM if bom else "") + buffer.getvalue()


def render_csv_stat(diff: Diff, unit: str = "元", bom: bool = True) -> str:
    """``--stat`` as CSV: a row per changed table (items changed, added, removed, and the
    change of its total in ``unit``), then 三公 as a table of its own."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(STAT_HEADER)
    for table, changed, added, removed, total in table_stats(diff):
        writer.writerow(_text([table, changed, added, removed, number(total or 0, unit), unit]))
    if diff.sangong:
        total = next((s.delta for s in diff.sangong if s.item == "合计"), None)
        writer.writerow(_text(["sangong", len(diff.sangong), 0, 0, number(total or 0, unit), unit]))
    return (BOM if bom else "") + buffer.getvalue()
