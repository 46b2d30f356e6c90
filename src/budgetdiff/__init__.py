"""budgetdiff: read, check, diff and explore Chinese department budgets (部门预算).

The package root stays light: ``load`` and ``parse`` import the parser only when
first used, so ``budgetdiff --help`` and scripted runs start fast.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing costs --help a tenth of its time
__version__ = "0.1.0"

__all__ = [
    "BudgetDiffError",
    "CheckReport",
    "Diff",
    "Document",
    "NotABudgetDocument",
    "check",
    "diff",
    "load",
    "parse",
    "replace",
]

if TYPE_CHECKING:
    from typing import Any

    from budgetdiff.checks import check
    from budgetdiff.diffing import Diff, diff
    from budgetdiff.errors import BudgetDiffError, NotABudgetDocument
    from budgetdiff.model import CheckReport, Document
    from budgetdiff.parser import load, parse
    from budgetdiff.record import replace


def __getattr__(name: str) -> Any:
    if name in ("load", "parse"):
        from budgetdiff import parser

        return getattr(parser, name)
    if name in ("diff", "Diff"):
        from budgetdiff import diffing

        return getattr(diffing, name)
    if name == "check":
        from budgetdiff.checks import check

        return check
    if name in ("Document", "CheckReport"):
        from budgetdiff import model

        return getattr(model, name)
    if name == "replace":
        from budgetdiff.record import replace

        return replace
    if name in ("BudgetDiffError", "NotABudgetDocument"):
        from budgetdiff import errors

        return getattr(errors, name)
    raise AttributeError(f"module 'budgetdiff' has no attribute {name!r}")
