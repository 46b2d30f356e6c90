"""The README's first lines stay the two set-up commands, and CI runs the second."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)[:2]


def test_readme_opens_with_install_and_test_commands() -> None:
    install, test = _commands()
    assert "pip install -e ." in install and "budgetdiff " in install
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test = _commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = test.removeprefix(". .venv/bin/activate && ")
    assert command in ci.splitlines()


def test_readme_example_output_is_what_the_command_prints() -> None:
    """The console example in the README is the command's real output."""
    import shlex

    from tests.cli.conftest import run_cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```console\n(.+?)\n```", text, flags=re.S):
        command, _, expected = block.partition("\n")
        args = shlex.split(command.removeprefix("$ "))
        assert args[0] == "budgetdiff"
        result = run_cli(*args[1:])
        assert result.stdout.rstrip("\n") == expected, command


def test_readme_install_command_runs_to_the_end() -> None:
    """Every budgetdiff step of the first command succeeds (they are chained with &&)."""
    import shlex
    import subprocess
    import sys

    install = _commands()[0]
    steps = [s.strip() for s in install.split("&&") if s.strip().startswith("budgetdiff ")]
    assert len(steps) >= 2
    for step in steps:
        words = shlex.split(step)
        if any("*" in w for w in words):
            words = [*words[:2], *sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(words[2]))]
        result = subprocess.run(
            [sys.executable, "-m", "budgetdiff", *words[1:]], cwd=ROOT, capture_output=True
        )
        assert result.returncode == 0, (step, result.stdout[-500:])
