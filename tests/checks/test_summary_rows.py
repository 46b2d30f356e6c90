"""Row sums of the summaries' expenditure side (issue 16, item 7): 合计 = its parts.

The 单位预算 of samples/real (上海市普陀区人民政府办公室, 2025) splits its 财务收支预算总表's
预算数 into 合计 | 人员经费 | 公用经费 | 项目支出 (page 8: 一、一般公共服务支出 82,096,797.42 =
13,819,399.88 + 1,867,397.54 + 66,410,000.00; 支出总计 91,016,775.35 = 22,473,997.81 +
2,132,777.54 + 66,410,000.00). A real unit budget printed 79,189,400.34 where its parts
added to 79,189,400: each test below plants that kind of error in the PDF's own text.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CheckResult
from tests.real.documents import replace_once, tab_text

UNIT = "sh-putuo-govoffice-2025-unit"


@pytest.fixture(scope="module")
def text() -> str:
    return tab_text(UNIT)


def _row_sums(text: str) -> list[CheckResult]:
    return [c for c in check_report(budgetdiff.parse(text)) if c.id == "row.sum"]


def test_the_published_rows_add_up(text):
    (row_sum,) = _row_sums(text)
    assert row_sum.status == "pass"


def test_a_total_above_its_parts_fails_on_its_row_and_on_the_grand_total(text):
    # 项目支出 of 一、一般公共服务支出 and of 支出总计 lowered by 0.34 元: every column still
    # adds up and 合计 still matches the expenditure table, but 合计 is no longer the sum
    # of 人员经费 + 公用经费 + 项目支出 (the shape of the real 79,189,400.34 error)
    planted = replace_once(text, "1,867,397.54\t66,410,000.00", "1,867,397.54\t66,409,999.66")
    planted = replace_once(planted, "2,132,777.54\t66,410,000.00", "2,132,777.54\t66,409,999.66")
    document = budgetdiff.parse(planted)
    problems = [(c.id, c.status, c.message) for c in check_report(document) if c.status != "pass"]
    assert problems == [
        (
            "row.sum",
            "fail",
            "finance_summary 一、一般公共服务支出 (line 114): 合计 82,096,797.42 元, but "
            "人员经费 + 公用经费 + 项目支出 = 82,096,797.08 元",
        ),
        (
            "row.sum",
            "fail",
            "finance_summary 支出总计 (line 121): 合计 91,016,775.35 元, but "
            "人员经费 + 公用经费 + 项目支出 = 91,016,775.01 元",
        ),
    ]


def test_a_difference_the_printed_fen_explain_is_a_note(text):
    # 0.01 元 off on one row of a table printed with fen: within the rounding of four
    # printed figures (4 × 0.005 元), a note and not a failure
    planted = replace_once(text, "3,948,399.28\t265,380.00", "3,948,399.29\t265,380.00")
    planted = replace_once(planted, "91,016,775.35\t22,473,997.81", "91,016,775.35\t22,473,997.82")
    (row_sum,) = _row_sums(planted)
    assert row_sum.status == "pass"
    assert "2 within rounding" in row_sum.message


def test_the_fiscal_summary_grand_total_is_checked_too(text):
    # 财政拨款收支预算总表's 支出总计 合计 raised by 1.00 元 (page 13): its fund columns no
    # longer add up to it (the table no longer balances either, another check's concern)
    line = "支出总计\t91,016,775.35\t91,016,775.35"
    assert text.count(line) == 1
    planted = text.replace(line, "支出总计\t91,016,776.35\t91,016,775.35")
    found = [c for c in _row_sums(planted) if c.status == "fail"]
    assert [c.message.split(":")[0] for c in found] == ["fiscal_summary 支出总计 (line 184)"]


@pytest.mark.parametrize(
    ("columns", "identities"),
    [
        # the 部门预算 summary: one 预算数 column, nothing to add up
        (("预算数",), ()),
        (
            ("合计", "人员经费", "公用经费", "项目支出"),
            (("合计", ("人员经费", "公用经费", "项目支出")),),
        ),
        # a producer printing 基本支出 as a column of its own beside its two parts
        (
            ("合计", "基本支出", "人员经费", "公用经费", "项目支出"),
            (("合计", ("基本支出", "项目支出")), ("基本支出", ("人员经费", "公用经费"))),
        ),
        (
            ("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
            (("合计", ("一般公共预算", "政府性基金预算", "国有资本经营预算")),),
        ),
    ],
)
def test_which_columns_add_up(columns, identities):
    from budgetdiff.checks.summary_rows import row_identities

    assert row_identities(columns) == identities
