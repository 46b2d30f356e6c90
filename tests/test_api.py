"""The Python API: load, parse, tables and tree navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.model import CodeTable, Level

PORT = Path(__file__).resolve().parents[1] / "samples" / "shanghai-port-office-2017.txt"


def test_load_and_parse_agree() -> None:
    loaded = budgetdiff.load(PORT)
    parsed = budgetdiff.parse(PORT.read_text(encoding="utf-8"))
    assert loaded == parsed
    assert loaded.source.path == str(PORT) and parsed.source.path is None


def test_tree_navigation() -> None:
    table = budgetdiff.load(PORT).code_table("expenditure")
    assert isinstance(table, CodeTable)
    assert [row.code for row in table.roots()] == ["201", "208", "210", "221"]
    section = table.get("20805")
    assert section is not None and section.level is Level.SECTION
    assert [row.code for row in table.children(section)] == [
        "2080501",
        "2080505",
        "2080506",
        "2080599",
    ]
    item = table.get("2080599")
    assert item is not None and table.parent(item) == section
    assert item.parent_code == "20805"
    parent = table.parent(section)
    assert parent is not None and parent.name == "社会保障和就业支出"
    depths = [(depth, row.code) for depth, row in table.walk(table.get("210"))]
    assert depths == [(0, "21011"), (1, "2101101"), (0, "21099"), (1, "2109901")]


def test_missing_table_raises_key_error() -> None:
    document = budgetdiff.load(PORT)
    with pytest.raises(KeyError, match="no table 'budget'"):
        document.table("budget")
    with pytest.raises(KeyError, match="not a classification table"):
        document.code_table("finance_summary")


def test_errors_are_exported() -> None:
    with pytest.raises(budgetdiff.NotABudgetDocument):
        budgetdiff.parse("hello\nworld\n")
    assert issubclass(budgetdiff.NotABudgetDocument, budgetdiff.BudgetDiffError)


def test_orphan_item_hangs_on_its_category() -> None:
    text = PORT.read_text(encoding="utf-8")
    without_section = text.replace(
        "201\t03\t\t政府办公厅（室）及相关机构事务\t190410,477\t11663,914\t178746,563\n", ""
    )
    table = budgetdiff.parse(without_section).code_table("expenditure")
    assert table.get("20103") is None
    category = table.get("201")
    assert [row.code for row in table.children(category)] == ["2010301", "2010302"]


def test_replace_gives_a_changed_copy_and_leaves_the_model_alone() -> None:
    document = budgetdiff.load(PORT)
    table = document.code_table("expenditure")
    row = table.get("2010301")
    assert row is not None
    renamed = budgetdiff.replace(row, name="行政运行（改）")
    assert (renamed.name, renamed.code, renamed.values) == ("行政运行（改）", row.code, row.values)
    assert row.name == "行政运行" and renamed != row
    edited = budgetdiff.replace(table, rows=tuple(renamed if r is row else r for r in table.rows))
    assert edited.get("2010301") == renamed  # the indexes are built afresh
    assert budgetdiff.diff(
        document, budgetdiff.replace(document, tables={**document.tables, "expenditure": edited})
    ).rows
    with pytest.raises(AttributeError):
        row.name = "x"
