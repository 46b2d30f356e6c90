"""``budgetdiff diff A.pdf B.pdf`` reads both sides at once; results and errors unchanged."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.cli import main
from budgetdiff.parser import parse_bytes, pdf_reader
from budgetdiff.parser.paged import PagedDocument
from budgetdiff.render.diff_json import render_json
from tests.cli.conftest import ROOT, interruptible, run_cli

REAL = ROOT / "samples" / "real"
A = REAL / "sh-putuo-govoffice-2025-dept.pdf"
B = REAL / "sh-putuo-govoffice-2025-unit.pdf"
PORT = ROOT / "samples" / "shanghai-port-office-2017.txt"
SLOW = 0.5


def _slow_reader(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """read_pdf that takes SLOW seconds longer and logs (name, pid, start, end)."""
    real = pdf_reader.read_pdf

    def slow(data: bytes, name: str) -> PagedDocument:
        start = time.monotonic()
        pages = real(data, name)
        time.sleep(SLOW)
        with log.open("a") as handle:
            handle.write(json.dumps([name, os.getpid(), start, time.monotonic()]) + "\n")
        return pages

    monkeypatch.setattr(pdf_reader, "read_pdf", slow)


def _reads(log: Path) -> dict[str, tuple[int, float, float]]:
    records = [json.loads(line) for line in log.read_text().splitlines()]
    return {name: (pid, start, end) for name, pid, start, end in records}


def _diff(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["diff", *args])
    return status, out.getvalue()


def test_both_pdfs_are_read_at_the_same_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = render_json(budgetdiff.diff(budgetdiff.load(A), budgetdiff.load(B)))
    log = tmp_path / "reads.jsonl"
    _slow_reader(log, monkeypatch)
    status, output = _diff(str(A), str(B), "--format", "json", "--no-cache")
    assert status == 1
    assert output == expected + "\n" or output == expected
    reads = _reads(log)
    assert set(reads) == {str(A), str(B)}
    (pid_a, start_a, end_a), (pid_b, start_b, end_b) = reads[str(A)], reads[str(B)]
    assert pid_a != pid_b, "A is read in a worker process"
    assert max(start_a, start_b) < min(end_a, end_b), "the two reads overlap"


def test_a_pdf_on_standard_input_is_read_beside_the_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = A.read_bytes()
    expected = render_json(budgetdiff.diff(parse_bytes(data, path="-"), budgetdiff.load(B)))
    log = tmp_path / "reads.jsonl"
    _slow_reader(log, monkeypatch)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, output = _diff("-", str(B), "--format", "json", "--no-cache")
    assert (status, output.strip()) == (1, expected.strip())
    reads = _reads(log)
    assert set(reads) == {"-", str(B)}
    assert max(reads["-"][1], reads[str(B)][1]) < min(reads["-"][2], reads[str(B)][2])


def test_a_warm_cache_reads_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUDGETDIFF_CACHE", str(tmp_path / "cache"))
    first = _diff(str(A), str(B), "--stat", "--format", "plain")
    log = tmp_path / "reads.jsonl"
    _slow_reader(log, monkeypatch)
    assert _diff(str(A), str(B), "--stat", "--format", "plain") == first
    assert not log.exists()


def test_the_same_pdf_twice_is_identical() -> None:
    result = run_cli("diff", A, A, "--no-cache")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.fixture
def broken(tmp_path: Path) -> dict[str, Path]:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200 + b"\n%%EOF\n")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(B.read_bytes()[:50_000])
    return {
        "damaged": damaged,
        "truncated": truncated,
        "missing": tmp_path / "missing.pdf",
        "text": PORT,
        "pdf": A,
    }


SENTENCES = {
    "damaged": "{} is a damaged PDF that cannot be opened.",
    "truncated": "{} is a truncated PDF (its end is missing).",
    "missing": "{} does not exist",
}


@pytest.mark.parametrize(
    ("a", "b", "failing"),
    [
        ("damaged", "truncated", "a"),
        ("truncated", "damaged", "a"),
        ("damaged", "missing", "a"),
        ("missing", "damaged", "a"),
        ("pdf", "damaged", "b"),
        ("damaged", "pdf", "a"),
        ("text", "truncated", "b"),
    ],
)
def test_one_sentence_and_a_first_when_both_fail(
    a: str, b: str, failing: str, broken: dict[str, Path]
) -> None:
    result = run_cli("diff", broken[a], broken[b], "--no-cache")
    kind = a if failing == "a" else b
    sentence = SENTENCES[kind].format(broken[kind])
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"budgetdiff: {sentence}\n")


PROBE = """
import json, os, sys, time
from budgetdiff.parser import pdf_reader
from budgetdiff.cli import main

def slow(data, name):
    with open(sys.argv[1], "a") as handle:
        handle.write(json.dumps([name, os.getpid()]) + "\\n")
    time.sleep(30)

pdf_reader.read_pdf = slow
sys.exit(main(["diff", sys.argv[2], sys.argv[3], "-q", "--no-cache"]))
"""


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return status.rsplit(")", 1)[1].split()[0] == "Z"


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_the_reads_ends_the_worker_too(
    signum: int, status: int, tmp_path: Path
) -> None:
    log = tmp_path / "reads.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-c", PROBE, str(log), str(A), str(B)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        preexec_fn=interruptible,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if log.exists() and len(log.read_text().splitlines()) == 2:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the two reads did not start")
        pids = {name: pid for name, pid in map(json.loads, log.read_text().splitlines())}
        assert pids[str(B)] == process.pid and pids[str(A)] != process.pid
        started = time.monotonic()
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=10)
        assert time.monotonic() - started < 2
        assert process.returncode == status
        assert b"Traceback" not in stderr
        deadline = time.monotonic() + 2
        while not _gone(pids[str(A)]) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _gone(pids[str(A)]), "the worker process was left running"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_text_documents_start_no_worker_and_touch_no_cache(tmp_path: Path) -> None:
    draft = ROOT / "samples" / "drafts" / "shanghai-port-office-2017-draft.txt"
    probe = (
        "import io, sys, contextlib\n"
        "from budgetdiff.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['diff', {str(PORT)!r}, {str(draft)!r}, '-q'])\n"
        "print(status, sorted(m for m in sys.modules if m in "
        "('multiprocessing', 'budgetdiff.cache', 'pypdfium2')))\n"
    )
    environment = {**os.environ, "BUDGETDIFF_CACHE": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, cwd=ROOT
    )
    assert (result.stdout, result.stderr) == ("1 []\n", "")
    assert not (tmp_path / "cache").exists()
