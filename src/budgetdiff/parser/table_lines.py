"""Lines every table shares: 编制部门/编制单位, 单位：元, 注：…, ruled separators, headers."""

from __future__ import annotations

import re

from budgetdiff.money import UNIT_FACTORS, is_amount, is_empty_cell
from budgetdiff.parser.lines import Line
from budgetdiff.text import squeeze

_PREPARER = re.compile(r"^编制(?:部门|单位)[:：](?P<name>.*)$")
_UNIT = re.compile(r"(?:金额)?单位[:：](?P<unit>元|万元|亿元)$")
"""A unit cell, alone or after the preparer in one cell (``编制部门：某某单位：元``)."""
_RULE = re.compile(r"^[\s\-—=_|+]+$")
_HEADER_CELL = re.compile(
    r"^(项目|类|款|项|科目|.{0,16}(编码|名称|预算|支出|收入|经费|费|合计|小计|总计|数|表))$"
)
_MAX_LABEL = 16
_LABEL_COLUMN = re.compile(r"^(项目|类|款|项|.{0,14}(名称|编码|科目|分类))$")
"""A heading over the code or name columns: ``功能分类科目编码``, ``科目名称``, ``支出功能分类``."""
TOTAL_LABELS = frozenset({"合计", "总计"})
_COLUMN_ENDS = ("名称", *TOTAL_LABELS)
_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|\d+[.．、])")


def preparer_of(line: Line) -> str | None:
    """The department named by a ``编制部门：…`` cell (the line may also hold ``单位：元``)."""
    for cell in line.filled or (line.text,):
        match = _PREPARER.match(squeeze(cell))
        if match:
            return _UNIT.sub("", match.group("name")) or None
    return None


def unit_of(line: Line) -> str | None:
    """The unit named by a ``单位：元`` cell (元, 万元 or 亿元), or None."""
    for cell in line.filled or (line.text,):
        key = squeeze(cell)
        match = _UNIT.search(key)
        if match and match.group("unit") in UNIT_FACTORS:
            return match.group("unit")
    return None


_SENTENCE_ENDS = ("。", "）", ")", ".", "；", ";")


def continues_note(note: str, line: Line) -> bool:
    """True for the wrapped rest of a note: ``note`` stops mid-sentence and ``line`` is one
    cell of words without figures (``空表。``)."""
    filled = line.filled
    if squeeze(note).endswith(_SENTENCE_ENDS) or len(filled) != 1:
        return False
    cell = filled[0]
    if is_amount(cell) or cell[:1].isdigit():
        return False
    # a column label (项目, 合计…) is the table's, unless it ends the note's 本表为空表
    key = squeeze(note)
    return not is_header(line) or bool(
        _TABLE_EMPTY.search(key + cell) and not _TABLE_EMPTY.search(key)
    )


def is_rule(line: Line) -> bool:
    """True for a line of dashes, the ruling some extractions leave under a table."""
    return _RULE.match(line.text) is not None


_NOTE_START = re.compile(r"^[（(]?(?:注|说明|备注)[:：]")
"""``注：``, ``说明：``, ``备注：``, ``（注：…）``: a table's note or a template's instruction."""
_TABLE_EMPTY = re.compile(r"[本此该]表(?:为空|无数据|数据为空|无内容|不涉及)|空表")
"""What a note says of its table: ``故本表为空表``, ``故本表无数据``, ``此表为空``."""
_NOTHING = re.compile(
    r"(?:没有|无|未)(?:使用|安排|发生)?[^。；;]{0,40}?(?:支出|收入|预算|经费|拨款|数据)"
)
"""What a note says of the money: ``本单位无政府性基金预算财政拨款支出``."""
_SUBJECT = re.compile(r"^(?:本|该|我)(?:部门|单位|局|委|办)|^本年度?|^\d{4}年")


def declares_empty(text: str) -> bool:
    """True when ``text`` (a note) says its table is empty or has nothing to show."""
    key = squeeze(text)
    return _TABLE_EMPTY.search(key) is not None or _NOTHING.search(key) is not None


def is_note(line: Line) -> bool:
    """True for a note under a table: ``注：…``, ``说明：…``, ``（注：…）``, or a sentence of
    the department's own saying the table is empty (``本单位无政府性基金预算…，故本表无数据``)."""
    key = line.key
    if _NOTE_START.match(key):
        return True
    return (
        _SUBJECT.match(key) is not None
        and declares_empty(key)
        and not any(is_amount(cell) for cell in line.filled)
    )


def is_header(line: Line) -> bool:
    """True when every filled cell is a column heading (项目, 合计, 功能分类科目编码…), or
    the row names the code or name column among short labels (事业单位 wrapped over 经营收入)."""
    filled = line.filled
    if not filled or any(_ORDINAL.match(cell) or is_amount(cell) for cell in filled):
        return False
    if all(_HEADER_CELL.match(cell) for cell in filled):
        return True
    return any(cell.endswith(("名称", "编码")) for cell in filled) and all(
        is_label(cell) for cell in filled
    )


def is_heading_word(cell: str) -> bool:
    """A whole column heading (``基本支出``, ``支出预算``), not a piece of a wrapped one
    (``事业单位`` over ``经营收入``); True for an empty cell."""
    return not cell or _HEADER_CELL.match(cell) is not None


def is_label(cell: str) -> bool:
    """A short heading word without digits: what a wrapped header cell continues with."""
    return 0 < len(cell) <= _MAX_LABEL and not any(char.isdigit() for char in cell)


def header_continues(line: Line) -> bool:
    """True for a header row's wrapped second line: short labels only (``类 款 项 … 经营收入``)."""
    filled = line.filled
    return bool(filled) and all(is_label(cell) and not is_amount(cell) for cell in filled)


def is_column_names(line: Line) -> bool:
    """True for a line of column names (``合计 | 基本支出 | 项目支出``): two or more heading
    words and no figure. Such a line is never a data row, whatever its first word."""
    filled = [cell for cell in line.filled if not is_empty_cell(cell)]
    if len(filled) < 2 or not all(is_label(cell) for cell in filled):
        return False
    if any(_ORDINAL.match(cell) for cell in filled):
        return False
    return sum(1 for cell in filled if _HEADER_CELL.match(cell)) >= 2


def label_end(lines: list[Line]) -> int | None:
    """The last cell position a header gives to codes and names (``科目名称``, ``项目``,
    ``类 款 项``): the amount columns are to its right. None when no header line says."""
    found = [
        index
        for line in lines
        for index, cell in enumerate(line.cells)
        if cell and heads_labels(cell)
    ]
    return max(found) if found else None


def heads_labels(cell: str) -> bool:
    """True for the heading of a code or name column (``科目名称``, ``编码``, ``项目``,
    ``类``), never of an amount column."""
    return _LABEL_COLUMN.match(squeeze(cell)) is not None


def amount_start(lines: list[Line]) -> int | None:
    """The cell position of a header's first amount column: its total column (``合计``,
    ``本年收入合计``), else the cell after ``…名称``; None when neither is there."""
    found = [
        index + 1 if key.endswith("名称") else index
        for line in lines
        for index, cell in enumerate(line.cells)
        if cell and (key := squeeze(cell)).endswith(_COLUMN_ENDS)
    ]
    return min(found) if found else None
