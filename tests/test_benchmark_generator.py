"""The benchmark generator writes documents the parser reads whole and finds consistent.

A generated document is only a fair benchmark if the parser places every line and
every identity of docs/domain.md holds in it: zero unparsed lines, the expected
rows in every table, and no check that fails or warns. This also makes the
generator a large end-to-end test of the parser and the checks.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import CodeTable, Document, TwoSidedTable

ROOT = Path(__file__).resolve().parents[1]

EVERY_CHECK = {
    "tables.present",
    "tables.total_present",
    "tree.sum",
    "row.sum",
    "finance_summary.balance",
    "finance_summary.items",
    "fiscal_summary.balance",
    "fiscal_summary.items",
    "finance_summary.categories",
    "fiscal_summary.categories",
    "fiscal_summary.income",
    "finance_summary.sources",
    "cross.income_expenditure",
    "cross.fiscal_income",
    "cross.general_public_within_expenditure",
    "cross.economic_basic",
    "sangong.sum",
    "sangong.economic_bound",
    "sangong.operating_cost_bound",
    "narrative.totals",
    "narrative.categories",
    "narrative.sangong",
    "narrative.sangong_changes",
    "narrative.procurement",
    "projects.components",
    "projects.performance",
}
"""The identities of docs/domain.md; a generated document must exercise them all."""


@cache
def generator() -> ModuleType:
    """benchmarks/generate.py, which is a script directory, not a package."""
    path = ROOT / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("budgetdiff_benchmarks_generate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@cache
def generated(rows: int, seed: int = 0) -> tuple[object, Document]:
    built = generator().build_document(rows, seed)
    return built, budgetdiff.parse(built.text)


SIZES = [
    pytest.param(300, 0, id="300-rows"),
    pytest.param(300, 7, id="300-rows-seed-7"),
    pytest.param(6000, 0, id="6000-rows"),
]


@pytest.mark.parametrize(("rows", "seed"), SIZES)
def test_every_line_is_placed(rows: int, seed: int) -> None:
    _, document = generated(rows, seed)
    assert document.unparsed == ()
    assert document.department == "上海市综合示范服务办公室"
    assert (document.year, document.kind) == (2017, "部门预算")


@pytest.mark.parametrize(("rows", "seed"), SIZES)
def test_no_check_fails_or_warns(rows: int, seed: int) -> None:
    _, document = generated(rows, seed)
    assert check_report(document).failed == ()
    assert [check for check in check_report(document) if check.status != "pass"] == []
    assert {check.id for check in check_report(document)} >= EVERY_CHECK


@pytest.mark.parametrize(("rows", "seed"), SIZES)
def test_tables_have_the_expected_rows(rows: int, seed: int) -> None:
    built, document = generated(rows, seed)
    assert set(document.tables) | {"sangong", "state_capital"} == set(budgetdiff.model.TABLE_IDS)
    for table_id, count in built.rows.items():
        table = document.code_table(table_id)
        assert len(table.rows) == count, table_id
    for table_id, (income, expenditure) in built.items.items():
        table = document.table(table_id)
        assert isinstance(table, TwoSidedTable)
        assert (len(table.income_items), len(table.expenditure_items)) == (income, expenditure)
    items = [row for row in document.code_table("expenditure").rows if len(row.code) == 7]
    assert len(items) == built.item_rows == rows
    assert len(document.code_table("expenditure").roots()) == built.categories
    assert len(document.projects) == built.projects
    assert document.sangong is not None
    assert dict(document.sangong.values) == built.sangong


@pytest.mark.parametrize(("rows", "seed"), SIZES)
def test_totals_are_what_was_generated(rows: int, seed: int) -> None:
    built, document = generated(rows, seed)

    def total(table_id: str, column: str) -> object:
        table = document.code_table(table_id)
        assert isinstance(table, CodeTable) and table.total is not None
        return table.total.get(column)

    assert total("income", "合计") == built.totals["budget"]
    assert total("income", "财政拨款收入") == built.totals["fiscal"]
    assert total("expenditure", "基本支出") == built.totals["basic"]
    assert total("expenditure", "项目支出") == built.totals["project"]
    assert total("general_public", "合计") == built.totals["fiscal"]
    assert total("economic", "合计") == built.totals["basic"]
    assert total("economic", "人员经费") == built.totals["personnel"]
    assert total("economic", "公用经费") == built.totals["public"]


def test_large_document_spreads_over_many_categories() -> None:
    built, document = generated(6000)
    codes = [row.code for row in document.code_table("general_public").roots()]
    assert len(codes) == len(set(codes)) == built.categories == 99
    assert all(len(code) == 3 and code.startswith("2") for code in codes)
    assert len(document.code_table("economic").rows) >= 200


@pytest.mark.parametrize("rows", [1, 7, 61, 150])
def test_small_documents_are_consistent_too(rows: int) -> None:
    built, document = generated(rows)
    assert document.unparsed == ()
    assert [check for check in check_report(document) if check.status != "pass"] == []
    assert len(document.code_table("income").rows) == built.rows["income"]


def test_generation_is_deterministic_for_a_seed() -> None:
    module = generator()
    assert module.generate_document(200, 3) == module.generate_document(200, 3)
    assert module.generate_document(200, 3) != module.generate_document(200, 4)


def test_script_writes_the_document(tmp_path: Path) -> None:
    output = tmp_path / "generated.txt"
    assert generator().main(["--rows", "50", "--seed", "2", "-o", str(output)]) == 0
    assert output.read_text(encoding="utf-8") == generator().generate_document(50, 2)
