"""Diff-time benchmarks for budgetdiff, with a target per figure.

Figures (milliseconds; median and best of N runs after warm-up, time.perf_counter):

* in-process ``budgetdiff.diff(a, b, reports)`` of the two samples, parsed and
  checked once beforehand (≤ 10 ms; the checks are reported beside it); and,
  without a target, of the port sample against a draft of it with planted edits;
* in-process diff of two generated 6,000-row documents (≤ 300 ms): 6,000 rows
  in their classification tables together, as ``bench_parse.py`` counts them,
  where B is A with 300 amounts changed in its text (the last digit of one
  amount on each of 300 项 lines of the functional tables, so the layout holds
  and the totals above them are left as they were); the parse and the checks
  of B are reported beside it, without a target;
* side by side, as subprocesses (median of 15 runs each): ``budgetdiff A B
  --format json`` on the port sample and its draft, against ``daff`` on the
  CSV exports of the same two documents (every table's CSV concatenated into
  one CSV per side, a ``table`` column in front); target: budgetdiff not slower
  than daff. daff on the expenditure.csv pair alone and ``python -c pass`` (the
  floor of any Python command) are reported too. daff is not a dependency:
  ``pip install daff``; the figure is skipped with that hint when it is missing.

Run: ``python benchmarks/bench_diff.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import budgetdiff
from bench_parse import Figure, items_for, render, table_rows, timed_figure, timings
from generate import generate_document

ROOT = Path(__file__).resolve().parents[1]
PORT = ROOT / "samples" / "shanghai-port-office-2017.txt"
COOPERATION = ROOT / "samples" / "shanghai-cooperation-office-2017.txt"

SAMPLE_TARGET_MS = 10.0
LARGE_TARGET_MS = 300.0

DRAFT_EDITS: tuple[tuple[int, str, str], ...] = (
    # (1-based line of the port sample, old, new): the edits of tests/diffing/drafts.py
    # that keep every line where it is, so the CSV exports keep their line numbers.
    (146, "13270,732", "13370,732"),  # 2010301 行政运行 合计, totals not fixed
    (153, "2,800\t\t2,800", "3,800\t\t3,800"),  # 2080599 +1,000 of 项目支出 ...
    (149, "1317,404\t1164,828\t152,576", "1318,404\t1164,828\t153,576"),  # ... carried to 20805
    (148, "1317,404\t1164,828\t152,576", "1318,404\t1164,828\t153,576"),  # ... to 208
    (163, "194829,473\t15906,334\t178923,139", "194830,473\t15906,334\t178924,139"),  # 合计
    (276, "142.05\t84.15\t47.4", "142.15\t84.15\t47.5"),  # 三公: 公务接待费 47.4 → 47.5
    (77, "总额为 19,483 万元", "总额为 19,583 万元"),  # a sentence of the narrative
)

ITEM_LINE = re.compile(r"\d{3}\t\d{2}\t\d{2}\t")
"""A 项 row of a functional table (income, expenditure, general_public): 类, 款 and 项 codes."""
AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})*")


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


def replace_on_line(text: str, line: int, old: str, new: str) -> str:
    """``text`` with the single ``old`` on 1-based ``line`` replaced by ``new``."""
    lines = text.split("\n")
    if lines[line - 1].count(old) != 1:
        raise ValueError(f"line {line} does not hold {old!r} once: {lines[line - 1]!r}")
    lines[line - 1] = lines[line - 1].replace(old, new)
    return "\n".join(lines)


def port_draft() -> str:
    """The port sample with ``DRAFT_EDITS`` planted."""
    text = PORT.read_text(encoding="utf-8")
    for line, old, new in DRAFT_EDITS:
        text = replace_on_line(text, line, old, new)
    return text


def _bump_last_digit(amount: str) -> str:
    """``1,234,567`` → ``1,234,568`` (a 9 becomes 8): same width, same separators."""
    last = int(amount[-1])
    return amount[:-1] + str(last + 1 if last < 9 else last - 1)


def plant_amount_edits(text: str, count: int, seed: int = 0) -> tuple[str, int]:
    """``text`` with the last digit of one amount changed on ``count`` 项 lines.

    Lines and cells are drawn with ``random.Random(seed)``; returns the new text
    and the number of cells changed (``count``, or fewer if there are fewer lines).
    """
    rng = random.Random(seed)
    lines = text.split("\n")
    candidates = [index for index, line in enumerate(lines) if ITEM_LINE.match(line)]
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))))
    for index in chosen:
        cells = lines[index].split("\t")
        amounts = [i for i in range(4, len(cells)) if AMOUNT.fullmatch(cells[i])]
        column = rng.choice(amounts)
        cells[column] = _bump_last_digit(cells[column])
        lines[index] = "\t".join(cells)
    return "\n".join(lines), len(chosen)


# ---------------------------------------------------------------------------
# In-process figures
# ---------------------------------------------------------------------------


def _changes(diff: budgetdiff.Diff) -> str:
    return f"{len(diff.cells)} cells, {len(diff.rows)} rows, {len(diff.rollups)} roll-ups"


def sample_figures(runs: int) -> list[Figure]:
    port, cooperation = budgetdiff.load(PORT), budgetdiff.load(COOPERATION)
    draft = budgetdiff.parse(port_draft())
    figures: list[Figure] = []
    pairs = (
        ("diff port vs cooperation samples", port, cooperation, SAMPLE_TARGET_MS),
        ("diff port sample vs its draft", port, draft, None),
    )
    for name, a, b, target in pairs:
        reports = (budgetdiff.check(a), budgetdiff.check(b))
        note = f"{_changes(budgetdiff.diff(a, b, reports))}; parsed and checked beforehand"
        results = timings(lambda a=a, b=b, r=reports: budgetdiff.diff(a, b, r), runs, warmup=5)
        figures.append(timed_figure(name, results, target, note))
    checks = timings(lambda: budgetdiff.check(cooperation), runs, warmup=5)
    figures.append(
        timed_figure("  checks of the cooperation sample", checks, None, "not in the figures above")
    )
    return figures


def large_figures(rows: int, edits: int, runs: int) -> list[Figure]:
    items = items_for(rows)
    text_a = generate_document(items, seed=0)
    text_b, planted = plant_amount_edits(text_a, edits, seed=1)
    a, b = budgetdiff.parse(text_a), budgetdiff.parse(text_b)
    rows_a, rows_b = table_rows(a), table_rows(b)
    if rows_a != rows_b or len(b.unparsed) != len(a.unparsed):
        raise RuntimeError("planting the edits changed the layout of the generated document")
    reports = (budgetdiff.check(a), budgetdiff.check(b))
    result = budgetdiff.diff(a, b, reports)
    if len(result.cells) != planted or result.rows:
        raise RuntimeError(f"planted {planted} cells, the diff reports {_changes(result)}")
    parse = timings(lambda: budgetdiff.parse(text_b), max(3, runs // 2), warmup=1)
    results = timings(lambda: budgetdiff.diff(a, b, reports), runs, warmup=2)
    checks = timings(lambda: budgetdiff.check(b), max(3, runs // 2), warmup=1)
    size = f"{len(text_b.encode('utf-8')) / 1e6:.1f} MB"
    return [
        timed_figure(
            f"diff generated {rows_a:,}-row documents",
            results,
            LARGE_TARGET_MS,
            f"{planted} amounts planted in B; reported {_changes(result)}; "
            "parse and checks excluded",
        ),
        timed_figure(
            f"  checks of B ({rows_b:,} rows)",
            checks,
            None,
            f"{len(reports[1].failed)} failed (the planted edits break the sums); "
            "not in the diff figure",
        ),
        timed_figure(
            f"  parse of B ({rows_b:,} rows)",
            parse,
            None,
            f"{items:,} 项 per table, {b.line_count:,} lines, {size}; not in the diff figure",
        ),
    ]


# ---------------------------------------------------------------------------
# Subprocess figures: budgetdiff against daff
# ---------------------------------------------------------------------------


def command_path(name: str) -> str | None:
    """``name`` installed beside this interpreter, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _run(command: Sequence[str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    start = time.perf_counter()
    completed = subprocess.run(list(command), capture_output=True, check=False)
    return (time.perf_counter() - start) * 1000, completed


def _why(completed: subprocess.CompletedProcess[bytes]) -> str:
    lines = completed.stderr.decode("utf-8", "replace").strip().splitlines()
    return f"exit {completed.returncode}: {lines[-1] if lines else 'no message'}"


def concatenate_csv(directory: Path, output: Path) -> int:
    """Every ``*.csv`` of ``directory`` as one CSV: ``table`` then the union of the columns."""
    columns: list[str] = ["table"]
    records: list[dict[str, str]] = []
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns.extend(c for c in reader.fieldnames or () if c not in columns)
            records.extend({"table": path.stem, **row} for row in reader)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    output.write_text(buffer.getvalue(), encoding="utf-8")
    return len(records)


def cli_figures(runs: int, work: Path) -> tuple[list[Figure], list[str]]:
    """budgetdiff and daff as subprocesses on the same draft/published pair."""
    messages: list[str] = []
    executable = command_path("budgetdiff")
    if executable is None:
        return [], ["skipped the CLI figures: no `budgetdiff` command is installed"]
    a, b = work / "published.txt", work / "draft.txt"
    a.write_text(PORT.read_text(encoding="utf-8"), encoding="utf-8")
    b.write_text(port_draft(), encoding="utf-8")
    command = [executable, str(a), str(b), "--format", "json"]
    _, probe = _run(command)
    if probe.returncode != 1:
        return [], [f"skipped the CLI figures: `budgetdiff A B` did not exit 1 ({_why(probe)})"]

    results = [_run(command)[0] for _ in range(runs)]
    floor = [_run([sys.executable, "-c", "pass"])[0] for _ in range(runs)]
    name = "`budgetdiff A B --format json` (port, draft)"
    note = f"{runs} runs, new process each; whole documents, {len(DRAFT_EDITS)} edited lines"
    floor_figure = Figure(
        "`python -c pass` (interpreter floor)",
        f"{statistics.median(floor):.2f} ms",
        f"{min(floor):.2f} ms",
        "-",
        "info",
        "what any Python command costs before importing anything",
    )

    daff = command_path("daff")
    if daff is None:
        messages.append("skipped the daff figure: `daff` is not installed (pip install daff)")
        return [timed_figure(name, results, None, note), floor_figure], messages

    exports: dict[Path, Path] = {}
    for side in (a, b):
        directory = work / f"{side.stem}-csv"
        exported = subprocess.run(
            [executable, "export", str(side), "--format", "csv", "-o", str(directory)],
            capture_output=True,
            check=False,
        )
        if exported.returncode != 0:
            return [timed_figure(name, results, None, note), floor_figure], [
                f"skipped the daff figure: `budgetdiff export --format csv` failed "
                f"({_why(exported)})"
            ]
        exports[side] = directory
    all_a, all_b = work / "published-all.csv", work / "draft-all.csv"
    records = concatenate_csv(exports[a], all_a)
    concatenate_csv(exports[b], all_b)
    pairs = {
        "all": [daff, str(all_a), str(all_b)],
        "expenditure": [
            daff,
            str(exports[a] / "expenditure.csv"),
            str(exports[b] / "expenditure.csv"),
        ],
    }
    _, daff_probe = _run(pairs["all"])
    if daff_probe.returncode != 0 or b"13370732" not in daff_probe.stdout:
        messages.append(
            f"skipped the daff figure: `daff a.csv b.csv` did not print the change "
            f"({_why(daff_probe)}); is it the PyPI daff? (pip install daff)"
        )
        return [timed_figure(name, results, None, note), floor_figure], messages
    daff_all = [_run(pairs["all"])[0] for _ in range(runs)]
    daff_expenditure = [_run(pairs["expenditure"])[0] for _ in range(runs)]
    daff_median = statistics.median(daff_all)
    figures = [
        Figure(
            name,
            f"{statistics.median(results):.2f} ms",
            f"{min(results):.2f} ms",
            f"<= daff ({daff_median:.0f} ms)",
            "PASS" if statistics.median(results) <= daff_median else "MISS",
            note,
        ),
        timed_figure(
            "`daff A.csv B.csv` (all tables, concatenated)",
            daff_all,
            None,
            f"{records:,} rows: every table's export CSV in one file per side, "
            "a `table` column in front",
        ),
        timed_figure(
            "`daff A.csv B.csv` (expenditure.csv only)",
            daff_expenditure,
            None,
            "one table of the export; not the comparison figure",
        ),
        floor_figure,
    ]
    return figures, messages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100, help="timed runs per sample diff")
    parser.add_argument(
        "--large-runs", type=int, default=10, help="timed runs of the large diff (default 10)"
    )
    parser.add_argument(
        "--rows",
        type=int,
        default=6000,
        help="classification-table rows of each generated document (default 6000)",
    )
    parser.add_argument(
        "--edits", type=int, default=300, help="amounts changed in generated B (default 300)"
    )
    parser.add_argument(
        "--cli-runs", type=int, default=15, help="runs of each command (default 15)"
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the subprocess figures")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    figures = sample_figures(args.runs)
    figures += large_figures(args.rows, args.edits, args.large_runs)
    messages = ["skipped the CLI figures (--no-cli)"] if args.no_cli else []
    if not args.no_cli:
        with tempfile.TemporaryDirectory(prefix="bench-diff-") as work:
            cli, messages = cli_figures(args.cli_runs, Path(work))
        figures += cli
    print(f"budgetdiff {budgetdiff.__version__}, Python {sys.version.split()[0]}")
    print(render(figures))
    for message in messages:
        print(message)
    missed = [figure for figure in figures if figure.result == "MISS"]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
