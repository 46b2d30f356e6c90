"""Comparing two documents: ``diff(a, b)`` returns a ``Diff`` (B relative to A)."""

from __future__ import annotations

from budgetdiff.diffing.engine import diff
from budgetdiff.diffing.model import Diff

__all__ = ["Diff", "diff"]
