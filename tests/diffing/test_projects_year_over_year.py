"""Issue 16, item 18: the year-over-year diff compares a project's 年度预算安排 and its
stated figures.

A is a document a year before B, made from B by moving every year it prints back by
one (``a_year_earlier``: a year before 年, in a 〔…〕/（…） document number or in a
date; amounts are left alone, and the tables stay equal, which each test checks). So
every project is the same project a year earlier, and nothing but what a test edits
in B may be reported of it: its year, dates and texts moved on by the one year
between the documents are the same.

- ``commerce``: the commerce 2025 部门预算 (samples/real, tab text of its PDF), whose
  four projects are described in prose (项目经费情况说明, pages 23–26). Page 24, read
  from the image: 生命健康专项（政策资金）'s 年度预算安排 says ``2025年度项目总预算1170.00万，
  其中支持企业规模化发展870.00万，…，合计1170.00万。`` B's edit (its tab-text lines 360
  and 361): 1170.00 → 1270.00 and 870.00 → 970.00, the 合计 1170.00 → 1270.00.
- ``port``: the port-office 2017 sample, whose three projects are performance forms. B's
  edit of the first, 单一窗口运维 (lines 317–318): 项目当年预算 161770800 → 171770800 and
  同名项目上年预算额 0 → 161770800, which is what A (a year before) budgets for it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import budgetdiff
from budgetdiff.diffing.model import FieldChange
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.render.diff_csv import render_csv
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_plain
from tests.conftest import PORT_PATH, replace_on_line

COMMERCE = (
    Path(__file__).resolve().parents[2] / "samples" / "real" / "sh-putuo-commerce-2025-dept.pdf"
)
COMMERCE_TEXT, _ = read_pdf(COMMERCE.read_bytes(), str(COMMERCE)).tab_text()
PORT_TEXT = PORT_PATH.read_text(encoding="utf-8")
YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?=\s*年|〕|）|\)|\.\d{1,2}\.)")
HEALTH = "生命健康专项（政策资金）"


def a_year_earlier(text: str) -> str:
    """``text`` with every year it prints (before 年, in a document number, in a date)
    moved back by one."""
    return YEAR.sub(lambda found: str(int(found.group()) - 1), text)


def _pair(text: str, edited: str) -> budgetdiff.Diff:
    a, b = budgetdiff.parse(a_year_earlier(text)), budgetdiff.parse(edited)
    assert (a.year, b.year) == (b.year - 1 if b.year else None, b.year)
    result = budgetdiff.diff(a, b)
    assert result.comparison == "year_over_year"
    assert (result.cells, result.rows) == ((), ())  # the year shift left every figure alone
    return result


def _health_edited() -> str:
    text = replace_on_line(COMMERCE_TEXT, 360, "总预算1170.00万", "总预算1270.00万")
    text = replace_on_line(text, 360, "规模化发展870.00万", "规模化发展970.00万")
    return replace_on_line(text, 361, "合计1170.00万", "合计1270.00万")


def test_projects_a_year_apart_that_did_not_change_are_not_reported() -> None:
    assert _pair(COMMERCE_TEXT, COMMERCE_TEXT).projects == ()
    assert _pair(PORT_TEXT, PORT_TEXT).projects == ()


def test_a_prose_projects_budget_and_its_stated_figures() -> None:
    result = _pair(COMMERCE_TEXT, _health_edited())
    (change,) = result.projects
    assert (change.name, change.kind) == (HEALTH, "changed")
    amounts = [f for f in change.fields if f.kind == "amount"]
    assert amounts == [
        FieldChange("year_budget", 11_700_000, 12_700_000, "amount"),
        FieldChange("stated_sum", 11_700_000, 12_700_000, "amount"),
        FieldChange("components[支持企业规模化发展].amount", 8_700_000, 9_700_000, "amount"),
    ]
    assert [a.amounts.delta for a in amounts if a.amounts] == [1_000_000] * 3
    (text,) = [f for f in change.fields if f.kind == "changed"]
    assert text.path == "texts[年度预算安排]"  # the words that say it, beside the figures


def test_every_format_shows_the_figures_with_their_change() -> None:
    result = _pair(COMMERCE_TEXT, _health_edited())
    plain = render_plain(result)
    line = next(line for line in plain.splitlines() if "stated_sum" in line)
    assert "11,700,000" in line and "12,700,000" in line and "amount ▲ +1,000,000" in line
    (project,) = json.loads(render_json(result))["projects"]
    stated = next(f for f in project["fields"] if f["path"] == "stated_sum")
    assert (stated["a"], stated["b"], stated["delta"], stated["pct"]) == (
        11700000,
        12700000,
        1000000,
        8.55,
    )
    csv_line = f"project,,,{HEALTH},stated_sum,11700000,12700000,1000000,8.55,amount,元,"
    assert csv_line in render_csv(result, bom=False).splitlines()


def test_a_forms_stated_last_year_budget_against_the_year_before() -> None:
    edited = replace_on_line(
        PORT_TEXT, 317, "项目当年预算（元）\t161770800", "项目当年预算（元）\t171770800"
    )
    edited = replace_on_line(edited, 318, "上年预算额（元）\t0\t", "上年预算额（元）\t161770800\t")
    result = _pair(PORT_TEXT, edited)
    (change,) = result.projects
    assert (change.name, change.kind) == ("单一窗口运维", "changed")
    assert change.fields == (
        FieldChange("year_budget", 161_770_800, 171_770_800, "amount"),
        FieldChange("last_year_budget", 0, 161_770_800, "amount"),
    )
    priors = {p.item: p for p in result.priors}
    window = priors["单一窗口运维/同名项目上年预算额"]
    assert (window.stated, window.earlier, window.matches, window.line) == (
        161_770_800,
        161_770_800,
        True,
        318,
    )
    # The sample's other forms state 上年预算额 0: against themselves a year earlier, with
    # a 当年预算 of 10,000,000 for 口岸大通关工作经费, that is a disagreement to show.
    customs = priors["口岸大通关工作经费/同名项目上年预算额"]
    assert (customs.stated, customs.earlier, customs.matches) == (0, 10_000_000, False)
    plain = render_plain(result)
    assert "单一窗口运维/同名项目上年预算额" in plain and "agrees" in plain
