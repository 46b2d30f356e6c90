"""The tables of final accounts (部门决算), in 万元 with two decimals.

Their layouts differ from a budget's in ways the PDF's text layer makes worse:
header cells wrapped onto two or three lines (``本年收入合`` / ``计``), the 合计 row
first and sharing its line with the ``类 款 项`` labels, names wrapped with the code
on their middle line, figures printed at the top of a tall cell (a line of their own
above the item), ordinals split from their ``、``, the basic-expenditure table's two
side-by-side groups whose codes and names fall on different lines. Each reader works
from cell positions, code shapes and label words, never from one document's strings.
"""

from __future__ import annotations

import re
from itertools import pairwise

from budgetdiff.model import (
    CodeTable,
    GroupTotal,
    Level,
    Row,
    Sangong,
    SideItem,
    TwoSidedTable,
    UnparsedLine,
)
from budgetdiff.money import Amount, is_amount, is_empty_cell
from budgetdiff.parser.code_table import AmountReader, parse_code_table
from budgetdiff.parser.lines import Line
from budgetdiff.parser.table_lines import (
    amount_start,
    continues_note,
    is_note,
    is_rule,
    preparer_of,
    unit_of,
)
from budgetdiff.parser.two_sided import side_item
from budgetdiff.record import replace
from budgetdiff.text import squeeze

_CODE_LABELS = frozenset({"类", "款", "项"})
_GROUP_LABELS = frozenset({"收入", "支出", "项目"})
_ORDINAL = re.compile(r"^(?P<n>[一二三四五六七八九十]+)(?:[、.．]|\s+)(?P<rest>\S.*)$")
_SUMMARY_WORDS = ("合计", "总计", "结转", "结余", "弥补", "分配")
"""Words of the lines under a two-sided table's items (本年收入合计, 年初结转和结余 …)."""


def is_table_note(line: Line) -> bool:
    """A ``注：`` note or a ``说明：`` template instruction under a table."""
    return is_note(line)


def _letters(name: str) -> str:
    """A table name without the spaces of letter-spaced print (``因 公 出 国``)."""
    return squeeze(name)


def stacked_columns(lines: list[Line]) -> tuple[str, ...] | None:
    """The amount columns of a header whose cells wrap over several lines: each column
    named by its cells top to bottom (``本年收入合`` + ``计``), from the header's first
    amount column on (``amount_start``)."""
    start = amount_start(lines)
    if start is None:
        return None
    width = max(len(line.cells) for line in lines)
    names = []
    for index in range(start, width):
        parts = [
            squeeze(line.cells[index])
            for line in lines
            if index < len(line.cells) and line.cells[index] and not is_amount(line.cells[index])
        ]
        names.append("".join(part for part in parts if part != "项目"))
    while names and not names[-1]:
        names.pop()
    return tuple(name or f"列{n + 1}" for n, name in enumerate(names)) or None


class _Notes:
    """Note lines taken out of a table's body, joined in order."""

    lines: list[Line]

    __slots__ = ("lines",)

    def __init__(self, lines: list[Line] | None = None) -> None:
        self.lines = [] if lines is None else lines

    @property
    def text(self) -> str | None:
        return "\n".join(line.text.replace("\t", "").strip() for line in self.lines) or None

    @property
    def line(self) -> int | None:
        return self.lines[0].no if self.lines else None

    @property
    def more(self) -> tuple[int, ...]:
        """The lines of the notes after the first (furniture of the table)."""
        return tuple(line.no for line in self.lines[1:])


def _split_notes(body: list[Line]) -> tuple[list[Line], _Notes]:
    notes = _Notes()
    rest: list[Line] = []
    for index, line in enumerate(body):
        wrapped = bool(notes.lines) and index > 0 and body[index - 1] is notes.lines[-1]
        if is_table_note(line) or (wrapped and continues_note(notes.lines[-1].text, line)):
            notes.lines.append(line)
        else:
            rest.append(line)
    return rest, notes


def read_code_table(
    table_id: str, heading: Line, body: list[Line], economic: bool = False
) -> tuple[CodeTable, list[UnparsedLine]]:
    """A 决算 table by function code (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表,
    the 政府性基金 / 国有资本经营 tables)."""
    body, notes = _split_notes(body)
    prepared: list[Line] = []
    for line in _names_around_codes(body):
        filled = line.filled
        if filled and filled[0] in _CODE_LABELS and "合计" in filled:
            # the 类 款 项 labels share the 合计 row's line: drop them
            cells = ["" if cell in _CODE_LABELS else cell for cell in line.cells]
            line = Line(line.no, "\t".join(cells))
        prepared.append(line)
    table, lost = parse_code_table(table_id, heading, prepared, stacked_columns)
    furniture = (*table.furniture, *notes.more)
    return replace(table, note=notes.text, note_line=notes.line, furniture=furniture), lost


def _is_code(cell: str) -> bool:
    return len(cell) in (3, 5, 7) and cell.isascii() and cell.isdigit()


def _fragment(line: Line) -> bool:
    """A wrapped piece of a name alone on its line."""
    filled = line.filled
    return len(filled) == 1 and not is_amount(filled[0]) and not _is_code(filled[0])


def _names_around_codes(body: list[Line]) -> list[Line]:
    """Names of three lines with the code on the middle one: the piece above the code
    row joins that row's name. Between two code rows, a run of pieces goes to the row
    above, except the last when the row below also continues below itself (a name
    centred on its code has one line above and one below)."""
    out = list(body)
    code_rows = [i for i, line in enumerate(out) if line.cells and _is_code(line.cells[0])]
    for above, below in pairwise(code_rows):
        run = list(range(above + 1, below))
        if len(run) < 2 or not all(_fragment(out[i]) for i in run):
            continue
        after = below + 1
        if after >= len(out) or not _fragment(out[after]):
            continue
        piece, row = out[run[-1]], out[below]
        cells = list(row.cells)
        index = next((i for i, cell in enumerate(cells) if cell and not cell.isdigit()), None)
        if index is None:
            continue
        cells[index] = piece.filled[0] + cells[index]
        out[below] = Line(row.no, "\t".join(cells))
        out[run[-1]] = Line(piece.no, "")
    return [line for line in out if line.text]


# --- two-sided tables ---------------------------------------------------------------


class _Item:
    name: str
    line: int
    values: dict[int, str]

    __slots__ = ("line", "name", "values")

    def __init__(self, name: str, line: int, values: dict[int, str] | None = None) -> None:
        self.name = name
        self.line = line
        self.values = {} if values is None else values


class _Side:
    """One side's items as they are read: names joined, figures placed."""

    name_cell: int
    value_cells: tuple[int, ...]
    items: list[_Item]
    pending: dict[int, str]
    pending_lines: list[Line]
    stray: list[Line]
    """Lines with text where the side has figures."""

    __slots__ = ("items", "name_cell", "pending", "pending_lines", "stray", "value_cells")

    def __init__(
        self,
        name_cell: int,
        value_cells: tuple[int, ...],
        items: list[_Item] | None = None,
        pending: dict[int, str] | None = None,
        pending_lines: list[Line] | None = None,
        stray: list[Line] | None = None,
    ) -> None:
        self.name_cell = name_cell
        self.value_cells = value_cells
        self.items = [] if items is None else items
        self.pending = {} if pending is None else pending
        self.pending_lines = [] if pending_lines is None else pending_lines
        self.stray = [] if stray is None else stray

    def read(self, line: Line) -> None:
        cells = line.cells
        name = cells[self.name_cell] if self.name_cell < len(cells) else ""
        present = [i for i in self.value_cells if i < len(cells) and not is_empty_cell(cells[i])]
        values = {i: cells[i] for i in present if is_amount(cells[i])}
        if len(values) < len(present):
            self.stray.append(line)
        if name and _starts_item(name):
            item = _Item(name, line.no, {**self.pending, **values})
            self.items.append(item)
            self.pending, self.pending_lines = {}, []
            return
        if name and name.strip("、"):
            if self.items:
                self.items[-1].name += squeeze(name)
            else:
                self.stray.append(line)
        if values:
            # a figure printed at the top of a tall cell, above its item's line
            self.pending.update(values)
            self.pending_lines.append(line)


def _starts_item(name: str) -> bool:
    return _ORDINAL.match(name) is not None or any(word in name for word in _SUMMARY_WORDS)


def _item_name(name: str) -> str:
    """The name with its ordinal's 、 where the PDF split it off (``二 外交支出``)."""
    match = _ORDINAL.match(name)
    if match is None:
        return squeeze(name)
    return f"{match.group('n')}、{squeeze(match.group('rest')).lstrip('、')}"


def read_two_sided(
    table_id: str, heading: Line, body: list[Line]
) -> tuple[TwoSidedTable, list[UnparsedLine]]:
    """收入支出决算总表 or 财政拨款收入支出决算总表: items, 本年收入合计 / 本年支出合计,
    the carry-over lines below them and 总计, each side on its own."""
    body, notes = _split_notes(body)
    unit = "万元"
    furniture: list[int] = []
    header: list[Line] = []
    lost: list[UnparsedLine] = []
    sides: tuple[_Side, _Side] | None = None
    for line in body:
        if unit_of(line) is not None or preparer_of(line) is not None or is_rule(line):
            unit = unit_of(line) or unit
            furniture.append(line.no)
            continue
        if sides is None:
            names = [squeeze(cell) for cell in line.cells]
            if not any(_ORDINAL.match(name) for name in names if name):
                header.append(line)
                furniture.append(line.no)
                continue
            sides = _sides(header)
            if sides is None:
                lost.append(line.unparsed(f"a row of the {table_id} table before its header"))
                continue
            for side in sides:
                for row in header:
                    for index in side.value_cells:
                        if index < len(row.cells) and is_amount(row.cells[index]):
                            side.pending[index] = row.cells[index]
        for side in sides:
            side.read(line)
    columns: tuple[tuple[str, ...], tuple[str, ...]] = _two_sided_columns(header, sides)
    reader = AmountReader(unit)
    parts: list[tuple[list[SideItem], list[SideItem], SideItem | None, SideItem | None]] = []
    for side, labels in zip(sides or (), columns, strict=False):
        for pending in side.pending_lines:
            lost.append(pending.unparsed("figures under no item of the table"))
        for stray in side.stray:
            lost.append(stray.unparsed("text in a column of figures"))
        items: list[SideItem] = []
        below: list[SideItem] = []
        total: SideItem | None = None
        grand: SideItem | None = None
        carry_over = False
        for raw in side.items:
            values = {
                name: reader(raw.values.get(index, ""))
                for index, name in zip(side.value_cells, labels, strict=True)
            }
            item = side_item(_item_name(raw.name), values, raw.line)
            if total is None and "合计" in raw.name and "结" not in raw.name:
                total = item
            elif total is None:
                items.append(item)
            elif raw.name == "总计" or raw.name.endswith("总计"):
                grand = item
            else:
                if "结转" in raw.name or "结余" in raw.name:
                    carry_over = True
                    below.append(replace(item, level=1))
                else:
                    below.append(replace(item, level=2 if carry_over and item.ordinal else 1))
        parts.append((items, below, total, grand))
    if len(parts) != 2:
        parts = [([], [], None, None), ([], [], None, None)]
        columns = ((), ())
    (
        (income, income_below, income_total, income_grand),
        (
            spent,
            spent_below,
            spent_total,
            spent_grand,
        ),
    ) = parts
    table = TwoSidedTable(
        id=table_id,
        title=heading.text.strip(),
        line=heading.no,
        unit=unit,
        income_columns=columns[0],
        expenditure_columns=columns[1],
        income_items=tuple(income),
        expenditure_items=tuple(spent),
        income_total=income_total.values if income_total else None,
        expenditure_total=spent_total.values if spent_total else None,
        income_total_line=income_total.line if income_total else None,
        expenditure_total_line=spent_total.line if spent_total else None,
        note=notes.text,
        note_line=notes.line,
        furniture=(*furniture, *notes.more),
        income_below=tuple(income_below),
        expenditure_below=tuple(spent_below),
        income_grand_total=income_grand.values if income_grand else None,
        expenditure_grand_total=spent_grand.values if spent_grand else None,
        income_grand_total_line=income_grand.line if income_grand else None,
        expenditure_grand_total_line=spent_grand.line if spent_grand else None,
    )
    return table, lost


def _sides(header: list[Line]) -> tuple[_Side, _Side] | None:
    """The income side (cells before the second 项目) and the expenditure side."""
    found = sorted(
        {
            index
            for line in header
            for index, cell in enumerate(line.cells)
            if squeeze(cell) == "项目"
        }
    )
    if len(found) < 2:
        return None
    width = max(len(row.cells) for row in header)
    split = found[1]
    return (
        _Side(found[0], tuple(range(found[0] + 1, split))),
        _Side(split, tuple(range(split + 1, width))),
    )


def _two_sided_columns(
    header: list[Line], sides: tuple[_Side, _Side] | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if sides is None:
        return (), ()
    out = []
    for side in sides:
        names = []
        for index in side.value_cells:
            parts = [
                squeeze(line.cells[index])
                for line in header
                if index < len(line.cells)
                and line.cells[index]
                and not is_amount(line.cells[index])
            ]
            names.append("".join(p for p in parts if p not in _GROUP_LABELS) or f"列{index + 1}")
        out.append(tuple(names))
    return out[0], out[1]


# --- 一般公共预算财政拨款基本支出决算表 ------------------------------------------------------


class _Record:
    code: str
    line: int
    name: str
    value: str

    __slots__ = ("code", "line", "name", "value")

    def __init__(self, code: str, line: int, name: str = "", value: str = "") -> None:
        self.code = code
        self.line = line
        self.name = name
        self.value = value


def _group_fragments(cells: tuple[str, ...]) -> tuple[str, str, str]:
    """(code digits, name, figure) of one group's cells on one line."""
    code, value = "", ""
    name: list[str] = []
    for cell in cells:
        if not cell:
            continue
        if cell.isascii() and cell.isdigit() and len(cell) in (1, 2, 3, 5) and not name:
            code += cell if len(cell) != 1 else "0" + cell
        elif is_amount(cell):
            value = cell
        else:
            name.append(cell)
    return code, "".join(name), value


class _Group:
    """One side-by-side group's rows as they are read: a line may hold a row whole, its
    类 code alone (the 款 and name follow on the next line), or a wrapped name."""

    records: list[_Record]
    total: tuple[str, str, int] | None

    __slots__ = ("records", "total")

    def __init__(
        self, records: list[_Record] | None = None, total: tuple[str, str, int] | None = None
    ) -> None:
        self.records = [] if records is None else records
        self.total = total

    def _split(self, record: _Record) -> bool:
        """True when ``record`` repeats a 类 code already read: the top line of a 款."""
        return any(other.code == record.code for other in self.records if other is not record)

    def read(self, cells: tuple[str, ...], no: int) -> bool:
        code, name, value = _group_fragments(cells)
        if not (code or name or value):
            return True
        if name.endswith("合计") and not code:
            self.total = (_letters(name), value, no)
            return True
        last = self.records[-1] if self.records else None
        if len(code) in (3, 5):
            self.records.append(_Record(code, no, name, value))
            return True
        if len(code) == 2 and last is not None:
            if len(last.code) == 3 and self._split(last):
                # the 款 line of a row whose 类 code the PDF printed on the line above
                last.code += code
                last.name += name
                last.value = last.value or value
            else:
                self.records.append(_Record(last.code[:3] + code, no, name, value))
            return True
        if not code and last is not None:
            if value and last.value:
                return False  # a second figure for one row: not ours to choose
            last.name += name
            last.value = last.value or value
            return True
        return False


def read_basic_expenditure(heading: Line, body: list[Line]) -> tuple[CodeTable, list[UnparsedLine]]:
    """一般公共预算财政拨款基本支出决算表: 人员经费 codes left, 公用经费 codes right, each
    group with its own 合计 on the last line; no overall 合计."""
    body, notes = _split_notes(body)
    unit = "万元"
    furniture: list[int] = []
    lost: list[UnparsedLine] = []
    width = max((len(line.cells) for line in body), default=0)
    half = width // 2
    groups = (_Group(), _Group())
    started = False
    for line in body:
        if unit_of(line) is not None or preparer_of(line) is not None or is_rule(line):
            unit = unit_of(line) or unit
            furniture.append(line.no)
            continue
        cells = line.cells + ("",) * (width - len(line.cells))
        if not started:
            if not any(_is_code(cell) for cell in cells if cell):
                furniture.append(line.no)
                continue
            started = True
        read = [groups[0].read(cells[:half], line.no), groups[1].read(cells[half:], line.no)]
        if not all(read):
            lost.append(line.unparsed("not a row of the basic_expenditure table"))
    reader = AmountReader(unit)
    rows: list[Row] = []
    duplicates: list[Row] = []
    seen: set[str] = set()
    totals: list[GroupTotal] = []
    for group in groups:
        for record in group.records:
            level = Level.CATEGORY if len(record.code) == 3 else Level.SECTION
            row = Row(
                record.code,
                level,
                _letters(record.name),
                {"决算数": reader(record.value)},
                record.line,
            )
            (duplicates if record.code in seen else rows).append(row)
            seen.add(record.code)
        if group.total is not None:
            name, value, no = group.total
            codes = tuple(r.code for r in group.records if len(r.code) == 3)
            totals.append(GroupTotal(name, codes, {"决算数": reader(value)}, no))
    table = CodeTable(
        id="basic_expenditure",
        title=heading.text.strip(),
        line=heading.no,
        unit=unit,
        classification="economic",
        columns=("决算数",),
        rows=tuple(rows),
        note=notes.text,
        note_line=notes.line,
        duplicates=tuple(duplicates),
        furniture=(*furniture, *notes.more),
        group_totals=tuple(totals),
    )
    return table, lost


# --- 财政拨款“三公”经费支出决算表 ----------------------------------------------------------

_SANGONG_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("合计", ("合计",), ()),
    ("因公出国（境）费", ("出国",), ()),
    ("公务用车购置及运行费", ("小计",), ()),
    ("公务用车购置费", ("购置",), ("运行", "及")),
    ("公务用车运行费", ("运行",), ("购置",)),
    ("公务接待费", ("接待",), ()),
)
"""(item, words its header cells hold, words they must not hold)."""


def _sangong_item(label: str) -> str | None:
    for item, words, never in _SANGONG_WORDS:
        if any(word in label for word in words) and not any(word in label for word in never):
            return item
    return None


def read_sangong(heading: Line, body: list[Line]) -> tuple[Sangong | None, list[UnparsedLine]]:
    """财政拨款“三公”经费支出决算表: 预算数 and 决算数 of six items, one data row."""
    body, notes = _split_notes(body)
    unit = "万元"
    furniture: list[int] = []
    header: list[Line] = []
    lost: list[UnparsedLine] = []
    data: Line | None = None
    for line in body:
        if unit_of(line) is not None or preparer_of(line) is not None or is_rule(line):
            unit = unit_of(line) or unit
            furniture.append(line.no)
        elif any(is_amount(cell) for cell in line.filled) and data is None:
            data = line
        elif data is None:
            header.append(line)
            furniture.append(line.no)
        else:
            lost.append(line.unparsed("a second row of the 三公 table"))
    if data is None and not notes.lines and not _names_sangong_items(header):
        return None, lost
    pairs = _sangong_pairs(header)
    reader = AmountReader(unit)
    budget: dict[str, Amount | None] = {}
    actual: dict[str, Amount | None] = {}
    raw: dict[str, str] = {}
    # a table printed without figures is blank (every value None), not missing
    cells = data.cells if data is not None else ()
    for pair, item in enumerate(pairs):
        planned = cells[2 * pair] if 2 * pair < len(cells) else ""
        spent = cells[2 * pair + 1] if 2 * pair + 1 < len(cells) else ""
        budget[item], actual[item] = reader(planned), reader(spent)
        raw[f"{item} 预算数"], raw[f"{item} 决算数"] = planned, spent
    sangong = Sangong(
        values=actual,
        raw=raw,
        unit=unit,
        line=data.no if data is not None else heading.no,
        title=heading.text.strip(),
        title_line=heading.no,
        note=notes.text,
        note_line=notes.line,
        furniture=(*furniture, *notes.more),
        budget=budget,
    )
    return sangong, lost


def _names_sangong_items(header: list[Line]) -> bool:
    """True when the header lines name at least two 三公 items (not a stray heading)."""
    found = {_sangong_item(squeeze(cell)) for line in header for cell in line.filled}
    return len(found - {None, "合计"}) >= 2


def _sangong_pairs(header: list[Line]) -> tuple[str, ...]:
    """The item of each 预算数/决算数 pair of cells, from the header labels above them;
    the usual order where the labels do not say."""
    default = tuple(item for item, _, _ in _SANGONG_WORDS)
    labels = ["" for _ in default]
    for line in header:
        for index, cell in enumerate(line.cells):
            pair = index // 2
            if cell and pair < len(labels) and "三公" not in cell:
                labels[pair] += squeeze(cell)
    found = [
        _sangong_item(label.replace("公务用车购置及运行", "").replace("维护", "")) or ""
        for label in labels
    ]
    if sorted(filter(None, found)) == sorted(default):
        return tuple(found)
    return default


__all__ = [
    "is_table_note",
    "read_basic_expenditure",
    "read_code_table",
    "read_sangong",
    "read_two_sided",
    "stacked_columns",
]
