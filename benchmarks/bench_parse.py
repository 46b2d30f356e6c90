"""Parse-time benchmarks for budgetdiff, with a target per figure.

Figures (milliseconds; median and best of N runs after warm-up, time.perf_counter):

* in-process ``budgetdiff.parse(text)`` of each sample, checks included (≤ 5 ms);
* in-process parse of a generated 6,000-row document (≤ 100 ms): 6,000 rows in
  its classification tables together, i.e. about 1,750 项 in each functional
  table; and its peak memory as traced by tracemalloc;
* a stress figure without a target: 6,000 项 in *each* functional table
  (about 20,600 table rows, 1.1 MB);
* cold wall time of ``budgetdiff export SAMPLE --format json`` as a subprocess
  (≤ 150 ms); skipped with a message while that command fails.

Run: ``python benchmarks/bench_parse.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import budgetdiff
from generate import generate_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
CLI_SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"

SAMPLE_TARGET_MS = 5.0
LARGE_TARGET_MS = 100.0
CLI_TARGET_MS = 150.0


@dataclass(frozen=True)
class Figure:
    """One line of the report."""

    name: str
    median: str
    best: str
    target: str
    result: str
    note: str = ""


def timings(function: Callable[[], object], runs: int, warmup: int) -> list[float]:
    """Milliseconds of ``runs`` calls of ``function`` after ``warmup`` untimed ones."""
    for _ in range(warmup):
        function()
    results: list[float] = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        results.append((time.perf_counter() - start) * 1000)
    return results


def timed_figure(
    name: str, results: Sequence[float], target_ms: float | None, note: str = ""
) -> Figure:
    median, best = statistics.median(results), min(results)
    if target_ms is None:
        return Figure(name, f"{median:.2f} ms", f"{best:.2f} ms", "-", "info", note)
    return Figure(
        name,
        f"{median:.2f} ms",
        f"{best:.2f} ms",
        f"<= {target_ms:g} ms",
        "PASS" if median <= target_ms else "MISS",
        note,
    )


def sample_figures(runs: int) -> list[Figure]:
    figures: list[Figure] = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        document = budgetdiff.parse(text)
        note = (
            f"{document.line_count} lines, {len(budgetdiff.check(document).failed)} failed checks"
        )
        results = timings(lambda text=text: budgetdiff.parse(text), runs, warmup=5)
        figures.append(timed_figure(f"parse {path.name}", results, SAMPLE_TARGET_MS, note))
    return figures


def table_rows(document: budgetdiff.Document) -> int:
    """The rows of the document's classification tables, together."""
    return sum(
        len(getattr(table, "rows", ()))
        for table in document.tables.values()
        if getattr(table, "classification", None)
    )


def items_for(rows: int) -> int:
    """The 项 count per functional table that gives a document about ``rows`` table rows."""
    items = max(1, rows * 2 // 7)
    while table_rows(budgetdiff.parse(generate_document(items))) < rows:
        items += max(1, (rows - table_rows(budgetdiff.parse(generate_document(items)))) // 4)
    return items


def large_figures(rows: int, runs: int, target: float | None = LARGE_TARGET_MS) -> list[Figure]:
    items = items_for(rows) if target is not None else rows
    text = generate_document(items)
    document = budgetdiff.parse(text)
    rows = table_rows(document)
    note = (
        f"{items:,} 项 per table, {document.line_count:,} lines, "
        f"{len(text.encode('utf-8')) / 1e6:.1f} MB, "
        f"{len(document.unparsed)} unparsed, {len(budgetdiff.check(document).failed)} failed checks"
    )
    results = timings(lambda: budgetdiff.parse(text), runs, warmup=2)
    figures = [timed_figure(f"parse generated {rows:,}-row document", results, target, note)]
    if target is None:
        return figures

    gc.collect()
    tracemalloc.start()
    budgetdiff.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures.append(
        Figure(
            f"peak memory, {rows:,}-row parse",
            f"{peak / 2**20:.1f} MiB",
            "",
            "-",
            "info",
            "tracemalloc peak (Python allocations only)",
        )
    )
    return figures


def _budgetdiff_command() -> str | None:
    beside = Path(sys.executable).with_name("budgetdiff")
    return str(beside) if beside.exists() else shutil.which("budgetdiff")


def _run(command: list[str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False)
    return (time.perf_counter() - start) * 1000, completed


def cli_figures(runs: int) -> tuple[list[Figure], str | None]:
    """The cold export figure, or a message saying why it was skipped."""
    name = f"cold `budgetdiff export {CLI_SAMPLE.name} --format json`"
    executable = _budgetdiff_command()
    if executable is None:
        return [], "skipped the CLI figure: no `budgetdiff` command is installed"
    command = [executable, "export", str(CLI_SAMPLE), "--format", "json"]
    _, probe = _run(command)
    if probe.returncode != 0:
        lines = probe.stderr.decode("utf-8", "replace").strip().splitlines()
        why = lines[-1] if lines else "no message"
        return [], f"skipped the CLI figure: the command failed (exit {probe.returncode}): {why}"
    try:
        json.loads(probe.stdout)
    except ValueError:
        return [], "skipped the CLI figure: the command did not print JSON"
    results = [_run(command)[0] for _ in range(runs)]
    floor = [_run([sys.executable, "-c", "pass"])[0] for _ in range(runs)]
    figures = [
        timed_figure(name, results, CLI_TARGET_MS, f"{runs} runs, new process each"),
        Figure(
            "cold `python -c pass` (interpreter floor)",
            f"{statistics.median(floor):.2f} ms",
            f"{min(floor):.2f} ms",
            "-",
            "info",
            "what any Python command costs before importing anything",
        ),
    ]
    return figures, None


def render(figures: Sequence[Figure]) -> str:
    header = Figure("figure", "median", "best", "target", "result", "note")
    rows = [header, *figures]
    widths = [
        max(len(getattr(row, field)) for row in rows)
        for field in ("name", "median", "best", "target", "result")
    ]
    lines: list[str] = []
    for index, row in enumerate(rows):
        cells = (
            row.name.ljust(widths[0]),
            row.median.rjust(widths[1]),
            row.best.rjust(widths[2]),
            row.target.ljust(widths[3]),
            row.result.ljust(widths[4]),
        )
        lines.append("  ".join(cells) + (f"  {row.note}" if row.note else ""))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths) + "  " + "-" * 4)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50, help="timed runs per sample (default 50)")
    parser.add_argument(
        "--large-runs", type=int, default=10, help="timed runs of the large parse (default 10)"
    )
    parser.add_argument(
        "--rows",
        type=int,
        default=6000,
        help="classification-table rows of the generated document (default 6000)",
    )
    parser.add_argument(
        "--stress-items",
        type=int,
        default=6000,
        help="项 per functional table of the stress document (default 6000; 0 skips it)",
    )
    parser.add_argument(
        "--cli-runs", type=int, default=15, help="runs of the CLI command (default 15)"
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI figure")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    figures = sample_figures(args.runs)
    figures += large_figures(args.rows, args.large_runs)
    if args.stress_items:
        figures += large_figures(args.stress_items, max(3, args.large_runs // 3), target=None)
    message = "skipped the CLI figure (--no-cli)" if args.no_cli else None
    if not args.no_cli:
        cli, message = cli_figures(args.cli_runs)
        figures += cli
    print(f"budgetdiff {budgetdiff.__version__}, Python {sys.version.split()[0]}")
    print(render(figures))
    if message:
        print(message)
    missed = [figure for figure in figures if figure.result == "MISS"]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
