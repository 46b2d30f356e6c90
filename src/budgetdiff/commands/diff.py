"""``budgetdiff A B`` / ``budgetdiff diff A B``: compare two documents like diff(1).

Exit 0 when nothing differs (in the parts selected), 1 when something does,
2 on trouble. Human formats go through a pager on a terminal, as git does.
"""

from __future__ import annotations

import argparse
import os
import sys
from decimal import Decimal, InvalidOperation

from budgetdiff.commands.inputs import read_pair
from budgetdiff.diffing.model import SECTIONS, Diff
from budgetdiff.errors import BudgetDiffError
from budgetdiff.money import UNIT_FACTORS
from budgetdiff.render.terminal import wants_rich


def _only(value: str | None) -> tuple[str, ...]:
    if not value:
        return SECTIONS
    parts = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [part for part in parts if part not in SECTIONS]
    if unknown:
        raise BudgetDiffError(f"--only takes {','.join(SECTIONS)}; not {', '.join(unknown)}")
    return parts


def _limit(value: str | None, name: str, unit: str = "元") -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(value.replace(",", "").removesuffix("%"))
    except InvalidOperation:
        raise BudgetDiffError(f"{name} takes a number, not {value!r}") from None
    return number * UNIT_FACTORS[unit]


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "rich" if wants_rich(args.color, sys.stdout) else "plain"


def render(diff: Diff, output: str, args: argparse.Namespace) -> str:
    """The diff in ``output`` format.

    Human formats are always safe to print (document text through ``printable``;
    Rich styles its ``printable`` cells). JSON and CSV are exact data here: the
    CLI's standard output escapes them only when they reach a terminal.
    """
    if output == "json":
        from budgetdiff.render.diff_json import render_json

        return render_json(diff)
    if output == "csv":
        from budgetdiff.render.diff_csv import render_csv, render_csv_stat

        bom = not sys.stdout.isatty()  # for spreadsheets, as the export CSVs have; not on screen
        make = render_csv_stat if args.stat else render_csv
        return make(diff, args.unit, bom=bom)
    from budgetdiff.render import diff_text as human
    from budgetdiff.text import printable

    if output == "markdown":
        return printable(human.render_markdown(diff, args.unit, args.stat))
    if output == "rich":
        color = args.color == "always" or wants_rich(args.color, sys.stdout)
        width = _width() or 120
        return human.render_rich(
            diff, args.unit, args.stat, width=width, color=color, increase_red=_increase_red()
        )
    return printable(human.render_plain(diff, args.unit, args.stat, width=_width() or 100))


def _width() -> int | None:
    """The terminal's width, or None when the output is not a terminal."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _increase_red() -> bool:
    """The explorer's ``increase_red`` setting, which Rich output follows too (the settings
    module imports no Textual)."""
    from budgetdiff.tui.config import load_settings

    return load_settings()[0].increase_red


def pager_command() -> list[str] | None:
    """$BUDGETDIFF_PAGER, else $PAGER, else ``less -FRX``; None for an empty or ``cat`` pager."""
    import shlex

    command = os.environ.get("BUDGETDIFF_PAGER", os.environ.get("PAGER", "less -FRX"))
    words = shlex.split(command)
    return None if not words or words == ["cat"] else words


def emit(text: str, page: bool) -> None:
    """Write ``text`` to stdout, through the pager when ``page``."""
    command = pager_command() if page else None
    if command is not None:
        import subprocess

        environment = {**os.environ, "LESSCHARSET": os.environ.get("LESSCHARSET", "utf-8")}
        try:
            subprocess.run(command, input=text.encode("utf-8"), env=environment, check=False)
            return
        except OSError:
            pass
    sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    """Compare A and B; exit 0 same, 1 different."""
    from budgetdiff.diffing import diff
    from budgetdiff.diffing.selection import select

    if args.a == "-" and args.b == "-":
        raise BudgetDiffError("only one side can be read from standard input (-)")
    only = _only(args.only)
    min_abs = _limit(args.min_abs, "--min-abs", args.unit)
    min_pct = _limit(args.min_pct, "--min-pct")
    a, b = read_pair(args.a, args.b, args.encoding, cache=not getattr(args, "no_cache", False))
    result = select(diff(a, b), only, min_abs, min_pct)
    status = 0 if result.identical else 1
    args.exit_status = status  # also when the reader of the output goes away (| head)
    output = _format(args)
    # JSON and CSV are data: one document (``"identical": true``, a CSV header) even then;
    # a side only partly read is said even of documents identical as far as they were read.
    silent = result.identical and not args.stat and not result.partly_read
    if args.quiet or (silent and output not in ("json", "csv")):
        return status
    text = render(result, output, args)
    human = output in ("rich", "plain", "markdown")
    emit(text, page=human and not args.no_pager and sys.stdout.isatty())
    return status
