"""Tables by classification code: income, expenditure, general_public, gov_fund, economic.

Codes are read by shape (3 digits, then 2-digit parts, or a whole 5/7-digit
code), the name is the first text cell after them, and the amounts are the
cells after the name, matched against the header's amount columns. Extra empty
cells before the amounts (left by a page break that dropped a code column, or by
a 合计 row spanning the code columns) are dropped; missing trailing cells are
empty.
"""

from __future__ import annotations

import re
from typing import Literal

from budgetdiff.model import LEVEL_OF_LENGTH, CodeTable, Level, Row, UnparsedLine
from budgetdiff.money import Amount, is_amount, is_empty_cell, parse_amount
from budgetdiff.parser.lines import Line
from budgetdiff.parser.table_lines import is_header, is_note, is_rule, preparer_of, unit_of

_CATEGORY = re.compile(r"^\d{3}$")
_PART = re.compile(r"^\d{2}$")
_WHOLE = re.compile(r"^\d{5}$|^\d{7}$")
_TOTAL_NAMES = frozenset({"合计", "总计"})
_ECONOMIC_LEVELS = {3: Level.CATEGORY, 5: Level.SECTION}


def read_code(cells: tuple[str, ...]) -> tuple[str, int]:
    """The code at the start of a row and the index of the first cell after it."""
    code = ""
    index = 0
    for index, cell in enumerate(cells):
        if not cell:
            continue
        if not code and (_CATEGORY.match(cell) or _WHOLE.match(cell)):
            code = cell
        elif code and len(code) < 7 and _PART.match(cell):
            code += cell
        else:
            return code, index
    return code, len(cells)


def align_amounts(
    cells: tuple[str, ...], columns: tuple[str, ...], unit: str
) -> dict[str, Amount | None]:
    """The amount cells of a row matched to ``columns``. Raises ValueError if they do not fit."""
    amounts = list(cells)
    while len(amounts) > len(columns) and is_empty_cell(amounts[0]):
        amounts.pop(0)
    while len(amounts) > len(columns) and is_empty_cell(amounts[-1]):
        amounts.pop()
    if len(amounts) > len(columns):
        raise ValueError(f"{len(amounts)} amount cells for {len(columns)} columns")
    amounts += [""] * (len(columns) - len(amounts))
    return {column: parse_amount(cell, unit) for column, cell in zip(columns, amounts, strict=True)}


def header_columns(line: Line) -> tuple[str, ...] | None:
    """The amount columns a header row names (those after …名称, or from 合计 on)."""
    filled = line.filled
    for index, cell in enumerate(filled):
        if cell.endswith("名称"):
            return filled[index + 1 :] or None
    if "合计" in filled:
        return filled[filled.index("合计") :]
    return None


def parse_code_table(
    table_id: str, heading: Line, body: list[Line]
) -> tuple[CodeTable, list[UnparsedLine]]:
    """The table under ``heading`` and the lines of it that could not be placed."""
    classification: Literal["functional", "economic"] = (
        "economic" if table_id == "economic" else "functional"
    )
    levels = _ECONOMIC_LEVELS if classification == "economic" else LEVEL_OF_LENGTH
    unit = "元"
    preparer: str | None = None
    columns: tuple[str, ...] | None = None
    rows: list[Row] = []
    seen: dict[str, int] = {}
    total: dict[str, Amount | None] | None = None
    total_line: int | None = None
    note: str | None = None
    note_line: int | None = None
    unparsed: list[UnparsedLine] = []

    for line in body:
        if (name := preparer_of(line)) is not None:
            preparer = name
            continue
        if (found_unit := unit_of(line)) is not None:
            unit = found_unit
            continue
        if is_rule(line):
            continue
        if is_note(line):
            note, note_line = line.text.strip(), line.no
            continue
        code, after = read_code(line.cells)
        first = line.filled[0] if line.filled else ""
        if not code and first not in _TOTAL_NAMES:
            if is_header(line):
                columns = columns or header_columns(line)
            else:
                unparsed.append(line.unparsed(f"not a row of the {table_id} table"))
            continue
        if columns is None:
            unparsed.append(line.unparsed("a table row before the table's header"))
            continue
        if code and len(code) not in levels:
            unparsed.append(line.unparsed(f"code {code} has no {classification} level"))
            continue
        if code:
            name = line.cells[after] if after < len(line.cells) else ""
            if is_amount(name):
                name, amount_cells = "", line.cells[after:]
            else:
                amount_cells = line.cells[after + 1 :]
        else:
            name = first
            amount_cells = line.cells[line.cells.index(first) + 1 :]
        try:
            values = align_amounts(amount_cells, columns, unit)
        except ValueError as error:
            unparsed.append(line.unparsed(f"amounts do not fit the header: {error}"))
            continue
        if not code:
            if total is not None:
                unparsed.append(line.unparsed(f"a second 合计 row (first on line {total_line})"))
            else:
                total, total_line = values, line.no
            continue
        if code in seen:
            unparsed.append(line.unparsed(f"code {code} repeats line {seen[code]}"))
            continue
        seen[code] = line.no
        rows.append(Row(code, levels[len(code)], name, values, line.no))

    table = CodeTable(
        id=table_id,
        title=heading.text.strip(),
        line=heading.no,
        unit=unit,
        classification=classification,
        columns=columns or (),
        rows=tuple(rows),
        total=total,
        total_line=total_line,
        preparer=preparer,
        note=note,
        note_line=note_line,
    )
    return table, unparsed
