"""Empty tables declared by a note, and blank 三公 tables (issue 16, items 3 and 11).

Built from two real documents of samples/real, as the PDF reader gives their text
(tab-separated cells): the 单位预算 of 上海市普陀区人民政府办公室 (2025), whose 政府性基金
table is empty under ``注:本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。``
(page 16) and whose 三公 table prints 867.50 | 839.00 | 28.50 | … | 213.28 (page 20); and
the 决算 of 上海市普陀区财政局 (2024), whose 三公 table prints only 预算数 0.95 under 合计 and
公务接待费 (page 18) and whose narrative states ``年初预算为0.95万元`` (page 23). Each test
rewrites the note in another producer's wording, or removes the figures, as documented
on each case.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CheckResult, Document
from tests.real.documents import layout_text, replace_once, tab_text

UNIT = "sh-putuo-govoffice-2025-unit"
FINAL = "sh-putuo-finance-2024-final"
GOV_FUND_NOTE = "注:本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。\n"
GOV_FUND_TOTAL = "\t\t\t合计\t\t\t\n注:本单位2025年无政府性基金"
UNIT_SANGONG_ROW = "867.50\t839.00\t28.50\t\t\t\t213.28\n"
FINAL_SANGONG_ROW = "0.95\t\t\t\t\t\t\t\t\t\t0.95\t\n"
FINAL_PROBLEMS = [("final.narrative.figures", "fail"), ("final.narrative.shares", "fail")]
"""What the published 决算 itself gets wrong (tests/real/test_real_finals.py)."""


@pytest.fixture(scope="module")
def unit_text() -> str:
    return tab_text(UNIT)


@pytest.fixture(scope="module")
def final_text() -> str:
    return tab_text(FINAL)


def _problems(document: Document) -> list[CheckResult]:
    return [c for c in check_report(document) if c.status != "pass"]


def _unread(document: Document) -> list[tuple[int, str, str]]:
    return [(u.line, u.text, u.reason) for u in document.unparsed]


NOTES = [
    # other producers' wordings of the same note (注/说明/（注：…）, 本表无数据/空表, 本单位无…)
    "说明：本单位2025年没有政府性基金预算拨款安排的支出，故本表无数据。\n",
    "备注：本年度没有政府性基金预算财政拨款支出，此表为空。\n",
    "本单位2025年无政府性基金预算财政拨款收入和支出。\n",
    "（注：2025年本单位预算中没有使用政府性基金预算拨款安排的支出。）\n",
    "本年度没有政府性基金预算财政拨款支出，故本表无数据\n",
    # the note wrapped onto a second line, as a narrow column prints it
    "注：本单位2025年无政府性基金预算财政拨款安排的预算，故本表为\n空表。\n",
    "注：本单位2025年无政府性基金预算财政拨款安排的预算，故本表为\n空表\n",
]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("total_row", [True, False], ids=["with-合计", "without-合计"])
def test_an_empty_table_declared_by_a_note_in_any_wording(unit_text, note, total_row):
    # the 政府性基金 table's note replaced by the wording; without-合计: the empty 合计
    # row removed too (a producer that prints no 合计 under an empty table)
    text = replace_once(unit_text, GOV_FUND_NOTE, note)
    if not total_row:
        text = replace_once(text, "\t\t\t合计\t\t\t\n" + note, note)
    document = budgetdiff.parse(text)
    assert _unread(document) == []
    table = document.code_table("gov_fund")
    assert table.rows == ()
    assert table.note is not None and table.note.replace("\n", "") == note.replace("\n", "")
    assert _problems(document) == []


def test_an_empty_sangong_table_declared_by_a_note_is_there_and_empty(unit_text):
    # the 三公 data row removed and a note put in its place; the narrative (page 21) still
    # states 867.50 万元 etc., so it contradicts the table: each figure is named, and the
    # economic table's 30217 公务接待费 185,000 元 now exceeds an empty 三公 公务接待费
    text = replace_once(
        unit_text,
        UNIT_SANGONG_ROW,
        "注：本单位2025年没有财政拨款“三公”经费和机关运行经费预算，故本表无数据。\n",
    )
    document = budgetdiff.parse(text)
    assert _unread(document) == []
    assert document.sangong is not None and document.sangong.blank
    results = list(check_report(document))
    (blank,) = [c for c in results if c.id == "sangong.blank"]
    assert blank.status == "pass" and "1 declared empty" in blank.message
    assert not [c for c in results if c.id == "tables.present" and c.status != "pass"]
    problems = sorted((c.id, c.status) for c in _problems(document))
    assert problems == [("narrative.sangong", "warn")] * 4 + [("sangong.economic_bound", "fail")]


@pytest.mark.parametrize(
    "note",
    [
        "注：本年度没有财政拨款“三公”经费支出，故本表无数据。\n",
        "说明：上海市普陀区财政局2024年度无财政拨款“三公”经费支出，故本表为空表。\n",
        "本单位无财政拨款“三公”经费支出。\n",
        "注：本单位2024年度无财政拨款“三公”经费支出，故本表\n无数据。\n",
    ],
)
def test_an_empty_final_sangong_table_declared_by_a_note(final_text, note):
    # the 决算's 三公 data row (预算数 0.95 and 0.95) replaced by the note, and the
    # narrative's 年初预算 made 0.00 (and its 决算数小于预算数 等于) to agree: the table is
    # there, empty, and nothing but the document's own two problems is reported
    text = replace_once(final_text, FINAL_SANGONG_ROW, note)
    text = replace_once(text, "年初预算为0.95万元", "年初预算为0.00万元")
    text = replace_once(text, "经费支出决算数小于预算数", "经费支出决算数等于预算数")
    document = budgetdiff.parse(text)
    assert _unread(document) == []
    assert document.sangong is not None and document.sangong.blank
    assert sorted((c.id, c.status) for c in _problems(document)) == FINAL_PROBLEMS
    (blank,) = [c for c in check_report(document) if c.id == "final.sangong.blank"]
    assert "1 declared empty" in blank.message


@pytest.mark.parametrize("row", ["\t" * 11 + "\n", ""], ids=["cells-blanked", "row-removed"])
def test_a_final_sangong_table_whose_budget_was_blanked_is_blank_and_held(final_text, row):
    # the planted error of issue 16: the 三公 预算数 blanked (the two 0.95 cells emptied, or
    # the data row gone); the narrative still states 年初预算为0.95万元
    document = budgetdiff.parse(replace_once(final_text, FINAL_SANGONG_ROW, row))
    assert _unread(document) == []
    found = sorted((c.id, c.status, c.message) for c in _problems(document))
    assert [(i, s) for i, s, _ in found] == sorted(
        [*FINAL_PROBLEMS, ("final.narrative.sangong", "fail"), ("final.sangong.blank", "warn")]
    )
    messages = {i: m for i, _, m in found}
    assert messages["final.sangong.blank"] == (
        "the 三公 table (line 376) is blank: it prints no figures, and no note says it is empty"
    )
    assert messages["final.narrative.sangong"] == (
        "the narrative states 三公 年初预算 0.95 万元 (line 487), but the 三公 table's 合计 "
        "预算数 is blank"
    ).replace("487", str(487 if row else 486))


def test_a_budget_sangong_table_left_blank_is_blank_and_its_narrative_held(unit_text):
    # the 三公 data row removed, no note: blank, not missing; the narrative's 867.50 万元,
    # 839 万元 (因公出国), 28.50 万元 (公务接待费) and 213.28 万元 (机关运行经费) are each held
    # against the empty cells
    document = budgetdiff.parse(replace_once(unit_text, UNIT_SANGONG_ROW, ""))
    assert _unread(document) == []
    found = sorted((c.id, c.status, c.message) for c in _problems(document))
    assert [(i, s) for i, s, _ in found] == [
        ("narrative.sangong", "warn"),
        ("narrative.sangong", "warn"),
        ("narrative.sangong", "warn"),
        ("narrative.sangong", "warn"),
        ("sangong.blank", "warn"),
        ("sangong.economic_bound", "fail"),
    ]
    stated = [m for i, _, m in found if i == "narrative.sangong"]
    assert any("states 28.50 万元, but the 三公 table's 公务接待费" in m for m in stated)
    assert all(m.endswith("is empty") for m in stated)


def test_a_blank_sangong_table_in_layout_text(tmp_path):
    # the same unit budget as pdftotext -layout writes it, its 三公 figure line (page 20:
    # ``867.50  839.00  28.50 … 213.28``) removed: blank, not missing, nothing unread
    path = layout_text(UNIT, tmp_path)
    text = path.read_text(encoding="utf-8")
    figures = next(
        line for line in text.splitlines(True) if line.split()[:2] == ["867.50", "839.00"]
    )
    path.write_text(replace_once(text, figures, ""), encoding="utf-8")
    document = budgetdiff.load(path)
    assert document.source.reader == "pdftotext-layout"
    assert _unread(document) == []
    assert document.sangong is not None and document.sangong.blank
    blank = [c for c in _problems(document) if c.id in ("sangong.blank", "tables.present")]
    assert [(c.id, c.status) for c in blank] == [("sangong.blank", "warn")]
