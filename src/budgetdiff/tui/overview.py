"""The 概览 view: department, totals, the 三公 card and the check summary (or, in diff
mode, what the diff found, table by table)."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from budgetdiff.diffing.model import Diff, TableDiff
from budgetdiff.model import SANGONG_ITEMS, CheckReport, CodeTable, Document
from budgetdiff.render.colours import Colours
from budgetdiff.render.numbers import format_amount, percent, signed
from budgetdiff.text import printable
from budgetdiff.tui.tables import DEFAULT_COLOURS, KIND_LABELS, TABLE_LABELS

COMPARISONS = {
    "year_over_year": "同一部门，不同年度",
    "other_department": "不同部门",
    "draft_vs_published": "同一部门同一年度：草稿与正式版",
    "other_kind": "同一部门同一年度：部门预算与单位预算",
    "unknown": "无法判断两者的关系",
}
_UNREAD_WORDS = {"department": "部门", "year": "年度", "kind": "预算类型"}
IDENTITY_FIELDS = {"department": "部门", "year": "年度", "kind": "预算类型"}


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


def _checks(document: Document, report: CheckReport, colours: Colours) -> Text:
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
    kinds = Counter(node.kind for node in table.nodes if node.kind and not node.total)
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


def overview(
    document: Document,
    report: CheckReport,
    unit: str,
    diff: Diff | None,
    other: Document | None,
    colours: Colours = DEFAULT_COLOURS,
) -> RenderableType:
    """The overview of one document, or of a diff (B relative to A)."""
    if diff is None or other is None:
        return Group(
            Text(_title(document), style="bold"),
            Text(""),
            _checks(document, report, colours),
            Text(""),
            _totals(document, unit),
            Text(""),
            _sangong(document, unit, colours),
        )
    verdict = "两份文件相同" if diff.identical else "B 相对于 A 的变化"
    headline = Text("\n".join(summary_lines(diff, unit)) or "没有差异")
    return Group(
        Text(f"{verdict} — {comparison_text(diff)}", style="bold"),
        Text(f"A: {_title(other)}"),
        Text(f"B: {_title(document)}"),
        Text(""),
        Panel(headline, title=f"变化概要 ({unit})", title_align="left"),
        _sangong_changes(diff, unit, colours),
    )


class Overview(Static):
    """Renders ``overview`` for the app's current unit."""

    def show(
        self,
        document: Document,
        report: CheckReport,
        unit: str,
        diff: Diff | None = None,
        other: Document | None = None,
        colours: Colours = DEFAULT_COLOURS,
    ) -> None:
        self.update(overview(document, report, unit, diff, other, colours))
