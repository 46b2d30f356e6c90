"""The scripted command line against daff, run alternately on the same pair.

Each figure is a pair of commands run one after the other, ``--pairs`` times,
each in a new process (wall time, ``time.perf_counter``); the report gives the
median of each side and the median of the per-pair ratios, so that a noisy
shared machine slows both sides of a pair alike.

* ``budgetdiff A B --format json`` on the port sample and its published draft
  (``samples/shanghai-port-office-2017.txt``,
  ``samples/drafts/shanghai-port-office-2017-draft.txt``) against ``daff`` on
  the CSV exports of the same two documents, every table's CSV in one file per
  side (``bench_diff.concatenate_csv``); target ≤ 1.0× daff;
* ``--format plain`` against ``--format json`` of the same pair: ≤ 1.1×;
* ``budgetdiff --help``: ≤ 40 ms (median);
* the same as the first at scale: two generated documents of ``--rows`` table
  rows (60,000; as ``bench_parse.py`` counts them), B with ``--edits`` amounts
  changed (``bench_diff.plant_amount_edits``): ≤ 0.8× daff.

``python -c pass`` is reported as the floor of any Python command. Python's
bytecode cache is written before timing (``PYTHONDONTWRITEBYTECODE`` is removed
from the commands' environment and each command runs once first): a run that
compiles its modules afresh measures the compiler, not the tool. daff is not a
dependency (``pip install daff``); without it the daff figures are skipped.

Run: ``python benchmarks/bench_cli.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench_diff import command_path, concatenate_csv, plant_amount_edits
from bench_parse import items_for
from generate import generate_document

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "samples" / "shanghai-port-office-2017.txt"
DRAFT = ROOT / "samples" / "drafts" / "shanghai-port-office-2017-draft.txt"

JSON_TARGET = 1.0
PLAIN_TARGET = 1.1
HELP_TARGET_MS = 40.0
LARGE_TARGET = 0.8

ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


Figure = tuple[str, str, str, str, str, str, str]
"""figure, median, against (its median), ratio, target, result, note"""
HEADER: Figure = ("figure", "median", "against", "ratio", "target", "result", "note")


def render(figures: Sequence[Figure]) -> str:
    rows = [HEADER, *figures]
    widths = [max(len(row[column]) for row in rows) for column in range(6)]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(width) if 0 < column < 4 else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=False))
        ]
        lines.append("  ".join([*cells, row[6]]).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in [*widths, 4]))
    return "\n".join(lines)


def run(command: Sequence[str]) -> float:
    """Wall milliseconds of one run; raises when the command fails (exit 2 or worse)."""
    start = time.perf_counter()
    completed = subprocess.run(list(command), capture_output=True, check=False, env=ENVIRONMENT)
    elapsed = (time.perf_counter() - start) * 1000
    if completed.returncode not in (0, 1):
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"{' '.join(command)}: exit {completed.returncode}: {message[-1:]}")
    return elapsed


def paired(first: Sequence[str], second: Sequence[str], pairs: int) -> tuple[list[float], ...]:
    """Both commands ``pairs`` times, alternately (after one warm-up run of each)."""
    run(first)
    run(second)
    times_first: list[float] = []
    times_second: list[float] = []
    for _ in range(pairs):
        times_first.append(run(first))
        times_second.append(run(second))
    return times_first, times_second


def ratio_figure(
    name: str, mine: list[float], theirs: list[float], target: float, against: str, note: str
) -> Figure:
    ratio = statistics.median(m / t for m, t in zip(mine, theirs, strict=True))
    return (
        name,
        f"{statistics.median(mine):.1f} ms",
        f"{against} {statistics.median(theirs):.1f} ms",
        f"{ratio:.2f}×",
        f"<= {target:.1f}×",
        "PASS" if ratio <= target else "MISS",
        note,
    )


def csv_pair(budgetdiff: str, a: Path, b: Path, work: Path) -> tuple[Path, Path, int]:
    """Every table's CSV export of A and of B, each side in one CSV."""
    joined: list[Path] = []
    records = 0
    for side in (a, b):
        directory = work / f"{side.stem}-csv"
        subprocess.run(
            [budgetdiff, "export", str(side), "--format", "csv", "-o", str(directory), "--force"],
            capture_output=True,
            check=True,
            env=ENVIRONMENT,
        )
        joined.append(work / f"{side.stem}-all.csv")
        records = concatenate_csv(directory, joined[-1])
    return joined[0], joined[1], records


def sample_figures(budgetdiff: str, daff: str | None, pairs: int, work: Path) -> list[Figure]:
    json_diff = [budgetdiff, str(DRAFT), str(PUBLISHED), "--format", "json"]
    plain_diff = [budgetdiff, str(DRAFT), str(PUBLISHED), "--format", "plain"]
    figures: list[Figure] = []
    if daff is not None:
        draft_csv, published_csv, records = csv_pair(budgetdiff, DRAFT, PUBLISHED, work)
        mine, theirs = paired(json_diff, [daff, str(draft_csv), str(published_csv)], pairs)
        figures.append(
            ratio_figure(
                "`budgetdiff DRAFT PUBLISHED --format json`",
                mine,
                theirs,
                JSON_TARGET,
                "daff",
                f"daff on the CSV exports, {records:,} rows; {pairs} pairs",
            )
        )
    plain, as_json = paired(plain_diff, json_diff, pairs)
    figures.append(
        ratio_figure(
            "`budgetdiff DRAFT PUBLISHED --format plain`",
            plain,
            as_json,
            PLAIN_TARGET,
            "json",
            f"against --format json of the same pair; {pairs} pairs",
        )
    )
    helped, floor = paired([budgetdiff, "--help"], [sys.executable, "-c", "pass"], pairs)
    help_median = statistics.median(helped)
    figures.append(
        (
            "`budgetdiff --help`",
            f"{help_median:.1f} ms",
            f"floor {statistics.median(floor):.1f} ms",
            "",
            f"<= {HELP_TARGET_MS:.0f} ms",
            "PASS" if help_median <= HELP_TARGET_MS else "MISS",
            f"{pairs} pairs with `python -c pass`, the floor of any Python command",
        )
    )
    return figures


def large_figure(
    budgetdiff: str, daff: str, rows: int, edits: int, pairs: int, work: Path
) -> Figure:
    text_a = generate_document(items_for(rows), seed=0)
    text_b, planted = plant_amount_edits(text_a, edits, seed=1)
    a, b = work / "large-a.txt", work / "large-b.txt"
    a.write_text(text_a, encoding="utf-8")
    b.write_text(text_b, encoding="utf-8")
    csv_a, csv_b, records = csv_pair(budgetdiff, a, b, work)
    mine, theirs = paired(
        [budgetdiff, str(a), str(b), "--format", "json"], [daff, str(csv_a), str(csv_b)], pairs
    )
    return ratio_figure(
        f"`budgetdiff A B --format json`, {rows:,} rows",
        mine,
        theirs,
        LARGE_TARGET,
        "daff",
        f"generated; {planted} amounts changed in B; daff on {records:,} CSV rows; {pairs} pairs",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=11, help="paired runs (default 11)")
    parser.add_argument(
        "--rows", type=int, default=60000, help="table rows of the large pair (default 60000)"
    )
    parser.add_argument(
        "--edits", type=int, default=300, help="amounts changed in large B (default 300)"
    )
    parser.add_argument(
        "--large-pairs", type=int, default=3, help="paired runs at scale (default 3)"
    )
    parser.add_argument("--no-large", action="store_true", help="skip the large pair")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    budgetdiff = command_path("budgetdiff")
    if budgetdiff is None:
        print("no `budgetdiff` command is installed (pip install -e .)", file=sys.stderr)
        return 2
    daff = command_path("daff")
    messages = (
        [] if daff else ["skipped the daff figures: `daff` is not installed (pip install daff)"]
    )
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as temporary:
        work = Path(temporary)
        figures = sample_figures(budgetdiff, daff, args.pairs, work)
        if daff is not None and not args.no_large:
            figures.append(
                large_figure(budgetdiff, daff, args.rows, args.edits, args.large_pairs, work)
            )
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
    print(render(figures))
    for message in messages:
        print(message)
    missed = [figure for figure in figures if figure[5] == "MISS"]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
