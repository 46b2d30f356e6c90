"""BudgetApp: explore one document, or a diff of two (B relative to A).

Views are switched with the number keys, slots that show the same kind of view in a
budget and in final accounts (``view_keys``); every table view is a ``TableView`` over
the row model (``rows``). The app never parses text nor computes a difference: a worker
thread reads the documents (given, or ``Pending``), checks them, diffs them and
builds the rows, then posts ``Analysed``; widgets post messages (``NodeSelected``,
``JumpRequested``, ``ScreenRequested``) that the app handles.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, Input, LoadingIndicator, Static

from budgetdiff.diffing.model import Diff
from budgetdiff.errors import BudgetDiffError
from budgetdiff.model import CheckReport, CodeTable, Document, TwoSidedTable
from budgetdiff.names import UNITS
from budgetdiff.render.colours import Colours
from budgetdiff.render.numbers import completion, format_amount
from budgetdiff.text import printable
from budgetdiff.tui.config import Settings
from budgetdiff.tui.narrative import NarrativeView
from budgetdiff.tui.overview import Overview
from budgetdiff.tui.palette import BudgetCommands, Palette
from budgetdiff.tui.reading import ReadStopped
from budgetdiff.tui.review import REVIEW_BINDINGS, ReviewMarking
from budgetdiff.tui.rows import TableRows, diff_rows, document_rows
from budgetdiff.tui.screens import ScreenRequested
from budgetdiff.tui.tables import ChecksView, JumpRequested, ProjectsTable, SangongView
from budgetdiff.tui.tree_view import TreeRow, TreeView
from budgetdiff.tui.trees import TableView, describe, tree_rows
from budgetdiff.tui.view_export import ViewTable
from budgetdiff.tui.view_keys import (
    SLOTS,
    TREE_TABLES,
    Slot,
    is_final,
    table_name,
    view_label,
    views_of,
)

ON_TREES = frozenset({"search", "filter", "source", "copy_row"})
"""Actions on the rows of a tree view."""
PREPARED_ROWS = 20_000
"""Views of up to this many rows are prepared as soon as the first frame is drawn; a
larger one (a generated document's) when it is first shown, to spare the memory."""
FIRST_FRAME_WAIT = 2.0
"""Seconds the worker waits for the first frame before checking anyway."""
WHILE_READING = frozenset({"quit", "help"})
"""The only actions there is something to act on before the documents are analysed."""


@dataclass(frozen=True)
class Pending:
    """A document the app reads itself (in a worker thread), and its name meanwhile."""

    name: str
    read: Callable[[], Document]
    """Reads the document; raises a ``BudgetDiffError`` when it cannot, or
    ``ReadStopped`` once ``stop`` has been called."""
    stop: Callable[[], None] | None = None
    """Ends the read at once (the app is closing); called when the read is over, too."""


@dataclass(frozen=True, repr=False)
class Documents:
    """The documents once read: B (or the only one) and A.

    No generated ``repr`` here or in ``Analysis``: Textual writes the messages that
    carry them to its log, and the repr of a 60,000-row document takes seconds.
    """

    document: Document
    other: Document | None

    def __repr__(self) -> str:
        return f"Documents({self.document.source.path!r}, diff={self.other is not None})"


@dataclass(frozen=True, repr=False)
class Analysis:
    """B's check report and, in diff mode, the diff."""

    report: CheckReport
    diff: Diff | None

    def __repr__(self) -> str:
        return f"Analysis({len(self.report)} checks, diff={self.diff is not None})"


def analyse(documents: Documents) -> Analysis:
    """Check B (and A) and diff them."""
    from budgetdiff.checks import check

    report = check(documents.document)
    if documents.other is None:
        return Analysis(report, None)
    from budgetdiff.diffing import diff as diff_documents

    other = documents.other
    return Analysis(report, diff_documents(other, documents.document, (check(other), report)))


def final_accounts(documents: Documents) -> bool:
    """B (or the only document) is final accounts: the views are a 决算's."""
    return is_final(documents.document.kind)


def tree_tables(documents: Documents, diff: Diff | None) -> list[str]:
    """The tree tables there is something to show of, in view order."""
    if diff is None:
        return [t for t in TREE_TABLES if t in documents.document.tables]
    present = {table.table for table in diff.tables}
    return [t for t in TREE_TABLES if t in present]


def table_size(documents: Documents, diff: Diff | None, table_id: str) -> int:
    """How many rows ``table_id``'s view will have (about)."""
    if diff is not None:
        return sum(len(t.nodes) for t in diff.tables if t.table == table_id)
    table = documents.document.tables.get(table_id)
    if isinstance(table, CodeTable):
        return len(table.rows)
    if isinstance(table, TwoSidedTable):
        return len(table.income_items) + len(table.expenditure_items)
    return 0


def table_rows(documents: Documents, diff: Diff | None, table_id: str) -> TableRows:
    """The rows of ``table_id``'s view: from the Diff's union tree, or the one document."""
    if diff is not None:
        (table,) = [t for t in diff.tables if t.table == table_id]
        other = documents.other
        both_final = other is not None and is_final(other.kind) and final_accounts(documents)
        execution = diff.comparison == "budget_vs_final"
        return diff_rows(table, final=both_final, execution=execution)
    return document_rows(documents.document.tables[table_id])


class Reading(Message):
    """The worker has started reading the document called ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class Read(Message):
    """The worker has read the documents (it checks and diffs them next)."""

    def __init__(self, documents: Documents) -> None:
        super().__init__()
        self.documents = documents


class Analysed(Message):
    """The worker is done: the documents are checked and diffed."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis


class RowsBuilt(Message):
    """The second worker has built the rows of ``table``'s view (and its tree's)."""

    def __init__(self, table: str, rows: TableRows, tree: list[TreeRow]) -> None:
        super().__init__()
        self.table = table
        self.rows = rows
        self.tree = tree


class ReadFailed(Message):
    """The worker could not read a document."""

    def __init__(self, error: BudgetDiffError) -> None:
        super().__init__()
        self.error = error


def _slot_label(slot: Slot) -> str:
    """``经济分类 / 基本支出决算`` for a key whose view differs between the two kinds."""
    labels = dict.fromkeys((view_label(slot.budget), view_label(slot.final, final=True)))
    return " / ".join(labels)


def _view_binding(index: int, slot: Slot) -> Binding:
    return Binding(slot.key, f"switch_view({index})", _slot_label(slot), show=False)


class BudgetApp(ReviewMarking):
    """The explorer (in diff mode with the review's marks: ``ReviewMarking``)."""

    CSS_PATH = "app.tcss"
    TITLE = "budgetdiff"
    AUTO_FOCUS = None
    """Views focus their own table when shown; nothing hidden may hold the focus."""
    COMMANDS: ClassVar = App.COMMANDS | {BudgetCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "帮助"),
        Binding("q", "quit", "退出"),
        # Textual's Ctrl+C says (in English) to press Ctrl+Q: here it quits, from anywhere.
        Binding("ctrl+c", "quit", "退出", show=False, priority=True),
        *(_view_binding(index, slot) for index, slot in enumerate(SLOTS)),
        Binding("slash", "search", "搜索"),
        Binding("f", "filter", "筛选"),
        Binding("u", "cycle_unit", "单位"),
        Binding("s", "source", "原文", show=False),
        Binding("y", "copy_row", "复制本行", show=False),
        Binding("x", "export_view", "导出视图", show=False),
        Binding("r", "open_recent", "最近的文件", show=False),
        Binding("escape", "close_input", "关闭输入框", show=False),
        Binding("ctrl+p", "command_palette", "命令", show=False, priority=True),
    ]

    unit: reactive[str] = reactive("元", init=False)
    """Display unit of every amount: 元, 万元 or 亿元."""

    def __init__(
        self,
        document: Document | Pending,
        other: Document | Pending | None = None,
        settings: Settings | None = None,
        warning: str | None = None,
        opener: Callable[[str], Pending] | None = None,
        review: str | None = None,
    ) -> None:
        """``document`` is B (or the only one); ``other`` is A in diff mode. ``opener``
        makes a ``Pending`` of a path, for opening a recent file from the app; ``review``
        is the review file of the diff (default: beside B)."""
        super().__init__()
        self.review_file = review
        self.settings = settings or Settings()
        self.warning = warning
        self.opener = opener
        self.read_error: BudgetDiffError | None = None
        """Why a ``Pending`` document could not be read; the app has exited then."""
        self.crash: Exception | None = None
        """The unhandled exception (a bug) that ended the app, if one did."""
        self.sides: tuple[Document | Pending, Document | Pending | None] = (document, other)
        self.documents: Documents | None = None
        self.analysis: Analysis | None = None
        self.drawn = threading.Event()
        """Set once the views have been drawn the first time."""
        self.rows: dict[str, TableRows] = {}
        """The rows of each tree view, as the second worker builds them."""
        self._requested: set[str] = set()
        self.set_reactive(BudgetApp.unit, self.settings.unit)
        self.current_view = "overview"
        self.input_mode: str | None = None
        """``search`` or ``filter`` while the input box is open."""

    # -- what was analysed -------------------------------------------------------------------

    @property
    def document(self) -> Document:
        """B, or the only document."""
        assert self.documents is not None
        return self.documents.document

    @property
    def other(self) -> Document | None:
        return self.documents.other if self.documents else None

    @property
    def diff(self) -> Diff | None:
        return self.analysis.diff if self.analysis else None

    @property
    def report(self) -> CheckReport | None:
        """B's check report, once the worker has checked it."""
        return self.analysis.report if self.analysis else None

    @property
    def table_rows(self) -> dict[str, TableRows]:
        """The rows of every tree view built so far, by table id."""
        return self.rows

    @property
    def shown(self) -> bool:
        """The views are there: one document read, or two read and diffed."""
        if self.documents is None:
            return False
        return self.documents.other is None or self.analysis is not None

    @property
    def colours(self) -> Colours:
        return Colours(increase_red=self.settings.increase_red, no_color=self.no_color)

    @property
    def final(self) -> bool:
        """The views are a 决算's (B, or the only document, is final accounts)."""
        return self.documents is not None and final_accounts(self.documents)

    def views(self) -> tuple[str, ...]:
        """Every view of this kind of document, in key order."""
        return views_of(self.final)

    def view_names(self) -> list[str]:
        """The views there is something to show in."""
        return [v for v in self.views() if v not in TREE_TABLES or v in self.table_rows]

    def label(self, view: str) -> str:
        """The view's Chinese label for this kind of document."""
        return view_label(view, self.final)

    # -- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        if not self.shown:
            with Vertical(id="loading"):
                if any(isinstance(side, Pending) for side in self.sides):
                    yield LoadingIndicator()
                # (An animation would take the worker's time: analysing is quick.)
                yield Static(Text("分析中 …"), id="loading-status")
            yield Footer(compact=True)
            return
        with ContentSwitcher(initial="overview-view", id="views"):
            with VerticalScroll(id="overview-view"):
                yield Overview(id="overview")
            assert self.documents is not None
            tables = tree_tables(self.documents, self.diff)
            for table_id in self.views():
                if table_id not in TREE_TABLES:
                    continue
                with Vertical(id=f"{table_id}-view", classes="tree-view"):
                    name = table_name(table_id, self.final)
                    if table_id not in tables:
                        yield Static(Text(self._absent(name)))
                    else:
                        size = table_size(self.documents, self.diff, table_id)
                        yield Static(Text(f"正在准备{name}（{size:,} 行）…"), classes="preparing")
            yield SangongView(id="sangong")
            yield ProjectsTable(id="projects")
            yield NarrativeView(id="narrative")
            yield ChecksView(id="checks")
        # Disabled (so never focused) until / or f opens it.
        yield Input(id="query", disabled=True)
        yield Static(id="status")
        yield Footer(compact=True)

    def _absent(self, name: str) -> str:
        """Why there is no tree of table ``name``."""
        if self.diff is None:
            return f"这份文件没有{name}。"
        if self.diff.comparison == "budget_vs_final":
            return f"预算与决算不都有{name}：这里只比较两者都有的表。"
        return f"两份文件都没有{name}。"

    def on_mount(self) -> None:
        self.theme = (
            self.settings.theme if self.settings.theme in self.available_themes else "textual-dark"
        )
        self._start()

    def _start(self) -> None:
        self.drawn.clear()
        self.run_worker(self._work, name="analyse", thread=True, exclusive=True)

    def _build_rows(self, documents: Documents, diff: Diff | None, tables: list[str]) -> None:
        """Build the rows of the views of ``tables``; runs in a worker thread and posts
        ``RowsBuilt`` per table."""
        colours = self.colours
        built: list[TableRows] = []
        for table_id in tables:
            rows = table_rows(documents, diff, table_id)
            # its index and its columns' widths too are found here, off the event loop
            rows.by_key  # noqa: B018
            rows.extremes(rows.measured if rows.diff else None)
            built.append(rows)
            with suppress(RuntimeError):
                self.post_message(RowsBuilt(table_id, rows, tree_rows(rows, colours)))
        for rows in built:  # the widths of the columns m can measure next
            for column in rows.columns if rows.diff else ():
                rows.extremes(column)
        gc.freeze()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.shown:
            return action in WHILE_READING
        if action in ON_TREES and self.current_view not in TREE_TABLES:
            return None  # shown dimmed in the footer: there is no tree here
        # marks are for the changes of a diff
        return not (action.startswith("review_") and self.diff is None)

    def _work(self) -> None:
        """Read (A first, as the CLI does), then check and diff; runs in a worker thread
        and posts ``Read`` and ``Analysed``, or ``ReadFailed``."""
        document, other = self.sides
        try:
            read_other = self._read_one(other) if other is not None else None
            documents = Documents(self._read_one(document), read_other)
        except ReadStopped:  # the app is closing, or has opened another file
            return
        except BudgetDiffError as error:
            with suppress(RuntimeError):  # the app has already quit: nothing to show
                self.post_message(ReadFailed(error))
            return
        # What was read stays as it is while the app runs: spare the collector walking
        # a large document's objects on every full collection.
        gc.freeze()
        with suppress(RuntimeError):
            self.post_message(Read(documents))
            if documents.other is None:
                # One document shows before it is checked: leave the app the interpreter
                # until its first frame is drawn.
                self.drawn.wait(FIRST_FRAME_WAIT)
            self.post_message(Analysed(analyse(documents)))

    def _read_one(self, side: Document | Pending) -> Document:
        if isinstance(side, Document):
            return side
        with suppress(RuntimeError):
            self.post_message(Reading(side.name))
        try:
            return side.read()
        finally:
            if side.stop is not None:
                side.stop()

    def _stop_reading(self) -> None:
        """End the reads under way (or not yet begun) of the documents being opened."""
        for side in self.sides:
            if isinstance(side, Pending) and side.stop is not None:
                side.stop()

    def on_unmount(self) -> None:
        # The worker thread cannot be stopped, and the interpreter waits for it at exit:
        # end its read, so that quitting while a PDF is read quits at once.
        self._stop_reading()

    @on(Reading)
    def _reading(self, message: Reading) -> None:
        shown = f"读取 {printable(message.name)} …"
        self.sub_title = shown
        with suppress(Exception):
            self.query_one("#loading-status", Static).update(Text(shown))

    @on(ReadFailed)
    def _read_failed(self, message: ReadFailed) -> None:
        if self.documents is not None:  # a recent file could not be opened: keep the open one
            self.notify(printable(f"无法打开: {message.error}"), severity="error", timeout=8)
            return
        self.read_error = message.error
        self.exit(return_code=2)

    @on(Read)
    async def _read(self, message: Read) -> None:
        self.documents, self.analysis, self.rows = message.documents, None, {}
        self._requested = set()
        if message.documents.other is None:
            await self._show()
        else:
            with suppress(Exception):
                self.query_one("#loading-status", Static).update(Text("比较中 …"))

    @on(Analysed)
    async def _analysed(self, message: Analysed) -> None:
        if self.documents is None:
            return
        self.analysis = message.analysis
        if self.documents.other is None:
            self.refresh_views()  # the overview and 校验 had waited for the report
        else:
            await self._show()

    async def _show(self) -> None:
        await self.recompose()
        if self.query(ContentSwitcher) and self.documents is not None:  # not when closing
            self._show_documents()
            self.open_review()
            self.call_after_refresh(self.drawn.set)
            small = [
                table_id
                for table_id in tree_tables(self.documents, self.diff)
                if table_size(self.documents, self.diff, table_id) <= PREPARED_ROWS
            ]
            self.call_after_refresh(self._prepare, small)

    def _prepare(self, tables: list[str]) -> None:
        """Build the rows of ``tables``' views in a worker, unless asked for already."""
        wanted = [table_id for table_id in tables if table_id not in self._requested]
        if wanted and self.documents is not None:
            self._requested.update(wanted)
            build = partial(self._build_rows, self.documents, self.diff, wanted)
            self.run_worker(build, name="rows", group="rows", thread=True)

    @on(RowsBuilt)
    async def _rows_built(self, message: RowsBuilt) -> None:
        if not self.query(f"#{message.table}-view"):
            return
        self.rows[message.table] = message.rows
        container = self.query_one(f"#{message.table}-view")
        view = TableView(
            message.rows,
            unit=self.unit,
            colours=self.colours,
            tree=message.tree,
            id=f"{message.table}-table",
        )
        await container.query(".preparing").remove()
        if not container.is_attached:  # the app is closing (Ctrl-C as the rows came)
            return
        await container.mount(view)
        if message.table == "economic" and not message.rows.diff:
            await container.mount(Static(self._economic_bars(), id="economic-bars"))
        if self.current_view == message.table:
            await self.action_view(message.table)

    def _show_documents(self) -> None:
        title = " ".join(
            str(p) for p in (self.document.department, self.document.year, self.document.kind) if p
        )
        if self.diff is not None and self.diff.comparison == "budget_vs_final":
            document = self.document
            title = " ".join(str(p) for p in (document.department, document.year) if p)
            title += " 预算 与 决算"
        elif self.diff is not None:
            title += "  (B 相对 A)"
        self.sub_title = printable(title)
        self.refresh_views()
        self.call_later(self.action_view, "overview")
        if self.warning:
            self.notify(printable(self.warning), severity="warning", timeout=8)
            self.warning = None

    def on_resize(self, event: events.Resize) -> None:
        # Keep the measuring console in step with the terminal.
        self.console.size = (event.size.width, event.size.height)

    # -- the views ---------------------------------------------------------------------------

    def table_views(self) -> dict[str, TableView]:
        """The tree views present, by table id."""
        return {view.rows.table: view for view in self.query(TableView)}

    def table_view(self, table_id: str) -> TableView | None:
        found = self.query(f"#{table_id}-table")
        return found.first(TableView) if found else None

    def tree_of(self, table_id: str) -> TreeView[Any] | None:
        """The tree of ``table_id``'s view, once it has been shown."""
        view = self.table_view(table_id)
        return view.tree_view if view is not None else None

    def refresh_views(self) -> None:
        """Show the documents in every view, in the current unit."""
        colours = self.colours
        self.query_one(Overview).show(
            self.document, self.report, self.unit, self.diff, self.other, colours
        )
        for view in self.table_views().values():
            view.set_unit(self.unit)
        self.query_one(SangongView).show(self.document, self.unit, self.other, self.diff, colours)
        self.query_one(ProjectsTable).show(self.document, self.unit, self.diff, self.other)
        self.query_one(NarrativeView).show(self.document, self.diff)
        if self.report is not None:
            self.query_one(ChecksView).show(self.report, self.diff)
        if self.query("#economic-bars"):
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
        style = "" if self.no_color else "cyan"
        for row in table.roots():
            value = row.value("合计") or 0
            share = value / total if total else 0
            bars.add_row(
                printable(f"{row.code} {row.name}"),
                format_amount(value, self.unit),
                Text("█" * int(share * 30) + f" {share:.1%}", style=style),
            )
        for column in ("人员经费", "公用经费"):
            value = table.total.get(column) or 0
            share = value / total if total else 0
            bars.add_row(
                column,
                format_amount(value, self.unit),
                Text("█" * int(share * 30) + f" {share:.1%}", style=style),
            )
        return bars

    def _status(self, text: str) -> None:
        with suppress(Exception):
            self.query_one("#status", Static).update(Text(text))

    def _current_table(self) -> TableView | None:
        return self.table_view(self.current_view) if self.current_view in TREE_TABLES else None

    # -- messages from the views -------------------------------------------------------------

    @on(TableView.NodeSelected)
    def _node_selected(self, message: TableView.NodeSelected) -> None:
        view = message.view
        text = describe(message.row, view.measured, self.unit)
        tree = view.tree_view
        if tree is not None and tree.match_index is not None and tree.match_count:
            text += f"  ·  匹配 {tree.match_index + 1}/{tree.match_count}"
        if marked := self.review_status(view.rows.table, message.row.key):
            text += f"  ·  {marked}"
        self._status(text)

    @on(JumpRequested)
    async def _jump_requested(self, message: JumpRequested) -> None:
        await self.jump_to(message.table, message.code, message.line)

    @on(ScreenRequested)
    def _screen_requested(self, message: ScreenRequested) -> None:
        self.push_screen(message.screen, message.callback)

    async def jump_to(self, table: str | None, key: str | None, line: int | None) -> None:
        """Go to the row ``key`` of ``table``'s view, or show source ``line``."""
        if table in self.table_rows and key is not None and self.table_rows[table].row(key):
            await self.action_view(table)
            view = self.table_view(table)
            if view is not None:
                view.reveal(key)
            return
        if line is not None:
            from budgetdiff.tui.screens import SourceScreen

            self.push_screen(SourceScreen(self.document, line, self.label(table or "")))
            return
        if table in self.views():
            await self.action_view(table)

    # -- actions -----------------------------------------------------------------------------

    async def action_switch_view(self, slot: int) -> None:
        """Show the view of key slot ``slot`` for this kind of document."""
        await self.action_view(SLOTS[slot].view(self.final))

    async def action_view(self, view: str) -> None:
        """Show ``view`` and focus its table."""
        self.current_view = view
        switcher = self.query_one(ContentSwitcher)
        switcher.current = f"{view}-view" if view in TREE_TABLES or view == "overview" else view
        target: Widget | None = None
        table = self.table_view(view) if view in TREE_TABLES else None
        present = self.documents is not None and view in tree_tables(self.documents, self.diff)
        if table is None and present:
            self._prepare([view])  # a large table: its rows are built when first shown
        if table is not None:
            target = await table.build()
            self.show_marks(table)
            row = table.current
            if row is not None:
                self._status(describe(row, table.measured, self.unit))
        elif view == "overview":
            target = self.query_one("#overview-view")
        elif view in ("sangong", "projects", "checks"):
            target = self.query_one(f"#{view}")
        if target is None:
            self.set_focus(None)
            self.refresh_bindings()  # the footer: no focus change would tell it
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

    def action_copy_row(self) -> None:
        """Copy the selected row to the clipboard (OSC 52, so it works over SSH too)."""
        view = self._current_table()
        row = view.current if view is not None else None
        if view is None or row is None:
            self.notify("这里没有可复制的行")
            return
        if view.diff:
            change = row.change(view.measured)
            cells = [
                row.code or "",
                row.name,
                view.measured,
                format_amount(change.a, self.unit),
                format_amount(change.b, self.unit),
                format_amount(change.delta, self.unit, signed=True) if change.delta else "",
            ]
            if view.rows.execution:
                cells.append(completion(change.completion))
        else:
            values = row.b or {}
            cells = [
                row.code or "",
                row.name,
                *(format_amount(values.get(c), self.unit) for c in view.rows.columns),
            ]
        text = "\t".join(cells)
        self.copy_to_clipboard(text)
        self._status(f"已复制: {printable(text)}")

    def action_source(self) -> None:
        """Show the source behind the selected row: a PDF's page, or the lines around
        it; in diff mode A's beside B's."""
        from budgetdiff.tui.screens import SourceScreen

        view = self._current_table()
        row = view.current if view is not None else None
        if row is None or (row.b_line is None and row.a_line is None):
            self.notify("这一行没有原文位置")
            return
        self.push_screen(
            SourceScreen(self.document, row.b_line, row.code or row.name, self.other, row.a_line)
        )

    def key_entries(self) -> list[Binding]:
        """Every key of the explorer: the app's, the tree views' and their trees'."""
        entries: list[Binding] = []
        for bindings in (self.BINDINGS, REVIEW_BINDINGS, TableView.BINDINGS, TreeView.BINDINGS):
            entries.extend(b for b in bindings if isinstance(b, Binding))
        if self.documents is None:
            return entries
        # a view key is listed with the view it shows in this kind of document
        views = {
            f"switch_view({index})": self.label(slot.view(self.final))
            for index, slot in enumerate(SLOTS)
        }
        return [
            replace(entry, description=views[entry.action]) if entry.action in views else entry
            for entry in entries
        ]

    def action_command_palette(self) -> None:
        if self.use_command_palette and not isinstance(self.screen, Palette):
            self.push_screen(Palette(id="--command-palette"))

    def _handle_exception(self, error: Exception) -> None:
        # Textual's hook for an exception nothing handled: it ends the app and prints a
        # traceback, and the command exited 0. Here the app ends all the same and keeps the
        # exception for ``explore``, which says it in one sentence and exits 2 (with
        # ``TEXTUAL=debug`` set, the traceback is printed too).
        if self.crash is None:
            self.crash = error
        super()._handle_exception(error)
        if "debug" not in self.features:
            self._exit_renderables.clear()

    def action_help(self) -> None:
        from budgetdiff.tui.screens import HelpScreen

        self.push_screen(HelpScreen(self.key_entries()))

    def action_search(self) -> None:
        self._open_input("search", "搜索编码或名称 (Enter 确定, n/N 下一个/上一个, Esc 关闭)")

    def action_filter(self) -> None:
        self._open_input("filter", "只显示含有这些字的行 (清空即取消筛选, Esc 关闭)")

    def _open_input(self, mode: str, placeholder: str) -> None:
        if self.current_view not in TREE_TABLES or self._current_table() is None:
            self.notify("搜索与筛选用于表格视图（支出、收入、总表等）")
            return
        box = self.query_one("#query", Input)
        self.input_mode = mode
        box.placeholder = placeholder
        box.disabled = False
        box.add_class("visible")
        view = self._current_table()
        box.value = view.filter_text if mode == "filter" and view is not None else ""
        box.focus()

    def action_close_input(self) -> None:
        box = self.query_one("#query", Input)
        if box.has_class("visible"):
            box.remove_class("visible")
            box.disabled = True
            self.input_mode = None
            view = self._current_table()
            if view is not None and view.tree_view is not None:
                view.tree_view.focus()

    @on(Input.Changed, "#query")
    def _typed(self, event: Input.Changed) -> None:
        view = self._current_table()
        if view is None:
            return
        if self.input_mode == "filter":
            view.set_filter(event.value)
            return
        key = view.search(event.value)
        tree = view.tree_view
        if key is not None and tree is not None:
            row = view.rows.row(key)
            shown = printable(row.label) if row is not None else key
            self._status(f"找到: {shown}  ·  匹配 1/{tree.match_count}")
        elif event.value.strip():
            self._status(f"没有找到: {printable(event.value)}")

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        self.action_close_input()

    def action_export_view(self) -> None:
        """Ask where to write the current view as CSV, then write it (``ExportScreen``)."""
        from budgetdiff.tui.view_export import ExportScreen, default_path

        table = self._view_table()
        if table is None:
            self.notify("这个视图不能导出")
            return
        paths = [d.source.path for d in (self.document, self.other) if d and d.source.path]
        protect = [Path(p) for p in paths if p != "-"]
        proposal = default_path(self.document.source.path, table.name)
        label = self.label(self.current_view)
        self.push_screen(ExportScreen(table, proposal, label, protect))

    def _view_table(self) -> ViewTable | None:
        view = self._current_table()
        if view is not None:
            return view.view_table(self.unit)
        widget = self.query(f"#{self.current_view}")
        found = widget.first() if widget else None
        make = getattr(found, "view_table", None)
        table = make() if callable(make) else None
        return table if isinstance(table, ViewTable) else None

    def action_open_recent(self) -> None:
        """Pick one of the recent files and open it in place of the current documents."""
        from budgetdiff.tui.screens import RecentScreen

        self.push_screen(RecentScreen(self.settings.recent_files()), self._open_chosen)

    def _open_chosen(self, path: str | None) -> None:
        if path is not None:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """Read ``path`` (in the worker) and show it as the only document."""
        if self.opener is None:
            self.notify("这里不能打开文件")
            return
        self.settings = self.settings.remember(path)
        self._stop_reading()
        self.sides = (self.opener(path), None)
        self._start()
