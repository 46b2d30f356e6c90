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
_KIND = re.compile(r"(?P<year>(?:19|20)\d\d)?年度?(?P<kind>部门决算|单位决算)$")
_YEAR_LINE = re.compile(r"^(?P<year>(?:19|20)\d\d)(?:年度?)?$")
_NAME_LABEL = re.compile(r"^(?:(?:部门|单位)名称|(?:编制|预算|决算)(?:部门|单位))[:：]")
_NAME_LINES = 3
"""Lines under the kind that may hold the department's name (wrapped) and the year."""
_MAX_NAME = 40
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*年度")
_FIGURES = re.compile(r"^[\d,.]*\d[\d,.]*%?(?:\s+[\d,.]*\d[\d,.]*%?)*$")

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
    """The cover's title when ``lines`` open final accounts: the department, the year and
    ``年度部门决算`` on one line or over several, in any order around the kind
    (``上海市某某局`` / ``年度部门决算`` / ``2024``, as pdfplumber orders a cover whose
    year is printed larger; or the department under ``2024年度部门决算``)."""
    cover: list[str] = []
    for line in lines[:COVER_LINES]:
        if line.key in ("目录", "目 录"):
            break
        cover.append(line.key)
    for index, key in enumerate(cover):
        kind = _KIND.search(key)
        if kind is None:
            continue
        joined = FINAL_TITLE.match("".join(cover[: index + 1]))
        if joined is not None and joined.group("department"):
            return joined
        before, after = cover[:index], cover[index + 1 : index + 1 + _NAME_LINES]
        year = kind.group("year")
        if year is None:
            year, before, after = _bare_year(before, after)
        if year is None:
            continue
        department = "".join(before) + key[: kind.start()]
        if not department:
            department = "".join(_name_lines(after))
        department = _NAME_LABEL.sub("", department)
        return FINAL_TITLE.match(f"{department}{year}年度{kind.group('kind')}")
    return None


def _bare_year(before: list[str], after: list[str]) -> tuple[str | None, list[str], list[str]]:
    """The year printed on a line of its own next to the kind's line (the nearest one
    before it, else after it), and the lines around without it."""
    for position in range(len(before) - 1, -1, -1):
        found = _YEAR_LINE.match(before[position])
        if found is not None:
            return found.group("year"), before[:position] + before[position + 1 :], after
    for position, key in enumerate(after):
        found = _YEAR_LINE.match(key)
        if found is not None:
            return found.group("year"), before, after[:position] + after[position + 1 :]
    return None, before, after


def _name_lines(after: list[str]) -> list[str]:
    """The department's name under the kind: the lines up to the first part heading."""
    names: list[str] = []
    for key in after:
        if _PART.match(key) or len(key) > _MAX_NAME or _YEAR_LINE.match(key):
            break
        names.append(key)
    return names


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
            heading, taken = _part_title(line, lines[index + 1 : index + 3])
            segments.append(Segment("part", heading, [Line(piece.no, "") for piece in taken]))
            index += 1 + len(taken)
            continue
        else:
            segments[-1].body.append(line)
        index += 1
    return segments


def _part_title(line: Line, following: list[Line]) -> tuple[Line, list[Line]]:
    """A part's heading with the pieces an extraction put on the lines below it: its
    last word (``说明``), and the year printed apart (``2024``, where pdfplumber puts a
    year set in a larger font); and the lines taken."""
    text = line.text
    taken: list[Line] = []
    for piece in following:
        year = _YEAR_LINE.match(piece.key)
        if year is not None and "年度" in text and _YEAR_BEFORE.search(text) is None:
            at = text.index("年度")
            text = text[:at] + year.group("year") + text[at:]
        elif (
            len(piece.key) <= 4
            and piece.key.endswith(_PART_ENDINGS)
            and not "".join(text.split()).endswith(_PART_ENDINGS[:1] + _PART_ENDINGS[2:])
        ):
            text += piece.text
        else:
            break
        taken.append(piece)
    return Line(line.no, text), taken


def _cut_figures(lines: list[Line]) -> tuple[list[Line], list[UnparsedLine]]:
    """The prose lines, and lines of figures alone: figures cut from their sentence (as
    pdfplumber's text prints a sentence whose figures are set in another font on two
    lines, ``本年收入合计 万元，其中：…`` over ``2946.25 2940.05 99.79%``), which no
    reading can put back in place with confidence."""
    prose: list[Line] = []
    cut: list[UnparsedLine] = []
    for line in lines:
        if "\t" not in line.text and _FIGURES.match(line.text.strip()):
            cut.append(line.unparsed("figures cut from their sentence (give the PDF itself)"))
        else:
            prose.append(line)
    return prose, cut


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
            prose, lost = _cut_figures(body)
            sections.extend(prose_sections(heading, prose, True))
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
