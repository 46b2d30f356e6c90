"""The 概览 view: department, totals, the 三公 card and the check summary (or, in diff
mode, the headline changes)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from budgetdiff.diffing.model import Diff, comparison_label
from budgetdiff.model import SANGONG_ITEMS, CheckReport, CodeTable, Document
from budgetdiff.money import format_amount
from budgetdiff.render.diff_views import stat_lines
from budgetdiff.render.numbers import signed
from budgetdiff.text import printable


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


def _sangong(document: Document, unit: str) -> Table:
    table = Table(title="三公经费", title_justify="left", show_edge=False)
    for header, justify in (
        ("项目", "left"),
        ("本年", "right"),
        ("上年（说明）", "right"),
        ("增减", "right"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    sangong = document.sangong
    if sangong is None:
        table.add_row("（无三公表）", "", "", "")
        return table
    for item in SANGONG_ITEMS:
        now, before = sangong[item], sangong.prior_year.get(item)
        change = signed(now - before, unit) if now is not None and before is not None else ""
        table.add_row(item, format_amount(now, unit), format_amount(before, unit), change)
    return table


def _checks(document: Document, report: CheckReport) -> Text:
    counts = report.counts()
    style = "bold red" if counts["fail"] else "yellow" if counts["warn"] else "green"
    return Text(
        f"校验: {counts['pass']} 通过, {counts['fail']} 失败, {counts['warn']} 警告; "
        f"未解析行 {len(document.unparsed)}",
        style=style,
    )


def overview(
    document: Document,
    report: CheckReport,
    unit: str,
    diff: Diff | None,
    other: Document | None,
) -> RenderableType:
    """The overview of one document, or of a diff (B relative to A)."""
    if diff is None or other is None:
        return Group(
            Text(_title(document), style="bold"),
            Text(""),
            _checks(document, report),
            Text(""),
            _totals(document, unit),
            Text(""),
            _sangong(document, unit),
        )
    headline = Text("\n".join(stat_lines(diff, unit)) or "no differences")
    sangong = Table(title="三公经费变化", title_justify="left", show_edge=False)
    for header in ("项目", "A", "B", "Δ"):
        sangong.add_column(header, justify="left" if header == "项目" else "right")
    for change in diff.sangong:
        sangong.add_row(
            change.item,
            format_amount(change.a, unit),
            format_amount(change.b, unit),
            signed(change.delta, unit),
        )
    return Group(
        Text(f"B relative to A — {comparison_label(diff.comparison, diff.unread)}", style="bold"),
        Text(f"A: {_title(other)}", style="green"),
        Text(f"B: {_title(document)}", style="red"),
        Text(""),
        Panel(headline, title="变化概要", title_align="left"),
        sangong if diff.sangong else Text("三公经费: 无变化"),
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
    ) -> None:
        self.update(overview(document, report, unit, diff, other))
