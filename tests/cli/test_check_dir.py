"""Reading inputs in every command: directories walked safely, ``-`` as stdin, OS errors
as one sentence, and ``check``'s verdict for documents that were only partly read.

Permission tests drop CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH with setpriv when run as
root (CI runs as root), so mode-000 directories really are unreadable.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import COOPERATION, PORT, ROOT, run_cli

DROP_CAPS = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


def _unprivileged_prefix(probe: Path) -> list[str]:
    """A command prefix under which the mode-000 ``probe`` directory cannot be listed."""
    prefix = DROP_CAPS if os.geteuid() == 0 else []
    if prefix and shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is not installed to drop capabilities")
    try:
        listing = subprocess.run([*prefix, "ls", str(probe)], capture_output=True, timeout=10)
    except OSError as error:
        pytest.skip(f"cannot drop capabilities: {error}")
    if listing.returncode == 0:
        pytest.skip("a mode-000 directory stays readable here (capabilities not dropped)")
    return prefix


def _run(
    prefix: list[str], *args: str | Path, timeout: float = 20
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update({"COLUMNS": "120", "PYTHONIOENCODING": "utf-8"})
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "budgetdiff", *map(str, args)],
        capture_output=True,
        env=environment,
        timeout=timeout,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path/locked``, mode 000, holding a copy of the port sample."""
    directory = tmp_path / "locked"
    directory.mkdir()
    shutil.copy(PORT, directory / "inside.txt")
    directory.chmod(0)
    yield directory
    directory.chmod(0o755)


# Item 9: directory walks.


def test_check_dir_skips_a_fifo_named_txt(tmp_path: Path) -> None:
    shutil.copy(PORT, tmp_path / "port.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    result = _run([], "check", tmp_path, timeout=15)  # the landed code waits forever
    assert result.returncode == 0, result.stderr
    assert f"note: skipped {tmp_path / 'pipe.txt'}: not a regular file" in result.stderr
    assert "summary: 1 document, 0 with failures" in result.stdout
    assert "Traceback" not in result.stderr


def test_check_dir_reports_an_unreadable_subdirectory(tmp_path: Path, locked: Path) -> None:
    prefix = _unprivileged_prefix(locked)
    shutil.copy(COOPERATION, tmp_path / "cooperation.txt")
    result = _run(prefix, "check", tmp_path)
    assert result.returncode == 2
    # said once, on stderr; the summary counts it
    assert "cannot read directory" not in result.stdout
    assert f"budgetdiff: cannot read directory {locked}: permission denied" in result.stderr
    assert (
        f"{tmp_path / 'cooperation.txt'}: 上海市合作交流办公室 2017 单位预算: ok" in result.stdout
    )
    assert "summary: 1 document, " in result.stdout and "1 unreadable directory" in result.stdout
    assert "Traceback" not in result.stderr


def test_check_unreadable_top_directory(locked: Path) -> None:
    prefix = _unprivileged_prefix(locked)
    result = _run(prefix, "check", locked)
    assert result.returncode == 2
    assert result.stderr == f"budgetdiff: cannot read directory {locked}: permission denied\n"
    assert "no budget documents" not in result.stderr


# Item 10: OS errors on the input path, and "-" for every command.


@pytest.mark.parametrize("command", ["show", "check", "export"])
def test_file_in_a_mode_000_directory(locked: Path, command: str) -> None:
    prefix = _unprivileged_prefix(locked)
    result = _run(prefix, command, locked / "inside.txt")
    assert result.returncode == 2
    assert result.stderr.endswith(f"{locked / 'inside.txt'} cannot be read: permission denied\n")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", ["show", "check", "export"])
def test_too_long_a_file_name(tmp_path: Path, command: str) -> None:
    path = tmp_path / ("x" * 300 + ".txt")
    result = _run([], command, path)
    assert result.returncode == 2
    assert result.stderr.endswith(f"budgetdiff: {path} cannot be read: the file name is too long\n")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("show", "-", "--table", "sangong"), "上海市口岸服务办公室 2017 部门预算"),
        (("export", "-"), '"department": "上海市口岸服务办公室"'),
        (("check", "-"), "-: 上海市口岸服务办公室 2017 部门预算: ok"),
    ],
    ids=["show", "export", "check"],
)
def test_dash_reads_standard_input(args: tuple[str, ...], expected: str) -> None:
    result = run_cli(*args, stdin=PORT.read_bytes())
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert result.stderr == ""


def test_check_dash_among_files() -> None:
    result = run_cli("check", COOPERATION, "-", stdin=PORT.read_bytes())
    assert result.returncode == 0, result.stderr
    assert "-: 上海市口岸服务办公室 2017 部门预算: ok" in result.stdout
    assert "summary: 2 documents" in result.stdout


# Item 17: the verdict of a partly read document.

STRAY = "这一行不属于任何表格\t12"


def _with_stray_lines(tmp_path: Path, count: int) -> Path:
    lines = PORT.read_text(encoding="utf-8").splitlines()
    for _ in range(count):
        lines.insert(150, STRAY)
    path = tmp_path / f"stray-{count}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_few_unparsed_lines_are_a_warning(tmp_path: Path) -> None:
    path = _with_stray_lines(tmp_path, 3)
    result = run_cli("check", path)
    assert result.returncode == 0
    assert f"{path}: 上海市口岸服务办公室 2017 部门预算: ok, 3 lines not read (" in result.stdout
    assert "summary: 1 document, 0 with failures, 1 with warnings, 0 unreadable" in result.stdout
    report = json.loads(run_cli("check", path, "--format", "json").stdout)[0]
    assert (report["verdict"], report["verdict_text"]) == ("warn", "ok, 3 lines not read")


def test_many_unparsed_lines_mean_partly_read(tmp_path: Path) -> None:
    path = _with_stray_lines(tmp_path, 8)
    result = run_cli("check", path, PORT)
    verdict = next(line for line in result.stdout.splitlines() if line.startswith(str(path)))
    assert ": PARTLY READ, 8 of 331 lines not read (" in verdict
    assert f"{PORT}: 上海市口岸服务办公室 2017 部门预算: ok (" in result.stdout
    assert "summary: 2 documents, 0 with failures, 1 with warnings, 1 partly read" in result.stdout
    reports = json.loads(run_cli("check", path, PORT, "--format", "json").stdout)
    assert [r["verdict"] for r in reports] == ["partly_read", "ok"]
    assert reports[0]["lines"] == 331 and reports[0]["unparsed"] == 8


def test_summary_counts_one_document_in_the_singular() -> None:
    result = run_cli("check", PORT)
    assert result.stdout.endswith(
        "summary: 1 document, 0 with failures, 0 with warnings, 0 unreadable\n"
    )
