"""XLSX export: one sheet per table, numeric amounts, text never a formula, atomic writes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from budgetdiff.errors import OutputError
from budgetdiff.export.csv_export import sheets
from budgetdiff.export.xlsx_export import write_xlsx
from budgetdiff.model import CodeTable, Document

if TYPE_CHECKING:
    from tests.export.conftest import RowEditor

SAMPLES = ("port", "coop")
GRAND_TOTAL = {"port": 194829473, "coop": 49176950}
FORMULA = '=HYPERLINK("http://example.com","点我")'


def _sheet(path: Path, name: str) -> Worksheet:
    worksheet = load_workbook(path)[name]
    assert isinstance(worksheet, Worksheet)
    return worksheet


def _row(worksheet: Worksheet, code: str) -> dict[str, object]:
    header = [cell.value for cell in worksheet[1]]
    for row in worksheet.iter_rows(min_row=2, values_only=True):
        if row[0] == code:
            return dict(zip(header, row, strict=True))
    raise AssertionError(f"no row {code}")


@pytest.mark.parametrize("sample", SAMPLES)
def test_sheets_are_the_tables(sample: str, docs: dict[str, Document], tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_xlsx(docs[sample], target)
    workbook = load_workbook(target)
    assert workbook.sheetnames == [sheet.name for sheet in sheets(docs[sample])]
    assert workbook.sheetnames[:8] == [
        "finance_summary",
        "income",
        "expenditure",
        "fiscal_summary",
        "general_public",
        "gov_fund",
        "economic",
        "sangong",
    ]
    for worksheet in workbook.worksheets:
        assert worksheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in worksheet[1])


@pytest.mark.parametrize("sample", SAMPLES)
def test_amounts_are_numeric_cells(sample: str, docs: dict[str, Document], tmp_path: Path) -> None:
    document = docs[sample]
    target = tmp_path / "out.xlsx"
    write_xlsx(document, target)
    worksheet = _sheet(target, "expenditure")
    last = worksheet[worksheet.max_row]
    assert last[3].value == "合计"
    total = last[4]
    assert total.value == GRAND_TOTAL[sample]
    assert isinstance(total.value, int)
    assert total.data_type == "n"
    assert total.number_format == "#,##0"
    # Every code table round-trips: numbers where the document has amounts, empty cells else.
    for table in document.tables.values():
        if not isinstance(table, CodeTable):
            continue
        sheet = _sheet(target, table.id)
        for row in table.rows:
            written = _row(sheet, row.code)
            assert written["name"] == row.name
            assert written["line"] == row.line
            for column in table.columns:
                assert written[column] == row.value(column), (table.id, row.code, column)


def test_port_figures(port_doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_xlsx(port_doc, target)
    row = _row(_sheet(target, "expenditure"), "201")
    assert row["合计"] == 190410477
    assert row["level"] == "类"
    sangong = _sheet(target, "sangong")
    assert sangong["B2"].value == 1420500
    assert sangong["C2"].value == "142.05"
    assert sangong["C2"].data_type == "s"
    # Line numbers are numbers too, but not money: no thousands format.
    assert sangong["F2"].number_format == "General"


def test_formula_text_stays_text(
    port_doc: Document, edit_document: RowEditor, tmp_path: Path
) -> None:
    document = edit_document(port_doc, "expenditure", "2010301", name=FORMULA)
    document = edit_document(document, "expenditure", "2010302", name="#N/A")
    target = tmp_path / "out.xlsx"
    write_xlsx(document, target)
    worksheet = _sheet(target, "expenditure")
    cells = {row[0].value: row[3] for row in worksheet.iter_rows(min_row=2)}
    assert cells["2010301"].value == FORMULA
    assert cells["2010301"].data_type == "s"
    assert cells["2010302"].value == "#N/A"
    assert cells["2010302"].data_type == "s"
    formulas = [c for row in worksheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


def test_control_characters_are_dropped(
    port_doc: Document, edit_document: RowEditor, tmp_path: Path
) -> None:
    document = edit_document(port_doc, "expenditure", "2010301", name="行政\x1b[31m运行\x00")
    target = tmp_path / "out.xlsx"
    write_xlsx(document, target)
    assert _row(_sheet(target, "expenditure"), "2010301")["name"] == "行政[31m运行"


def test_fractional_yuan(port_doc: Document, edit_document: RowEditor, tmp_path: Path) -> None:
    document = edit_document(port_doc, "expenditure", "2010301", values={"合计": Decimal("1.25")})
    target = tmp_path / "out.xlsx"
    write_xlsx(document, target)
    worksheet = _sheet(target, "expenditure")
    cell = next(row[4] for row in worksheet.iter_rows(min_row=2) if row[0].value == "2010301")
    assert cell.value == 1.25
    assert cell.number_format == "#,##0.00"


def test_column_widths_fit_chinese_names(port_doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_xlsx(port_doc, target)
    worksheet = _sheet(target, "expenditure")
    longest = max(len(row.name) for row in port_doc.code_table("expenditure").rows)
    assert worksheet.column_dimensions["D"].width >= 2 * longest
    assert worksheet.column_dimensions["E"].width >= len("194,829,473")


def test_refuses_to_overwrite_without_force(docs: dict[str, Document], tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_xlsx(docs["port"], target)
    before = target.read_bytes()
    with pytest.raises(OutputError, match="already exists"):
        write_xlsx(docs["coop"], target)
    assert target.read_bytes() == before
    write_xlsx(docs["coop"], target, force=True)
    assert _row(_sheet(target, "expenditure"), "201")["合计"] == 39814410
    assert [path.name for path in tmp_path.iterdir()] == ["out.xlsx"]


def test_failure_leaves_nothing_behind(
    port_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(self: Workbook, filename: object) -> None:
        # the workbook is saved into a buffer, then the buffer to a temporary file
        write = getattr(filename, "write", None)
        if write is not None:
            write(b"partial")
        else:
            Path(str(filename)).write_bytes(b"partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(Workbook, "save", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        write_xlsx(port_doc, tmp_path / "out.xlsx")
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "out.xlsx").write_bytes(b"previous")
    with pytest.raises(RuntimeError):
        write_xlsx(port_doc, tmp_path / "out.xlsx", force=True)
    assert (tmp_path / "out.xlsx").read_bytes() == b"previous"
    assert [path.name for path in tmp_path.iterdir()] == ["out.xlsx"]


def test_a_directory_target_is_an_output_error(port_doc: Document, tmp_path: Path) -> None:
    (tmp_path / "out.xlsx").mkdir()
    with pytest.raises(OutputError):
        write_xlsx(port_doc, tmp_path / "out.xlsx", force=True)
    assert [path.name for path in tmp_path.iterdir()] == ["out.xlsx"]
