"""Lines of a document as the parser sees them: number, text, tab-separated cells."""

from __future__ import annotations

from dataclasses import dataclass

from budgetdiff.model import UnparsedLine
from budgetdiff.text import squeeze


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank source line: 1-based number, raw text, cells and squeezed key."""

    no: int
    text: str
    cells: tuple[str, ...]
    key: str

    @classmethod
    def of(cls, no: int, text: str) -> Line:
        cells = tuple(cell.strip() for cell in text.rstrip(" \r\n\f\v").split("\t"))
        return cls(no, text, cells, squeeze(text))

    @property
    def filled(self) -> tuple[str, ...]:
        """The non-empty cells, in order."""
        return tuple(cell for cell in self.cells if cell)

    def unparsed(self, reason: str) -> UnparsedLine:
        """This line reported as one the parser could not place."""
        return UnparsedLine(self.no, self.text, reason)
