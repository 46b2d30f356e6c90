"""SVG snapshots of the explorer at 120 × 36 (pytest-textual-snapshot's ``snap_compare``).

The apps come from ``snapshot_apps``: the port sample, or the draft (B) relative
to the sample (A), with fixed default settings. ``BUDGETDIFF_CONFIG`` points into
the test's temporary directory too (``conftest.isolated_config``, autouse), so
nothing of the user's configuration can leak in should the app ever read it.

After a deliberate change of the screens: ``pytest tests/tui/test_snapshots.py
--snapshot-update``, then look at every changed SVG under ``__snapshots__/`` before
committing it (``rsvg-convert -w 1400 X.svg -o X.png`` makes it viewable).
``docs/screenshots/explorer.svg`` and ``diff.svg`` are copies of the overview and
diff snapshots.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.tui.pilot import SMALL, settled
from tests.tui.snapshot_apps import (
    TERMINAL_SIZE,
    diff_app,
    execution_app,
    explorer_app,
    missing_summary_app,
    renumbered_app,
)

SnapCompare = Callable[..., bool]


async def _analysed(pilot: Pilot[None]) -> None:
    """Keys are pressed once the worker has analysed the documents."""
    await settled(pilot)


def test_config_is_private(tmp_path: Path) -> None:
    """The fixture the snapshots rely on: the settings file is in this test's tmp_path."""
    assert Path(os.environ["BUDGETDIFF_CONFIG"]).is_relative_to(tmp_path)


def test_overview(snap_compare: SnapCompare) -> None:
    """概览: title, check summary, the tables' totals and the 三公 card."""
    assert snap_compare(
        explorer_app(), press=["1"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )


def test_expenditure_tree_expanded(snap_compare: SnapCompare) -> None:
    """支出, all expanded: 201 → 20103 → 2010301 行政运行 … 221 → 22102 → 2210203, and 合计."""
    assert snap_compare(
        explorer_app(), press=["2", "E"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )


def test_economic_view(snap_compare: SnapCompare) -> None:
    """经济分类: the collapsed 类 tree over the bars of 类 and 人员/公用经费 shares."""
    assert snap_compare(
        explorer_app(), press=["4"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )


def test_sangong_view(snap_compare: SnapCompare) -> None:
    """三公: the 三公 table of the sample, in 元."""
    assert snap_compare(
        explorer_app(), press=["5"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )


def test_diff_expenditure_tree(snap_compare: SnapCompare) -> None:
    """Diff 支出, all expanded, ``]`` three times: the cursor on 2080599 (2,800 → 3,800)."""
    assert snap_compare(
        diff_app(),
        press=["2", "E", "]", "]", "]"],
        terminal_size=TERMINAL_SIZE,
        run_before=_analysed,
    )


def test_diff_expenditure_tree_at_80_columns(snap_compare: SnapCompare) -> None:
    """Diff 支出 at 80 × 24 on 2080599: A, B, Δ and Δ% all shown, names cut with …, the
    full name in the status line, ? 帮助 and q 退出 in the footer."""
    assert snap_compare(
        diff_app(), press=["2", "E", "]", "]", "]"], terminal_size=SMALL, run_before=_analysed
    )


def test_diff_moved_row(snap_compare: SnapCompare) -> None:
    """Income 2101101 renumbered 2101102 in B: one → row (A = B = 580,080), no −/+ pair."""
    assert snap_compare(
        renumbered_app(), press=["3", "]"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )


def test_diff_two_sided_table_only_in_a(snap_compare: SnapCompare) -> None:
    """财务收支总表 only in A: the view says so and every item is a − row."""
    assert snap_compare(
        missing_summary_app(), press=["9", "E"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )


def test_budget_against_final_general_public(snap_compare: SnapCompare) -> None:
    """一般公共预算, budget against final accounts, all expanded: 预算数, 决算数, 差额 and
    完成率 per code (2010601 行政运行 1,560.05 → 1,511.89, -48.16, 96.91%), 合计 98.20%."""
    assert snap_compare(
        execution_app(), press=["p", "E"], terminal_size=TERMINAL_SIZE, run_before=_analysed
    )
