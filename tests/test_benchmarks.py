"""Every benchmark of benchmarks/ runs to its report in a small configuration.

The benchmarks are scripts the README tells a reader to run; a change to the API
they call (a moved attribute, a renamed function) would otherwise break them
silently. Each runs here as a subprocess, as the README runs it, with few runs
and small documents, and must print its table of figures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

SMALL = {
    "bench_parse.py": [
        "--runs",
        "1",
        "--large-runs",
        "1",
        "--rows",
        "600",
        "--stress-items",
        "0",
        "--cli-runs",
        "1",
    ],
    "bench_diff.py": [
        "--runs",
        "1",
        "--large-runs",
        "1",
        "--rows",
        "600",
        "--edits",
        "20",
        "--cli-runs",
        "1",
    ],
    "bench_export.py": [
        "--runs",
        "1",
        "--rows",
        "3000",
        "--small-rows",
        "1000",
        "--xlsx-rows",
        "2000",
    ],
    "bench_cli.py": ["--pairs", "1", "--no-large"],
    "bench_pdf.py": ["--runs", "1", "--load-only"],
    "bench_tree_view.py": ["--runs", "1", "--rows", "10000"],
    "bench_tui.py": ["--runs", "1", "--inproc-runs", "1", "--expand-runs", "1", "--no-tmux"],
}
"""Each benchmark's quickest options."""

PRINTS = {
    "bench_parse.py": "parse generated",
    "bench_diff.py": "diff generated",
    "bench_export.py": "JSON of a 3,",
    "bench_cli.py": "--format plain",
    "bench_pdf.py": "warm ÷ pdftotext",
    "bench_tree_view.py": "expand-all",
    "bench_tui.py": "first screen",
}
"""A figure each report must hold."""


def test_every_benchmark_is_run_here() -> None:
    assert set(SMALL) == {path.name for path in BENCHMARKS.glob("bench_*.py")}


@pytest.mark.parametrize("script", sorted(SMALL))
def test_the_benchmark_runs_and_reports(script: str) -> None:
    if (
        script == "bench_cli.py"
        and shutil.which("daff", path=str(Path(sys.executable).parent)) is None
    ):
        pytest.skip("daff is not installed beside this Python (pip install daff)")
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    result = subprocess.run(
        [sys.executable, script, *SMALL[script]],
        cwd=BENCHMARKS,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert PRINTS[script] in result.stdout, result.stdout[-2000:]
    assert "Traceback" not in result.stderr
