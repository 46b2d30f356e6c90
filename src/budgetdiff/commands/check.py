"""``budgetdiff check``: consistency reports for many documents, in parallel.

Exit 0 when no strict check fails, 1 when one does, 2 when an input or a
directory cannot be read (the other inputs are still checked and reported).
SIGINT and SIGTERM cancel the queued work at once: exit 130 / 143.
"""

from __future__ import annotations

import argparse
import os
import signal
import stat
import sys
from collections.abc import Iterator
from types import FrameType
from typing import TYPE_CHECKING

from budgetdiff.commands.inputs import STDIN, read_document
from budgetdiff.errors import BudgetDiffError
from budgetdiff.model import CheckResult
from budgetdiff.record import Record
from budgetdiff.text import printable

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

_SUFFIXES = (".txt", ".TXT", ".pdf", ".PDF")


class Report(Record):
    """What checking one file produced: its results, or why it could not be read."""

    path: str
    title: str
    checks: tuple[CheckResult, ...]
    unparsed: int
    error: str | None
    problems: tuple[CheckResult, ...]
    lines: int
    directory: bool
    partly: bool
    """Only partly read (``Document.reading.partly``)."""
    unread_pages: tuple[int, ...]
    """The pages whose text could not be read (``Document.unread_pages``)."""

    __slots__ = (
        "checks",
        "directory",
        "error",
        "lines",
        "partly",
        "path",
        "problems",
        "title",
        "unparsed",
        "unread_pages",
    )

    def __init__(
        self,
        path: str,
        title: str = "",
        checks: tuple[CheckResult, ...] = (),
        unparsed: int = 0,
        error: str | None = None,
        problems: tuple[CheckResult, ...] = (),
        lines: int = 0,
        directory: bool = False,
        partly: bool = False,
        unread_pages: tuple[int, ...] = (),
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "checks", checks)
        object.__setattr__(self, "unparsed", unparsed)
        object.__setattr__(self, "error", error)
        object.__setattr__(self, "problems", problems)
        object.__setattr__(self, "lines", lines)
        object.__setattr__(self, "directory", directory)
        object.__setattr__(self, "partly", partly)
        object.__setattr__(self, "unread_pages", unread_pages)


class Verdict(Record):
    """A document's overall outcome: ``status`` for machines, ``text`` for people."""

    status: str  # ok, warn, partly_read, fail or unreadable
    text: str

    __slots__ = ("status", "text")

    def __init__(self, status: str, text: str) -> None:
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "text", text)


class _Terminated(Exception):
    """SIGTERM or SIGHUP arrived: stop like Ctrl-C does, but exit 128 + the signal."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
"""Signals that end a run whose workers must not outlive it (SIGHUP: a closed terminal)."""


def expand(paths: list[str]) -> Iterator[str | Report]:
    """Files as given, the ``*.txt`` and ``*.pdf`` files under each directory (sorted), and a
    Report for each directory that cannot be read. Non-regular files met in a
    directory (FIFOs, sockets, devices) are skipped with a note on stderr."""
    for path in paths:
        if path != STDIN and _is_dir(path):
            yield from _walk(path)
        else:
            yield path


def _is_dir(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False  # load gives the sentence for what is wrong with it


def _walk(top: str) -> Iterator[str | Report]:
    found: list[str | Report] = []

    def unreadable(error: OSError) -> None:
        where = error.filename if isinstance(error.filename, str) else top
        reason = "permission denied" if isinstance(error, PermissionError) else error.strerror
        message = f"cannot read directory {where}: {(reason or str(error)).lower()}"
        found.append(Report(where, error=message, directory=True))

    for directory, subdirectories, names in os.walk(top, onerror=unreadable):
        subdirectories.sort()
        for name in names:
            if not name.endswith(_SUFFIXES):
                continue
            path = os.path.join(directory, name)
            try:
                mode = os.stat(path).st_mode
            except OSError:
                found.append(path)  # a broken link: load says why
                continue
            if stat.S_ISREG(mode):
                found.append(path)
            else:
                sys.stderr.write(
                    f"budgetdiff: note: skipped {printable(path)}: not a regular file\n"
                )
    yield from sorted(found, key=lambda item: item if isinstance(item, str) else item.path)


def check_file(path: str, encoding: str | None = None, cache: bool = True) -> Report:
    """Parse and check one file; a read error becomes the report's ``error``."""
    try:
        document = read_document(path, encoding, cache)
    except BudgetDiffError as error:
        return Report(path, error=str(error))
    title = " ".join(str(p) for p in (document.department, document.year, document.kind) if p)
    from budgetdiff.checks import check

    results = check(document).results
    problems = tuple(result for result in results if result.status != "pass")
    reading = document.reading
    return Report(
        path,
        title,
        results,
        reading.unparsed,
        None,
        problems,
        reading.lines,
        partly=reading.partly,
        unread_pages=tuple(item.page for item in reading.unread_pages),
    )


def _ignore_interrupts() -> None:
    """Pool workers leave Ctrl-C to the parent, which cancels and ends them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise _Terminated(signum)


def catch_ending_signals() -> dict[int, object]:
    """Turn SIGTERM and SIGHUP into ``_Terminated``; the previous handlers, to restore."""
    return {number: signal.signal(number, _terminate) for number in ENDING_SIGNALS}


def restore_signals(previous: dict[int, object]) -> None:
    for number, handler in previous.items():
        signal.signal(number, handler)  # type: ignore[arg-type]


def _reports(
    entries: list[str | Report], encoding: str | None, progress: bool, cache: bool
) -> list[Report]:
    paths = [entry for entry in entries if isinstance(entry, str) and entry != STDIN]
    if len(paths) < 4:
        return [
            entry if isinstance(entry, Report) else check_file(entry, encoding, cache)
            for entry in entries
        ]
    from concurrent.futures import ProcessPoolExecutor

    previous = catch_ending_signals()
    pool = ProcessPoolExecutor(initializer=_ignore_interrupts)
    try:
        futures = {path: pool.submit(check_file, path, encoding, cache) for path in set(paths)}
        reports = _collect(entries, futures, encoding, progress, cache)
    except KeyboardInterrupt:
        _stop(pool)
        raise SystemExit(130) from None
    except _Terminated as ended:
        _stop(pool)
        raise SystemExit(128 + ended.signum) from None
    finally:
        restore_signals(previous)
    pool.shutdown()
    return reports


def _collect(
    entries: list[str | Report],
    futures: dict[str, Future[Report]],
    encoding: str | None,
    progress: bool,
    cache: bool,
) -> list[Report]:
    from concurrent.futures.process import BrokenProcessPool

    def report(entry: str | Report) -> Report:
        if isinstance(entry, Report):
            return entry
        future = futures.get(entry)
        if future is None:
            return check_file(entry, encoding, cache)
        try:
            return future.result()
        except BrokenProcessPool:  # a worker was killed (out of memory): check it here
            return check_file(entry, encoding, cache)

    if not progress:
        return [report(entry) for entry in entries]
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("checking", total=len(entries))
        reports = []
        for entry in entries:
            reports.append(report(entry))
            bar.advance(task)
        return reports


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the queued work and end the workers now, leaving no process behind."""
    for number in (signal.SIGINT, *ENDING_SIGNALS):
        signal.signal(number, signal.SIG_IGN)
    # The executor has no public way to kill its workers before Python 3.14.
    state = vars(pool)  # what shutdown() forgets, taken before it
    workers = list(state["_processes"].values())
    manager, wakeup = state["_executor_manager_thread"], state["_executor_manager_thread_wakeup"]
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.kill()
    for worker in workers:
        worker.join(1)
    # The pool's thread closes its wake-up pipe once it sees the workers gone, and the
    # interpreter's exit writes to that pipe: in Python 3.11 the two race, and the exit
    # printed "OSError: Bad file descriptor" after Ctrl-C. Let the thread end first;
    # whatever it has not closed by then, nothing is left to wake.
    if manager is not None:
        manager.join(2)
    if wakeup is not None:
        wakeup._closed = True


def verdict(report: Report) -> Verdict:
    """FAIL, PARTLY READ, ``ok, N lines not read`` (a warning) or ok."""
    if report.error is not None:
        return Verdict("unreadable", "cannot read")
    failed = any(check.status == "fail" for check in report.checks)
    not_read = f"{report.unparsed} of {report.lines} lines not read"
    if report.unread_pages:
        pages = ", ".join(str(page) for page in report.unread_pages)
        noun = "page" if len(report.unread_pages) == 1 else "pages"
        not_read = f"{noun} {pages} not read" + (
            f", {report.unparsed} of {report.lines} lines not read" if report.unparsed else ""
        )
    if report.partly:
        text = f"PARTLY READ, {not_read}"
        return Verdict("fail" if failed else "partly_read", f"FAIL, {text}" if failed else text)
    if failed:
        return Verdict("fail", "FAIL")
    if report.unparsed:
        noun = "line" if report.unparsed == 1 else "lines"
        return Verdict("warn", f"ok, {report.unparsed} {noun} not read")
    return Verdict("ok", "ok")


def format_report(report: Report) -> list[str]:
    """The lines reporting one document."""
    if report.error is not None:
        if report.directory:
            return [printable(report.error)]
        return [f"{printable(report.path)}: cannot read: {printable(report.error)}"]
    failed = sum(1 for check in report.checks if check.status == "fail")
    warned = sum(1 for check in report.checks if check.status == "warn")
    passed = sum(1 for check in report.checks if check.status == "pass")
    lines = [
        f"{printable(report.path)}: {printable(report.title)}: {verdict(report).text} "
        f"({_count(passed, 'identity holds', 'identities hold')}, {failed} fail, {warned} warn, "
        f"{_count(report.unparsed, 'unparsed line')})"
    ]
    for check in report.problems:
        lines.append(f"  {check.status} {check.id}: {printable(check.message)}")
    for check in report.checks:
        # a passing identity with notes: the differences rounding explains, shown too
        if check.status == "pass" and "; " in check.message:
            notes = check.message.split("; ", 1)[1]
            lines.append(f"  note {check.id}: {printable(notes)}")
    return lines


def _count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {plural or noun + 's'}"


def _summary(reports: list[Report], verdicts: list[Verdict]) -> str:
    documents = [r for r in reports if not r.directory]
    failing = sum(1 for r in documents if any(c.status == "fail" for c in r.checks))
    warning = sum(1 for r in documents if r.unparsed or any(c.status == "warn" for c in r.checks))
    partly = sum(1 for v in verdicts if "PARTLY READ" in v.text)
    unreadable = sum(1 for r in documents if r.error)
    directories = len(reports) - len(documents)
    parts = [_count(len(documents), "document"), f"{failing} with failures"]
    parts.append(f"{warning} with warnings")
    if partly:
        parts.append(f"{partly} partly read")
    parts.append(f"{unreadable} unreadable")
    if directories:
        parts.append(_count(directories, "unreadable directory", "unreadable directories"))
    return "summary: " + ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    """Check every input; print a report per document and a summary."""
    entries = list(expand(args.paths))
    if not entries:
        raise BudgetDiffError(
            "no budget documents (*.txt, *.pdf) found in " + ", ".join(args.paths)
        )
    cache = not getattr(args, "no_cache", False)
    reports = _reports(entries, args.encoding, progress=sys.stderr.isatty(), cache=cache)
    verdicts = [verdict(report) for report in reports]
    failed = any(c.status == "fail" for r in reports for c in r.checks)
    status = 2 if any(report.error for report in reports) else 1 if failed else 0
    args.exit_status = status  # also when the reader of the output goes away (| head)
    if args.format == "json":
        from budgetdiff.export.json_export import dumps

        rows = [_report_dict(r, v) for r, v in zip(reports, verdicts, strict=True)]
        sys.stdout.write(dumps(rows) + "\n")
    else:
        for report in reports:
            if report.error is None:  # a file or directory not read is said once, on stderr
                sys.stdout.write("\n".join(format_report(report)) + "\n")
        sys.stdout.write(_summary(reports, verdicts) + "\n")
    for report in reports:
        if report.error:
            sys.stderr.write(f"budgetdiff: {printable(report.error)}\n")
    return status


def _report_dict(report: Report, outcome: Verdict) -> dict[str, object]:
    return {
        "path": report.path,
        "title": report.title,
        "error": report.error,
        "verdict": outcome.status,
        "verdict_text": outcome.text,
        "unparsed": report.unparsed,
        "lines": report.lines,
        "checks": [
            {
                "id": c.id,
                "status": c.status,
                "strict": c.strict,
                "message": c.message,
                "table": c.table,
                "code": c.code,
                "line": c.line,
                **({"page": c.page, "page_line": c.page_line} if c.page is not None else {}),
            }
            for c in report.checks
        ],
    }
