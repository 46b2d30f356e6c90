"""Explorer (Textual TUI) benchmarks for budgetdiff, with a target per figure.

Figures (milliseconds: median and best of N runs, time.perf_counter), on the port
sample at 120 × 36 and on the generated 60,000-row document (``generate.py --rows
60000 --seed 0``: 60,000 项 per functional table, about 66,000 rows in the 支出 and
收入 trees each):

* first screen of the port sample (≤ 600 ms): cold, the wall time of a new Python
  process (``sys.executable -c PROBE``) that imports ``budgetdiff.tui.app``, loads the
  sample, runs the app headless until it has drawn the overview and leaves at once
  (the note splits the child's clock into imports, load, app); warm, in process;
  and, without a target, ``budgetdiff explore SAMPLE`` in a detached tmux session
  until ``capture-pane`` shows the overview ("tmux floor" is a ``printf`` of the
  same marks);
* first screen of the 60,000-row document (≤ 1,000 ms): in process, the document
  given already read (reading it is the parser's figure, ``bench_parse.py``; its
  time is in the note): ``BudgetApp(document)`` + ``run_test`` until the app has
  drawn its first frame of the views (``BudgetApp.drawn``): the overview, saying
  that the checks are running. The worker checks the document after that ("checks
  shown", no target); a view of over 20,000 rows is built in a worker when first
  shown ("支出 tree shown", from pressing 2, no target);
* expand-all (``E``) of its 支出 tree (≤ 150 ms): the tree shown and collapsed, the
  wall time of ``expand_all()`` plus drawing every visible line (what a frame
  asks of the tree), and, separately, the longest the event loop was blocked while
  ``E`` was pressed and the next frame drawn (≤ 50 ms): a task that sleeps 2 ms at
  a time records the largest lateness of its wake-ups;
* a search keystroke (≤ 30 ms): typing ``行政运行`` and ``2010301`` one character at
  a time into the 支出 tree's search: ``search()`` of each prefix plus drawing the
  visible lines; the longest event-loop block while the same keys are pressed into
  the search box is in the note;
* ``u`` (≤ 50 ms): ``action_cycle_unit()`` (every view re-shown in the new unit,
  the trees' visible lines re-formatted, nothing rebuilt) plus drawing the visible
  lines of the 支出 tree;
* peak RSS (≤ 300 MB, 10^6 bytes): ``ru_maxrss`` of ``RUSAGE_CHILDREN`` of a fresh
  wrapper whose only child reads the 60,000-row document, opens the explorer on
  it, waits for the checks, shows the 支出 tree, expands it and searches it;
  the port sample's first screen, the same way, without a target.

``--profile`` adds cProfile listings of the large first screen and expand-all.
Run: ``python benchmarks/bench_tui.py`` (``--help``); about a minute and a half.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import textual
from textual.pilot import Pilot

import budgetdiff
from bench_parse import Figure, render, timed_figure
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import Settings
from budgetdiff.tui.tree_view import TreeView
from generate import generate_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"
WIDTH, HEIGHT = 120, 36

SAMPLE_TARGET_MS = 600.0
LARGE_ROWS = 60_000
LARGE_TARGET_MS = 1000.0
EXPAND_TARGET_MS = 150.0
BLOCK_TARGET_MS = 50.0
SEARCH_TARGET_MS = 30.0
UNIT_TARGET_MS = 50.0
MEMORY_TARGET_MB = 300.0
TICK = 0.002
"""The event-loop monitor's sleep, in seconds."""
SEARCHES = ("行政运行", "2010301")

OVERVIEW_MARKS = ("校验: ", "q 退出")
"""Text of a settled overview: its check line and the footer."""
TMUX_TIMEOUT = 20.0
TMUX_POLL = 0.005
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

PROBE = f"""
import time
start = time.perf_counter()
import asyncio, json, os, sys
import budgetdiff
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.tree_view import TreeView
from budgetdiff.tui.config import load_settings
imported = time.perf_counter()

async def main(path, explore):
    document = budgetdiff.load(path)
    loaded = time.perf_counter()
    settings, _ = load_settings()
    app = BudgetApp(document, settings=settings)
    async with app.run_test(size=({WIDTH}, {HEIGHT})) as pilot:
        while not app.drawn.is_set():
            await asyncio.sleep(0.005)
        shown = time.perf_counter()
        rows = None
        if explore:
            while app.analysis is None:
                await asyncio.sleep(0.01)
            await pilot.press("2")
            while app.tree_of("expenditure") is None:
                await asyncio.sleep(0.01)
            await pilot.press("E", "slash", *"行政运行", "enter")
            await pilot.pause()
            rows = app.tree_of("expenditure").row_count
        ms = lambda t0, t1: round((t1 - t0) * 1000, 2)
        report = dict(imports=ms(start, imported), load=ms(imported, loaded),
                      app=ms(loaded, shown), total=ms(start, shown), rows=rows)
        sys.stdout.write(json.dumps(report) + "\\n")
        sys.stdout.flush()
        os._exit(0)

asyncio.run(main(sys.argv[1], sys.argv[2] == "explore"))
"""
"""The child of the cold figures: ``python -c PROBE PATH first|explore``."""

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


async def _shown(pilot: Pilot[None]) -> None:
    """Until the worker has read the document and the app has drawn the overview (its
    check summary follows when the worker has checked it)."""
    app = pilot.app
    assert isinstance(app, BudgetApp)
    while not app.drawn.is_set():
        await asyncio.sleep(0.002)


async def _checked(pilot: Pilot[None]) -> None:
    """Until the worker has checked the document (the overview then says how it fared)."""
    app = pilot.app
    assert isinstance(app, BudgetApp)
    while app.analysis is None:
        await asyncio.sleep(0.002)
    await pilot.pause()


async def _expenditure(pilot: Pilot[None]) -> TreeView[object]:
    """Press 2 and wait for the 支出 tree: its rows are built when it is first shown."""
    app = pilot.app
    assert isinstance(app, BudgetApp)
    await pilot.press("2")
    while (tree := app.tree_of("expenditure")) is None:
        await asyncio.sleep(0.002)
    await pilot.pause()
    return tree


async def _first_screen(document: Document) -> tuple[float, float, float, float]:
    """Wall and CPU milliseconds of app + run_test until the first frame is drawn; the
    wall milliseconds until the checks are shown; and from pressing 2 to the 支出 tree."""
    wall, cpu = time.perf_counter(), time.process_time()
    app = BudgetApp(document, settings=Settings())
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await _shown(pilot)
        first = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
        await _checked(pilot)
        checked = (time.perf_counter() - wall) * 1000
        start = time.perf_counter()
        await _expenditure(pilot)
        tree = (time.perf_counter() - start) * 1000
    return (*first, checked, tree)


def first_screen_times(
    document: Document, runs: int, warmup: int
) -> list[tuple[float, float, float, float]]:
    for _ in range(warmup):
        asyncio.run(_first_screen(document))
    results = []
    for _ in range(runs):
        gc.collect()
        results.append(asyncio.run(_first_screen(document)))
    return results


class LoopMonitor:
    """The longest the event loop was blocked: a task that sleeps ``TICK`` at a time
    and records how late it woke."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(TICK)
            self.longest = max(self.longest, (loop.time() - before - TICK) * 1000)

    def __enter__(self) -> LoopMonitor:
        self.longest = 0.0
        self._task = asyncio.get_running_loop().create_task(self._watch())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


def _draw(tree: TreeView[object]) -> None:
    """What a frame asks of the tree: every visible line."""
    for y in range(tree.size.height):
        tree.render_line(y)


@dataclass
class Interaction:
    """The in-process figures of one open explorer on the large document."""

    expand: list[float] = field(default_factory=list)
    expand_blocked: list[float] = field(default_factory=list)
    search: list[float] = field(default_factory=list)
    search_blocked: list[float] = field(default_factory=list)
    unit: list[float] = field(default_factory=list)
    unit_blocked: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    rows: int = 0


def _timed(action: Callable[[], object], tree: TreeView[object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    _draw(tree)
    return (time.perf_counter() - start) * 1000


async def _interact(document: Document, runs: int, profile: cProfile.Profile | None) -> Interaction:
    result = Interaction()
    app = BudgetApp(document, settings=Settings())
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await _checked(pilot)
        tree = await _expenditure(pilot)
        view = app.table_view("expenditure")
        assert view is not None
        for index in range(runs + 1):
            tree.collapse_all()
            await pilot.pause()
            start = time.perf_counter()
            await pilot.pause()
            floor = (time.perf_counter() - start) * 1000
            if profile is not None and index == runs:
                profile.enable()
            expand = _timed(tree.expand_all, tree)
            if profile is not None and index == runs:
                profile.disable()
            tree.collapse_all()
            await pilot.pause()
            with LoopMonitor() as monitor:
                await pilot.press("E")
                await pilot.pause()
            if index:  # the first is a warm-up
                result.expand.append(expand)
                result.expand_blocked.append(monitor.longest)
                result.floor.append(floor)
        result.rows = tree.row_count
        for index, query in enumerate(SEARCHES * max(1, runs // 4)):
            times = [
                _timed(partial(view.search, query[:n]), tree) for n in range(1, len(query) + 1)
            ]
            if index:
                result.search.extend(times)
            await pilot.press("slash")
            with LoopMonitor() as monitor:
                for key in query:
                    await pilot.press(key)
                await pilot.pause()
            await pilot.press("escape")
            if index:
                result.search_blocked.append(monitor.longest)
        for index in range(runs + 1):
            unit = _timed(app.action_cycle_unit, tree)
            await pilot.pause()
            with LoopMonitor() as monitor:
                await pilot.press("u")
                await pilot.pause()
            if index:
                result.unit.append(unit)
                result.unit_blocked.append(monitor.longest)
    return result


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


TMUX_FLOOR_COMMAND = ("sh", "-c", "printf '%s\\n' '校验: -' 'q 退出'; exec sleep 60")
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
    warm = first_screen_times(budgetdiff.load(subject.path), args.inproc_runs, warmup=2)
    warm_note = (
        f"load excluded; CPU {statistics.median(w[1] for w in warm):.0f} ms, "
        "excludes pause() sleeps"
    )
    figures = [
        timed_figure(
            f"first screen, {subject.label}: cold subprocess",
            walls,
            subject.target_ms,
            cold_note,
        ),
        timed_figure(
            f"first screen, {subject.label}: in process, warm",
            [w[0] for w in warm],
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


def large_figures(args: argparse.Namespace, home: Path) -> tuple[list[Figure], str]:
    """The figures of the generated document, and the cProfile listings asked for."""
    large = home / f"generated-{LARGE_ROWS}.txt"
    large.write_text(generate_document(LARGE_ROWS, 0), encoding="utf-8")
    start = time.perf_counter()
    document = budgetdiff.load(large)
    load_ms = (time.perf_counter() - start) * 1000
    expenditure = len(document.code_table("expenditure").rows)
    label = f"{LARGE_ROWS:,}-row document"
    first = first_screen_times(document, args.inproc_runs, warmup=1)
    profile = cProfile.Profile() if args.profile else None
    seen = asyncio.run(_interact(document, args.expand_runs, profile))
    figures = [
        timed_figure(
            f"first screen, {label}: in process",
            [f[0] for f in first],
            LARGE_TARGET_MS,
            f"document given read (load {load_ms:,.0f} ms, the parser's); "
            f"CPU {statistics.median(f[1] for f in first):.0f} ms",
        ),
        timed_figure(
            f"checks shown, {label}",
            [f[2] for f in first],
            None,
            "from the start, as the first screen: the worker's report in the overview",
        ),
        timed_figure(
            f"支出 tree shown (2), {label}",
            [f[3] for f in first],
            None,
            f"{expenditure:,} rows built in a worker when the view is first shown",
        ),
        timed_figure(
            f"expand all (E), {label}: expand_all() + a frame",
            seen.expand,
            EXPAND_TARGET_MS,
            f"{expenditure:,} 支出 rows, {seen.rows:,} shown after",
        ),
        timed_figure(
            "expand all (E): longest event-loop block",
            seen.expand_blocked,
            BLOCK_TARGET_MS,
            f"key press to next frame; {TICK * 1000:g} ms ticks",
        ),
        timed_figure(
            f"search keystroke, {label}: search() + a frame",
            seen.search,
            SEARCH_TARGET_MS,
            f"prefixes of {' and '.join(SEARCHES)}; longest event-loop block while "
            f"typing {max(seen.search_blocked):.0f} ms",
        ),
        timed_figure(
            f"u (unit), {label}: every view re-shown + a frame",
            seen.unit,
            UNIT_TARGET_MS,
            f"longest event-loop block on the key {max(seen.unit_blocked):.0f} ms",
        ),
        timed_figure(
            "pilot.pause() floor (nothing to do)",
            seen.floor,
            None,
            "idle detection sleeps; not in the figures above",
        ),
        memory_figure(
            f"peak RSS, {label}, explored",
            large,
            "explore",
            home,
            MEMORY_TARGET_MB,
        ),
    ]
    listings = ""
    if profile is not None:
        listings += profile_listing(profile, "expand all + a frame", 30)
        first_profile = cProfile.Profile()
        first_profile.enable()
        asyncio.run(_first_screen(document))
        first_profile.disable()
        listings += profile_listing(first_profile, f"first screen, {label}", 30)
    return figures, listings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="cold subprocess runs (default 10)")
    parser.add_argument(
        "--inproc-runs", type=int, default=5, help="in-process first-screen runs (default 5)"
    )
    parser.add_argument(
        "--expand-runs", type=int, default=10, help="expand-all and unit runs (default 10)"
    )
    parser.add_argument("--tmux-runs", type=int, default=5, help="tmux runs (default 5)")
    parser.add_argument("--no-tmux", action="store_true", help="skip the tmux figures")
    parser.add_argument(
        "--profile", action="store_true", help="print cProfile listings of the large figures"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    messages: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-tui-") as temporary:
        home = Path(temporary)
        os.environ["BUDGETDIFF_CONFIG"] = str(home / "config.toml")  # the in-process apps
        sample = Subject(
            "port sample", SAMPLE, SAMPLE_TARGET_MS, f"{budgetdiff.load(SAMPLE).line_count} lines"
        )
        figures, message = subject_figures(sample, args, home)
        if message:
            messages.append(message)
        large, listings = large_figures(args, home)
        figures += large
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
