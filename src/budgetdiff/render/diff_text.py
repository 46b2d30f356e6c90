"""Human formats of a diff: plain text and markdown (tabulate), and Rich."""

from __future__ import annotations

from typing import TYPE_CHECKING

from budgetdiff.diffing.model import Diff
from budgetdiff.render.diff_views import (
    NARRATIVE_TITLE,
    PIPED_WIDTH,
    check_lines,
    column_lines,
    diff_views,
    heading,
    identity_lines,
    marked_text,
    narrative,
    narrative_lines,
    reading_lines,
    stat_lines,
)
from budgetdiff.render.document_view import GridView

if TYPE_CHECKING:
    from budgetdiff.render.colours import Colours


def render_plain(diff: Diff, unit: str = "元", stat: bool = False, width: int = PIPED_WIDTH) -> str:
    """Plain text: the heading, then (``stat``) a line per table or every grid, and the
    narrative wrapped to ``width`` columns."""
    from budgetdiff.render.plain import render_plain as plain

    if stat:
        return "\n".join([*heading(diff), "", *stat_lines(diff, unit)]) + "\n"
    notes = notes_lines(diff)
    text = plain([*heading(diff), *(["", *notes] if notes else [])], diff_views(diff, unit))
    story = narrative_lines(diff, width)
    return text + ("\n" + "\n".join(story) + "\n" if story else "")


def notes_lines(diff: Diff) -> list[str]:
    """The lines above the grids: what was not read first, then identity, columns, checks."""
    return [*reading_lines(diff), *identity_lines(diff), *column_lines(diff), *check_lines(diff)]


def _markdown_grid(view: GridView) -> str:
    from budgetdiff.render.plain import tabulated

    rows = ([cell.replace("|", "\\|") for cell in row] for row in view.rows)
    grid = f"### {view.title}\n\n{tabulated(rows, view.headers, 'github', view.right)}"
    return f"{grid}\n\n{view.note}" if view.note else grid


def render_markdown(diff: Diff, unit: str = "元", stat: bool = False) -> str:
    """Markdown: a heading, then GitHub tables (or ``stat`` lines as a list)."""
    from budgetdiff.text import printable

    top = heading(diff)
    lines = [
        f"## {top[0].removeprefix('budgetdiff: ')}",
        "",
        f"- **A**: {printable(diff.a.label)}",
        f"- **B**: {printable(diff.b.label)}",
        "",
    ]
    if stat:
        return "\n".join([*lines, *(f"- {line}" for line in stat_lines(diff, unit))]) + "\n"
    lines.extend(f"- {line}" for line in notes_lines(diff))
    blocks = ["\n".join(lines).rstrip(), *(_markdown_grid(v) for v in diff_views(diff, unit))]
    if entries := narrative(diff):
        story = [f"### {NARRATIVE_TITLE}", ""]
        for entry in entries:
            story.append(f"- {entry.heading}")
            story.extend(f"  - {marked_text(item)}" for item in entry.items)
        blocks.append("\n".join(story))
    return "\n\n".join(blocks) + "\n"


def render_rich(
    diff: Diff,
    unit: str = "元",
    stat: bool = False,
    width: int | None = None,
    color: bool = True,
    colours: Colours | None = None,
    increase_red: bool = True,
) -> str:
    """Rich output as text with ANSI styles (for a terminal or a pager), in ``colours``
    (by default increases red, or green without ``increase_red``: the caller reads the
    user's setting). Names wrap within their column; the narrative wraps to ``width``."""
    import io

    from rich.console import Console
    from rich.text import Text

    from budgetdiff.render.colours import Colours
    from budgetdiff.render.rich_view import grid_renderable

    colours = colours or Colours(increase_red=increase_red, no_color=not color)

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        no_color=not color,
    )
    top = heading(diff)
    console.print(Text(top[0], style="bold"))
    console.print(Text(top[1], style=colours.side_a))
    console.print(Text(top[2], style=colours.side_b))
    if stat:
        for line in stat_lines(diff, unit):
            console.print(Text(line, style="bold red" if line.startswith("reading:") else ""))
        return buffer.getvalue()
    for line in notes_lines(diff):
        console.print(
            Text(line, style="bold red" if line.startswith("reading:") else "bold yellow")
        )
    for view in diff_views(diff, unit):
        console.print()
        console.print(grid_renderable(view, colours))
    if entries := narrative(diff):
        styles = {
            "delete": "strike" if colours.no_color else f"strike {colours.side_a}",
            "insert": "underline" if colours.no_color else f"underline {colours.side_b}",
            "where": "dim",
        }
        console.print()
        console.print(Text(NARRATIVE_TITLE, style="bold"))
        for entry in entries:
            console.print(Text(entry.heading, style="bold"))
            for item in entry.items:
                marked = Text("  ")
                for piece, kind in item:
                    marked.append(marked_text(((piece, kind),)), style=styles.get(kind, ""))
                console.print(marked)
    return buffer.getvalue()
