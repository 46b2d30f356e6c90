"""Export targets: ``--force`` replaces only our own output, publishing is atomic and
exclusive, modes follow the umask, signals and OS errors leave nothing behind.

Every test drives the real command (``python -m budgetdiff export``) in a
subprocess on the port sample or a generated large document.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"
FORMATS = {"json": "r.json", "xlsx": "r.xlsx", "csv": "r", "datapackage": "r"}


def _run(
    *args: str | Path,
    cwd: Path,
    prefix: Sequence[str] = (),
    umask: int = -1,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "budgetdiff", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        umask=umask,
    )


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 with one sentence on stderr containing ``words``, no traceback."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("budgetdiff: ")
    for word in words:
        assert word in result.stderr, result.stderr


def _tree(directory: Path) -> dict[str, bytes | None]:
    """Every path under ``directory`` with its content (None for directories)."""
    return {
        str(path.relative_to(directory)): None if path.is_dir() else path.read_bytes()
        for path in sorted(directory.rglob("*"))
    }


# 1. --force replaces only what budgetdiff wrote


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_force_keeps_a_directory_of_other_files(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "v" / "s").mkdir(parents=True)
    (tmp_path / "v" / "keep").write_text("x\n", encoding="utf-8")
    before = _tree(tmp_path)
    _refused(
        _run("export", SAMPLE, "--format", fmt, "-o", "v", "--force", cwd=tmp_path),
        "v holds files budgetdiff did not write",
    )
    assert _tree(tmp_path) == before


def test_force_keeps_a_previous_export_with_a_file_added(tmp_path: Path) -> None:
    assert _run("export", SAMPLE, "--format", "csv", "-o", "out", cwd=tmp_path).returncode == 0
    (tmp_path / "out" / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = _tree(tmp_path)
    _refused(_run("export", SAMPLE, "--format", "csv", "-o", "out", "--force", cwd=tmp_path))
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_force_replaces_a_previous_export_whole(fmt: str, tmp_path: Path) -> None:
    coop = ROOT / "samples" / "shanghai-cooperation-office-2017.txt"
    assert _run("export", SAMPLE, "--format", fmt, "-o", "out", cwd=tmp_path).returncode == 0
    port_files = _tree(tmp_path / "out")
    forced = _run("export", coop, "--format", fmt, "-o", "out", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert _tree(tmp_path / "out") != port_files
    assert [path.name for path in tmp_path.iterdir()] == ["out"]
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert _run("export", coop, "--format", fmt, "-o", "out", cwd=fresh).returncode == 0
    assert _tree(tmp_path / "out") == _tree(fresh / "out")


@pytest.mark.parametrize("target", [".", "..", "sub/.."])
def test_force_never_replaces_the_current_directory(target: str, tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, work / "doc.txt")
    before = _tree(tmp_path)
    result = _run("export", "doc.txt", "--format", "csv", "-o", target, "--force", cwd=work)
    _refused(result, "current directory")
    assert _tree(tmp_path) == before


def test_force_never_replaces_the_directory_of_the_input(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(SAMPLE, tmp_path / "in" / "doc.txt")
    before = _tree(tmp_path)
    result = _run("export", "in/doc.txt", "--format", "csv", "-o", "in", "--force", cwd=tmp_path)
    _refused(result, "input document")
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_force_on_a_symlink_to_a_directory_keeps_both(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "keep").write_text("x\n", encoding="utf-8")
    (tmp_path / "link").symlink_to("real")
    before = _tree(tmp_path)
    result = _run("export", SAMPLE, "--format", fmt, "-o", "link", "--force", cwd=tmp_path)
    _refused(result, "link")
    assert (tmp_path / "link").is_symlink()
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_force_replaces_no_symlink_directory_or_input(fmt: str, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("not yours\n", encoding="utf-8")
    (tmp_path / "link.out").symlink_to(outside)
    (tmp_path / "dir.out").mkdir()
    shutil.copy(SAMPLE, tmp_path / "doc.txt")
    before = _tree(tmp_path)
    for target, reason in [
        ("link.out", "symbolic link"),
        ("dir.out", "is a directory"),
        ("doc.txt", "input document"),
        ("/dev/null", "not a regular file"),
    ]:
        result = _run("export", "doc.txt", "--format", fmt, "-o", target, "--force", cwd=tmp_path)
        _refused(result, reason)
    assert _tree(tmp_path) == before
    assert (tmp_path / "link.out").is_symlink()


def test_force_replaces_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "r.json").write_text("old\n", encoding="utf-8")
    result = _run("export", SAMPLE, "-o", "r.json", "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.json").read_text(encoding="utf-8").startswith("{")
    assert [path.name for path in tmp_path.iterdir()] == ["r.json"]


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def large_document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated 4,000-row budget: its XLSX export takes about a second to save."""
    path = tmp_path_factory.mktemp("large") / "big.txt"
    path.write_text(_generator().generate_document(4000, seed=0), encoding="utf-8")  # type: ignore[attr-defined]
    return path


# 2. exactly one of several concurrent exports wins

_RACER = """
import sys, time
from budgetdiff.cli import main
import budgetdiff.commands.export, budgetdiff.export.csv_export, budgetdiff.parser
start, document, fmt, target = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
time.sleep(max(0.0, start - time.time()))
sys.exit(main(["export", document, "--format", fmt, "-o", target]))
"""


@pytest.fixture(scope="module")
def race_document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated 1,000-row budget: long enough a write for racers to overlap."""
    path = tmp_path_factory.mktemp("race") / "race.txt"
    path.write_text(_generator().generate_document(1000, seed=1), encoding="utf-8")  # type: ignore[attr-defined]
    return path


@pytest.mark.parametrize(("fmt", "target"), [("json", "r.json"), ("csv", "r")])
def test_concurrent_exports_exactly_one_wins(
    fmt: str, target: str, race_document: Path, tmp_path: Path
) -> None:
    for round_number in range(4):
        folder = tmp_path / str(round_number)
        folder.mkdir()
        start = time.time() + 0.6
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", _RACER, str(start), str(race_document), fmt, target],
                cwd=folder,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        results = [
            (process.communicate(timeout=120)[1], process.returncode) for process in processes
        ]
        assert sorted(code for _, code in results) == [0, 2, 2, 2], results
        for stderr, code in results:
            assert "Traceback" not in stderr
            assert code == 0 or "already exists" in stderr
        assert [path.name for path in folder.iterdir()] == [target]


# 3. modes follow the umask


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077], ids=["022", "027", "077"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_modes_follow_the_umask(fmt: str, umask: int, tmp_path: Path) -> None:
    result = _run("export", SAMPLE, "--format", fmt, "-o", FORMATS[fmt], cwd=tmp_path, umask=umask)
    assert result.returncode == 0, result.stderr
    target = tmp_path / FORMATS[fmt]
    if target.is_dir():
        assert stat.S_IMODE(target.stat().st_mode) == 0o777 & ~umask
        files = list(target.iterdir())
    else:
        files = [target]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path.name


# 4. signals: SIGTERM/SIGINT clean up; SIGKILL's leftovers are removed by the next run


def _start_and_wait_for_temporary(
    document: Path, folder: Path
) -> tuple[subprocess.Popen[str], Path]:
    """Start an XLSX export into ``folder``; return once its temporary file exists."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "budgetdiff",
            "export",
            str(document),
            "--format",
            "xlsx",
            "-o",
            "big.xlsx",
        ],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        temporaries = [path for path in folder.iterdir() if path.name.startswith(".big.xlsx.")]
        if temporaries:
            time.sleep(0.05)
            return process, temporaries[0]
        time.sleep(0.002)
    process.kill()
    process.communicate()
    pytest.fail("the export never created its temporary file")


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_and_sigint_remove_the_temporary(
    signum: int, status: int, large_document: Path, tmp_path: Path
) -> None:
    process, _ = _start_and_wait_for_temporary(large_document, tmp_path)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status, stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []


def test_sigkill_leftover_is_named_and_removed_by_the_next_export(
    large_document: Path, tmp_path: Path
) -> None:
    process, temporary = _start_and_wait_for_temporary(large_document, tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert temporary.exists()
    assert f".budgetdiff-tmp-{process.pid}-" in temporary.name
    result = _run("export", SAMPLE, "-o", "small.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [path.name for path in tmp_path.iterdir()] == ["small.json"]


def test_stale_temporaries_of_dead_processes_only_are_removed(tmp_path: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(finished.stdout)
    stale_dir = tmp_path / f".r.budgetdiff-tmp-{dead}-0123abcd"
    stale_dir.mkdir()
    (stale_dir / "checks.csv").write_text("x", encoding="utf-8")
    stale_file = tmp_path / f".r.json.budgetdiff-tmp-{dead}-89abcdef"
    stale_file.write_text("x", encoding="utf-8")
    running = tmp_path / f".other.json.budgetdiff-tmp-{os.getpid()}-00000000"
    running.write_text("still being written", encoding="utf-8")
    lookalike = tmp_path / f".notes.budgetdiff-tmp-{dead}"
    lookalike.write_text("mine", encoding="utf-8")
    result = _run("export", SAMPLE, "--format", "csv", "-o", "r", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [running.name, lookalike.name, "r"]
    )


# 5. OS errors: one sentence naming the path and the reason, nothing left behind


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs with only a few KiB left; skipped where mount is not allowed."""
    mount = tmp_path / "d"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        (mount / "filler").write_bytes(b"x" * (60 * 1024))
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_disk_full(fmt: str, full_disk: Path) -> None:
    result = _run("export", SAMPLE, "--format", fmt, "-o", FORMATS[fmt], cwd=full_disk)
    _refused(result, FORMATS[fmt], "No space left on device")
    assert [path.name for path in full_disk.iterdir()] == ["filler"]


def _without_dac_override(probe_dir: Path) -> list[str]:
    """A command prefix under which the permission bits apply, even for root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop CAP_DAC_OVERRIDE")
    prefix = [
        "setpriv",
        "--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search",
    ]
    probe = subprocess.run(
        [*prefix, "touch", str(probe_dir / "probe")], capture_output=True, check=False
    )
    if probe.returncode == 0:
        pytest.skip("setpriv did not drop CAP_DAC_OVERRIDE here")
    return prefix


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_read_only_directory(fmt: str, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        prefix = _without_dac_override(folder)
        result = _run(
            "export", SAMPLE, "--format", fmt, "-o", FORMATS[fmt], cwd=folder, prefix=prefix
        )
        _refused(result, FORMATS[fmt], "Permission denied")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_file_name_too_long(fmt: str, tmp_path: Path) -> None:
    name = "a" * 300 + (".json" if fmt == "json" else ".xlsx" if fmt == "xlsx" else "")
    result = _run("export", SAMPLE, "--format", fmt, "-o", name, cwd=tmp_path)
    _refused(result, "File name too long")
    assert list(tmp_path.iterdir()) == []


def test_directory_that_cannot_be_entered(tmp_path: Path) -> None:
    (tmp_path / "closed" / "sub").mkdir(parents=True)
    (tmp_path / "closed").chmod(0o000)
    try:
        prefix = _without_dac_override(tmp_path / "closed")
        result = _run("export", SAMPLE, "-o", "closed/sub/r.json", cwd=tmp_path, prefix=prefix)
        _refused(result, "closed/sub/r.json", "Permission denied")
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert list((tmp_path / "closed" / "sub").iterdir()) == []


@pytest.mark.parametrize("kind", ["file", "directory"])
def test_no_replace_rename_without_renameat2(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from budgetdiff.export import atomic

    monkeypatch.setattr(atomic, "_renameat2", lambda source, target: False)
    source, target = tmp_path / "new", tmp_path / "old"
    for path in (source, target):
        if kind == "file":
            path.write_text(path.name, encoding="utf-8")
        else:
            path.mkdir()
            (path / "name").write_text(path.name, encoding="utf-8")
    with pytest.raises(FileExistsError):
        atomic.rename_noreplace(source, target)
    inside = target if kind == "file" else target / "name"
    assert inside.read_text(encoding="utf-8") == "old"
    atomic.rename_noreplace(source, tmp_path / "fresh")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fresh", "old"]
