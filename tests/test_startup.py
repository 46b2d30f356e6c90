"""Start-up of the scripted path: the standard library modules it does not use stay out,
and a command runs with the garbage collector off (and gets it back)."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

import pytest

from budgetdiff import cli
from budgetdiff.commands import show

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PUBLISHED = SAMPLES / "shanghai-port-office-2017.txt"
DRAFT = SAMPLES / "drafts" / "shanghai-port-office-2017-draft.txt"

NOT_ON_THE_JSON_PATH = {
    "subprocess",  # the pager's, and the pager is not used for JSON
    "shlex",
    "ctypes",  # the PDF reader's
    "tabulate",
    "wcwidth",
    "rich",
    "textual",
    "importlib.metadata",  # tabulate's
    "pathlib",
    "urllib",
    "ipaddress",
}


def imported(*args: str) -> set[str]:
    """The modules ``python -X importtime -m budgetdiff ARGS`` imports."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "budgetdiff", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr[-500:]
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}


@pytest.fixture(scope="module")
def json_diff_modules() -> set[str]:
    return imported(str(DRAFT), str(PUBLISHED), "--format", "json")


def test_the_json_diff_imports_only_what_it_uses(json_diff_modules: set[str]) -> None:
    assert "budgetdiff.render.diff_json" in json_diff_modules  # the probe works
    assert json_diff_modules & NOT_ON_THE_JSON_PATH == set()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the small sha256 is _sha2 there")
def test_a_small_input_is_hashed_without_openssl(json_diff_modules: set[str]) -> None:
    assert "hashlib" not in json_diff_modules


def test_the_json_diff_creates_no_dataclass(json_diff_modules: set[str]) -> None:
    assert "dataclasses" not in json_diff_modules


@pytest.mark.parametrize(
    "args",
    [
        ("check", str(PUBLISHED)),
        ("check", str(PUBLISHED), "--format", "json"),
        (str(DRAFT), str(PUBLISHED), "--format", "csv"),
    ],
    ids=["check", "check-json", "diff-csv"],
)
def test_other_scripted_commands_create_no_dataclass_and_start_no_process(
    args: tuple[str, ...],
) -> None:
    modules = imported(*args)
    assert "budgetdiff.model" in modules  # the probe works
    assert modules & {"dataclasses", "subprocess", "multiprocessing", "concurrent.futures"} == set()


def test_the_plain_diff_does_not_read_package_metadata() -> None:
    modules = imported(str(DRAFT), str(PUBLISHED))
    assert "tabulate" in modules
    assert "wcwidth" in modules  # CJK widths
    assert modules & {"importlib.metadata", "hashlib", "secrets", "subprocess"} == set()


def test_help_imports_neither_typing_nor_the_model() -> None:
    modules = imported("--help")
    assert modules & {"typing", "budgetdiff.model", "dataclasses", "decimal"} == set()


def test_a_command_runs_without_the_garbage_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def run(args: argparse.Namespace) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(show, "run", run)
    assert gc.isenabled()
    assert cli.main(["show", str(PUBLISHED)]) == 0
    assert seen == [False]
    assert gc.isenabled()  # back on for whoever called main (tests, an embedding program)


def test_the_collector_comes_back_after_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def run(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(show, "run", run)
    assert cli.main(["show", str(PUBLISHED)]) == 130
    assert gc.isenabled()
