"""List views: 三公, 项目 and 校验, each a DataTable with one row per item."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from budgetdiff.diffing.model import Diff
from budgetdiff.model import SANGONG_ITEMS, CheckReport, Document
from budgetdiff.money import format_amount
from budgetdiff.text import printable


def _amount(value: object, unit: str) -> Text:
    return Text(format_amount(value, unit), justify="right")  # type: ignore[arg-type]


class SangongTable(DataTable[Text]):
    """三公: the seven values, the narrative's previous-year figures and changes."""

    def show(self, document: Document, unit: str, other: Document | None = None) -> None:
        self.clear(columns=True)
        self.cursor_type = "row"
        sangong = document.sangong
        if other is None:
            self.add_columns("项目", "本年", "上年（说明推算）", "增减", "说明")
        else:
            self.add_columns("项目", "A", "B", "Δ", "说明 (B)")
        statements = {c.item: c for c in document.narrative.sangong_changes}
        for item in SANGONG_ITEMS:
            now = sangong[item] if sangong else None
            before = (
                (other.sangong[item] if other.sangong else None)
                if other
                else (sangong.prior_year.get(item) if sangong else None)
            )
            change = (now - before) if now is not None and before is not None else None
            stated = statements.get(item)
            note = printable(stated.text) if stated else ""
            if stated and stated.direction == "ambiguous":
                note += " (表述矛盾)"
            cells = [
                Text(item),
                _amount(before, unit) if other else _amount(now, unit),
                _amount(now, unit) if other else _amount(before, unit),
                Text(
                    ("▲ " if change and change > 0 else "▼ " if change and change < 0 else "")
                    + format_amount(change, unit, signed=True)
                    if change is not None
                    else "",
                    justify="right",
                ),
                Text(note),
            ]
            self.add_row(*cells, key=item)


class ProjectsTable(DataTable[Text]):
    """项目: one row per performance form; Enter opens it."""

    BINDINGS: ClassVar = [Binding("enter", "open", "打开", show=False)]

    def show(self, document: Document, unit: str, diff: Diff | None = None) -> None:
        self.clear(columns=True)
        self.cursor_type = "row"
        self.document = document
        self.add_columns("", "项目名称", "类型", "总预算", "当年预算", "上年预算", "子项目", "指标")
        changes = {p.name: p for p in diff.projects} if diff else {}
        for index, project in enumerate(document.projects):
            change = changes.get(project.name or "")
            mark = (
                {"added": "+", "renamed": "~", "changed": "*"}.get(change.kind, "")
                if change
                else ""
            )
            kind = project.type.selected if project.type and project.type.selected else ""
            if project.type and project.type.uncertain and kind:
                kind += "?"
            self.add_row(
                Text(mark, style="bold red"),
                Text(printable(project.name or "（无名称）")),
                Text(kind),
                _amount(project.total_budget, unit),
                _amount(project.year_budget, unit),
                _amount(project.last_year_budget, unit),
                Text(str(len(project.components)), justify="right"),
                Text(str(len(project.indicators)), justify="right"),
                key=str(index),
            )
        for change in diff.projects if diff else ():
            if change.kind == "removed":
                self.add_row(
                    Text("−", style="bold green"),
                    Text(printable(change.name)),
                    Text("removed"),
                    *(Text("") for _ in range(5)),
                    key=f"removed:{change.name}",
                )

    def action_open(self) -> None:
        from budgetdiff.tui.screens import ProjectScreen

        row = self.cursor_row
        if 0 <= row < len(self.document.projects):
            self.app.push_screen(ProjectScreen(self.document.projects[row]))


class ChecksTable(DataTable[Text]):
    """校验: check results, failures first; Enter jumps to the row or source line."""

    BINDINGS: ClassVar = [Binding("enter", "jump", "跳转", show=False)]

    def show(self, report: CheckReport, diff: Diff | None = None) -> None:
        self.clear(columns=True)
        self.cursor_type = "row"
        order = {"fail": 0, "warn": 1, "pass": 2}
        self.results = sorted(report, key=lambda c: order[c.status])
        self.add_columns("状态", "校验", "表", "编码", "行", "说明")
        new = set(diff.checks.new) if diff else set()
        for index, check in enumerate(self.results):
            style = {"fail": "bold red", "warn": "yellow", "pass": "green"}[check.status]
            label = check.status + (" (new)" if check.id in new and check.status == "fail" else "")
            self.add_row(
                Text(label, style=style),
                Text(check.id),
                Text(check.table or ""),
                Text(check.code or ""),
                Text(str(check.line or "")),
                Text(printable(check.message)),
                key=str(index),
            )

    def action_jump(self) -> None:
        if 0 <= self.cursor_row < len(self.results):
            check = self.results[self.cursor_row]
            self.app.jump_to(check.table, check.code, check.line)  # type: ignore[attr-defined]
