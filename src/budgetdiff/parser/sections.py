"""Splitting a document into its parts: title, 目录, prose sections, tables, forms.

Headings are recognised by what they contain, not by exact strings, so that
``2017 年部门支出预算总表`` and ``2017年预算单位支出预算总表`` both open the
expenditure table. The table of contents repeats the headings; it ends at the
first heading whose kind it has listed already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from budgetdiff.parser.lines import Line

TITLE = re.compile(
    r"^(?P<department>.+?)\s*(?P<year>(?:19|20)\d\d)\s*年度?\s*(?P<kind>部门预算|单位预算|部门决算|单位决算)\s*$"
)

_TABLE_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("财务收支预算总表", "finance_summary"),
    ("财政拨款收支预算总表", "fiscal_summary"),
    ("收入预算总表", "income"),
    ("支出预算总表", "expenditure"),
    ("一般公共预算支出功能分类预算表", "general_public"),
    ("政府性基金预算支出功能分类预算表", "gov_fund"),
    ("基本支出经济分类预算表", "economic"),
)
_SANGONG_TABLE = re.compile(r"三公.{0,3}经费.*(预算|情况)表$")
_FORM_TITLE = re.compile(r"绩效.{0,2}申报表$")
_FORMS_TOC = re.compile(r"《?绩效目标申报表》?$")
_MAX_HEADING = 60
_HEADING_ENDS = frozenset("录能置明表》")
"""The last character of every heading kind below: a cheap first filter."""


def heading_kind(line: Line) -> str | None:
    """What part of a document ``line`` opens, or None when it is not a heading."""
    if line.last_char not in _HEADING_ENDS:
        return None
    key = line.key
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
    if _SANGONG_TABLE.search(key):
        return "sangong"
    if key.endswith("表"):
        for keyword, table_id in _TABLE_KEYWORDS:
            if keyword in key:
                return table_id
    if _FORM_TITLE.search(key):
        return "form"
    if _FORMS_TOC.search(key):
        return "forms_toc"
    return None


@dataclass
class Segment:
    """A part of the document: its kind, its heading line and the lines under it."""

    kind: str
    heading: Line | None
    body: list[Line] = field(default_factory=list)


def split_segments(lines: list[Line]) -> tuple[Line | None, list[Segment]]:
    """The title line and the document's parts in order.

    Lines before the title go to a ``preamble`` segment; the table of contents is
    one ``toc`` segment whose body is its entries.
    """
    title: Line | None = None
    segments: list[Segment] = [Segment("preamble", None)]
    in_toc: set[str] | None = None
    for line in lines:
        if title is None and len(segments) == 1 and TITLE.match(line.text.strip()):
            # The title ends in 预算 or 决算, so it never passes the heading filter.
            title = line
            continue
        kind = heading_kind(line)
        if in_toc is not None:
            if kind is not None and kind != "toc" and kind not in in_toc:
                in_toc.add(kind)
                segments[-1].body.append(line)
                continue
            in_toc = None
        if kind == "toc" and not any(segment.kind == "toc" for segment in segments):
            in_toc = set()
            segments.append(Segment("toc", line))
        elif kind is not None and kind != "forms_toc":
            segments.append(Segment(kind, line))
        else:
            segments[-1].body.append(line)
    return title, segments
