"""Explorer (Textual TUI) benchmarks for budgetdiff, with a target per figure.

Figures (milliseconds, median and best of N runs, time.perf_counter; 120 × 36):

* time to first screen of the port sample (≤ 600 ms), measured two ways:

  - cold: the wall time of a new Python process (``sys.executable -c PROBE``)
    that imports ``budgetdiff`` and ``budgetdiff.tui.app``, loads the sample with
    ``budgetdiff.load``, reads the settings, builds ``BudgetApp``, runs it
    headless with ``App.run_test`` until the first screen has settled and then
    leaves at once (``os._exit``). Python start-up and the imports are included;
    the note splits the child's own clock into imports, load, and app until
    first screen;
  - warm, in process: ``budgetdiff.load`` + ``BudgetApp(...)`` + ``run_test``
    until the first screen has settled, with everything imported already;

  "settled" is ``await pilot.pause()`` after ``run_test`` reports the app ready:
  the message queues are drained and a frame has been composited (every visible
  widget's lines rendered; headless, so not written to a terminal). ``pause()``
  detects idleness by sleeping in 20 ms steps, so each such figure carries 20 to
  40 ms of waiting: the "pilot.pause() floor" line measures it, and the notes
  give the CPU time, which excludes it;
* without a target, the installed command a user runs, ``budgetdiff explore
  SAMPLE``, started in a detached tmux session (a socket of its own, clean
  environment, 120 × 36) and timed until ``capture-pane`` shows the overview
  (its ``校验:`` line and the footer), polling every 5 ms, in a tmux server
  started beforehand; "tmux floor" is the same for a ``printf`` of those marks,
  i.e. what the session and the polling cost by themselves. Skipped with a
  message when tmux or the command is missing;
* the same three for a generated 6,000-row document (≤ 1,500 ms): 6,000 rows in
  its classification tables together, as ``bench_parse.py`` counts them (about
  1,750 项 per functional table, about 1,980 rows in the 支出 tree);
* expand-all (``E``) of that document's 支出 tree (≤ 300 ms): in process, the
  tree collapsed and shown (key ``2``), the wall time of
  ``tree.action_expand_all()`` plus ``await pilot.pause()`` (the DataTable's
  deferred re-measuring and the next frame), CPU time in the note;
* peak memory (≤ 150 MB, 10^6 bytes): ``ru_maxrss`` of ``RUSAGE_CHILDREN`` in a
  fresh wrapper process whose only child opens the 6,000-row document as above
  and then expands its 支出 tree; the sample's first screen, the same way,
  without a target (what Textual itself costs).

``--profile`` adds cProfile listings of the expand-all and of the 6,000-row
first screen (in process). Run: ``python benchmarks/bench_tui.py`` (``--help``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import textual

import budgetdiff
from bench_parse import Figure, items_for, render, table_rows, timed_figure
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import Settings
from budgetdiff.tui.tree_table import TreeTable
from generate import generate_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"
WIDTH, HEIGHT = 120, 36

SAMPLE_TARGET_MS = 600.0
LARGE_TARGET_MS = 1500.0
EXPAND_TARGET_MS = 300.0
MEMORY_TARGET_MB = 150.0

OVERVIEW_MARKS = ("校验: ", "概览")
"""Text of a settled overview: its check line (not the footer's 校验) and the footer."""
TMUX_TIMEOUT = 20.0
TMUX_POLL = 0.005
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

PROBE = f"""
import time
start = time.perf_counter()
import asyncio, json, os, sys
import budgetdiff
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import load_settings
imported = time.perf_counter()

async def main(path, expand):
    document = budgetdiff.load(path)
    loaded = time.perf_counter()
    settings, _ = load_settings()
    app = BudgetApp(document, settings=settings)
    async with app.run_test(size=({WIDTH}, {HEIGHT})) as pilot:
        await pilot.pause()
        shown = time.perf_counter()
        rows = None
        if expand:
            await pilot.press("2")
            tree = app.query_one("#expenditure-tree")
            tree.action_expand_all()
            await pilot.pause()
            rows = tree.row_count
        ms = lambda t0, t1: round((t1 - t0) * 1000, 2)
        report = dict(imports=ms(start, imported), load=ms(imported, loaded),
                      app=ms(loaded, shown), total=ms(start, shown), rows=rows)
        sys.stdout.write(json.dumps(report) + "\\n")
        sys.stdout.flush()
        os._exit(0)

asyncio.run(main(sys.argv[1], sys.argv[2] == "expand"))
"""
"""The child of the cold figures: ``python -c PROBE PATH first|expand``."""

MAX_RSS = """
import json, resource, subprocess, sys
child = subprocess.run(sys.argv[1:], capture_output=True, check=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps(dict(child=json.loads(child.stdout), maxrss_kib=peak)))
"""
"""A wrapper whose only child is the command in its arguments: its peak RSS, in KiB."""


@dataclass(frozen=True)
class Subject:
    """A document the figures open."""

    label: str
    path: Path
    target_ms: float | None
    note: str


# -- in process --------------------------------------------------------------------------


def _app(path: Path) -> BudgetApp:
    return BudgetApp(budgetdiff.load(path), settings=Settings())


async def _first_screen(path: Path) -> tuple[float, float]:
    """Wall and CPU milliseconds of load + app + run_test until the first screen settles."""
    wall, cpu = time.perf_counter(), time.process_time()
    app = _app(path)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        result = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
    return result


def first_screen_times(path: Path, runs: int, warmup: int) -> list[tuple[float, float]]:
    for _ in range(warmup):
        asyncio.run(_first_screen(path))
    results = []
    for _ in range(runs):
        gc.collect()
        results.append(asyncio.run(_first_screen(path)))
    return results


async def _expand_all(
    path: Path, runs: int, warmup: int, profile: cProfile.Profile | None
) -> tuple[list[tuple[float, float]], list[float], int]:
    """(wall, CPU) of expand-all + pause per run, the bare pause() times, and the rows shown."""
    app = _app(path)
    expanded: list[tuple[float, float]] = []
    floor: list[float] = []
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        tree = app.query_one("#expenditure-tree", TreeTable)
        for index in range(warmup + runs + (profile is not None)):
            tree.action_collapse_all()
            await pilot.pause()
            gc.collect()
            start = time.perf_counter()
            await pilot.pause()
            floor_ms = (time.perf_counter() - start) * 1000
            profiling = profile is not None and index == warmup + runs
            if profiling:
                profile.enable()
            wall, cpu = time.perf_counter(), time.process_time()
            tree.action_expand_all()
            await pilot.pause()
            times = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
            if profiling:
                profile.disable()
            elif index >= warmup:
                expanded.append(times)
                floor.append(floor_ms)
        rows = tree.row_count
    return expanded, floor, rows


# -- subprocesses ------------------------------------------------------------------------


def _environment(home: Path) -> dict[str, str]:
    """The caller's environment with the explorer's settings file in ``home`` (absent)."""
    return {**os.environ, "BUDGETDIFF_CONFIG": str(home / "config.toml")}


def cold_times(path: Path, runs: int, home: Path) -> tuple[list[float], list[dict[str, float]]]:
    """Wall milliseconds of ``python -c PROBE path first``, and the child's own clocks."""
    command = [sys.executable, "-c", PROBE, str(path), "first"]
    env = _environment(home)
    subprocess.run(command, capture_output=True, check=True, env=env)  # warm the .pyc files
    walls, reports = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=True, env=env)
        walls.append((time.perf_counter() - start) * 1000)
        reports.append(json.loads(done.stdout))
    return walls, reports


def python_floor(runs: int) -> list[float]:
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        results.append((time.perf_counter() - start) * 1000)
    return results


def peak_rss(path: Path, mode: str, home: Path) -> tuple[float, dict[str, float]]:
    """Peak RSS in MB (10^6 bytes) of ``python -c PROBE path mode``, and its report."""
    command = [sys.executable, "-c", MAX_RSS, sys.executable, "-c", PROBE, str(path), mode]
    done = subprocess.run(command, capture_output=True, check=True, env=_environment(home))
    result = json.loads(done.stdout)
    return result["maxrss_kib"] * 1024 / 1e6, result["child"]


def _budgetdiff_command() -> str | None:
    beside = Path(sys.executable).with_name("budgetdiff")
    return str(beside) if beside.exists() else shutil.which("budgetdiff")


def tmux_times(
    command: Sequence[str], runs: int, home: Path, quit_key: str | None
) -> tuple[list[float], str | None]:
    """Wall milliseconds from ``new-session`` until the pane shows ``OVERVIEW_MARKS``.

    Each run is a new session of one tmux server (its socket in ``home``, started by
    the first run, which is not timed); ``quit_key`` ends a session, else it is killed.
    """
    tmux = shutil.which("tmux")
    if tmux is None:
        return [], "skipped the tmux figures: tmux is not installed"
    socket = str(home / f"tmux-{time.monotonic_ns()}")  # removed with the temporary directory
    env = {
        "PATH": PATH,
        "HOME": str(home),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "BUDGETDIFF_CONFIG": str(home / "config.toml"),
    }

    def run_tmux(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [tmux, "-S", socket, "-f", "/dev/null", *arguments],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    results: list[float] = []
    try:
        for index in range(runs + 1):
            session = f"run{index}"
            start = time.perf_counter()
            started = run_tmux(
                *("new-session", "-d", "-s", session, "-x", str(WIDTH), "-y", str(HEIGHT)),
                *command,
            )
            if started.returncode != 0:
                return [], f"skipped the tmux figures: new-session failed: {started.stderr.strip()}"
            screen = ""
            while not all(mark in screen for mark in OVERVIEW_MARKS):
                if time.perf_counter() - start > TMUX_TIMEOUT:
                    tail = " | ".join(line for line in screen.splitlines() if line.strip())
                    why = f"no overview after {TMUX_TIMEOUT:g} s: {tail[-200:]}"
                    return [], f"skipped the tmux figures: {why}"
                time.sleep(TMUX_POLL)
                screen = run_tmux("capture-pane", "-p", "-t", session).stdout
            if index:
                results.append((time.perf_counter() - start) * 1000)
            if quit_key is not None:
                run_tmux("send-keys", "-t", session, quit_key)
                deadline = time.perf_counter() + TMUX_TIMEOUT
                while run_tmux("has-session", "-t", session).returncode == 0:
                    if time.perf_counter() > deadline:
                        break
                    time.sleep(0.02)
            run_tmux("kill-session", "-t", session)
    finally:
        run_tmux("kill-server")
    return results, None


TMUX_FLOOR_COMMAND = ("sh", "-c", "printf '%s\\n' '校验: -' '概览'; exec sleep 60")
"""Prints the marks at once: what tmux, the pane and the polling cost by themselves."""


# -- figures -----------------------------------------------------------------------------


def _ms(values: Sequence[float]) -> str:
    return f"{statistics.median(values):.0f}"


def subject_figures(
    subject: Subject, args: argparse.Namespace, home: Path
) -> tuple[list[Figure], str | None]:
    walls, reports = cold_times(subject.path, args.runs, home)
    parts = {key: [float(report[key]) for report in reports] for key in ("imports", "load", "app")}
    cold_note = (
        f"{subject.note}; child clock: imports {_ms(parts['imports'])}, "
        f"load {_ms(parts['load'])}, app to first screen {_ms(parts['app'])} ms"
    )
    warm = first_screen_times(subject.path, args.inproc_runs, warmup=2)
    warm_note = f"CPU {statistics.median(cpu for _, cpu in warm):.0f} ms, excludes pause() sleeps"
    figures = [
        timed_figure(
            f"first screen, {subject.label}: cold subprocess",
            walls,
            subject.target_ms,
            cold_note,
        ),
        timed_figure(
            f"first screen, {subject.label}: in process, warm",
            [wall for wall, _ in warm],
            subject.target_ms,
            warm_note,
        ),
    ]
    message = None
    command = _budgetdiff_command()
    if args.no_tmux:
        pass
    elif command is None:
        message = "skipped the tmux figures: the budgetdiff command is not installed"
    else:
        explore = (command, "explore", str(subject.path))
        tmux, message = tmux_times(explore, args.tmux_runs, home, quit_key="q")
        if tmux:
            figures.append(
                timed_figure(
                    f"first screen, {subject.label}: `budgetdiff explore` in tmux",
                    tmux,
                    None,
                    "installed command, until capture-pane shows the overview",
                )
            )
    return figures, message


def memory_figure(name: str, path: Path, mode: str, home: Path, target: float | None) -> Figure:
    megabytes, report = peak_rss(path, mode, home)
    rows = f", {report['rows']:,} rows shown" if report.get("rows") else ""
    return Figure(
        name,
        f"{megabytes:.1f} MB",
        "",
        f"<= {target:g} MB" if target is not None else "-",
        ("PASS" if megabytes <= target else "MISS") if target is not None else "info",
        f"ru_maxrss of RUSAGE_CHILDREN, one child{rows}",
    )


def profile_listing(profile: cProfile.Profile, title: str, limit: int) -> str:
    out = io.StringIO()
    out.write(f"\n== cProfile: {title} (top {limit} by cumulative time) ==\n")
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(limit)
    out.write(f"== cProfile: {title} (top {limit} by own time) ==\n")
    stats.sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="cold subprocess runs (default 10)")
    parser.add_argument(
        "--inproc-runs", type=int, default=10, help="in-process first-screen runs (default 10)"
    )
    parser.add_argument("--expand-runs", type=int, default=10, help="expand-all runs (default 10)")
    parser.add_argument("--tmux-runs", type=int, default=5, help="tmux runs (default 5)")
    parser.add_argument("--no-tmux", action="store_true", help="skip the tmux figures")
    parser.add_argument(
        "--rows",
        type=int,
        default=6000,
        help="classification-table rows of the generated document (default 6000)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="print cProfile listings of the large figures"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    messages: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-tui-") as temporary:
        home = Path(temporary)
        os.environ["BUDGETDIFF_CONFIG"] = str(home / "config.toml")  # the in-process apps
        items = items_for(args.rows)
        large = home / f"generated-{args.rows}.txt"
        large.write_text(generate_document(items), encoding="utf-8")
        document = budgetdiff.load(large)
        rows = table_rows(document)
        expenditure = len(getattr(document.tables.get("expenditure"), "rows", ()))
        subjects = (
            Subject(
                "port sample",
                SAMPLE,
                SAMPLE_TARGET_MS,
                f"{budgetdiff.load(SAMPLE).line_count} lines",
            ),
            Subject(
                f"{rows:,}-row document",
                large,
                LARGE_TARGET_MS,
                f"{items:,} 项 per table, {expenditure:,} 支出 rows",
            ),
        )
        figures: list[Figure] = []
        for subject in subjects:
            more, message = subject_figures(subject, args, home)
            figures += more
            if message and message not in messages:
                messages.append(message)

        profile = cProfile.Profile() if args.profile else None
        expanded, floor, shown = asyncio.run(_expand_all(large, args.expand_runs, 2, profile))
        figures.append(
            timed_figure(
                f"expand all (E), {rows:,}-row expenditure tree",
                [wall for wall, _ in expanded],
                EXPAND_TARGET_MS,
                f"{shown:,} rows after; CPU {statistics.median(c for _, c in expanded):.0f} ms",
            )
        )
        figures.append(
            timed_figure(
                "pilot.pause() floor (nothing to do)",
                floor,
                None,
                "idle detection sleeps; part of every in-process figure",
            )
        )
        figures.append(
            memory_figure(
                f"peak RSS, {rows:,}-row document, expanded",
                large,
                "expand",
                home,
                MEMORY_TARGET_MB,
            )
        )
        figures.append(
            memory_figure("peak RSS, port sample, first screen", SAMPLE, "first", home, None)
        )
        figures.append(
            timed_figure(
                "cold `python -c pass` (interpreter floor)",
                python_floor(args.runs),
                None,
                "what any Python process costs before importing anything",
            )
        )
        if not args.no_tmux:
            floor_tmux, message = tmux_times(TMUX_FLOOR_COMMAND, args.tmux_runs, home, None)
            if floor_tmux:
                figures.append(
                    timed_figure(
                        "tmux floor: `printf` of the same marks",
                        floor_tmux,
                        None,
                        "new-session + capture-pane polling, nothing to start",
                    )
                )
            elif message and message not in messages:
                messages.append(message)
        listings = ""
        if profile is not None:
            listings += profile_listing(profile, "expand all + pause", 30)
            first = cProfile.Profile()
            first.enable()
            asyncio.run(_first_screen(large))
            first.disable()
            listings += profile_listing(first, f"first screen, {rows:,}-row document", 30)

    print(
        f"budgetdiff {budgetdiff.__version__}, textual {textual.__version__}, "
        f"Python {sys.version.split()[0]}, {WIDTH}x{HEIGHT}"
    )
    print(render(figures))
    for message in messages:
        print(message)
    if listings:
        print(listings)
    missed = [figure for figure in figures if figure.result == "MISS"]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
