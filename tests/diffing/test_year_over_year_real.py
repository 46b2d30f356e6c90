"""A year-over-year diff of one department: wanli 2024 against a 2025 budget built from it.

The 2025 document is the 2024 one with every year moved on by one and its tables
unchanged, so its statement ``财政拨款支出预算15621.11万元，比2024年预算减少876.75万元``
(moved on from the 2024 document's ``比2023年…``) says the 2024 budget was 16,497.86
万元, while the 2024 document prints 156,211,123 元: the diff must say they disagree.
The 一般公共预算 sentence is edited to ``比2024年预算持平``, which agrees.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_plain

WANLI = Path(__file__).resolve().parents[2] / "samples" / "real" / "sh-putuo-wanli-2024-dept.pdf"


def _next_year(text: str) -> str:
    text = text.replace("2024", "〈next〉").replace("2023", "2024").replace("〈next〉", "2025")
    general = "算拨款支出预算15621.11万元，比2024年预算减少876.75万元；"
    assert text.count(general) == 1
    return text.replace(general, "算拨款支出预算15621.11万元，比2024年预算持平；")


@pytest.fixture(scope="module")
def pair() -> tuple[budgetdiff.Document, budgetdiff.Document]:
    text, _ = read_pdf(WANLI.read_bytes(), str(WANLI)).tab_text()
    return budgetdiff.parse(text), budgetdiff.parse(_next_year(text))


def test_the_pair_is_one_department_a_year_apart(pair):
    a, b = pair
    assert (a.department, a.year, b.department, b.year) == (
        "上海市普陀区人民政府万里街道办事处",
        2024,
        "上海市普陀区人民政府万里街道办事处",
        2025,
    )
    result = budgetdiff.diff(a, b)
    assert result.comparison == "year_over_year"
    assert [(i.field, i.a, i.b) for i in result.identity] == [("year", 2024, 2025)]
    # every table aligned by code: the same figures, so no table change at all
    assert result.cells == () and result.rows == ()


def test_stated_previous_totals_against_the_earlier_document(pair):
    a, b = pair
    priors = {p.item: p for p in budgetdiff.diff(a, b).priors if p.code is None}
    spent = priors["财政拨款支出预算"]
    assert (spent.base, spent.stated, spent.earlier, spent.matches) == (
        "预算",
        164_978_600,  # 15,621.11 + 876.75 万元
        156_211_123,
        False,
    )
    general = priors["一般公共预算拨款支出预算"]
    assert (general.stated, general.earlier, general.matches) == (156_211_100, 156_211_123, True)
    assert priors["政府性基金拨款支出预算"].matches is True


def test_per_item_execution_figures_are_listed_not_judged(pair):
    a, b = pair
    items = {p.code: p for p in budgetdiff.diff(a, b).priors if p.code is not None}
    survey = items[
        "2010507"
    ]  # 专项普查活动: 2024年当年预算执行数为60.13万元; the 2024 budget 257,700
    assert (survey.base, survey.stated, survey.earlier, survey.matches) == (
        "预算执行数",
        601_300,
        257_700,
        None,
    )
    assert len(items) == len(b.narrative.items)


def test_sangong_statements_are_computed_against_the_earlier_table(pair):
    a, b = pair
    notes = [n for n in budgetdiff.diff(a, b).stated if n.side == "b" and n.computed is not None]
    assert notes, "B's 三公 statements name 2024, A's year"
    assert all(n.computed == 0 for n in notes)  # the two 三公 tables are the same


def test_every_format_shows_the_disagreement(pair):
    a, b = pair
    result = budgetdiff.diff(a, b)
    plain = render_plain(result)
    assert "说明中的上年数" in plain
    line = next(
        line for line in plain.splitlines() if "财政拨款支出预算" in line and "预算 " in line
    )
    assert "disagrees" in line and "164,978,600" in line and "156,211,123" in line
    data = json.loads(render_json(result))
    (spent,) = [p for p in data["stated_previous"] if p["item"] == "财政拨款支出预算"]
    assert (spent["stated"], spent["earlier"], spent["matches"]) == (164978600, 156211123, False)
