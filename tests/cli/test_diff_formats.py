"""Every planted draft, in every output format: exactly the planted changes, nothing more."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.cli.conftest import PORT, run_cli
from tests.diffing.drafts import DRAFTS, Draft

CODE = re.compile(r"(?<![\d,.])(\d{3}(?:\d\d){0,2})(?![\d,.%])")


def _write(tmp_path: Path, draft: Draft) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(draft.text, encoding="utf-8")
    return path


def _planted_codes(draft: Draft) -> set[str]:
    codes = {code for _, code, *_ in draft.cells if code} | {
        code for _, code, _ in draft.rows if code
    }
    return codes | {code[:3] for code in codes}


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.name)
def test_json_and_csv_carry_exactly_the_planted_changes(tmp_path: Path, draft: Draft) -> None:
    path = _write(tmp_path, draft)
    result = run_cli(PORT, path, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert {
        (c["table"], c["code"], c["column"], c["a"], c["b"]) for c in data["cells"]
    } == draft.cells
    assert {(r["table"], r["code"], r["change"]) for r in data["rows"]} == draft.rows
    assert {(s["item"], s["a"], s["b"]) for s in data["sangong"]} == draft.sangong
    assert {(p["name"], p["change"]) for p in data["projects"]} == draft.projects
    assert {t["section"] for t in data["text"]} == draft.text_sections
    assert set(data["checks"]["new"]) == draft.new_failures

    text = run_cli(PORT, path, "--format", "csv").stdout.removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    cells = {
        (r["table"], r["code"] or None, r["column"], int(r["a"]), int(r["b"]))
        for r in rows
        if r["part"] == "cell"
    }
    assert cells == draft.cells
    assert {(r["table"], r["code"], r["change"]) for r in rows if r["part"] == "row"} == draft.rows
    assert {r["name"] for r in rows if r["part"] == "sangong"} == {s[0] for s in draft.sangong}
    assert {r["name"] for r in rows if r["part"] == "project"} == {p[0] for p in draft.projects}
    assert {r["name"] for r in rows if r["part"] == "check"} == draft.new_failures


@pytest.mark.parametrize("output", ["plain", "markdown"])
@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.name)
def test_human_formats_name_exactly_the_planted_rows(
    tmp_path: Path, draft: Draft, output: str
) -> None:
    result = run_cli(PORT, _write(tmp_path, draft), "--format", output, "--only", "tables")
    if not draft.cells and not draft.rows:
        assert (result.returncode, result.stdout) == (0, "")
        return
    assert result.returncode == 1
    # Leave out the heading lines that name the two files (their paths hold digits).
    body = "\n".join(line for line in result.stdout.splitlines() if ".txt" not in line)
    assert set(CODE.findall(body)) == _planted_codes(draft)
    for *_, a, b in draft.cells:
        assert f"{a:,}" in body and f"{b:,}" in body
    for item, *_ in draft.sangong:
        assert item not in body  # --only tables
