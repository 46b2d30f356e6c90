"""Narrative sections: paragraphs, joined where a page break cut a sentence.

相关情况说明 is split into its numbered parts (一、“三公”经费预算, 二、…), each a
section of its own with 相关情况说明 as parent, so that diffs and facts can name
the part a sentence belongs to.
"""

from __future__ import annotations

import re

from budgetdiff.model import Paragraph, Section, UnparsedLine
from budgetdiff.money import is_amount
from budgetdiff.parser.lines import Line

SUBHEADING = re.compile(r"^[一二三四五六七八九十]+、\S.{0,30}$")
_SENTENCE_END = "。；！？：:;!?）)”」》"
_MID_SENTENCE = "，、,"
"""A paragraph ending in one of these was cut by a page break, however short."""
LIST_ITEM = re.compile(
    r"^(\d+[.．、](?!\d)|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)"
)
_FULL_WIDTH_LINE = 40
"""A line this long that ends mid-sentence was wrapped by the PDF, not ended by its author."""


def paragraphs(lines: list[Line]) -> tuple[Paragraph, ...]:
    """The lines as paragraphs, joining a line cut mid-sentence with the next one."""
    result: list[Paragraph] = []
    for line in lines:
        text = line.text.strip()
        if result and _continues(result[-1], text):
            last = result[-1]
            result[-1] = Paragraph(
                last.text + text,
                last.line,
                (*last.lines, line.no),
                (*last.starts, len(last.text)),
            )
        else:
            result.append(Paragraph(text, line.no, (line.no,), (0,)))
    return tuple(result)


def _continues(previous: Paragraph, text: str) -> bool:
    if LIST_ITEM.match(text) or previous.text[-1] in _SENTENCE_END:
        return False
    return previous.text[-1] in _MID_SENTENCE or len(previous.text) >= _FULL_WIDTH_LINE


_TABLE_ROW_AMOUNTS = 2


def split_table_rows(lines: list[Line]) -> tuple[list[Line], list[UnparsedLine]]:
    """The prose lines, and the lines that are table rows (cells holding two or more
    amounts): under a prose heading they are a table whose heading was not recognised,
    reported as unparsed rather than read as sentences."""
    prose: list[Line] = []
    rows: list[UnparsedLine] = []
    for line in lines:
        cells = line.filled if "\t" in line.text else ()
        if sum(1 for cell in cells if is_amount(cell)) >= _TABLE_ROW_AMOUNTS:
            rows.append(line.unparsed("a table row under a prose heading (a table not recognised)"))
        else:
            prose.append(line)
    return prose, rows


def prose_sections(heading: Line, body: list[Line], split_parts: bool) -> list[Section]:
    """The section under ``heading``; with ``split_parts``, its numbered parts too."""
    title = heading.text.strip()
    if not split_parts:
        return [Section(title, heading.no, paragraphs(body))]
    sections = [Section(title, heading.no, ())]
    part_heading: Line | None = None
    part_body: list[Line] = []

    def close() -> None:
        if part_heading is not None:
            sections.append(
                Section(part_heading.text.strip(), part_heading.no, paragraphs(part_body), title)
            )
        elif part_body:
            sections[0] = Section(title, heading.no, paragraphs(part_body))

    for line in body:
        if SUBHEADING.match(line.text.strip()) and "。" not in line.text:
            close()
            part_heading, part_body = line, []
        else:
            part_body.append(line)
    close()
    return sections
