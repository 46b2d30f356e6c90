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
_LEAD_IN = "：:）)”」》"
_MID_SENTENCE = "，、,"
"""A paragraph ending in one of these was cut by a page break, however short."""
LIST_ITEM = re.compile(
    r"^(\d+[.．、](?!\d)|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)"
)
_FULL_WIDTH_LINE = 40
"""A line this long that ends mid-sentence was wrapped by the PDF, not ended by its author."""
_NEAR_FULL = 0.85
"""A line this share of the text's width or wider, ending mid-sentence, was wrapped."""
_WIDTH_SAMPLE = 3
"""Lines that must come close to a width for it to be the text's."""
_CLOSE_TO_WIDTH = 0.9
_PAGE_WIDTH = 128
"""Columns a printed line never exceeds (60 CJK characters fill an A4 landscape line):
text wider than this was never wrapped by a page."""
_IN_SENTENCE = re.compile(r"[，。；,;]|[：:]\s*\S")
"""What a heading never holds: a sentence's comma or stop, or a colon with text after
it (``一、财政拨款收入：指…``, a term and its definition)."""


def is_subheading(text: str) -> bool:
    """True for a numbered part's heading (``一、“三公”经费预算``): short, and no sentence
    after its words; a numbered glossary entry (``一、财政拨款收入：指…``) is prose."""
    return SUBHEADING.match(text) is not None and _IN_SENTENCE.search(text) is None


def text_width(lines: list[Line]) -> int | None:
    """The width the text was wrapped at (display columns: a CJK character takes two):
    the widest width, at most a page's, that many lines come close to (a quarter of
    them, at least three, within a tenth of it). None when the lines are not so
    wrapped (a paragraph a line, as the 2017 samples print them, or too few lines)."""
    widths = sorted((display_width(line.text.strip()) for line in lines), reverse=True)
    needed = max(_WIDTH_SAMPLE, len(widths) // 4)
    for index, width in enumerate(widths):
        if len(widths) - index < needed:
            break
        if width <= _PAGE_WIDTH and widths[index + needed - 1] >= _CLOSE_TO_WIDTH * width:
            return width
    return None


def display_width(text: str) -> int:
    """Columns ``text`` takes: two for a CJK character (three bytes in UTF-8), one for
    an ASCII one."""
    return (len(text.encode("utf-8")) + len(text)) // 2


def paragraphs(lines: list[Line], width: int | None = None) -> tuple[Paragraph, ...]:
    """The lines as paragraphs, joining a line cut mid-sentence with the next one.

    ``width`` is the width the text was wrapped at (``text_width`` of the section,
    by default of ``lines``): a line that nearly fills it and ends mid-sentence was
    wrapped, however narrow the page's column.
    """
    if width is None:
        width = text_width(lines)
    result: list[Paragraph] = []
    for line in lines:
        text = line.text.strip()
        if result and _continues(result[-1], text, width):
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


def _continues(previous: Paragraph, text: str, width: int | None) -> bool:
    if LIST_ITEM.match(text):
        return False
    end = previous.text[-1]
    last = previous.text[previous.starts[-1] :]
    wrapped = width is not None and display_width(last) >= _NEAR_FULL * width
    if end in _LEAD_IN:
        # ``其中：`` or ``…（款）`` at the end of a full line, the sentence going on below
        return wrapped
    if end in _SENTENCE_END:
        return False
    return end in _MID_SENTENCE or len(previous.text) >= _FULL_WIDTH_LINE or wrapped


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
    width = text_width(body)
    if not split_parts:
        return [Section(title, heading.no, paragraphs(body, width))]
    sections = [Section(title, heading.no, ())]
    part_heading: Line | None = None
    part_body: list[Line] = []

    def close() -> None:
        if part_heading is not None:
            sections.append(
                Section(
                    part_heading.text.strip(),
                    part_heading.no,
                    paragraphs(part_body, width),
                    title,
                )
            )
        elif part_body:
            sections[0] = Section(title, heading.no, paragraphs(part_body, width))

    for line in body:
        if is_subheading(line.text.strip()):
            close()
            part_heading, part_body = line, []
        else:
            part_body.append(line)
    close()
    return sections
