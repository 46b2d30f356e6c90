"""Plain-text rendering of grid views with tabulate: stable, aligned, no escapes."""

from __future__ import annotations

from collections.abc import Iterable

from budgetdiff.render.document_view import GridView


def render_grid(view: GridView) -> str:
    """One grid as a titled plain table; CJK text is aligned by display width."""
    import tabulate

    alignment = ["right" if i in view.right else "left" for i in range(len(view.headers))]
    body = tabulate.tabulate(
        view.rows,
        headers=view.headers,
        tablefmt="simple",
        colalign=alignment,
        disable_numparse=True,
        preserve_whitespace=True,
    )
    parts = [view.title, body]
    if view.note:
        parts.append(view.note)
    return "\n".join(parts)


def render_plain(heading: Iterable[str], views: Iterable[GridView]) -> str:
    """The heading lines, then every grid, separated by blank lines."""
    blocks = ["\n".join(heading), *(render_grid(view) for view in views)]
    return "\n\n".join(blocks) + "\n"
