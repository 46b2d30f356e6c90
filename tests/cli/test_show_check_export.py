"""The show, check and export commands on the real samples: output and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli.conftest import COOPERATION, PORT, run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("budgetdiff 0.")


def test_show_plain_is_aligned_and_exact() -> None:
    result = run_cli("show", COOPERATION, "--table", "expenditure")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "上海市合作交流办公室 2017 单位预算"
    assert "\x1b" not in result.stdout
    row = next(line for line in lines if line.startswith("2010301"))
    assert row.split() == ["2010301", "行政运行", "26,912,226", "21,332,226", "5,580,000"]
    total = next(line for line in lines if "合计" in line and "49,176,950" in line)
    assert total.split() == ["合计", "49,176,950", "30,248,466", "18,928,484"]
    # Amount columns end at the same display column on every row.
    from wcwidth import wcswidth

    full_rows = [
        line for line in lines if line[:3] in ("201", "208", "210") and len(line.split()) == 5
    ]
    assert len(full_rows) >= 6
    assert len({wcswidth(line) for line in full_rows}) == 1


def test_show_is_deterministic() -> None:
    first = run_cli("show", PORT)
    second = run_cli("show", PORT)
    assert first.returncode == 0
    assert first.stdout == second.stdout
    assert "sangong:" in first.stdout and "projects:" in first.stdout


def test_show_units() -> None:
    result = run_cli("show", PORT, "--table", "expenditure", "--unit", "万元")
    total = next(line for line in result.stdout.splitlines() if line.strip().startswith("合计"))
    assert total.split() == ["合计", "19,482.95", "1,590.63", "17,892.31"]
    result = run_cli("show", PORT, "--table", "expenditure", "--unit", "亿元")
    total = next(line for line in result.stdout.splitlines() if line.strip().startswith("合计"))
    assert total.split() == ["合计", "1.9483", "0.1591", "1.7892"]


def test_show_economic_tree_indents_sections() -> None:
    result = run_cli("show", PORT, "--table", "economic")
    lines = result.stdout.splitlines()
    assert any(line.startswith("30101    基本工资") or "  基本工资" in line for line in lines)
    category = next(line for line in lines if line.startswith("302 "))
    assert "商品和服务支出" in category and "4,170,802" in category


def test_show_color_always_styles_and_never_does_not() -> None:
    styled = run_cli("show", PORT, "--table", "sangong", "--color", "always")
    assert "\x1b[" in styled.stdout
    assert "142.05" not in styled.stdout  # the default unit is 元
    assert "1,420,500" in styled.stdout
    plain = run_cli("show", PORT, "--table", "sangong", "--color", "never")
    assert "\x1b" not in plain.stdout
    forced = run_cli("show", PORT, "--table", "sangong", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in forced.stdout
    no_color = run_cli(
        "show", PORT, "--table", "sangong", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
    )
    assert "\x1b" not in no_color.stdout


def test_show_unparsed_lists_lines(tmp_path: Path) -> None:
    text = PORT.read_text(encoding="utf-8").splitlines()
    text.insert(150, "这一行不属于任何表格\t12")
    draft = tmp_path / "draft.txt"
    draft.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = run_cli("show", draft, "--unparsed", "--table", "sangong")
    assert "unparsed line 151: 这一行不属于任何表格" in result.stdout
    clean = run_cli("show", PORT, "--unparsed", "--table", "sangong")
    assert "unparsed lines: none" in clean.stdout


def test_check_samples_pass() -> None:
    result = run_cli("check", PORT, COOPERATION)
    assert result.returncode == 0
    assert "summary: 2 documents, 0 with failures, 1 with warnings, 0 unreadable" in result.stdout
    assert "增加减少13.9万元" in result.stdout


def _draft(tmp_path: Path, old: str, new: str, name: str = "draft.txt") -> Path:
    text = PORT.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    draft = tmp_path / name
    draft.write_text(text.replace(old, new, 1), encoding="utf-8")
    return draft


def test_check_fails_on_a_planted_error(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "142.05\t84.15", "142.05\t84.25")
    result = run_cli("check", draft)
    assert result.returncode == 1
    assert "fail sangong.sum" in result.stdout
    assert "1,420,500 元" in result.stdout and "1,421,500 元" in result.stdout


def test_check_directory_in_parallel_and_unreadable_input(tmp_path: Path) -> None:
    for index in range(4):
        shutil.copy(PORT, tmp_path / f"port-{index}.txt")
    shutil.copy(COOPERATION, tmp_path / "cooperation.txt")
    result = run_cli("check", tmp_path)
    assert result.returncode == 0
    assert "summary: 5 documents, 0 with failures, 1 with warnings, 0 unreadable" in result.stdout
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("check", tmp_path)
    assert result.returncode == 2
    assert "1 unreadable" in result.stdout
    assert result.stderr.strip().endswith("is empty")


def test_check_json(tmp_path: Path) -> None:
    result = run_cli("check", PORT, "--format", "json")
    reports = json.loads(result.stdout)
    assert reports[0]["path"] == str(PORT)
    assert {check["status"] for check in reports[0]["checks"]} == {"pass"}


def test_export_json_to_stdout_and_file(tmp_path: Path) -> None:
    result = run_cli("export", PORT)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "budgetdiff.document/1"
    target = tmp_path / "port.json"
    assert run_cli("export", PORT, "-o", target).returncode == 0
    assert json.loads(target.read_text(encoding="utf-8")) == data
    again = run_cli("export", PORT, "-o", target)
    assert again.returncode == 2
    assert "already exists; use --force" in again.stderr
    assert run_cli("export", PORT, "-o", target, "--force").returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["port.json"]


def test_export_needs_a_target_for_files() -> None:
    result = run_cli("export", PORT, "--format", "xlsx")
    assert result.returncode == 2
    assert "name the target with -o PATH" in result.stderr
