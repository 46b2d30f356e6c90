"""Final accounts (部门决算, 单位决算): cover, table of contents, four parts, nine tables.

The cover names the department and ``2024年度部门决算`` over two or three lines; the
目录 repeats the part and table titles; then 概况 (prose), the tables (each under its
title), 决算情况说明 (prose, one section per table and more) and 名词解释. Every
non-blank line ends in the cover, the contents, a table, a section, or ``unparsed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from budgetdiff.model import Document, Sangong, Section, Source, Table, UnparsedLine
from budgetdiff.parser.final_facts import final_narrative
from budgetdiff.parser.final_tables import (
    read_basic_expenditure,
    read_code_table,
    read_sangong,
    read_two_sided,
)
from budgetdiff.parser.lines import Line
from budgetdiff.parser.prose import prose_sections
from budgetdiff.parser.sections import Segment

FINAL_TITLE = re.compile(
    r"^(?P<department>.*?)(?P<year>(?:19|20)\d\d)年度?(?P<kind>部门决算|单位决算)$"
)
COVER_LINES = 12
"""How many lines from the top may hold the cover's title."""

_TABLE_TITLES: tuple[tuple[str, str], ...] = (
    ("fiscal_summary", "财政拨款收入支出决算总表"),
    ("income_expenditure_summary", "收入支出决算总表"),
    ("basic_expenditure", "一般公共预算财政拨款基本支出决算表"),
    ("general_public", "一般公共预算财政拨款支出决算表"),
    ("sangong", "财政拨款三公经费支出决算表"),
    ("gov_fund", "政府性基金预算财政拨款收入支出决算表"),
    ("state_capital", "国有资本经营预算财政拨款收入支出决算表"),
    ("income", "收入决算表"),
    ("expenditure", "支出决算表"),
)
"""(table id, title without quotes or spaces), a title before any that ends it."""
_TITLE_PREFIX = re.compile(
    r"^(?:表[一二三四五六七八九十\d]+|公开\d+表|[一二三四五六七八九十]+[、.．]|\d+[、.．])?"
    r"(?:.{0,30}?\d{4}年度?)?$"
)
_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
_PART_TABLES = re.compile(r"\d{4}年度?(?:部门|单位)决算表$")
_PART_ENDINGS = ("概况", "表", "说明", "名词解释")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」")
_PUNCTUATION = frozenset("，。、；：,.;:）)")


def final_kind(lines: list[Line]) -> re.Match[str] | None:
    """The cover's title when ``lines`` open final accounts: the department and
    ``2024年度部门决算`` on one line or over several."""
    joined = ""
    for line in lines[:COVER_LINES]:
        if line.key in ("目录", "目 录"):
            break
        joined += line.key
        found = FINAL_TITLE.match(joined)
        if found:
            return found
    return None


def _table_id(line: Line) -> str | None:
    if line.text.count("\t") > 3:
        return None
    key = line.key.translate(_QUOTES)
    for table_id, title in _TABLE_TITLES:
        if key.endswith(title) and _TITLE_PREFIX.match(key[: -len(title)]):
            return table_id
    return None


def _part_heading(line: Line) -> bool:
    return bool(_PART.match(line.key) or _PART_TABLES.search(line.key))


def rejoin_punctuation(lines: list[Line]) -> list[Line]:
    """Lines whose punctuation the PDF printed on a line of its own below them
    (``组织执行 | 受区政府委托`` over ``；``): each mark put back between the cells."""
    out: list[Line] = []
    for line in lines:
        cells = line.cells
        marks = all(cell and set(cell) <= _PUNCTUATION for cell in cells)
        if marks and out and len(out[-1].cells) in (len(cells), len(cells) + 1):
            above = out[-1].cells
            text = "".join(
                cell + (cells[i] if i < len(cells) else "") for i, cell in enumerate(above)
            )
            out[-1] = Line(out[-1].no, text)
            continue
        out.append(line)
    return out


def _segments(lines: list[Line]) -> tuple[list[Line], list[Line], list[Segment]]:
    """(cover, contents, segments of the body)."""
    toc_at = next((i for i, line in enumerate(lines) if line.key in ("目录",)), None)
    if toc_at is None:
        cover_end = next((i for i, line in enumerate(lines) if _part_heading(line)), len(lines))
        return lines[:cover_end], [], _body(lines[cover_end:])
    first = next((line.key for line in lines[toc_at + 1 :]), None)
    body_at = next(
        (i for i in range(toc_at + 2, len(lines)) if lines[i].key == first),
        toc_at + 1,
    )
    return lines[:toc_at], lines[toc_at:body_at], _body(lines[body_at:])


def _body(lines: list[Line]) -> list[Segment]:
    segments = [Segment("stray", None)]
    index = 0
    while index < len(lines):
        line = lines[index]
        table_id = _table_id(line)
        if table_id is not None:
            segments.append(Segment(table_id, line))
        elif _part_heading(line):
            heading = line
            following = lines[index + 1] if index + 1 < len(lines) else None
            if (
                following is not None
                and not heading.key.endswith(_PART_ENDINGS[:1] + _PART_ENDINGS[2:])
                and len(following.key) <= 4
                and following.key.endswith(_PART_ENDINGS)
            ):
                heading = Line(line.no, line.text + following.text)
                segments.append(Segment("part", heading, []))
                segments[-1].body.append(Line(following.no, ""))
                index += 2
                continue
            segments.append(Segment("part", heading))
        else:
            segments[-1].body.append(line)
        index += 1
    return segments


_Reader = Callable[[str, Line, list[Line]], tuple[Table, list[UnparsedLine]]]


def read_final_accounts(
    lines: list[Line], title: re.Match[str], source: Source, line_count: int
) -> Document:
    """The final accounts these lines hold."""
    lines = rejoin_punctuation(lines)
    cover, toc, segments = _segments(lines)
    tables: dict[str, Table] = {}
    sangong: Sangong | None = None
    sections: list[Section] = []
    unparsed: list[UnparsedLine] = []
    for segment in segments:
        heading, body = segment.heading, [line for line in segment.body if line.text]
        if heading is None:
            unparsed.extend(
                line.unparsed("after the table of contents, under no heading") for line in body
            )
            continue
        if segment.kind in tables or (segment.kind == "sangong" and sangong is not None):
            unparsed.append(heading.unparsed(f"a second {segment.kind} table"))
            unparsed.extend(line.unparsed(f"under a second {segment.kind} table") for line in body)
            continue
        lost: list[UnparsedLine]
        if segment.kind in ("income_expenditure_summary", "fiscal_summary"):
            tables[segment.kind], lost = read_two_sided(segment.kind, heading, body)
        elif segment.kind == "basic_expenditure":
            tables[segment.kind], lost = read_basic_expenditure(heading, body)
        elif segment.kind == "sangong":
            sangong, lost = read_sangong(heading, body)
            if sangong is None:
                lost.append(heading.unparsed("a 三公 heading with no figures under it"))
        elif segment.kind == "part":
            sections.extend(prose_sections(heading, body, True))
            lost = []
        else:
            tables[segment.kind], lost = read_code_table(segment.kind, heading, body)
        unparsed.extend(lost)
    department = title.group("department").strip() or None
    return Document(
        department=department,
        year=int(title.group("year")),
        kind=title.group("kind"),
        title_line=cover[0].no if cover else None,
        department_line=cover[0].no if cover else None,
        source=source,
        tables=tables,
        sangong=sangong,
        narrative=final_narrative(sections, tables),
        sections=tuple(sections),
        unparsed=tuple(sorted(unparsed, key=lambda item: item.line)),
        line_count=line_count,
        toc_lines=tuple(line.no for line in toc),
    )
