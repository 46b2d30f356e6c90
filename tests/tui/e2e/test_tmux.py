"""``budgetdiff explore`` end to end in a real terminal: tmux, 120 × 36.

The installed console script (the one beside this interpreter, as a user would
run it) opens the port sample in a detached tmux session on a private socket,
with a clean environment: ``TERM=xterm-256color``, a UTF-8 ``LANG`` so the
Chinese renders, and ``HOME`` in the test's temporary directory so no user
configuration leaks in. The test reads the screen with ``capture-pane``, types
like a user with ``send-keys`` (``2`` for the 支出 tree, which opens collapsed;
``E`` to expand it all, so ``2010301 行政运行`` shows; ``q`` to quit, which must
end the session) and polls for what should appear; it never sleeps blindly.

The :class:`Tmux` driver and :func:`explore_expenditure_tree` are shared with
``test_ssh.py``, which runs the same keystrokes over a loopback SSH session.
The command runs under a small shell wrapper that prints its exit status when it
ends and, if that status is not 0, keeps the pane open so the failure message
can show the traceback instead of an empty screen. Skips when tmux or the
console script is missing.
"""

from __future__ import annotations

import os
import secrets
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"
BUDGETDIFF = Path(sys.executable).with_name("budgetdiff")

DEPARTMENT = "上海市口岸服务办公室"
TREE_ROOT = "一般公共服务支出"  # 201, a top-level 类 of the 支出 tree
EXPANDED_ROW = "行政运行"  # 2010301, under 201 → 20103: visible only once expanded
EXPANDED_CODE = "2010301"
WIDTH, HEIGHT = 120, 36

STARTUP_TIMEOUT = 10.0
KEY_TIMEOUT = 5.0
EXIT_TIMEOUT = 5.0
POLL_INTERVAL = 0.05

EXIT_MARK = "[e2e: exited with status "
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


@cache
def utf8_locale() -> str:
    """C.UTF-8, or en_US.UTF-8 where only that is installed."""
    try:
        listed = subprocess.run(
            ["locale", "-a"], capture_output=True, text=True, timeout=10
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return "C.UTF-8"
    available = {name.lower().replace("-", "") for name in listed}
    for candidate in ("C.UTF-8", "en_US.UTF-8"):
        if candidate.lower().replace("-", "") in available:
            return candidate
    return "C.UTF-8"


def clean_environment(home: Path) -> dict[str, str]:
    """The whole environment for tmux and what runs in it: nothing of the caller's."""
    return {
        "PATH": PATH,
        "HOME": str(home),
        "TERM": "xterm-256color",
        "LANG": utf8_locale(),
    }


def wrapped(command: Sequence[str]) -> str:
    """A shell line running ``command`` that reports its exit status when it ends.

    On status 0 the pane (and so the session) ends at once; otherwise it stays
    open, showing the command's last output, until the test kills the server.
    """
    return (
        f"{shlex.join(command)}; status=$?; "
        f"printf '\\n{EXIT_MARK}%s]\\n' \"$status\"; "
        '[ "$status" -eq 0 ] || exec sleep 600'
    )


def framed(screen: str) -> str:
    """``screen`` between rules, trailing blank lines dropped, for failure messages."""
    rule = "─" * WIDTH
    return f"{rule}\n{screen.rstrip()}\n{rule}"


class Tmux:
    """One detached session on a private tmux server (``tmux -L SOCKET``)."""

    def __init__(self, home: Path, context: Callable[[], str] | None = None) -> None:
        binary = shutil.which("tmux")
        assert binary is not None
        self.binary = binary
        self.socket = f"budgetdiff-e2e-{os.getpid()}-{secrets.token_hex(4)}"
        self.session = "explore"
        self.environment = clean_environment(home)
        self.socket_path: Path | None = None
        self.last_screen = ""
        self.context = context  # more to say when something fails, e.g. a server's log

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        # -u: UTF-8 whatever the locale says; -f /dev/null: no system or user tmux.conf.
        command = [self.binary, "-u", "-f", os.devnull, "-L", self.socket, *args]
        result = subprocess.run(
            command, env=self.environment, capture_output=True, text=True, timeout=10
        )
        if check and result.returncode != 0:
            pytest.fail(
                f"{shlex.join(command)} failed ({result.returncode}): {result.stderr.strip()}"
                f"\nlast screen:\n{framed(self.last_screen)}"
            )
        return result

    def start(self, command: Sequence[str]) -> None:
        """Run ``command`` in a new WIDTH × HEIGHT session."""
        self.tmux(
            "new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), "-s", self.session,
            wrapped(command),
        )  # fmt: skip
        path = self.tmux("display-message", "-p", "#{socket_path}", check=False).stdout.strip()
        self.socket_path = Path(path) if path else Path(f"/tmp/tmux-{os.getuid()}", self.socket)

    def alive(self) -> bool:
        return self.tmux("has-session", "-t", self.session, check=False).returncode == 0

    def screen(self) -> str | None:
        """The visible pane as text, or None when the session has ended."""
        result = self.tmux("capture-pane", "-p", "-t", self.session, check=False)
        if result.returncode != 0:
            return None
        self.last_screen = result.stdout
        return result.stdout

    def press(self, key: str) -> None:
        self.tmux("send-keys", "-t", self.session, key)

    def _fail(self, what: str, screen: str | None) -> None:
        __tracebackhide__ = True
        state = "the session has ended" if screen is None else "the screen"
        extra = f"\n{self.context()}" if self.context else ""
        pytest.fail(f"{what}; {state}, last seen:\n{framed(self.last_screen)}{extra}")

    def wait_for(self, text: str, timeout: float, doing: str) -> str:
        """Poll until ``text`` is on the screen; the screen that showed it."""
        __tracebackhide__ = True
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if screen is not None and text in screen:
                return screen
            if screen is None or EXIT_MARK in screen:
                self._fail(f"{text!r} never appeared {doing}: the command ended", screen)
            if time.monotonic() > deadline:
                self._fail(f"{text!r} not on the screen {timeout:g} s {doing}", screen)
            time.sleep(POLL_INTERVAL)

    def wait_for_end(self, timeout: float, doing: str) -> None:
        """Poll until the session is gone (``has-session`` fails)."""
        __tracebackhide__ = True
        deadline = time.monotonic() + timeout
        while self.alive():
            screen = self.screen()
            if screen is not None and EXIT_MARK in screen and f"{EXIT_MARK}0]" not in screen:
                self._fail(f"the command failed {doing}", screen)
            if time.monotonic() > deadline:
                self._fail(f"the session was still running {timeout:g} s {doing}", screen)
            time.sleep(POLL_INTERVAL)

    def kill(self) -> None:
        """Stop the server and remove its socket (tmux leaves it behind)."""
        self.tmux("kill-server", check=False)
        if self.socket_path is not None:
            self.socket_path.unlink(missing_ok=True)


@contextmanager
def private_tmux(home: Path) -> Iterator[Tmux]:
    """A private tmux server, killed afterwards whatever happened; skips the test when
    tmux or the console script is missing."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    if not BUDGETDIFF.exists():
        pytest.skip(f"no budgetdiff command beside {sys.executable} (pip install -e .)")
    session = Tmux(home)
    try:
        yield session
    finally:
        session.kill()


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    """A private tmux server, killed after the test whatever happened."""
    with private_tmux(tmp_path) as session:
        yield session


def explore_command(home: Path, *arguments: str) -> list[str]:
    """``budgetdiff explore ARGUMENTS`` as a user in a clean UTF-8 terminal runs it."""
    return [
        "env", "TERM=xterm-256color", f"LANG={utf8_locale()}", f"HOME={home}",
        str(BUDGETDIFF), "explore", *arguments,
    ]  # fmt: skip


def explore_expenditure_tree(tmux: Tmux) -> None:
    """From the opened explorer: ``2`` → 支出 tree, ``E`` → all expanded, ``q`` → gone."""
    tmux.wait_for(DEPARTMENT, STARTUP_TIMEOUT, "after starting budgetdiff explore")
    tmux.press("2")
    tree = tmux.wait_for(TREE_ROOT, KEY_TIMEOUT, "after pressing 2 (the 支出 tree)")
    assert EXPANDED_ROW not in tree, f"the 支出 tree opened already expanded:\n{framed(tree)}"
    tmux.press("E")
    expanded = tmux.wait_for(EXPANDED_ROW, KEY_TIMEOUT, "after pressing E (expand all)")
    assert any(EXPANDED_CODE in line and EXPANDED_ROW in line for line in expanded.splitlines()), (
        f"no row {EXPANDED_CODE} {EXPANDED_ROW} after E:\n{framed(expanded)}"
    )
    tmux.press("q")
    tmux.wait_for_end(EXIT_TIMEOUT, "after pressing q")


def test_explore_expenditure_tree_in_tmux(tmux: Tmux, tmp_path: Path) -> None:
    tmux.start(explore_command(tmp_path, str(SAMPLE)))
    explore_expenditure_tree(tmux)
