"""What a human sees of a diff: a heading and titled grids, 三公 first.

The grids are ``GridView`` objects, the same ones ``show`` prints, so the plain
(tabulate), markdown and Rich renderers all draw the same figures. Increases
and decreases are marked with ▲/▼ and signs, never by color alone.
"""

from __future__ import annotations

from collections import defaultdict

from budgetdiff.diffing.model import CellChange, Diff, RowChange, comparison_label
from budgetdiff.money import format_amount
from budgetdiff.render.document_view import GridView
from budgetdiff.render.numbers import completion, percent, signed
from budgetdiff.text import printable

MARKS = {"added": "+", "removed": "−", "renamed": "~", "moved": "→", "duplicated": "!"}
SPAN_WIDTH = 60
SPANS_PER_SECTION = 20
REWRITTEN = 0.5
"""Below this similarity a section is reported as rewritten, not span by span."""


def _clip(text: str) -> str:
    """``text`` on one line, cut to SPAN_WIDTH terminal columns (CJK counts two)."""
    from wcwidth import wcwidth

    text = printable(text.replace("\n", "⏎"))
    width = 0
    for index, char in enumerate(text):
        width += max(wcwidth(char), 0)
        if width > SPAN_WIDTH - 1:
            return text[:index] + "…"
    return text


def heading(diff: Diff) -> list[str]:
    """Who is compared with whom, and how."""
    verdict = "identical" if diff.identical else "B relative to A"
    return [
        f"budgetdiff: {verdict} ({comparison_label(diff.comparison, diff.unread)})",
        printable(f"--- a: {diff.a.label}"),
        printable(f"+++ b: {diff.b.label}"),
    ]


def identity_lines(diff: Diff) -> list[str]:
    """``identity: year 2017 → 2016``: what the two documents are, where they differ."""
    return [
        printable(f"identity: {change.field} {change.a or '?'} → {change.b or '?'}")
        for change in diff.identity
    ]


def sangong_view(diff: Diff, unit: str) -> GridView | None:
    """The changed 三公 values."""
    if not diff.sangong:
        return None
    view = GridView(f"三公经费 ({unit})", ["项目", "A", "B", "Δ", "Δ%", ""], right={1, 2, 3, 4})
    for change in diff.sangong:
        view.add(
            [
                change.item,
                format_amount(change.a, unit),
                format_amount(change.b, unit),
                signed(change.delta, unit),
                percent(change.pct, change.delta),
                "" if change.kind == "amount" else change.kind,
            ],
            "increase" if change.delta > 0 else "decrease",
        )
    return view


def stated_view(diff: Diff, unit: str) -> GridView | None:
    """B's own stated 三公 changes against the tables, in a year-over-year diff only.

    Other comparisons keep the statements in JSON; shown here they would be noise.
    """
    notes = [n for n in diff.stated if n.side == "b"]
    if diff.comparison != "year_over_year" or not notes:
        return None
    view = GridView(
        f"三公 说明中的上年变化 ({unit})",
        ["", "项目", "说明原文", "说明 Δ", "表中 Δ", "", "行"],
        right={3, 4},
    )
    for note in notes:
        verdict = (
            "ambiguous statement"
            if note.direction == "ambiguous"
            else ""
            if note.matches is None
            else "matches"
            if note.matches
            else "differs"
        )
        view.add(
            [
                note.side.upper(),
                note.item,
                printable(note.text),
                "" if note.stated is None else signed(note.stated, unit),
                "" if note.computed is None else signed(note.computed, unit),
                verdict,
                (diff.a if note.side == "a" else diff.b).where(note.line),
            ],
            "note",
        )
    return view


def priors_view(diff: Diff, unit: str) -> GridView | None:
    """B's stated previous-year figures beside A's, in a year-over-year diff."""
    if not diff.priors:
        return None
    view = GridView(
        f"说明中的上年数 (B 的说明 vs A 的表, {unit})",
        ["编码", "项目", "口径", "B 说明", "A 表中", "差", "", "行"],
        right={3, 4, 5},
    )
    for prior in diff.priors:
        verdict = (
            "not comparable (execution)"
            if prior.matches is None
            else "agrees"
            if prior.matches
            else "disagrees"
        )
        gap = (
            signed(prior.stated - prior.earlier, unit)
            if prior.stated is not None and prior.earlier is not None
            else ""
        )
        view.add(
            [
                prior.code or "",
                printable(prior.item),
                prior.base or "",
                format_amount(prior.stated, unit),
                format_amount(prior.earlier, unit),
                gap,
                verdict,
                diff.b.where(prior.line),
            ],
            "decrease" if prior.matches is False else "note",
        )
    return view


def _cell_row(cell: CellChange, unit: str, indent: str = "") -> list[str]:
    return [
        cell.code or "",
        indent + printable(cell.name),
        cell.column,
        format_amount(cell.a, unit),
        format_amount(cell.b, unit),
        signed(cell.delta, unit),
        percent(cell.pct, cell.delta),
    ]


def _row_line(row: RowChange, unit: str, diff: Diff) -> list[str]:
    first = next(iter(row.values), "")
    amount = row.values.get(first)
    name = printable(row.name)
    if row.kind in ("renamed", "moved"):
        before = f"{row.old_code or ''} {printable(row.old_name or '')}".strip()
        name = f"{name} (was {before})"
        if row.invisible_only:
            name += " (names differ only by invisible characters)"
    on_a = row.on_a
    if row.kind == "duplicated":
        side, ref = ("A", diff.a) if on_a else ("B", diff.b)
        name = f"{name} (code repeated, {side} line {ref.where(row.a_line or row.b_line)})"
    return [
        f"{MARKS[row.kind]} {row.code or ''}".rstrip(),
        name,
        first,
        format_amount(amount, unit) if on_a else "",
        "" if on_a else format_amount(amount, unit),
        row.kind,
        "",
    ]


def table_views(diff: Diff, unit: str) -> list[GridView]:
    """A grid per changed table; under each 类, its net change first, then what is behind it.

    The net change line appears when the 类 row itself did not change (a draft
    that changed a 项 without carrying it up); otherwise the 类 row's own change
    comes first. Items without a code (two-sided tables, 合计 rows) come last.
    """
    one_sided = {t.table: t.presence for t in diff.tables if t.presence != "both"}
    tables = list(
        dict.fromkeys([*(c.table for c in diff.cells), *(r.table for r in diff.rows), *one_sided])
    )
    views: list[GridView] = []
    for table in tables:
        presence = {
            "added": " — only in B (table added)",
            "removed": " — only in A (table removed)",
        }
        view = GridView(
            f"{table} ({unit}){presence.get(one_sided.get(table, ''), '')}",
            ["编码", "名称", "列", "A", "B", "Δ", "Δ%"],
            right={3, 4, 5, 6},
        )
        groups: dict[str | None, list[tuple[str, CellChange | RowChange]]] = defaultdict(list)
        for cell in (c for c in diff.cells if c.table == table):
            groups[cell.code[:3] if cell.code else None].append((cell.code or "", cell))
        for row in (r for r in diff.rows if r.table == table):
            groups[row.code[:3] if row.code else None].append((row.code or "~", row))
        for category in sorted(groups, key=lambda code: (code is None, code or "")):
            for rollup in diff.rollups:
                if rollup.table == table and rollup.code == category and not rollup.own:
                    label = f"{printable(rollup.name)} 净变化（下级合计）"
                    view.add(
                        [
                            category or "",
                            label,
                            rollup.column,
                            "",
                            "",
                            signed(rollup.delta, unit),
                            "",
                        ],
                        "rollup",
                    )
            for _, change in sorted(
                groups[category],
                key=lambda pair: (isinstance(pair[1], RowChange), pair[0], pair[1].b_line or 0),
            ):
                if isinstance(change, RowChange):
                    view.add(_row_line(change, unit, diff), change.kind)
                else:
                    depth = {3: 0, 5: 1, 7: 2}.get(len(change.code or ""), 0)
                    view.add(
                        _cell_row(change, unit, "  " * depth),
                        "increase" if change.delta > 0 else "decrease",
                    )
        views.append(view)
    return views


def project_view(diff: Diff, unit: str) -> GridView | None:
    """One row per changed project field; added and removed projects on a row each."""
    if not diff.projects:
        return None
    view = GridView("项目 (绩效目标申报表)", ["", "项目", "字段", "A", "B", "变化"], right=set())
    for project in diff.projects:
        mark = MARKS.get(project.kind, "~")
        name = printable(project.name)
        if project.old_name:
            name += f" (was {printable(project.old_name)})"
        if not project.fields:
            view.add([mark, name, "", "", "", project.kind], project.kind)
        for change in project.fields:
            a, b = change.a, change.b
            if change.kind in ("amount", "rounding"):
                shown_a = format_amount(a, unit)  # type: ignore[arg-type]
                shown_b = format_amount(b, unit)  # type: ignore[arg-type]
            else:
                shown_a = "" if a is None else _clip(str(a))
                shown_b = "" if b is None else _clip(str(b))
            view.add([mark, name, printable(change.path), shown_a, shown_b, change.kind])
    return view


def text_view(diff: Diff) -> GridView | None:
    """Changed narrative: numbers changed inside sentences first, then the spans."""
    if not diff.text:
        return None
    view = GridView("说明 (narrative)", ["部分", "变化", "A", "B", "行"], right=set())
    for change in diff.text:
        section = printable(change.section)
        if change.kind in ("added", "removed") or change.similarity < REWRITTEN:
            label = change.kind if change.kind != "changed" else "rewritten"
            view.add(
                [
                    section,
                    f"{label} ({change.similarity:.0%} alike)",
                    "",
                    "",
                    diff.b.where(change.b_line) or diff.a.where(change.a_line),
                ]
            )
            continue
        for number in change.numbers:
            view.add(
                [
                    section,
                    "number",
                    number.a,
                    number.b,
                    f"{diff.a.where(number.a_line)}→{diff.b.where(number.b_line)}",
                ],
                "number",
            )
        numbers = {(number.a, number.b) for number in change.numbers}
        spans = [s for s in change.spans if (s.a.strip(), s.b.strip()) not in numbers]
        for span in spans[:SPANS_PER_SECTION]:
            view.add(
                [
                    section,
                    span.op,
                    _clip(span.a),
                    _clip(span.b),
                    f"{diff.a.where(span.a_line)}→{diff.b.where(span.b_line)}",
                ]
            )
        if len(spans) > SPANS_PER_SECTION:
            view.add([section, f"… {len(spans) - SPANS_PER_SECTION} more spans", "", "", ""])
    return view


def check_lines(diff: Diff) -> list[str]:
    """New strict failures first, then the ones B fixed."""
    lines = []
    if diff.checks.new:
        lines.append("checks: new failures in B: " + ", ".join(diff.checks.new))
    if diff.checks.fixed:
        lines.append("checks: fixed in B: " + ", ".join(diff.checks.fixed))
    still = [c for c in diff.checks.b if c in diff.checks.a]
    if still:
        lines.append("checks: failing in both: " + ", ".join(still))
    return lines


def execution_views(diff: Diff, unit: str) -> list[GridView]:
    """Budget against final accounts: every code of each shared table with its budget
    (A), 决算 (B), difference and completion rate, then the 三公 and the budgets the
    决算 states where they differ from the budget document's."""
    views: list[GridView] = []
    for table in diff.tables:
        if table.presence != "both":
            continue
        column = "合计" if "合计" in table.columns else table.columns[0]
        view = GridView(
            f"执行情况 {table.table} {column} ({unit}) — {printable(table.title)}",
            ["编码", "名称", "预算数", "决算数", "差额", "完成率"],
            right={2, 3, 4, 5},
        )
        for node in table.nodes:
            change = node.change(column)
            mark = MARKS.get(node.kind or "", "")
            view.add(
                [
                    f"{mark} {node.code or ''}".strip(),
                    "  " * node.depth
                    + printable(node.name)
                    + {"added": "（只在决算）", "removed": "（只在预算）"}.get(node.kind or "", ""),
                    format_amount(change.a, unit),
                    format_amount(change.b, unit),
                    signed(change.delta, unit),
                    completion(change.completion),
                ],
                "increase" if change.delta > 0 else "decrease" if change.delta < 0 else "",
            )
        views.append(view)
    if diff.sangong:
        view = GridView(
            f"三公经费 预算 vs 决算 ({unit})",
            ["项目", "预算数", "决算数", "差额", "完成率"],
            right={1, 2, 3, 4},
        )
        for item in diff.sangong:
            view.add(
                [
                    item.item,
                    format_amount(item.a, unit),
                    format_amount(item.b, unit),
                    signed(item.delta, unit),
                    completion(item.completion),
                ]
            )
        views.append(view)
    differing = [stated for stated in diff.budgets if stated.agrees is False]
    if differing:
        view = GridView(
            f"决算所述预算数 vs 预算文件 ({unit})",
            ["项目", "名称", "决算所述", "预算文件", "差", "决算行", "预算行"],
            right={2, 3, 4},
        )
        for stated in differing:
            assert stated.stated is not None and stated.budget is not None
            view.add(
                [
                    stated.item,
                    printable(stated.name),
                    format_amount(stated.stated, unit),
                    format_amount(stated.budget, unit),
                    signed(stated.stated - stated.budget, unit),
                    diff.b.where(stated.final_line),
                    diff.a.where(stated.budget_line),
                ],
                "decrease",
            )
        views.append(view)
    return views


def diff_views(diff: Diff, unit: str) -> list[GridView]:
    """Every grid of the human formats, 三公 first."""
    if diff.comparison == "budget_vs_final":
        return execution_views(diff, unit)
    views: list[GridView] = []
    for make in (sangong_view, stated_view, priors_view):
        if (view := make(diff, unit)) is not None:
            views.append(view)
    views.extend(table_views(diff, unit))
    if (view := project_view(diff, unit)) is not None:
        views.append(view)
    if (view := text_view(diff)) is not None:
        views.append(view)
    return views


def stat_lines(diff: Diff, unit: str) -> list[str]:
    """``--stat``: one line per table (changed, added, removed, total delta), then the rest."""
    lines = identity_lines(diff)
    tables = list(dict.fromkeys([*(c.table for c in diff.cells), *(r.table for r in diff.rows)]))
    for table in tables:
        cells = [c for c in diff.cells if c.table == table]
        changed = len({(c.code, c.name) for c in cells})
        added = sum(1 for r in diff.rows if r.table == table and r.kind == "added")
        removed = sum(1 for r in diff.rows if r.table == table and r.kind == "removed")
        total = next(
            (
                c
                for c in cells
                if c.code is None
                and c.name in ("合计", "支出总计")
                and c.column in ("合计", "预算数")
            ),
            None,
        )
        delta = signed(total.delta, unit) if total else "0"
        lines.append(
            f"{table}: {changed} changed, {added} added, {removed} removed, "
            f"total Δ {delta} ({unit})"
        )
    if diff.sangong:
        sangong_total = next((s for s in diff.sangong if s.item == "合计"), None)
        lines.append(
            f"sangong: {len(diff.sangong)} changed"
            + (f", 合计 Δ {signed(sangong_total.delta, unit)} ({unit})" if sangong_total else "")
        )
    if diff.projects:
        counts: dict[str, int] = defaultdict(int)
        for project in diff.projects:
            counts[project.kind] += 1
        lines.append("projects: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
    if diff.text:
        lines.append(f"text: {len(diff.text)} sections changed")
    lines.extend(check_lines(diff))
    return lines
