"""Consistency identities (勾稽关系) over a document model."""

from __future__ import annotations

from budgetdiff.model import CheckResult, Document


def run_checks(document: Document) -> tuple[CheckResult, ...]:
    """Every identity's results for ``document``."""
    return ()
