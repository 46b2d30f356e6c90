"""Marking the changes of a diff in the explorer: ``a`` 通过, ``e`` 已说明, ``i`` 待查询
(the two with a note), Backspace takes a mark back, ``v`` lists every change.

In a table's tree the keys mark every change of the row under the cursor (its changed
cells, or its being added, removed, renamed or moved), and the row shows its mark
before its name; ``]``/``[`` step over rows already marked. The review list (``v``)
holds every change of the diff, 三公 first, the narrative's spans, the checks and the
rest among them: the same keys mark the change under the cursor there, ``]``/``[``
go to the next or previous change not yet marked, Enter shows the change where it is.
The header counts ``已审 N / M`` (in the place of the app's name). Every mark is
written to the review file at once (``review.session``); the explorer computes nothing
of its own: the changes are the Diff's (``review.changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Static

from budgetdiff.errors import BudgetDiffError
from budgetdiff.review.changes import ChangeItem
from budgetdiff.review.marks import NEEDS_NOTE, STATUSES, Entry, Status, mark_for
from budgetdiff.review.report import headline
from budgetdiff.review.session import ReviewSession, open_review, review_path, reviewer
from budgetdiff.review.shown import GLYPHS, glyph, mark_label, shown, signature
from budgetdiff.text import printable

if TYPE_CHECKING:
    from budgetdiff.diffing.model import Diff
    from budgetdiff.tui.config import Settings
    from budgetdiff.tui.trees import TableView

REVIEW_GROUP = Binding.Group("审阅")
REVIEW_BINDINGS: list[BindingType] = [
    Binding("a", "review_mark('通过')", "标记 通过", show=False, group=REVIEW_GROUP),
    Binding("e", "review_mark('已说明')", "标记 已说明（附说明）", show=False, group=REVIEW_GROUP),
    Binding("i", "review_mark('待查询')", "标记 待查询（附问题）", show=False, group=REVIEW_GROUP),
    Binding("backspace,delete", "review_unmark", "取消标记", show=False, group=REVIEW_GROUP),
    Binding("v", "review_list", "审阅列表", group=REVIEW_GROUP),
]
PARTLY = "◦"
"""A row some of whose changes are marked, not all."""
WORST: tuple[str, ...] = ("changed", "待查询", "已说明", "通过")
"""The mark a row of several changes shows: the first of these any of them has."""


def row_glyph(entries: list[Entry]) -> str | None:
    """The mark a row shows for its changes: ``!`` when one's mark is for other values,
    else the most pressing verdict when all are marked, ``◦`` when some are."""
    states = [entry.status or entry.state for entry in entries]
    if not any(entry.mark is not None for entry in entries):
        return None
    if "unreviewed" in states:
        return PARTLY
    return GLYPHS[next(state for state in WORST if state in states)]


class NoteScreen(ModalScreen[str | None]):
    """Asks for the note of a mark: Enter keeps it, Esc gives up (nothing is marked)."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]
    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > Vertical { width: 80%; max-width: 100; height: auto; border: round $accent;
                            background: $surface; padding: 0 1; }
    """

    def __init__(self, status: str, subject: str, note: str = "") -> None:
        super().__init__()
        self.status, self.subject, self.note = status, subject, note

    def compose(self) -> ComposeResult:
        prompt = "说明这处变化" if self.status == "已说明" else "要向部门查询的问题"
        with Vertical():
            yield Static(Text(f"{self.status}: {printable(self.subject)}", style="bold"))
            yield Input(value=self.note, placeholder=f"{prompt}（Enter 确定，Esc 取消）")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        note = event.value.strip()
        if not note:
            self.notify(f"{self.status} 需要写明{'说明' if self.status == '已说明' else '问题'}")
            return
        self.dismiss(note)

    def action_cancel(self) -> None:
        self.dismiss(None)


COLUMNS = ("审阅", "位置", "名称", "列", "A", "B", "Δ", "变化", "备注")


class ReviewTable(DataTable[Text]):
    """The list of changes: g/Home and G/End go to the first and last, j/k move."""

    BINDINGS: ClassVar = [
        Binding("g,home", "scroll_top", "第一处", show=False),
        Binding("G,end", "scroll_bottom", "最后一处", show=False),
        Binding("j", "cursor_down", "下", show=False),
        Binding("k", "cursor_up", "上", show=False),
    ]


class ReviewScreen(Screen[None]):
    """Every change of the diff with its mark; the keys mark the one under the cursor."""

    BINDINGS: ClassVar = [
        Binding("escape,q,v", "close", "关闭"),
        Binding("a", "mark('通过')", "通过"),
        Binding("e", "mark('已说明')", "已说明"),
        Binding("i", "mark('待查询')", "待查询"),
        Binding("backspace,delete", "unmark", "取消标记"),
        Binding("right_square_bracket", "step(1)", "下一处未审"),
        Binding("left_square_bracket", "step(-1)", "上一处未审"),
        Binding("enter", "show", "查看"),  # the table's Enter: RowSelected
    ]
    DEFAULT_CSS = """
    ReviewScreen #review-count { height: auto; padding: 0 1; text-style: bold; }
    ReviewScreen DataTable { height: 1fr; }
    """

    def __init__(self, app: ReviewMarking, start: int = 0) -> None:
        super().__init__()
        self.owner = app
        self.start = start

    @property
    def session(self) -> ReviewSession:
        assert self.owner.review is not None
        return self.owner.review

    def compose(self) -> ComposeResult:
        yield Static(id="review-count")
        yield ReviewTable(id="review-table", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(ReviewTable)
        table.add_columns(*COLUMNS)
        unit = getattr(self.owner, "unit", "元")
        for index, entry in enumerate(self.session.review.entries):
            table.add_row(*self._cells(entry, unit), key=str(index))
        table.move_cursor(row=min(self.start, max(0, table.row_count - 1)))
        table.focus()
        self._count()

    def _cells(self, entry: Entry, unit: str) -> list[Text]:
        cells = shown(entry.change, self.session.diff, unit, clip=40)
        note = ""
        if entry.mark is not None:
            note = f"{entry.mark.note}  {signature(entry.mark)}".strip()
        if entry.conflicts:
            note += "  冲突: " + "; ".join(f"{c.status} {c.by}" for c in entry.conflicts)
        state = entry.status or entry.state
        style = {"待查询": "bold", "changed": "bold", "unreviewed": "dim"}.get(state, "")
        return [
            Text(f"{glyph(entry)} {mark_label(entry)}", style=style),
            Text(printable(cells.where)),
            Text(cells.name),
            Text(printable(cells.column)),
            Text(cells.a, justify="right"),
            Text(cells.b, justify="right"),
            Text(cells.delta, justify="right"),
            Text(cells.kind),
            Text(printable(note)),
        ]

    def _count(self) -> None:
        self.query_one("#review-count", Static).update(Text(headline(self.session)))

    def refresh_rows(self) -> None:
        """Show every change's mark as the session has it now."""
        table = self.query_one(ReviewTable)
        unit = getattr(self.owner, "unit", "元")
        for index, entry in enumerate(self.session.review.entries):
            for column, cell in zip(table.columns, self._cells(entry, unit), strict=True):
                table.update_cell(str(index), column, cell)
        self._count()

    @property
    def index(self) -> int:
        return self.query_one(ReviewTable).cursor_row

    def action_mark(self, status: str) -> None:
        changes = self.session.review.changes
        if changes:
            self.owner.ask_mark([changes[self.index]], status, self.refresh_rows)

    def action_unmark(self) -> None:
        changes = self.session.review.changes
        if changes:
            self.owner.unmark([changes[self.index]])
            self.refresh_rows()

    def action_step(self, step: int) -> None:
        entries = self.session.review.entries
        count = len(entries)
        for offset in range(1, count + 1):
            index = (self.index + step * offset) % count
            if entries[index].state != "reviewed":
                self.query_one(ReviewTable).move_cursor(row=index)
                return
        self.notify("所有变化都已审阅")

    @on(DataTable.RowSelected)
    async def _selected(self) -> None:
        await self.action_show()

    async def action_show(self) -> None:
        changes = self.session.review.changes
        if not changes:
            return
        change = changes[self.index]
        self.dismiss()
        await self.owner.show_change(change)

    def action_close(self) -> None:
        self.dismiss()


class ReviewMarking(App[None]):
    """The explorer's review: marks on the changes of the diff, kept in the review file."""

    BINDINGS: ClassVar[list[BindingType]] = REVIEW_BINDINGS

    review: ReviewSession | None = None
    """The review of the diff shown, once the documents are diffed (None: one document)."""
    review_file: str | None = None
    """``--review PATH``; else the review file is beside B."""
    review_problem: str | None = None
    """Why there is no review of the diff shown (no review file can be named, or it
    cannot be read)."""
    settings: Settings
    current_view: str

    # what the explorer provides (``BudgetApp``)
    @property
    def diff(self) -> Diff | None:
        raise NotImplementedError

    def _current_table(self) -> TableView | None:
        raise NotImplementedError

    def table_views(self) -> dict[str, TableView]:
        raise NotImplementedError

    async def jump_to(self, table: str | None, key: str | None, line: int | None) -> None:
        raise NotImplementedError

    # -- the review file ---------------------------------------------------------------------

    def open_review(self) -> None:
        """Read the review of the diff shown (after the documents were diffed)."""
        self.review = None
        self.title = self.TITLE or ""
        self.review_problem = None
        diff = self.diff
        if diff is None:
            return
        try:
            path = review_path(diff, self.review_file)
        except BudgetDiffError as error:  # B has no file beside which to keep it: said on a mark
            self.review_problem = str(error)
            return
        try:
            self.review = open_review(diff, path)
        except BudgetDiffError as error:
            self.review_problem = str(error)
            self.notify(printable(f"审阅标记不可用: {error}"), severity="error", timeout=10)
            return
        for note in self.review.notes:
            self.notify(printable(note), severity="warning", timeout=10)
        self._show_marks()

    def _save(self, session: ReviewSession) -> None:
        try:
            self.review = session.save()
        except BudgetDiffError as error:
            self.review = session  # kept here; the next mark tries again
            self.notify(printable(f"审阅文件没有保存: {error}"), severity="error", timeout=10)
        self._show_marks()

    @property
    def who(self) -> str:
        return reviewer(getattr(self.settings, "reviewer", None))

    # -- marking -----------------------------------------------------------------------------

    def mark(self, changes: list[ChangeItem], status: Status, note: str = "") -> None:
        """Mark ``changes`` ``status`` (with ``note``) and save at once."""
        session = self.review
        if session is None or not changes:
            return
        for change in changes:
            session = session.marked(mark_for(change, status, note, self.who))
        self._save(session)

    def unmark(self, changes: list[ChangeItem]) -> None:
        session = self.review
        if session is None:
            return
        for change in changes:
            session = session.unmarked(change.key)
        self._save(session)

    def ask_mark(
        self, changes: list[ChangeItem], status: str, then: Callable[[], None] | None = None
    ) -> None:
        """Mark ``changes``; 已说明 and 待查询 ask for the note first (Esc: nothing marked);
        then ``then``."""
        assert status in STATUSES
        verdict: Status = status

        def done(note: str | None) -> None:
            if note is None:
                return
            self.mark(changes, verdict, note)
            if then is not None:
                then()

        if status not in NEEDS_NOTE:
            done("")
            return
        review = self.review
        assert review is not None
        entry = review.review.entry(changes[0].key)
        before = entry.mark.note if entry is not None and entry.mark is not None else ""
        subject = shown(changes[0], review.diff, clip=60)
        label = " ".join(p for p in (subject.where, subject.name, subject.column) if p)
        if len(changes) > 1:
            label += f"（本行 {len(changes)} 处变化）"
        self.push_screen(NoteScreen(status, label, before), done)

    def row_changes(self) -> list[ChangeItem] | None:
        """The changes of the row under the cursor of the table shown; None off a table."""
        view = self._current_table()
        if view is None or self.review is None:
            return None
        row = view.current
        if row is None:
            return []
        return [entry.change for entry in self.review.review.at(view.rows.table, row.key)]

    def _unavailable(self) -> bool:
        """Say why nothing can be marked, when nothing can."""
        if self.review is not None:
            return False
        why = self.review_problem or "审阅标记用于比较两份文件（budgetdiff explore A B）"
        self.notify(printable(f"审阅标记不可用: {why}"))
        return True

    def action_review_mark(self, status: str) -> None:
        if self._unavailable():
            return
        changes = self.row_changes()
        if changes is None:
            self.action_review_list()
            return
        if not changes:
            self.notify("这一行没有变化（它下面的行可能有）")
            return
        self.ask_mark(changes, status)

    def action_review_unmark(self) -> None:
        changes = self.row_changes()
        if changes:
            self.unmark(changes)

    def action_review_list(self) -> None:
        """Every change with its mark; the first change of the view shown first."""
        if self._unavailable() or self.review is None:
            return
        changes = self.review.review.changes
        start = next((i for i, c in enumerate(changes) if c.view == self.current_view), 0)
        self.push_screen(ReviewScreen(self, start))

    async def show_change(self, change: ChangeItem) -> None:
        """Go to ``change`` in its view (its row in a table's tree)."""
        await self.jump_to(change.view, change.anchor, None)

    # -- showing the marks ---------------------------------------------------------------------

    def review_status(self, table: str, key: str) -> str:
        """What the status line says of a row's marks: ``已审 通过 · alice 2025-06-01 10:00``."""
        if self.review is None:
            return ""
        entries = self.review.review.at(table, key)
        marked = [e for e in entries if e.mark is not None]
        if not marked:
            return ""
        first = marked[0]
        assert first.mark is not None
        note = f"：{first.mark.note}" if first.mark.note else ""
        more = f"（{len(marked)}/{len(entries)} 处）" if len(entries) > 1 else ""
        return printable(f"{mark_label(first)}{note} · {signature(first.mark)}{more}")

    def show_marks(self, view: TableView) -> None:
        """Show the marks in ``view``'s tree and let ]/[ step over marked rows."""
        if self.review is None or view.tree_view is None:
            return
        table = view.rows.table
        rows: dict[str, list[Entry]] = {}
        for entry in self.review.review.entries:
            if entry.change.view == table and entry.change.anchor is not None:
                rows.setdefault(entry.change.anchor, []).append(entry)
        marks = {key: found for key, entries in rows.items() if (found := row_glyph(entries))}
        view.tree_view.mark_rows(marks)
        view.reviewed = frozenset(
            key for key, entries in rows.items() if all(e.state == "reviewed" for e in entries)
        )

    def _show_marks(self) -> None:
        if self.review is None:
            return
        for view in self.table_views().values():
            self.show_marks(view)
        review = self.review.review
        # in the place of the app's name: it shows at 80 columns, beside the documents'
        self.title = f"已审 {review.reviewed} / {len(review.changes)}"
        shown = self._current_table()
        row = shown.current if shown is not None else None
        if shown is not None and row is not None:  # the status line says the row's mark
            shown.post_message(shown.NodeSelected(shown, row))
