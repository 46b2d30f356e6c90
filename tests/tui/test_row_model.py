"""The explorer's row model agrees with the CLI row by row: the same Diff rendered through
``render.diff_views`` (what ``render_plain`` prints) and through ``tui.rows`` marks the
same rows with the same kinds, codes and amounts, and nothing else."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import budgetdiff
from budgetdiff.diffing.model import CellChange, Diff, RowChange
from budgetdiff.money import format_amount
from budgetdiff.render.diff_text import render_plain
from budgetdiff.render.diff_views import MARKS, table_views
from budgetdiff.render.numbers import percent, signed
from budgetdiff.tui.rows import TableRows, ViewRow, diff_rows, document_rows
from tests.conftest import replace_on_line
from tests.diffing.drafts import DRAFTS, PORT_TEXT, delete_lines
from tests.diffing.test_union_tree import FINANCE_SUMMARY, renumbered

Identity = tuple[str, str | None, str | None, int | None, int | None]
"""(table, code, side, A line, B line): a code row by its code, an item or a total by its
side and lines (a line of a two-sided table holds an income and an expenditure item)."""


def _identity(
    table: str, code: str | None, side: str | None, a_line: int | None, b_line: int | None
) -> Identity:
    return (table, code, None, None, None) if code else (table, None, side, a_line, b_line)


def _side(name: str) -> str | None:
    """``收入`` for the CLI's ``收入:财政拨款收入`` and ``收入总计``; None for ``合计``."""
    return next((side for side in ("收入", "支出") if name.startswith(side)), None)


def _of(change: CellChange | RowChange) -> Identity:
    return _identity(change.table, change.code, _side(change.name), change.a_line, change.b_line)


def _row_identity(table: str, row: ViewRow) -> Identity:
    return _identity(table, row.code, row.side, row.a_line, row.b_line)


def renamed() -> str:
    """The port sample with 2010301 行政运行 (line 146) renamed 行政运行费."""
    return replace_on_line(PORT_TEXT, 146, "\t行政运行\t", "\t行政运行费\t")


CASES = {
    "renumbered": renumbered,
    "renamed": renamed,
    "added 款": lambda: next(d.text for d in DRAFTS if d.name == "added row"),
    "removed 款": lambda: next(d.text for d in DRAFTS if d.name == "removed row"),
    "amounts": lambda: next(d.text for d in DRAFTS if d.name == "amount, totals fixed"),
    "two-sided table only in A": lambda: delete_lines(PORT_TEXT, *FINANCE_SUMMARY),
}


@pytest.fixture(scope="module")
def port() -> budgetdiff.Document:
    return budgetdiff.parse(PORT_TEXT)


def _diff(port: budgetdiff.Document, case: str) -> Diff:
    return budgetdiff.diff(port, budgetdiff.parse(CASES[case]()))


def _explorer(diff: Diff) -> dict[str, TableRows]:
    return {table.table: diff_rows(table) for table in diff.tables}


def _marked(tables: Iterable[TableRows]) -> dict[Identity, ViewRow]:
    return {
        _row_identity(table.table, row): row
        for table in tables
        for row in table.rows
        if row.kind is not None
    }


def _cli_lines(diff: Diff) -> list[list[str]]:
    """The CLI's changed-row lines (cells as printed), without the roll-up lines."""
    return [
        row
        for view in table_views(diff, "元")
        for row, style in zip(view.rows, view.styles, strict=True)
        if style != "rollup"
    ]


@pytest.mark.parametrize("case", list(CASES))
def test_the_explorer_marks_what_the_cli_reports(port: budgetdiff.Document, case: str) -> None:
    diff = _diff(port, case)
    marked = _marked(_explorer(diff).values())
    reported: dict[Identity, str] = {_of(row): row.kind for row in diff.rows}
    for cell in diff.cells:
        if _of(cell) not in reported or reported[_of(cell)] == "rounding":
            reported[_of(cell)] = cell.kind
    assert reported, case
    # The CLI lists the items of a table only one side has under an "only in A" title,
    # not its 收入总计 / 支出总计 lines; the explorer marks those removed too (the Diff's
    # union tree has them so).
    one_sided = {t.table for t in diff.tables if t.presence != "both"}
    extra = {key for key, row in marked.items() if row.total and key[0] in one_sided}
    assert {key: row.kind for key, row in marked.items() if key not in extra} == reported
    assert all(marked[key].kind == "removed" for key in extra)


@pytest.mark.parametrize("case", list(CASES))
def test_the_explorer_shows_the_cli_amounts(port: budgetdiff.Document, case: str) -> None:
    diff = _diff(port, case)
    marked = _marked(_explorer(diff).values())
    explorer_lines: list[list[str]] = []
    for cell in diff.cells:
        change = marked[_of(cell)].change(cell.column)
        assert (change.a, change.b) == (cell.a, cell.b)
        explorer_lines.append(
            [
                cell.code or "",
                cell.column,
                format_amount(change.a),
                format_amount(change.b),
                signed(change.delta, "元"),
                percent(change.pct, change.delta),
            ]
        )
    for row in diff.rows:
        shown = marked[_of(row)]
        assert shown.mark == MARKS[row.kind]
        column = next(iter(row.values), "")
        side = shown.a if row.on_a else shown.b
        assert side is not None and side.get(column) == row.values.get(column)
        if row.kind == "moved":
            assert shown.old_code == row.old_code
        if row.kind == "renamed":
            assert shown.old_name == row.old_name
        first = f"{shown.mark} {shown.code or ''}".rstrip()
        if row.old_values is not None:  # on both sides: A, B and Δ, as the explorer has them
            both = shown.change(column)
            assert (both.a, both.b) == (row.old_values.get(column), row.values.get(column))
            explorer_lines.append(
                [
                    first,
                    column,
                    format_amount(both.a),
                    format_amount(both.b),
                    signed(both.delta, "元"),
                    percent(both.pct, both.delta),
                ]
            )
            continue
        amount = format_amount(side.get(column))
        explorer_lines.append(
            [first, column, amount if row.on_a else "", "" if row.on_a else amount, row.kind]
        )
    cli = [
        [line[0].strip(), *line[2:7]] if line[5] not in MARKS else [line[0], *line[2:6]]
        for line in _cli_lines(diff)
    ]
    assert sorted(cli) == sorted(explorer_lines)


def test_a_renumbered_row_is_one_moved_row_in_both(port: budgetdiff.Document) -> None:
    diff = _diff(port, "renumbered")
    income = _explorer(diff)["income"]
    marked = [(row.key, row.mark, row.kind, row.old_code) for row in income.rows if row.kind]
    assert marked == [("2101102", "→", "moved", "2101101")]
    assert income.row("2101101") is None
    moved = income.row("2101102")
    assert moved is not None and moved.parent == "21011"
    change = moved.change("合计")
    assert (change.a, change.b, change.delta) == (580_080, 580_080, 0)
    plain = render_plain(diff)
    assert "→ 2101102" in plain and "2101101 行政单位医疗" in plain
    assert "− 2101101" not in plain and "+ 2101102" not in plain
    assert list(_marked([income])) == [("income", "2101102", None, None, None)]


def test_a_two_sided_table_missing_in_b(port: budgetdiff.Document) -> None:
    diff = _diff(port, "two-sided table only in A")
    summary = _explorer(diff)["finance_summary"]
    assert summary.presence == "removed" and summary.shape == "two_sided"
    roots = [row.key for row in summary.rows if row.parent is None]
    assert roots[:2] == ["收入", "支出"]
    assert all(row.total for row in summary.rows if row.parent is None and row.key not in roots[:2])
    items = [row for row in summary.rows if not row.heading]
    assert items and {row.kind for row in items} == {"removed"}
    assert {row.mark for row in items} == {"−"}
    assert all(row.b is None and row.a is not None for row in items)
    assert "finance_summary (元) — only in A (table removed)" in render_plain(diff)


def test_one_document_rows_come_from_the_table(port: budgetdiff.Document) -> None:
    expenditure = document_rows(port.tables["expenditure"])
    assert not expenditure.diff
    codes = [row.code for row in expenditure.rows if row.code]
    assert codes == [row.code for _, row in port.code_table("expenditure").walk()]
    assert all(row.kind is None and row.a is None for row in expenditure.rows)
    first = expenditure.row("2010301")
    assert first is not None and first.parent == "20103"
    assert first.b is not None and first.b["合计"] == 13_270_732
    assert expenditure.rows[-1].total and expenditure.rows[-1].name == "合计"
    summary = document_rows(port.tables["finance_summary"])
    assert [row.key for row in summary.rows if row.parent is None][:2] == ["收入", "支出"]
    assert {row.parent for row in summary.rows if not row.total and not row.heading} == {
        "收入",
        "支出",
    }
    assert [row.name for row in summary.rows if row.total] == ["收入总计", "支出总计"]
