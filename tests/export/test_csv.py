"""CSV export: one UTF-8 (BOM) file per table, exact figures, atomic and never clobbering."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from budgetdiff.checks import check as check_report
from budgetdiff.errors import OutputError
from budgetdiff.export import csv_export
from budgetdiff.export.csv_export import cell_text, write_csv
from budgetdiff.model import SANGONG_ITEMS, CodeTable, Document, TwoSidedTable

if TYPE_CHECKING:
    from tests.export.conftest import CsvReader, RowEditor

SAMPLES = ("port", "coop")
TABLES = (
    "finance_summary",
    "income",
    "expenditure",
    "fiscal_summary",
    "general_public",
    "gov_fund",
    "economic",
    "sangong",
)
EXTRA = ("projects", "components", "indicators", "checks")
EXPECTED = {
    # sample: (expenditure 合计, expenditure 201 合计, 三公 合计)
    "port": (194829473, 190410477, 1420500),
    "coop": (49176950, 39814410, 1376000),
}


def _text(value: object) -> str:
    return "" if value is None else str(value)


@pytest.fixture(params=SAMPLES)
def exported(
    request: pytest.FixtureRequest, docs: dict[str, Document], tmp_path: Path
) -> tuple[str, Document, Path]:
    name: str = request.param
    target = tmp_path / "out"
    write_csv(docs[name], target)
    return name, docs[name], target


def test_one_file_per_table(exported: tuple[str, Document, Path]) -> None:
    _, _, target = exported
    assert sorted(path.name for path in target.iterdir()) == sorted(
        f"{name}.csv" for name in TABLES + EXTRA
    )


def test_every_file_starts_with_a_bom(exported: tuple[str, Document, Path]) -> None:
    _, _, target = exported
    for path in target.iterdir():
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path.name


def test_code_tables_round_trip(exported: tuple[str, Document, Path], read_csv: CsvReader) -> None:
    _, document, target = exported
    for table in document.tables.values():
        if not isinstance(table, CodeTable):
            continue
        rows = read_csv(target / f"{table.id}.csv")
        assert list(rows[0]) == ["code", "level", "parent_code", "name", *table.columns, "line"]
        *body, total = rows
        assert [row["code"] for row in body] == [row.code for row in table.rows]
        for written, row in zip(body, table.rows, strict=True):
            assert written["level"] == str(row.level)
            assert written["parent_code"] == (row.parent_code or "")
            assert written["name"] == row.name
            assert written["line"] == str(row.line)
            for column in table.columns:
                assert written[column] == _text(row.value(column)), (table.id, row.code, column)
        assert table.total is not None
        assert total["name"] == "合计"
        assert total["code"] == ""
        assert total["line"] == str(table.total_line)
        for column in table.columns:
            assert total[column] == _text(table.total.get(column))


def test_known_figures(exported: tuple[str, Document, Path], read_csv: CsvReader) -> None:
    name, _, target = exported
    grand_total, category_201, sangong_total = EXPECTED[name]
    rows = read_csv(target / "expenditure.csv")
    assert rows[-1]["name"] == "合计"
    assert rows[-1]["合计"] == str(grand_total)
    assert next(row for row in rows if row["code"] == "201")["合计"] == str(category_201)
    sangong = read_csv(target / "sangong.csv")
    assert [row["item"] for row in sangong] == list(SANGONG_ITEMS)
    assert sangong[0]["amount"] == str(sangong_total)
    assert sangong[0]["unit"] == "万元"


def test_port_cells_are_exact_text(docs: dict[str, Document], tmp_path: Path) -> None:
    write_csv(docs["port"], tmp_path / "out")
    text = (tmp_path / "out" / "expenditure.csv").read_bytes().decode("utf-8-sig")
    assert "201,类,,一般公共服务支出,190410477,11663914,178746563,143\r\n" in text
    # An empty cell stays empty: 一般行政管理事务 has no 基本支出.
    assert "2010302,项,20103,一般行政管理事务,177139745,,177139745,147\r\n" in text
    assert text.endswith(",,,合计,194829473,15906334,178923139,163\r\n")


def test_two_sided_tables(exported: tuple[str, Document, Path], read_csv: CsvReader) -> None:
    name, document, target = exported
    for table in document.tables.values():
        if not isinstance(table, TwoSidedTable):
            continue
        rows = read_csv(target / f"{table.id}.csv")
        assert list(rows[0]) == ["side", "level", "name", *table.columns, "line"]
        income = [row for row in rows if row["side"] == "income"]
        spending = [row for row in rows if row["side"] == "expenditure"]
        assert len(income) == len(table.income_items) + 1
        assert len(spending) == len(table.expenditure_items) + 1
        assert income[-1]["name"] == "收入总计"
        assert spending[-1]["name"] == "支出总计"
        assert income[0]["level"] == "1"
        assert income[-1]["level"] == ""
    summary = read_csv(target / "finance_summary.csv")
    totals = [row["预算数"] for row in summary if row["name"].endswith("总计")]
    assert totals == [str(EXPECTED[name][0])] * 2


def test_projects_components_indicators_checks(
    exported: tuple[str, Document, Path], read_csv: CsvReader
) -> None:
    _, document, target = exported
    projects = read_csv(target / "projects.csv")
    assert [row["name"] for row in projects] == [p.name or "" for p in document.projects]
    assert [row["year_budget"] for row in projects] == [
        _text(p.year_budget) for p in document.projects
    ]
    components = read_csv(target / "components.csv")
    assert [row["amount"] for row in components] == [
        _text(c.amount) for p in document.projects for c in p.components
    ]
    indicators = read_csv(target / "indicators.csv")
    assert [row["target"] for row in indicators] == [
        cell_text(i.target.text) for p in document.projects for i in p.indicators
    ]
    checks = read_csv(target / "checks.csv")
    assert [row["id"] for row in checks] == [check.id for check in check_report(document)]
    assert {row["strict"] for row in checks} <= {"true", "false"}


def test_fractional_yuan_is_exact(
    port_doc: Document, edit_document: RowEditor, tmp_path: Path, read_csv: CsvReader
) -> None:
    document = edit_document(port_doc, "expenditure", "2010301", values={"合计": Decimal("0.10")})
    write_csv(document, tmp_path / "out")
    row = next(r for r in read_csv(tmp_path / "out" / "expenditure.csv") if r["code"] == "2010301")
    assert row["合计"] == "0.1"


def test_refuses_to_overwrite_without_force(docs: dict[str, Document], tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_csv(docs["port"], target)
    before = (target / "expenditure.csv").read_bytes()
    with pytest.raises(OutputError, match="already exists"):
        write_csv(docs["coop"], target)
    assert (target / "expenditure.csv").read_bytes() == before
    write_csv(docs["coop"], target, force=True)
    assert (target / "expenditure.csv").read_bytes() != before
    assert "49176950" in (target / "expenditure.csv").read_text(encoding="utf-8-sig")
    assert [path.name for path in tmp_path.iterdir()] == ["out"]


def test_refuses_an_existing_file_too(port_doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError):
        write_csv(port_doc, target)
    assert target.read_text(encoding="utf-8") == "keep me"


def test_failure_leaves_nothing_behind(
    port_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = csv_export.write_rows

    def failing(*args: object, **kwargs: object) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(csv_export, "write_rows", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        write_csv(port_doc, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_export(
    port_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out"
    write_csv(port_doc, target)
    before = sorted(path.name for path in target.iterdir())

    def failing(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(csv_export, "write_rows", failing)
    with pytest.raises(RuntimeError):
        write_csv(port_doc, target, force=True)
    assert sorted(path.name for path in target.iterdir()) == before
    assert [path.name for path in tmp_path.iterdir()] == ["out"]


def test_missing_directory_is_an_output_error(port_doc: Document, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_csv(port_doc, tmp_path / "missing" / "out")


def test_formula_text_is_neutralised(tmp_path: Path) -> None:
    """A name a spreadsheet would run as a formula is written with a leading apostrophe."""
    from budgetdiff.export.csv_export import cell_text

    assert cell_text('=HYPERLINK("http://x","点我")') == '\'=HYPERLINK("http://x","点我")'
    assert cell_text("@SUM(A1)") == "'@SUM(A1)"
    assert cell_text("行政运行") == "行政运行"
    assert cell_text(-5) == "-5"
