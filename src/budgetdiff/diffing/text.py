"""Narrative diffs: sections matched by kind, then compared character by character.

Sections are matched by a key that drops what differs between two years or two
departments (the department's name, the year, 部门/单位, the ordinal of a
numbered part), so 主要职能 matches 主要职能 and 一、“三公”经费预算 its namesake.
Text is tokenised for Chinese: a number (``19,483``, ``142.05``, ``2016``) is one
token and every other character is a token of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Literal

from budgetdiff.diffing.model import NumberChange, TextChange, TextSpan
from budgetdiff.diffing.projects import normalise
from budgetdiff.model import Document, Paragraph, Section

NUMBER = re.compile(r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?")
"""A number as prose prints it: ``2016``, ``19,483``, ``142.05`` (commas only by thousands)."""

CONTEXT = 8
"""Characters of B's text kept on each side of a changed number."""

_YEAR = re.compile(r"\d{4}(?:年度|年)?")
_UNIT_WORDS = re.compile(r"部门|单位")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\d+[、.]|[一二三四五六七八九十\d]+\))")

Opcode = tuple[str, int, int, int, int]


def section_key(section: Section, departments: Iterable[str | None]) -> tuple[str, str]:
    """(parent, title) reduced to the section's kind: no department, year, ordinal."""

    def reduce(title: str) -> str:
        key = normalise(title)
        for department in departments:
            if department:
                key = key.replace(normalise(department), "")
        key = _UNIT_WORDS.sub("", _YEAR.sub("", key))
        return _ORDINAL.sub("", key)

    return (reduce(section.parent or ""), reduce(section.title))


def section_name(section: Section) -> str:
    """The title as printed, under its parent: ``相关情况说明/一、“三公”经费预算``."""
    return f"{section.parent}/{section.title}" if section.parent else section.title


def tokenise(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of ``text``: numbers whole, other characters one by one.

    White space is skipped (the PDF extraction scatters spaces around numbers:
    ``为 422.08 万元`` and ``为551万元`` differ only in the number) and a number's
    token drops its commas, so ``194829,473`` and ``194,829,473`` compare equal.
    """
    tokens: list[tuple[str, int, int]] = []
    position = 0
    for found in NUMBER.finditer(text):
        tokens.extend((text[i], i, i + 1) for i in range(position, found.start()))
        tokens.append((found.group().replace(",", ""), found.start(), found.end()))
        position = found.end()
    tokens.extend((text[i], i, i + 1) for i in range(position, len(text)))
    return [token for token in tokens if not token[0].isspace()]


class _Side:
    """One side's section text, tokenised, with offsets mapped back to source lines."""

    def __init__(self, section: Section) -> None:
        self.section = section
        self.text = section.text
        tokens = tokenise(self.text)
        self.keys = [key for key, _, _ in tokens]
        self.starts = [start for _, start, _ in tokens]
        self.ends = [end for _, _, end in tokens]
        self.offsets: list[int] = []
        offset = 0
        for paragraph in section.paragraphs:
            self.offsets.append(offset)
            offset += len(paragraph.text) + 1

    def chars(self, first: int, last: int) -> str:
        """The text of tokens ``first``..``last`` (exclusive), with the space between them."""
        return self.text[self.starts[first] : self.ends[last - 1]] if first < last else ""

    def line(self, token: int) -> int:
        """The source line of token ``token`` (of the last one, past the end)."""
        if not self.keys:
            return self.section.line
        offset = self.starts[min(token, len(self.keys) - 1)]
        index = bisect_right(self.offsets, offset) - 1
        return self.section.paragraphs[index].line_at(offset - self.offsets[index])

    def around(self, token: int) -> str:
        """The text from the end of the token before ``token`` to the start of the one after."""
        start = self.ends[token - 1] if token > 0 else 0
        end = self.starts[token + 1] if token + 1 < len(self.keys) else len(self.text)
        return self.text[start:end]

    def context(self, token: int) -> str:
        """Up to ``CONTEXT`` characters each side of a token, within its paragraph."""
        start, end = self.starts[token], self.ends[token]
        before = self.text[max(0, start - CONTEXT) : start].rsplit("\n", 1)[-1]
        after = self.text[end : end + CONTEXT].split("\n", 1)[0]
        return before + self.text[start:end] + after


def _merged(opcodes: Sequence[Opcode], side: _Side) -> list[Opcode]:
    """Non-equal opcodes, neighbours joined across an equal run of one token in a paragraph."""
    merged: list[Opcode] = []
    pending: Opcode | None = None
    for index, opcode in enumerate(opcodes):
        tag, i1, i2, _, _ = opcode
        if tag == "equal":
            short = i2 - i1 == 1 and "\n" not in side.around(i1)
            inside = 0 < index < len(opcodes) - 1
            if pending is not None and not (short and inside):
                merged.append(pending)
                pending = None
            continue
        if pending is None:
            pending = opcode
        else:
            pending = ("replace", pending[1], opcode[2], pending[3], opcode[4])
    if pending is not None:
        merged.append(pending)
    return merged


def _span(a: _Side, b: _Side, opcode: Opcode) -> TextSpan:
    _, i1, i2, j1, j2 = opcode
    op: Literal["replace", "insert", "delete"] = (
        "replace" if i1 < i2 and j1 < j2 else "insert" if j1 < j2 else "delete"
    )
    # an empty side sits after the token before it: its line is that token's
    a_line = a.line(i1 if i1 < i2 or i1 == 0 else i1 - 1)
    b_line = b.line(j1 if j1 < j2 or j1 == 0 else j1 - 1)
    return TextSpan(op, a.chars(i1, i2), b.chars(j1, j2), a_line, b_line)


def _numbers(a: _Side, b: _Side, opcodes: Sequence[Opcode]) -> list[NumberChange]:
    numbers: list[NumberChange] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        if NUMBER.fullmatch(a.keys[i1]) and NUMBER.fullmatch(b.keys[j1]):
            before, after = a.chars(i1, i2), b.chars(j1, j2)
            numbers.append(NumberChange(before, after, a.line(i1), b.line(j1), b.context(j1)))
    return numbers


def diff_section(a: Section, b: Section) -> TextChange | None:
    """How ``b``'s text differs from ``a``'s; None when the texts are equal."""
    if a.text == b.text:
        return None
    side_a, side_b = _Side(a), _Side(b)
    matcher = SequenceMatcher(None, side_a.keys, side_b.keys, autojunk=False)
    opcodes = matcher.get_opcodes()
    spans = tuple(_span(side_a, side_b, op) for op in _merged(opcodes, side_a))
    if not spans:
        return None
    numbers = tuple(_numbers(side_a, side_b, opcodes))
    return TextChange(section_name(b), "changed", matcher.ratio(), spans, numbers, a.line, b.line)


def _generic(text: str, document: Document, other: Document) -> str:
    """``text`` without white space, the document's own years replaced by placeholders.

    Headings of two years then compare equal where they differ only as their
    documents do; a heading whose year disagrees with its own document's (a
    draft's ``2016`` under a 2017 title) still differs.
    """
    text = "".join(text.split())
    if document.year is not None and document.year != other.year:
        text = text.replace(str(document.year), "〈年〉").replace(
            str(document.year - 1), "〈上年〉"
        )
    return text


def _same_kind_of_document(a: Document, b: Document) -> bool:
    """Headings are compared between documents of one department and kind only: between
    departments or producers they differ in ways that say nothing."""
    return a.department == b.department and a.kind == b.kind


def _heading_change(
    name: str, a: tuple[str, int] | None, b: tuple[str, int] | None, docs: tuple[Document, ...]
) -> TextChange | None:
    """How heading ``b`` (text, line) differs from ``a``; None when alike or both absent."""
    if a is None or b is None or not _same_kind_of_document(*docs):
        return None
    if _generic(a[0], *docs) == _generic(b[0], docs[1], docs[0]):
        return None
    sides = (Section(name, line, (Paragraph(text, line, (line,)),)) for text, line in (a, b))
    return diff_section(*sides)


def _headings(document: Document) -> dict[str, tuple[str, int]]:
    """Every heading-like text of ``document`` by a stable name: title, table titles, notes."""
    found: dict[str, tuple[str, int]] = {}
    if document.title_line is not None:
        found["标题"] = (document.source_line(document.title_line).strip(), document.title_line)
    for table_id, table in document.tables.items():
        found[f"{table_id}/标题"] = (table.title, table.line)
        if table.preparer is not None:
            found[f"{table_id}/编制部门"] = (table.preparer, table.line)
        if table.note is not None:
            found[f"{table_id}/注"] = (table.note, table.note_line or table.line)
    if document.sangong is not None:
        found["sangong/标题"] = (document.sangong.title, document.sangong.title_line)
        if document.sangong.note is not None:
            note_line = document.sangong.note_line or document.sangong.line
            found["sangong/注"] = (document.sangong.note, note_line)
    return found


def diff_headings(a: Document, b: Document) -> tuple[TextChange, ...]:
    """The document title, table titles, 编制部门 and table notes that differ between A and B
    beyond their own department and year (see ``_generic``)."""
    headings_a, headings_b = _headings(a), _headings(b)
    changes = (
        _heading_change(name, headings_a.get(name), heading, (a, b))
        for name, heading in headings_b.items()
    )
    return tuple(change for change in changes if change is not None)


def diff_sections(a: Document, b: Document) -> tuple[TextChange, ...]:
    """Narrative sections of B relative to A: B's sections in document order (changed or
    added), then A's unmatched ones in A's order (removed). Added and removed sections
    have similarity 0 and no spans; equal texts are left out."""
    departments = (a.department, b.department)
    waiting: dict[tuple[str, str], list[int]] = {}
    for index, section in enumerate(a.sections):
        waiting.setdefault(section_key(section, departments), []).append(index)
    changes: list[TextChange] = []
    for section in b.sections:
        candidates = waiting.get(section_key(section, departments))
        if not candidates:
            changes.append(TextChange(section_name(section), "added", 0.0, b_line=section.line))
            continue
        before = a.sections[candidates.pop(0)]
        title = _heading_change(
            f"{section_name(section)}/标题",
            (before.title, before.line),
            (section.title, section.line),
            (a, b),
        )
        if title is not None:
            changes.append(title)
        change = diff_section(before, section)
        if change is not None:
            changes.append(change)
    for index in sorted(i for left in waiting.values() for i in left):
        section = a.sections[index]
        changes.append(TextChange(section_name(section), "removed", 0.0, a_line=section.line))
    return tuple(changes)
