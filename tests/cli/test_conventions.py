"""Issue 11's conventions of the scripted outputs, one test (or more) per convention."""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len
from wcwidth import wcswidth

import budgetdiff
from budgetdiff.cli import COMMANDS, build_parser
from budgetdiff.commands.check import Report, _summary, format_report, verdict
from budgetdiff.model import CheckResult
from budgetdiff.render.diff_text import render_plain, render_rich
from budgetdiff.render.document_view import UNCERTAIN_NOTE
from budgetdiff.render.numbers import format_amount, signed
from tests.cli.conftest import COOPERATION, PORT, ROOT, run_cli

DRAFT = ROOT / "samples" / "drafts" / "shanghai-port-office-2017-draft.txt"
RENDER = ROOT / "src" / "budgetdiff" / "render"


def _block(text: str, title: str) -> list[str]:
    """The lines of the plain grid titled ``title`` (up to the next blank line)."""
    lines = text.splitlines()
    start = lines.index(title)
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


# --help and errors name the subcommand only


@pytest.mark.parametrize("command", COMMANDS)
def test_each_subcommand_help_names_that_subcommand_only(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: budgetdiff {command} [-h]")
    assert "COMMAND" not in result.stdout and "[diff options]" not in result.stdout


def test_a_subcommand_error_names_that_subcommand_only() -> None:
    result = run_cli("show")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: budgetdiff show [-h]")
    assert "budgetdiff show: error: the following arguments are required: file" in result.stderr
    assert "COMMAND" not in result.stderr


@pytest.mark.parametrize(
    ("words", "command"),
    [
        (("show", str(PORT), "--bogus"), "show"),
        (("show", str(PORT), "--format", "json"), "show"),
        (("check", str(PORT), "--bogus", "x"), "check"),
        (("export", str(PORT), "--bogus"), "export"),
        (("explore", "--bogus"), "explore"),
        ((str(PORT), str(COOPERATION), "--bogus"), "diff"),
    ],
)
def test_an_unknown_option_is_named_by_its_subcommand(words: tuple[str, ...], command: str) -> None:
    result = run_cli(*words)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"usage: budgetdiff {command} [-h]")
    option = next(word for word in words if word.startswith("--"))
    assert f"budgetdiff {command}: error: unrecognized arguments: {option}" in result.stderr
    assert "COMMAND" not in result.stderr and "[diff options]" not in result.stderr


def test_explore_without_a_file_reaches_the_command() -> None:
    """No argparse error: commands/explore.py opens the most recent file."""
    args = build_parser().parse_args(["explore"])
    assert (args.command, args.a, args.b) == ("explore", None, None)
    result = run_cli("explore")
    assert result.returncode == 2
    assert "required" not in result.stderr
    assert result.stderr == "budgetdiff: explore needs a terminal; use show or diff in scripts\n"


def test_check_format_has_help_text() -> None:
    text = run_cli("check", "--help").stdout
    assert "--format {text,json}" in text
    assert "one JSON document" in text


# unknown commands suggest the closest one


@pytest.mark.parametrize(
    ("typo", "command"), [("shw", "show"), ("chek", "check"), ("exprt", "export")]
)
def test_a_mistyped_command_suggests_the_closest(typo: str, command: str) -> None:
    result = run_cli(typo, "x")
    assert result.returncode == 2
    assert f"did you mean {command}?" in result.stderr
    assert result.stdout == ""


def test_a_file_named_like_a_command_is_still_a_file(tmp_path: Path) -> None:
    (tmp_path / "shw").write_bytes(PORT.read_bytes())
    result = run_cli(tmp_path / "shw", PORT, "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["identical"] is True


# JSON is always one document


def test_identical_documents_give_one_json_document_saying_so() -> None:
    result = run_cli(PORT, PORT, "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["identical"] is True and data["cells"] == [] and data["rows"] == []


def test_identical_documents_give_a_csv_header() -> None:
    result = run_cli(PORT, PORT, "--format", "csv")
    assert result.returncode == 0
    assert result.stdout == "\ufeffpart,table,code,name,column,a,b,delta,pct,change,unit,doubt\n"


def test_identical_documents_print_nothing_in_human_formats() -> None:
    result = run_cli(PORT, PORT, "--format", "plain")
    assert (result.returncode, result.stdout) == (0, "")


# the diff CSV: BOM, exact numbers, --unit, --stat


def test_diff_csv_has_the_export_csvs_bom_and_exact_numbers() -> None:
    result = run_cli(DRAFT, PORT, "--format", "csv")
    assert result.stdout.startswith("\ufeffpart,")
    lines = result.stdout.splitlines()
    assert "sangong,sangong,,合计,,1421500,1420500,-1000,-0.07,amount,元," in lines
    # a change of 0.0005 %: two decimals would say 0, the CSV keeps two significant digits
    assert "cell,expenditure,,合计,合计,194830473,194829473,-1000,-0.00051,amount,元," in lines
    assert not any(",'-" in line for line in lines)  # numbers are not guarded as formulas


def test_diff_csv_honours_unit_exactly() -> None:
    lines = run_cli(DRAFT, PORT, "--format", "csv", "--unit", "万元").stdout.splitlines()
    assert "sangong,sangong,,合计,,142.15,142.05,-0.1,-0.07,amount,万元," in lines
    assert "cell,expenditure,,合计,合计,19483.0473,19482.9473,-0.1,-0.00051,amount,万元," in lines
    yi = run_cli(DRAFT, PORT, "--format", "csv", "--unit", "亿元").stdout.splitlines()
    assert "sangong,sangong,,合计,,0.014215,0.014205,-0.00001,-0.07,amount,亿元," in yi


def test_diff_csv_stat_is_a_table_per_changed_table() -> None:
    result = run_cli(DRAFT, PORT, "--format", "csv", "--stat", "--unit", "万元")
    assert result.stdout.splitlines() == [
        "\ufefftable,changed,added,removed,total_delta,unit,doubtful,columns,reclassified",
        "expenditure,4,0,0,-0.1,万元,0,,",
        "sangong,2,0,0,-0.1,万元,0,,",
    ]


def test_diff_csv_rows_are_in_code_order() -> None:
    lines = run_cli(PORT, COOPERATION, "--format", "csv").stdout.splitlines()
    economic = [line.split(",")[2] for line in lines if line.split(",")[1:2] == ["economic"]]
    coded = [code for code in economic if code]
    assert coded == sorted(coded)
    assert "30199" in coded and "30203" in coded


# 万元 and 亿元 never show a non-zero amount as zero


@pytest.mark.parametrize(
    ("amount", "unit", "shown"),
    [
        (2_840, "亿元", "<0.0001"),
        (-2_840, "亿元", "-<0.0001"),
        (35_000, "亿元", "0.0004"),
        (105_000, "亿元", "0.0011"),
        (1_420_500, "亿元", "0.0142"),
        (19_483_047_300, "亿元", "194.8305"),
        (49, "万元", "0.0049"),
        (1, "万元", "0.0001"),
        (Decimal("0.4"), "万元", "<0.0001"),
        (Decimal("0.5"), "万元", "0.0001"),
        (1_420_500, "万元", "142.05"),
        (0, "亿元", "0.0000"),
        (2_840, "元", "2,840"),
    ],
)
def test_small_amounts_keep_decimals_or_say_below(amount: int, unit: str, shown: str) -> None:
    assert format_amount(amount, unit) == shown


def test_a_small_change_is_marked_and_signed() -> None:
    assert signed(-1_000, "亿元") == "▼ -<0.0001"
    assert signed(35_000, "亿元") == "▲ +0.0004"


def test_show_in_yi_yuan_shows_no_misleading_zero() -> None:
    lines = run_cli("show", PORT, "--table", "economic", "--unit", "亿元").stdout.splitlines()
    (fee,) = [line for line in lines if line.startswith("30204")]
    assert fee.split()[2:] == ["<0.0001", "<0.0001"]  # 手续费 2,840 元


def test_diff_in_yi_yuan_shows_no_misleading_zero() -> None:
    text = run_cli(DRAFT, PORT, "--format", "plain", "--unit", "亿元").stdout
    assert "0.0000" not in text
    assert "▼ -<0.0001" in text


# Rich wraps names


def _rich_name(text: str, code: str, column: str) -> str:
    """The name of the row ``code`` ``column`` in Rich output: its first line's part and
    the parts folded onto the lines below it."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.split()[:1] == [code] and column in line)
    name = lines[first].split()[1]
    for line in lines[first + 1 :]:
        if len(line) - len(line.lstrip()) <= 4 or not line.strip():
            break
        name += line.split()[0]
    return name


@pytest.mark.parametrize("width", [80, 100, 120])
def test_rich_output_wraps_names_instead_of_cutting_them(width: int) -> None:
    diff = budgetdiff.diff(budgetdiff.load(PORT), budgetdiff.load(COOPERATION))
    from budgetdiff.diffing.selection import select

    text = render_rich(select(diff, ("tables",), None, None), width=width, color=False)
    assert "…" not in text
    assert max(cell_len(line) for line in text.splitlines()) <= width
    assert _rich_name(text, "2080505", "合计") == "机关事业单位基本养老保险缴费支出"
    assert "2080505" in text  # codes are never folded


def test_show_with_color_always_piped_wraps_project_names() -> None:
    result = run_cli("show", PORT, "--table", "projects", "--color", "always")
    assert "…" not in result.stdout
    assert "单一窗口" in result.stdout and "运维" in result.stdout


# two-sided tables keep 收入 and 支出 apart; rows in code order


def test_plain_diff_of_a_two_sided_table_keeps_income_and_expenditure_apart() -> None:
    text = run_cli(PORT, COOPERATION, "--format", "plain").stdout
    for table in ("finance_summary", "fiscal_summary"):
        names = [line.split()[0] for line in _block(text, f"{table} (元)")[3:]]
        sides = ["收入" if name.startswith("收入") else "支出" for name in names]
        assert sides == sorted(sides, key=("收入", "支出").index), table
        assert names.index("收入总计") == sides.count("收入") - 1
        assert names[-1] == "支出总计"


def test_a_renamed_item_whose_amounts_changed_is_listed_once() -> None:
    text = run_cli(PORT, COOPERATION, "--format", "plain").stdout
    block = _block(text, "fiscal_summary (元)")
    renamed = [line for line in block if "一般公共服务支出" in line]
    assert len(renamed) == 2  # its two changed columns, no third "renamed" row
    assert all("(was 支出:一般公共预算支出)" in line for line in renamed)
    assert not any("renamed" in line for line in block)


def test_added_economic_rows_are_in_code_order() -> None:
    text = run_cli(PORT, COOPERATION, "--format", "plain").stdout
    codes = [line.split()[0] for line in _block(text, "economic (元)")[3:]]
    codes = [code for code in codes if code not in ("+", "−", "合计")]
    assert codes == sorted(codes)
    marked = [line.split()[:2] for line in _block(text, "economic (元)") if line[:2] in "+ − "]
    assert ["+", "30199"] in marked and ["+", "30203"] in marked


# the narrative: wrapped, spans marked


def test_narrative_is_wrapped_to_100_columns_when_piped() -> None:
    text = run_cli(PORT, COOPERATION, "--format", "plain").stdout
    narrative = text[text.index("说明 (narrative)") :].splitlines()
    assert len(narrative) > 20
    assert max(wcswidth(line) for line in narrative) <= 100
    assert "  [-口岸服务-]{+人民政府合作交流+}  行 77→54" in narrative
    assert "  [-19,483-]{+4,918+}  number, 行 77→54" in narrative


def test_narrative_wraps_to_the_width_given() -> None:
    diff = budgetdiff.diff(budgetdiff.load(PORT), budgetdiff.load(COOPERATION))
    text = render_plain(diff, width=60)
    narrative = text[text.index("说明 (narrative)") :].splitlines()
    assert max(wcswidth(line) for line in narrative) <= 60
    assert any(line.startswith("      ") for line in narrative)  # a continued span


def test_rich_narrative_marks_the_spans() -> None:
    diff = budgetdiff.diff(budgetdiff.load(PORT), budgetdiff.load(COOPERATION))
    text = render_rich(diff, width=100, color=False)
    assert "[-口岸服务-]{+人民政府合作交流+}" in text


# check: grammar, an unreadable file said once


def _result(status: str = "pass") -> CheckResult:
    return CheckResult("tree.sum", status, "1 checked, all hold")  # type: ignore[arg-type]


def test_check_counts_are_singular_for_one() -> None:
    report = Report("a.txt", "title", (_result(),), unparsed=1, lines=500)
    (line,) = format_report(report)
    assert "(1 identity holds, 0 fail, 0 warn, 1 unparsed line)" in line
    assert _summary([report], [verdict(report)]).startswith("summary: 1 document, ")


def test_an_unreadable_file_is_reported_once_on_stderr() -> None:
    result = run_cli("check", "nosuch.txt", PORT)
    assert result.returncode == 2
    assert "nosuch.txt" not in result.stdout.split("summary:")[0]
    assert result.stderr.count("nosuch.txt does not exist") == 1
    assert "summary: 2 documents, 0 with failures, 0 with warnings, 1 unreadable" in result.stdout


# the ? of an uncertain checkbox reading is explained where it is shown


def test_an_uncertain_checkbox_reading_is_explained_under_the_table() -> None:
    text = run_cli("show", PORT, "--table", "projects").stdout
    assert "其他一次性项目?" in text
    assert text.rstrip("\n").endswith(UNCERTAIN_NOTE)
    assert "勾选框读取不确定" in UNCERTAIN_NOTE and "uncertain" in UNCERTAIN_NOTE
    docs = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    assert "`?`" in docs and "勾选框读取不确定" in docs


def test_a_certain_reading_has_no_legend() -> None:
    text = run_cli("show", COOPERATION, "--table", "projects").stdout
    assert ("?" in text) == (UNCERTAIN_NOTE in text)


# the 三公 table has no empty last column


@pytest.mark.parametrize("output", ["plain", "markdown"])
def test_sangong_grid_has_no_empty_column(output: str) -> None:
    text = run_cli(DRAFT, PORT, "--format", output).stdout
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "三公经费" in line)
    grid = [line for line in lines[start + 1 : start + 6] if line.strip()]
    if output == "plain":
        assert grid[1].split() == ["----------", "---------", "---------", "--------", "------"]
    else:
        assert all(line.count("|") == 6 for line in grid)
        assert not any("|    |" in line or line.endswith("|  |") for line in grid)


# render imports no tui; the Rich colours come from the command


def test_render_imports_nothing_of_the_explorer() -> None:
    for path in sorted(RENDER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("budgetdiff.tui", "textual")), path
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith(("budgetdiff.tui", "textual")) for a in node.names)


@pytest.mark.parametrize(("increase_red", "code"), [("true", "\x1b[31m"), ("false", "\x1b[32m")])
def test_rich_diff_follows_the_increase_red_setting(
    tmp_path: Path, increase_red: str, code: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f"increase_red = {increase_red}\n", encoding="utf-8")
    result = run_cli(
        PORT, DRAFT, "--color", "always", "--no-pager", env={"BUDGETDIFF_CONFIG": str(config)}
    )
    before = result.stdout[: result.stdout.index("▲")]
    assert before[before.rindex("\x1b[") :] == code


def test_render_rich_takes_increase_red_as_an_argument() -> None:
    diff = budgetdiff.diff(budgetdiff.load(PORT), budgetdiff.load(DRAFT))
    green = render_rich(diff, width=160, increase_red=False)
    before = green[: green.index("▲")]
    assert before[before.rindex("\x1b[") :] == "\x1b[32m"
