"""A diff as one CSV table: a row per changed cell, row, 三公 value, project field or span.

When a side was not wholly read, ``reading`` rows come first (lines and pages not
read on each side, and how many changes cannot be vouched for), and each change in
doubt says why in the last column, ``doubt``. A column compared under another name,
or printed on one side only, is a ``column`` row.

The number rules are the export CSVs' (``export/csv_export.py``): amounts exact (integer
yuan, or the exact decimal), empty for none, text guarded against formulas, and a byte
order mark for spreadsheet programs (left out on a terminal). Amounts are in ``unit``,
exact (``142.05`` 万元, never rounded); ``pct`` has two decimals, or as many as it takes
to show a change that is not zero (``0.0017``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from decimal import Decimal

from budgetdiff.diffing.model import CellChange, Diff, Doubt, RowChange
from budgetdiff.export.csv_export import cell_text
from budgetdiff.money import UNIT_FACTORS, Amount
from budgetdiff.render.diff_views import (
    code_order,
    column_text,
    doubt_text,
    reading_lines,
    row_label,
    table_stats,
)

HEADER = (
    "part",
    "table",
    "code",
    "name",
    "column",
    "a",
    "b",
    "delta",
    "pct",
    "change",
    "unit",
    "doubt",
)
STAT_HEADER = (
    "table",
    "changed",
    "added",
    "removed",
    "total_delta",
    "unit",
    "doubtful",
    "columns",
    "reclassified",
)
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


def _reading_rows(diff: Diff, row: Callable[..., None]) -> None:
    """Lines, pages and changes not vouched for on each side, A's in ``a`` and B's in ``b``."""
    partly = ", ".join(side.upper() for side in diff.partly_read)
    in_a, in_b = diff.a.reading, diff.b.reading
    counts = {"a": 0, "b": 0}
    for doubtful in diff.doubtful:
        if doubtful.doubt is not None:
            counts[doubtful.doubt.side] += 1
    label = f"partly read: {partly}" if partly else "not wholly read"
    row(
        "reading",
        None,
        None,
        "lines not read",
        None,
        in_a.unparsed,
        in_b.unparsed,
        None,
        None,
        label,
    )
    row("reading", None, None, "non-blank lines", None, in_a.lines, in_b.lines, None, None, None)
    pages_a, pages_b = len(in_a.unread_pages), len(in_b.unread_pages)
    row("reading", None, None, "pages not read", None, pages_a, pages_b, None, None, None)
    row(
        "reading",
        None,
        None,
        "changes not vouched for",
        None,
        counts["a"],
        counts["b"],
        None,
        None,
        None,
    )


def render_csv(diff: Diff, unit: str = "元", bom: bool = True) -> str:
    """The diff as CSV text in ``unit``; tables' cells and rows in code order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)

    def row(*cells: object, doubt: Doubt | None = None) -> None:
        why = doubt_text(doubt, diff) if doubt is not None else None
        writer.writerow([*_text(cells), unit, *_text([why])])

    if reading_lines(diff):
        _reading_rows(diff, row)
    for i in diff.identity:
        row("identity", None, None, i.field, None, i.a, i.b, None, None, "changed")
    for compared in diff.tables:
        for pair in compared.column_changes:
            row(
                "column",
                compared.table,
                None,
                pair.side,
                pair.name,
                pair.a,
                pair.b,
                None,
                None,
                pair.kind,
            )
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
            doubt=s.doubt,
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
            # a change of the classification says so in the name: (was …; merged by …)
            code, name = row_label(r) if r.reclassified is not None else (r.code, r.name)
            if r.kind == "renamed" and r.code is None and r.name in changed:
                # its cells are above: the rename is one row, the old name against the new
                row("row", r.table, None, name, None, r.old_name, r.name, None, None, r.kind)
                continue
            for column, value in r.values.items():
                moved = r.change(column)  # on both sides under other codes: A, B and Δ
                if moved is not None:
                    a, b, delta = moved.a, moved.b, moved.delta
                else:
                    a, b = (value, None) if r.on_a else (None, value)
                    if r.kind in ("renamed", "moved"):
                        a, b = None, value
                    delta = None
                row(
                    "row",
                    r.table,
                    code,
                    name,
                    column,
                    number(a, unit),
                    number(b, unit),
                    number(delta, unit),
                    pct(delta, a),
                    r.kind,
                    doubt=r.doubt,
                )
    for p in diff.projects:
        if not p.fields:
            row("project", None, None, p.name, None, None, None, None, None, p.kind, doubt=p.doubt)
        for f in p.fields:
            if (amounts := f.amounts) is not None:
                a, b = number(amounts.a, unit), number(amounts.b, unit)
                row(
                    "project",
                    None,
                    None,
                    p.name,
                    f.path,
                    a,
                    b,
                    number(amounts.delta, unit),
                    pct(amounts.delta, amounts.a),
                    f.kind,
                )
            else:
                row("project", None, None, p.name, f.path, f.a, f.b, None, None, f.kind)
    for t in diff.text:
        for n in t.numbers:
            row("text", None, None, t.section, None, n.a, n.b, None, None, "number")
        if not t.numbers:
            row("text", None, None, t.section, None, None, None, None, None, t.kind, doubt=t.doubt)
    checks = diff.checks
    for check in checks.new:
        row("check", None, None, check, None, None, "fail", None, None, "new failure")
    for check in checks.not_checked_in_a:
        row("check", None, None, check, None, "not checked", "fail", None, None, "not checked in A")
    for check in checks.fixed:
        row("check", None, None, check, None, "fail", None, None, None, "fixed")
    for check in checks.warning_in_b:
        row("check", None, None, check, None, "fail", "warn", None, None, "warning in B")
    for check in checks.not_checked_in_b:
        row("check", None, None, check, None, "fail", "not checked", None, None, "not checked in B")
    return (BOM if bom else "") + buffer.getvalue()


def render_csv_stat(diff: Diff, unit: str = "元", bom: bool = True) -> str:
    """``--stat`` as CSV: what was not read first (a row per line of ``reading_lines``, in
    ``table``), then a row per changed table (items changed, added, removed, the change of
    its total in ``unit`` — empty when not known —, how many changes cannot be vouched
    for, and its columns compared under another name or printed on one side only), then
    三公 as a table of its own."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(STAT_HEADER)
    for line in reading_lines(diff):
        writer.writerow(_text([line, None, None, None, None, unit, None, None, None]))
    for stat in table_stats(diff):
        total = number(stat.total, unit)
        found = stat.diff
        columns = column_text(found.column_changes) if found is not None else ""
        writer.writerow(
            _text(
                [
                    stat.table,
                    stat.changed,
                    stat.added,
                    stat.removed,
                    total,
                    unit,
                    stat.doubtful,
                    columns or None,
                    f"{stat.reclassified} by {stat.by}" if stat.reclassified else None,
                ]
            )
        )
    if diff.sangong:
        total = next((s.delta for s in diff.sangong if s.item == "合计"), None)
        doubtful = sum(1 for s in diff.sangong if s.doubt is not None)
        writer.writerow(
            _text(
                [
                    "sangong",
                    len(diff.sangong),
                    0,
                    0,
                    number(total or 0, unit),
                    unit,
                    doubtful,
                    None,
                    None,
                ]
            )
        )
    return (BOM if bom else "") + buffer.getvalue()
