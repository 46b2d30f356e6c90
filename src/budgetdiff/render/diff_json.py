"""The JSON contract of a diff (schema ``budgetdiff.diff/1``); see docs/json.md."""

from __future__ import annotations

from typing import Any

from budgetdiff.diffing.model import AmountChange, Diff, DocumentRef, Doubt, Reclassified, RowChange
from budgetdiff.export.json_export import amount, dumps, values
from budgetdiff.model import ReadCoverage

SCHEMA = "budgetdiff.diff/1"


def _side(ref: DocumentRef) -> dict[str, Any]:
    return {"path": ref.path, "department": ref.department, "year": ref.year, "kind": ref.kind}


def _reading(reading: ReadCoverage) -> dict[str, Any]:
    return {
        "partly": reading.partly,
        "unparsed": reading.unparsed,
        "lines": reading.lines,
        "unread_pages": [{"page": p.page, "reason": p.reason} for p in reading.unread_pages],
    }


def _doubt(doubt: Doubt | None) -> dict[str, Any] | None:
    if doubt is None:
        return None
    return {
        "side": doubt.side,
        "reason": doubt.reason,
        "lines": list(doubt.lines),
        "pages": list(doubt.pages),
    }


def _reclassified(found: Reclassified | None) -> dict[str, Any] | None:
    """Which change of the classification joined the codes: the crosswalk's entries
    (``since``, ``source``, ``basis``), A's codes and B's as each side prints them."""
    if found is None:
        return None
    return {
        "by": found.label,
        "changes": [
            {
                "since": change.since,
                "shape": change.shape,
                "source": change.source,
                "basis": change.basis,
            }
            for change in found.changes
        ],
        "old": [{"code": coded.code, "name": coded.name} for coded in found.old],
        "new": [{"code": coded.code, "name": coded.name} for coded in found.new],
    }


def _deltas(row: RowChange) -> dict[str, Any] | None:
    if row.old_values is None:
        return None
    changes = {column: row.change(column) for column in row.values}
    return {column: amount(c.delta) for column, c in changes.items() if c is not None}


def _field(
    path: str, a: object, b: object, kind: str, amounts: AmountChange | None
) -> dict[str, Any]:
    return {
        "path": path,
        "a": _plain(a),
        "b": _plain(b),
        "kind": kind,
        "delta": amount(amounts.delta) if amounts is not None else None,
        "pct": amount(amounts.pct) if amounts is not None else None,
    }


def _plain(value: object) -> object:
    """A FieldChange value as JSON: amounts exact, everything else as is or as text."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int) or value.__class__.__name__ == "Decimal":
        return amount(value)  # type: ignore[arg-type]
    return str(value)


def diff_dict(diff: Diff) -> dict[str, Any]:
    """The whole diff as the ``budgetdiff.diff/1`` structure.

    Where a side was read page by page (a PDF), each ``a_line`` / ``b_line`` has
    ``a_page`` and ``a_page_line`` (``b_…``) beside it, and each statement's ``line``
    its ``page`` and ``page_line``.
    """
    data = _diff_dict(diff)
    for key, items in data.items():
        if isinstance(items, list):
            for item in items:
                _add_pages(item, diff, key)
    return data


def _add_pages(item: object, diff: Diff, part: str) -> None:
    if not isinstance(item, dict):
        return
    for key, value in list(item.items()):
        if isinstance(value, list):
            for inner in value:
                _add_pages(inner, diff, part)
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        if key in ("a_line", "b_line"):
            ref, stem = (diff.a, "a_") if key == "a_line" else (diff.b, "b_")
        elif key == "line" and part in ("sangong_stated", "stated_previous"):
            ref, stem = (diff.a if item.get("side") == "a" else diff.b), ""
        else:
            continue
        found = ref.origin.get(value)
        if found:
            item[f"{stem}page"], item[f"{stem}page_line"] = found


def _execution(diff: Diff) -> list[dict[str, Any]]:
    """Budget against final accounts: every code and column of the shared tables."""
    if diff.comparison != "budget_vs_final":
        return []
    rows: list[dict[str, Any]] = []
    for table in diff.tables:
        for node in table.nodes:
            for column in table.columns:
                change = node.change(column)
                rows.append(
                    {
                        "table": table.table,
                        "code": node.code,
                        "name": node.name,
                        "column": column,
                        "budget": amount(change.a),
                        "final": amount(change.b),
                        "difference": amount(change.delta),
                        "completion": amount(change.completion),
                        "a_line": node.a_line,
                        "b_line": node.b_line,
                    }
                )
    return rows


def _diff_dict(diff: Diff) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "a": _side(diff.a),
        "b": _side(diff.b),
        "comparison": diff.comparison,
        "unread": list(diff.unread),
        "reading": {
            "a": _reading(diff.a.reading),
            "b": _reading(diff.b.reading),
            "partly_read": list(diff.partly_read),
            "doubtful": len(diff.doubtful),
        },
        "identical": diff.identical,
        "identity": [{"field": i.field, "a": i.a, "b": i.b} for i in diff.identity],
        "cells": [
            {
                "table": c.table,
                "code": c.code,
                "name": c.name,
                "level": c.level,
                "column": c.column,
                "a": amount(c.a),
                "b": amount(c.b),
                "delta": amount(c.delta),
                "pct": amount(c.pct),
                "kind": c.kind,
                "a_line": c.a_line,
                "b_line": c.b_line,
            }
            for c in diff.cells
        ],
        "rows": [
            {
                "table": r.table,
                "code": r.code,
                "name": r.name,
                "level": r.level,
                "change": r.kind,
                "values": values(r.values),
                "old_code": r.old_code,
                "old_name": r.old_name,
                "a_line": r.a_line,
                "b_line": r.b_line,
                "invisible_only": r.invisible_only,
                "doubt": _doubt(r.doubt),
                "old_values": values(r.old_values),
                "delta": _deltas(r),
                "reclassified": _reclassified(r.reclassified),
            }
            for r in diff.rows
        ],
        "execution": _execution(diff),
        "budgets": [
            {
                "item": s.item,
                "name": s.name,
                "stated": amount(s.stated),
                "budget": amount(s.budget),
                "agrees": s.agrees,
                "final_line": s.final_line,
                "budget_line": s.budget_line,
            }
            for s in diff.budgets
        ],
        "tables": [
            {"table": t.table, "title": t.title, "presence": t.presence, "doubt": _doubt(t.doubt)}
            for t in diff.tables
            if t.presence != "both"
        ],
        "columns": [
            {"table": t.table, "side": c.side, "a": c.a, "b": c.b, "change": c.kind}
            for t in diff.tables
            for c in t.column_changes
        ],
        "totals": [
            {
                "table": t.table,
                "a_column": t.total.column_a,
                "b_column": t.total.column_b,
                "a": amount(t.total.a),
                "b": amount(t.total.b),
                "delta": amount(t.total.delta),
                "pct": amount(t.total.pct),
            }
            for t in diff.tables
            if t.total is not None and t.total.delta
        ],
        "rollups": [
            {
                "table": r.table,
                "code": r.code,
                "name": r.name,
                "column": r.column,
                "delta": amount(r.delta),
                "own": r.own,
            }
            for r in diff.rollups
        ],
        "sangong": [
            {
                "item": s.item,
                "a": amount(s.a),
                "b": amount(s.b),
                "delta": amount(s.delta),
                "pct": amount(s.pct),
                "kind": s.kind,
                "doubt": _doubt(s.doubt),
            }
            for s in diff.sangong
        ],
        "sangong_stated": [
            {
                "side": s.side,
                "item": s.item,
                "direction": s.direction,
                "stated": amount(s.stated),
                "computed": amount(s.computed),
                "matches": s.matches,
                "text": s.text,
                "line": s.line,
            }
            for s in diff.stated
        ],
        "stated_previous": [
            {
                "item": p.item,
                "code": p.code,
                "base": p.base,
                "stated": amount(p.stated),
                "earlier": amount(p.earlier),
                "matches": p.matches,
                "text": p.text,
                "line": p.line,
                "reclassified": _reclassified(p.reclassified),
            }
            for p in diff.priors
        ],
        "projects": [
            {
                "name": p.name,
                "change": p.kind,
                "old_name": p.old_name,
                "fields": [_field(f.path, f.a, f.b, f.kind, f.amounts) for f in p.fields],
                "a_line": p.a_line,
                "b_line": p.b_line,
                "doubt": _doubt(p.doubt),
            }
            for p in diff.projects
        ],
        "text": [
            {
                "section": t.section,
                "change": t.kind,
                "similarity": round(t.similarity, 4),
                "spans": [
                    {"op": s.op, "a": s.a, "b": s.b, "a_line": s.a_line, "b_line": s.b_line}
                    for s in t.spans
                ],
                "numbers": [
                    {
                        "a": n.a,
                        "b": n.b,
                        "a_line": n.a_line,
                        "b_line": n.b_line,
                        "context": n.context,
                    }
                    for n in t.numbers
                ],
                "a_line": t.a_line,
                "b_line": t.b_line,
                "doubt": _doubt(t.doubt),
            }
            for t in diff.text
        ],
        "checks": {
            "a": list(diff.checks.a),
            "b": list(diff.checks.b),
            "new": list(diff.checks.new),
            "fixed": list(diff.checks.fixed),
            "warning_in_b": list(diff.checks.warning_in_b),
            "not_checked_in_a": list(diff.checks.not_checked_in_a),
            "not_checked_in_b": list(diff.checks.not_checked_in_b),
        },
    }


def render_json(diff: Diff) -> str:
    """The diff as JSON text, control characters escaped."""
    return dumps(diff_dict(diff)) + "\n"
