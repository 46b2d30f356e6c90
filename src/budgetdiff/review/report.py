"""The state of a review as text, markdown and JSON (``budgetdiff review A B``).

First which documents and which review file, then ``已审 N / M`` and the counts, the
changes by part, and the lists a reviewer acts on: queries with their notes, the
explanations, marks whose change is different now (已变化), changes not yet marked,
marks whose change is gone (resolved) and conflicting marks of other reviewers. The
text formats pass every document text through ``printable``; JSON is exact data
(``budgetdiff.review/1``, see docs/json.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from budgetdiff.diffing.model import DocumentRef, comparison_label
from budgetdiff.review.changes import PART_LABELS, ChangeItem
from budgetdiff.review.marks import STATUSES, Entry, Mark
from budgetdiff.review.session import ReviewSession
from budgetdiff.review.shown import mark_label, one_line, signature
from budgetdiff.text import printable

SCHEMA = "budgetdiff.review/1"


def headline(session: ReviewSession) -> str:
    """``已审 9 / 12: 通过 6, 已说明 2, 待查询 1; 未审 2, 已变化 1``."""
    review = session.review
    counts = review.counts()
    parts = [f"{status} {counts[status]}" for status in STATUSES]
    rest = [f"未审 {counts['unreviewed']}", f"已变化 {counts['changed']}"]
    text = f"已审 {review.reviewed} / {len(review.changes)}: {', '.join(parts)}; {', '.join(rest)}"
    extra = []
    if resolved := len(review.resolved):
        extra.append(f"resolved {resolved}")
    if conflicts := len(review.marks.conflicts):
        extra.append(f"conflicts {conflicts}")
    return text + (f"; {', '.join(extra)}" if extra else "")


def group_of(change: ChangeItem) -> str:
    """The line of ``changes by part`` a change counts on: a table's id, or the part."""
    if change.part in ("cell", "row", "table", "column") and change.table:
        return change.table
    return PART_LABELS[change.part]


def by_part(entries: Iterable[Entry]) -> list[tuple[str, dict[str, int]]]:
    """Per part (三公, each table, 项目, 说明, 校验): changes, and how many of each state."""
    found: dict[str, dict[str, int]] = {}
    for entry in entries:
        counts = found.setdefault(
            group_of(entry.change),
            dict.fromkeys(("changes", *STATUSES, "changed", "unreviewed"), 0),
        )
        counts["changes"] += 1
        counts[entry.status or entry.state] += 1
    return list(found.items())


def _ref_line(sign: str, ref: DocumentRef) -> str:
    digest = f"  sha256 {ref.sha256}" if ref.sha256 else ""
    return printable(f"{sign} {ref.label}{digest}")


def _mark_text(mark: Mark, status: bool = True) -> str:
    """``待查询 — alice 2025-06-01 10:00: note`` (without the verdict: ``status`` False)."""
    note = f": {mark.note}" if mark.note else ""
    return f"{mark.status} — {signature(mark)}{note}" if status else f"{signature(mark)}{note}"


def sections(session: ReviewSession, unit: str) -> list[tuple[str, list[str]]]:
    """The lists of the report, each a title and its lines (document text not yet gated)."""
    diff, review = session.diff, session.review
    entries = review.entries

    def line(change: ChangeItem) -> str:
        return one_line(change, diff, unit)

    queries = [e for e in entries if e.status == "待查询"]
    explained = [e for e in entries if e.status == "已说明"]
    changed = [e for e in entries if e.state == "changed"]
    unreviewed = [e for e in entries if e.state == "unreviewed"]
    disputed = [e for e in entries if e.conflicts]
    found: list[tuple[str, list[str]]] = [
        (
            "待查询 (queries)",
            [f"{line(e.change)} — {_mark_text(e.mark, False)}" for e in queries if e.mark],
        ),
        (
            "已说明 (explained)",
            [f"{line(e.change)} — {_mark_text(e.mark, False)}" for e in explained if e.mark],
        ),
        (
            "已变化 (marked, but the change is different now)",
            [
                f"{line(e.change)}; marked {_mark_text(e.mark)}, for "
                f"{e.mark.a or '∅'} → {e.mark.b or '∅'}"
                for e in changed
                if e.mark
            ],
        ),
        ("未审 (not marked)", [line(e.change) for e in unreviewed]),
        (
            "resolved (the change is gone; its mark is kept)",
            [
                f"{' / '.join(m.key)}: {m.a or '∅'} → {m.b or '∅'} — {_mark_text(m)}"
                for m in review.resolved
            ],
        ),
        (
            "conflicts (another reviewer's mark disagrees)",
            [
                f"{line(e.change)} — here {mark_label(e)}"
                + (
                    f" ({signature(e.mark)}{': ' + e.mark.note if e.mark.note else ''})"
                    if e.mark
                    else ""
                )
                + "; "
                + "; ".join(f"also {_mark_text(c)}" for c in e.conflicts)
                for e in disputed
            ],
        ),
    ]
    return [(title, lines) for title, lines in found if lines]


def _heading(session: ReviewSession) -> list[str]:
    diff = session.diff
    state = "" if session.exists else " (none yet: nothing marked)"
    reviewers = session.review.reviewers
    who = f" (reviewers: {', '.join(reviewers)})" if reviewers else ""
    return [
        f"budgetdiff review: B relative to A ({comparison_label(diff.comparison, diff.unread)})",
        _ref_line("--- a:", diff.a),
        _ref_line("+++ b:", diff.b),
        printable(f"review file: {session.path}{state}{who}"),
        *(printable(f"note: {note}") for note in session.notes),
    ]


def render_text(session: ReviewSession, unit: str = "元") -> str:
    """The state of the review as plain text."""
    from budgetdiff.render.plain import tabulated

    lines = [*_heading(session), "", headline(session)]
    groups = by_part(session.review.entries)
    if groups:
        headers = ["part", "changes", *STATUSES, "已变化", "未审"]
        rows = [
            [
                printable(name),
                *(str(counts[k]) for k in ("changes", *STATUSES, "changed", "unreviewed")),
            ]
            for name, counts in groups
        ]
        lines += ["", tabulated(rows, headers, "simple", set(range(1, len(headers))))]
    for title, items in sections(session, unit):
        lines += ["", f"{title}: {len(items)}", *(printable(f"- {item}") for item in items)]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text in a markdown list or table: gated, markup characters escaped, one line."""
    import html

    escaped = html.escape(printable(text), quote=False).replace("\\", "\\\\")
    return escaped.replace("|", "\\|").replace("\n", " ")


def render_markdown(session: ReviewSession, unit: str = "元") -> str:
    """The state of the review as markdown."""
    heading = _heading(session)
    lines = [f"## {heading[0].removeprefix('budgetdiff ')}", ""]
    lines += [f"- {_cell(text)}" for text in heading[1:]]
    lines += ["", f"**{headline(session)}**"]
    groups = by_part(session.review.entries)
    if groups:
        headers = ["part", "changes", *STATUSES, "已变化", "未审"]
        lines += ["", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        for name, counts in groups:
            values = (str(counts[k]) for k in ("changes", *STATUSES, "changed", "unreviewed"))
            lines.append(f"| {_cell(name)} | " + " | ".join(values) + " |")
    for title, items in sections(session, unit):
        lines += ["", f"### {title}: {len(items)}", "", *(f"- {_cell(item)}" for item in items)]
    return "\n".join(lines) + "\n"


# -- JSON --------------------------------------------------------------------------------------


def _mark_dict(mark: Mark | None) -> dict[str, Any] | None:
    if mark is None:
        return None
    return {
        "change": list(mark.key),
        "a": mark.a,
        "b": mark.b,
        "mark": mark.status,
        "note": mark.note,
        "by": mark.by,
        "at": mark.at.isoformat(timespec="seconds"),
    }


def _side(ref: DocumentRef) -> dict[str, Any]:
    return {
        "path": ref.path,
        "sha256": ref.sha256,
        "department": ref.department,
        "year": ref.year,
        "kind": ref.kind,
    }


def review_dict(session: ReviewSession) -> dict[str, Any]:
    """The review as JSON data (``budgetdiff.review/1``)."""
    from budgetdiff.export.json_export import amount
    from budgetdiff.render.diff_json import _doubt

    diff, review = session.diff, session.review
    counts = review.counts()
    changes = []
    for entry in review.entries:
        change = entry.change
        changes.append(
            {
                "change": list(change.key),
                "part": change.part,
                "kind": change.kind,
                "table": change.table,
                "code": change.code,
                "name": change.name,
                "column": change.column,
                "a": change.a,
                "b": change.b,
                "amount_a": amount(change.amount_a),
                "amount_b": amount(change.amount_b),
                "delta": amount(change.delta),
                "pct": amount(change.pct),
                "doubt": _doubt(change.doubt),
                "state": entry.state,
                "mark": _mark_dict(entry.mark),
                "conflicts": [_mark_dict(c) for c in entry.conflicts],
            }
        )
    return {
        "schema": SCHEMA,
        "a": _side(diff.a),
        "b": _side(diff.b),
        "comparison": diff.comparison,
        "review_file": str(session.path),
        "exists": session.exists,
        "notes": session.notes,
        "reviewers": list(review.reviewers),
        "counts": {
            "changes": len(review.changes),
            "reviewed": review.reviewed,
            **{status: counts[status] for status in STATUSES},
            "changed": counts["changed"],
            "unreviewed": counts["unreviewed"],
            "resolved": len(review.resolved),
            "conflicts": len(review.marks.conflicts),
        },
        "parts": [{"part": name, **counts} for name, counts in by_part(review.entries)],
        "changes": changes,
        "resolved": [_mark_dict(mark) for mark in review.resolved],
        "conflicts": [_mark_dict(mark) for mark in review.marks.conflicts],
    }


def render_json(session: ReviewSession) -> str:
    from budgetdiff.export.json_export import dumps

    return dumps(review_dict(session)) + "\n"


def failing(session: ReviewSession, gates: Iterable[str]) -> list[str]:
    """What makes ``--fail-on`` fail: ``3 changes not reviewed``, ``1 query open``."""
    review = session.review
    counts = review.counts()
    reasons = []
    if "unreviewed" in gates:
        open_ = counts["unreviewed"] + counts["changed"]
        if open_:
            reasons.append(f"{open_} of {len(review.changes)} changes not reviewed")
    if "query" in gates:
        queries = counts["待查询"]
        disputed = sum(1 for e in review.entries if e.conflicts)
        if queries:
            reasons.append(f"{queries} 待查询 (queries) open")
        if disputed:
            reasons.append(f"{disputed} changes with conflicting marks")
    return reasons
