"""Ctrl-C and SIGTERM during ``check DIR``: queued work is cancelled, the workers end,
the exit status is 130 / 143 within a second or two, and no traceback is printed.

The directory holds 300 hard links to one generated document in the samples'
layout (benchmarks/generate.py), big enough that checking them all takes several
seconds on a few cores, so finishing the queue could not pass for stopping.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT, interruptible

COPIES = 300


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("many")
    first = directory / "doc-000.txt"
    generator = ROOT / "benchmarks" / "generate.py"
    subprocess.run([sys.executable, generator, "--rows", "2000", "-o", first], check=True)
    for index in range(1, COPIES):
        os.link(first, directory / f"doc-{index:03}.txt")
    return directory


def _session_processes(session: int) -> list[int]:
    """Live (non-zombie) processes in ``session``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _children(pid: int) -> list[int]:
    """The other processes of the session ``pid`` leads: its pool workers."""
    return [other for other in _session_processes(pid) if other != pid]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize(
    ("signum", "status"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
    ids=["INT", "TERM", "HUP"],
)
def test_signal_stops_check_at_once(many: Path, signum: int, status: int) -> None:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "budgetdiff", "check", str(many)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=interruptible,
    )
    try:
        deadline = time.monotonic() + 20
        while not _children(process.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _children(process.pid), "check started no worker processes"
        time.sleep(0.5)  # the workers are busy with the first documents
        assert process.poll() is None, "check finished before the signal: make the work bigger"
        sent = time.monotonic()
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
        elapsed = time.monotonic() - sent
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    deadline = time.monotonic() + 2
    while _session_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    survivors = _session_processes(process.pid)
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert process.returncode == status
    # within a second when quiet (0.04-0.06 s measured); the landed code took 20.9 s
    assert elapsed < 5.0, f"exit took {elapsed:.1f} s after the signal"
    assert b"Traceback" not in stderr, stderr.decode()
    assert survivors == [], f"worker processes left running: {survivors}"
