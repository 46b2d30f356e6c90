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
from collections.abc import Callable
from itertools import repeat
from typing import Any, Literal

from budgetdiff.model import LEVEL_OF_LENGTH, CodeTable, Level, Row, UnparsedLine
from budgetdiff.money import Amount, is_amount, is_empty_cell, parse_amount
from budgetdiff.parser.lines import Line
from budgetdiff.parser.table_lines import (
    TOTAL_LABELS,
    amount_start,
    continues_note,
    header_continues,
    is_column_names,
    is_header,
    is_heading_word,
    is_note,
    is_rule,
    label_end,
    preparer_of,
    unit_of,
)
from budgetdiff.record import replace

_USUAL_ROW = re.compile(r"(\d{3})((?:\t\d\d){0,2})\t+([^\t\d\s][^\t]*)((?:\t[^\t]*)*)")
"""The usual row, read in one match: 类 code, 2-digit parts, name, then the amount cells.

Empty code cells before the name are skipped. Anything else takes the general path.
"""
_ECONOMIC_LEVELS = {3: Level.CATEGORY, 5: Level.SECTION}


def _digits(cell: str, *lengths: int) -> bool:
    return len(cell) in lengths and cell.isascii() and cell.isdigit()


def read_code(cells: tuple[str, ...], pad: bool = False) -> tuple[str, int]:
    """The code at the start of a row and the index of the first cell after it.

    A 3-digit 类 (or a whole 5- or 7-digit code) followed by 2-digit parts;
    empty cells between them are skipped. With ``pad`` (economic codes, which
    some documents print without the leading zero: ``301  2``), a 1-digit part
    is one of two digits.
    """
    code = ""
    for index, cell in enumerate(cells):
        if not cell:
            continue
        if not code and _digits(cell, 3, 5, 7):
            code = cell
        elif code and len(code) < 7 and _digits(cell, 2):
            code += cell
        elif code and len(code) < 7 and pad and _digits(cell, 1):
            code += "0" + cell
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


def header_columns(lines: list[Line]) -> tuple[str, ...] | None:
    """The amount columns a header names, from its first amount column on (``amount_start``).

    ``lines`` are the header's rows in any order: the row naming the most amount
    columns names them; a label below it in the same cell position continues the
    column's name, and so does a piece of a word above it (``事业单位`` / ``经营收入``),
    while a heading word above it names a group of columns (``支出预算``); a position
    that row leaves empty is named by the labels above and below it (``pdftotext
    -layout`` prints a wrapped cell's two lines around the row).
    """
    start = amount_start(lines)
    if start is None:
        return None
    anchor = max(range(len(lines)), key=lambda i: _naming(lines[i], start, i))
    cells = lines[anchor].cells
    width = max(len(line.cells) for line in lines)
    names = []
    for index in range(start, width):
        own = cells[index] if index < len(cells) else ""
        if own:
            above = "".join(
                cell for line in lines[:anchor] if not is_heading_word(cell := _cell(line, index))
            )
            text = above + own + "".join(_cell(line, index) for line in lines[anchor + 1 :])
        else:
            text = "".join(_cell(line, index) for line in lines)
        if text:
            names.append(text)
    return tuple(names) or None


def _naming(line: Line, start: int, order: int) -> tuple[int, bool, int]:
    """How well ``line`` names the amount columns: its labels from ``start`` on, then
    whether it holds 合计, then the later line."""
    cells = line.cells[start:]
    return sum(1 for cell in cells if cell), "合计" in cells, order


def _cell(line: Line, index: int) -> str:
    return line.cells[index] if index < len(line.cells) else ""


class _TableReader:
    """Reads the lines under one table heading into rows, total and note."""

    def __init__(
        self,
        table_id: str,
        columns_of: Callable[[list[Line]], tuple[str, ...] | None] = header_columns,
    ) -> None:
        self.table_id = table_id
        self.columns_of = columns_of
        self.classification: Literal["functional", "economic"] = (
            "economic" if table_id == "economic" else "functional"
        )
        self.levels = _ECONOMIC_LEVELS if table_id == "economic" else LEVEL_OF_LENGTH
        self.unit = "元"
        self.amounts = AmountReader(self.unit)
        self.preparer: str | None = None
        self.columns: tuple[str, ...] | None = None
        self.header: list[Line] = []
        """The header's rows before the first data row."""
        self.rows: list[Row] = []
        self.last_row_line: int | None = None
        self.last_line: int | None = None
        self.last_row: Line | None = None
        """The source line of the last row, whose name a wrapped line may continue."""
        self.name_cell: int | None = None
        """The cell position of that row's name, found at its first wrapped line."""
        self.duplicates: list[Row] = []
        self.furniture: list[int] = []
        self.seen: dict[str, int] = {}
        self.total: dict[str, Amount | None] | None = None
        self.total_line: int | None = None
        self.bare_total: Line | None = None
        """A 合计 row without figures, printed on a line of column labels."""
        self.note: str | None = None
        self.note_line: int | None = None
        self.note_end: int | None = None
        """The note's last line, which its wrapped rest would follow."""
        self.unparsed: list[UnparsedLine] = []

    def read(self, line: Line) -> None:
        self._read(line)
        self.last_line = line.no

    def _read(self, line: Line) -> None:
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
        code, after = read_code(cells, pad=self.classification == "economic")
        if code:
            self._read_row(line, code, after)
            return
        filled = line.filled
        if filled and filled[0] in TOTAL_LABELS and not is_column_names(line):
            self._read_total(line, cells.index(filled[0]) + 1)
        elif filled and filled[0] in TOTAL_LABELS and self._labels_beside_total(line):
            self._read_labelled_total(line)
        elif self._continues_name(line) or self._read_header(line):
            self.furniture.append(line.no)
        else:
            self.unparsed.append(line.unparsed(f"not a row of the {self.table_id} table"))

    def _read_header(self, line: Line) -> bool:
        """A header row, or a wrapped line of the header before the first row."""
        started = bool(self.rows) or self.total is not None
        if started:
            return is_header(line)
        if not (is_header(line) or header_continues(line)):
            return False
        self.header.append(line)
        self.columns = self.columns_of(self.header) or self.columns
        return True

    def _labels_beside_total(self, line: Line) -> bool:
        """Whether a line of labels led by 合计 is an empty table's 合计 row with the
        header's lowest labels printed on its line (``合计 | | 合计 | 基本支出``): it holds
        a total label twice, or its 合计 stands in the code and name columns and, past an
        empty cell, its other labels in the amount columns. A line of column names led
        by the 合计 column, or packed to the left (an empty table's header in layout
        text), is the header's."""
        cells = line.cells
        if sum(1 for cell in cells if cell in TOTAL_LABELS) > 1:
            return True
        first = next(i for i, cell in enumerate(cells) if cell in TOTAL_LABELS)
        following = next(i for i in range(first + 1, len(cells)) if cells[i])
        end = label_end(self.header)
        return end is not None and first <= end < following and following > first + 1

    def _read_labelled_total(self, line: Line) -> None:
        """An empty table's 合计 row sharing its line with column labels: the labels join
        the header, the row is a total without figures."""
        cells = list(line.cells)
        cells[cells.index(line.filled[0])] = ""
        self.header.append(Line(line.no, "\t".join(cells)))
        self.columns = self.columns_of(self.header) or self.columns
        if self.total is not None:
            self.unparsed.append(
                line.unparsed(f"a second 合计 row (first on line {self.total_line})")
            )
            return
        self.total = dict.fromkeys(self.columns or ())
        self.total_line = line.no
        self.bare_total = line

    def _continues_name(self, line: Line) -> bool:
        """A row's name wrapped onto the next line (``…相关机构事`` / ``务支出``): joined."""
        filled = line.filled
        if len(filled) != 1 or not self.rows or is_amount(filled[0]):
            return False
        last = self.rows[-1]
        if self.last_line != self.last_row_line or self.last_row is None:
            return False
        if self.name_cell is None:
            row_cells = self.last_row.cells
            self.name_cell = row_cells.index(last.name) if last.name in row_cells else 0
        name_cell = self.name_cell
        cells = line.cells
        if not name_cell or name_cell >= len(cells) or cells[name_cell] != filled[0]:
            return False
        self.rows[-1] = replace(last, name=last.name + filled[0])
        self.last_row_line = line.no
        return True

    def _read_furniture(self, line: Line) -> bool:
        """编制部门, 单位, ruled lines and 注 notes; True when ``line`` was one."""
        note = self.note
        if note is not None and self.last_line == self.note_end and continues_note(note, line):
            self.note, self.note_end = note + line.text.strip(), line.no
            self.furniture.append(line.no)
            return True
        name, unit = preparer_of(line), unit_of(line)
        if name is not None or unit is not None:
            self.preparer = name if name is not None else self.preparer
            if unit is not None:
                self.unit = unit
                self.amounts = AmountReader(unit)
        elif is_note(line):
            if self.note is None:
                self.note, self.note_line = line.text.strip(), line.no
                self.note_end = line.no
            else:
                self.unparsed.append(
                    line.unparsed(f"a second note (first on line {self.note_line})")
                )
        elif not is_rule(line):
            return False
        if not is_note(line):
            self.furniture.append(line.no)
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
        row = Row(code, self.levels[len(code)], name, values, line.no)
        if code in self.seen:
            self.duplicates.append(row)
            return
        self.seen[code] = line.no
        self.rows.append(row)
        self.last_row_line = line.no
        self.last_row = line
        self.name_cell = None

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
    table_id: str,
    heading: Line,
    body: list[Line],
    columns_of: Callable[[list[Line]], tuple[str, ...] | None] = header_columns,
) -> tuple[CodeTable, list[UnparsedLine]]:
    """The table under ``heading`` and the lines of it that could not be placed;
    ``columns_of`` names the amount columns from the header's rows."""
    reader = _TableReader(table_id, columns_of)
    for line in body:
        reader.read(line)
    total, total_line = reader.total, reader.total_line
    if reader.bare_total is not None and reader.rows:
        reader.unparsed.append(
            reader.bare_total.unparsed("a 合计 row without figures in a table with rows")
        )
        total, total_line = None, None
    elif reader.bare_total is not None:
        total = dict.fromkeys(reader.columns or ())
        reader.furniture.append(reader.bare_total.no)
    table = CodeTable(
        id=table_id,
        title=heading.text.strip(),
        line=heading.no,
        unit=reader.unit,
        classification=reader.classification,
        columns=reader.columns or (),
        rows=tuple(reader.rows),
        total=total,
        total_line=total_line,
        preparer=reader.preparer,
        note=reader.note,
        note_line=reader.note_line,
        duplicates=tuple(reader.duplicates),
        furniture=tuple(reader.furniture),
    )
    return table, reader.unparsed
