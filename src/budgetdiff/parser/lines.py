"""Lines of a document as the parser sees them: number, text, tab-separated cells."""

from __future__ import annotations

from typing import NamedTuple

from budgetdiff.model import UnparsedLine
from budgetdiff.text import squeeze


class Line(NamedTuple):
    """One non-blank source line: number, raw text, cells, filled cells and squeezed key."""

    no: int
    text: str
    cells: tuple[str, ...]
    filled: tuple[str, ...]
    key: str

    @classmethod
    def of(cls, no: int, text: str) -> Line:
        cells = tuple(map(str.strip, text.rstrip(" \r\n\f\v").split("\t")))
        return cls(no, text, cells, tuple(filter(None, cells)), squeeze(text))

    def unparsed(self, reason: str) -> UnparsedLine:
        """This line reported as one the parser could not place."""
        return UnparsedLine(self.no, self.text, reason)
