"""The 人员经费 / 公用经费 split wherever a budget states it (issue 16, item 8).

From the page images of the 单位预算 of 上海市普陀区人民政府办公室 (2025, samples/real):
its 财务收支预算总表 (page 8) states 支出总计 人员经费 22,473,997.81 and 公用经费
2,132,777.54; its economic table (page 19) 合计 24,606,775.35 = 人员经费 22,473,997.81
+ 公用经费 2,132,777.54 (301 21,170,337.81 + 303 1,303,660.00, and 302 1,932,777.54 +
310 200,000.00); its 三公 table (page 20) 机关运行经费 213.28 万元. All of its money is
一般公共预算 (支出预算总表's 基本支出 24,606,775.35 = 一般公共预算's), so the summary's
split must equal the economic table's; 机关运行经费 is part of 公用经费, a bound only.

This Shanghai template states no 基本支出 split in its narrative; other producers do
(国家信访局 2026, p. 22: ``一般公共预算基本支出 9,880.88 万元，其中：人员经费 7,504.62 万元…
公用经费 2,376.26 万元``; 泉州 2026, p. 23: ``（一）人员经费 5080.69 万元``; 江苏 2017:
``财政拨款基本支出预算 5,836.27 万元，其中：（一）人员经费 4,704.35 万元``). The tests put
those wordings into the unit budget's 编制说明, with this document's own figures.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CheckResult, Document
from tests.real.documents import BUDGETS, REAL, replace_once, tab_text

UNIT = "sh-putuo-govoffice-2025-unit"
LAST_ITEM = "于购买住房的补贴。\n"
"""The end of the 编制说明's last per-项 statement (page 7), where a statement is put."""


@pytest.fixture(scope="module")
def text() -> str:
    return tab_text(UNIT)


def _split_checks(document: Document) -> list[CheckResult]:
    return [c for c in check_report(document) if c.id.startswith("split.")]


def _problems(document: Document) -> list[tuple[str, str, str]]:
    return [(c.id, c.status, c.message) for c in check_report(document) if c.status != "pass"]


def _with_statement(text: str, statement: str) -> Document:
    return budgetdiff.parse(replace_once(text, LAST_ITEM, LAST_ITEM + statement))


@pytest.mark.parametrize("stem", BUDGETS)
def test_the_real_budgets_agree(stem):
    document = budgetdiff.load(REAL / f"{stem}.pdf")
    assert [c.status for c in _split_checks(document)] in ([], ["pass"])


def test_the_unit_summary_split_agrees_with_the_economic_table(text):
    (summary,) = _split_checks(budgetdiff.parse(text))
    assert (summary.id, summary.status, summary.message) == (
        "split.summary_economic",
        "pass",
        "2 checked, all hold",
    )


def test_a_split_moved_between_the_columns_of_the_summary_is_named(text):
    # 101,200 元 moved from 人员经费 to 公用经费 in row 一 and in 支出总计 of the summary: its
    # rows and columns still add up, 合计 is unchanged, only the split disagrees (the
    # shape of the real 101,200 元 disagreement of issue 16)
    planted = replace_once(text, "13,819,399.88\t1,867,397.54", "13,718,199.88\t1,968,597.54")
    planted = replace_once(
        planted, "22,473,997.81\t2,132,777.54\t66", "22,372,797.81\t2,233,977.54\t66"
    )
    assert _problems(budgetdiff.parse(planted)) == [
        (
            "split.summary_economic",
            "fail",
            "finance_summary 支出总计 人员经费 22,372,797.81 元 (line 121), but economic 合计 "
            "人员经费 is 22,473,997.81 元 (line 267): 101,200 元 apart, and all basic spending "
            "is 一般公共预算",
        ),
        (
            "split.summary_economic",
            "fail",
            "finance_summary 支出总计 公用经费 2,233,977.54 元 (line 121), but economic 合计 "
            "公用经费 is 2,132,777.54 元 (line 267): 101,200 元 apart, and all basic spending "
            "is 一般公共预算",
        ),
    ]


STATEMENTS = [
    # the Ministry of Finance's template, one paragraph
    "2025年一般公共预算基本支出2,460.68万元，其中：人员经费2,247.40万元，主要包括：基本工资、"
    "津贴补贴；公用经费213.28万元，主要包括：办公费、印刷费。\n",
    # 泉州: list items on lines of their own, a space before 万元
    "2025年度一般公共预算拨款基本支出 2460.68 万元，其\n中：\n（一）人员经费 2247.40 万元，"
    "主要包括：基本工资。\n（二）公用经费 213.28 万元，主要包括：办公费。\n",
    # 江苏: 财政拨款基本支出预算 (no other fund has basic spending here)
    "上海市普陀区人民政府办公室2025年度财政拨款基本支出预算2,460.68万元，其中：\n"
    "（一）人员经费2,247.40万元\n（二）公用经费213.28万元\n",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_a_narrative_split_in_any_wording_is_read_and_agrees(text, statement):
    document = _with_statement(text, statement)
    split = document.narrative.basic_split
    assert split is not None
    assert (str(split.total.wan), str(split.personnel.wan), str(split.public.wan)) == (
        "2460.68",
        "2247.40",
        "213.28",
    )
    assert _problems(document) == []
    (narrative,) = [c for c in _split_checks(document) if c.id == "split.narrative"]
    assert narrative.message == "4 checked, all hold"


def test_a_narrative_split_off_the_economic_table_is_named(text):
    # 人员经费 stated 10.12 万元 (101,200 元) too high: it matches neither the economic
    # table nor its own total
    document = _with_statement(text, STATEMENTS[0].replace("2,247.40", "2,257.52"))
    assert _problems(document) == [
        (
            "split.narrative",
            "warn",
            "line 107 states 一般公共预算基本支出 2,460.68 万元, but its 人员经费 and 公用经费 "
            "add up to 2,470.80 万元",
        ),
        (
            "split.narrative",
            "warn",
            "line 107 states 人员经费 2,257.52 万元, but economic 合计 人员经费 (line 268) is "
            "22,473,997.81 元",
        ),
    ]


@pytest.mark.parametrize(
    "statement",
    [
        # 深圳: 在职人员经费 in a list of a unit's whole budget, not a 基本支出 split
        "上海市普陀区人民政府办公室预算9,101.68万元，包括在职人员经费1,000.00万元、公用经费"
        "99.00万元、项目支出6,641.00万元。\n",
        # 人员经费 named in passing, with no 基本支出 total before it
        "基本支出增加的主要原因是人员经费增加50.00万元。\n",
    ],
)
def test_figures_that_are_no_split_are_not_read_as_one(text, statement):
    document = _with_statement(text, statement)
    assert document.narrative.basic_split is None
    assert [c for c in _problems(document) if c[0].startswith("split.")] == []
