"""Lines of a document as the parser sees them: number, text, tab-separated cells.

Cells are split on first use: most lines of a large document are table rows
that the table reader matches on the raw text, and headings are found by their
last character, so many lines are never split at all.
"""

from __future__ import annotations

from budgetdiff.model import UnparsedLine
from budgetdiff.text import squeeze


class Line:
    """One non-blank source line: 1-based number, raw text, and its trimmed cells."""

    __slots__ = ("_cells", "no", "text")

    def __init__(self, no: int, text: str) -> None:
        self.no = no
        self.text = text
        self._cells: tuple[str, ...] | None = None

    @property
    def cells(self) -> tuple[str, ...]:
        """The tab-separated cells, trimmed; trailing empty cells are kept."""
        if self._cells is None:
            self._cells = tuple(map(str.strip, self.text.rstrip(" \r\n\f\v").split("\t")))
        return self._cells

    @property
    def filled(self) -> tuple[str, ...]:
        """The non-empty cells, in order."""
        return tuple(filter(None, self.cells))

    @property
    def key(self) -> str:
        """The text without any white space, for matching headings and labels."""
        return squeeze(self.text)

    @property
    def last_char(self) -> str:
        """The last non-space character ('' for none): a cheap filter for headings."""
        stripped = self.text.rstrip()
        return stripped[-1] if stripped else ""

    def unparsed(self, reason: str) -> UnparsedLine:
        """This line reported as one the parser could not place."""
        return UnparsedLine(self.no, self.text, reason)

    def __repr__(self) -> str:
        return f"Line({self.no}, {self.text!r})"
