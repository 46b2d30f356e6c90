"""The explorer reads a PDF's pages in a child process (``PageReader``) that ``stop`` ends
at once: quitting the explorer while a PDF is read must not leave the process reading.

The long PDF is the govoffice 2025 部门预算's 22 pages 100 times over (``long_pdf.py``),
about 20 s to read; a truncated PDF is the 决算 PDF cut in half.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from budgetdiff.errors import InputError
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.tui.reading import PageReader, ReadStopped
from tests.tui.long_pdf import GOVOFFICE, ROOT, long_pdf

FINAL = ROOT / "samples" / "real" / "sh-putuo-finance-2024-final.pdf"
STOPPED_WITHIN = 2.0
"""Seconds from ``stop`` to the end of the read and of the child."""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").exists() and " Z " in Path(f"/proc/{pid}/stat").read_text()


def _child_pid(reader: PageReader, timeout: float = 30.0) -> int:
    """The pid of the reader's child, once it has one."""
    deadline = time.monotonic() + timeout
    while (process := reader._process) is None:
        assert time.monotonic() < deadline, "the child was not started"
        time.sleep(0.01)
    return process.pid


def test_the_child_reads_the_pages_read_pdf_reads() -> None:
    data = GOVOFFICE.read_bytes()
    assert PageReader()(data, GOVOFFICE.name) == read_pdf(data, GOVOFFICE.name)


def test_a_refusal_in_the_child_is_the_reader_s_sentence() -> None:
    data = FINAL.read_bytes()
    cut = data[: len(data) // 2]
    with pytest.raises(InputError) as expected:
        read_pdf(cut, "cut.pdf")
    with pytest.raises(InputError) as raised:
        PageReader()(cut, "cut.pdf")
    assert str(raised.value) == str(expected.value)


def test_stop_ends_a_long_read_and_its_process_at_once(tmp_path: Path) -> None:
    data = long_pdf(tmp_path).read_bytes()
    reader = PageReader()
    outcome: list[BaseException | object] = []

    def read() -> None:
        try:
            outcome.append(reader(data, "long.pdf"))
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=read)
    thread.start()
    pid = _child_pid(reader)
    time.sleep(1.0)  # well into the read (about 20 s)
    assert thread.is_alive() and not _gone(pid)
    stopped = time.monotonic()
    reader.stop()
    thread.join(STOPPED_WITHIN)
    took = time.monotonic() - stopped
    assert not thread.is_alive(), f"the read went on {took:.1f} s after stop"
    assert len(outcome) == 1 and isinstance(outcome[0], ReadStopped)
    assert _gone(pid)


def test_a_child_started_ahead_and_not_needed_is_ended_by_stop() -> None:
    reader = PageReader()
    reader.start()
    pid = _child_pid(reader)
    reader.stop()
    deadline = time.monotonic() + STOPPED_WITHIN
    while not _gone(pid):
        assert time.monotonic() < deadline, "the child outlived stop"
        time.sleep(0.01)
    with pytest.raises(ReadStopped):
        reader(GOVOFFICE.read_bytes(), GOVOFFICE.name)  # and no later read starts one
    assert reader._process is None


def test_a_child_killed_from_outside_is_one_sentence(tmp_path: Path) -> None:
    """The child ends without an answer (here killed, as the out-of-memory killer
    would): the read says so, naming the file, instead of waiting or reading here."""
    data = long_pdf(tmp_path, copies=20).read_bytes()
    reader = PageReader()
    reader.start()
    pid = _child_pid(reader)
    killer = threading.Timer(0.5, os.kill, (pid, 9))
    killer.start()
    try:
        with pytest.raises(InputError) as raised:
            reader(data, "long.pdf")
    finally:
        killer.cancel()
    assert str(raised.value) == (
        "long.pdf could not be read: the process reading it ended (signal 9)."
    )
