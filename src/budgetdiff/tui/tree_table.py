"""TreeTable: a classification table (类/款/项) as an expandable tree with aligned amounts.

One row per visible node; expanding or collapsing rebuilds the rows. With two
tables (diff mode) the tree is the union of both sides' codes and the columns
are A, B, Δ and Δ% of the measured column, rows marked + (only in B), − (only
in A), ~ (renamed).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable

from budgetdiff.diffing.model import pct_of
from budgetdiff.model import CodeTable, Values
from budgetdiff.money import Amount, format_amount, subtract
from budgetdiff.render.numbers import percent
from budgetdiff.text import fold_name, printable

BAR_WIDTH = 10


@dataclass
class Node:
    """A code of the tree, with the amounts of each side (A is None outside diff mode)."""

    code: str
    name: str
    level: str
    depth: int
    b: Values | None
    a: Values | None = None
    mark: str = ""
    old_name: str | None = None
    line: int | None = None
    a_line: int | None = None
    children: list[str] = field(default_factory=list)
    parent: str | None = None


def _attach(codes: set[str], code: str) -> str | None:
    parent = code[:-2] if len(code) > 3 else None
    while parent is not None and parent not in codes:
        parent = parent[:-2] if len(parent) > 3 else None
    return parent


def build_nodes(table: CodeTable, other: CodeTable | None = None) -> dict[str, Node]:
    """The union tree of ``table`` (B, or the only document) and ``other`` (A)."""
    nodes: dict[str, Node] = {}
    for row in table.rows:
        nodes[row.code] = Node(row.code, row.name, str(row.level), 0, row.values, line=row.line)
    if other is not None:
        for node in nodes.values():
            node.a = {}
            node.mark = "+"
        for row in other.rows:
            both = nodes.get(row.code)
            if both is None:
                nodes[row.code] = Node(
                    row.code, row.name, str(row.level), 0, None, row.values, "−", a_line=row.line
                )
                continue
            both.a, both.a_line, both.mark = row.values, row.line, ""
            if fold_name(row.name) != fold_name(both.name):
                both.mark, both.old_name = "~", row.name
    codes = set(nodes)
    for code in sorted(codes):
        node = nodes[code]
        node.parent = _attach(codes, code)
        if node.parent is not None:
            nodes[node.parent].children.append(code)
    for code in sorted(codes, key=len):
        node = nodes[code]
        node.depth = nodes[node.parent].depth + 1 if node.parent else 0
    return dict(sorted(nodes.items()))


class TreeTable(DataTable[Text]):
    """An expandable classification tree. Enter/Space toggles, →/← expand/collapse."""

    BINDINGS: ClassVar = [
        Binding("enter,space", "toggle_node", "展开/折叠", show=False),
        Binding("right,l", "expand", "展开", show=False),
        Binding("left,h", "collapse", "折叠", show=False),
        Binding("E", "expand_all", "全部展开"),
        Binding("C", "collapse_all", "全部折叠"),
        Binding("j", "cursor_down", "下", show=False),
        Binding("k", "cursor_up", "上", show=False),
        Binding("c", "toggle_changed", "仅变化", show=False),
        Binding("right_square_bracket", "next_change", "下一处", show=False),
        Binding("left_square_bracket", "previous_change", "上一处", show=False),
        Binding("m", "cycle_measure", "度量列", show=False),
    ]

    unit: reactive[str] = reactive("元", init=False)
    """The display unit of amounts."""
    changed_only: reactive[bool] = reactive(False, init=False)
    """Diff mode: show only rows that changed, and their ancestors."""
    measured: reactive[str] = reactive("合计", init=False)
    """Diff mode: the column whose A, B, Δ and Δ% are shown."""
    increase_red: bool = True

    class NodeSelected(Message):
        """The cursor moved to a node."""

        def __init__(self, table: TreeTable, node: Node) -> None:
            super().__init__()
            self.table = table
            self.node = node

    def __init__(
        self,
        table: CodeTable,
        other: CodeTable | None = None,
        *,
        unit: str = "元",
        id: str | None = None,  # noqa: A002 - Textual's name for it
    ) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.code_table = table
        self.other = other
        self.tree_nodes = build_nodes(table, other)
        self.root_codes = [code for code, node in self.tree_nodes.items() if node.parent is None]
        self.open_codes: set[str] = set()
        self._cell_cache: dict[str, list[Text]] = {}
        self.shown: list[str] = []
        self.columns_shown = table.columns
        self.set_reactive(TreeTable.unit, unit)
        self.set_reactive(TreeTable.measured, table.columns[0] if table.columns else "合计")

    @property
    def diff_mode(self) -> bool:
        return self.other is not None

    def on_mount(self) -> None:
        # Textual measures every new cell, and an unsized Rich console asks the OS for
        # the terminal size on each measurement; a fixed size makes that free.
        console = self.app.console
        if console.size != (self.app.size.width, self.app.size.height):
            console.size = (self.app.size.width, self.app.size.height)
        self.rebuild()

    # -- structure -------------------------------------------------------------------------

    def changed(self, code: str) -> bool:
        """True when the node or anything beneath it differs between A and B."""
        node = self.tree_nodes[code]
        if not self.diff_mode:
            return False
        if node.mark:
            return True
        a, b = node.a or {}, node.b or {}
        if any((a.get(c) or 0) != (b.get(c) or 0) for c in set(a) | set(b)):
            return True
        return any(self.changed(child) for child in node.children)

    def _shown_codes(self) -> Iterator[str]:
        stack = list(reversed(self.root_codes))
        while stack:
            code = stack.pop()
            if self.changed_only and not self.changed(code):
                continue
            yield code
            node = self.tree_nodes[code]
            if code in self.open_codes or self.changed_only:
                stack.extend(reversed(node.children))

    def rebuild(self) -> None:
        """Recompute the visible rows, keeping the cursor on the same code."""
        current = self.current_code
        self.clear(columns=True)
        if self.diff_mode:
            self.add_columns(
                "", "编码", "名称", f"A {self.measured}", f"B {self.measured}", "Δ", "Δ%"
            )
        else:
            self.add_columns("编码", "名称", *map(printable, self.columns_shown), "占比")
        self.shown = list(self._shown_codes())
        # Only the name cell (its ▸/▾) depends on what is open; the rest is cached
        # per code until the unit or the measured column changes.
        cache = self._cell_cache
        for code in self.shown:
            node = self.tree_nodes[code]
            cells = cache.get(code)
            if cells is None:
                cells = cache[code] = self._row_cells(node)
            name_at = 2 if self.diff_mode else 1
            self.add_row(*cells[:name_at], self._name_cell(node), *cells[name_at + 1 :], key=code)
        total = self._total_row()
        if total is not None:
            self.add_row(*total, key="__total__")
        if current in self.shown:
            self.move_cursor(row=self.shown.index(current), animate=False)

    # -- cells -----------------------------------------------------------------------------

    def _amount_cell(self, value: Amount | None, style: str = "") -> Text:
        return Text(format_amount(value, self.unit), justify="right", style=style)

    def _name_cell(self, node: Node) -> Text:
        arrow = (
            "▸ "
            if node.children and node.code not in self.open_codes
            else ("▾ " if node.children else "  ")
        )
        name = printable(node.name)
        if node.old_name:
            name += f" (原: {printable(node.old_name)})"
        style = "bold" if node.depth == 0 else ""
        return Text("  " * node.depth + arrow + name, style=style)

    def _share_cell(self, value: Amount | None) -> Text:
        total = (
            (self.code_table.total or {}).get(self.columns_shown[0]) if self.columns_shown else None
        )
        if not total or value is None:
            return Text("")
        share = Decimal(value) / Decimal(total)
        filled = int(share * BAR_WIDTH)
        return Text(f"{'█' * filled}{'·' * (BAR_WIDTH - filled)} {share:6.1%}", style="cyan")

    def _delta_colour(self, delta: Amount) -> str:
        up, down = ("red", "green") if self.increase_red else ("green", "red")
        return up if delta > 0 else down if delta < 0 else ""

    def _row_cells(self, node: Node) -> list[Text]:
        if not self.diff_mode:
            values = node.b or {}
            amounts = [self._amount_cell(values.get(column)) for column in self.columns_shown]
            first = values.get(self.columns_shown[0]) if self.columns_shown else None
            return [Text(node.code), self._name_cell(node), *amounts, self._share_cell(first)]
        a = (node.a or {}).get(self.measured)
        b = (node.b or {}).get(self.measured)
        mark_style = {"+": "bold red", "−": "bold green", "~": "yellow"}.get(node.mark, "")
        return [
            Text(node.mark, style=mark_style),
            Text(node.code),
            self._name_cell(node),
            *self._change_cells(a, b),
        ]

    def _total_row(self) -> list[Text] | None:
        total_b = self.code_table.total
        if total_b is None:
            return None
        label = Text("合计", style="bold")
        if not self.diff_mode:
            first = total_b.get(self.columns_shown[0]) if self.columns_shown else None
            return [
                Text(""),
                label,
                *(self._amount_cell(total_b.get(c), "bold") for c in self.columns_shown),
                self._share_cell(first),
            ]
        total_a = self.other.total if self.other is not None else None
        a, b = (total_a or {}).get(self.measured), total_b.get(self.measured)
        return [Text(""), Text(""), label, *self._change_cells(a, b, bold=True)]

    def _change_cells(self, a: Amount | None, b: Amount | None, bold: bool = False) -> list[Text]:
        """A, B, Δ (▲/▼) and Δ% cells of one row."""
        delta = subtract(b, a)
        arrow = "▲ " if delta > 0 else "▼ " if delta < 0 else ""
        pct = percent(pct_of(a, delta), delta)
        style = self._delta_colour(delta) + (" bold" if bold else "")
        return [
            self._amount_cell(a, "bold" if bold else ""),
            self._amount_cell(b, "bold" if bold else ""),
            Text(
                arrow + format_amount(delta, self.unit, signed=True) if delta else "",
                justify="right",
                style=style,
            ),
            Text(pct, justify="right", style=style),
        ]

    # -- the node under the cursor ----------------------------------------------------------

    @property
    def current_code(self) -> str | None:
        if not self.shown or not 0 <= self.cursor_row < len(self.shown):
            return None
        return self.shown[self.cursor_row]

    @property
    def current_node(self) -> Node | None:
        code = self.current_code
        return self.tree_nodes[code] if code is not None else None

    def reveal(self, code: str) -> None:
        """Expand the ancestors of ``code`` and put the cursor on it."""
        node = self.tree_nodes.get(code)
        if node is None:
            return
        parent = node.parent
        while parent is not None:
            self.open_codes.add(parent)
            parent = self.tree_nodes[parent].parent
        if self.changed_only and not self.changed(code):
            self.changed_only = False
        self.rebuild()
        if code in self.shown:
            self.move_cursor(row=self.shown.index(code))

    def find(self, query: str) -> str | None:
        """The first code starting with ``query``, else the first name containing it."""
        query = query.strip()
        if not query:
            return None
        folded = fold_name(query)
        for code in self.tree_nodes:
            if code.startswith(query):
                return code
        for code, node in self.tree_nodes.items():
            if folded in fold_name(node.name):
                return code
        return None

    # -- actions ---------------------------------------------------------------------------

    def action_toggle_node(self) -> None:
        """Expand or collapse the node under the cursor."""
        code = self.current_code
        if code is None or not self.tree_nodes[code].children:
            return
        self.open_codes.symmetric_difference_update({code})
        self.rebuild()

    def action_expand(self) -> None:
        code = self.current_code
        if code is not None and self.tree_nodes[code].children and code not in self.open_codes:
            self.open_codes.add(code)
            self.rebuild()

    def action_collapse(self) -> None:
        """Collapse the node, or move to its parent when it is collapsed already."""
        code = self.current_code
        if code is None:
            return
        if code in self.open_codes:
            self.open_codes.discard(code)
            self.rebuild()
        elif (parent := self.tree_nodes[code].parent) is not None:
            self.move_cursor(row=self.shown.index(parent))

    def action_expand_all(self) -> None:
        self.open_codes = {code for code, node in self.tree_nodes.items() if node.children}
        self.rebuild()

    def action_collapse_all(self) -> None:
        self.open_codes.clear()
        self.rebuild()

    def action_toggle_changed(self) -> None:
        if self.diff_mode:
            self.changed_only = not self.changed_only

    def _changed_codes(self) -> list[str]:
        return [
            code
            for code, node in self.tree_nodes.items()
            if self.diff_mode
            and (
                node.mark
                or any(
                    ((node.a or {}).get(c) or 0) != ((node.b or {}).get(c) or 0)
                    for c in set(node.a or {}) | set(node.b or {})
                )
            )
        ]

    def _jump_change(self, step: int) -> None:
        changes = self._changed_codes()
        if not changes:
            self.notify("no changes in this table")
            return
        current = self.current_code or ""
        ahead = [c for c in changes if (c > current if step > 0 else c < current)]
        target = (ahead[0] if step > 0 else ahead[-1]) if ahead else changes[0 if step > 0 else -1]
        self.reveal(target)

    def action_next_change(self) -> None:
        self._jump_change(1)

    def action_previous_change(self) -> None:
        self._jump_change(-1)

    def action_cycle_measure(self) -> None:
        if not self.diff_mode or not self.columns_shown:
            return
        columns = list(self.columns_shown)
        index = columns.index(self.measured) if self.measured in columns else -1
        self.measured = columns[(index + 1) % len(columns)]

    def watch_unit(self) -> None:
        self._cell_cache.clear()
        self.rebuild()

    def watch_changed_only(self) -> None:
        self.rebuild()

    def watch_measured(self) -> None:
        self._cell_cache.clear()
        self.rebuild()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        node = self.current_node
        if node is not None:
            self.post_message(self.NodeSelected(self, node))

    def row_text(self) -> str | None:
        """The row under the cursor as tab-separated text (code, name, amounts)."""
        node = self.current_node
        if node is None:
            return None
        if self.diff_mode:
            a, b = (node.a or {}).get(self.measured), (node.b or {}).get(self.measured)
            cells = [
                node.code,
                node.name,
                self.measured,
                format_amount(a, self.unit),
                format_amount(b, self.unit),
                format_amount(subtract(b, a), self.unit, True),
            ]
        else:
            values = node.b or {}
            cells = [
                node.code,
                node.name,
                *(format_amount(values.get(c), self.unit) for c in self.columns_shown),
            ]
        return "\t".join(cells)
