"""The 三公 table: one row of seven values in 万元 under a two-row header.

Each column is named by joining the header cells above it (``公务用车购置及运行费``
over ``小计``); the names map to the seven canonical items. A header that says
nothing recognisable falls back to the standard column order.
"""

from __future__ import annotations

from budgetdiff.model import SANGONG_ITEMS, Sangong, UnparsedLine
from budgetdiff.money import Amount, is_amount, is_empty_cell, parse_amount
from budgetdiff.parser.lines import Line
from budgetdiff.parser.table_lines import (
    continues_note,
    is_note,
    is_rule,
    preparer_of,
    unit_of,
)
from budgetdiff.record import replace

_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("机关运行", "机关运行经费"),
    ("小计", "公务用车购置及运行费"),
    ("购置及运行", "公务用车购置及运行费"),
    ("购置费", "公务用车购置费"),
    ("运行费", "公务用车运行费"),
    ("出国", "因公出国（境）费"),
    ("接待", "公务接待费"),
    ("合计", "合计"),
)


def _item_of(label: str) -> str | None:
    for keyword, item in _KEYWORDS:
        if keyword in label:
            return item
    return None


def names_items(header: list[Line]) -> bool:
    """True when the header lines name at least two of the 三公 items: a 三公 table's
    header, not a stray line."""
    found = {_item_of(cell) for line in header for cell in line.filled}
    return len(found - {None, "合计"}) >= 2


def _column_items(header: list[Line], width: int) -> list[str]:
    labels = [
        " ".join(row.cells[i] for row in header if i < len(row.cells) and row.cells[i])
        for i in range(width)
    ]
    items = [_item_of(label) for label in labels]
    if width == len(SANGONG_ITEMS) and (None in items or len(set(items)) < width):
        return list(SANGONG_ITEMS)
    return [item or f"列{i + 1}" for i, item in enumerate(items)]


def parse_sangong(heading: Line, body: list[Line]) -> tuple[Sangong | None, list[UnparsedLine]]:
    """The 三公 values under ``heading`` and unplaced lines. A table printed without
    figures (its header or a note under the heading, no data row) is blank: every value
    None; None only when nothing under the heading is a 三公 table."""
    unit = "万元"
    header: list[Line] = []
    result: Sangong | None = None
    unparsed: list[UnparsedLine] = []
    furniture: list[int] = []
    note: Line | None = None
    note_ends = -2  # the index in body of the note's last line: its wrapped rest follows
    for index, line in enumerate(body):
        if note is not None and index == note_ends + 1 and continues_note(note.text, line):
            note = Line(note.no, note.text.rstrip() + line.text.strip())
            furniture.append(line.no)
            note_ends = index
            continue
        if is_note(line):
            if note is None:
                note, note_ends = line, index
            else:
                unparsed.append(line.unparsed(f"a second note (first on line {note.no})"))
            continue
        found_unit = unit_of(line)
        if preparer_of(line) is not None or is_rule(line) or found_unit is not None:
            unit = found_unit or unit
            furniture.append(line.no)
            continue
        numeric = [cell for cell in line.cells if cell and not is_empty_cell(cell)]
        if not numeric or not all(is_amount(cell) for cell in numeric):
            if result is None and not any(is_amount(cell) for cell in line.cells):
                header.append(line)
            else:
                unparsed.append(line.unparsed("not part of the 三公 table"))
            continue
        if result is not None:
            unparsed.append(line.unparsed(f"a second 三公 data row (first on line {result.line})"))
            continue
        width = max(len(line.cells), len(SANGONG_ITEMS))
        items = _column_items(header, width)
        cells = list(line.cells) + [""] * (width - len(line.cells))
        values: dict[str, Amount | None] = dict.fromkeys(SANGONG_ITEMS)
        raw: dict[str, str] = dict.fromkeys(SANGONG_ITEMS, "")
        for item, cell in zip(items, cells, strict=True):
            values[item] = parse_amount(cell, unit)
            raw[item] = cell
        result = Sangong(values, raw, unit, line.no, heading.text.strip(), heading.no)
    if result is None and (note is not None or names_items(header)):
        # a table printed without figures: blank, not missing (its note may say why)
        blank: dict[str, Amount | None] = dict.fromkeys(SANGONG_ITEMS)
        raw = dict.fromkeys(SANGONG_ITEMS, "")
        result = Sangong(blank, raw, unit, heading.no, heading.text.strip(), heading.no)
    if result is not None:
        result = replace(
            result,
            note=note.text.strip() if note else None,
            note_line=note.no if note else None,
            furniture=tuple(furniture) + tuple(line.no for line in header),
        )
    else:
        by_number = {line.no: line for line in body}
        lines = sorted([*furniture, *(line.no for line in header), *([note.no] if note else [])])
        reason = "under a 三公 heading with no figures"
        unparsed.extend(by_number[number].unparsed(reason) for number in lines)
    return result, unparsed
