"""The errors budgetdiff raises on purpose; anything else is a bug.

Every message is one sentence a user can act on; the CLI prints it and exits 2.
docs/errors.md lists which function raises which, and when.
"""

from __future__ import annotations


class BudgetDiffError(Exception):
    """Base class: bad input or an impossible request, never a bug."""


class InputError(BudgetDiffError):
    """The input cannot be read as text: missing, unreadable, a directory or device,
    over the size limit, empty, binary or undecodable, or text with lone surrogates."""


class NotABudgetDocument(BudgetDiffError):
    """The text was read, but it is not a department budget (no title and no table)."""


class OutputError(BudgetDiffError):
    """An export cannot be written (exists without --force, or the directory fails)."""
