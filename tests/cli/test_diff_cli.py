"""``budgetdiff A B``: every format, exit codes, filters, stdin, pager, import hygiene."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import COOPERATION, PORT, run_cli
from tests.diffing.drafts import DRAFTS, PORT_TEXT

SNAPSHOTS = Path(__file__).resolve().parents[1] / "diffing" / "snapshots"


def _draft(tmp_path: Path, name: str) -> Path:
    draft = next(d for d in DRAFTS if d.name == name)
    path = tmp_path / f"{name.replace(' ', '-').replace(',', '')}.txt"
    path.write_text(draft.text, encoding="utf-8")
    return path


@pytest.mark.parametrize("output", ["plain", "markdown", "json", "csv", "rich"])
def test_every_format_shows_the_planted_sangong_change(tmp_path: Path, output: str) -> None:
    result = run_cli(PORT, _draft(tmp_path, "sangong"), "--format", output, "--color", "never")
    assert result.returncode == 1, result.stderr
    text = result.stdout
    if output == "json":
        data = json.loads(text)
        assert data["schema"] == "budgetdiff.diff/1"
        assert {(s["item"], s["delta"]) for s in data["sangong"]} == {
            ("合计", 1000),
            ("公务接待费", 1000),
        }
        assert data["cells"] == [] and data["rows"] == [] and data["identical"] is False
    elif output == "csv":
        assert text.startswith("\ufeff")  # the export CSVs' byte order mark
        rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
        assert [(r["part"], r["name"], r["delta"]) for r in rows] == [
            ("sangong", "合计", "1000"),
            ("sangong", "公务接待费", "1000"),
        ]
    else:
        assert "公务接待费" in text and "▲ +1,000" in text
        assert text.index("三公") < len(text)
        assert "\x1b" not in text


def test_rich_on_a_forced_terminal_is_styled(tmp_path: Path) -> None:
    result = run_cli(PORT, _draft(tmp_path, "sangong"), "--color", "always", "--no-pager")
    assert result.returncode == 1
    assert "\x1b[" in result.stdout and "▲ +1,000" in result.stdout


def test_piped_default_is_plain(tmp_path: Path) -> None:
    result = run_cli(PORT, _draft(tmp_path, "sangong"))
    assert result.stdout.startswith("budgetdiff: B relative to A (same department and year")
    assert "\x1b" not in result.stdout


def test_quiet_and_identical(tmp_path: Path) -> None:
    assert run_cli(PORT, _draft(tmp_path, "sangong"), "-q").stdout == ""
    assert run_cli(PORT, _draft(tmp_path, "sangong"), "-q").returncode == 1
    same = run_cli("diff", PORT, PORT)
    assert (same.returncode, same.stdout, same.stderr) == (0, "", "")


def test_other_encoding_and_line_ends_are_identical(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(PORT_TEXT.replace("\n", "\r\n").encode("utf-16"))
    result = run_cli(PORT, path)
    assert (result.returncode, result.stdout) == (0, "")


def test_stdin_side(tmp_path: Path) -> None:
    draft = next(d for d in DRAFTS if d.name == "sangong")
    result = run_cli(PORT, "-", "--format", "json", stdin=draft.text.encode("gb18030"))
    assert result.returncode == 1
    assert json.loads(result.stdout)["b"]["path"] == "-"
    both = run_cli("-", "-")
    assert both.returncode == 2 and "only one side" in both.stderr


def test_stat(tmp_path: Path) -> None:
    result = run_cli(PORT, _draft(tmp_path, "amount, totals fixed"), "--stat")
    assert result.returncode == 1
    assert "expenditure: 4 changed, 0 added, 0 removed, total Δ ▲ +1,000 (元)" in result.stdout


def test_only_and_exit_status(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "sangong")
    result = run_cli(PORT, draft, "--only", "tables,projects", "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["identical"] is True
    bad = run_cli(PORT, draft, "--only", "tables,money")
    assert bad.returncode == 2 and "--only takes" in bad.stderr


def test_min_abs_hides_small_cells_but_never_rows(tmp_path: Path) -> None:
    fixed = _draft(tmp_path, "amount, totals fixed")
    assert run_cli(PORT, fixed, "--min-abs", "1001", "--only", "tables").returncode == 0
    assert (
        run_cli(PORT, fixed, "--min-abs", "0.1", "--unit", "万元", "--only", "tables").returncode
        == 1
    )
    added = _draft(tmp_path, "added row")
    result = run_cli(PORT, added, "--min-abs", "1000000", "--format", "json")
    assert [r["code"] for r in json.loads(result.stdout)["rows"]] == ["30218"]
    small = run_cli(PORT, fixed, "--min-pct", "1", "--only", "tables", "--format", "json")
    assert [c["code"] for c in json.loads(small.stdout)["cells"]] == ["2080599", "2080599"]


def test_units(tmp_path: Path) -> None:
    result = run_cli(PORT, _draft(tmp_path, "sangong"), "--unit", "万元")
    assert "▲ +0.10" in result.stdout and "142.05" in result.stdout


def test_bad_input_is_trouble(tmp_path: Path) -> None:
    result = run_cli(PORT, tmp_path / "missing.txt")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("does not exist")
    assert "Traceback" not in result.stderr


def test_scripted_diff_imports_no_textual_and_no_deepdiff(tmp_path: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from budgetdiff.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['diff', {str(PORT)!r}, {str(_draft(tmp_path, 'sangong'))!r},"
        " '--format', 'json'])\n"
        "print(status, sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'deepdiff'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "1 []"


def test_pager_is_used_with_budgetdiff_pager(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from budgetdiff.commands.diff import emit, pager_command

    target = tmp_path / "paged.txt"
    monkeypatch.setenv("BUDGETDIFF_PAGER", f"tee {target}")
    monkeypatch.setenv("PAGER", "more")
    assert pager_command() == ["tee", str(target)]
    emit("三公 ▲ +1,000\n", page=True)
    assert target.read_text(encoding="utf-8") == "三公 ▲ +1,000\n"
    monkeypatch.setenv("BUDGETDIFF_PAGER", "cat")
    assert pager_command() is None
    monkeypatch.delenv("BUDGETDIFF_PAGER")
    monkeypatch.delenv("PAGER")
    assert pager_command() == ["less", "-FRX"]


PAIRS = {
    "port-vs-cooperation": (
        "samples/shanghai-port-office-2017.txt",
        "samples/shanghai-cooperation-office-2017.txt",
    ),
    "port-draft-vs-port": (
        "samples/drafts/shanghai-port-office-2017-draft.txt",
        "samples/shanghai-port-office-2017.txt",
    ),
}


@pytest.mark.parametrize("output", ["plain", "markdown", "csv", "json"])
@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_sample_pair_snapshot(pair: str, output: str) -> None:
    """The sample pairs compared, as reviewed by hand in tests/diffing/snapshots/
    (``BUDGETDIFF_UPDATE_SNAPSHOTS=1`` rewrites them: then read every line again)."""
    result = run_cli(*PAIRS[pair], "--format", output)
    assert result.returncode == 1
    snapshot = SNAPSHOTS / f"{pair}.{output}"
    if os.environ.get("BUDGETDIFF_UPDATE_SNAPSHOTS"):
        snapshot.write_bytes(result.stdout.encode("utf-8"))
    assert result.stdout == snapshot.read_bytes().decode("utf-8")


def test_explore_and_tui_need_a_terminal() -> None:
    """Scripts get one sentence and exit 2, never a half-drawn screen (the tmux tests
    cover the terminal case)."""
    for args in (("explore", PORT), (PORT, COOPERATION, "--tui")):
        result = run_cli(*args)
        assert result.returncode == 2
        assert (
            result.stderr == "budgetdiff: explore needs a terminal; use show or diff in scripts\n"
        )
