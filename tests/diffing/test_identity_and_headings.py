"""The diff reports what a document is and how its headings read (issue 7, items 7, 14, 15).

A draft whose title names another year or department, whose headings or form
carry another year, or whose two-sided items are renumbered is not the same
document; nor is one with a repeated code or a name carrying invisible characters.
"""

from __future__ import annotations

import json

import budgetdiff
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_plain
from tests.cli.conftest import run_cli
from tests.conftest import replace_on_line

TITLE = "上海市口岸服务办公室 2017 年度部门预算"


def _diff(port_text: str, edited: str) -> budgetdiff.Diff:
    return budgetdiff.diff(budgetdiff.parse(port_text), budgetdiff.parse(edited))


def test_a_changed_year_in_the_title_is_reported_first(port_text):
    result = _diff(port_text, replace_on_line(port_text, 3, "2017", "2016"))
    assert not result.identical
    assert [(i.field, i.a, i.b) for i in result.identity] == [("year", 2017, 2016)]
    plain = render_plain(result)
    assert plain.splitlines()[4] == "identity: year 2017 → 2016"
    assert json.loads(render_json(result))["identity"] == [{"field": "year", "a": 2017, "b": 2016}]


def test_a_renamed_department_is_reported(port_text):
    result = _diff(port_text, replace_on_line(port_text, 3, "口岸服务办公室", "口岸办"))
    assert [(i.field, i.a, i.b) for i in result.identity] == [
        ("department", "上海市口岸服务办公室", "上海市口岸办")
    ]


def test_the_cli_exits_1_for_a_title_change(tmp_path, port_path, port_text):
    draft = tmp_path / "draft.txt"
    draft.write_text(replace_on_line(port_text, 3, "2017", "2016"), encoding="utf-8")
    result = run_cli(str(port_path), str(draft), "--format", "plain")
    assert result.returncode == 1
    assert "identity: year 2017 → 2016" in result.stdout


def test_a_table_heading_year_is_a_text_change(port_text):
    result = _diff(port_text, replace_on_line(port_text, 134, "2017", "2016"))
    assert [(t.section, t.kind) for t in result.text] == [("expenditure/标题", "changed")]
    (number,) = result.text[0].numbers
    assert (number.a, number.b, number.a_line, number.b_line) == ("2017", "2016", 134, 134)


def test_a_section_heading_year_is_a_text_change(port_text):
    result = _diff(port_text, replace_on_line(port_text, 75, "2017", "2016"))
    changes = [(t.section, t.kind) for t in result.text]
    assert changes == [("2016 年部门预算编制说明/标题", "changed")]


def test_a_form_year_line_is_a_project_change(port_text):
    result = _diff(port_text, replace_on_line(port_text, 305, "2017", "2016"))
    assert [(p.kind, [(f.path, f.a, f.b) for f in p.fields]) for p in result.projects] == [
        ("changed", [("year", 2017, 2016)])
    ]


def test_a_renumbered_two_sided_item_is_renamed(port_text):
    result = _diff(port_text, replace_on_line(port_text, 98, "二、事业收入", "三、事业收入"))
    assert [(r.table, r.kind, r.name, r.old_name) for r in result.rows] == [
        ("finance_summary", "renamed", "收入:三、事业收入", "收入:二、事业收入")
    ]


def test_a_repeated_code_shows_in_the_diff(port_text):
    lines = port_text.split("\n")
    assert lines[254].startswith("302\t26\t")
    edited = "\n".join([*lines[:255], "302\t26\t\t劳务费\t999,999", *lines[255:]])
    result = _diff(port_text, edited)
    assert [(r.table, r.code, r.kind, r.values["合计"], r.b_line) for r in result.rows] == [
        ("economic", "30226", "duplicated", 999_999, 256)
    ]
    assert result.checks.new == ("table.unique_codes",)
    assert "! 30226  劳务费 (code repeated, B line 256)" in render_plain(result)


def test_names_differing_only_by_invisible_characters_are_said_to(port_text):
    edited = replace_on_line(port_text, 191, "\t行政运行\t", "\t行政\u200b运行\t")
    result = _diff(port_text, edited)
    (row,) = result.rows
    assert (row.code, row.kind, row.invisible_only) == ("2010301", "renamed", True)
    assert json.loads(render_json(result))["rows"][0]["name"] == "行政\u200b运行"
    plain = render_plain(result)
    assert "行政\\u200b运行 (was 2010301 行政运行)" in plain
    assert "(names differ only by invisible characters)" in plain
    assert "\u200b" not in plain


def test_a_real_rename_is_not_called_invisible(port_text):
    edited = replace_on_line(port_text, 191, "\t行政运行\t", "\t行政运转\t")
    (row,) = _diff(port_text, edited).rows
    assert (row.kind, row.invisible_only) == ("renamed", False)


def test_the_two_samples_do_not_report_their_headings_as_changed(port_text, coop_text):
    result = _diff(port_text, coop_text)
    assert not [t for t in result.text if t.section.endswith("/标题")]
    assert [(i.field) for i in result.identity] == ["department", "kind"]


def test_an_unread_identity_is_never_called_the_same_department(port_text):
    # without its title line the document's department and year are unknown
    lines = port_text.split("\n")
    assert lines[2] == TITLE
    untitled = "\n".join(lines[:2] + lines[3:])
    result = _diff(port_text, untitled)
    assert result.comparison == "unknown"
    assert result.unread == ("B department", "B year")
    assert render_plain(result).splitlines()[0] == (
        "budgetdiff: B relative to A (not known how they relate: B department, B year not read)"
    )


def test_a_unit_budget_against_its_department_budget_is_no_draft():
    from tests.real.documents import REAL

    a = budgetdiff.load(REAL / "sh-putuo-govoffice-2025-dept.pdf")
    b = budgetdiff.load(REAL / "sh-putuo-govoffice-2025-unit.pdf")
    result = budgetdiff.diff(a, b)
    assert result.comparison == "other_kind"
    assert [(i.field, i.a, i.b) for i in result.identity] == [("kind", "部门预算", "单位预算")]
    assert "draft" not in render_plain(result).splitlines()[0]
    # lines of a PDF are said as pages: the text view's 行 column and the JSON
    spans = [span for change in result.text for span in change.spans]
    assert spans and all(span.a_line in a.origin for span in spans if span.a_line)
    data = json.loads(render_json(result))
    span = next(s for t in data["text"] for s in t["spans"] if s["a_line"])
    assert (span["a_page"], span["a_page_line"]) == a.origin[span["a_line"]]
    assert "p." in render_plain(result)


def test_a_changed_sangong_note_is_a_text_change(port_text):
    lines = port_text.split("\n")
    assert lines[275].startswith("142.05\t")
    base = "\n".join([*lines[:276], "注：本表为部门预算。", *lines[276:]])
    edited = base.replace("注：本表为部门预算。", "注：本表为空表。")
    result = _diff(base, edited)
    assert [(t.section, t.kind) for t in result.text] == [("sangong/注", "changed")]
