"""Every change of a diff becomes one change to review, keyed by what it is."""

from __future__ import annotations

import budgetdiff
from budgetdiff.review.changes import change_items
from tests.diffing.drafts import DRAFTS, PORT_TEXT
from tests.review.pairs import DRAFT, PUBLISHED


def _items(text_b: str) -> list[tuple[str, ...]]:
    a = budgetdiff.parse(PORT_TEXT)
    return [item.key for item in change_items(budgetdiff.diff(a, budgetdiff.parse(text_b)))]


def test_the_planted_draft_has_twelve_changes_sangong_first() -> None:
    diff = budgetdiff.diff(budgetdiff.load(PUBLISHED), budgetdiff.load(DRAFT))
    items = change_items(diff)
    assert [item.key for item in items] == [
        ("sangong", "合计"),
        ("sangong", "公务接待费"),
        ("cell", "expenditure", "208", "合计"),
        ("cell", "expenditure", "208", "项目支出"),
        ("cell", "expenditure", "20805", "合计"),
        ("cell", "expenditure", "20805", "项目支出"),
        ("cell", "expenditure", "2080599", "合计"),
        ("cell", "expenditure", "2080599", "项目支出"),
        ("cell", "expenditure", "合计", "合计"),
        ("cell", "expenditure", "合计", "项目支出"),
        ("check", "finance_summary.categories"),
        ("check", "cross.income_expenditure"),
    ]
    # the values are the Diff's, exactly; Δ and Δ% are the Diff's own
    cell = items[6]
    assert (cell.a, cell.b, cell.delta, cell.anchor) == ("2800", "3800", 1000, "2080599")
    assert cell.pct == diff.cells[4].pct
    assert (items[-1].a, items[-1].b, items[-1].kind) == ("pass", "fail", "new failure")
    assert items[0].view == "sangong" and items[-1].view == "checks"


def test_rows_projects_and_sentences_are_changes_too() -> None:
    by_name = {draft.name: draft for draft in DRAFTS}
    added = _items(by_name["added row"].text)
    assert ("row", "economic", "30218", "added") in added
    removed = _items(by_name["removed row"].text)
    assert ("row", "economic", "30204", "removed") in removed
    project = _items(by_name["removed project"].text)
    assert ("project", "口岸大通关工作经费") in project
    # line 77: 总额为 19,483 万元 → 19,583: one span of its section, keyed by A's text
    sentence = _items(by_name["edited sentence"].text)
    spans = [key for key in sentence if key[0] == "text"]
    assert spans and all(key[1] == "2017 年部门预算编制说明" for key in spans)
    assert any("4" in key[2] for key in spans)


def test_keys_are_unique_even_where_one_edit_repeats() -> None:
    # line 73 names four 办事处; each becomes 工作站: four spans with one text, told
    # apart by their order (``#2``…), the only place a position enters a key
    lines = PORT_TEXT.split("\n")
    assert lines[72].count("办事处") == 4
    lines[72] = lines[72].replace("办事处", "工作站")
    section = "上海市口岸服务办公室机构设置"
    assert _items("\n".join(lines)) == [
        ("text", section, "办事处", ""),
        *(("text", section, "办事处", "", f"#{n}") for n in (2, 3, 4)),
    ]


def test_a_real_pair_keeps_every_change_of_the_diff() -> None:
    """部门预算 against 单位预算 of one office (real PDFs): the identity, the columns
    compared under other names, the project only one has and the narrative's spans are
    each a change; a section rewritten beyond recognition is one."""
    real = PUBLISHED.parent / "real"
    a = budgetdiff.load(real / "sh-putuo-govoffice-2025-dept.pdf")
    b = budgetdiff.load(real / "sh-putuo-govoffice-2025-unit.pdf")
    diff = budgetdiff.diff(a, b)
    items = change_items(diff)
    parts = [item.part for item in items]
    assert parts.count("identity") == len(diff.identity) == 1
    assert parts.count("column") == sum(len(t.column_changes) for t in diff.tables)
    assert parts.count("project") == len(diff.projects)
    rewritten = [t for t in diff.text if t.similarity < 0.5]
    spans = sum(len(t.spans) for t in diff.text if t.similarity >= 0.5)
    assert parts.count("text") == len(rewritten) + spans
    assert len({item.key for item in items}) == len(items)
