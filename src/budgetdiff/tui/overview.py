"""The 概览 view: department, totals, the 三公 card and the check summary (or, in diff
mode, what the diff found, table by table; for a budget against its final accounts,
the execution of the shared tables, the 三公 and the budgets the 决算 misstates).

A document only partly read (``Document.reading``) is said first, before anything
read from it: its lines not parsed and its pages not read, for each side in diff mode.
The totals show at once; the check line waits for the report (``report`` None)."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from budgetdiff.diffing.model import Diff, DocumentRef, TableDiff
from budgetdiff.model import SANGONG_ITEMS, CheckReport, CodeTable, Document, TwoSidedTable
from budgetdiff.money import Amount
from budgetdiff.render.colours import Colours
from budgetdiff.render.numbers import completion, format_amount, percent, signed
from budgetdiff.text import printable
from budgetdiff.tui.tables import DEFAULT_COLOURS, KIND_LABELS, TABLE_LABELS
from budgetdiff.tui.view_keys import is_final, table_name

COMPARISONS = {
    "year_over_year": "同一部门，不同年度",
    "other_department": "不同部门",
    "draft_vs_published": "同一部门同一年度：草稿与正式版",
    "other_kind": "同一部门同一年度：部门预算与单位预算",
    "budget_vs_final": "同一部门同一年度：预算 与 决算",
    "unknown": "无法判断两者的关系",
}
_UNREAD_WORDS = {"department": "部门", "year": "年度", "kind": "预算类型"}
IDENTITY_FIELDS = {"department": "部门", "year": "年度", "kind": "预算类型"}
SHOWN_PAGES = 10
"""How many unread pages the overview names; more are counted."""


def comparison_text(diff: Diff) -> str:
    """How A and B relate, in Chinese; for an unknown relation, what was not read."""
    text = COMPARISONS[diff.comparison]
    if diff.comparison == "unknown" and diff.unread:
        unread = []
        for part in diff.unread:
            side, _, field = part.partition(" ")
            unread.append(f"{side} 的{_UNREAD_WORDS.get(field, field)}")
        text += f"（未读到 {'、'.join(unread)}）"
    return text


def _title(document: Document) -> str:
    parts = (document.department, document.year, document.kind)
    return printable(" ".join(str(p) for p in parts if p) or "（无标题）")


def _totals(document: Document, unit: str) -> Table:
    table = Table(title="合计", title_justify="left", show_edge=False)
    table.add_column("表")
    table.add_column("列")
    table.add_column(f"金额 ({unit})", justify="right")
    for table_id, label in (
        ("income", "收入预算"),
        ("expenditure", "支出预算"),
        ("economic", "基本支出经济分类"),
    ):
        found = document.tables.get(table_id)
        if isinstance(found, CodeTable) and found.total is not None:
            for column in found.columns:
                table.add_row(
                    label, Text(printable(column)), format_amount(found.total.get(column), unit)
                )
    return table


def _side_lines(table: TwoSidedTable, side: str) -> list[tuple[str, Amount | None]]:
    """A 决算 summary side as printed: 本年合计, the carry-over lines, 总计."""
    income = side == "收入"
    columns = table.income_columns if income else table.expenditure_columns
    column = columns[0] if columns else ""
    total = table.income_total if income else table.expenditure_total
    below = table.income_below if income else table.expenditure_below
    grand = table.income_grand_total if income else table.expenditure_grand_total
    lines: list[tuple[str, Amount | None]] = []
    if total is not None:
        lines.append((f"本年{side}合计", total.get(column)))
    lines.extend(
        ("  " * (item.level - 1) + printable(item.name), item.values.get(column)) for item in below
    )
    if grand is not None:
        lines.append(("总计", grand.get(column)))
    return lines


def _summary_totals(document: Document, table_id: str, unit: str) -> Table | None:
    """A 决算 summary's bottom lines, income beside expenditure as the table prints them."""
    found = document.tables.get(table_id)
    if not isinstance(found, TwoSidedTable):
        return None
    title = f"{printable(found.title)} ({unit})"
    grid = Table(title=title, title_justify="left", show_edge=False)
    for header in ("收入", "决算数", "支出", "决算数"):
        grid.add_column(header, justify="left" if header in ("收入", "支出") else "right")
    income, expenditure = _side_lines(found, "收入"), _side_lines(found, "支出")
    # 总计 last on both sides, level with each other
    while len(income) < len(expenditure):
        income.insert(len(income) - 1, ("", None))
    while len(expenditure) < len(income):
        expenditure.insert(len(expenditure) - 1, ("", None))
    for (left, a), (right, b) in zip(income, expenditure, strict=True):
        style = "bold" if left in ("总计", "本年收入合计") else ""
        grid.add_row(left, format_amount(a, unit), right, format_amount(b, unit), style=style)
    return grid


def _final_totals(document: Document, unit: str) -> Group:
    """A 决算's totals: the two summaries' bottom lines, then the code tables' 合计 (the
    columns that hold a figure) and the 基本支出 groups."""
    parts: list[RenderableType] = []
    for table_id in ("income_expenditure_summary", "fiscal_summary"):
        summary = _summary_totals(document, table_id, unit)
        if summary is not None:
            parts.extend((summary, Text("")))
    table = Table(title=f"各表合计 ({unit})", title_justify="left", show_edge=False)
    table.add_column("表")
    table.add_column("列")
    table.add_column("决算数", justify="right")
    for table_id in ("income", "expenditure", "general_public", "basic_expenditure"):
        found = document.tables.get(table_id)
        if not isinstance(found, CodeTable):
            continue
        label = table_name(table_id, final=True)
        for column in found.columns:
            value = found.total.get(column) if found.total else None
            if value is not None:
                table.add_row(label, Text(printable(column)), format_amount(value, unit))
                label = ""
        for group in found.group_totals:
            value = next((v for v in group.values.values() if v is not None), None)
            table.add_row(label, Text(printable(group.name)), format_amount(value, unit))
            label = ""
    parts.append(table)
    return Group(*parts)


def _final_sangong(document: Document, unit: str) -> Table:
    """A 决算's 三公: 预算数, 决算数 and 完成率 (``Sangong.completion``) per item."""
    table = Table(title=f"三公经费 ({unit})", title_justify="left", show_edge=False)
    for header in ("项目", "预算数", "决算数", "完成率"):
        table.add_column(header, justify="left" if header == "项目" else "right")
    sangong = document.sangong
    assert sangong is not None
    for item in SANGONG_ITEMS:
        if item in sangong.budget or item in sangong.values:
            table.add_row(
                item,
                format_amount(sangong.budget.get(item), unit),
                format_amount(sangong[item], unit),
                completion(sangong.completion(item)),
            )
    return table


def _sangong(document: Document, unit: str, colours: Colours) -> Table:
    table = Table(title=f"三公经费 ({unit})", title_justify="left", show_edge=False)
    for header in ("项目", "本年", "上年（说明推算）", "Δ", "Δ%"):
        table.add_column(header, justify="left" if header == "项目" else "right")
    sangong = document.sangong
    if sangong is None:
        table.add_row("（无三公表）", "", "", "", "")
        return table
    for item in SANGONG_ITEMS:
        delta, pct = sangong.change_from_prior(item)
        style = colours.delta(delta) if delta is not None else ""
        table.add_row(
            item,
            format_amount(sangong[item], unit),
            format_amount(sangong.prior_year.get(item), unit),
            Text(signed(delta, unit) if delta is not None else "", style=style),
            Text(percent(pct, delta or 0), style=style),
        )
    return table


def partly_read(document: Document, side: str = "") -> str | None:
    """``部分读取：未解析 8 行（共 331 行）；未读 2 页（第 5、22 页）`` for a document
    only partly read (``side`` in front: ``A``, ``预算 (A)``); None when it was read
    whole, or all but a handful of lines (``ReadCoverage.partly``)."""
    reading = document.reading
    if not reading.partly:
        return None
    parts = []
    if reading.unparsed:
        parts.append(f"未解析 {reading.unparsed:,} 行（共 {reading.lines:,} 行）")
    pages = sorted({page.page for page in reading.unread_pages})
    if pages:
        named = "、".join(str(page) for page in pages[:SHOWN_PAGES])
        more = "等" if len(pages) > SHOWN_PAGES else ""
        parts.append(f"未读 {len(pages):,} 页（第 {named} 页{more}）")
    return f"{side + ' ' if side else ''}部分读取：{'；'.join(parts)}"


def _partly_read(sides: list[tuple[Document, str]], colours: Colours) -> list[RenderableType]:
    """The partly-read lines of ``sides`` (document, label), then a blank line."""
    style = "bold" if colours.no_color else "bold red"
    lines: list[RenderableType] = [
        Text(f"! {line}", style=style)
        for document, side in sides
        if (line := partly_read(document, side)) is not None
    ]
    return [*lines, Text("")] if lines else []


def _checks(document: Document, report: CheckReport | None, colours: Colours) -> Text:
    if report is None:
        return Text("… 正在校验", style="italic")
    counts = report.counts()
    style = "bold red" if counts["fail"] else "bold yellow" if counts["warn"] else "green"
    if colours.no_color:
        style = "bold" if counts["fail"] or counts["warn"] else ""
    mark = "✗" if counts["fail"] else "!" if counts["warn"] else "✓"
    return Text(
        f"{mark} 校验: {counts['pass']} 通过, {counts['fail']} 失败, {counts['warn']} 警告; "
        f"未解析行 {len(document.unparsed)}",
        style=style,
    )


def table_line(table: TableDiff, unit: str) -> str:
    """``支出 2017年部门支出预算总表: 金额变化 3, 新增 1; 合计 Δ ▲ +1,000``."""
    name = f"{TABLE_LABELS.get(table.table, table.table)} {printable(table.title)}"
    if table.presence == "added":
        return f"{name}: 仅 B 有这张表"
    if table.presence == "removed":
        return f"{name}: 仅 A 有这张表"
    kinds = Counter(
        node.kind for node in table.nodes if node.kind and not node.total and not node.part_of
    )
    counted = ", ".join(f"{KIND_LABELS.get(kind, kind)} {n}" for kind, n in kinds.items())
    totals = []
    for node in table.nodes:
        if node.total and node.kind is not None:
            column = "合计" if "合计" in table.columns else table.columns[0]
            change = node.change(column)
            totals.append(f"{printable(node.name)} Δ {signed(change.delta, unit)}")
    if not counted and not totals:
        return ""
    return f"{name}: {counted or '各行无变化'}" + (f"; {', '.join(totals)}" if totals else "")


def summary_lines(diff: Diff, unit: str) -> list[str]:
    """What differs, one line per part: identity, each changed table, 三公, projects,
    narrative, checks."""
    lines = [
        printable(f"{IDENTITY_FIELDS[c.field]}: {c.a or '?'} → {c.b or '?'}") for c in diff.identity
    ]
    lines.extend(line for table in diff.tables if (line := table_line(table, unit)))
    if diff.sangong:
        total = next((s for s in diff.sangong if s.item == "合计"), None)
        lines.append(
            f"三公: {len(diff.sangong)} 项变化"
            + (f", 合计 Δ {signed(total.delta, unit)}" if total else "")
        )
    if diff.projects:
        kinds = Counter(project.kind for project in diff.projects)
        lines.append("项目: " + ", ".join(f"{KIND_LABELS.get(k, k)} {n}" for k, n in kinds.items()))
    if diff.text:
        lines.append(f"说明: {len(diff.text)} 节有变化")
    if diff.checks.new:
        lines.append("校验: B 新增失败 " + ", ".join(diff.checks.new))
    if diff.checks.fixed:
        lines.append("校验: B 已修正 " + ", ".join(diff.checks.fixed))
    still = [c for c in diff.checks.b if c in diff.checks.a]
    if still:
        lines.append("校验: 两份都失败 " + ", ".join(still))
    return lines


def _sangong_changes(diff: Diff, unit: str, colours: Colours) -> RenderableType:
    if not diff.sangong:
        return Text("三公经费: 无变化")
    table = Table(title=f"三公经费变化 ({unit})", title_justify="left", show_edge=False)
    for header in ("项目", "A", "B", "Δ", "Δ%"):
        table.add_column(header, justify="left" if header == "项目" else "right")
    for change in diff.sangong:
        style = colours.delta(change.delta)
        table.add_row(
            change.item,
            format_amount(change.a, unit),
            format_amount(change.b, unit),
            Text(signed(change.delta, unit), style=style),
            Text(percent(change.pct, change.delta), style=style),
        )
    return table


def where(ref: DocumentRef, line: int | None) -> str:
    """``第22页第17行`` (a PDF) or ``第207行``."""
    if line is None:
        return ""
    found = ref.origin.get(line)
    return f"第{found[0]}页第{found[1]}行" if found else f"第{line}行"


def execution_table(table: TableDiff, unit: str, colours: Colours) -> Table:
    """One shared table's 合计 line: each column's 预算数, 决算数, 差额 and 完成率."""
    name = f"{TABLE_LABELS.get(table.table, table.table)}: {printable(table.title)}"
    grid = Table(title=f"{name} ({unit})", title_justify="left", show_edge=False)
    for header in ("合计", "预算数", "决算数", "差额", "完成率"):
        grid.add_column(header, justify="left" if header == "合计" else "right")
    total = next((node for node in table.nodes if node.total), None)
    if total is None:
        grid.add_row("（没有合计行）", "", "", "", "")
        return grid
    for column in table.columns:
        change = total.change(column)
        if change.a is None and change.b is None:
            continue
        grid.add_row(
            Text(printable(column)),
            format_amount(change.a, unit),
            format_amount(change.b, unit),
            Text(signed(change.delta, unit), style=colours.delta(change.delta)),
            completion(change.completion),
        )
    return grid


def _execution_sangong(diff: Diff, unit: str, colours: Colours) -> RenderableType:
    if not diff.sangong:
        return Text("三公经费: 预算数与决算数相同")
    table = Table(title=f"三公经费 预算 与 决算 ({unit})", title_justify="left", show_edge=False)
    for header in ("项目", "预算数", "决算数", "差额", "完成率"):
        table.add_column(header, justify="left" if header == "项目" else "right")
    for change in diff.sangong:
        table.add_row(
            change.item,
            format_amount(change.a, unit),
            format_amount(change.b, unit),
            Text(signed(change.delta, unit), style=colours.delta(change.delta)),
            completion(change.completion),
        )
    return table


def stated_budgets(diff: Diff, unit: str) -> RenderableType:
    """The budgets the 决算 states (年初预算 of each 项, 三公 预算数) that disagree with the
    budget document's own, or a line saying they all agree."""
    counts = Counter(stated.agrees for stated in diff.budgets)
    summary = f"决算所列的预算数: {counts[True]} 项与预算文件一致，{counts[False]} 项不符" + (
        f"，{counts[None]} 项无从比较" if counts[None] else ""
    )
    differing = [stated for stated in diff.budgets if stated.agrees is False]
    if not differing:
        return Text(summary)
    table = Table(
        title=f"决算所列预算数与预算文件不符 ({unit})", title_justify="left", show_edge=False
    )
    for header in ("项目", "名称", "决算所列", "预算文件", "差", "决算位置", "预算位置"):
        figure = header in ("决算所列", "预算文件", "差")
        table.add_column(header, justify="right" if figure else "left", no_wrap=header != "名称")
    for stated in differing:
        table.add_row(
            stated.item,
            # the 项's own name: its 类 and 款 are in the code
            Text(printable(stated.name.rsplit(" ", 1)[-1])),
            format_amount(stated.stated, unit),
            format_amount(stated.budget, unit),
            Text(signed(stated.delta or 0, unit), style="bold"),
            where(diff.b, stated.final_line),
            where(diff.a, stated.budget_line),
        )
    return Group(Text(summary, style="bold"), table)


def execution_lines(diff: Diff) -> list[str]:
    """What a budget against its final accounts found besides the figures: tables only
    one prints, identity other than the kind, the checks failing on each side."""
    lines = [
        printable(f"{IDENTITY_FIELDS[c.field]}: {c.a or '?'} → {c.b or '?'}")
        for c in diff.identity
        if c.field != "kind"
    ]
    if diff.checks.a:
        lines.append("校验: 预算失败 " + ", ".join(diff.checks.a))
    if diff.checks.b:
        lines.append("校验: 决算失败 " + ", ".join(diff.checks.b))
    return lines


def _execution(
    document: Document, other: Document, diff: Diff, unit: str, colours: Colours
) -> RenderableType:
    shared = [table for table in diff.tables if table.presence == "both"]
    parts: list[RenderableType] = [
        Text("预算 与 决算（同一部门同一年度）", style="bold"),
        Text(f"预算 (A): {_title(other)}"),
        Text(f"决算 (B): {_title(document)}"),
        Text(""),
        Text(
            "两者共有的表: "
            + ("、".join(TABLE_LABELS.get(t.table, t.table) for t in shared) or "无")
            + "（完成率 = 决算数 ÷ 预算数）"
        ),
    ]
    parts.extend(Text(line) for line in execution_lines(diff))
    for table in shared:
        parts.extend((Text(""), execution_table(table, unit, colours)))
    parts.extend(
        (Text(""), _execution_sangong(diff, unit, colours), Text(""), stated_budgets(diff, unit))
    )
    return Group(*parts)


def overview(
    document: Document,
    report: CheckReport | None,
    unit: str,
    diff: Diff | None,
    other: Document | None,
    colours: Colours = DEFAULT_COLOURS,
) -> RenderableType:
    """The overview of one document (``report`` None while it is being checked), or of a
    diff (B relative to A)."""
    if diff is None or other is None:
        final = is_final(document.kind)
        sangong: RenderableType
        if final and document.sangong is not None and document.sangong.budget:
            sangong = _final_sangong(document, unit)
        else:
            sangong = _sangong(document, unit, colours)
        return Group(
            *_partly_read([(document, "")], colours),
            Text(_title(document), style="bold"),
            Text(""),
            _checks(document, report, colours),
            Text(""),
            _final_totals(document, unit) if final else _totals(document, unit),
            Text(""),
            sangong,
        )
    if diff.comparison == "budget_vs_final":
        return Group(
            *_partly_read([(other, "预算 (A)"), (document, "决算 (B)")], colours),
            _execution(document, other, diff, unit, colours),
        )
    verdict = "两份文件相同" if diff.identical else "B 相对于 A 的变化"
    headline = Text("\n".join(summary_lines(diff, unit)) or "没有差异")
    return Group(
        *_partly_read([(other, "A"), (document, "B")], colours),
        Text(f"{verdict} — {comparison_text(diff)}", style="bold"),
        Text(f"A: {_title(other)}"),
        Text(f"B: {_title(document)}"),
        Text(""),
        Panel(headline, title=f"变化概要 ({unit})", title_align="left"),
        _sangong_changes(diff, unit, colours),
    )


class Overview(Static):
    """Renders ``overview`` for the app's current unit (in a scrolling pane: a 决算's
    totals are taller than 24 lines)."""

    def show(
        self,
        document: Document,
        report: CheckReport | None,
        unit: str,
        diff: Diff | None = None,
        other: Document | None = None,
        colours: Colours = DEFAULT_COLOURS,
    ) -> None:
        self.update(overview(document, report, unit, diff, other, colours))
