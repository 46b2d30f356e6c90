"""Whether the whole document was read: every page's text, every non-blank line placed in
the model; and what the PDF reader read past (hidden text, a repaired file)."""

from __future__ import annotations

from collections.abc import Iterator

from budgetdiff.checks.findings import Finding
from budgetdiff.model import Document

SHOWN_LINES = 5
"""How many unparsed line numbers the message names."""


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
    unparsed = document.unparsed
    if not unparsed:
        yield Finding("parse.unparsed", True, "", strict=False)
        return
    first = unparsed[:SHOWN_LINES]
    if document.origin:
        shown = ", ".join(document.where(item.line) for item in first)
    else:
        shown = "line " + ", ".join(str(item.line) for item in first)
    more = f" and {len(unparsed) - SHOWN_LINES} more" if len(unparsed) > SHOWN_LINES else ""
    yield Finding(
        "parse.unparsed",
        False,
        f"{len(unparsed)} line{'s' if len(unparsed) != 1 else ''} could not be placed "
        f"({shown}{more}): figures there are in no table or check; "
        "see show --unparsed",
        strict=False,
        line=unparsed[0].line,
    )
