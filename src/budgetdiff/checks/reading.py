"""Whether the whole document was read: every non-blank line placed in the model."""

from __future__ import annotations

from collections.abc import Iterator

from budgetdiff.checks.findings import Finding
from budgetdiff.model import Document

SHOWN_LINES = 5
"""How many unparsed line numbers the message names."""


def reading_findings(document: Document) -> Iterator[Finding]:
    """A warning when some lines could not be placed (``show --unparsed`` lists them)."""
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
