"""Two-sided tables: finance_summary (财务收支预算总表) and fiscal_summary (财政拨款收支预算总表).

The column header row names ``项目`` twice: the cells between the two are the
income columns, the cells after the second the expenditure columns. Each data
row holds an income item, an expenditure item, or both.
"""

from __future__ import annotations

import re

from budgetdiff.model import SideItem, TwoSidedTable, UnparsedLine
from budgetdiff.money import Amount, is_amount, parse_amount
from budgetdiff.parser.lines import Line
from budgetdiff.parser.table_lines import is_header, is_note, is_rule, preparer_of, unit_of
from budgetdiff.text import squeeze

_ITEM = re.compile(
    r"^(?:(?P<top>[一二三四五六七八九十]+)[、.．]|(?P<sub>\d+)[.．、)）]|[（(](?P<paren>\d+)[)）])\s*(?P<label>.+)$"
)
_INCOME_TOTALS = frozenset({"收入总计", "收入合计", "总计"})
_EXPENDITURE_TOTALS = frozenset({"支出总计", "支出合计", "总计"})


def side_item(name: str, values: dict[str, Amount | None], line: int) -> SideItem:
    """An item with its ordinal and level read from its name (一、 is 1; 1. is 2)."""
    match = _ITEM.match(name)
    if match is None:
        return SideItem(name, name, "", 1, values, line)
    ordinal = match.group("top") or match.group("sub") or match.group("paren")
    level = 1 if match.group("top") else 2
    return SideItem(name, match.group("label").strip(), ordinal, level, values, line)


def leaf_labels(header: list[Line]) -> list[str]:
    """Each cell position's lowest label in a header of several rows.

    A column grouped under a wider heading (基本支出 over 人员经费 and 公用经费)
    is named by what stands directly above its figures. A row naming only the two
    sides (``财政拨款收入 | 财政拨款支出``), above or below the column names, names a
    position no other row names.
    """
    width = max(len(line.cells) for line in header)
    labels = [""] * width
    sides = [line for line in header if _names_sides(line)]
    for line in [*sides, *(line for line in header if not _names_sides(line))]:
        for index, cell in enumerate(line.cells):
            if cell:
                labels[index] = cell
    return labels


def _names_sides(line: Line) -> bool:
    filled = [squeeze(cell) for cell in line.filled]
    return 0 < len(filled) <= 2 and all(cell.endswith(("收入", "支出")) for cell in filled)


def _item_cells(header: list[Line]) -> tuple[int, int] | None:
    """The cell positions of the two 项目 columns (income items, expenditure items), on
    one header row or on two."""
    found = sorted(
        {index for line in header for index, cell in enumerate(line.cells) if cell == "项目"}
    )
    return (found[0], found[1]) if len(found) >= 2 else None


def _values(
    cells: tuple[str, ...], columns: tuple[str, ...], unit: str
) -> dict[str, Amount | None]:
    padded = list(cells[: len(columns)]) + [""] * (len(columns) - len(cells))
    if any(cell and not is_amount(cell) for cell in padded) or len(cells) > len(columns):
        raise ValueError("amount cells do not fit the header")
    return {column: parse_amount(cell, unit) for column, cell in zip(columns, padded, strict=True)}


def parse_two_sided(
    table_id: str, heading: Line, body: list[Line]
) -> tuple[TwoSidedTable, list[UnparsedLine]]:
    """The two-sided table under ``heading`` and the lines that could not be placed."""
    unit = "元"
    preparer: str | None = None
    split: int | None = None
    income_columns: tuple[str, ...] = ()
    expenditure_columns: tuple[str, ...] = ()
    income: list[SideItem] = []
    expenditure: list[SideItem] = []
    totals: dict[str, tuple[dict[str, Amount | None], int]] = {}
    unparsed: list[UnparsedLine] = []
    furniture: list[int] = []
    note: Line | None = None
    header: list[Line] = []
    first = 0

    for line in body:
        if is_note(line):
            if note is None:
                note = line
            else:
                unparsed.append(line.unparsed(f"a second note (first on line {note.no})"))
            continue
        name, found_unit = preparer_of(line), unit_of(line)
        if name is not None or found_unit is not None:
            preparer = name or preparer
            unit = found_unit or unit
            furniture.append(line.no)
            continue
        if is_rule(line):
            furniture.append(line.no)
            continue
        cells = line.cells
        if is_header(line):
            furniture.append(line.no)
            if not income and not expenditure and not totals:
                header.append(line)
                items = _item_cells(header)
                if items is not None:
                    first, split = items
                    labels = leaf_labels(header)
                    income_columns = tuple(filter(None, labels[first + 1 : split]))
                    expenditure_columns = tuple(filter(None, labels[split + 1 :]))
            continue
        if split is None:
            unparsed.append(line.unparsed("a table row before the table's header"))
            continue
        left_name, right_name = cells[0], cells[split] if len(cells) > split else ""
        if is_amount(left_name) or is_amount(right_name):
            unparsed.append(line.unparsed("item names and amounts out of place"))
            continue
        try:
            left = _values(cells[1:split], income_columns, unit)
            right = _values(cells[split + 1 :], expenditure_columns, unit)
        except ValueError as error:
            unparsed.append(line.unparsed(str(error)))
            continue
        if any(
            name and squeeze(name) in names and side in totals
            for name, names, side in (
                (left_name, _INCOME_TOTALS, "income"),
                (right_name, _EXPENDITURE_TOTALS, "expenditure"),
            )
        ):
            earlier = totals.get("income", totals.get("expenditure"))
            where = f" (first on line {earlier[1]})" if earlier else ""
            unparsed.append(line.unparsed(f"a second total row{where}"))
            continue
        if left_name:
            if squeeze(left_name) in _INCOME_TOTALS:
                totals["income"] = (left, line.no)
            else:
                income.append(side_item(left_name, left, line.no))
        if right_name:
            if squeeze(right_name) in _EXPENDITURE_TOTALS:
                totals["expenditure"] = (right, line.no)
            else:
                expenditure.append(side_item(right_name, right, line.no))
        if not left_name and not right_name:
            unparsed.append(line.unparsed("a row with amounts but no item name"))

    income_total, income_line = totals.get("income", (None, None))
    expenditure_total, expenditure_line = totals.get("expenditure", (None, None))
    table = TwoSidedTable(
        id=table_id,
        title=heading.text.strip(),
        line=heading.no,
        unit=unit,
        income_columns=income_columns,
        expenditure_columns=expenditure_columns,
        income_items=tuple(income),
        expenditure_items=tuple(expenditure),
        income_total=income_total,
        expenditure_total=expenditure_total,
        income_total_line=income_line,
        expenditure_total_line=expenditure_line,
        preparer=preparer,
        note=note.text.strip() if note else None,
        note_line=note.no if note else None,
        furniture=tuple(furniture),
    )
    return table, unparsed
