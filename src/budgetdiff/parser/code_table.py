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
from itertools import repeat
from typing import Any, Literal

from budgetdiff.model import LEVEL_OF_LENGTH, CodeTable, Level, Row, UnparsedLine
from budgetdiff.money import Amount, is_amount, is_empty_cell, parse_amount
from budgetdiff.parser.lines import Line
from budgetdiff.parser.table_lines import is_header, is_note, is_rule, preparer_of, unit_of

_TOTAL_NAMES = frozenset({"合计", "总计"})
_USUAL_ROW = re.compile(r"(\d{3})((?:\t\d\d){0,2})\t+([^\t\d\s][^\t]*)((?:\t[^\t]*)*)")
"""The usual row, read in one match: 类 code, 2-digit parts, name, then the amount cells.

Empty code cells before the name are skipped. Anything else takes the general path.
"""
_ECONOMIC_LEVELS = {3: Level.CATEGORY, 5: Level.SECTION}


def _digits(cell: str, *lengths: int) -> bool:
    return len(cell) in lengths and cell.isascii() and cell.isdigit()


def read_code(cells: tuple[str, ...]) -> tuple[str, int]:
    """The code at the start of a row and the index of the first cell after it.

    A 3-digit 类 (or a whole 5- or 7-digit code) followed by 2-digit parts;
    empty cells between them are skipped.
    """
    code = ""
    for index, cell in enumerate(cells):
        if not cell:
            continue
        if not code and _digits(cell, 3, 5, 7):
            code = cell
        elif code and len(code) < 7 and _digits(cell, 2):
            code += cell
        else:
            return code, index
    return code, len(cells)


_UNSEEN = object()
"""Marks a cell not parsed before (``dict.get`` default)."""


class AmountReader:
    """Parses amount cells in one unit, remembering cells already seen.

    Budget tables repeat figures down the tree (a 项 equals its 款 and 类 when it
    is the only child), so most cells of a large table were parsed before.
    """

    def __init__(self, unit: str) -> None:
        self.unit = unit
        self._seen: dict[str, Amount | None] = {"": None}

    def __call__(self, cell: str) -> Amount | None:
        seen = self._seen
        if cell in seen:
            return seen[cell]
        digits = cell.replace(",", "")
        if self.unit == "元" and digits.isascii() and digits.isdigit():
            value: Amount | None = int(digits)
        else:
            value = parse_amount(cell, self.unit)
        seen[cell] = value
        return value

    def align(self, cells: tuple[str, ...], columns: tuple[str, ...]) -> dict[str, Amount | None]:
        """The amount cells matched to ``columns``. Raises ValueError if they do not fit."""
        width = len(columns)
        amounts = list(cells)
        if len(amounts) > width:
            while len(amounts) > width and is_empty_cell(amounts[0]):
                amounts.pop(0)
            while len(amounts) > width and is_empty_cell(amounts[-1]):
                amounts.pop()
            if len(amounts) > width:
                raise ValueError(f"{len(amounts)} amount cells for {width} columns")
        elif len(amounts) < width:
            amounts += [""] * (width - len(amounts))
        values: list[Any] = list(map(self._seen.get, amounts, repeat(_UNSEEN)))
        if _UNSEEN in values:
            values = list(map(self, amounts))
        return dict(zip(columns, values, strict=True))


def header_columns(line: Line) -> tuple[str, ...] | None:
    """The amount columns a header row names (those after …名称, or from 合计 on)."""
    filled = line.filled
    for index, cell in enumerate(filled):
        if cell.endswith("名称"):
            return filled[index + 1 :] or None
    if "合计" in filled:
        return filled[filled.index("合计") :]
    return None


class _TableReader:
    """Reads the lines under one table heading into rows, total and note."""

    def __init__(self, table_id: str) -> None:
        self.table_id = table_id
        self.classification: Literal["functional", "economic"] = (
            "economic" if table_id == "economic" else "functional"
        )
        self.levels = _ECONOMIC_LEVELS if table_id == "economic" else LEVEL_OF_LENGTH
        self.unit = "元"
        self.amounts = AmountReader(self.unit)
        self.preparer: str | None = None
        self.columns: tuple[str, ...] | None = None
        self.rows: list[Row] = []
        self.seen: dict[str, int] = {}
        self.total: dict[str, Amount | None] | None = None
        self.total_line: int | None = None
        self.note: str | None = None
        self.note_line: int | None = None
        self.unparsed: list[UnparsedLine] = []

    def read(self, line: Line) -> None:
        usual = _USUAL_ROW.fullmatch(line.text.rstrip(" \r\n\f\v"))
        if usual is not None and self.columns is not None:
            first, parts, name, tail = usual.groups()
            cells = tail.split("\t")[1:]
            if " " in tail or "\u3000" in tail:
                cells = list(map(str.strip, cells))
            self._add_row(line, first + parts.replace("\t", ""), name.strip(), tuple(cells))
            return
        cells = line.cells
        if not _digits(cells[0], 3, 5, 7) and self._read_furniture(line):
            return
        code, after = read_code(cells)
        if code:
            self._read_row(line, code, after)
            return
        filled = line.filled
        if filled and filled[0] in _TOTAL_NAMES:
            self._read_total(line, cells.index(filled[0]) + 1)
        elif is_header(line):
            self.columns = self.columns or header_columns(line)
        else:
            self.unparsed.append(line.unparsed(f"not a row of the {self.table_id} table"))

    def _read_furniture(self, line: Line) -> bool:
        """编制部门, 单位, ruled lines and 注 notes; True when ``line`` was one."""
        if (name := preparer_of(line)) is not None:
            self.preparer = name
        elif (unit := unit_of(line)) is not None:
            self.unit = unit
            self.amounts = AmountReader(unit)
        elif is_note(line):
            self.note, self.note_line = line.text.strip(), line.no
        elif not is_rule(line):
            return False
        return True

    def _values(self, line: Line, cells: tuple[str, ...]) -> dict[str, Amount | None] | None:
        if self.columns is None:
            self.unparsed.append(line.unparsed("a table row before the table's header"))
            return None
        try:
            return self.amounts.align(cells, self.columns)
        except ValueError as error:
            self.unparsed.append(line.unparsed(f"amounts do not fit the header: {error}"))
            return None

    def _read_row(self, line: Line, code: str, after: int) -> None:
        cells = line.cells
        name = cells[after] if after < len(cells) else ""
        if is_amount(name):
            name, after = "", after - 1
        self._add_row(line, code, name, cells[after + 1 :])

    def _add_row(self, line: Line, code: str, name: str, amount_cells: tuple[str, ...]) -> None:
        if len(code) not in self.levels:
            self.unparsed.append(line.unparsed(f"code {code} has no {self.classification} level"))
            return
        values = self._values(line, amount_cells)
        if values is None:
            return
        if code in self.seen:
            self.unparsed.append(line.unparsed(f"code {code} repeats line {self.seen[code]}"))
            return
        self.seen[code] = line.no
        self.rows.append(Row(code, self.levels[len(code)], name, values, line.no))

    def _read_total(self, line: Line, after: int) -> None:
        # The 合计 label may span the code and name columns, leaving empty cells
        # before the amounts; its first amount (合计 itself) is never empty when
        # the table has data, so every leading empty cell is such filler.
        cells = line.cells[after:]
        while cells and is_empty_cell(cells[0]):
            cells = cells[1:]
        values = self._values(line, cells)
        if values is None:
            return
        if self.total is not None:
            self.unparsed.append(
                line.unparsed(f"a second 合计 row (first on line {self.total_line})")
            )
        else:
            self.total, self.total_line = values, line.no


def parse_code_table(
    table_id: str, heading: Line, body: list[Line]
) -> tuple[CodeTable, list[UnparsedLine]]:
    """The table under ``heading`` and the lines of it that could not be placed."""
    reader = _TableReader(table_id)
    for line in body:
        reader.read(line)
    table = CodeTable(
        id=table_id,
        title=heading.text.strip(),
        line=heading.no,
        unit=reader.unit,
        classification=reader.classification,
        columns=reader.columns or (),
        rows=tuple(reader.rows),
        total=reader.total,
        total_line=reader.total_line,
        preparer=reader.preparer,
        note=reader.note,
        note_line=reader.note_line,
    )
    return table, reader.unparsed
