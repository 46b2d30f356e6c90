"""``python -m budgetdiff export --format xlsx|csv|datapackage``: exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "shanghai-port-office-2017.txt"


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "budgetdiff", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=environment,
        timeout=120,
    )


def test_xlsx_export_refuses_then_forces(tmp_path: Path) -> None:
    first = _run("export", SAMPLE, "--format", "xlsx", "-o", "out.xlsx", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout == ""
    written = (tmp_path / "out.xlsx").read_bytes()
    assert load_workbook(tmp_path / "out.xlsx")["expenditure"]["E2"].value == 190410477

    again = _run("export", SAMPLE, "--format", "xlsx", "-o", "out.xlsx", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stdout == ""
    assert len(again.stderr.splitlines()) == 1
    assert "Traceback" not in again.stderr
    assert "already exists" in again.stderr
    assert (tmp_path / "out.xlsx").read_bytes() == written

    forced = _run("export", SAMPLE, "--format", "xlsx", "-o", "out.xlsx", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.xlsx"]


@pytest.mark.parametrize(
    ("fmt", "probe"), [("csv", "expenditure.csv"), ("datapackage", "datapackage.json")]
)
def test_directory_exports_refuse_then_force(fmt: str, probe: str, tmp_path: Path) -> None:
    first = _run("export", SAMPLE, "--format", fmt, "-o", "out", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "out" / probe).is_file()

    again = _run("export", SAMPLE, "--format", fmt, "-o", "out", cwd=tmp_path)
    assert again.returncode == 2
    assert len(again.stderr.splitlines()) == 1
    assert "Traceback" not in again.stderr

    forced = _run("export", SAMPLE, "--format", fmt, "-o", "out", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]
