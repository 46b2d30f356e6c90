"""Micro-benchmark of ``TreeView`` alone on 60,000 synthetic rows, with a target per figure.

The rows are shaped like a budget tree: 30 类 roots, 300 款, 59,670 项 leaves (about 200
per 款), each with five Decimal amounts that the cell callback formats with thousands
separators in the current unit. Everything runs headless in ``App.run_test(size=(120, 36))``.

Figures (milliseconds, median and best of N runs, ``time.perf_counter``):

* first screen (≤ 1,000 ms): from creating the app (``TreeView`` construction included,
  building the 60,000 ``TreeRow`` records not: that is the caller's data, reported apart)
  to the end of the first frame that rendered the tree's lines;
* expand-all (≤ 150 ms): ``expand_all()`` on the collapsed tree until the next frame;
* search keystroke (≤ 30 ms): ``search(query)`` until the next frame, over queries that
  match few and many rows;
* refresh_cells (≤ 50 ms): a new ``context`` (the unit: 元 → 万元, which calls
  ``refresh_cells()``) until the next frame;
* without a target: collapse-all, sort by 合计 with everything expanded, the changed-only
  filter, a text filter per keystroke (``filter(text=query)``), PageDown.

"Until the next frame" is the end of the compositor's call of the widget's
``render_lines`` after the operation; it includes waiting for Textual's frame timer
(1/60 s). "Longest block" (≤ 50 ms) is the longest stretch the event loop did not run a
watchdog task (which sleeps 1 ms at a time) during that figure's runs: the longest single
handler or refresh. Peak RSS is ``ru_maxrss`` of this process (Python, Textual, the rows).

Run: ``python benchmarks/bench_tree_view.py`` (``--runs N``, ``--strict`` exits 1 on a miss).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip

from budgetdiff.tui.tree_view import TreeColumn, TreeRow, TreeView

SIZE = (120, 36)
ROWS = 60_000
ROOTS = 30
BRANCHES = 300
AMOUNTS = ("合计", "基本支出", "项目支出", "财政拨款", "其他资金")
UNITS = {"元": Decimal(1), "万元": Decimal(10_000)}
QUERIES = ("2010101", "项目 12", "款 7", "教育", "2", "卫生健康项目 3", "23005")

Amounts = dict[str, tuple[Decimal, ...]]


@dataclass(frozen=True)
class Context:
    unit: str
    amounts: Amounts


def synthetic_rows(count: int = ROWS, seed: int = 0) -> tuple[list[TreeRow], Amounts]:
    """``count`` rows in tree order: 类 roots, 款 under them, the rest 项 leaves."""
    rng = random.Random(seed)
    names = ("一般公共服务", "教育", "科学技术", "社会保障和就业", "卫生健康", "节能环保")
    leaves = count - ROOTS - BRANCHES
    per_branch, extra = divmod(leaves, BRANCHES)
    rows: list[TreeRow] = []
    amounts: Amounts = {}
    leaf = 0
    for r in range(ROOTS):
        root = f"{201 + r}"
        root_at = len(rows)
        rows.append(TreeRow(root, None, ""))
        root_sums = [Decimal(0)] * len(AMOUNTS)
        root_changed = False
        for b in range(BRANCHES // ROOTS):
            branch = f"{root}{b + 1:02d}"
            branch_at = len(rows)
            rows.append(TreeRow(branch, root, ""))
            sums = [Decimal(0)] * len(AMOUNTS)
            changed = False
            n = per_branch + (1 if r * (BRANCHES // ROOTS) + b < extra else 0)
            for i in range(n):
                code = f"{branch}{i + 1:03d}"
                values = tuple(Decimal(rng.randrange(0, 10**9)) / 100 for _ in AMOUNTS)
                amounts[code] = values
                sums = [s + v for s, v in zip(sums, values, strict=True)]
                name = f"{names[leaf % len(names)]}项目 {leaf}"
                leaf_changed = rng.random() < 0.1
                changed = changed or leaf_changed
                rows.append(
                    TreeRow(
                        code,
                        branch,
                        name,
                        f"{code} {name}",
                        leaf_changed,
                        {"name": name, **dict(zip(AMOUNTS, values, strict=True))},
                    )
                )
                leaf += 1
            name = f"{names[b % len(names)]}款 {b}"
            amounts[branch] = tuple(sums)
            rows[branch_at] = TreeRow(
                branch,
                root,
                name,
                f"{branch} {name}",
                changed,
                {"name": name, **dict(zip(AMOUNTS, sums, strict=True))},
            )
            root_sums = [s + v for s, v in zip(root_sums, sums, strict=True)]
            root_changed = root_changed or changed
        name = f"{names[r % len(names)]}支出 {r}"
        amounts[root] = tuple(root_sums)
        rows[root_at] = TreeRow(
            root,
            None,
            name,
            f"{root} {name}",
            root_changed,
            {"name": name, **dict(zip(AMOUNTS, root_sums, strict=True))},
            "bold",
        )
    return rows, amounts


COLUMNS = [
    TreeColumn("code", "编码", 9, "left", priority=1),
    *(TreeColumn(a, a, 16, priority=len(AMOUNTS) - i + 1) for i, a in enumerate(AMOUNTS)),
]


def amount_cells(row: TreeRow, context: Context) -> list[Text]:
    divisor = UNITS[context.unit]
    values = context.amounts[row.key]
    return [Text(row.key), *(Text(f"{v / divisor:,.2f}") for v in values)]


class TimedTree(TreeView[Context]):
    """Records when the compositor last rendered the widget's lines."""

    frames: int = 0
    last_frame: float = 0.0

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        self.frames += 1
        self.last_frame = time.perf_counter()
        return lines


class BenchApp(App[None]):
    def __init__(self, rows: Sequence[TreeRow], amounts: Amounts) -> None:
        super().__init__()
        self.rows, self.amounts = rows, amounts

    def compose(self) -> ComposeResult:
        yield TimedTree(
            self.rows,
            COLUMNS,
            amount_cells,
            Context("元", self.amounts),
            label_header="名称",
            label_key="name",
            id="tree",
        )


class Watchdog:
    """The longest gap between the runs of a task that sleeps 1 ms at a time."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self._task: asyncio.Task[None] | None = None

    async def _watch(self) -> None:
        self.last = time.perf_counter()
        while True:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            self.longest = max(self.longest, now - self.last - 0.001)
            self.last = now

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._watch())

    def reset(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()


async def next_frame(tree: TimedTree, after: float, timeout: float = 10.0) -> float:
    """The time of the first frame that ended after ``after``."""
    deadline = time.perf_counter() + timeout
    while tree.last_frame <= after:
        if time.perf_counter() > deadline:
            raise TimeoutError("no frame")
        await asyncio.sleep(0)
    return tree.last_frame


@dataclass
class Figure:
    name: str
    samples: list[float]
    target: float | None
    block: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        return self.median <= self.target


async def settle(tree: TimedTree) -> None:
    """Let pending frames finish: no new frame for 50 ms."""
    frames = -1
    while frames != tree.frames:
        frames = tree.frames
        await asyncio.sleep(0.05)


async def measure(
    tree: TimedTree,
    watchdog: Watchdog,
    runs: int,
    prepare: Callable[[int], object],
    act: Callable[[int], object],
) -> tuple[list[float], float]:
    samples: list[float] = []
    block = 0.0
    for n in range(runs):
        prepare(n)
        await settle(tree)
        gc.collect()
        watchdog.reset()
        start = time.perf_counter()
        act(n)
        end = await next_frame(tree, start)
        samples.append((end - start) * 1000)
        await settle(tree)
        block = max(block, watchdog.longest * 1000)
    return samples, block


async def first_screen(rows: list[TreeRow], amounts: Amounts, runs: int) -> Figure:
    samples: list[float] = []
    block = 0.0
    watchdog = Watchdog()
    watchdog.start()
    for _ in range(runs):
        gc.collect()
        watchdog.reset()
        start = time.perf_counter()
        app = BenchApp(rows, amounts)
        async with app.run_test(size=SIZE):
            tree = app.query_one(TimedTree)
            end = await next_frame(tree, start)
            samples.append((end - start) * 1000)
            block = max(block, watchdog.longest * 1000)
    watchdog.stop()
    return Figure("first screen", samples, 1000.0, block)


async def interactions(rows: list[TreeRow], amounts: Amounts, runs: int) -> list[Figure]:
    app = BenchApp(rows, amounts)
    figures: list[Figure] = []
    watchdog = Watchdog()
    async with app.run_test(size=SIZE):
        tree = app.query_one(TimedTree)
        await settle(tree)
        watchdog.start()

        samples, block = await measure(
            tree, watchdog, runs, lambda n: tree.collapse_all(), lambda n: tree.expand_all()
        )
        figures.append(Figure("expand-all", samples, 150.0, block))
        assert tree.row_count == len(rows)

        samples, block = await measure(
            tree,
            watchdog,
            max(runs, len(QUERIES)) * 2,
            lambda n: None,
            lambda n: tree.search(QUERIES[n % len(QUERIES)]),
        )
        figures.append(Figure("search keystroke", samples, 30.0, block))

        samples, block = await measure(
            tree,
            watchdog,
            max(runs, 10),
            lambda n: tree.search("") if n == 0 else None,
            lambda n: setattr(tree, "context", Context(("万元", "元")[n % 2], amounts)),
        )
        figures.append(Figure("refresh_cells (unit)", samples, 50.0, block))

        samples, block = await measure(
            tree, watchdog, runs, lambda n: None, lambda n: tree.collapse_all()
        )
        figures.append(Figure("collapse-all", samples, None, block))

        samples, block = await measure(
            tree,
            watchdog,
            runs,
            lambda n: tree.expand_all(),
            lambda n: tree.sort_by("合计", descending=n % 2 == 0),
        )
        figures.append(Figure("sort (all expanded)", samples, None, block))

        samples, block = await measure(
            tree,
            watchdog,
            runs,
            lambda n: tree.filter(),
            lambda n: tree.filter(changed_only=True),
        )
        figures.append(Figure("filter changed-only", samples, None, block))

        samples, block = await measure(
            tree,
            watchdog,
            max(runs, len(QUERIES)) * 2,
            lambda n: None,
            lambda n: tree.filter(QUERIES[n % len(QUERIES)]),
        )
        figures.append(Figure("text filter keystroke", samples, None, block))
        tree.filter()

        def page(n: int) -> None:
            tree.action_page_down()

        samples, block = await measure(tree, watchdog, runs * 4, lambda n: None, page)
        figures.append(Figure("page down (all expanded)", samples, None, block))
        watchdog.stop()
    return figures


def print_table(figures: list[Figure]) -> None:
    header = f"{'figure':<26} {'median ms':>10} {'best ms':>9} {'target':>8} {'ok':>4}"
    header += f" {'longest block ms':>17}"
    print(header)
    print("-" * len(header))
    for f in figures:
        target = f"≤ {f.target:g}" if f.target is not None else "-"
        ok = "-" if f.ok is None else ("yes" if f.ok else "NO")
        block = f"{f.block:.1f}" if f.block is not None else "-"
        block_ok = "" if f.block is None or f.block <= 50 else " NO (> 50)"
        print(
            f"{f.name:<26} {f.median:>10.1f} {f.best:>9.1f} {target:>8} {ok:>4}"
            f" {block:>17}{block_ok}"
        )


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(coroutine)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default 7)")
    parser.add_argument("--rows", type=int, default=ROWS, help="number of rows (default 60000)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    rows, amounts = synthetic_rows(args.rows)
    built = (time.perf_counter() - start) * 1000
    leaves = sum(1 for row in rows if row.parent is not None and len(row.key) == 8)
    print(
        f"{len(rows):,} rows ({ROOTS} 类, {BRANCHES} 款, {leaves:,} 项), "
        f"{SIZE[0]}×{SIZE[1]}, {args.runs} runs; building the rows: {built:.0f} ms (not timed)"
    )
    figures = [
        run(first_screen(rows, amounts, args.runs)),
        *run(interactions(rows, amounts, args.runs)),
    ]
    print()
    print_table(figures)
    start = time.perf_counter()
    gc.collect()
    full_gc = (time.perf_counter() - start) * 1000
    print(
        f"\na full gc.collect() of this heap takes {full_gc:.0f} ms: Python's own pause, which the"
        " watchdog figures exclude (they collect before each run); gc.freeze() after loading"
        " a document keeps the rows out of it"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MiB (Python, Textual, {len(rows):,} rows)")
    missed = [f for f in figures if f.ok is False or (f.block is not None and f.block > 50)]
    if missed:
        print("missed: " + ", ".join(f.name for f in missed))
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
