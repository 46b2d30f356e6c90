"""Plain-text rendering of grid views with tabulate: stable, aligned, no escapes.

Every string passes ``printable`` here, where it is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from budgetdiff.render.document_view import GridView
from budgetdiff.text import printable


def render_grid(view: GridView) -> str:
    """One grid as a titled plain table; CJK text is aligned by display width."""
    import tabulate

    alignment = ["right" if i in view.right else "left" for i in range(len(view.headers))]
    body = tabulate.tabulate(
        [[printable(cell) for cell in row] for row in view.rows],
        headers=[printable(header) for header in view.headers],
        tablefmt="simple",
        colalign=alignment,
        disable_numparse=True,
        preserve_whitespace=True,
    )
    parts = [printable(view.title), body]
    if view.note:
        parts.append(printable(view.note))
    return "\n".join(parts)


def render_plain(heading: Iterable[str], views: Iterable[GridView]) -> str:
    """The heading lines, then every grid, separated by blank lines."""
    blocks = [printable("\n".join(heading)), *(render_grid(view) for view in views)]
    return "\n\n".join(blocks) + "\n"
