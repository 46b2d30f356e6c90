"""决算 per-项 statements in every wording of the family (issue 16, item 2), and
completion rates against a zero budget (item 10).

Built from the 财政局 2024 部门决算 (samples/real), its text as the PDF reader gives it.
Its part 五（三） (p21-22) states the overall figure and eleven per-项 statements:
``一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的
98.20%。…其中：1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：…
年初预算为1560.05 万元，支出决算为1511.89万元。决算数小于预算数的主要原因：…``.
Each test rewrites that part in another wording and expects the same statements read and
checked (a planted error in the new wording must fail); a statement that cannot be read
with confidence is a note, never read as something else.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CheckResult, Document
from budgetdiff.parser.pdf_reader import read_pdf
from tests.real.documents import REAL

STEM = "sh-putuo-finance-2024-final"
PART = "（三）一般公共预算财政拨款支出决算具体情况"
NEXT = "六、一般公共预算财政拨款基本支出决算情况说明"
ITEMS = 11
OWN = {("final.narrative.figures", "fail"), ("final.narrative.shares", "fail")}
"""What the published document itself gets wrong (tests/real/test_real_finals.py)."""


@pytest.fixture(scope="module")
def text() -> str:
    path = REAL / f"{STEM}.pdf"
    return read_pdf(path.read_bytes(), str(path)).tab_text()[0]


def in_part(text: str, old: str, new: str, count: int | None = None) -> str:
    """``text`` with ``old`` replaced by ``new`` inside part 五（三） only."""
    start = text.index(PART)
    end = text.index(NEXT, start)
    part = text[start:end]
    if count is not None:
        assert part.count(old) == count, (old, part.count(old))
    return text[:start] + part.replace(old, new) + text[end:]


def problems(document: Document) -> list[CheckResult]:
    return [c for c in check_report(document) if c.status != "pass" and (c.id, c.status) not in OWN]


def results(document: Document, check_id: str) -> list[CheckResult]:
    return [c for c in check_report(document) if c.id == check_id]


def test_the_original_reads_its_eleven_statements(text: str) -> None:
    document = budgetdiff.parse(text)
    assert len(document.narrative.executions) == ITEMS
    assert document.narrative.unread == ()
    assert problems(document) == []


@pytest.mark.parametrize(
    ("budget", "rate"),
    [
        ("全年预算为", "完成全年预算的"),  # the 决算 wording
        ("调整预算为", "完成调整预算的"),
        ("预算数为", "完成预算的"),
        ("调整后预算为", "完成调整后预算的"),
    ],
)
def test_every_budget_wording_is_read(text: str, budget: str, rate: str) -> None:
    edited = in_part(text, "年初预算为", budget, ITEMS + 1)
    edited = in_part(edited, "成年初预算的", rate[1:], 1)  # the PDF breaks the line at 完
    document = budgetdiff.parse(edited)
    narrative = document.narrative
    assert len(narrative.executions) == ITEMS and narrative.unread == ()
    assert narrative.execution is not None and narrative.execution.rate is not None
    assert str(narrative.execution.budget.wan) == "2993.92"  # type: ignore[union-attr]
    assert problems(document) == []
    assert (
        results(document, "final.narrative.actual")[0].message == f"{ITEMS + 2} checked, all hold"
    )  # with the 三公 statement
    # a completion rate off in that wording fails: 2940.05 ÷ 2993.92 = 98.20%
    planted = budgetdiff.parse(in_part(edited, f"{rate[1:]}98.20%", f"{rate[1:]}97.20%", 1))
    (check,) = problems(planted)
    assert (check.id, check.status) == ("final.narrative.rate", "fail")
    assert "97.20%" in check.message and "98.20%" in check.message


@pytest.mark.parametrize(
    "head",
    [
        "1、一般公共服务支出(类)财政事务(款)行政运行(项)",  # half-width brackets
        "1、一般公共服务支出（201类）财政事务（06款）行政运行（01项）",  # codes in the marks
        "1、一般公共服务支出（类）财政事务（款）行政运行（2010601）",  # the 项's full code
        "1、“一般公共服务支出（类）财政事务（款）行政运行（项）”",  # quoted
        "（1）一般公共服务支出（类）财政事务（款）行政运行（项）",  # another list number
    ],
)
def test_every_head_wording_is_read_and_checked(text: str, head: str) -> None:
    original = "1、一般公共服务支出（类）财政事务（款）行政运行（项）"
    edited = in_part(text, original, head, 1)
    document = budgetdiff.parse(edited)
    first = document.narrative.executions[0]
    assert (first.names, first.code, str(first.actual.wan)) == (  # type: ignore[union-attr]
        ("一般公共服务支出", "财政事务", "行政运行"),
        "2010601",
        "1511.89",
    )
    assert len(document.narrative.executions) == ITEMS
    assert problems(document) == []
    # its 支出决算 planted 10 万元 off fails against 2010601
    planted = budgetdiff.parse(in_part(edited, "支出决算为1511.89万", "支出决算为1521.89万", 1))
    found = {(c.id, c.status) for c in problems(planted)}
    assert ("final.narrative.actual", "fail") in found


def test_a_statement_of_a_款(text: str) -> None:
    """Item 9 printed without its 项: ``卫生健康支出（类）行政事业单位医疗（款）``, checked
    against 21011 (its only 项 is 2101101, 60.99 万元)."""
    edited = in_part(
        text,
        "9、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）",
        "9、卫生健康支出（类）行政事业单位医疗（款）",
        1,
    )
    document = budgetdiff.parse(edited)
    ninth = document.narrative.executions[8]
    assert (ninth.names, ninth.code) == (("卫生健康支出", "行政事业单位医疗"), "21011")
    assert problems(document) == []


def test_a_rate_against_a_zero_budget_fails(text: str) -> None:
    """Item 2 rewritten: 年初预算 0.00, 支出决算 10.00, ``完成年初预算的95.89%``: no rate of
    a zero budget follows from spending 10 万元 (the issue's case). 0 of 0 (the 三公
    items of the same document) stays a ``not checkable`` note."""
    edited = in_part(
        text,
        "年初预算为10.00 万元，支出决算为10.00万元。\n决算数与预算数基本持平。",
        "年初预算为0.00 万元，支出决算为10.00万元，完成年初预算的95.89%。\n决算数大于预算数。",
        1,
    )
    document = budgetdiff.parse(edited)
    check, implied = problems(document)
    assert (check.id, check.status) == ("final.narrative.rate", "fail")
    assert "95.89%" in check.message and "年初预算 of 0" in check.message
    # what the edit implies: the 项's 年初预算 no longer add up to 2993.92
    assert (implied.id, implied.status) == ("final.narrative.item_sums", "fail")
    (rate,) = [c for c in results(budgetdiff.parse(text), "final.narrative.rate")]
    assert rate.status == "pass" and "2 not checkable" in rate.message


def test_a_rate_of_another_budget_is_not_read(text: str) -> None:
    # 全年预算 stated, the rate said of 年初预算: which budget the rate is of is unknown
    edited = in_part(
        text,
        "年初预算为1560.05 万元，支出决算为1511.89万\n元。",
        "全年预算为1560.05 万元，支出决算为1511.89万\n元，完成年初预算的96.91%。",
        1,
    )
    document = budgetdiff.parse(edited)
    assert len(document.narrative.executions) == ITEMS - 1
    (unread,) = document.narrative.unread
    assert "completion rate of 年初预算" in unread.reason
    assert problems(document) == []
    (names,) = results(document, "final.narrative.item_names")
    assert "1 not read: " in names.message


# ------------------------------------------- item 10: year-over-year changes of the totals


def test_year_over_year_changes_follow_from_their_figures(text: str) -> None:
    """p21 一: 收入支出总计2995.39万元，…减少56.95万元，下降1.87% (56.95 ÷ 3052.34); 五（一）:
    2940.05 万元 …减少63.14万元，下降2.10%; 十（一）: 机关运行经费 184.65 万元 …增加2.55万元，
    增长1.40%: all hold."""
    document = budgetdiff.parse(text)
    changes = [(c.item, str(c.current.wan), c.direction) for c in document.narrative.total_changes]  # type: ignore[union-attr]
    assert changes == [
        ("收入支出总计", "2995.39", "减少"),
        ("一般公共预算财政拨款支出", "2940.05", "减少"),
        ("机关运行经费支出", "184.65", "增加"),
    ]
    (check,) = results(document, "final.narrative.changes")
    assert check.message == "3 checked, all hold"


@pytest.mark.parametrize(
    ("printed", "planted"),
    [
        ("下降1.87%", "下降1.10%"),  # the figures give −1.87%
        ("下降1.87%", "增长1.87%"),  # 减少 and 增长: both words, a note, not a pass
    ],
)
def test_a_change_its_figures_do_not_give(text: str, printed: str, planted: str) -> None:
    start = text.index("一、收入支出决算总体情况说明", text.index("第三部分"))
    edited = text[:start] + text[start:].replace(printed, planted, 1)
    document = budgetdiff.parse(edited)
    if planted.startswith("下降"):
        (check,) = problems(document)
        assert (check.id, check.status) == ("final.narrative.changes", "fail")
        assert "-1.87%" in check.message and "3052.34" in check.message
    else:
        assert problems(document) == []
        (check,) = results(document, "final.narrative.changes")
        assert "1 not checkable: " in check.message and "增长1.87%" in check.message


def test_an_overall_statement_of_another_budget_is_not_read(text: str) -> None:
    # 全年预算 stated, 完成年初预算的98.20% said: the overall statement is listed, unread
    edited = in_part(
        text, "一般公共预算财政拨款支出年初预算为", "一般公共预算财政拨款支出全年预算为", 1
    )
    document = budgetdiff.parse(edited)
    assert document.narrative.execution is None
    (unread,) = document.narrative.unread
    assert unread.reason.startswith("the overall statement: ")
    assert problems(document) == []
    (names,) = results(document, "final.narrative.item_names")
    assert "1 not read: " in names.message
