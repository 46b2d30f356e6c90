"""diff(a, b) on planted drafts reports exactly the planted changes; properties hold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import budgetdiff
from budgetdiff.diffing import Diff, diff
from budgetdiff.model import CodeTable, Document
from budgetdiff.record import replace
from tests.conftest import COOP_PATH, PORT_PATH
from tests.diffing.drafts import DRAFTS, PORT_TEXT, Draft

PORT = budgetdiff.parse(PORT_TEXT)


def _found(result: Diff) -> dict[str, frozenset[object]]:
    return {
        "cells": frozenset((c.table, c.code, c.column, c.a, c.b) for c in result.cells),
        "rows": frozenset((r.table, r.code, r.kind) for r in result.rows),
        "sangong": frozenset((s.item, s.a, s.b) for s in result.sangong),
        "projects": frozenset((p.name, p.kind) for p in result.projects),
        "text": frozenset(t.section for t in result.text),
        "new_failures": frozenset(result.checks.new),
    }


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.name)
def test_diff_reports_exactly_the_planted_edits(draft: Draft) -> None:
    result = diff(PORT, budgetdiff.parse(draft.text))
    found = _found(result)
    assert found["cells"] == draft.cells
    assert found["rows"] == draft.rows
    assert found["sangong"] == draft.sangong
    assert found["projects"] == draft.projects
    assert found["text"] == draft.text_sections
    assert found["new_failures"] == draft.new_failures
    assert not result.identical
    assert result.comparison == "draft_vs_published"


def test_unfixed_amount_rolls_up_to_its_category() -> None:
    draft = next(d for d in DRAFTS if d.name == "amount, totals not fixed")
    result = diff(PORT, budgetdiff.parse(draft.text))
    (rollup,) = [r for r in result.rollups if r.column == "合计"]
    assert (rollup.table, rollup.code, rollup.delta, rollup.own) == (
        "expenditure",
        "201",
        100_000,
        False,
    )


def test_fixed_amount_rollup_is_the_category_own_change() -> None:
    draft = next(d for d in DRAFTS if d.name == "amount, totals fixed")
    result = diff(PORT, budgetdiff.parse(draft.text))
    assert {(r.code, r.column, r.delta, r.own) for r in result.rollups} == {
        ("208", "合计", 1_000, True),
        ("208", "项目支出", 1_000, True),
    }


def test_cell_change_delta_pct_and_lines() -> None:
    draft = next(d for d in DRAFTS if d.name == "amount, totals not fixed")
    (cell,) = diff(PORT, budgetdiff.parse(draft.text)).cells
    assert (cell.delta, str(cell.pct), cell.a_line, cell.b_line, cell.kind) == (
        100_000,
        "0.75",
        146,
        146,
        "amount",
    )


def test_rounding_only_change_is_labelled() -> None:
    # 11663,914 → 11663,900: both print 1,166.39 万元
    text = PORT_TEXT.replace(
        "201\t03\t01\t行政运行\t13270,732\t11663,914\t1606,818",
        "201\t03\t01\t行政运行\t13270,718\t11663,900\t1606,818",
    )
    result = diff(PORT, budgetdiff.parse(text))
    assert {(c.column, c.kind) for c in result.cells if c.table == "expenditure"} == {
        ("合计", "rounding"),
        ("基本支出", "rounding"),
    }


def test_renamed_and_moved_rows() -> None:
    renamed = PORT_TEXT.replace("302\t07\t邮电费", "302\t07\t邮电通信费")
    moved = PORT_TEXT.replace("302\t07\t邮电费", "302\t08\t邮电费")
    by_kind = {r.kind: r for r in diff(PORT, budgetdiff.parse(renamed)).rows}
    assert (by_kind["renamed"].code, by_kind["renamed"].old_name) == ("30207", "邮电费")
    (row,) = diff(PORT, budgetdiff.parse(moved)).rows
    assert (row.kind, row.code, row.old_code, row.name) == ("moved", "30208", "30207", "邮电费")


def test_punctuation_width_is_not_a_rename() -> None:
    text = PORT_TEXT.replace("政府办公厅（室）及相关机构事务", "政府办公厅(室)及相关机构事务")
    assert diff(PORT, budgetdiff.parse(text)).identical


def test_two_departments() -> None:
    a, b = budgetdiff.load(PORT_PATH), budgetdiff.load(COOP_PATH)
    result = diff(a, b)
    assert result.comparison == "other_department"
    total = next(s for s in result.sangong if s.item == "合计")
    assert (total.a, total.b, total.delta) == (1_420_500, 1_376_000, -44_500)
    rows = {(r.table, r.code, r.kind) for r in result.rows if r.code}
    assert rows == {
        ("economic", "30199", "added"),
        ("economic", "30203", "added"),
        ("economic", "30301", "added"),
        ("economic", "30204", "removed"),
        ("economic", "30214", "removed"),
    }
    assert not any(c.code in ("30199", "30204") for c in result.cells)
    assert not result.identical


def test_same_document_other_encoding_is_identical(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gb.txt"
    path.write_bytes(PORT_TEXT.replace("\n", "\r\n").encode("gb18030"))
    assert diff(PORT, budgetdiff.load(path)).identical


def _swapped(result: Diff) -> dict[str, frozenset[object]]:
    opposite = {"added": "removed", "removed": "added"}
    return {
        "cells": frozenset((c.table, c.code, c.column, c.b, c.a, -c.delta) for c in result.cells),
        "rows": frozenset((r.table, r.code, opposite.get(r.kind, r.kind)) for r in result.rows),
        "sangong": frozenset((s.item, s.b, s.a, -s.delta) for s in result.sangong),
        "projects": frozenset((p.kind,) for p in result.projects),
    }


def _facts(result: Diff) -> dict[str, frozenset[object]]:
    opposite = {"added": "removed", "removed": "added"}
    return {
        "cells": frozenset((c.table, c.code, c.column, c.a, c.b, c.delta) for c in result.cells),
        "rows": frozenset((r.table, r.code, r.kind) for r in result.rows),
        "sangong": frozenset((s.item, s.a, s.b, s.delta) for s in result.sangong),
        "projects": frozenset((opposite.get(p.kind, p.kind),) for p in result.projects),
    }


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.name)
def test_swapping_sides_negates(draft: Draft) -> None:
    b = budgetdiff.parse(draft.text)
    forward, backward = diff(PORT, b), diff(b, PORT)
    swapped = _swapped(forward)
    facts = _facts(backward)
    assert swapped["cells"] == facts["cells"]
    assert swapped["sangong"] == facts["sangong"]
    assert swapped["projects"] == facts["projects"]
    moved = {"moved", "renamed"}
    assert {r for r in swapped["rows"] if r[2] not in moved} == {  # type: ignore[index]
        r
        for r in facts["rows"]
        if r[2] not in moved  # type: ignore[index]
    }
    assert forward.checks.new == backward.checks.fixed


def test_diff_of_a_document_with_itself_is_empty() -> None:
    for path in (PORT_PATH, COOP_PATH):
        document = budgetdiff.load(path)
        assert diff(document, document).identical


def _with_amount(
    document: Document, table_id: str, index: int, column: str, value: int
) -> Document:
    table = document.code_table(table_id)
    row = table.rows[index]
    rows = list(table.rows)
    rows[index] = replace(row, values={**row.values, column: value})
    return replace(document, tables={**document.tables, table_id: replace(table, rows=tuple(rows))})


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_amount_edits_are_all_found(data: st.DataObject) -> None:
    document = PORT
    planted: set[tuple[str, str, str]] = set()
    for _ in range(data.draw(st.integers(1, 6))):
        table_id = data.draw(
            st.sampled_from(["income", "expenditure", "general_public", "economic"])
        )
        table = document.code_table(table_id)
        assert isinstance(table, CodeTable)
        index = data.draw(st.integers(0, len(table.rows) - 1))
        column = data.draw(st.sampled_from(table.columns))
        row = table.rows[index]
        value = (row.values.get(column) or 0) + data.draw(st.integers(1, 10**7))
        document = _with_amount(document, table_id, index, column, value)
        planted.add((table_id, row.code, column))
    found = {(c.table, c.code, c.column) for c in diff(PORT, document).cells}
    assert found == planted
