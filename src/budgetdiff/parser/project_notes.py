"""项目经费情况说明: projects described in prose instead of 绩效目标申报表 forms.

A section is one project, or several when its numbered parts start again at
``一、``. The name is the heading's (``科技创新专项经费情况说明``) or, when the heading
names none (``项目经费情况说明``), the project its 项目概况 names first. The
numbered parts (一、项目概述 … 七、绩效目标) become the project's texts; 年度预算安排
gives its amount (``2025年度项目总预算1720.00万``), the parts it lists
(``其中支持企业规模化发展870.00万，…`` or a quarterly ``第一季度用款计划158.05万元``)
and their ``合计``; 实施周期 its start and end when printed as a range of dates.
"""

from __future__ import annotations

import re
from decimal import Decimal

from budgetdiff.model import Component, Paragraph, Project, Section
from budgetdiff.money import Amount, parse_decimal, to_yuan
from budgetdiff.parser.lines import Line
from budgetdiff.parser.project_names import NAME_LABEL, name_at, trimmed_name
from budgetdiff.parser.prose import SUBHEADING, paragraphs

__all__ = ["read_project_notes"]

_SUFFIXES = ("项目经费情况说明", "经费情况说明")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.．、]\s*)")
_FIRST = "一"
_NUMBER = r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|万|元)"
_TOTAL = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s*年度?)?\s*(?:项目)?(?:总预算|预算总额|预算安排|安排预算)"
    r"(?:为|安排)?\s*[:：]?\s*" + _NUMBER
)
_SUM = re.compile(r"^(?:合计|共计|总计)(?:为)?\s*" + _NUMBER + r"$")
_PART = re.compile(r"^(?P<name>[^\d:：]{2,40}?)(?:为|安排)?\s*[:：]?\s*" + _NUMBER + r"$")
_CLAUSE = re.compile(r"(?:[^，,。；;]|(?<=\d),(?=\d))+")
"""A clause of a sentence; the comma of ``1,234.56`` does not end one."""
_LEAD = re.compile(r"^(?:其中|包括|具体为|分别为)[:：]?")
_NAMED = re.compile(
    r"的\s*[“\"《「]?(?P<name>[^，。、的“”《》\"「」,]{2,40}?(?:工程|项目|专项))[”\"》」]?\s*[，。,.；;]"
)
"""The project a 项目概况 names first: ``由…建设的万里街道社区公共服务中心新建工程，位于…``
(or ``…新建工程 ，``, ``…的“…新建工程”，``)."""
_DATE = r"\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?"
_PERIOD = re.compile(rf"^(?P<start>{_DATE})\s*(?:[-—–~～至到])+\s*(?P<end>{_DATE})[。.]?$")
_BUDGET_PART = "年度预算安排"
_PERIOD_PART = "实施周期"
_OVERVIEW_PARTS = ("项目概述", "项目概况")


class _Group:
    """The lines of one project: its heading line, lines before its first part, its parts."""

    heading: Line
    lead: list[Line]
    parts: list[tuple[Line, list[Line]]]

    __slots__ = ("heading", "lead", "parts")

    def __init__(
        self,
        heading: Line,
        lead: list[Line] | None = None,
        parts: list[tuple[Line, list[Line]]] | None = None,
    ) -> None:
        self.heading = heading
        self.lead = [] if lead is None else lead
        self.parts = [] if parts is None else parts


def read_project_notes(heading: Line, body: list[Line]) -> tuple[list[Project], list[Section]]:
    """The projects a 项目经费情况说明 section describes; or, for a heading alone, a section.

    A heading with nothing under it that names no project (``七、项目经费情况说明``
    above projects with headings of their own) is kept as an empty section. Every
    line of the section is placed: the heading as the project's ``line``, each part's
    heading and paragraphs in its ``sections``.
    """
    title = heading.text.strip()
    named = _heading_name(title)
    if not body and named is None:
        return [], [Section(title, heading.no, ())]
    groups = _groups(heading, body)
    return [_project(title, named if index == 0 else None, g) for index, g in enumerate(groups)], []


def _heading_name(title: str) -> str | None:
    name = _ORDINAL.sub("", title)
    for suffix in _SUFFIXES:
        if name.endswith(suffix):
            name = name.removesuffix(suffix)
            break
    return trimmed_name(name)


def _groups(heading: Line, body: list[Line]) -> list[_Group]:
    """The body split into projects: a part ``一、`` after other parts starts the next."""
    groups = [_Group(heading)]
    for line in body:
        text = line.text.strip()
        if SUBHEADING.match(text) and "。" not in text:
            current = groups[-1]
            if current.parts and text.startswith(_FIRST + "、"):
                current = _Group(line)
                groups.append(current)
            current.parts.append((line, []))
        elif groups[-1].parts:
            groups[-1].parts[-1][1].append(line)
        else:
            groups[-1].lead.append(line)
    return groups


class _Reader:
    """Fills the fields of one prose project from its parts."""

    def __init__(self) -> None:
        self.name: str | None = None
        self.year: int | None = None
        self.year_budget: Amount | None = None
        self.stated_sum: Amount | None = None
        self.start: str | None = None
        self.end: str | None = None
        self.components: list[Component] = []
        self.texts: dict[str, str] = {}
        self.lines: dict[str, int] = {}

    def label(self, part: str, line: int) -> str:
        """A free label for part ``part`` (``实施方案``, then ``实施方案#2``…)."""
        label, n = part, 1
        while label in self.texts:
            n += 1
            label = f"{part}#{n}"
        self.lines[label] = line
        return label

    def budget(self, paragraph: Paragraph) -> None:
        for clause in _CLAUSE.finditer(paragraph.text):
            text = _LEAD.sub("", clause.group().strip())
            offset = clause.start() + clause.group().find(text)
            total = _TOTAL.search(text)
            if total is not None and self.year_budget is None:
                self.year_budget = _yuan(total)
                self.lines["year_budget"] = paragraph.line_at(offset + total.start("number"))
                if total.group("year"):
                    self.year = int(total.group("year"))
                    self.lines["year"] = paragraph.line_at(offset + total.start("year"))
            elif (found := _SUM.match(text)) is not None and self.stated_sum is None:
                self.stated_sum = _yuan(found)
                self.lines["stated_sum"] = paragraph.line_at(offset + found.start("number"))
            elif total is None and (found := _PART.match(text)) is not None:
                line = paragraph.line_at(offset + found.start("number"))
                self.components.append(Component(found.group("name"), _yuan(found), line))

    def period(self, paragraph: Paragraph) -> None:
        found = _PERIOD.match(paragraph.text)
        if found is not None and self.start is None:
            self.start, self.end = found.group("start"), found.group("end")
            self.lines["start"] = self.lines["end"] = paragraph.line

    def name_from(self, paragraph: Paragraph) -> None:
        """The name a 项目概况 paragraph gives: after ``项目名称：``, else the first
        ``…的XXX工程`` of its first sentence."""
        if self.name is not None:
            return
        text = paragraph.text.lstrip()
        label = NAME_LABEL.match(text)
        if label is not None:
            start = len(paragraph.text) - len(text) + label.end()
            self.name = name_at(paragraph.text[start:])
            if self.name is not None:
                self.lines["name"] = paragraph.line_at(start)
                return
        sentence = paragraph.text.split("。", 1)[0] + "。"
        found = _NAMED.search(sentence)
        if found is not None:
            self.name = found.group("name")
            self.lines["name"] = paragraph.line_at(found.start("name"))


def _project(title: str, named: str | None, group: _Group) -> Project:
    reader = _Reader()
    if named is not None:
        reader.name = named
        reader.lines["name"] = group.heading.no
    sections: list[Section] = []
    lead = [line for line in group.lead if not _name_line(reader, line)]
    if lead:
        sections.append(Section("", lead[0].no, paragraphs(lead), title))
        reader.texts[reader.label("", lead[0].no)] = sections[-1].text
    for part_heading, part_body in group.parts:
        part_title = part_heading.text.strip()
        section = Section(part_title, part_heading.no, paragraphs(part_body), title)
        sections.append(section)
        part = _ORDINAL.sub("", part_title).strip()
        reader.texts[reader.label(part, part_heading.no)] = section.text
        if part == _BUDGET_PART and part_body:
            reader.budget(_joined(part_body))
        for paragraph in section.paragraphs:
            if part == _PERIOD_PART:
                reader.period(paragraph)
            elif part in _OVERVIEW_PARTS:
                reader.name_from(paragraph)
    return Project(
        title=title,
        line=group.heading.no,
        name=reader.name,
        year=reader.year,
        start=reader.start,
        end=reader.end,
        texts=reader.texts,
        year_budget=reader.year_budget,
        components=tuple(reader.components),
        lines=reader.lines,
        source="prose",
        sections=tuple(sections),
        stated_sum=reader.stated_sum,
    )


def _joined(lines: list[Line]) -> Paragraph:
    """The lines as one text: a figure wrapped onto the next line (``协同化发展`` /
    ``180.00万``) is read whole, whatever the paragraphs of the prose are."""
    texts = [line.text.strip() for line in lines]
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text))
    return Paragraph("".join(texts), lines[0].no, tuple(line.no for line in lines), tuple(starts))


def _name_line(reader: _Reader, line: Line) -> bool:
    """Read a ``项目名称：…`` line before the parts; True when the line holds nothing
    else (a sentence after the name stays in the project's text)."""
    text = line.text.replace("\t", " ").strip()
    found = NAME_LABEL.match(text)
    if found is None or reader.name is not None:
        return False
    rest = text[found.end() :]
    reader.name = name_at(rest)
    reader.lines["name"] = line.no
    return reader.name is not None and trimmed_name(rest) == reader.name


def _yuan(found: re.Match[str]) -> Amount:
    number: Decimal = parse_decimal(found.group("number"))
    return to_yuan(number, "元" if found.group("unit") == "元" else "万元")
