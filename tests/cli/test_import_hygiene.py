"""Start-up stays light: scripted commands never import Textual (nor Rich for JSON)."""

from __future__ import annotations

import subprocess
import sys

from tests.cli.conftest import PORT

PROBE = """
import sys, io, contextlib
from budgetdiff.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    status = main({args!r})
roots = {{m.split('.')[0] for m in sys.modules}}
heavy = sorted(roots & {{'textual', 'rich', 'deepdiff', 'openpyxl', 'tabulate'}})
print(status, ' '.join(heavy))
"""


def _loaded(*args: str) -> tuple[int, set[str]]:
    code = PROBE.format(args=list(args))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    status, _, modules = result.stdout.strip().partition(" ")
    return int(status), set(modules.split())


def test_export_json_imports_nothing_heavy() -> None:
    assert _loaded("export", str(PORT)) == (0, set())


def test_check_imports_nothing_heavy() -> None:
    assert _loaded("check", str(PORT)) == (0, set())


def test_show_plain_uses_tabulate_not_textual() -> None:
    status, modules = _loaded("show", str(PORT), "--color", "never")
    assert status == 0
    assert modules == {"tabulate"}


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys\nfrom budgetdiff.cli import build_parser\nbuild_parser()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual','rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_json_diff_imports_no_human_renderer_nor_the_explorer() -> None:
    """``python -X importtime -m budgetdiff A B --format json``: no plain/markdown/Rich
    renderer of ``render``, no ``tui``, no Textual."""
    draft = PORT.parent / "drafts" / "shanghai-port-office-2017-draft.txt"
    command = [sys.executable, "-X", "importtime", "-m", "budgetdiff", str(PORT), str(draft)]
    result = subprocess.run(
        [*command, "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "budgetdiff.render.diff_json" in imported  # the probe sees budgetdiff's modules
    human = {"budgetdiff.render.diff_text", "budgetdiff.render.diff_views"}
    human |= {"budgetdiff.render.plain", "budgetdiff.render.rich_view"}
    assert imported & human == set()
    assert {m for m in imported if m.split(".")[0] in ("textual", "rich", "tabulate")} == set()
    assert {m for m in imported if m.startswith("budgetdiff.tui")} == set()
