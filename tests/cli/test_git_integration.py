"""budgetdiff inside git: a textconv driver for ``git diff`` and ``git difftool -x``.

Each test works in a fresh repository in ``tmp_path`` with the port sample
committed as ``port.txt``, then plants an edit in the work tree. Git runs with
no system or global configuration (``HOME`` is the temporary directory), and
the ``budgetdiff`` it calls is the one installed beside this interpreter, so the
tests exercise the console script a user would configure. They skip when git
or that script is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import PORT
from tests.conftest import replace_on_line

BUDGETDIFF = Path(sys.executable).with_name("budgetdiff")
FILE = "port.txt"

# line 146: 2010301 行政运行, expenditure 合计 13270,732 → 13370,732 (totals left as they were)
RAW_A = "201\t03\t01\t行政运行\t13270,732\t11663,914\t1606,818"
RAW_B = "201\t03\t01\t行政运行\t13370,732\t11663,914\t1606,818"

Git = Callable[..., subprocess.CompletedProcess[str]]


def _shell_quoted(path: Path) -> str:
    """``path`` in single quotes for the shell git runs textconv and -x commands with."""
    return "'" + str(path).replace("'", "'\\''") + "'"


def _environment(home: Path) -> dict[str, str]:
    """The environment without the caller's git and colour settings."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("GIT_") and key not in ("NO_COLOR", "FORCE_COLOR", "PAGER")
    }
    environment.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "PYTHONIOENCODING": "utf-8",
            "LC_ALL": "C.UTF-8",
        }
    )
    return environment


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with the port sample committed as ``port.txt``."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not BUDGETDIFF.exists():
        pytest.skip(f"no budgetdiff command beside {sys.executable} (pip install -e .)")
    work = tmp_path / "repo"
    work.mkdir()
    shutil.copyfile(PORT, work / FILE)
    return work


@pytest.fixture
def git(repo: Path, tmp_path: Path) -> Git:
    """``git(*args)`` in the repository, after init and the first commit."""
    environment = _environment(tmp_path)

    def run(
        *args: str, check: bool = False, path: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", *args],
            cwd=repo,
            env={**environment, "PATH": path} if path else environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=120,
            check=check,
        )

    run("init", "-q", check=True)
    run("config", "user.name", "budgetdiff tests", check=True)
    run("config", "user.email", "tests@budgetdiff.invalid", check=True)
    run("config", "core.pager", "cat", check=True)
    run("config", "commit.gpgsign", "false", check=True)
    run("add", FILE, check=True)
    run("commit", "-q", "-m", "port sample", check=True)
    return run


def _plant_amount_edit(repo: Path) -> None:
    path = repo / FILE
    text = path.read_text(encoding="utf-8")
    assert text.split("\n")[145] == RAW_A
    path.write_text(replace_on_line(text, 146, "13270,732", "13370,732"), encoding="utf-8")


def _changed_lines(output: str, sign: str, code: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{sign}{code} ")]


def test_textconv_driver_shows_aligned_tables(repo: Path, git: Git) -> None:
    (repo / ".gitattributes").write_text("*.txt diff=budget\n", encoding="utf-8")
    command = f"{_shell_quoted(BUDGETDIFF)} show --color never --no-source"
    git("config", "diff.budget.textconv", command, check=True)
    _plant_amount_edit(repo)

    result = git("diff")
    assert result.returncode == 0, result.stderr
    output = result.stdout
    removed = _changed_lines(output, "-", "2010301")
    added = _changed_lines(output, "+", "2010301")
    # One row changed, in the expenditure table only (income still says 13,270,732).
    assert len(removed) == len(added) == 1, output
    assert removed[0].split() == ["-2010301", "行政运行", "13,270,732", "11,663,914", "1,606,818"]
    assert added[0].split() == ["+2010301", "行政运行", "13,370,732", "11,663,914", "1,606,818"]
    # Aligned: the amount ends at the same column on both sides, as in the table.
    assert removed[0].index("13,270,732") == added[0].index("13,370,732")
    assert len(removed[0]) == len(added[0])
    # The raw, tab-separated source line is not what git shows.
    assert "\t" not in output
    assert "13270,732" not in output and "13370,732" not in output
    assert f"-{RAW_A}" not in output and f"+{RAW_B}" not in output
    # The header's checks line follows the edit: the totals no longer add up.
    assert "+checks: 30 pass, 3 fail" in output
    # No hunk for git's temporary file name: --no-source leaves the source line out.
    assert "source:" not in output


def test_textconv_is_off_without_the_attribute(repo: Path, git: Git) -> None:
    """Without ``diff=budget`` git shows the raw line: the driver is what changes it."""
    git("config", "diff.budget.textconv", f"{_shell_quoted(BUDGETDIFF)} show --color never")
    _plant_amount_edit(repo)
    output = git("diff").stdout
    assert f"-{RAW_A}" in output and f"+{RAW_B}" in output
    assert "13,370,732" not in output


def test_difftool_runs_budgetdiff_on_both_versions(repo: Path, git: Git) -> None:
    _plant_amount_edit(repo)
    tool = _shell_quoted(BUDGETDIFF)

    result = git("--no-pager", "difftool", "-y", "-x", tool, "HEAD", "--", FILE)
    # Without --trust-exit-code git ignores the tool's status (1: the documents differ).
    assert result.returncode == 0, result.stderr
    output = result.stdout
    assert output.startswith("budgetdiff: B relative to A (same department and year")
    # A is git's temporary copy of HEAD:port.txt, B the work-tree file.
    assert f"+++ b: 上海市口岸服务办公室 2017 部门预算 ({FILE})" in output
    assert "checks: new failures in B: tree.sum, row.sum, cross.income_expenditure" in output
    row = next(line for line in output.splitlines() if line.startswith("2010301 "))
    assert " ".join(row.split()) == "2010301 行政运行 合计 13,270,732 13,370,732 ▲ +100,000 +0.75%"


def test_difftool_trust_exit_code(repo: Path, git: Git) -> None:
    tool = f"{_shell_quoted(BUDGETDIFF)} --no-pager"
    path = repo / FILE

    # Other bytes, same document (CRLF line ends): budgetdiff exits 0, and so does git.
    original = path.read_bytes()
    path.write_bytes(original.replace(b"\n", b"\r\n"))
    same = git("difftool", "-y", "--trust-exit-code", "-x", tool, "HEAD", "--", FILE)
    assert (same.returncode, same.stdout) == (0, ""), same.stderr

    # Different documents: budgetdiff exits 1 and git stops with a failure. git forwards
    # the status only from `difftool --dir-diff`; per file, its diff machinery sees the
    # external command fail and dies (status 128, "external diff died") in git 2.39.
    path.write_bytes(original)
    _plant_amount_edit(repo)
    differ = git("difftool", "-y", "--trust-exit-code", "-x", tool, "HEAD", "--", FILE)
    assert differ.returncode != 0
    assert differ.returncode == 1 or "external diff died" in differ.stderr, differ.stderr
    assert "2010301" in differ.stdout and "+100,000" in differ.stdout


DOCS = PORT.parents[1] / "docs" / "git.md"


def _docs_examples() -> list[tuple[str, str]]:
    """The (command, output) of each console example of docs/git.md."""
    import re

    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n\$ (.+?)\n(.*?)\n```", text, flags=re.S)
    return [(command, output) for command, output in blocks]


def _temporary_names(text: str) -> str:
    """git's temporary copy of the old side has a random directory: name it ``…``."""
    import re

    return re.sub(r"[^\s(]*/git-blob-[^/\s]+/", "/tmp/git-blob-…/", text)


def test_the_docs_examples_are_the_real_output(repo: Path, git: Git) -> None:
    """docs/git.md shows what the commands it configures print, line for line."""
    (repo / ".gitattributes").write_text("*.txt diff=budget\n", encoding="utf-8")
    git("add", ".gitattributes", check=True)
    git("commit", "-q", "-m", "attributes", check=True)
    git("config", "diff.budget.textconv", "budgetdiff show --color never --no-source", check=True)
    _plant_amount_edit(repo)
    examples = _docs_examples()
    assert [command for command, _ in examples] == [
        "git diff",
        f"git difftool -y -x budgetdiff -- {FILE}",
    ]
    environment = {"PATH": f"{BUDGETDIFF.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for command, expected in examples:
        result = git(*command.split()[1:], path=environment["PATH"])
        assert _temporary_names(result.stdout.rstrip("\n")) == expected, command
