"""``budgetdiff explore A [B]`` (and ``budgetdiff A B --tui``): the Textual explorer."""

from __future__ import annotations

import argparse
import sys

from budgetdiff.errors import BudgetDiffError


def run(args: argparse.Namespace) -> int:
    """Open the explorer on one document, or on B relative to A."""
    from budgetdiff.commands.inputs import read_document as read_side

    if not sys.stdout.isatty() and not args.force_tui:
        raise BudgetDiffError("explore needs a terminal; use show or diff in scripts")
    other = read_side(args.a, args.encoding) if args.b else None
    document = read_side(args.b or args.a, args.encoding)
    # Textual costs ~0.3 s to import: only this command pays it.
    from budgetdiff.tui.app import BudgetApp
    from budgetdiff.tui.config import load_settings, remember, save_settings

    settings, warning = load_settings()
    app = BudgetApp(document, other, settings, warning)
    app.run()
    save_warning = save_settings(remember(settings, *(p for p in (args.a, args.b) if p)))
    if save_warning:
        from budgetdiff.text import printable

        sys.stderr.write(f"budgetdiff: {printable(save_warning)}\n")
    return 0
