"""Inputs that never end or are too large are refused, and never read past the bound.

A character device (``/dev/zero``) is refused before it is read; a file over the
limit (64 MiB, or ``$BUDGETDIFF_MAX_BYTES``) is refused from its size; a pipe or a
FIFO is a legitimate input, read up to the limit and refused beyond it.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.errors import InputError
from tests.cli.conftest import PORT, ROOT, run_cli


class Endless(io.RawIOBase):
    """A stream of spaces that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        buffer[:] = b" " * len(buffer)
        self.served += len(buffer)
        return len(buffer)


def test_default_limit_is_64_mib(monkeypatch: pytest.MonkeyPatch) -> None:
    from budgetdiff.parser.decoding import DEFAULT_MAX_BYTES, max_bytes

    monkeypatch.delenv("BUDGETDIFF_MAX_BYTES", raising=False)
    assert max_bytes() == DEFAULT_MAX_BYTES == 64 * 1024 * 1024
    monkeypatch.setenv("BUDGETDIFF_MAX_BYTES", "200M")
    assert max_bytes() == 200 * 1024 * 1024
    monkeypatch.setenv("BUDGETDIFF_MAX_BYTES", "12345")
    assert max_bytes() == 12345


@pytest.mark.parametrize("value", ["lots", "-5", "0", "1.5M"])
def test_a_bad_limit_is_one_sentence(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("BUDGETDIFF_MAX_BYTES", value)
    with pytest.raises(InputError, match=f"BUDGETDIFF_MAX_BYTES takes a size .* not '{value}'"):
        budgetdiff.load(PORT)


def test_an_endless_stream_is_read_only_to_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from budgetdiff.parser.decoding import read_stream

    monkeypatch.setenv("BUDGETDIFF_MAX_BYTES", "1M")
    stream = Endless()
    with pytest.raises(InputError, match="larger than the limit of 1,048,576 bytes"):
        read_stream(io.BufferedReader(stream))
    assert stream.served <= 1024 * 1024 + 64 * 1024


def test_dev_zero_is_refused_at_once() -> None:
    # The landed code reads /dev/zero without end: bound the child's time and memory.
    code = "import budgetdiff, resource; resource.setrlimit(resource.RLIMIT_AS, (2**31, 2**31)); "
    code += "budgetdiff.load('/dev/zero')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, cwd=ROOT
    )
    assert "InputError: /dev/zero is a device, not a budget document" in result.stderr


@pytest.mark.parametrize("command", ["show", "check", "export"])
def test_cli_refuses_a_device(command: str) -> None:
    # Bounded memory and time: the landed code reads the device without end.
    result = subprocess.run(
        [sys.executable, "-m", "budgetdiff", command, "/dev/urandom"],
        capture_output=True,
        text=True,
        timeout=20,
        cwd=ROOT,
        preexec_fn=_limit_memory,
    )
    assert result.returncode == 2
    assert result.stderr == "budgetdiff: /dev/urandom is a device, not a budget document\n"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2**31, 2**31))


def test_file_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUDGETDIFF_MAX_BYTES", "10000")
    with pytest.raises(InputError) as caught:
        budgetdiff.load(PORT)
    assert str(caught.value) == (
        f"{PORT} is larger than the limit of 10,000 bytes "
        "(set BUDGETDIFF_MAX_BYTES to read larger documents)"
    )
    size = PORT.stat().st_size
    monkeypatch.setenv("BUDGETDIFF_MAX_BYTES", str(size))
    assert budgetdiff.load(PORT).department == "上海市口岸服务办公室"


def test_stdin_over_the_limit_in_the_cli() -> None:
    result = run_cli("show", "-", env={"BUDGETDIFF_MAX_BYTES": "10000"}, stdin=PORT.read_bytes())
    assert result.returncode == 2
    assert result.stderr.startswith("budgetdiff: standard input is larger than the limit of 10,000")


def _feed_fifo(path: Path, data: bytes, repeat: bool) -> threading.Thread:
    def write() -> None:
        try:
            with open(path, "wb") as fifo:
                fifo.write(data)
                while repeat:
                    fifo.write(b" " * 65536)
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_a_fifo_given_by_path_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "doc.txt"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, PORT.read_bytes(), repeat=False)
    document = budgetdiff.load(fifo)
    writer.join(5)
    assert document.department == "上海市口岸服务办公室"
    assert document.code_table("expenditure").get("2010301").values["基本支出"] == 11663914


ENDLESS_FIFO = """
import os, resource, sys, threading
import budgetdiff

resource.setrlimit(resource.RLIMIT_AS, (2**31, 2**31))
fifo = sys.argv[1]
os.mkfifo(fifo)

def write():
    try:
        with open(fifo, "wb") as out:
            while True:
                out.write(b" " * 65536)
    except BrokenPipeError:
        pass

threading.Thread(target=write, daemon=True).start()
budgetdiff.load(fifo)
"""


def test_an_endless_fifo_is_bounded(tmp_path: Path) -> None:
    # In a child with bounded memory: the landed code reads the FIFO without end.
    result = subprocess.run(
        [sys.executable, "-c", ENDLESS_FIFO, str(tmp_path / "endless.txt")],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
        env={**os.environ, "BUDGETDIFF_MAX_BYTES": "2M"},
    )
    assert "endless.txt is larger than the limit of 2,097,152 bytes" in result.stderr
