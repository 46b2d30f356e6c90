"""Pages of visual lines split into cells: what the PDF and ``-layout`` readers produce.

A ``PagedDocument`` keeps, for every non-blank visual line, its page (1-based),
its line number in that page's text, and its cells in column order (a column of
a table with nothing on this row is an empty cell). ``tab_text`` turns it into
the tab-separated text the line parser reads, with a map back to the pages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageLine:
    """One visual line: page, line in the page's text, cells and their left edges."""

    page: int
    line: int
    cells: tuple[str, ...]
    x: tuple[float, ...]

    @property
    def tab_text(self) -> str:
        return "\t".join(self.cells)


@dataclass(frozen=True, slots=True)
class Page:
    """A page: its number, its text (the lines its ``PageLine.line`` counts) and lines."""

    number: int
    text: str
    lines: tuple[PageLine, ...]


@dataclass(frozen=True, slots=True)
class PagedDocument:
    """A document read page by page (from a PDF or from ``pdftotext -layout`` text)."""

    name: str
    pages: tuple[Page, ...]

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
