"""Helpers for running the installed command line in a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PORT = ROOT / "samples" / "shanghai-port-office-2017.txt"
COOPERATION = ROOT / "samples" / "shanghai-cooperation-office-2017.txt"


def interruptible() -> None:
    """In a child before it runs: Ctrl-C's default action, whatever this process has.

    A job started in the background of a non-interactive shell (``.ci/run &``,
    ``nohup``) ignores SIGINT, its children inherit that, and Python keeps ignoring
    it: a test that interrupts a child must give it the default back.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m budgetdiff ARGS`` with a clean colour environment."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update({"COLUMNS": "120", "PYTHONIOENCODING": "utf-8"})
    environment.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "budgetdiff", *map(str, args)],
        capture_output=True,
        env=environment,
        input=stdin,
        timeout=60,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    return run_cli
