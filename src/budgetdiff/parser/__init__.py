"""Text to document model: ``load`` reads a file, ``parse`` reads text.

The document is split into parts (``sections``), each part read by its own
reader, and every non-blank line is either placed or reported as unparsed.
"""

from __future__ import annotations

import os
import re

from budgetdiff.errors import InputError, NotABudgetDocument
from budgetdiff.model import (
    Document,
    Project,
    Sangong,
    Section,
    Source,
    Table,
    UnparsedLine,
    UnreadPage,
)
from budgetdiff.parser.basic_split import stated_basic_split
from budgetdiff.parser.code_table import parse_code_table
from budgetdiff.parser.decoding import (
    decode,
    max_bytes,
    read_path,
    sha256_hex,
    split_lines,
    too_large,
)
from budgetdiff.parser.department_names import department_variants
from budgetdiff.parser.facts import narrative_facts
from budgetdiff.parser.final_accounts import final_kind, read_final_accounts
from budgetdiff.parser.forms import parse_form
from budgetdiff.parser.lines import Line
from budgetdiff.parser.paged import PagedDocument
from budgetdiff.parser.project_notes import read_project_notes
from budgetdiff.parser.prose import prose_sections, split_table_rows
from budgetdiff.parser.sangong import parse_sangong
from budgetdiff.parser.sections import DEPARTMENT_LINE, TITLE, Layout, split_segments
from budgetdiff.parser.two_sided import parse_two_sided
from budgetdiff.record import replace

__all__ = ["load", "parse", "parse_bytes", "parse_paged", "pdf_source"]

_TWO_SIDED = frozenset({"finance_summary", "fiscal_summary"})
_STRAY_REASONS = {
    "preamble": "before the document's title",
    "stray": "after the table of contents, under no heading",
}
_CODE_TABLES = frozenset(
    {"income", "expenditure", "general_public", "gov_fund", "state_capital", "economic"}
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def load(path: str | os.PathLike[str], encoding: str | None = None) -> Document:
    """Read and parse the budget document at ``path``.

    ``encoding`` overrides detection. Raises InputError when the file cannot be
    read as text (missing, unreadable, a directory or device, larger than the
    limit, empty, binary), NotABudgetDocument when it is text but not a budget,
    and TypeError when ``path`` or ``encoding`` has the wrong type.
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"load() takes a file name (str or os.PathLike), not {_kind(path)}")
    name = os.fspath(path)
    if not isinstance(name, str):
        raise TypeError(f"load() takes a file name as str, not {_kind(name)}")
    _check_encoding(encoding, "load")
    if not name:
        raise InputError("no file name given")
    if "\0" in name:
        raise InputError(f"{name!r} is not a file name: it contains a NUL character")
    return parse_bytes(read_path(name), path=name, encoding=encoding)


def parse_bytes(data: bytes, path: str | None = None, encoding: str | None = None) -> Document:
    """Decode and parse a budget document's bytes (see ``load``)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bytes() takes the document as bytes, not {_kind(data)}")
    if path is not None and not isinstance(path, str):
        raise TypeError(f"parse_bytes() takes path as str or None, not {_kind(path)}")
    _check_encoding(encoding, "parse_bytes")
    data = bytes(data)
    name = path or "input"
    limit = max_bytes()
    if len(data) > limit:
        raise too_large(name, limit)
    digest = sha256_hex(data)
    from budgetdiff.parser.pdf_reader import is_pdf

    if is_pdf(data):
        from budgetdiff.parser.pdf_reader import read_pdf

        return parse_paged(read_pdf(data, name), pdf_source(path, digest))
    decoded = decode(data, encoding, name)
    if _looks_binary(decoded.text):
        raise InputError(f"{name} is a binary file, not text")
    source = Source(path, digest, decoded.encoding, decoded.newline)
    text = decoded.text
    if not _has_cells(text):
        from budgetdiff.parser import layout_text

        if layout_text.looks_one_cell_per_line(text):
            raise InputError(
                f"{name} has its tables one cell per line (as pdftotext without -layout or "
                "pdfminer write them): give the PDF itself, or text from pdftotext -layout"
            )
        if layout_text.looks_like_layout(text):
            if "\f" not in text and layout_text.table_count(text) > 1:
                raise InputError(
                    f"{name} is space-aligned text without page breaks (pdftotext -nopgbrk?): "
                    "its columns are laid out page by page, so give the PDF itself, or text "
                    "from pdftotext -layout without -nopgbrk"
                )
            head = [
                Line(no, raw) for no, raw in enumerate(text.splitlines()[:50], 1) if raw.strip()
            ]
            if final_kind(head) is not None:
                raise InputError(
                    f"{name} is final accounts (决算) as space-aligned text, whose columns "
                    "budgetdiff does not map yet: give the PDF itself"
                )
            paged = layout_text.read_layout_text(text, name)
            return parse_paged(paged, replace(source, reader="pdftotext-layout"))
        if layout_text.looks_space_separated(text):
            raise InputError(
                f"{name} separates its table cells by single spaces (as pdftotext -raw or "
                "pdfplumber's extract_text write them), so an empty cell cannot be told "
                "apart: give the PDF itself, or text from pdftotext -layout"
            )
    return parse(text, source=source)


_CELL_ROWS = 3
"""Tab-separated rows a text needs to be read as cells (the samples have hundreds)."""


def _has_cells(text: str) -> bool:
    """True when the text's tables are tab-separated cells, as the bundled samples are."""
    rows = 0
    for line in text.splitlines():
        if line.count("\t") >= 2:
            rows += 1
            if rows >= _CELL_ROWS:
                return True
    return False


def pdf_source(path: str | None, digest: str) -> Source:
    """Where a PDF document came from: its path and sha256, read by the PDF reader."""
    return Source(path, digest, "pdf", "\n", "pdf")


def parse_paged(paged: PagedDocument, source: Source) -> Document:
    """Parse a document read page by page (``read_pdf``, ``read_layout_text``), keeping
    each line's page as its provenance (``Document.origin``)."""
    text, origin = paged.tab_text()
    document = _read_text(text, source)
    pages = tuple(page.text for page in paged.pages)
    unread = paged.unread + _missing_pages(document, len(pages), {u.page for u in paged.unread})
    return replace(
        document,
        origin=origin,
        page_texts=pages,
        unread_pages=unread,
        read_notes=paged.notes,
    )


_TOC_PAGE = re.compile(r"(?:[.…·．。・]{2,}|\t)\s*(\d{1,4})\s*$")
"""A table-of-contents entry's page number, after its leader dots (or a tab)."""


def _missing_pages(document: Document, count: int, known: set[int]) -> tuple[UnreadPage, ...]:
    """Pages the table of contents promises beyond the document's last page."""
    promised: dict[int, str] = {}
    for number in document.toc_lines:
        line = document.source_line(number)
        found = _TOC_PAGE.search(line)
        if found and int(found.group(1)) > count:
            entry = line[: found.start()].strip(" \t.…·．。・") or line.strip()
            promised.setdefault(int(found.group(1)), entry)
    return tuple(
        UnreadPage(
            page, f"the table of contents lists it ({entry[:30]}), but the PDF has {count} pages"
        )
        for page, entry in sorted(promised.items())
        if page not in known
    )


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _check_encoding(encoding: object, function: str) -> None:
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"{function}() takes encoding as str or None, not {_kind(encoding)}")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\r\n\f")
    return controls * 20 > len(sample)


def parse(text: str, source: Source | None = None) -> Document:
    """Parse the text of a budget document into a Document (what it reads, no checks:
    ``budgetdiff.check`` runs them).

    Raises NotABudgetDocument when the text has neither a budget title nor a
    budget table, InputError when it holds lone surrogates (no valid file does),
    TypeError when ``text`` is not a str.
    """
    if not isinstance(text, str):
        hint = "; use parse_bytes for bytes" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"parse() takes the document's text as str, not {_kind(text)}{hint}")
    if source is not None and not isinstance(source, Source):
        raise TypeError(f"parse() takes source as a Source or None, not {_kind(source)}")
    if _SURROGATE.search(text):
        raise InputError("text contains unpaired surrogate characters")
    if source is None:
        digest = sha256_hex(text.encode("utf-8"))
        source = Source(None, digest, "str")
    return _read_text(text, source)


def _read_text(text: str, source: Source) -> Document:
    """The document the text holds."""
    raw_lines = split_lines(text.removeprefix("\ufeff"))
    lines = [Line(no, raw) for no, raw in enumerate(raw_lines, 1) if raw.strip()]
    title = final_kind(lines)
    if title is not None:
        document = read_final_accounts(lines, title, source, len(raw_lines))
        return _with_text(document, raw_lines)
    layout = split_segments(lines)
    document = _assemble(layout, source, len(raw_lines))
    if layout.title is None and not document.tables:
        raise NotABudgetDocument(
            f"{source.path or 'the input'} is not a budget document: "
            "no budget title and no budget table found"
        )
    return _with_text(document, raw_lines)


def _with_text(document: Document, raw_lines: list[str]) -> Document:
    """``document`` with its source lines and the names printed where its department's
    belongs (which needs them)."""
    document = replace(document, text_lines=tuple(raw_lines))
    return replace(document, department_variants=department_variants(document))


def _assemble(layout: Layout, source: Source, line_count: int) -> Document:
    tables: dict[str, Table] = {}
    sangong: Sangong | None = None
    projects: list[Project] = []
    sections: list[Section] = []
    unparsed: list[UnparsedLine] = []
    toc: list[int] = []
    title = layout.title
    for segment in layout.segments:
        heading, body = segment.heading, segment.body
        if segment.kind == "toc":
            toc.extend(line.no for line in (heading, *body) if line is not None)
            continue
        if segment.kind in _STRAY_REASONS:
            reason = _STRAY_REASONS[segment.kind]
            unparsed.extend(line.unparsed(reason) for line in body)
            continue
        assert heading is not None
        if segment.kind in tables or (segment.kind == "sangong" and sangong is not None):
            unparsed.append(heading.unparsed(f"a second {segment.kind} table"))
            unparsed.extend(line.unparsed(f"under a second {segment.kind} table") for line in body)
            continue
        if segment.kind in _CODE_TABLES:
            code_table, lost = parse_code_table(segment.kind, heading, body)
            tables[segment.kind] = code_table
        elif segment.kind in _TWO_SIDED:
            two_sided, lost = parse_two_sided(segment.kind, heading, body)
            tables[segment.kind] = two_sided
        elif segment.kind == "sangong":
            sangong, lost = parse_sangong(heading, body)
            if sangong is None:
                lost.append(heading.unparsed("a 三公 heading with no figures under it"))
        elif segment.kind == "form":
            project, lost = parse_form(heading, body)
            projects.append(project)
        elif segment.kind == "project_notes":
            described, alone = read_project_notes(heading, body)
            projects.extend(described)
            sections.extend(alone)
            lost = []
        else:
            prose, lost = split_table_rows(body)
            sections.extend(prose_sections(heading, prose, segment.kind == "related_notes"))
        unparsed.extend(lost)

    match = TITLE.match(title.text.strip()) if title else None
    narrative = replace(narrative_facts(sections, tables), basic_split=stated_basic_split(sections))
    if sangong is not None:
        sangong = replace(sangong, prior_year=_prior_year(narrative.sangong_changes))
    return Document(
        department=_department(match, layout.department),
        year=int(match.group("year")) if match else None,
        kind=match.group("kind") if match else None,
        title_line=title.no if title else None,
        department_line=layout.department.no if layout.department else None,
        source=source,
        tables=tables,
        sangong=sangong,
        narrative=narrative,
        projects=tuple(projects),
        sections=tuple(sections),
        unparsed=tuple(sorted(unparsed, key=lambda item: item.line)),
        line_count=line_count,
        toc_lines=tuple(toc),
        page_number_lines=tuple(line.no for line in layout.page_numbers),
    )


def _department(title: re.Match[str] | None, line: Line | None) -> str | None:
    """The department: its own line under the title (``预算主管部门：…``), else the title's
    words before the year, unless those name a government (``上海市普陀区…区级部门预算``)."""
    if line is not None:
        found = DEPARTMENT_LINE.match(line.key)
        if found:
            return found.group("name")
    if title is None or title.group("level"):
        return None
    return title.group("department").strip() or None


def _prior_year(changes: tuple[object, ...]) -> dict[str, int | None]:
    from budgetdiff.model import StatedChange
    from budgetdiff.money import yuan_of_wan

    prior: dict[str, int | None] = {}
    for change in changes:
        assert isinstance(change, StatedChange)
        previous = change.previous
        value = yuan_of_wan(previous) if previous is not None else None
        prior[change.item] = int(value) if value is not None else None
    return prior
