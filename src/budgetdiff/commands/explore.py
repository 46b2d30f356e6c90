"""``budgetdiff explore [A [B]]`` (and ``budgetdiff A B --tui``): the Textual explorer.

Files are read inside the app, in a worker thread, so the explorer shows at once
with a loading indicator while a PDF is read (its pages in a child process, which
quitting ends: ``budgetdiff.tui.reading``); a read error ends the app and is
raised here, after the terminal is restored, like any other command's. Without a
file, the most recent one of the settings is opened. The files opened are
remembered in the settings.
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
    from budgetdiff.tui.config import Settings

NO_RECENT = "没有最近打开的文件：请给出要打开的文件（budgetdiff explore A [B]）"
MAX_DETAIL = 200
"""Characters of an internal error's type and message that its sentence quotes."""


def paths(args: argparse.Namespace, settings: Settings) -> tuple[str, str | None]:
    """(A or the only file, B): as given, else the most recent file of ``settings``."""
    if getattr(args, "a", None):
        return args.a, getattr(args, "b", None)
    recent = settings.recent_files()
    if not recent:
        raise BudgetDiffError(NO_RECENT)
    return recent[0], None


def run(args: argparse.Namespace) -> int:
    """Open the explorer on one document, or on B relative to A."""
    if not sys.stdout.isatty() and not args.force_tui:
        raise BudgetDiffError("explore needs a terminal; use show or diff in scripts")
    # Textual costs ~0.3 s to import: only this command pays it.
    from budgetdiff.tui.app import BudgetApp
    from budgetdiff.tui.config import load_settings, save_settings

    settings, warning = load_settings()
    first, second = paths(args, settings)
    cache = not getattr(args, "no_cache", False)
    other = _side(first, args.encoding, cache) if second else None
    document = _side(second or first, args.encoding, cache)
    opener = partial(_pending, encoding=args.encoding, cache=cache)
    review = getattr(args, "review", None)
    if second:
        _check_review(second, review)
    app = BudgetApp(
        document,
        other,
        settings.remember(first, *[second] if second else []),
        warning,
        opener,
        review,
    )
    app.run()
    if app.read_error is not None:
        raise app.read_error
    if app.crash is not None:
        raise BudgetDiffError(internal_error(app.crash))
    save_warning = save_settings(app.settings)
    if save_warning:
        from budgetdiff.text import printable

        sys.stderr.write(f"budgetdiff: {printable(save_warning)}\n")
    return 0


def internal_error(error: BaseException) -> str:
    """The sentence for an exception that ended the explorer: a bug, never the input's."""
    detail = " ".join(f"{type(error).__name__}: {error}".split())
    if len(detail) > MAX_DETAIL:
        detail = detail[: MAX_DETAIL - 1] + "…"
    return f"the explorer stopped on an internal error ({detail}); please report this bug"


def _check_review(b: str, given: str | None) -> None:
    """A review file that is there but is no review stops here, before the explorer
    starts (it would never be written over); one of standard input needs --review."""
    from pathlib import Path

    from budgetdiff.review import store

    if given is None and b == "-":
        return  # the explorer says that marks need --review
    store.read(Path(given) if given is not None else store.default_path(b))


def _side(path: str, encoding: str | None, cache: bool) -> Document | Pending:
    """A file to read in the app; standard input at once, before the app takes the
    terminal."""
    from budgetdiff.commands.inputs import STDIN, read_document

    if path == STDIN:
        return read_document(path, encoding, cache)
    return _pending(path, encoding, cache)


def _pending(path: str, encoding: str | None, cache: bool) -> Pending:
    """``path`` to read in the app: a PDF's pages in a process that quitting ends."""
    from budgetdiff.commands.inputs import read_document
    from budgetdiff.tui.app import Pending
    from budgetdiff.tui.reading import PageReader

    reader = PageReader()
    if path.lower().endswith(".pdf"):
        reader.start()  # its imports overlap the app's start
    return Pending(path, partial(read_document, path, encoding, cache, reader), reader.stop)
