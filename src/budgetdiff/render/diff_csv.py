"""A diff as one CSV table: a row per changed cell, row, 三公 value, project field or span."""

from __future__ import annotations

import csv
import io

from budgetdiff.diffing.model import Diff
from budgetdiff.export.csv_export import cell_text
from budgetdiff.export.json_export import amount

HEADER = ("part", "table", "code", "name", "column", "a", "b", "delta", "pct", "change")


def render_csv(diff: Diff) -> str:
    """The diff as CSV text (UTF-8, no BOM: it goes to stdout for scripts)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)

    def row(*cells: object) -> None:
        writer.writerow(
            [cell_text(c) if isinstance(c, str) else "" if c is None else str(c) for c in cells]
        )

    for i in diff.identity:
        row("identity", None, None, i.field, None, i.a, i.b, None, None, "changed")
    for s in diff.sangong:
        row(
            "sangong",
            "sangong",
            None,
            s.item,
            None,
            amount(s.a),
            amount(s.b),
            amount(s.delta),
            amount(s.pct),
            s.kind,
        )
    for c in diff.cells:
        row(
            "cell",
            c.table,
            c.code,
            c.name,
            c.column,
            amount(c.a),
            amount(c.b),
            amount(c.delta),
            amount(c.pct),
            c.kind,
        )
    for r in diff.rows:
        for column, value in r.values.items():
            a, b = (value, None) if r.on_a else (None, value)
            if r.kind in ("renamed", "moved"):
                a, b = None, value
            row("row", r.table, r.code, r.name, column, amount(a), amount(b), None, None, r.kind)
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
    return buffer.getvalue()
