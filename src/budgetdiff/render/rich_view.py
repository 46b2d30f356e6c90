"""Rich rendering of grid views for terminals. Text never goes through markup."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from budgetdiff.render.colours import Colours
from budgetdiff.render.document_view import GridView
from budgetdiff.text import printable

if TYPE_CHECKING:
    from rich.console import RenderableType

SHORT = 8
"""Columns no wider than this (codes) never wrap; wider text columns fold (to 4 at least)."""


def grid_renderable(view: GridView, colours: Colours | None = None) -> RenderableType:
    """One grid as a Rich table, its rows styled by ``colours`` (the defaults if None)."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(printable(view.title), style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        caption=Text(printable(view.note)) if view.note else None,
        caption_justify="left",
        # no blank margin outside the first and last column: two more for the names
        show_edge=False,
        pad_edge=False,
    )
    for index, header in enumerate(view.headers):
        widest = max((cell_len(row[index]) for row in view.rows if index < len(row)), default=0)
        table.add_column(
            Text(printable(header)),
            justify="right" if index in view.right else "left",
            # amounts, codes and short labels stay whole; names take what width is left
            no_wrap=index in view.right or widest <= SHORT,
            # CJK names have no spaces to wrap at: fold them rather than cut them off.
            overflow="fold",
            min_width=min(widest, 4),
        )
    styles = (colours or Colours()).row_styles()
    for cells, style in zip(view.rows, view.styles, strict=True):
        table.add_row(*(Text(printable(cell)) for cell in cells), style=styles.get(style, ""))
    return table


def print_rich(heading: Iterable[str], views: Iterable[GridView], force: bool) -> None:
    """Print the heading and grids to stdout with Rich."""
    from rich.console import Console
    from rich.text import Text

    class StdoutConsole(Console):
        def on_broken_pipe(self) -> None:
            # Rich exits 1 here; the CLI ends a broken pipe like any filter (exit 0).
            raise BrokenPipeError

    console = StdoutConsole(force_terminal=True if force else None, highlight=False)
    lines = [printable(line) for line in heading]
    if lines:
        console.print(Text(lines[0], style="bold"))
        for line in lines[1:]:
            console.print(Text(line, style="dim"))
    for view in views:
        console.print()
        console.print(grid_renderable(view))
