"""Lines every table shares: 编制部门/编制单位, 单位：元, 注：…, ruled separators, headers."""

from __future__ import annotations

import re

from budgetdiff.money import UNIT_FACTORS, is_amount
from budgetdiff.parser.lines import Line

_PREPARER = re.compile(r"^编制(?:部门|单位)[:：](?P<name>.*)$")
_UNIT = re.compile(r"^(?:金额)?单位[:：](?P<unit>元|万元|亿元)$")
_RULE = re.compile(r"^[\s\-—=_|+]+$")
_HEADER_CELL = re.compile(
    r"^(项目|类|款|项|科目|.{0,16}(编码|名称|预算|支出|收入|经费|费|合计|小计|总计|数|表))$"
)
_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|\d+[.．、])")


def preparer_of(line: Line) -> str | None:
    """The department named by a ``编制部门：…`` line, or None."""
    match = _PREPARER.match(line.key)
    return match.group("name") if match else None


def unit_of(line: Line) -> str | None:
    """The unit named by a ``单位：元`` line (元, 万元 or 亿元), or None."""
    match = _UNIT.match(line.key)
    if match and match.group("unit") in UNIT_FACTORS:
        return match.group("unit")
    return None


def is_rule(line: Line) -> bool:
    """True for a line of dashes, the ruling some extractions leave under a table."""
    return _RULE.match(line.text) is not None


def is_note(line: Line) -> bool:
    """True for a ``注：`` line under a table."""
    return line.key.startswith(("注：", "注:"))


def is_header(line: Line) -> bool:
    """True when every filled cell is a column heading (项目, 合计, 功能分类科目编码…)."""
    filled = line.filled
    return bool(filled) and all(
        _HEADER_CELL.match(cell) and not _ORDINAL.match(cell) and not is_amount(cell)
        for cell in filled
    )
