"""XLSX export: one worksheet per table, numbers stored as numbers.

The sheets are the CSV export's (``csv_export.sheets``): sheet names are the
table ids. Amounts are numeric cells in yuan with a thousands format
(``#,##0``; ``#,##0.00`` for fractions of a yuan), so a spreadsheet sums them.
Text stays text: a name that starts with ``=`` is stored as a string, never as
a formula, and characters XML cannot carry (control characters such as ESC)
are dropped. The header row is bold and frozen; columns are sized to their
content, counting CJK characters as two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from budgetdiff.export.atomic import atomic_file
from budgetdiff.export.csv_export import Cell as Value
from budgetdiff.export.csv_export import Sheet, sheets
from budgetdiff.export.json_export import amount
from budgetdiff.model import CheckReport, Document

WHOLE_YUAN = "#,##0"
FRACTIONAL_YUAN = "#,##0.00"
MIN_WIDTH = 6
MAX_WIDTH = 60


def clean_text(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot carry."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def display_width(text: str) -> int:
    """Columns ``text`` takes on screen: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _number(value: int | Decimal) -> int | float | Decimal:
    """An exact amount as a spreadsheet number: int when whole."""
    converted = amount(value)
    if isinstance(converted, str):
        return Decimal(converted)
    return value if converted is None else converted


def _put(worksheet: Worksheet, row: int, column: int, value: Value, money: bool) -> int:
    """Write one cell; return the width its content needs."""
    if value is None:
        return 0
    if isinstance(value, str):
        text = clean_text(value)
        cell: Cell = worksheet.cell(row=row, column=column, value=text)
        # Assigning a str lets openpyxl read "=..." as a formula and "#N/A" as an error.
        cell.data_type = "s"
        return max((display_width(line) for line in text.splitlines()), default=0)
    if isinstance(value, bool):
        worksheet.cell(row=row, column=column, value=value)
        return 5
    number = _number(value)
    cell = worksheet.cell(row=row, column=column, value=number)
    if money:
        whole = isinstance(number, int)
        cell.number_format = WHOLE_YUAN if whole else FRACTIONAL_YUAN
        return len(f"{number:,}" if whole else f"{number:,.2f}")
    return len(str(number))


def _fill(worksheet: Worksheet, sheet: Sheet) -> None:
    bold = Font(bold=True)
    widths = [display_width(name) for name in sheet.header]
    for column, name in enumerate(sheet.header, start=1):
        cell = worksheet.cell(row=1, column=column, value=clean_text(name))
        cell.data_type = "s"
        cell.font = bold
    for row_number, row in enumerate(sheet.rows, start=2):
        for index, value in enumerate(row):
            width = _put(worksheet, row_number, index + 1, value, index in sheet.amounts)
            widths[index] = max(widths[index], width)
    for index, width in enumerate(widths, start=1):
        size = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
        worksheet.column_dimensions[get_column_letter(index)].width = size
    worksheet.freeze_panes = "A2"
    if sheet.rows:
        worksheet.auto_filter.ref = worksheet.dimensions


def build_workbook(document: Document, report: CheckReport | None = None) -> Workbook:
    """The workbook of ``document``: one worksheet per sheet of the CSV export."""
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for sheet in sheets(document, report):
        _fill(workbook.create_sheet(title=sheet.name), sheet)
    title = " ".join(
        str(part) for part in (document.department, document.year, document.kind) if part
    )
    workbook.properties.title = clean_text(title) or None
    workbook.properties.creator = "budgetdiff"
    return workbook


def write_xlsx(
    document: Document,
    path: Path,
    force: bool = False,
    protect: Sequence[Path] = (),
    report: CheckReport | None = None,
) -> None:
    """Write ``document`` to the workbook ``path``, atomically.

    Raises OutputError when ``path`` exists and ``force`` is False; ``force``
    replaces only a regular file that is not a ``protect`` path (see ``atomic``).
    """
    from io import BytesIO

    workbook = build_workbook(document, report)
    with atomic_file(path, force=force, protect=protect) as temporary:
        # openpyxl leaves its zip file open when a write fails; in memory that cannot fail.
        buffer = BytesIO()
        workbook.save(buffer)
        temporary.write_bytes(buffer.getbuffer())
