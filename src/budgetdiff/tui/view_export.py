"""Export of the current view as CSV: plain values (numbers as numbers, no glyphs),
UTF-8 with a byte order mark like every CSV export, written atomically, never over a
file, and only where the user said (``ExportScreen`` asks, proposing a file beside
the document)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState

from budgetdiff.errors import BudgetDiffError
from budgetdiff.text import printable

Value = str | int | Decimal | None
"""A cell of an exported view: text, an amount in yuan (or a count, a percentage), or
None for an empty cell."""


@dataclass(frozen=True)
class ViewTable:
    """What a view shows, as plain values: ``name`` goes into the file name."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]


def default_path(document_path: str | None, view: str) -> Path | None:
    """``<folder>/<stem>.<view>.csv`` beside the document; None for a document read
    from standard input (the user names the file then)."""
    if not document_path or document_path == "-":
        return None
    document = Path(document_path).absolute()
    return document.with_name(f"{document.stem}.{view}.csv")


def write_view(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Value]],
    protect: Sequence[Path] = (),
) -> int:
    """Write the CSV at ``path`` (never over an existing file); the number of rows.

    Raises ``OutputError`` (a ``BudgetDiffError``) naming the path and the reason.
    """
    from budgetdiff.export.atomic import atomic_file
    from budgetdiff.export.csv_export import write_rows

    written = [tuple(row) for row in rows]
    with atomic_file(path, force=False, protect=protect) as temporary:
        write_rows(temporary, header, written)
    return len(written)


def problem(path: Path) -> str | None:
    """Why ``path`` cannot take the export, in Chinese, when that shows before writing."""
    folder = path.parent
    if os.path.lexists(path):
        return f"文件已存在: {path}（换一个文件名）"
    if not folder.is_dir():
        return f"文件夹不存在: {folder}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"文件夹不可写: {folder}"
    return None


class ExportScreen(ModalScreen[Path | None]):
    """Asks where to write the view's CSV; dismissed with the path written, or None.

    A problem (an existing file, a missing or read-only folder) is a notification and
    the prompt stays open; nothing is written without Enter.
    """

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen #export-body { width: 90%; max-width: 100; height: auto;
                                border: round $accent; background: $surface; padding: 0 1; }
    ExportScreen #export-title { text-style: bold; }
    """

    def __init__(
        self,
        table: ViewTable,
        path: Path | None,
        title: str = "",
        protect: Sequence[Path] = (),
    ) -> None:
        """``path`` is the proposal (``default_path``); ``protect`` the input documents."""
        super().__init__()
        self.table, self.path, self.title_text = table, path, title
        self.protect = tuple(protect)

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body"):
            heading = f"导出{self.title_text}为 CSV（{len(self.table.rows)} 行）"
            yield Static(Text(printable(heading)), id="export-title")
            yield Input(
                value=str(self.path) if self.path else "",
                placeholder="文件路径，例如 ~/预算.csv",
                id="export-path",
            )
            yield Static(Text("Enter 导出，Esc 取消；已有的文件不会被覆盖。"), id="export-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No cancelling while the file is written (it would be written all the same)."""
        return action != "cancel" or not any(field.disabled for field in self.query(Input))

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#export-path")
    def _export(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if not typed:
            self.notify("请输入文件路径", severity="warning")
            return
        path = Path(typed).expanduser()
        if not path.is_absolute():
            base = self.path.parent if self.path is not None else Path.home()
            path = base / path
        why = problem(path)
        if why is not None:
            self.notify(printable(why), severity="error", timeout=8)
            return
        self.query_one(Input).disabled = True
        self.run_worker(partial(self._write, path), name="export", thread=True, exclusive=True)

    def _write(self, path: Path) -> tuple[Path, int | str]:
        """Runs in a thread: a large view takes a few hundred milliseconds to write."""
        try:
            return path, write_view(path, self.table.header, self.table.rows, self.protect)
        except (BudgetDiffError, OSError) as error:
            return path, str(error)

    @on(Worker.StateChanged)
    def _written(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "export" or event.state != WorkerState.SUCCESS:
            return
        result = event.worker.result
        assert result is not None
        path, count = result
        if isinstance(count, str):
            self.notify(printable(f"导出失败: {count}"), severity="error", timeout=8)
            field = self.query_one(Input)
            field.disabled = False
            field.focus()
            return
        self.notify(printable(f"已导出 {count} 行到 {path}"))
        self.dismiss(path)
