"""The tree views of the tables (支出, 收入, 经济, the 总表, and a 决算's) on ``TreeView``.

A ``TableView`` shows one table's ``TableRows``: in diff mode the columns A, B, Δ and
Δ% of the measured column (Δ and Δ% kept at any width), for a budget against its
final accounts 预算数, 决算数, 差额 and 完成率, with one document the table's own
columns. Every figure is the row model's (the Diff's ``ColumnChange``);
this module only formats them. The tree is built the first time the view is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from budgetdiff.render.colours import Colours
from budgetdiff.render.numbers import completion, format_amount, percent, signed
from budgetdiff.text import printable
from budgetdiff.tui.rows import SORTS, SortValues, TableRows, ViewRow
from budgetdiff.tui.tree_view import TreeColumn, TreeRow, TreeView
from budgetdiff.tui.view_export import ViewTable

# The narrowest the columns are: a column is as wide as its widest figure, never cut.
AMOUNT_WIDTH = 13
DELTA_WIDTH = 15
PCT_WIDTH = 9
LABEL_WIDTH = 26
LABEL_WIDTH_DIFF = 22
"""The narrowest the code and name may be before columns are dropped: at 80 columns a
diff keeps A, B, Δ and Δ%, one document its first columns."""
SORT_LABELS = {"code": "编码", "amount": "金额", "delta": "Δ", "pct": "Δ%"}
EXECUTION_SORT_LABELS = {**SORT_LABELS, "delta": "差额", "pct": "完成率"}
"""Completion orders the rows as Δ% does (both are B against A)."""
KIND_LABELS = {
    "added": "新增",
    "removed": "删除",
    "renamed": "改名",
    "moved": "改编码",
    "merged": "合并",
    "split": "拆分",
    "amount": "金额变化",
    "rounding": "尾差",
}
PRESENCE_LABELS = {"added": "（只有 B 有这张表）", "removed": "（只有 A 有这张表）"}


@dataclass(frozen=True)
class CellContext:
    """What the cells of a tree are formatted with; a new one redraws the visible rows."""

    rows: Mapping[str, ViewRow]
    columns: tuple[str, ...]
    diff: bool
    unit: str
    measured: str
    colours: Colours
    execution: bool = False


def row_cells(row: TreeRow, context: CellContext) -> Sequence[Text]:
    """The cells of one visible row."""
    return cells_of(context.rows[row.key], context)


def cells_of(shown: ViewRow, context: CellContext) -> Sequence[Text]:
    """The cells of ``shown``, formatted in the context's unit."""
    if shown.heading:
        return ()
    unit, bold = context.unit, "bold" if shown.total else ""
    if not context.diff:
        values = shown.b or {}
        return [Text(format_amount(values.get(c), unit), style=bold) for c in context.columns]
    change = shown.change(context.measured)
    delta = change.delta
    style = f"{context.colours.delta(delta)} {bold}".strip()
    if context.execution:
        both = shown.a is not None and shown.b is not None
        return [
            Text(format_amount(change.a, unit), style=bold),
            Text(format_amount(change.b, unit), style=bold),
            Text(signed(delta, unit) if both else "", style=style),
            Text(completion(change.completion), style=bold),
        ]
    if shown.part_of is not None:  # a part of a split: A's amount is on the split's row
        return [Text(""), Text(format_amount(change.b, unit), style=bold), Text(""), Text("")]
    rollup = (shown.rollup or {}).get(context.measured)
    if delta:
        delta_cell = Text(signed(delta, unit), style=style)
    elif rollup:
        delta_cell = Text(f"∑{signed(rollup, unit)}", style=context.colours.delta(rollup))
    else:
        delta_cell = Text("")
    return [
        Text(format_amount(change.a, unit), style=bold),
        Text(format_amount(change.b, unit), style=bold),
        delta_cell,
        Text(percent(change.pct, delta) if delta else "", style=style),
    ]


def tree_rows(table: TableRows, colours: Colours) -> list[TreeRow]:
    """The TreeView's rows for ``table``: the label carries the change mark in diff mode."""
    rows: list[TreeRow] = []
    append = rows.append
    kind_style = colours.kind
    for row in table.rows:
        label = printable(row.label)
        if table.diff and not row.heading:
            label = f"{row.mark or ' '} {label}"
        style = "bold" if row.total or row.heading else kind_style(row.kind)
        append(
            TreeRow(
                row.key, row.parent, label, row.search_text, row.changed, SortValues(row), style
            )
        )
    return rows


def describe(row: ViewRow, measured: str, unit: str) -> str:
    """The status line for ``row``: its full name, what changed, where it was."""
    parts = [printable(row.label)]
    if row.kind is not None:
        parts.append(KIND_LABELS.get(row.kind, row.kind))
    why = row.reclassified
    if why is not None:
        years = "、".join(str(year) for year in why.years)
        parts.append(f"{years}年科目调整")
        if row.part_of is not None:
            parts.append("由 " + " ".join(printable(str(c)) for c in why.old) + " 拆分")
        elif len(why.old) > 1 or why.old[0].code != (row.code or ""):
            parts.append("原 " + " + ".join(printable(str(c)) for c in why.old))
        if len(why.new) > 1 and row.part_of is None:
            parts.append("现 " + " + ".join(printable(str(c)) for c in why.new))
    if row.old_code and why is None:
        parts.append(f"原编码 {row.old_code}")
    if row.old_name and (why is None or row.kind == "renamed"):
        parts.append(f"原名称 {printable(row.old_name)}")
    rollup = (row.rollup or {}).get(measured)
    if rollup:
        parts.append(f"下级净变化 {signed(rollup, unit)}")
    lines = [
        f"{side} 第 {line} 行" for side, line in (("A", row.a_line), ("B", row.b_line)) if line
    ]
    if lines:
        parts.append("，".join(lines))
    return "  ·  ".join(parts)


class TableView(Vertical):
    """One table as a tree, with a header line saying how it is measured, sorted and
    filtered. Posts ``NodeSelected`` when the cursor moves."""

    class NodeSelected(Message):
        """The cursor of the tree of ``table`` is on ``row``."""

        def __init__(self, view: TableView, row: ViewRow) -> None:
            super().__init__()
            self.view = view
            self.row = row

        @property
        def control(self) -> TableView:
            return self.view

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "cycle_measure", "度量列", show=False),
        Binding("o", "cycle_sort", "排序"),
        Binding("c", "toggle_changed", "仅变化", show=False),
        Binding("right_square_bracket", "next_change", "下一处", show=False),
        Binding("left_square_bracket", "previous_change", "上一处", show=False),
    ]

    def __init__(
        self,
        rows: TableRows,
        *,
        unit: str,
        colours: Colours,
        tree: list[TreeRow] | None = None,
        id: str | None = None,  # noqa: A002 - Textual's name for it
    ) -> None:
        """``tree`` is ``tree_rows(rows, colours)`` when it has been made already."""
        super().__init__(id=id, classes="table-view")
        self.rows = rows
        self._tree_rows = tree
        self.tree_view: TreeView[CellContext] | None = None
        """The tree, once the view has been shown (``build``)."""
        self.sort = "code"
        self.descending = False
        self.filter_text = ""
        self.changed_only = False
        self.reviewed: frozenset[str] = frozenset()
        """Rows whose changes are all marked: ]/[ step over them (the review's marks)."""
        self._format = CellContext(
            rows.by_key, rows.columns, rows.diff, unit, rows.measured, colours, rows.execution
        )

    def compose(self) -> ComposeResult:
        yield Static(self._header(), classes="tree-header")
        if self.rows.note:
            yield Static(Text(printable(self.rows.note)), classes="tree-note")

    @property
    def measured(self) -> str:
        return self._format.measured

    @property
    def diff(self) -> bool:
        return self.rows.diff

    async def build(self) -> TreeView[CellContext]:
        """The tree, made and mounted on first use."""
        if self.tree_view is None:
            made = self._tree_rows or tree_rows(self.rows, self._format.colours)
            self._tree_rows = None
            self.tree_view = TreeView(
                made,
                self._columns(),
                row_cells,
                self._format,
                label_header="编码 名称" if self.rows.shape == "code" else "项目",
                label_key="code:",
                min_label_width=LABEL_WIDTH_DIFF if self.rows.diff else LABEL_WIDTH,
                id=f"{self.id}-tree" if self.id else None,
            )
            await self.mount(self.tree_view)
        return self.tree_view

    def _columns(self) -> list[TreeColumn]:
        """The columns, each as wide as its widest figure in the current unit (at least
        its usual width): the code and name give way first."""
        columns = self._narrowest_columns()
        widest = [0] * len(columns)
        context = self._format
        for row in self.rows.extremes(self.measured if self.rows.diff else None):
            for index, cell in enumerate(cells_of(row, context)[: len(columns)]):
                widest[index] = max(widest[index], cell.cell_len)
        return [
            replace(column, width=max(column.width, width))
            for column, width in zip(columns, widest, strict=True)
        ]

    def _narrowest_columns(self) -> list[TreeColumn]:
        if self.rows.execution:
            return [
                TreeColumn("a", "预算数", AMOUNT_WIDTH, priority=1),
                TreeColumn("b", "决算数", AMOUNT_WIDTH, priority=2),
                TreeColumn("delta", "差额", DELTA_WIDTH, priority=4),
                TreeColumn("pct", "完成率", PCT_WIDTH, priority=3),
            ]
        if self.rows.diff:
            return [
                TreeColumn("a", "A", AMOUNT_WIDTH, priority=1),
                TreeColumn("b", "B", AMOUNT_WIDTH, priority=2),
                TreeColumn("delta", "Δ", DELTA_WIDTH, priority=4),
                TreeColumn("pct", "Δ%", PCT_WIDTH, priority=3),
            ]
        count = len(self.rows.columns)
        return [
            TreeColumn(f"column:{column}", printable(column), AMOUNT_WIDTH, priority=count - i)
            for i, column in enumerate(self.rows.columns)
        ]

    def _header(self) -> Text:
        parts = [printable(self.rows.title) + PRESENCE_LABELS.get(self.rows.presence, "")]
        if self.rows.execution:
            parts.append("预算 与 决算")
        if self.rows.diff:
            parts.append(f"度量列 {printable(self.measured)} (m)")
        arrow = "↓" if self.descending else "↑"
        labels = EXECUTION_SORT_LABELS if self.rows.execution else SORT_LABELS
        parts.append(f"排序 {labels[self.sort]}{arrow} (o)")
        if self.filter_text:
            parts.append(f"筛选 “{printable(self.filter_text)}”")
        if self.changed_only:
            parts.append("仅变化")
        return Text("  ·  ".join(parts), style="bold")

    def _update_header(self) -> None:
        self.query_one(".tree-header", Static).update(self._header())

    # -- what the app changes ----------------------------------------------------------------

    def set_unit(self, unit: str) -> None:
        """Show every amount in ``unit``: the visible lines are re-formatted, nothing rebuilt."""
        self._set_context(replace(self._format, unit=unit))

    def _set_context(self, context: CellContext) -> None:
        self._format = context
        if self.tree_view is not None:
            self.tree_view.context = context
            self.tree_view.columns = self._columns()

    def search(self, query: str) -> str | None:
        return self.tree_view.search(query) if self.tree_view is not None else None

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self.tree_view is not None:
            self.tree_view.filter(self.filter_text, changed_only=self.changed_only)
        self._update_header()

    @property
    def current(self) -> ViewRow | None:
        """The row under the cursor."""
        key = self.tree_view.cursor_key if self.tree_view is not None else None
        return self.rows.row(key) if key is not None else None

    def view_table(self, unit: str) -> ViewTable:
        """The visible rows as plain values for export: amounts in yuan, no glyphs."""
        keys = (
            self.tree_view.visible_keys
            if self.tree_view is not None
            else [r.key for r in self.rows.rows]
        )
        rows = [row for key in keys if (row := self.rows.row(key)) is not None and not row.heading]
        name = self.rows.table
        if self.rows.execution:
            column = self.measured
            header: tuple[str, ...] = (
                "编码",
                "名称",
                f"预算数 {column} (元)",
                f"决算数 {column} (元)",
                "差额 (元)",
                "完成率 %",
            )
            lines = []
            for row in rows:
                change = row.change(column)
                lines.append(
                    (row.code, row.name, change.a, change.b, change.delta, change.completion)
                )
            return ViewTable(name, header, tuple(lines))
        if self.rows.diff:
            column = self.measured
            header = (
                "编码",
                "名称",
                "变化",
                "原编码",
                "原名称",
                f"A {column} (元)",
                f"B {column} (元)",
                "Δ (元)",
                "Δ%",
            )
            values = []
            for row in rows:
                change = row.change(column)
                part = row.part_of is not None  # a part of a split: Δ is the split's row's
                values.append(
                    (
                        row.code,
                        row.name,
                        KIND_LABELS.get(row.kind or "", ""),
                        row.old_code,
                        row.old_name,
                        change.a,
                        change.b,
                        None if part else change.delta,
                        None if part else change.pct,
                    )
                )
            return ViewTable(name, header, tuple(values))
        header = ("编码", "名称", *(f"{c} (元)" for c in self.rows.columns))
        return ViewTable(
            name,
            header,
            tuple(
                (row.code, row.name, *((row.b or {}).get(c) for c in self.rows.columns))
                for row in rows
            ),
        )

    def reveal(self, key: str) -> None:
        if self.tree_view is not None:
            self.tree_view.reveal(key)

    # -- keys --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cycle_measure", "toggle_changed", "next_change", "previous_change"):
            return self.rows.diff
        return True

    def action_cycle_measure(self) -> None:
        columns = list(self.rows.columns)
        if not columns:
            return
        index = columns.index(self.measured) if self.measured in columns else -1
        self._set_context(replace(self._format, measured=columns[(index + 1) % len(columns)]))
        if self.sort != "code":
            self._apply_sort()
        self._update_header()
        self._announce()

    def action_cycle_sort(self) -> None:
        sorts = [s for s in SORTS if self.rows.diff or s in ("code", "amount")]
        self.sort = sorts[(sorts.index(self.sort) + 1) % len(sorts)]
        self.descending = self.sort != "code"
        self._apply_sort()
        self._update_header()

    def _apply_sort(self) -> None:
        if self.tree_view is None:
            return
        if self.sort == "code":
            self.tree_view.sort_by(None)
        else:
            self.tree_view.sort_by(f"{self.sort}:{self.measured}", descending=self.descending)

    def action_toggle_changed(self) -> None:
        self.changed_only = not self.changed_only
        self._apply_filter()

    def action_next_change(self) -> None:
        self._jump_change(1)

    def action_previous_change(self) -> None:
        self._jump_change(-1)

    def _jump_change(self, step: int) -> None:
        changes = self.rows.changes
        if not changes:
            self.notify("这张表没有变化")
            return
        if self.reviewed:
            unmarked = tuple(key for key in changes if key not in self.reviewed)
            if not unmarked:
                self.notify("这张表的变化都已审阅")
            changes = unmarked or changes
        order = self.rows.order
        current = self.current
        here = order.get(current.key, -1) if current is not None else -1
        if step > 0:
            ahead = [key for key in changes if order[key] > here]
            target = ahead[0] if ahead else changes[0]
        else:
            behind = [key for key in changes if order[key] < here]
            target = behind[-1] if behind else changes[-1]
        self.reveal(target)

    @on(TreeView.RowHighlighted)
    def _highlighted(self, event: TreeView.RowHighlighted) -> None:
        event.stop()
        self._announce()

    def _announce(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.NodeSelected(self, row))
