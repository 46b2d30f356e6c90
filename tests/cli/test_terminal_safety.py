"""Text from a document never styles or controls the terminal, in any output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import PORT, run_cli

HOSTILE = "[bold red]红[/bold red]\x1b]0;pwned\x07\x1b[31m\x9b2J"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    text = PORT.read_text(encoding="utf-8").replace("行政运行", "行政运行" + HOSTILE)
    text = text.replace(
        "上海市口岸服务办公室 2017 年度部门预算", f"口岸{HOSTILE}办 2017 年度部门预算", 1
    )
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("show", "--color", "never"),
        ("show", "--color", "always"),
        ("show", "--color", "always", "--table", "expenditure"),
        ("check",),
        ("export",),
    ],
    ids=" ".join,
)
def test_no_escape_sequence_from_the_document_reaches_the_output(
    hostile: Path, args: tuple[str, ...]
) -> None:
    result = run_cli(args[0], hostile, *args[1:])
    output = result.stdout + result.stderr
    assert "\x07" not in output
    assert "\x9b" not in output
    assert "\x1b]" not in output  # no OSC sequence (title, clipboard, hyperlink)
    if "always" not in args:
        assert "\x1b" not in output
    if args[0] == "show":
        assert "[bold red]红[/bold red]" in result.stdout  # markup shown literally
        assert "\\x1b]0;pwned" in result.stdout
    if "always" in args:
        # Our own styling is present, but no red from the document's markup.
        assert "\x1b[" in result.stdout
        assert "\x1b[31m" not in result.stdout


def test_json_escapes_controls_and_keeps_markup_literal(hostile: Path) -> None:
    result = run_cli("export", hostile)
    assert "\x1b" not in result.stdout
    data = json.loads(result.stdout)
    assert data["department"] == f"口岸{HOSTILE}办"
    names = [row["name"] for row in data["tables"]["expenditure"]["rows"]]
    assert "行政运行" + HOSTILE in names
