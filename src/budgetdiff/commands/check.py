"""``budgetdiff check``: consistency reports for many documents, in parallel.

Exit 0 when no strict check fails, 1 when one does, 2 when an input cannot be
read (the other inputs are still checked and reported).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from budgetdiff.errors import BudgetDiffError
from budgetdiff.model import CheckResult
from budgetdiff.text import printable

_PATTERNS = ("*.txt", "*.TXT")


@dataclass(frozen=True)
class Report:
    """What checking one file produced: its results, or why it could not be read."""

    path: str
    title: str = ""
    checks: tuple[CheckResult, ...] = ()
    unparsed: int = 0
    error: str | None = None
    problems: tuple[CheckResult, ...] = field(default=())


def expand(paths: list[str]) -> Iterator[str]:
    """Files as given, and the budget text files under each directory, sorted."""
    for path in paths:
        target = Path(path)
        if target.is_dir():
            found = sorted({p for pattern in _PATTERNS for p in target.rglob(pattern)})
            yield from (str(p) for p in found)
        else:
            yield path


def check_file(path: str, encoding: str | None = None) -> Report:
    """Parse and check one file; a read error becomes the report's ``error``."""
    from budgetdiff.parser import load

    try:
        document = load(path, encoding=encoding)
    except BudgetDiffError as error:
        return Report(path, error=str(error))
    title = " ".join(str(p) for p in (document.department, document.year, document.kind) if p)
    problems = tuple(check for check in document.checks if check.status != "pass")
    return Report(path, title, document.checks, len(document.unparsed), None, problems)


def _reports(files: list[str], encoding: str | None, progress: bool) -> list[Report]:
    if len(files) < 4:
        return [check_file(path, encoding) for path in files]
    with ProcessPoolExecutor() as pool:
        futures = [pool.submit(check_file, path, encoding) for path in files]
        if not progress:
            return [future.result() for future in futures]
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("checking", total=len(futures))
            reports = []
            for future in futures:
                reports.append(future.result())
                bar.advance(task)
            return reports


def format_report(report: Report) -> list[str]:
    """The lines reporting one document."""
    if report.error is not None:
        return [f"{printable(report.path)}: cannot read: {printable(report.error)}"]
    failed = sum(1 for check in report.checks if check.status == "fail")
    warned = sum(1 for check in report.checks if check.status == "warn")
    passed = sum(1 for check in report.checks if check.status == "pass")
    verdict = "FAIL" if failed else "ok"
    lines = [
        f"{printable(report.path)}: {printable(report.title)}: {verdict} "
        f"({passed} identities hold, {failed} fail, {warned} warn, "
        f"{report.unparsed} unparsed lines)"
    ]
    for check in report.problems:
        lines.append(f"  {check.status} {check.id}: {printable(check.message)}")
    return lines


def run(args: argparse.Namespace) -> int:
    """Check every input; print a report per document and a summary."""
    files = list(expand(args.paths))
    if not files:
        raise BudgetDiffError("no budget documents (*.txt) found in " + ", ".join(args.paths))
    reports = _reports(files, args.encoding, progress=sys.stderr.isatty())
    if args.format == "json":
        from budgetdiff.export.json_export import dumps

        sys.stdout.write(dumps([_report_dict(report) for report in reports]) + "\n")
    else:
        for report in reports:
            sys.stdout.write("\n".join(format_report(report)) + "\n")
        unreadable = sum(1 for r in reports if r.error)
        failing = sum(1 for r in reports if any(c.status == "fail" for c in r.checks))
        warning = sum(1 for r in reports if any(c.status == "warn" for c in r.checks))
        sys.stdout.write(
            f"summary: {len(reports)} documents, {failing} with failures, "
            f"{warning} with warnings, {unreadable} unreadable\n"
        )
    if any(report.error for report in reports):
        for report in reports:
            if report.error:
                sys.stderr.write(f"budgetdiff: {printable(report.error)}\n")
        return 2
    return 1 if any(c.status == "fail" for r in reports for c in r.checks) else 0


def _report_dict(report: Report) -> dict[str, object]:
    return {
        "path": report.path,
        "title": report.title,
        "error": report.error,
        "unparsed": report.unparsed,
        "checks": [
            {
                "id": c.id,
                "status": c.status,
                "strict": c.strict,
                "message": c.message,
                "table": c.table,
                "code": c.code,
                "line": c.line,
            }
            for c in report.checks
        ],
    }
