"""Issue 16, item 4: a project's name with any spacing and punctuation around it.

Another producer of the same family prints ``…建设的万里街道社区公共服务中心新建工程 ，位于…``
(a space before the comma), ``项目名称 ：XXX ，``, an ideographic space, a half-width
comma, the name in ``《》`` or ``“”``. Before, such a name was lost (shown ``（无名称）``)
or kept its punctuation, and a year-over-year diff showed the project removed and
added instead of its budget change.

Variations made here: the 项目概况 sentence of wanli's 项目经费情况说明 (page 33 of
sh-putuo-wanli-2024-dept.pdf, read as the PDF reader's tab-separated text), the heading
of govoffice's (page 22), and the 项目名称 row of the first 绩效目标申报表 in
samples/shanghai-port-office-2017.txt. The names expected are those the page images
and the sample print: 万里街道社区公共服务中心新建工程 (tests/real/expected), 区政府督查及建议提案
工作业务经费, 单一窗口运维.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.diffing.projects import diff_projects
from budgetdiff.model import Document
from budgetdiff.parser.pdf_reader import read_pdf
from tests.conftest import PORT_PATH
from tests.real.documents import REAL

WANLI_NAME = "万里街道社区公共服务中心新建工程"
BUILT = "由上海市普陀区人民政府万里街道办事处建设"
WANLI_SENTENCE = f"{BUILT}的{WANLI_NAME}，位于"
WANLI_VARIANTS = (
    f"{BUILT}的{WANLI_NAME} ，位于",
    f"{BUILT}的{WANLI_NAME}\u3000，位于",
    f"{BUILT}的{WANLI_NAME} ,位于",
    f"{BUILT}的“{WANLI_NAME}”，位于",
    f"{BUILT}的《{WANLI_NAME}》 ，位于",
    # the name given by 项目名称： opening the overview
    f"项目名称：{WANLI_NAME} ，{BUILT}，位于",
    f"项目名称 ：《{WANLI_NAME}》，{BUILT}，位于",
    f"项目名称:{WANLI_NAME}。{BUILT}，位于",
)
WANLI_OVERVIEW = "一、项目概况\n" + WANLI_SENTENCE
WANLI_NAME_LINES = (
    # a 项目名称 line of its own under the heading, before the numbered parts
    f"项目名称 ： {WANLI_NAME} ，\n一、项目概况\n{BUILT}，位于",
    f"项目名称：《{WANLI_NAME}》。\n一、项目概况\n{BUILT}，位于",
    f"项目名称为\u3000{WANLI_NAME}\u3000\n一、项目概况\n{BUILT}，位于",
)
QUARTER = "第一季度用款计划158.05万元"


@pytest.fixture(scope="module")
def wanli() -> str:
    path = REAL / "sh-putuo-wanli-2024-dept.pdf"
    text = read_pdf(path.read_bytes(), str(path)).tab_text()[0]
    assert text.count(WANLI_OVERVIEW) == 1 and text.count(QUARTER) == 1
    return text


def _only_project(document: Document) -> str | None:
    (project,) = document.projects
    return project.name


def test_a_prose_project_name_with_space_or_quotes_before_its_punctuation(wanli):
    base = budgetdiff.parse(wanli)
    assert _only_project(base) == WANLI_NAME
    variants = [wanli.replace(WANLI_SENTENCE, sentence) for sentence in WANLI_VARIANTS]
    variants += [wanli.replace(WANLI_OVERVIEW, lines) for lines in WANLI_NAME_LINES]
    for text in variants:
        document = budgetdiff.parse(text)
        assert _only_project(document) == WANLI_NAME
        assert document.unparsed == ()
        # the next year's document: the same project, its first quarter's plan changed
        next_year = budgetdiff.parse(text.replace(QUARTER, "第一季度用款计划168.05万元"))
        (change,) = diff_projects(base, next_year)
        assert (change.name, change.kind, change.old_name) == (WANLI_NAME, "changed", None)
        amounts = [(f.path, f.a, f.b) for f in change.fields if f.path.startswith("components")]
        assert amounts == [("components[第一季度用款计划].amount", 1_580_500, 1_680_500)]


def test_a_prose_heading_naming_the_project_in_quotes():
    path = REAL / "sh-putuo-govoffice-2025-dept.pdf"
    text = read_pdf(path.read_bytes(), str(path)).tab_text()[0]
    heading = "\n区政府督查及建议提案工作业务经费项目经费情况说明\n"
    assert text.count(heading) == 1
    for printed in ("《区政府督查及建议提案工作业务经费》", "“区政府督查及建议提案工作业务经费” "):
        document = budgetdiff.parse(text.replace(heading, f"\n{printed}项目经费情况说明\n"))
        assert _only_project(document) == "区政府督查及建议提案工作业务经费"


FORM_ROW = "项目名称\t单一窗口运维\t\t\t\t\n"
FORM_VARIANTS = (
    "项目名称\t单一窗口运维 ，\t\t\t\t\n",
    "项目名称\t单一窗口运维\u3000\t\t\t\t\n",
    "项目名称：\t单一窗口运维\t\t\t\t\n",
    "项目名称 ：\t“单一窗口运维”\t\t\t\t\n",
    "项目名称\t《单一窗口运维》。\t\t\t\t\n",
    "项目名称：单一窗口运维\t\t\t\t\t\n",
    "项目名称:\t单一窗口运维,\t\t\t\t\n",
)


def test_a_form_project_name_with_any_spacing_and_punctuation():
    text = PORT_PATH.read_text(encoding="utf-8")
    assert text.count(FORM_ROW) == 1
    base = budgetdiff.parse(text)
    assert base.projects[0].name == "单一窗口运维"
    for row in FORM_VARIANTS:
        document = budgetdiff.parse(text.replace(FORM_ROW, row))
        assert [p.name for p in document.projects] == [p.name for p in base.projects], row
        assert document.unparsed == ()
        assert diff_projects(base, document) == ()
    # a name bracketed in part keeps its brackets (《上海口岸综合管理信息系统》（运维）)
    assert base.projects[2].name == "《上海口岸综合管理信息系统》（运维）"
