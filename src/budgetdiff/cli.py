"""The ``budgetdiff`` command line: argparse front end and dispatch.

Nothing heavy is imported here: each command imports what it needs when it
runs, so ``budgetdiff --help`` and scripted exports start fast and never load
Textual. Errors the user can fix print one sentence and exit 2.

Standard output: a write error (a full disk, EIO) is one sentence and exit 2;
a reader that goes away (``| head``) is a normal end, exit 0. Human formats are
escaped by ``budgetdiff.text.printable`` wherever they go; JSON and CSV are
exact data in a pipe or file and escaped only when they reach a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence

from budgetdiff import __version__
from budgetdiff.errors import BudgetDiffError, OutputError
from budgetdiff.names import FINAL_TABLE_IDS, TABLE_IDS, UNITS

TYPE_CHECKING = False  # typing's would cost --help a tenth of its time
if TYPE_CHECKING:
    from typing import Any, TextIO

TABLE_CHOICES = tuple(dict.fromkeys((*TABLE_IDS, *FINAL_TABLE_IDS, "projects")))


def _encoding(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="read input in this encoding (default: detect BOM, UTF-8, then GB18030)",
    )


def _no_cache(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read PDFs afresh: neither use nor fill the cache of read PDFs "
        "($BUDGETDIFF_CACHE, default: the user cache directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="budgetdiff",
        description="Read, check and compare Chinese department budgets (部门预算).",
        usage="budgetdiff A B [diff options]\n       budgetdiff COMMAND ...",
        epilog="Exit status: 0 ok or same, 1 a strict check failed (check) or the documents "
        "differ (diff), 2 trouble.",
    )
    parser.add_argument("--version", action="version", version=f"budgetdiff {__version__}")
    # prog: each subcommand's usage and errors name that subcommand only.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="budgetdiff")

    show = commands.add_parser("show", help="print a document as trees with aligned amounts")
    show.add_argument("file", help="budget document (text extracted from the PDF)")
    show.add_argument("--table", choices=TABLE_CHOICES, help="show only this table")
    show.add_argument("--unit", choices=UNITS, default="元", help="display unit (default 元)")
    show.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="styled output: auto (terminal, no NO_COLOR), always, never",
    )
    show.add_argument(
        "--unparsed", action="store_true", help="also list the lines the parser could not place"
    )
    show.add_argument(
        "--no-source",
        action="store_true",
        help="leave out the source line (path, encoding, hash), e.g. for git textconv",
    )
    _encoding(show)
    _no_cache(show)

    check = commands.add_parser("check", help="check the consistency identities (勾稽关系)")
    check.add_argument(
        "paths",
        nargs="+",
        metavar="FILE|DIR",
        help="documents, or directories searched for *.txt and *.pdf",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a report per document and a summary (default); json: one JSON document",
    )
    _encoding(check)
    _no_cache(check)

    export = commands.add_parser("export", help="export a document as JSON, CSV, XLSX or FDP")
    export.add_argument("file", help="budget document")
    export.add_argument("--format", choices=("json", "csv", "xlsx", "datapackage"), default="json")
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="output file (json, xlsx) or directory (csv, datapackage)",
    )
    export.add_argument("--force", action="store_true", help="overwrite an existing output")
    _encoding(export)
    _no_cache(export)

    diff = commands.add_parser(
        "diff",
        help="compare two documents (also: budgetdiff A B)",
        description="Compare B with A by classification code. Exit 0 same, 1 different, 2 trouble.",
    )
    diff.add_argument("a", metavar="A", help="the earlier / draft document (- for stdin)")
    diff.add_argument("b", metavar="B", help="the later / published document (- for stdin)")
    diff.add_argument(
        "--format",
        choices=("rich", "plain", "markdown", "json", "csv"),
        help="output format (default: rich on a terminal, plain when piped)",
    )
    diff.add_argument("--stat", action="store_true", help="one line per table")
    diff.add_argument("-q", "--quiet", action="store_true", help="print nothing; exit status only")
    diff.add_argument("--unit", choices=UNITS, default="元", help="display unit (default 元)")
    diff.add_argument(
        "--min-abs",
        metavar="AMOUNT",
        help="hide cell changes smaller than AMOUNT (in --unit); rows always show",
    )
    diff.add_argument("--min-pct", metavar="P", help="hide cell changes below P percent")
    diff.add_argument(
        "--only", metavar="PARTS", help="comma-separated parts: tables,sangong,projects,text,checks"
    )
    diff.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="styled output (honours NO_COLOR and FORCE_COLOR)",
    )
    diff.add_argument("--no-pager", action="store_true", help="never page the output")
    diff.add_argument("--tui", action="store_true", help="open the diff in the explorer")
    _encoding(diff)
    _no_cache(diff)

    review = commands.add_parser(
        "review",
        help="the state of the review of B against A: marks, queries, what is left",
        description="Report the review of B relative to A kept in its review file (marks "
        "given in the explorer: budgetdiff explore A B). Exit 0; 1 when a --fail-on gate "
        "fails; 2 trouble.",
    )
    review.add_argument("a", metavar="A", help="the published (or earlier) document")
    review.add_argument("b", metavar="B", help="the draft reviewed (- for stdin)")
    review.add_argument(
        "--review",
        metavar="PATH",
        help="the review file (default: B.review.toml beside B)",
    )
    review.add_argument(
        "--format",
        choices=("text", "markdown", "html", "json"),
        default="text",
        help="text (default), markdown, html (one self-contained file) or json",
    )
    review.add_argument(
        "--merge",
        metavar="OTHER",
        action="append",
        help="merge another reviewer's review file of this pair into the review file "
        "(conflicting marks are kept beside, not over, this file's)",
    )
    review.add_argument(
        "--fail-on",
        choices=("unreviewed", "query"),
        action="append",
        help="exit 1 while a change is not reviewed (unreviewed) or a query is open or "
        "marks conflict (query); may be given twice",
    )
    review.add_argument("--unit", choices=UNITS, default="元", help="display unit (default 元)")
    review.add_argument("-o", "--output", metavar="PATH", help="write the report to PATH")
    review.add_argument("--force", action="store_true", help="overwrite an existing --output")
    _encoding(review)
    _no_cache(review)

    explore = commands.add_parser(
        "explore", help="explore a document (or B relative to A) in the terminal UI"
    )
    explore.add_argument(
        "a",
        metavar="A",
        nargs="?",
        help="budget document (the earlier one with B; default: the most recent file)",
    )
    explore.add_argument("b", metavar="B", nargs="?", help="a second document to compare with")
    explore.add_argument(
        "--review",
        metavar="PATH",
        help="with B: the review file the marks go to (default: B.review.toml beside B)",
    )
    explore.add_argument("--force-tui", action="store_true", help=argparse.SUPPRESS)
    _encoding(explore)
    _no_cache(explore)
    return parser


COMMANDS = ("show", "check", "export", "diff", "review", "explore")


def _with_command(argv: list[str]) -> list[str]:
    """``budgetdiff A B [options]`` is ``budgetdiff diff A B [options]``."""
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version"):
        return ["diff", *argv]
    return argv


def _mistyped_command(argv: list[str]) -> str | None:
    """The command ``argv[0]`` is a typo of (``shw`` → ``show``), when it names no file."""
    if not argv or argv[0] in COMMANDS or argv[0].startswith("-") or os.path.lexists(argv[0]):
        return None
    import difflib

    close = difflib.get_close_matches(argv[0], COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def _command_parser(
    parser: argparse.ArgumentParser, command: str | None
) -> argparse.ArgumentParser:
    """The parser of ``command`` (``parser`` itself for none), so that its errors name it."""
    for action in parser._actions:  # argparse keeps its subparsers nowhere public
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            found: argparse.ArgumentParser = action.choices[command]
            return found
    return parser


_PIECE = 8192


class _Stdout:
    """Standard output for one command: write errors as one sentence, data safe on a terminal.

    ``gate`` (set when the output is data shown on a terminal) escapes what
    could control the terminal; piped or redirected, the data stays exact.
    """

    def __init__(self, stream: TextIO, gate: Callable[[str], str] | None) -> None:
        self.stream = stream
        self.gate = gate
        self.failed = False

    def write(self, text: str) -> int:
        if self.gate:
            text = self.gate(text)
        try:
            # In pieces: one large write to a pipe whose reader goes away returns
            # short without an error (and the rest is lost); the next piece raises.
            for start in range(0, len(text), _PIECE):
                self.stream.write(text[start : start + _PIECE])
            return len(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise self._error(error) from None

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise self._error(error) from None

    def _error(self, error: OSError) -> OutputError:
        self.failed = True
        return OutputError(f"cannot write standard output: {error.strerror or error}")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _data_gate(args: argparse.Namespace, stream: TextIO) -> Callable[[str], str] | None:
    """The terminal gate for JSON and CSV output; human formats are gated as they are built."""
    data_format = getattr(args, "format", None)
    if data_format not in ("json", "csv") or not stream.isatty():
        return None
    from budgetdiff.text import printable, printable_json

    return printable_json if data_format == "json" else printable


def _discard_stdout(stream: TextIO) -> None:
    """Point file descriptor 1 at /dev/null, so the flush at exit cannot fail again.

    This is the Python documentation's advice for SIGPIPE; it applies as much to
    a full disk. Streams without a descriptor (tests' capture buffers) are left.
    """
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    if (command := _mistyped_command(words)) is not None:
        parser.error(f"{words[0]} is neither a command nor a file: did you mean {command}?")
    args, unknown = parser.parse_known_args(_with_command(words))
    if unknown:
        _command_parser(parser, args.command).error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        parser.print_help()
        return 2
    tui = args.command == "explore" or (args.command == "diff" and args.tui)
    original = sys.stdout
    wrapper: _Stdout | None = None
    try:
        if original is None:
            raise OutputError("cannot write standard output: it is closed")
        if not tui:
            wrapper = _Stdout(original, _data_gate(args, original))
            sys.stdout = wrapper
        status = _run(args, tui)
        sys.stdout.flush()
        return status
    except BudgetDiffError as error:
        from budgetdiff.text import printable

        if wrapper is not None and wrapper.failed:
            _discard_stdout(original)
        sys.stderr.write(f"budgetdiff: {printable(str(error))}\n")
        return 2
    except BrokenPipeError:
        # The reader has gone (``| head``): a normal end, as for any filter; the status
        # is still the result's (differences, a failed check), never a false "same".
        _discard_stdout(original)
        return int(getattr(args, "exit_status", 0))
    except KeyboardInterrupt:
        return 130
    finally:
        sys.stdout = original


def _run(args: argparse.Namespace, tui: bool) -> int:
    if args.command == "show":
        from budgetdiff.commands import show as command
    elif args.command == "check":
        from budgetdiff.commands import check as command  # type: ignore[no-redef]
    elif tui:
        from budgetdiff.commands import explore as command  # type: ignore[no-redef]

        args.force_tui = getattr(args, "force_tui", False)
    elif args.command == "diff":
        from budgetdiff.commands import diff as command  # type: ignore[no-redef]
    elif args.command == "review":
        from budgetdiff.commands import review as command  # type: ignore[no-redef]
    else:
        from budgetdiff.commands import export as command  # type: ignore[no-redef]
    if tui:
        return command.run(args)
    import gc

    # A scripted command is short and frees its model at exit: the collector's passes
    # over the growing model cost a fifth of a 60,000-row diff (benchmarks/README.md).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return command.run(args)
    finally:
        if collecting:
            gc.enable()
