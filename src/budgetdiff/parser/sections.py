"""Splitting a document into its parts: title, 目录, prose sections, tables, forms.

Headings are recognised by what they contain, not by exact strings, so that
``2017 年部门支出预算总表`` and ``2017年预算单位支出预算总表`` both open the
expenditure table. The table of contents is recognised by its shape (short entries, with or
without dot leaders and page numbers), not by the headings it lists.
"""

from __future__ import annotations

import re

from budgetdiff.money import is_amount
from budgetdiff.parser.lines import Line

TITLE = re.compile(
    r"^(?P<department>.*?)\s*(?P<year>(?:19|20)\d\d)\s*年度?\s*(?P<level>[区市县省]级)?\s*"
    r"(?P<kind>部门预算|单位预算|部门决算|单位决算)\s*$"
)
"""``上海市口岸服务办公室 2017 年度部门预算``, or ``上海市普陀区2024年区级部门预算`` (a
government and its level: the department is named on a line of its own)."""
DEPARTMENT_LINE = re.compile(
    r"^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称)[:：](?P<name>.+)$"
)

_TABLE_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("财务收支预算总表", "finance_summary"),
    ("财政拨款收支预算总表", "fiscal_summary"),
    ("收入预算总表", "income"),
    ("支出预算总表", "expenditure"),
    ("一般公共预算支出功能分类预算表", "general_public"),
    ("政府性基金预算支出功能分类预算表", "gov_fund"),
    ("国有资本经营预算支出功能分类预算表", "state_capital"),
)
_ECONOMIC_TABLE = re.compile(r"基本支出.{0,8}经济分类.{0,4}表$")
"""``一般公共预算基本支出经济分类预算表`` or ``…基本支出部门预算经济分类预算表``."""
_SANGONG_TABLE = re.compile(r"三公.{0,3}经费.*(预算|情况)表$")
_FORM_TITLE = re.compile(r"绩效.{0,2}申报表$")
_FORMS_TOC = re.compile(r"《?绩效目标申报表》?$")
_MAX_HEADING = 60
_HEADING_ENDS = frozenset("录能置明表》释）)")
_TRAILING_TAG = re.compile(r"[（(][^（）()]{1,8}[）)]$")
"""A table's number after its title: ``（公开01表）``, ``(表一)``."""
"""The last character of every heading kind below: a cheap first filter."""


def heading_kind(line: Line) -> str | None:
    """What part of a document ``line`` opens, or None when it is not a heading."""
    if line.last_char not in _HEADING_ENDS:
        return None
    key = _TRAILING_TAG.sub("", line.key)
    if len(key) > _MAX_HEADING:
        return None
    if "。" in key or "，" in key:
        return None
    if key == "目录":
        return "toc"
    if key.endswith("主要职能"):
        return "duties"
    if key.endswith("机构设置"):
        return "organization"
    if key.endswith("预算编制说明"):
        return "budget_notes"
    if key.endswith("相关情况说明"):
        return "related_notes"
    if key.endswith("名词解释"):
        return "glossary"
    if key.endswith("经费情况说明") and "三公" not in key:
        # 七、项目经费情况说明, or one heading per project: 科技创新专项经费情况说明
        return "project_notes"
    if _SANGONG_TABLE.search(key):
        return "sangong"
    if key.endswith("表"):
        for keyword, table_id in _TABLE_KEYWORDS:
            if keyword in key:
                return table_id
        if _ECONOMIC_TABLE.search(key):
            return "economic"
    if _FORM_TITLE.search(key):
        return "form"
    if _FORMS_TOC.search(key):
        return "forms_toc"
    return None


_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})$"
)
_LEADER = re.compile(r"(?:\s*[.…·．。_\-—]{2,}\s*\d{0,4}|(?:\s+|\t)\d{1,4})$")
"""Dot leaders and the page number that end a table-of-contents entry."""
_PAGE_NUMBER_ENDS = frozenset("-—–－~页0123456789")
_MAX_PAGE_NUMBER = 40
_PROSE_MARKS = frozenset("。，；：:;")
_MAX_ENTRY = 60
_MAX_ENTRY_CELLS = 3
"""An entry's cells: its ordinal, its text, its leader or page number."""


def is_page_number(line: Line) -> bool:
    """True for a page-number line (``- 1 -``, ``第 3 页``, ``3/33``), furniture anywhere."""
    if line.last_char not in _PAGE_NUMBER_ENDS or len(line.text) > _MAX_PAGE_NUMBER:
        return False
    return _PAGE_NUMBER.match(line.text.strip()) is not None


def is_toc_entry(line: Line) -> bool:
    """True when ``line`` has the shape of a table-of-contents entry.

    A short line without sentence punctuation or table cells, with or without dot
    leaders and a page number: ``三、名词解释``, ``2017年部门收入预算总表……3``.
    """
    text = _LEADER.sub("", line.text.strip())
    key = "".join(text.split())
    if not key or len(key) > _MAX_ENTRY or len(line.filled) > _MAX_ENTRY_CELLS:
        return False
    if any(is_amount(cell) for cell in line.filled[1:]):
        return False
    return not any(mark in key for mark in _PROSE_MARKS) and not key.isdigit()


class Segment:
    """A part of the document: its kind, its heading line and the lines under it.

    ``stray`` segments hold lines under no heading (after the table of contents,
    before the first part): they are reported as unparsed.
    """

    kind: str
    heading: Line | None
    body: list[Line]

    __slots__ = ("body", "heading", "kind")

    def __init__(self, kind: str, heading: Line | None, body: list[Line] | None = None) -> None:
        self.kind = kind
        self.heading = heading
        self.body = [] if body is None else body


class Layout:
    """What ``split_segments`` found: the title, the parts, and the furniture lines."""

    title: Line | None
    segments: list[Segment]
    page_numbers: list[Line]
    department: Line | None
    """The ``预算主管部门：…`` line under the title, when the title names no department."""

    __slots__ = ("department", "page_numbers", "segments", "title")

    def __init__(
        self,
        title: Line | None,
        segments: list[Segment],
        page_numbers: list[Line] | None = None,
        department: Line | None = None,
    ) -> None:
        self.title = title
        self.segments = segments
        self.page_numbers = [] if page_numbers is None else page_numbers
        self.department = department


def _opens_content(lines: list[Line], index: int, kind: str | None, listed: set[str]) -> bool:
    """True when the heading at ``index`` starts the document's content, ending the TOC.

    A kind the contents listed already appears again, or the next line is not
    another entry (a heading followed by its text, or by a table's header).
    """
    if kind is None or kind == "forms_toc":
        return False
    if kind in listed:
        return True
    for following in lines[index + 1 :]:
        if is_page_number(following):
            continue
        return not is_toc_entry(following)
    return False


def split_segments(lines: list[Line]) -> Layout:
    """The title line, the document's parts in order, and the page-number lines.

    Lines before the title go to a ``preamble`` segment. The table of contents is
    recognised by its shape, before any part: a ``目录`` line (or a heading) followed
    by entries (short lines without sentence punctuation or cells). It is one
    ``toc`` segment whose body is its entries; it ends at the first line that is
    not an entry, or at a heading that starts the content. Page-number lines are
    set aside wherever they stand.
    """
    layout = Layout(None, [Segment("preamble", None)])
    segments = layout.segments
    listed: set[str] | None = None
    for index, line in enumerate(lines):
        if is_page_number(line):
            layout.page_numbers.append(line)
            continue
        if layout.title is None and len(segments) == 1 and TITLE.match(line.text.strip()):
            # The title ends in 预算 or 决算, so it never passes the heading filter.
            layout.title = line
            continue
        if (
            layout.title is not None
            and layout.department is None
            and len(segments) == 1
            and not segments[0].body
            and DEPARTMENT_LINE.match(line.key)
        ):
            layout.department = line
            continue
        kind = heading_kind(line)
        if listed is not None:
            if is_toc_entry(line) and not _opens_content(lines, index, kind, listed):
                if kind is not None:
                    listed.add(kind)
                segments[-1].body.append(line)
                continue
            listed = None
            if kind is None or kind == "forms_toc":
                segments.append(Segment("stray", None))
        at_front = all(segment.kind == "preamble" for segment in segments)
        if kind == "toc":
            if at_front and _opens_toc(lines, index):
                listed = set()
                segments.append(Segment("toc", line))
                continue
            kind = None
        elif kind is not None and at_front and _opens_toc(lines, index):
            # contents without a 目录 line: a run of headings with nothing under them
            listed = {kind}
            segments.append(Segment("toc", None, [line]))
            continue
        if kind is not None and kind != "forms_toc":
            segments.append(Segment(kind, line))
        else:
            segments[-1].body.append(line)
    return layout


def _opens_toc(lines: list[Line], index: int) -> bool:
    """True when the line at ``index`` (目录, or a first entry) is followed by two entries."""
    entries = 0
    for following in lines[index + 1 :]:
        if is_page_number(following):
            continue
        if not is_toc_entry(following):
            break
        entries += 1
        if entries == 2:
            return True
    return False
