"""What a human sees of a diff: a heading and titled grids, 三公 first.

The grids are ``GridView`` objects, the same ones ``show`` prints, so the plain
(tabulate), markdown and Rich renderers all draw the same figures. Increases
and decreases are marked with ▲/▼ and signs, never by color alone.
"""

from __future__ import annotations

from collections import defaultdict

from budgetdiff.diffing.model import (
    CellChange,
    ColumnPair,
    Diff,
    DocumentRef,
    Doubt,
    Reclassified,
    RowChange,
    TableDiff,
    classifications,
    comparison_label,
)
from budgetdiff.money import Amount
from budgetdiff.record import Record
from budgetdiff.render.colours import MARKS
from budgetdiff.render.document_view import GridView
from budgetdiff.render.numbers import completion, format_amount, percent, signed
from budgetdiff.text import printable

SPAN_WIDTH = 60
SPANS_PER_SECTION = 20
REWRITTEN = 0.5
"""Below this similarity a section is reported as rewritten, not span by span."""


def clip(text: str, columns: int = SPAN_WIDTH) -> str:
    """``text`` on one line, cut to ``columns`` terminal columns (CJK counts two)."""
    from wcwidth import wcwidth

    text = printable(text.replace("\n", "⏎"))
    width = 0
    for index, char in enumerate(text):
        width += max(wcwidth(char), 0)
        if width > columns - 1:
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


SHOWN_LINES = 5
"""How many unread lines a doubt names."""
DOUBT_MARK = "?"
"""Marks a change the diff cannot vouch for, beside its own mark."""


def _side(diff: Diff, side: str) -> DocumentRef:
    return diff.a if side == "a" else diff.b


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def reading_lines(diff: Diff) -> list[str]:
    """First of all: each side not wholly read (PARTLY READ, with the counts), and how
    many changes cannot be vouched for (marked ``?``)."""
    lines: list[str] = []
    for side in ("a", "b"):
        ref = _side(diff, side)
        reading = ref.reading
        if reading.complete:
            continue
        label = "PARTLY READ" if reading.partly else "not wholly read"
        text = (
            f"reading: {side.upper()} {label}: {reading.unparsed} of {reading.lines} lines not read"
        )
        if reading.unread_pages:
            pages = ", ".join(str(page.page) for page in reading.unread_pages)
            text += f", {_count(len(reading.unread_pages), 'page')} not read ({pages})"
        lines.append(text)
    if diff.doubtful:
        lines.append(
            f"reading: cannot be vouched for (marked {DOUBT_MARK}), as what one side lacks may "
            f"be among what it did not read: {doubtful_text(diff)}"
        )
    return lines


def doubtful_text(diff: Diff) -> str:
    """``1 table (33 rows), 2 rows, 1 project``: the changes in doubt, by kind."""
    tables = [t for t in diff.tables if t.doubt is not None]
    whole = {t.table for t in tables}
    parts = []
    for table in tables:
        rows = sum(1 for r in diff.rows if r.table == table.table)
        where = "B" if table.presence == "added" else "A"
        parts.append(f"table {table.table} only in {where} ({_count(rows, 'row')})")
    counts = (
        (sum(1 for r in diff.rows if r.doubt is not None and r.table not in whole), "row"),
        (sum(1 for s in diff.sangong if s.doubt is not None), "三公 value"),
        (sum(1 for p in diff.projects if p.doubt is not None), "project"),
        (sum(1 for t in diff.text if t.doubt is not None), "section"),
    )
    parts.extend(_count(n, noun) for n, noun in counts if n)
    return ", ".join(parts)


def doubt_text(doubt: Doubt, diff: Diff) -> str:
    """Why a change cannot be vouched for: ``A: 1 line not read here (152)``."""
    side = doubt.side.upper()
    if doubt.reason == "partly_read":
        return f"{side} was only partly read"
    ref = _side(diff, doubt.side)
    parts = []
    if doubt.lines:
        shown = ", ".join(ref.where(line) for line in doubt.lines[:SHOWN_LINES])
        more = ", …" if len(doubt.lines) > SHOWN_LINES else ""
        parts.append(f"{_count(len(doubt.lines), 'line')} not read here ({shown}{more})")
    if doubt.pages:
        pages = ", ".join(str(page) for page in doubt.pages)
        parts.append(f"{_count(len(doubt.pages), 'page')} not read here ({pages})")
    return f"{side}: " + " and ".join(parts)


def _doubted(text: str, doubt: Doubt | None, diff: Diff) -> str:
    """``text``, followed by why it cannot be vouched for when it cannot."""
    return text if doubt is None else f"{text} ({DOUBT_MARK} {doubt_text(doubt, diff)})"


def column_text(pairs: tuple[ColumnPair, ...]) -> str:
    """``支出: A 预算数 compared with B 合计; only in B, not compared: 人员经费, 公用经费``."""
    parts: list[str] = []
    for side in dict.fromkeys(pair.side for pair in pairs):
        own = [pair for pair in pairs if pair.side == side]
        found = [f"A {p.a} compared with B {p.b}" for p in own if p.kind == "renamed"]
        for kind, label in (("added", "only in B"), ("removed", "only in A")):
            names = [p.name for p in own if p.kind == kind]
            if names:
                found.append(f"{label}, not compared: {', '.join(names)}")
        if found:
            parts.append((f"{side}: " if side else "") + "; ".join(found))
    return printable("; ".join(parts))


def column_lines(diff: Diff) -> list[str]:
    """``columns of finance_summary: 支出: …``, one line per table whose columns differ."""
    return [
        f"columns of {table.table}: {column_text(table.column_changes)}"
        for table in diff.tables
        if table.column_changes
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
    kinds = any(change.kind != "amount" for change in diff.sangong)
    headers = ["项目", "A", "B", "Δ", "Δ%", *(["变化"] if kinds else [])]
    doubt = next((change.doubt for change in diff.sangong if change.doubt is not None), None)
    title = _doubted(f"三公经费 ({unit})", doubt, diff)
    view = GridView(title, headers, right={1, 2, 3, 4})
    for change in diff.sangong:
        kind = "" if change.kind == "amount" else change.kind
        view.add(
            [
                change.item,
                format_amount(change.a, unit),
                format_amount(change.b, unit),
                signed(change.delta, unit),
                percent(change.pct, change.delta),
                *([kind] if kinds else []),
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
        if prior.matches is not None:
            verdict = "agrees" if prior.matches else "disagrees"
        elif prior.base is not None and "执行" in prior.base:
            verdict = "not comparable (execution)"
        else:
            verdict = "not compared"
        gap = (
            signed(prior.stated - prior.earlier, unit)
            if prior.stated is not None and prior.earlier is not None
            else ""
        )
        item = printable(prior.item)
        if prior.reclassified is not None:
            codes = " + ".join(coded.code for coded in prior.reclassified.old)
            item += f" (A {codes}, {prior.reclassified.label})"
        view.add(
            [
                prior.code or "",
                item,
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


_SIDES = ("收入", "支出")


def code_order(change: CellChange | RowChange) -> tuple[int, str, int, int, int]:
    """Code order; items without a code (two-sided tables, 合计) 收入 before 支出, each
    side's total after its items, in the order printed; a cell before a row of one code."""
    side = next((i for i, s in enumerate(_SIDES) if change.name.startswith(s)), len(_SIDES))
    total = change.code is None and change.name in ("合计", *(f"{s}总计" for s in _SIDES))
    line = change.b_line or change.a_line or 0
    if change.code:
        return (0, change.code, 0, isinstance(change, RowChange), line)
    return (side, "", total, line, isinstance(change, RowChange))


def _cell_row(cell: CellChange, unit: str, indent: str = "", was: str | None = None) -> list[str]:
    name = printable(cell.name) + (f" (was {was})" if was else "")
    return [
        cell.code or "",
        indent + name,
        cell.column,
        format_amount(cell.a, unit),
        format_amount(cell.b, unit),
        signed(cell.delta, unit),
        percent(cell.pct, cell.delta),
    ]


def reclassified_text(kind: str, reclassified: Reclassified) -> str:
    """``merged by the 2018 classification``: what the classification did, and when."""
    verb = {"renamed": "renamed", "moved": "renumbered"}.get(kind, kind)
    return f"{verb} by {reclassified.label}"


def row_label(row: RowChange) -> tuple[str, str]:
    """A changed row's code cell and name: ``2040405``, ``公诉、审判… (was 2040404 查办…
    + 2040405 …; merged by the 2018 classification)``; a split's codes joined by ``+``."""
    name = printable(row.name)
    code = row.code or ""
    why = row.reclassified
    if why is not None and len(why.new) > 1:
        code = "+".join(coded.code for coded in why.new)
        name = " + ".join(printable(coded.name) for coded in why.new)
    if row.kind in ("renamed", "moved", "merged", "split"):
        if why is not None and row.kind != "renamed":
            before = " + ".join(printable(str(coded)) for coded in why.old)
        else:
            before = f"{row.old_code or ''} {printable(row.old_name or '')}".strip()
        said = f"; {reclassified_text(row.kind, why)}" if why is not None else ""
        name = f"{name} (was {before}{said})"
        if row.invisible_only:
            name += " (names differ only by invisible characters)"
    return code, name


def _row_line(row: RowChange, unit: str, diff: Diff, said: bool = False) -> list[list[str]]:
    """A row added, removed, renamed, moved, merged, split or repeated; ``said``: its
    doubt is the table's, said in the title (only its mark here). A row on both sides
    under other codes has A, B and Δ, a line per column that changed (at least one)."""
    first = next(iter(row.values), "")
    amount = row.values.get(first)
    code, name = row_label(row)
    on_a = row.on_a
    if row.kind == "duplicated":
        side, ref = ("A", diff.a) if on_a else ("B", diff.b)
        name = f"{name} (code repeated, {side} line {ref.where(row.a_line or row.b_line)})"
    mark = MARKS[row.kind] + (DOUBT_MARK if row.doubt is not None else "")
    label = [f"{mark} {code}".rstrip(), name if said else _doubted(name, row.doubt, diff)]
    if row.old_values is not None:
        lines: list[list[str]] = []
        for column in row.values:
            change = row.change(column)
            assert change is not None
            if lines and not change.delta:
                continue
            lines.append(
                [
                    *(label if not lines else ["", ""]),
                    column,
                    format_amount(change.a, unit),
                    format_amount(change.b, unit),
                    signed(change.delta, unit),
                    percent(change.pct, change.delta),
                ]
            )
        if lines:
            return lines
    return [
        [
            *label,
            first,
            format_amount(amount, unit) if on_a else "",
            "" if on_a else format_amount(amount, unit),
            row.kind,
            "",
        ]
    ]


def table_views(diff: Diff, unit: str) -> list[GridView]:
    """A grid per changed table; under each 类, its net change first, then what is behind it.

    The net change line appears when the 类 row itself did not change (a draft
    that changed a 项 without carrying it up); otherwise the 类 row's own change
    comes first. Items without a code (two-sided tables, 合计 rows) come last.
    """
    by_id = {t.table: t for t in diff.tables}
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
        found = by_id.get(table)
        title = f"{table} ({unit}){presence.get(one_sided.get(table, ''), '')}"
        if found is not None:
            title = _doubted(title, found.doubt, diff)
        view = GridView(title, ["编码", "名称", "列", "A", "B", "Δ", "Δ%"], right={3, 4, 5, 6})
        # A renamed item whose amounts changed too is one item: its cells say "was …".
        changed = {c.name for c in diff.cells if c.table == table and c.code is None}
        folded = [
            r
            for r in diff.rows
            if r.table == table and r.code is None and r.kind == "renamed" and r.name in changed
        ]
        renames = {r.name: printable(r.old_name or "") for r in folded}
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
            for change in sorted((change for _, change in groups[category]), key=code_order):
                if isinstance(change, RowChange):
                    if any(change is r for r in folded):
                        continue
                    said = found is not None and found.doubt is not None
                    for line in _row_line(change, unit, diff, said):
                        view.add(line, change.kind)
                else:
                    depth = {3: 0, 5: 1, 7: 2}.get(len(change.code or ""), 0)
                    view.add(
                        _cell_row(change, unit, "  " * depth, renames.get(change.name)),
                        "increase" if change.delta > 0 else "decrease",
                    )
        if not view.rows:  # a table of one side only, printed without a row
            view.add(["", "(no rows)", "", "", "", "", ""], "note")
        views.append(view)
    return views


def project_view(diff: Diff, unit: str) -> GridView | None:
    """One row per changed project field; added and removed projects on a row each."""
    if not diff.projects:
        return None
    view = GridView("项目 (绩效目标申报表)", ["", "项目", "字段", "A", "B", "变化"], right=set())
    for project in diff.projects:
        mark = MARKS.get(project.kind, "~") + (DOUBT_MARK if project.doubt is not None else "")
        name = printable(project.name)
        if project.old_name:
            name += f" (was {printable(project.old_name)})"
        if not project.fields:
            view.add(
                [mark, _doubted(name, project.doubt, diff), "", "", "", project.kind], project.kind
            )
        for change in project.fields:
            a, b = change.a, change.b
            kind: str = change.kind
            if (amounts := change.amounts) is not None:
                shown_a = format_amount(amounts.a, unit)
                shown_b = format_amount(amounts.b, unit)
                kind = f"{kind} {signed(amounts.delta, unit)}"
            else:
                shown_a = "" if a is None else clip(str(a))
                shown_b = "" if b is None else clip(str(b))
            view.add([mark, name, printable(change.path), shown_a, shown_b, kind])
    return view


Segment = tuple[str, str]
"""A piece of a narrative line and how it is marked: ``""``, ``delete``, ``insert`` or
``where`` (the line numbers)."""

NARRATIVE_TITLE = "说明 (narrative)"
NARRATIVE_SPAN = 240
"""Columns of one changed span shown before it is cut (``…``): about three lines."""
PIPED_WIDTH = 100
"""Width of the narrative when the output is not a terminal."""
MARKS_OF = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
"""How a deleted and an inserted span are marked in text (git's word-diff marks)."""


class NarrativeEntry(Record):
    """A changed section: its heading line, then one line of segments per change."""

    heading: str
    items: tuple[tuple[Segment, ...], ...]

    __slots__ = ("heading", "items")

    def __init__(self, heading: str, items: tuple[tuple[Segment, ...], ...] = ()) -> None:
        object.__setattr__(self, "heading", heading)
        object.__setattr__(self, "items", items)


def _marked(a: str, b: str) -> list[Segment]:
    pieces: list[Segment] = []
    if a:
        pieces.append((clip(a, NARRATIVE_SPAN), "delete"))
    if b:
        pieces.append((clip(b, NARRATIVE_SPAN), "insert"))
    return pieces


def narrative(diff: Diff) -> list[NarrativeEntry]:
    """Changed narrative, a section at a time: numbers changed inside sentences first,
    then the spans, each with A's text marked deleted and B's inserted."""
    entries: list[NarrativeEntry] = []
    for change in diff.text:
        section = printable(change.section)
        where = f"行 {diff.a.where(change.a_line) or '-'}→{diff.b.where(change.b_line) or '-'}"
        if change.kind in ("added", "removed") or change.similarity < REWRITTEN:
            label = change.kind if change.kind != "changed" else "rewritten"
            heading = f"{section}: {label} ({change.similarity:.0%} alike), {where}"
            entries.append(NarrativeEntry(_doubted(heading, change.doubt, diff)))
            continue
        items: list[tuple[Segment, ...]] = []
        for number in change.numbers:
            lines = f"number, 行 {diff.a.where(number.a_line)}→{diff.b.where(number.b_line)}"
            items.append((*_marked(number.a, number.b), ("  " + lines, "where")))
        numbers = {(number.a, number.b) for number in change.numbers}
        spans = [s for s in change.spans if (s.a.strip(), s.b.strip()) not in numbers]
        for span in spans[:SPANS_PER_SECTION]:
            lines = f"行 {diff.a.where(span.a_line)}→{diff.b.where(span.b_line)}"
            items.append((*_marked(span.a, span.b), ("  " + lines, "where")))
        if len(spans) > SPANS_PER_SECTION:
            items.append(((f"… {len(spans) - SPANS_PER_SECTION} more spans", ""),))
        heading = f"{section}: changed ({change.similarity:.0%} alike), {where}"
        entries.append(NarrativeEntry(heading, tuple(items)))
    return entries


def marked_text(segments: tuple[Segment, ...]) -> str:
    """A narrative line as text, its spans between ``[-…-]`` and ``{+…+}``."""
    opening = {kind: marks[0] for kind, marks in MARKS_OF.items()}
    closing = {kind: marks[1] for kind, marks in MARKS_OF.items()}
    return "".join(f"{opening.get(k, '')}{text}{closing.get(k, '')}" for text, k in segments)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """``text`` cut into lines of at most ``width`` terminal columns (CJK counts two),
    each line after the first starting with ``indent``."""
    from wcwidth import wcwidth

    lines: list[str] = []
    line, used = "", 0
    for char in text:
        size = max(wcwidth(char), 0)
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = indent, len(indent)
        line += char
        used += size
    lines.append(line.rstrip())
    return lines


def narrative_lines(diff: Diff, width: int | None = PIPED_WIDTH) -> list[str]:
    """The narrative as text lines, wrapped to ``width`` columns (None: not wrapped)."""
    entries = narrative(diff)
    if not entries:
        return []
    lines = [NARRATIVE_TITLE]
    for entry in entries:
        lines.extend(wrap(entry.heading, width, "    ") if width else [entry.heading])
        for item in entry.items:
            text = "  " + marked_text(item)
            lines.extend(wrap(text, width, "      ") if width else [text])
    return lines


def check_lines(diff: Diff) -> list[str]:
    """New strict failures first, then the ones B fixed (checked there and passed), then
    what one side could not check, then the ones failing in both."""
    checks = diff.checks
    parts = (
        ("new failures in B", checks.new),
        ("failing in B, not checked in A", checks.not_checked_in_a),
        ("fixed in B", checks.fixed),
        ("failing in A, only a warning in B", checks.warning_in_b),
        ("failing in A, not checked in B", checks.not_checked_in_b),
        ("failing in both", checks.still),
    )
    return [f"checks: {label}: {', '.join(ids)}" for label, ids in parts if ids]


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
    """Every grid of the human formats, 三公 first (the narrative is ``narrative``'s)."""
    if diff.comparison == "budget_vs_final":
        return execution_views(diff, unit)
    views: list[GridView] = []
    for make in (sangong_view, stated_view, priors_view):
        if (view := make(diff, unit)) is not None:
            views.append(view)
    views.extend(table_views(diff, unit))
    if (view := project_view(diff, unit)) is not None:
        views.append(view)
    return views


class TableStat(Record):
    """``--stat``'s line of a table: items changed, added, removed and in doubt, and the
    change of its total (``TableDiff.total``; None when it is not known); ``reclassified``
    the rows the classification renamed, renumbered, merged or split, ``by`` which
    classifications (``the 2018 classification``)."""

    table: str
    changed: int
    added: int
    removed: int
    doubtful: int
    total: Amount | None
    diff: TableDiff | None
    reclassified: int
    by: str

    __slots__ = (
        "added",
        "by",
        "changed",
        "diff",
        "doubtful",
        "reclassified",
        "removed",
        "table",
        "total",
    )

    def __init__(
        self,
        table: str,
        changed: int,
        added: int,
        removed: int,
        doubtful: int,
        total: Amount | None,
        diff: TableDiff | None,
        reclassified: int = 0,
        by: str = "",
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "changed", changed)
        object.__setattr__(self, "added", added)
        object.__setattr__(self, "removed", removed)
        object.__setattr__(self, "doubtful", doubtful)
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "diff", diff)
        object.__setattr__(self, "reclassified", reclassified)
        object.__setattr__(self, "by", by)


def table_stats(diff: Diff) -> list[TableStat]:
    """Per changed table (figures, rows, presence or columns): the items changed, added,
    removed and in doubt, and the change of its total."""
    by_id = {t.table: t for t in diff.tables}
    stats: list[TableStat] = []
    tables = dict.fromkeys(
        [
            *(c.table for c in diff.cells),
            *(r.table for r in diff.rows),
            *(t.table for t in diff.tables if t.presence != "both" or t.column_changes),
        ]
    )
    for table in tables:
        found = by_id.get(table)
        rows = [r for r in diff.rows if r.table == table]
        doubtful = sum(1 for r in rows if r.doubt is not None)
        if found is not None and found.doubt is not None:
            doubtful = max(doubtful, 1)
        total = found.total.delta if found is not None and found.total is not None else None
        changes = [r.reclassified for r in rows if r.reclassified is not None]
        years = sorted({year for change in changes for year in change.years})
        stats.append(
            TableStat(
                table,
                len({(c.code, c.name) for c in diff.cells if c.table == table}),
                sum(1 for r in rows if r.kind == "added"),
                sum(1 for r in rows if r.kind == "removed"),
                doubtful,
                total,
                found,
                len(changes),
                classifications(years) if years else "",
            )
        )
    return stats


def _total_text(stat: TableStat, unit: str) -> str:
    """``total Δ ▼ -1,000 (元)``, naming both total columns when they differ."""
    found = stat.diff
    if stat.total is None:
        return "total Δ not known (no total column)"
    text = f"total Δ {signed(stat.total, unit)} ({unit})"
    if found is not None and found.total is not None:
        names = (found.total.column_a, found.total.column_b)
        if None not in names and names[0] != names[1]:
            text += f", A {names[0]} against B {names[1]}"
    return text


def stat_lines(diff: Diff, unit: str) -> list[str]:
    """``--stat``: what was not read first, then one line per table (changed, added,
    removed, total delta, columns), then the rest."""
    lines = [*reading_lines(diff), *identity_lines(diff)]
    for stat in table_stats(diff):
        recoded = f"{stat.reclassified} by {stat.by}, " if stat.reclassified else ""
        line = (
            f"{stat.table}: {stat.changed} changed, {stat.added} added, {stat.removed} removed, "
            + recoded
            + _total_text(stat, unit)
        )
        if stat.diff is not None and stat.diff.presence != "both":
            line += f"; table only in {'B' if stat.diff.presence == 'added' else 'A'}"
        if stat.doubtful:
            line += f"; {stat.doubtful} cannot be vouched for ({DOUBT_MARK})"
        if stat.diff is not None and stat.diff.column_changes:
            line += f"; columns: {column_text(stat.diff.column_changes)}"
        lines.append(line)
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
