"""``budgetdiff explore A [B]`` (and ``budgetdiff A B --tui``): the Textual explorer.

Files are read inside the app, in a worker thread, so the explorer shows at once
with a loading indicator while a PDF is read; a read error ends the app and is
raised here, after the terminal is restored, like any other command's.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from typing import TYPE_CHECKING

from budgetdiff.errors import BudgetDiffError

if TYPE_CHECKING:
    from budgetdiff.model import Document
    from budgetdiff.tui.app import Pending


def run(args: argparse.Namespace) -> int:
    """Open the explorer on one document, or on B relative to A."""
    if not sys.stdout.isatty() and not args.force_tui:
        raise BudgetDiffError("explore needs a terminal; use show or diff in scripts")
    # Textual costs ~0.3 s to import: only this command pays it.
    from budgetdiff.tui.app import BudgetApp
    from budgetdiff.tui.config import load_settings, remember, save_settings

    cache = not getattr(args, "no_cache", False)
    other = _side(args.a, args.encoding, cache) if args.b else None
    document = _side(args.b or args.a, args.encoding, cache)
    settings, warning = load_settings()
    app = BudgetApp(document, other, settings, warning)
    app.run()
    if app.read_error is not None:
        raise app.read_error
    save_warning = save_settings(remember(settings, *(p for p in (args.a, args.b) if p)))
    if save_warning:
        from budgetdiff.text import printable

        sys.stderr.write(f"budgetdiff: {printable(save_warning)}\n")
    return 0


def _side(path: str, encoding: str | None, cache: bool) -> Document | Pending:
    """A file to read in the app; standard input at once, before the app takes the
    terminal."""
    from budgetdiff.commands.inputs import STDIN, read_document
    from budgetdiff.tui.app import Pending

    if path == STDIN:
        return read_document(path, encoding, cache)
    return Pending(path, partial(read_document, path, encoding, cache))
