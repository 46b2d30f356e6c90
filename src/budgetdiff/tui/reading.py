"""The explorer reads a PDF's pages in a child process, so that quitting ends the read.

The explorer reads its documents in a worker thread. A thread cannot be stopped, and
the interpreter waits for it at exit: PDFium reads a large PDF for tens of seconds, so
``q`` took the screen away and left the process reading. A process can be killed:
``PageReader`` reads the pages (``read_pdf``) in a child process, and ``stop`` ends it at
once; the read then raises ``ReadStopped``. Parsing the pages stays in the thread (a
``Document`` costs more to send between processes than its pages).

The child is a new interpreter running this module (``python -m``), not a fork: the
explorer's process has threads, and a fork copies whatever lock another thread holds.
``start`` starts it ahead, so that its imports overlap the explorer's start. It is given
the PDF's name and bytes on standard input, answers with the pages (or the exception)
on standard output, and ends when its standard input closes: when the explorer has no
more use for it, or has ended, whatever ended it. It runs in a session of its own, so
that the terminal's signals go to the explorer, which decides what Ctrl-C does.
Nothing here imports Textual.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from contextlib import suppress
from typing import IO, TYPE_CHECKING, cast

from budgetdiff.errors import InputError

if TYPE_CHECKING:
    from budgetdiff.parser.paged import PagedDocument


class ReadStopped(Exception):
    """The read was stopped (the explorer is closing): there is nothing to report."""


class PageReader:
    """Reads a PDF's pages in a child process; ``stop`` kills it and refuses any later read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._reading = False
        """A read is under way: its thread ends the child, whoever stops it."""
        self._stopped = False

    def start(self) -> None:
        """Start the child now, ahead of the read (it imports the PDF reader meanwhile)."""
        with self._lock:
            if self._process is None and not self._stopped:
                with suppress(OSError):  # the read will say so, or read here
                    self._process = _start()

    def __call__(self, data: bytes, name: str) -> PagedDocument:
        """The pages of the PDF ``data``, as ``read_pdf`` reads them; raises what it
        raises, or ``ReadStopped`` once ``stop`` has been called."""
        with self._lock:
            if self._stopped:
                raise ReadStopped
            try:
                process = self._process = self._process or _start()
            except OSError:  # no interpreter to start (an embedded one): read here
                process = None
            self._reading = process is not None
        if process is None:
            from budgetdiff.parser.pdf_reader import read_pdf

            return read_pdf(data, name)
        try:
            outcome = _exchange(process, name, data)
        finally:
            self._end()
        if self._stopped:
            raise ReadStopped
        if outcome is None:
            status = process.returncode
            how = f"signal {-status}" if status < 0 else f"exit status {status}"
            raise InputError(f"{name} could not be read: the process reading it ended ({how}).")
        if isinstance(outcome, BaseException):
            raise outcome
        return cast("PagedDocument", outcome)

    def stop(self) -> None:
        """End the child, reading or waiting, and refuse any later read."""
        with self._lock:
            self._stopped = True
            if self._reading:
                if self._process is not None:
                    self._process.kill()  # the reading thread ends it
                return
        self._end()

    def _end(self) -> None:
        with self._lock:
            process, self._process = self._process, None
            self._reading = False
        if process is not None:
            process.kill()
            process.wait()
            for stream in (process.stdin, process.stdout):
                try:
                    if stream is not None:
                        stream.close()
                except OSError:
                    pass  # the child has gone: there is nothing to flush to


def _start() -> subprocess.Popen[bytes]:
    import os
    from pathlib import Path

    import budgetdiff

    environment = dict(os.environ)
    # The child imports this very budgetdiff, wherever it was imported from.
    here = str(Path(budgetdiff.__file__).resolve().parents[1])
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, (here, environment.get("PYTHONPATH"))))
    return subprocess.Popen(
        [sys.executable, "-m", "budgetdiff.tui.reading"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
        start_new_session=True,
    )


def _exchange(process: subprocess.Popen[bytes], name: str, data: bytes) -> object:
    """Give the child the PDF and wait for its answer; None when it ended without one."""
    send, receive = process.stdin, process.stdout
    assert send is not None and receive is not None
    try:
        pickle.dump((name, data), send, protocol=pickle.HIGHEST_PROTOCOL)
        send.flush()  # and kept open: the child ends when it closes
        return pickle.load(receive)
    except (OSError, EOFError, pickle.UnpicklingError):
        return None


def _child(request: IO[bytes], answer: IO[bytes]) -> None:
    """In the child: read the request, answer with the pages or the exception."""
    import os

    import pypdfium2  # type: ignore[import-untyped]  # noqa: F401 - imported while waiting

    from budgetdiff.parser.pdf_reader import read_pdf

    try:
        name, data = pickle.load(request)
    except (EOFError, pickle.UnpicklingError):
        return  # not needed after all

    def end_with_the_explorer() -> None:
        request.read()  # returns when the explorer closes our standard input, or ends
        os._exit(1)

    threading.Thread(target=end_with_the_explorer, daemon=True).start()
    outcome: object
    try:
        outcome = read_pdf(data, name)
    except Exception as error:
        outcome = error
    try:
        message = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that cannot be pickled
        message = pickle.dumps(RuntimeError(f"{type(outcome).__name__}: {outcome}"))
    answer.write(message)
    answer.flush()


if __name__ == "__main__":
    _child(sys.stdin.buffer, sys.stdout.buffer)
