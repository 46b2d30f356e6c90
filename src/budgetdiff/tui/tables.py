"""List views: 三公, 项目 and 校验, each a table with one row per item; the 三公 and 校验
views have a details pane under the table for what a row cannot hold.

The views post messages and never call the app: ``JumpRequested`` to go to a row
or a source line, ``ScreenRequested`` (screens.py) to open a form or a check.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar, Literal, Self

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static

from budgetdiff.diffing.model import ColumnChange, Diff, ProjectChange, StatedVsComputed
from budgetdiff.model import (
    SANGONG_ITEMS,
    CheckReport,
    CheckResult,
    Document,
    Execution,
    Project,
)
from budgetdiff.money import Amount
from budgetdiff.render.colours import Colours
from budgetdiff.render.numbers import completion, format_amount, percent, signed
from budgetdiff.text import printable
from budgetdiff.tui.screens import CheckScreen, ProjectScreen, ScreenRequested
from budgetdiff.tui.view_export import ViewTable

TABLE_LABELS: dict[str, str] = {
    "finance_summary": "财务收支总表",
    "income": "收入",
    "expenditure": "支出",
    "fiscal_summary": "财政拨款收支总表",
    "general_public": "一般公共预算",
    "gov_fund": "政府性基金",
    "state_capital": "国有资本经营",
    "economic": "经济分类",
    "income_expenditure_summary": "收支决算总表",
    "basic_expenditure": "基本支出决算",
    "sangong": "三公",
    "projects": "项目",
    "narrative": "说明",
}
"""Short Chinese names of the tables, for labels (ids stay English)."""

STATUS_LABELS = {"fail": "✗ 失败", "warn": "! 警告", "pass": "✓ 通过"}
STATUS_STYLES = {"fail": "bold red", "warn": "bold yellow", "pass": "green"}
NO_COLOR_STATUS_STYLES = {"fail": "bold", "warn": "bold", "pass": ""}
"""Without colours the glyphs ✗ ! ✓ carry the status, failures bold."""
STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2}
KIND_LABELS = {
    "amount": "金额变化",
    "rounding": "仅尾差",
    "added": "新增",
    "removed": "删除",
    "renamed": "改名",
    "moved": "编码变化",
    "merged": "合并",
    "split": "拆分",
    "changed": "有变化",
    "duplicated": "重复",
    "weakened": "目标降低",
    "strengthened": "目标提高",
}
"""The diff's change kinds in Chinese."""
DEFAULT_COLOURS = Colours()


class JumpRequested(Message):
    """Go to ``code`` in ``table``'s view, or (no such row) show source ``line``."""

    def __init__(self, table: str | None, code: str | None, line: int | None) -> None:
        super().__init__()
        self.table, self.code, self.line = table, code, line


def _cell(value: Amount | None, unit: str) -> Text:
    return Text(format_amount(value, unit), justify="right")


def _delta_cells(
    delta: Amount | None, pct: Decimal | None, unit: str, colours: Colours
) -> tuple[Text, Text]:
    if delta is None:
        return Text(""), Text("")
    style = colours.delta(delta)
    return (
        Text(signed(delta, unit), style=style, justify="right"),
        Text(percent(pct, delta), style=style, justify="right"),
    )


class _Details(Static):
    """The pane under a table: the highlighted row in full."""

    DEFAULT_CSS = """
    _Details { height: auto; max-height: 40%; min-height: 3; padding: 0 1;
               border-top: solid $accent; }
    """


class _TableView(Vertical):
    """A table with a details pane; focusing the view focuses its table."""

    DEFAULT_CSS = """
    _TableView DataTable { height: 1fr; }
    """

    def focus(self, scroll_visible: bool = True) -> Self:
        self.query_one(DataTable).focus(scroll_visible)
        return self


SangongMode = Literal["budget", "final", "diff", "execution"]
"""One budget (本年 against the stated 上年), one 决算 (预算数, 决算数, 完成率), a diff
of two documents (A, B) or a budget against its final accounts (预算数, 决算数)."""
SANGONG_HEADERS: dict[str, tuple[str, ...]] = {
    "budget": ("项目", "上年", "本年", "Δ", "Δ%", "说明"),
    "final": ("项目", "预算数", "决算数", "完成率", "说明"),
    "diff": ("项目", "A", "B", "Δ", "Δ%", "说明"),
    "execution": ("项目", "预算数", "决算数", "差额", "完成率", "说明"),
}
"""The columns of the 三公 view in each mode."""
SANGONG_FIGURES: dict[str, tuple[str, str]] = {
    "budget": ("上年（说明推算）", "本年"),
    "final": ("预算数", "决算数"),
    "diff": ("A", "B"),
    "execution": ("预算数（预算）", "决算数（决算）"),
}
"""How the details pane names the two figures of an item."""


@dataclass(frozen=True)
class SangongLine:
    """One 三公 item as the view shows it: two figures (the two years, A and B, or
    预算数 and 决算数), Δ, Δ%, 完成率 and the narrative's statement."""

    item: str
    first: Amount | None
    """The previous year, A, or the 预算数."""
    second: Amount | None
    delta: Amount | None
    pct: Decimal | None
    statement: str
    check: str
    """Whether the narrative agrees with the tables (diff mode) or, for a budget against
    its final accounts, whether the 决算's 预算数 agrees with the budget's."""
    completion: Decimal | None = None
    """决算数 as a percentage of 预算数 (final accounts, or a budget against them)."""


def sangong_mode(document: Document, other: Document | None, diff: Diff | None) -> SangongMode:
    if diff is not None and diff.comparison == "budget_vs_final":
        return "execution"
    if other is not None:
        return "diff"
    if document.sangong is not None and document.sangong.budget:
        return "final"
    return "budget"


def _execution_text(execution: Execution) -> str:
    """What the 决算 narrative states of an item: ``预算 0.95 万元，决算 0.00 万元，完成预算的
    0%。决算数小于预算数的主要原因：…`` (figures as printed)."""
    parts = []
    if execution.budget is not None:
        parts.append(f"预算 {execution.budget.wan} 万元")
    if execution.actual is not None:
        parts.append(f"决算 {execution.actual.wan} 万元")
    if execution.rate is not None:
        parts.append(f"完成预算的 {execution.rate}%")
    text = "，".join(parts) + ("。" if parts else "")
    return printable(text + (execution.direction_text or ""))


def _final_items(document: Document) -> tuple[str, ...]:
    """The items a 决算's 三公 table prints (it has no 机关运行经费)."""
    sangong = document.sangong
    if sangong is None:
        return ()
    return tuple(i for i in SANGONG_ITEMS if i in sangong.budget or i in sangong.values)


def _executions(document: Document) -> dict[str, str]:
    narrative = document.narrative
    stated = {e.names[0]: _execution_text(e) for e in narrative.sangong_item_executions if e.names}
    if narrative.sangong_execution is not None:
        stated.setdefault("合计", _execution_text(narrative.sangong_execution))
    return stated


def _final_lines(document: Document) -> tuple[SangongLine, ...]:
    sangong = document.sangong
    assert sangong is not None
    statements = _executions(document)
    return tuple(
        SangongLine(
            item,
            sangong.budget.get(item),
            sangong[item],
            None,
            None,
            statements.get(item, ""),
            "",
            sangong.completion(item),
        )
        for item in _final_items(document)
    )


def _execution_lines(document: Document, other: Document, diff: Diff) -> tuple[SangongLine, ...]:
    """The budget's 三公 (A) against the 决算's (B): 差额 and 完成率 from the diff."""
    changes = {change.item: change for change in diff.sangong}
    statements = _executions(document)
    stated = {budget.item: budget for budget in diff.budgets}
    lines = []
    for item in _final_items(document):
        before = other.sangong[item] if other.sangong else None
        now = document.sangong[item] if document.sangong else None
        # The diff lists the items that differ; for another one, A's and B's figures
        # as the diff's own type states them.
        change = changes.get(item) or ColumnChange(item, before, now)
        check = ""
        note = stated.get(item)
        if note is not None and note.agrees is not None:
            check = "✓ 与预算文件一致" if note.agrees else "✗ 与预算文件不符"
        lines.append(
            SangongLine(
                item,
                before,
                now,
                change.delta,
                None,
                statements.get(item, ""),
                check,
                change.completion,
            )
        )
    return tuple(lines)


def sangong_lines(
    document: Document, other: Document | None = None, diff: Diff | None = None
) -> tuple[SangongLine, ...]:
    """The items of the 三公 table; Δ, Δ% and 完成率 from the diff (diff mode), from the
    document's stated previous year (``Sangong.change_from_prior``) or its 预算数
    (``Sangong.completion``), never computed here."""
    mode = sangong_mode(document, other, diff)
    if mode == "final":
        return _final_lines(document)
    if mode == "execution":
        assert other is not None and diff is not None
        return _execution_lines(document, other, diff)
    sangong = document.sangong
    statements = {c.item: c for c in document.narrative.sangong_changes}
    changes = {change.item: change for change in diff.sangong} if diff else {}
    stated: dict[str, StatedVsComputed] = {
        note.item: note for note in (diff.stated if diff else ()) if note.side == "b"
    }
    lines = []
    for item in SANGONG_ITEMS:
        now = sangong[item] if sangong else None
        delta: Amount | None
        pct: Decimal | None
        if other is not None:
            before = other.sangong[item] if other.sangong else None
            found = changes.get(item)
            # The diff lists the items that differ: any other item has not changed.
            delta, pct = (found.delta, found.pct) if found else (0, None)
        else:
            before = sangong.prior_year.get(item) if sangong else None
            delta, pct = sangong.change_from_prior(item) if sangong else (None, None)
        statement = statements.get(item)
        text = printable(statement.text) if statement else ""
        if statement and statement.direction == "ambiguous":
            text += "（表述矛盾）"
        note = stated.get(item)
        check = ""
        if note is not None and note.matches is not None:
            check = "✓ 说明与表一致" if note.matches else "✗ 说明与表不符"
        lines.append(SangongLine(item, before, now, delta, pct, text, check))
    return tuple(lines)


class SangongTable(DataTable[Text]):
    """三公: the items' two figures (the year before or A or 预算数, and this year or B or
    决算数), Δ and Δ% or 完成率, and whether a statement (shown in full under the table
    by ``SangongView``) exists."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.lines: tuple[SangongLine, ...] = ()
        self.unit = "元"
        self.mode: SangongMode = "budget"

    def show(
        self,
        document: Document,
        unit: str,
        other: Document | None = None,
        diff: Diff | None = None,
        colours: Colours = DEFAULT_COLOURS,
    ) -> None:
        """``other`` is A in diff mode (``document`` is B)."""
        self.lines = sangong_lines(document, other, diff)
        self.unit, self.mode = unit, sangong_mode(document, other, diff)
        cursor = self.cursor_row
        self.clear(columns=True)
        self.cursor_type = "row"
        self.add_columns(*SANGONG_HEADERS[self.mode])
        for line in self.lines:
            self.add_row(*self._cells(line, colours), key=line.item)
        if 0 <= cursor < len(self.lines):
            self.move_cursor(row=cursor)

    def _cells(self, line: SangongLine, colours: Colours) -> list[Text]:
        unit = self.unit
        note = Text(line.check or ("有说明" if line.statement else ""))
        figures = [Text(line.item), _cell(line.first, unit), _cell(line.second, unit)]
        rate = Text(completion(line.completion), justify="right")
        if self.mode == "final":
            return [*figures, rate, note]
        delta, pct = _delta_cells(line.delta, line.pct, unit, colours)
        if self.mode == "execution":
            return [*figures, delta, rate, note]
        return [*figures, delta, pct, note]

    def view_table(self) -> ViewTable:
        """What the view shows, as plain values for export (amounts in yuan)."""
        headers = SANGONG_HEADERS[self.mode]
        if self.mode in ("final", "execution"):
            header = (*headers[:-1], "说明", "说明与表")
            rows = []
            for line in self.lines:
                delta = (line.delta,) if self.mode == "execution" else ()
                rows.append(
                    (line.item, line.first, line.second, *delta, line.completion,
                     line.statement, line.check[2:] if line.check else None)
                )  # fmt: skip
            return ViewTable("sangong", header, tuple(rows))
        return ViewTable(
            "sangong",
            (*headers, "说明与表"),
            tuple(
                (line.item, line.first, line.second, line.delta, line.pct, line.statement,
                 line.check[2:] if line.check else None)
                for line in self.lines
            ),
        )  # fmt: skip


class SangongView(_TableView):
    """The 三公 table and, under it, the highlighted item's statement in the narrative."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.table = SangongTable(id="sangong-table")
        self.has_table = True

    def compose(self) -> ComposeResult:
        yield self.table
        yield _Details(id="sangong-details")

    def show(
        self,
        document: Document,
        unit: str,
        other: Document | None = None,
        diff: Diff | None = None,
        colours: Colours = DEFAULT_COLOURS,
    ) -> None:
        """``other`` is A in diff mode (``document`` is B)."""
        self.table.show(document, unit, other, diff, colours)
        self.has_table = document.sangong is not None
        self._details()

    @on(DataTable.RowHighlighted, "#sangong-table")
    def _details(self) -> None:
        details = self.query_one(_Details)
        row, lines, unit = self.table.cursor_row, self.table.lines, self.table.unit
        if not self.has_table:
            details.update(Text("这份文件没有三公经费表。"))
            return
        if not 0 <= row < len(lines):
            return
        line = lines[row]
        first, second = SANGONG_FIGURES[self.table.mode]
        text = Text()
        text.append(line.item, style="bold")
        text.append(
            f"  {first} {format_amount(line.first, unit) or '—'}"
            f"  {second} {format_amount(line.second, unit) or '—'} ({unit})"
        )
        if line.completion is not None:
            text.append(f"  完成率 {completion(line.completion)}")
        executed = self.table.mode in ("final", "execution")
        missing = "（说明中没有这一项）" if executed else "（说明中没有这一项的增减）"
        text.append("\n说明: " + (line.statement or missing))
        if line.check:
            text.append("\n" + line.check)
        details.update(text)

    def view_table(self) -> ViewTable:
        return self.table.view_table()


class ProjectsTable(DataTable[Text]):
    """项目: one row per performance form (and, in diff mode, those only A has); Enter
    opens the form."""

    BINDINGS: ClassVar = [Binding("enter", "open", "打开表单", show=False)]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.entries: list[tuple[Project | None, ProjectChange | None]] = []
        self.unit = "元"

    def show(
        self,
        document: Document,
        unit: str,
        diff: Diff | None = None,
        other: Document | None = None,
    ) -> None:
        cursor = self.cursor_row
        self.clear(columns=True)
        self.cursor_type = "row"
        self.unit = unit
        self.add_columns("", "项目名称", "类型", "总预算", "当年预算", "上年预算", "子项目", "指标")
        changes = {p.name: p for p in diff.projects} if diff else {}
        self.entries = []
        for project in document.projects:
            self.entries.append((project, changes.get(project.name or "")))
        earlier = {p.name: p for p in other.projects} if other else {}
        for removed in diff.projects if diff else ():
            if removed.kind == "removed":
                self.entries.append((earlier.get(removed.name), removed))
        for index, entry in enumerate(self.entries):
            self.add_row(*self._cells(*entry), key=str(index))
        if 0 <= cursor < len(self.entries):
            self.move_cursor(row=cursor)

    def _cells(self, project: Project | None, change: ProjectChange | None) -> list[Text]:
        mark = _project_mark(change)
        if project is None or (change is not None and change.kind == "removed"):
            name = change.name if change else ""
            counts = ("", "") if project is None else _counts(project)
            return [
                mark,
                Text(printable(name)),
                Text("仅 A 有"),
                *(_cell(getattr(project, f, None), self.unit) for f in _BUDGETS),
                *(Text(count, justify="right") for count in counts),
            ]
        kind = project.type.selected if project.type and project.type.selected else ""
        if project.type and project.type.uncertain and kind:
            kind += "?"
        return [
            mark,
            Text(printable(project.name or "（无名称）")),
            Text(printable(kind)),
            *(_cell(getattr(project, f), self.unit) for f in _BUDGETS),
            *(Text(count, justify="right") for count in _counts(project)),
        ]

    def action_open(self) -> None:
        row = self.cursor_row
        if not 0 <= row < len(self.entries):
            return
        project, change = self.entries[row]
        if project is None:
            self.notify("A 的这个项目没有表单可看", severity="warning")
            return
        self.post_message(ScreenRequested(ProjectScreen(project, change, self.unit)))

    def view_table(self) -> ViewTable:
        header = ("变化", "项目名称", "类型", "总预算", "当年预算", "上年预算", "子项目", "指标")
        rows = []
        for project, change in self.entries:
            kind = project.type.selected if project is not None and project.type else None
            rows.append(
                (
                    KIND_LABELS.get(change.kind) if change else None,
                    (project.name if project is not None else None)
                    or (change.name if change else None),
                    kind,
                    *(getattr(project, f, None) for f in _BUDGETS),
                    len(project.components) if project is not None else None,
                    len(project.indicators) if project is not None else None,
                )
            )
        return ViewTable("projects", header, tuple(rows))


_BUDGETS = ("total_budget", "year_budget", "last_year_budget")
_PROJECT_MARKS = {"added": "+", "removed": "−", "renamed": "~", "changed": "*"}


def _project_mark(change: ProjectChange | None) -> Text:
    if change is None:
        return Text("")
    return Text(_PROJECT_MARKS.get(change.kind, "*"), style="bold reverse")


def _counts(project: Project) -> tuple[str, str]:
    return str(len(project.components)), str(len(project.indicators))


def location(check: CheckResult) -> str:
    """Where a check points: ``支出 2080599``, ``第 11 页第 9 行`` or ``第 153 行``."""
    parts = []
    if check.table:
        parts.append(TABLE_LABELS.get(check.table, check.table))
    if check.code:
        parts.append(check.code)
    if check.page is not None:
        parts.append(f"第{check.page}页第{check.page_line}行")
    elif check.line is not None:
        parts.append(f"第{check.line}行")
    return " ".join(parts)


def status_label(check: CheckResult, new: bool = False) -> str:
    """``✗ 失败``, ``✗ 新失败`` (fails in B only), ``! 警告`` or ``✓ 通过``."""
    return "✗ 新失败" if new and check.status == "fail" else STATUS_LABELS[check.status]


class ChecksTable(DataTable[Text]):
    """校验: check results, failures first: 状态, 校验, 位置 and the start of the message."""

    BINDINGS: ClassVar = [Binding("enter", "open", "查看", show=False)]
    MESSAGE_WIDTH = 60
    ID_WIDTH = 26
    """Longer check ids are cut (``…``) in the table; the details pane has them whole."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.results: tuple[CheckResult, ...] = ()
        self.new: frozenset[str] = frozenset()
        self.styles_of = STATUS_STYLES

    def show(
        self, report: CheckReport, diff: Diff | None = None, colours: Colours = DEFAULT_COLOURS
    ) -> None:
        self.styles_of = NO_COLOR_STATUS_STYLES if colours.no_color else STATUS_STYLES
        cursor = self.cursor_row
        self.clear(columns=True)
        self.cursor_type = "row"
        self.results = tuple(sorted(report, key=lambda c: STATUS_ORDER[c.status]))
        self.new = frozenset(diff.checks.new) if diff else frozenset()
        self.add_column("状态", key="status")
        longest = max((len(check.id) for check in self.results), default=2)
        self.add_column("校验", key="id", width=min(longest, self.ID_WIDTH))
        self.add_column("位置", key="where")
        self.add_column("说明", key="message")
        for index, check in enumerate(self.results):
            message = printable(check.message.replace("\n", " "))
            if len(message) > self.MESSAGE_WIDTH:
                message = message[: self.MESSAGE_WIDTH - 1] + "…"
            label = status_label(check, check.id in self.new)
            self.add_row(
                Text(label, style=self.styles_of[check.status]),
                Text(check.id),
                Text(location(check)),
                Text(message),
                key=str(index),
            )
        if 0 <= cursor < len(self.results):
            self.move_cursor(row=cursor)

    @property
    def current(self) -> CheckResult | None:
        row = self.cursor_row
        return self.results[row] if 0 <= row < len(self.results) else None

    def action_open(self) -> None:
        """The check in full, in a modal; from there Enter goes to the row or line."""
        check = self.current
        if check is not None:
            screen = CheckScreen(check, status_label(check, check.id in self.new), location(check))
            self.post_message(ScreenRequested(screen, self._jump))

    def _jump(self, check: CheckResult | None) -> None:
        if check is not None:
            self.post_message(JumpRequested(check.table, check.code, check.line))


class ChecksView(_TableView):
    """The 校验 table and, under it, the highlighted check's full message."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.table = ChecksTable(id="checks-table")

    def compose(self) -> ComposeResult:
        yield self.table
        yield _Details(id="check-details")

    def show(
        self, report: CheckReport, diff: Diff | None = None, colours: Colours = DEFAULT_COLOURS
    ) -> None:
        self.table.show(report, diff, colours)
        self._details()

    def _style(self, check: CheckResult) -> str:
        return self.table.styles_of[check.status]

    @on(DataTable.RowHighlighted, "#checks-table")
    def _details(self) -> None:
        table = self.table
        check = table.current
        if check is None:
            self.query_one(_Details).update(Text("没有校验结果。"))
            return
        text = Text()
        text.append(status_label(check, check.id in table.new), style=self._style(check))
        text.append(f"  {check.id}", style="bold")
        text.append("（严格）" if check.strict else "（近似）")
        where = location(check)
        if where:
            text.append(f"  {where}")
        text.append("\n" + printable(check.message))
        self.query_one(_Details).update(text)

    def view_table(self) -> ViewTable:
        header = ("状态", "校验", "严格", "表", "编码", "行", "页", "页内行", "说明")
        rows = tuple(
            (
                check.status,
                check.id,
                check.strict,
                check.table,
                check.code,
                check.line,
                check.page,
                check.page_line,
                check.message,
            )
            for check in self.table.results
        )
        return ViewTable("checks", header, rows)
