"""A process killed while it writes the review file leaves the previous file whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from budgetdiff.review import store
from tests.review.pairs import copy_draft, mark_all, session

CHILD = """
import os, sys, time
from pathlib import Path
from budgetdiff.review.marks import mark_for
from tests.review.pairs import WHEN, session

draft, mode = Path(sys.argv[1]), sys.argv[2]
current = session(draft)
if mode == "stop-in-write":
    def stop(descriptor):  # the new text is in the temporary, not yet renamed
        print("writing", flush=True)
        time.sleep(60)
    os.fsync = stop
    change = current.review.changes[0]
    current.marked(mark_for(change, "待查询", "新的问题" * 1000, "mallory", WHEN)).save()
else:
    print("writing", flush=True)
    for round in range(10_000):
        status = ("通过", "已说明", "待查询")[round % 3]
        for change in current.review.changes:
            current = current.marked(mark_for(change, status, str(round) * 500, "mallory", WHEN))
        current = current.save()
"""


def _child(draft: Path, mode: str) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(draft), mode],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def test_killed_in_the_middle_of_a_write(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    mark_all(session(draft), "通过", "alice")
    path = tmp_path / "draft.review.toml"
    before = path.read_bytes()
    child = _child(draft, "stop-in-write")
    assert child.stdout is not None and child.stdout.readline() == "writing\n"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert path.read_bytes() == before  # every mark of alice's, nothing of the new one
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".draft.review.toml.")]
    assert len(left) == 1 and "新的问题" in left[0].read_text(encoding="utf-8")
    # the next write removes what the killed process left
    again = session(draft)
    assert again.review.reviewed == 12
    again.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.review.toml", "draft.txt"]


def test_killed_at_random_moments_the_file_is_always_a_whole_review(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    mark_all(session(draft), "通过", "alice")
    path = tmp_path / "draft.review.toml"
    chance = random.Random(20)
    for _ in range(8):
        child = _child(draft, "loop")
        assert child.stdout is not None and child.stdout.readline() == "writing\n"
        time.sleep(chance.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        found = store.read(path)
        assert len(found.marks.marks) == 12
        assert len({mark.status for mark in found.marks.marks.values()}) == 1
