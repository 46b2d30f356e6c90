"""Bad input gives one clear sentence on stderr and exit 2, for every command."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

from tests.cli.conftest import run_cli

COMMANDS = (("show",), ("check",), ("export",), ("export", "--format", "csv", "-o", "out"))


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    prose = tmp_path / "prose.txt"
    prose.write_text("这是一封普通的信，不是预算。\nJust some text.\n", encoding="utf-8")
    directory = tmp_path / "folder"
    directory.mkdir()
    return {
        "is empty": empty,
        "binary": binary,
        "not a budget document": prose,
        "does not exist": tmp_path / "missing.txt",
        "is a directory": directory,
    }


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    "problem", ["is empty", "binary", "not a budget document", "does not exist", "is a directory"]
)
def test_bad_input_is_one_sentence_and_exit_2(
    tmp_path: Path, command: tuple[str, ...], problem: str
) -> None:
    path = _bad_inputs(tmp_path)[problem]
    if command == ("check",) and problem == "is a directory":
        result = run_cli("check", path)
        assert result.returncode == 2
        assert "no budget documents" in result.stderr
        return
    result = run_cli(command[0], path, *command[1:])
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("budgetdiff: ")
    assert str(path) in lines[0]
    assert problem in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    result = run_cli("show", path)
    assert result.returncode == 2
    assert "permission denied" in result.stderr


def test_unknown_encoding_is_reported(tmp_path: Path) -> None:
    from tests.cli.conftest import PORT

    result = run_cli("show", PORT, "--encoding", "klingon")
    assert result.returncode == 2
    assert "unknown encoding 'klingon'" in result.stderr


def test_wrong_encoding_override_is_reported() -> None:
    from tests.cli.conftest import PORT

    result = run_cli("show", PORT, "--encoding", "ascii")
    assert result.returncode == 2
    assert "cannot be decoded as ascii" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_command_prints_help_and_exits_2() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert "usage: budgetdiff" in result.stdout


def test_permission_denied_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Root reads every file, so the unreadable case is also simulated in-process."""
    from budgetdiff.cli import main
    from tests.cli.conftest import PORT

    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("budgetdiff.parser.decoding.open", refuse, raising=False)
    assert main(["show", str(PORT)]) == 2
    error = capsys.readouterr().err
    assert error == f"budgetdiff: {PORT} cannot be read: permission denied\n"
