"""Plain-text rendering of grid views with tabulate: stable, aligned, no escapes.

Every string passes ``printable`` here, where it is written.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from budgetdiff.render.document_view import GridView
from budgetdiff.text import printable


def tabulated(
    rows: Iterable[Iterable[str]], headers: Iterable[str], tablefmt: str, right: Container[int]
) -> str:
    """tabulate's table of text cells as given: no number parsing, no stripping; the
    columns in ``right`` aligned right. CJK text is aligned by display width (wcwidth)."""
    import tabulate

    headers = list(headers)
    alignment = ["right" if i in right else "left" for i in range(len(headers))]
    # tabulate 0.9 reads this at call time; 0.10's preserve_whitespace= costs 55 ms of
    # start-up (pyproject.toml says why 0.9 is pinned).
    kept = tabulate.PRESERVE_WHITESPACE
    tabulate.PRESERVE_WHITESPACE = True
    try:
        table: str = tabulate.tabulate(
            rows, headers=headers, tablefmt=tablefmt, colalign=alignment, disable_numparse=True
        )
    finally:
        tabulate.PRESERVE_WHITESPACE = kept
    return table


def render_grid(view: GridView) -> str:
    """One grid as a titled plain table."""
    body = tabulated(
        ([printable(cell) for cell in row] for row in view.rows),
        (printable(header) for header in view.headers),
        "simple",
        view.right,
    )
    parts = [printable(view.title), body]
    if view.note:
        parts.append(printable(view.note))
    return "\n".join(parts)


def render_plain(heading: Iterable[str], views: Iterable[GridView]) -> str:
    """The heading lines, then every grid, separated by blank lines."""
    blocks = [printable("\n".join(heading)), *(render_grid(view) for view in views)]
    return "\n\n".join(blocks) + "\n"
