"""Years and names in headings, preparers and dates; placeholders; old classification
names (issue 16, item 9).

Each case plants one error in the text of a real document of samples/real as the PDF
reader gives it (tab-separated cells), and ``check`` must name it, and nothing else:
- the 2025 单位预算 of 上海市普陀区人民政府办公室 (``上海市普陀区人民政府办公室主要职能`` p. 3,
  ``编制单位：上海市普陀区人民政府办公室`` over every table, the titles ``2025年预算单位…``
  pp. 8-20, ``比2024年预算减少2,389.52万元`` p. 6, ``截至2024年8月31日`` p. 21);
- the 2024 决算 of 上海市普陀区财政局 (``第二部分 上海市普陀区财政局2024年度部门决算表`` p. 6,
  ``第三部分上海市普陀区财政局2024年度部门决算情况说明`` p. 21, ``比2023年度增加`` and
  ``截至2024年12月31日`` p. 24), a 决算 being published the
  year after its own: its dates fall in 2024 or 2025.
The published documents themselves are silent (tests/real checks every problem they
report); planning's two misprints of its own name are tests/real's too.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import Document
from tests.real.documents import replace_once, tab_text

UNIT = "sh-putuo-govoffice-2025-unit"
FINAL = "sh-putuo-finance-2024-final"
FINAL_PROBLEMS = {("final.narrative.figures", "fail"), ("final.narrative.shares", "fail")}
"""What the published 决算 itself gets wrong (tests/real/test_real_finals.py)."""


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {UNIT: tab_text(UNIT), FINAL: tab_text(FINAL)}


def _new_problems(document: Document, stem: str) -> list[tuple[str, str, str]]:
    own = FINAL_PROBLEMS if stem == FINAL else set()
    return [
        (c.id, c.status, c.message)
        for c in check_report(document)
        if c.status != "pass" and (c.id, c.status) not in own
    ]


CASES = [
    # (document, printed, planted, check id, status, what the message says)
    (
        UNIT,
        "\n上海市普陀区人民政府办公室主要职能\n",
        "\n上海市普陀区商务委员会主要职能\n",
        "identity.department",
        "fail",
        "line 19 names 上海市普陀区商务委员会 where the document's department belongs: the "
        "cover says 上海市普陀区人民政府办公室",
    ),
    (
        UNIT,
        "2025年预算单位收入预算总表\n编制单位：上海市普陀区人民政府办公室",
        "2025年预算单位收入预算总表\n编制单位：上海市普陀区财政局",
        "identity.department",
        "fail",
        "line 123 names 上海市普陀区财政局 where the document's department belongs",
    ),
    (
        UNIT,
        "2025年预算单位收入预算总表\n编制单位：上海市普陀区人民政府办公室",
        "2025年预算单位收入预算总表\n编制单位：上海市普陀区人民政府办公厅",
        "identity.department",
        "warn",
        "line 123 names the department 上海市普陀区人民政府办公厅, but the cover says "
        "上海市普陀区人民政府办公室",
    ),
    (
        UNIT,
        "\n2025年预算单位收入预算总表\n",
        "\n2024年预算单位收入预算总表\n",
        "identity.year",
        "fail",
        "line 122: the heading “2024年预算单位收入预算总表” names 2024, but the document is "
        "the 2025 单位预算",
    ),
    (
        UNIT,
        "截至2024年8月31日",
        "截至2023年8月31日",
        "identity.year",
        "fail",
        "“截至2023年8月”names 2023, but in the 2025 单位预算 the year of a date is 2024 or 2025",
    ),
    (
        UNIT,
        "一般公共\n预算拨款支出预算9,101.68万元，比2024年预算减少",
        "一般公共\n预算拨款支出预算9,101.68万元，比2025年预算减少",
        "identity.year",
        "fail",
        "“比2025年预算”names 2025, but in the 2025 单位预算 the year a change is stated "
        "against is 2024",
    ),
    (
        UNIT,
        "2025年上海市普陀区人民政府办公室下属1家机关",
        "2025年XX局下属1家机关",
        "identity.placeholder",
        "fail",
        "prints the placeholder “XX”",
    ),
    (
        UNIT,
        "（三）公务接待费28.50万元，与2024年预算持平。",
        "（三）公务接待费28.50万元，与XXXX年预算持平。",
        "identity.placeholder",
        "fail",
        "prints the placeholder “XXXX”",
    ),
    (
        FINAL,
        "第三部分上海市普陀区财政局2024年度部门决算情况\n",
        "第三部分上海市普陀区税务局2024年度部门决算情况\n",
        "identity.department",
        "fail",
        "names 上海市普陀区税务局 where the document's department belongs",
    ),
    (
        FINAL,
        "第二部分\t上海市普陀区财政局2024年度部门决算表",
        "第二部分\t上海市普陀区财政局2023年度部门决算表",
        "identity.year",
        "fail",
        "names 2023, but the document is the 2024 部门决算",
    ),
    (
        FINAL,
        "截至2024年12月31日",
        "截至2023年12月31日",
        "identity.year",
        "fail",
        "in the 2024 部门决算 the year of a date is 2024 or 2025",
    ),
    (
        FINAL,
        "机关运行经费支出184.65万元，比2023年度增加",
        "机关运行经费支出184.65万元，比2024年度增加",
        "identity.year",
        "fail",
        "the year a change is stated against is 2023",
    ),
]


@pytest.mark.parametrize(
    ("stem", "printed", "planted", "check_id", "status", "says"),
    CASES,
    ids=[f"{case[0][9:17]}-{case[3]}-{case[4]}-{n}" for n, case in enumerate(CASES)],
)
def test_a_planted_error_is_named_once(texts, stem, printed, planted, check_id, status, says):
    document = budgetdiff.parse(replace_once(texts[stem], printed, planted))
    found = _new_problems(document, stem)
    assert [(i, s) for i, s, _ in found] == [(check_id, status)]
    assert says.replace("”names", "” names") in found[0][2]


def test_a_final_may_date_its_facts_in_the_year_after(texts):
    # a 决算 of 2024 is published in 2025: 截至2025年… is a date of its own publication
    text = replace_once(texts[FINAL], "截至2024年12月31日", "截至2025年6月30日")
    assert _new_problems(budgetdiff.parse(text), FINAL) == []


def test_a_budget_may_date_its_facts_in_its_own_year(texts):
    # a 2025 budget published in 2025 may count its cars on a date of 2025
    text = replace_once(texts[UNIT], "截至2024年8月31日", "截至2025年1月31日")
    assert _new_problems(budgetdiff.parse(text), UNIT) == []


def test_a_project_description_is_not_held_to_the_year_rule():
    # the 部门预算's project (page 22, 区政府督查及建议提案工作业务经费) given a history and a
    # plan: years before and after the budget's, compared and dated, all in its own text
    text = replace_once(
        tab_text("sh-putuo-govoffice-2025-dept"),
        "结合区政府重点工作推进情况，定期开展。\n",
        "结合区政府重点工作推进情况，定期开展。比2022年增加2项任务，截至2027年6月全部完成。\n",
    )
    document = budgetdiff.parse(text)
    assert [p.name for p in document.projects] == ["区政府督查及建议提案工作业务经费"]
    assert _new_problems(document, "") == []


def test_an_old_classification_name_is_a_warning(texts):
    # 类 210 printed with the name it had before the 2019 classification, in the
    # narrative's per-项 statement 9 and in the summary table's item 三
    text = replace_once(
        texts[UNIT],
        "9. “卫生健康支出-行政事业单位医疗-行政单位医疗”",
        "9. “医疗卫生与计划生育支出-行政事业单位医疗-行政单位医疗”",
    )
    text = replace_once(
        text, "2、政府性基金\t\t三、卫生健康支出\t", "2、政府性基金\t\t三、医疗卫生与计划生育支出\t"
    )
    found = [f for f in _new_problems(budgetdiff.parse(text), UNIT) if f[0].startswith("identity")]
    assert [(i, s) for i, s, _ in found] == [("identity.classification", "warn")] * 2
    assert found[0][2] == (
        "line 99 prints 医疗卫生与计划生育支出, the name of 类 210 before 2019: since "
        "财政部《2019年政府收支分类科目》 it is 卫生健康支出"
    )


def test_a_document_older_than_the_rename_keeps_its_names(coop_doc):
    # the 2017 sample prints 医疗卫生与计划生育支出 (line 58 and its tables): right in 2017
    assert "医疗卫生与计划生育支出" in "".join(coop_doc.text_lines)
    found = [c for c in check_report(coop_doc) if c.id.startswith("identity.")]
    assert [c.status for c in found] == ["pass"] * len(found)


def test_the_renames_are_data_with_a_year_and_a_source():
    from budgetdiff.classification import renames

    found = renames()
    assert {(r.code, r.old, r.new, r.since) for r in found} >= {
        ("210", "医疗卫生与计划生育支出", "卫生健康支出", 2019),
        ("207", "文化体育与传媒支出", "文化旅游体育与传媒支出", 2019),
    }
    for rename in found:
        assert rename.source and rename.level in ("类", "款", "项")
        if (rename.classification, rename.level) == ("functional", "类"):
            assert rename.old not in rename.new  # searched in the text: never part of the new


def test_an_ended_code_printed_in_a_table_is_a_warning_a_word_in_prose_is_not(texts):
    # the economic row 30112 其他社会保障缴费 (page 12) printed as 2017's 30104, the code
    # the 2018 classification moved it from; and a sentence under 四、绩效目标设置情况 with
    # 农业 (21301's name before the 2019 classification, 农业农村 since) and 其他资本性支出
    # (310's before 2018, and 31099's today): words of prose, not rows of a table
    text = replace_once(texts[UNIT], "301\t12\t其他社会保障缴费\t", "301\t04\t其他社会保障缴费\t")
    text = replace_once(
        text, "四、绩效目标设置情况\n", "四、绩效目标设置情况\n支持农业发展，其他资本性支出为零。\n"
    )
    found = [f for f in _new_problems(budgetdiff.parse(text), UNIT) if f[0].startswith("identity")]
    assert found == [
        (
            "identity.classification",
            "warn",
            "line 245 prints 30104 其他社会保障缴费, a 款 of the classification before 2018: "
            "since 财政部《2018年政府收支分类科目》 it is 30112 其他社会保障缴费",
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Excel 2010 XXL",  # Latin letters, not a placeholder in Chinese text
        "尺寸 3×4 米",  # a multiplication sign
        "中小企业预留份额为XXX的比例",  # fine: three X beside 为 … is a placeholder
    ],
)
def test_what_is_a_placeholder(texts, line):
    text = replace_once(texts[UNIT], "四、绩效目标设置情况\n", f"四、绩效目标设置情况\n{line}\n")
    found = [
        f for f in _new_problems(budgetdiff.parse(text), UNIT) if f[0] == "identity.placeholder"
    ]
    assert bool(found) == line.startswith("中小企业")
