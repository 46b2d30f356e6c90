"""Which source lines a document model accounts for: every line number it records.

A test helper: the model records the line of every value, heading, paragraph,
form field and piece of table furniture, and the parser lists what it could not
place as unparsed. Together they must cover every non-blank source line.
"""

from __future__ import annotations

from collections.abc import Mapping

from budgetdiff.model import Document
from budgetdiff.record import Record, fields

_LINE_FIELDS = frozenset(
    {
        "line",
        "title_line",
        "department_line",
        "total_line",
        "note_line",
        "income_total_line",
        "expenditure_total_line",
    }
)
_LINE_LISTS = frozenset({"lines", "furniture", "toc_lines", "page_number_lines"})
_SKIPPED = frozenset({"source", "text_lines"})


def placed_lines(document: Document) -> set[int]:
    """The line numbers the model records anywhere."""
    found: set[int] = set()

    def walk(value: object) -> None:
        if isinstance(value, Record):
            for name in fields(value):
                item = getattr(value, name)
                if name in _LINE_FIELDS and isinstance(item, int):
                    found.add(item)
                elif name in _LINE_LISTS:
                    numbers = item.values() if isinstance(item, Mapping) else item
                    found.update(n for n in numbers if isinstance(n, int))
                elif name not in _SKIPPED:
                    walk(item)
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)

    walk(document)
    return found


def lost_lines(text: str, document: Document) -> list[tuple[int, str]]:
    """Non-blank lines of ``text`` neither placed in ``document`` nor listed as unparsed."""
    from budgetdiff.parser.decoding import split_lines

    accounted = placed_lines(document) | {item.line for item in document.unparsed}
    return [
        (number, line)
        for number, line in enumerate(split_lines(text.removeprefix("\ufeff")), 1)
        if line.strip() and number not in accounted
    ]
