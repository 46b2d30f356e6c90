"""``budgetdiff review A B``: the state of the review, its formats, the CI gate, merges."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from budgetdiff.review.marks import mark_for
from tests.cli.conftest import run_cli
from tests.review.pairs import PUBLISHED, WHEN, copy_draft, mark_all, session


def test_fail_on_unreviewed_is_a_ci_gate(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    result = run_cli("review", PUBLISHED, draft, "--fail-on", "unreviewed")
    assert result.returncode == 1
    assert result.stderr == "budgetdiff: review not done: 12 of 12 changes not reviewed\n"
    assert "已审 0 / 12" in result.stdout
    current = session(draft)
    for change in current.review.changes[:-1]:
        current = current.marked(mark_for(change, "通过", "", "alice", WHEN))
    current.save()
    assert run_cli("review", PUBLISHED, draft, "--fail-on", "unreviewed").returncode == 1
    mark_all(session(draft))
    done = run_cli("review", PUBLISHED, draft, "--fail-on", "unreviewed")
    assert (done.returncode, done.stderr) == (0, "")
    assert "已审 12 / 12: 通过 12, 已说明 0, 待查询 0; 未审 0, 已变化 0" in done.stdout
    # without a gate the state is all it says
    assert run_cli("review", PUBLISHED, draft).returncode == 0


def test_fail_on_query_and_a_changed_mark(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    current = session(draft)
    query = current.review.changes[6]
    current.marked(mark_for(query, "待查询", "为何增加？", "bob", WHEN)).save()
    result = run_cli("review", PUBLISHED, draft, "--fail-on", "query")
    assert result.returncode == 1 and "1 待查询 (queries) open" in result.stderr
    assert (
        "待查询 (queries): 1\n- expenditure 2080599 其他行政事业单位离退休支出 合计: 2,800 → 3,800"
        in (result.stdout)
    )
    assert "bob 2025-06-01 10:00: 为何增加？" in result.stdout
    mark_all(session(draft))
    assert run_cli("review", PUBLISHED, draft, "--fail-on", "query").returncode == 0


def test_json_report(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    current = session(draft)
    current.marked(mark_for(current.review.changes[1], "已说明", "接待", "alice", WHEN)).save()
    result = run_cli("review", PUBLISHED, draft, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "budgetdiff.review/1"
    assert data["counts"]["changes"] == 12 and data["counts"]["已说明"] == 1
    assert data["counts"]["unreviewed"] == 11
    assert data["b"]["sha256"] == current.diff.b.sha256 and len(data["a"]["sha256"]) == 64
    second = data["changes"][1]
    assert second["change"] == ["sangong", "公务接待费"]
    assert (second["amount_a"], second["amount_b"], second["delta"]) == (474000, 475000, 1000)
    assert second["mark"]["note"] == "接待" and second["state"] == "reviewed"
    assert data["changes"][0]["mark"] is None


def test_markdown_and_html_escape_document_text(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    current = session(draft)
    note = "<img src=x onerror=alert(1)> | \x1b[31m red"
    current.marked(mark_for(current.review.changes[6], "待查询", note, "b<o>b", WHEN)).save()
    markdown = run_cli("review", PUBLISHED, draft, "--format", "markdown").stdout
    assert "&lt;img src=x onerror=alert(1)&gt; \\| \\\\x1b[31m red" in markdown
    assert "\x1b" not in markdown
    page = run_cli("review", PUBLISHED, draft, "--format", "html").stdout
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "b&lt;o&gt;b" in page and "\x1b" not in page and "\\x1b[31m" in page


def test_output_file_is_written_once_without_force(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    report = tmp_path / "report.html"
    first = run_cli("review", PUBLISHED, draft, "--format", "html", "-o", report)
    assert (first.returncode, first.stdout) == (0, "")
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = run_cli("review", PUBLISHED, draft, "--format", "html", "-o", report)
    assert again.returncode == 2 and "already exists; use --force" in again.stderr
    assert run_cli("review", PUBLISHED, draft, "-o", report, "--force").returncode == 0
    refused = run_cli("review", PUBLISHED, draft, "-o", draft, "--force")
    assert refused.returncode == 2 and "input document" in refused.stderr


def test_merge_from_the_command_line(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    other = tmp_path / "bob.review.toml"
    ours = session(draft)
    ours.marked(mark_for(ours.review.changes[0], "通过", "", "alice", WHEN)).save()
    theirs = session(draft, other)
    theirs = theirs.marked(mark_for(theirs.review.changes[0], "待查询", "合计?", "bob", WHEN))
    theirs.marked(mark_for(theirs.review.changes[1], "通过", "", "bob", WHEN)).save()
    result = run_cli("review", PUBLISHED, draft, "--merge", other, "--fail-on", "query")
    assert result.returncode == 1
    assert "merged" in result.stderr and "1 marks taken, 1 conflicting kept beside" in result.stderr
    assert "1 changes with conflicting marks" in result.stderr
    assert "conflicts (another reviewer's mark disagrees): 1" in result.stdout
    assert "here 通过 (alice 2025-06-01 10:00); also 待查询 — bob 2025-06-01 10:00: 合计?" in (
        result.stdout
    )
    text = (tmp_path / "draft.review.toml").read_text(encoding="utf-8")
    assert text.count("\n[[mark]]\n") == 2 and text.count("\n[[conflict]]\n") == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--review", "{dir}"), "is a directory"),
        (("--merge", "{dir}/missing.toml"), "does not exist"),
    ],
)
def test_trouble_is_one_sentence_and_exit_2(
    tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    draft = copy_draft(tmp_path)
    given = [arg.format(dir=tmp_path) for arg in args]
    result = run_cli("review", PUBLISHED, draft, *given)
    assert result.returncode == 2 and says in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_review_imports_no_textual_nor_rich(tmp_path: Path) -> None:
    draft = copy_draft(tmp_path)
    probe = (
        "import sys, io, contextlib\nfrom budgetdiff.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['review', {str(PUBLISHED)!r}, {str(draft)!r}, '--format', 'html'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')"
        " or m.startswith('budgetdiff.tui')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
