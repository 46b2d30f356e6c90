"""BudgetApp: explore one document, or a diff of two (B relative to A).

Views are switched with the number keys; every tree view is a ``TreeTable``.
The app never parses text: it is given documents, or ``Pending`` ones that it reads
through the given function in a worker thread while a loading indicator shows.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, Input, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

from budgetdiff.diffing.model import Diff
from budgetdiff.errors import BudgetDiffError
from budgetdiff.model import CheckReport, CodeTable, Document
from budgetdiff.money import format_amount
from budgetdiff.names import UNITS
from budgetdiff.text import printable
from budgetdiff.tui.commands import BudgetCommands
from budgetdiff.tui.config import Settings
from budgetdiff.tui.narrative import Narrative
from budgetdiff.tui.overview import Overview
from budgetdiff.tui.tables import ChecksTable, ProjectsTable, SangongTable
from budgetdiff.tui.tree_table import TreeTable

TREE_VIEWS = {"expenditure": "expenditure", "income": "income", "economic": "economic"}
WHILE_READING = frozenset({"quit", "help_quit"})
"""The only actions there is something to act on before the documents are read."""


@dataclass(frozen=True)
class Pending:
    """A document the app reads itself (in a worker thread), and its name meanwhile."""

    name: str
    read: Callable[[], Document]
    """Reads the document; raises a ``BudgetDiffError`` when it cannot."""


Read = tuple[Document, Document | None, Diff | None, CheckReport]
"""B (or the only document), A, their diff and B's check report, from the reading worker."""


class Reading(Message):
    """The worker has started reading the document called ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class BudgetApp(App[None]):
    """The explorer."""

    CSS_PATH = "app.tcss"
    CSS = """
    #loading { height: 1fr; align: center middle; }
    #loading LoadingIndicator { height: 3; }
    #loading-status { height: 1; width: 100%; text-align: center; }
    """
    TITLE = "budgetdiff"
    AUTO_FOCUS = None
    """Views focus their own table when shown; nothing hidden may hold the focus."""
    COMMANDS: ClassVar = App.COMMANDS | {BudgetCommands}
    BINDINGS: ClassVar = [
        Binding("1", "view('overview')", "概览"),
        Binding("2", "view('expenditure')", "支出"),
        Binding("3", "view('income')", "收入"),
        Binding("4", "view('economic')", "经济"),
        Binding("5", "view('sangong')", "三公"),
        Binding("6", "view('projects')", "项目"),
        Binding("7", "view('narrative')", "说明"),
        Binding("8", "view('checks')", "校验"),
        Binding("u", "cycle_unit", "单位"),
        Binding("slash", "search", "搜索"),
        Binding("s", "source", "原文", show=False),
        Binding("y", "copy_row", "复制", show=False),
        Binding("question_mark", "help", "帮助"),
        Binding("q", "quit", "退出"),
        Binding("escape", "close_search", "", show=False),
    ]

    unit: reactive[str] = reactive("元", init=False)
    """Display unit of every amount: 元, 万元 or 亿元."""

    document: Document
    """B, or the only document (set once read when it was given as ``Pending``)."""
    other: Document | None
    diff: Diff | None
    report: CheckReport
    """B's (or the only document's) check report."""

    def __init__(
        self,
        document: Document | Pending,
        other: Document | Pending | None = None,
        settings: Settings | None = None,
        warning: str | None = None,
    ) -> None:
        """``document`` is B (or the only one); ``other`` is A in diff mode."""
        super().__init__()
        self.settings = settings or Settings()
        self.warning = warning
        self.read_error: BudgetDiffError | None = None
        """Why a ``Pending`` document could not be read; the app has exited then."""
        self.pending: tuple[Document | Pending, Document | Pending | None] | None = None
        if isinstance(document, Pending) or isinstance(other, Pending):
            self.pending = (document, other)
        else:
            self.document, self.other, self.diff, self.report = _with_diff(document, other)
        self.set_reactive(BudgetApp.unit, self.settings.unit)
        self.current_view = "overview"

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        if self.pending is not None:
            with Vertical(id="loading"):
                yield LoadingIndicator()
                yield Static(id="loading-status")
            yield Footer(compact=True)
            return
        with ContentSwitcher(initial="overview", id="views"):
            yield Overview(id="overview")
            for view, table_id in TREE_VIEWS.items():
                table = self.document.tables.get(table_id)
                other = self.other.tables.get(table_id) if self.other else None
                with Vertical(id=f"{view}-view"):
                    if isinstance(table, CodeTable):
                        tree = TreeTable(
                            table,
                            other if isinstance(other, CodeTable) else None,
                            unit=self.unit,
                            id=f"{view}-tree",
                        )
                        tree.increase_red = self.settings.increase_red
                        yield tree
                    else:
                        yield Static(f"这份文件没有 {table_id} 表。")
                    if view == "economic":
                        yield Static(id="economic-bars")
            yield SangongTable(id="sangong")
            yield ProjectsTable(id="projects")
            yield Narrative(id="narrative")
            yield ChecksTable(id="checks")
        # Disabled (so never focused) until / opens it.
        yield Input(placeholder="搜索编码或名称 (Enter 确定, Esc 取消)", id="search", disabled=True)
        yield Static(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.theme = (
            self.settings.theme
            if self.settings.theme in self.available_themes
            else ("textual-dark")
        )
        if self.pending is None:
            self._show_documents()
        else:
            self.run_worker(self._read_pending, name="read", thread=True, exclusive=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.pending is None or action in WHILE_READING

    def _read_pending(self) -> Read | BudgetDiffError:
        """The documents, read in order (A first, as the CLI reads them), and their diff;
        or the error that stopped the reading. Runs in a worker thread."""
        assert self.pending is not None
        document, other = self.pending
        try:
            read_other = self._read_one(other) if other is not None else None
            return _with_diff(self._read_one(document), read_other)
        except BudgetDiffError as error:
            return error

    def _read_one(self, side: Document | Pending) -> Document:
        if isinstance(side, Document):
            return side
        with suppress(RuntimeError):  # the app has already quit: nothing to show
            self.post_message(Reading(side.name))
        return side.read()

    def on_reading(self, message: Reading) -> None:
        shown = f"读取 {printable(message.name)} …"
        self.sub_title = shown
        self.query_one("#loading-status", Static).update(Text(shown))

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "read" or event.state != WorkerState.SUCCESS:
            return
        result = event.worker.result
        if isinstance(result, BudgetDiffError):
            self.read_error = result
            self.exit(return_code=2)
            return
        assert result is not None
        self.document, self.other, self.diff, self.report = result
        self.pending = None
        await self.recompose()
        if self.query(ContentSwitcher):  # not when the app is closing
            self._show_documents()

    def _show_documents(self) -> None:
        self.action_view("overview")
        title = " ".join(
            str(p) for p in (self.document.department, self.document.year, self.document.kind) if p
        )
        self.sub_title = printable(title + ("  (对比 A)" if self.diff else ""))
        self.refresh_views()
        if self.warning:
            self.notify(printable(self.warning), severity="warning", timeout=8)

    def on_resize(self, event: events.Resize) -> None:
        # Keep the measuring console in step (see TreeTable.on_mount).
        self.console.size = (event.size.width, event.size.height)

    def trees(self) -> dict[str, TreeTable]:
        """The tree views present, by table id."""
        return {view: tree for view in TREE_VIEWS if (tree := self._tree(view)) is not None}

    def _tree(self, view: str) -> TreeTable | None:
        found = self.query(f"#{view}-tree")
        return found.first(TreeTable) if found else None

    def refresh_views(self) -> None:
        """Redraw every view for the current unit."""
        self.query_one(Overview).show(self.document, self.report, self.unit, self.diff, self.other)
        for tree in self.trees().values():
            tree.unit = self.unit
        self.query_one(SangongTable).show(self.document, self.unit, self.other)
        self.query_one(ProjectsTable).show(self.document, self.unit, self.diff)
        self.query_one(Narrative).show(self.document, self.diff)
        self.query_one(ChecksTable).show(self.report, self.diff)
        self.query_one("#economic-bars", Static).update(self._economic_bars())
        self._status(f"单位: {self.unit}")

    def _economic_bars(self) -> Table | str:
        table = self.document.tables.get("economic")
        if not isinstance(table, CodeTable) or table.total is None:
            return ""
        total = table.total.get("合计") or 0
        bars = Table(title="按类与人员/公用经费", title_justify="left", show_edge=False)
        bars.add_column("类")
        bars.add_column("合计", justify="right")
        bars.add_column("占比")
        for row in table.roots():
            value = row.value("合计") or 0
            share = value / total if total else 0
            bars.add_row(
                printable(f"{row.code} {row.name}"),
                format_amount(value, self.unit),
                Text("█" * int(share * 30) + f" {share:.1%}", style="cyan"),
            )
        for column in ("人员经费", "公用经费"):
            value = table.total.get(column) or 0
            share = value / total if total else 0
            bars.add_row(
                column,
                format_amount(value, self.unit),
                Text("█" * int(share * 30) + f" {share:.1%}", style="magenta"),
            )
        return bars

    def _status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(text))

    # -- actions ---------------------------------------------------------------------------

    def action_view(self, view: str) -> None:
        """Show ``view`` and focus its table."""
        self.current_view = view
        switcher = self.query_one(ContentSwitcher)
        switcher.current = f"{view}-view" if view in TREE_VIEWS else view
        target: Widget | None = self._tree(view) if view in TREE_VIEWS else None
        if target is None and view in ("sangong", "projects", "checks"):
            target = self.query_one(f"#{view}")
        if target is None:
            self.set_focus(None)
        else:
            # The view becomes visible on the next refresh; focus it then.
            target.focus()
            self.call_after_refresh(target.focus)

    def set_unit(self, unit: str) -> None:
        self.unit = unit

    def action_cycle_unit(self) -> None:
        self.unit = UNITS[(UNITS.index(self.unit) + 1) % len(UNITS)]

    def watch_unit(self) -> None:
        self.refresh_views()

    def set_theme(self, theme: str) -> None:
        self.theme = theme

    def _focused_tree(self) -> TreeTable | None:
        return self._tree(self.current_view) if self.current_view in TREE_VIEWS else None

    def action_copy_row(self) -> None:
        """Copy the selected row to the clipboard (OSC 52, so it works over SSH too)."""
        tree = self._focused_tree()
        text = tree.row_text() if tree is not None else None
        if text is None:
            self.notify("nothing to copy here")
            return
        self.copy_to_clipboard(text)
        self._status(f"已复制: {printable(text)}")

    def action_source(self) -> None:
        """Show the source behind the selected row: a PDF's page, or the lines around
        it; in diff mode A's and B's."""
        from budgetdiff.tui.screens import SourceScreen

        tree = self._focused_tree()
        node = tree.current_node if tree is not None else None
        if node is None or (node.line is None and node.a_line is None):
            self.notify("no source line for this row")
            return
        self.push_screen(SourceScreen(self.document, node.line, node.code, self.other, node.a_line))

    def action_help(self) -> None:
        from budgetdiff.tui.screens import HelpScreen

        self.push_screen(HelpScreen())

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.disabled = False
        search.add_class("visible")
        search.value = ""
        search.focus()

    def action_close_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_class("visible"):
            search.remove_class("visible")
            search.disabled = True
            tree = self._focused_tree()
            if tree is not None:
                tree.focus()

    @on(Input.Changed, "#search")
    def _search_as_you_type(self, event: Input.Changed) -> None:
        if self.current_view not in TREE_VIEWS:
            self.action_view("expenditure")
        tree = self._focused_tree()
        code = tree.find(event.value) if tree is not None else None
        if tree is not None and code is not None:
            tree.reveal(code)
            self._status(f"找到: {code} {printable(tree.tree_nodes[code].name)}")
        elif event.value:
            self._status(f"没有找到: {printable(event.value)}")

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.action_close_search()

    def jump_to(self, table: str | None, code: str | None, line: int | None) -> None:
        """Go to ``code`` in ``table``'s view, or show source ``line``."""
        if table in TREE_VIEWS and code is not None:
            self.action_view(table)
            tree = self._tree(table)
            if tree is not None:
                tree.reveal(code)
            return
        if line is not None:
            from budgetdiff.tui.screens import SourceScreen

            self.push_screen(SourceScreen(self.document, line, table or ""))
            return
        if table in ("sangong", "projects"):
            self.action_view(table)

    def action_export_view(self) -> None:
        """Write the current tree view as CSV beside the document (never overwriting)."""
        import csv

        from budgetdiff.export.csv_export import cell_text

        tree = self._focused_tree()
        if tree is None:
            self.notify("export works on the 支出, 收入 and 经济分类 views")
            return
        stem = Path(self.document.source.path or "budget").stem
        target = Path.cwd() / f"{stem}-{self.current_view}.csv"
        counter = 1
        while target.exists():
            target = Path.cwd() / f"{stem}-{self.current_view}-{counter}.csv"
            counter += 1
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([str(column.label) for column in tree.columns.values()])
            for row_key in tree.rows:
                writer.writerow([cell_text(cell.plain) for cell in tree.get_row(row_key)])
        self.notify(f"wrote {printable(str(target))}")


def _with_diff(document: Document, other: Document | None) -> Read:
    from budgetdiff.checks import check

    report = check(document)
    if other is None:
        return document, None, None, report
    from budgetdiff.diffing import diff

    return document, other, diff(other, document, (check(other), report)), report
