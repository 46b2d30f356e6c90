"""``budgetdiff explore`` over a real SSH session on loopback, driven through tmux.

A throwaway ``sshd`` (Debian's ``/usr/sbin/sshd``) listens on 127.0.0.1 only, on
a free port, with a fresh host key and a fresh client key as its only
authorised key (its whole configuration is in the test's temporary directory).
``ssh -tt`` runs ``budgetdiff explore`` on the remote side of a pseudo-terminal
inside a tmux pane, so every byte the app draws and every key it reads crosses
sshd, like a user working on a server. Nothing but 127.0.0.1 is ever contacted.

The sshd runs in its own process group; teardown signals that group and every
process descended from sshd (connection handlers call setsid, so they are in
other groups). Skips when sshd, ssh, ssh-keygen, tmux or the console script is
missing, or when sshd's privilege separation directory cannot be created.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shlex
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.tui.e2e.test_tmux import (
    BUDGETDIFF,
    HEIGHT,
    ROOT,
    SAMPLE,
    STARTUP_TIMEOUT,
    WIDTH,
    Tmux,
    explore_expenditure_tree,
    framed,
    utf8_locale,
)

SSHD = Path("/usr/sbin/sshd")
PRIVSEP_DIR = Path("/run/sshd")
LOOPBACK = "127.0.0.1"
SSHD_START_TIMEOUT = 5.0


@dataclass(frozen=True)
class Server:
    port: int
    user: str
    client_key: Path
    log: Path

    def ssh(self, remote_command: str) -> list[str]:
        """The ssh client command line running ``remote_command`` on a pty."""
        ssh = shutil.which("ssh")
        assert ssh is not None
        return [
            ssh, "-F", os.devnull, "-tt",
            "-p", str(self.port), "-i", str(self.client_key),
            "-o", "IdentitiesOnly=yes",
            "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes",
            "-o", "ConnectTimeout=5",
            "-o", "LogLevel=ERROR",
            f"{self.user}@{LOOPBACK}",
            remote_command,
        ]  # fmt: skip

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _keygen(path: Path) -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "budgetdiff-e2e", "-f", str(path)],
        check=True,
        capture_output=True,
        timeout=30,
    )


def _sshd_config(directory: Path, port: int) -> Path:
    config = directory / "sshd_config"
    config.write_text(
        "\n".join(
            [
                f"ListenAddress {LOOPBACK}",
                f"Port {port}",
                f"HostKey {directory / 'host_key'}",
                f"PidFile {directory / 'sshd.pid'}",
                f"AuthorizedKeysFile {directory / 'authorized_keys'}",
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "AcceptEnv LANG LC_*",
                "PrintMotd no",
                "PrintLastLog no",
                "X11Forwarding no",
                "AllowTcpForwarding no",
                "LogLevel INFO",
                "",
            ]
        )
    )
    return config


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid``, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    pending = [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _signal(pids: set[int], signum: int) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """sshd, its process group and everything it forked, TERM then KILL."""
    strays = _descendants(process.pid)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    _signal(strays, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    deadline = time.monotonic() + 5
    while any(Path(f"/proc/{pid}").exists() for pid in strays) and time.monotonic() < deadline:
        time.sleep(0.05)
    _signal(strays, signal.SIGKILL)


def _start_sshd(directory: Path, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    """sshd in the foreground (-D), logging to ``log`` (-e), once it listens."""
    text = ""
    for _attempt in range(3):
        port = _free_port()
        config = _sshd_config(directory, port)
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [str(SSHD), "-D", "-e", "-f", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        listening = f"Server listening on {LOOPBACK} port {port}"
        deadline = time.monotonic() + SSHD_START_TIMEOUT
        while time.monotonic() < deadline:
            text = log.read_text(errors="replace")
            if listening in text:
                return process, port
            if process.poll() is not None:
                break
            time.sleep(0.05)
        _stop(process)
        text = log.read_text(errors="replace")
        if "Address already in use" not in text:  # lost the race for the port: retry
            pytest.fail(f"sshd did not start (exit {process.returncode}); its log:\n{text}")
    pytest.fail(f"sshd found no free port in three tries; its last log:\n{text}")


@pytest.fixture
def sshd(tmp_path: Path) -> Iterator[Server]:
    """A private sshd on 127.0.0.1 accepting only a fresh key, stopped after the test."""
    for program in ("ssh", "ssh-keygen", "tmux"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed")
    if not SSHD.exists():
        pytest.skip(f"{SSHD} is not installed (openssh-server)")
    if not BUDGETDIFF.exists():
        pytest.skip(f"no budgetdiff command beside {BUDGETDIFF.parent} (pip install -e .)")
    if not PRIVSEP_DIR.is_dir():
        try:
            PRIVSEP_DIR.mkdir(mode=0o755, parents=True)
        except OSError as error:
            pytest.skip(f"sshd needs {PRIVSEP_DIR}: {error}")

    directory = tmp_path / "sshd"
    directory.mkdir()
    _keygen(directory / "host_key")
    _keygen(directory / "client_key")
    authorized = directory / "authorized_keys"
    authorized.write_text((directory / "client_key.pub").read_text())
    authorized.chmod(0o600)

    log = directory / "sshd.log"
    process, port = _start_sshd(directory, log)
    try:
        yield Server(port, getpass.getuser(), directory / "client_key", log)
    finally:
        _stop(process)


@pytest.fixture
def tmux(sshd: Server, tmp_path: Path) -> Iterator[Tmux]:
    """A private tmux server (set up after sshd, so torn down before it)."""
    session = Tmux(tmp_path, context=lambda: f"sshd log:\n{sshd.log_text()}")
    try:
        yield session
    finally:
        session.kill()


def test_ssh_harness_gives_a_utf8_pty_of_the_pane_size(sshd: Server, tmux: Tmux) -> None:
    """The harness alone: a remote pty of tmux's size, with UTF-8 passing through."""
    remote = f"LANG={utf8_locale()}; printf 'pty %s; %s\\n' \"$(stty size)\" 口岸; sleep 2"
    tmux.start(sshd.ssh(remote))
    screen = tmux.wait_for("口岸", STARTUP_TIMEOUT, "after ssh connected")
    assert f"pty {HEIGHT} {WIDTH}; 口岸" in screen, framed(screen)
    tmux.wait_for_end(5, "after the remote command ended")


def test_explore_expenditure_tree_over_ssh(sshd: Server, tmux: Tmux, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    remote = (
        f"cd {shlex.quote(str(ROOT))} && "
        f"TERM=xterm-256color LANG={utf8_locale()} HOME={shlex.quote(str(home))} "
        f"{shlex.quote(str(BUDGETDIFF))} explore {shlex.quote(str(SAMPLE))}"
    )
    tmux.start(sshd.ssh(remote))
    explore_expenditure_tree(tmux)
