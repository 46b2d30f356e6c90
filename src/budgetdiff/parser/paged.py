"""Pages of visual lines split into cells: what the PDF and ``-layout`` readers produce.

A ``PagedDocument`` keeps, for every non-blank visual line, its page (1-based),
its line number in that page's text, and its cells in column order (a column of
a table with nothing on this row is an empty cell). ``tab_text`` turns it into
the tab-separated text the line parser reads, with a map back to the pages.
A page whose text could not be read is kept without lines and listed in ``unread``.
"""

from __future__ import annotations

from budgetdiff.model import ReadNote, UnreadPage
from budgetdiff.record import Record


class PageLine(Record):
    """One visual line: page, line in the page's text, cells and their left edges."""

    page: int
    line: int
    cells: tuple[str, ...]
    x: tuple[float, ...]

    __slots__ = ("cells", "line", "page", "x")

    def __init__(self, page: int, line: int, cells: tuple[str, ...], x: tuple[float, ...]) -> None:
        object.__setattr__(self, "page", page)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "cells", cells)
        object.__setattr__(self, "x", x)

    @property
    def tab_text(self) -> str:
        return "\t".join(self.cells)


class Page(Record):
    """A page: its number, its text (the lines its ``PageLine.line`` counts) and lines."""

    number: int
    text: str
    lines: tuple[PageLine, ...]

    __slots__ = ("lines", "number", "text")

    def __init__(self, number: int, text: str, lines: tuple[PageLine, ...]) -> None:
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "lines", lines)


class PagedDocument(Record):
    """A document read page by page (from a PDF or from ``pdftotext -layout`` text)."""

    name: str
    pages: tuple[Page, ...]
    unread: tuple[UnreadPage, ...]
    """Pages whose text could not be read (kept in ``pages`` without lines)."""
    notes: tuple[ReadNote, ...]
    """What the reader set aside and read past (hidden text, a repaired file)."""

    __slots__ = ("name", "notes", "pages", "unread")

    def __init__(
        self,
        name: str,
        pages: tuple[Page, ...],
        unread: tuple[UnreadPage, ...] = (),
        notes: tuple[ReadNote, ...] = (),
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "pages", pages)
        object.__setattr__(self, "unread", unread)
        object.__setattr__(self, "notes", notes)

    def lines(self) -> list[PageLine]:
        return [line for page in self.pages for line in page.lines]

    def tab_text(self) -> tuple[str, dict[int, tuple[int, int]]]:
        """The lines as tab-separated text, and its 1-based line number → (page, line)."""
        origin: dict[int, tuple[int, int]] = {}
        out: list[str] = []
        for number, line in enumerate(self.lines(), start=1):
            out.append(line.tab_text)
            origin[number] = (line.page, line.line)
        return "\n".join(out) + ("\n" if out else ""), origin
