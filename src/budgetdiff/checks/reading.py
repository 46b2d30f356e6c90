"""Whether the whole document was read: every page's text, every non-blank line placed in
the model; and what the PDF reader read past (hidden text, a repaired file)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from budgetdiff.checks.findings import Finding
from budgetdiff.model import Document, UnparsedLine
from budgetdiff.money import is_amount

SHOWN_LINES = 5
"""How many unparsed line numbers the message names."""
_FIGURE = re.compile(r"\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+|\d\s*(?:%|‰|万元|亿元|元)")
"""A figure in prose: decimals, thousands separators, or a number with its unit."""


def holds_figure(line: UnparsedLine) -> bool:
    """True when the line holds a figure: an amount cell, or an amount in its prose
    (``0.45万元``, ``12.08%``, ``1,234``); a heading's year or an ordinal is none."""
    cells = line.text.split("\t")
    if len(cells) > 1 and any(is_amount(cell.strip()) for cell in cells):
        return True
    return _FIGURE.search(line.text) is not None or is_amount(line.text.strip())


def reading_findings(document: Document) -> Iterator[Finding]:
    """Warnings for pages whose text could not be read, hidden text, and lines that could
    not be placed (``show --unparsed`` lists them); notes of a repaired file."""
    yield from _pages(document)
    yield from _notes(document)
    yield from _unparsed(document)


def _pages(document: Document) -> Iterator[Finding]:
    """One warning per unread page (the verdict is then PARTLY READ); nothing when every
    page was read (a text input has no pages to count)."""
    for item in document.unread_pages:
        yield Finding(
            "parse.pages", False, f"page {item.page} not read: {item.reason}", strict=False
        )


def _notes(document: Document) -> Iterator[Finding]:
    for note in document.read_notes:
        if note.kind == "hidden_text":
            yield Finding(
                "parse.hidden_text",
                False,
                f"page {note.page}: {note.text}; check that no figure is hidden there",
                strict=False,
            )
        else:
            yield Finding(
                "parse.pdf_repaired", True, "", strict=False, note=note.text, note_kind="read past"
            )


def _unparsed(document: Document) -> Iterator[Finding]:
    """A warning when some lines could not be placed (``show --unparsed`` lists them);
    it says their figures are in no table or check only for lines that hold figures."""
    unparsed = document.unparsed
    if not unparsed:
        yield Finding("parse.unparsed", True, "", strict=False)
        return
    count = f"{len(unparsed)} line{'s' if len(unparsed) != 1 else ''}"
    figures = [item for item in unparsed if holds_figure(item)]
    if not figures:
        claim = "it holds no figure" if len(unparsed) == 1 else "they hold no figure"
    elif len(figures) == len(unparsed):
        claim = "figures there are in no table or check"
    else:
        claim = (
            f"figures on {len(figures)} of them ({_shown(document, figures)}) "
            "are in no table or check"
        )
    yield Finding(
        "parse.unparsed",
        False,
        f"{count} could not be placed ({_shown(document, unparsed)}): {claim}; see show --unparsed",
        strict=False,
        line=unparsed[0].line,
    )


def _shown(document: Document, lines: list[UnparsedLine] | tuple[UnparsedLine, ...]) -> str:
    """The first lines' places (``page 3 line 7`` or ``line 12``), and how many more."""
    first = lines[:SHOWN_LINES]
    if document.origin:
        shown = ", ".join(document.where(item.line) for item in first)
    else:
        shown = "line " + ", ".join(str(item.line) for item in first)
    more = f" and {len(lines) - SHOWN_LINES} more" if len(lines) > SHOWN_LINES else ""
    return shown + more
