"""Text to document model: ``load`` reads a file, ``parse`` reads text.

The document is split into parts (``sections``), each part read by its own
reader, and every non-blank line is either placed or reported as unparsed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from budgetdiff.errors import InputError, NotABudgetDocument
from budgetdiff.model import (
    Document,
    Project,
    Sangong,
    Section,
    Source,
    Table,
    UnparsedLine,
)
from budgetdiff.parser.code_table import parse_code_table
from budgetdiff.parser.decoding import decode, split_lines
from budgetdiff.parser.facts import narrative_facts
from budgetdiff.parser.forms import parse_form
from budgetdiff.parser.lines import Line
from budgetdiff.parser.prose import prose_sections
from budgetdiff.parser.sangong import parse_sangong
from budgetdiff.parser.sections import TITLE, Segment, split_segments
from budgetdiff.parser.two_sided import parse_two_sided

__all__ = ["load", "parse", "parse_bytes"]

_TWO_SIDED = frozenset({"finance_summary", "fiscal_summary"})
_CODE_TABLES = frozenset({"income", "expenditure", "general_public", "gov_fund", "economic"})


def load(path: str | os.PathLike[str], encoding: str | None = None) -> Document:
    """Read and parse the budget document at ``path``.

    ``encoding`` overrides detection. Raises InputError when the file cannot be
    read as text, NotABudgetDocument when it is text but not a budget.
    """
    target = Path(path)
    name = str(path)
    if target.is_dir():
        raise InputError(f"{name} is a directory, not a budget document")
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name} does not exist") from None
    except PermissionError:
        raise InputError(f"{name} cannot be read: permission denied") from None
    except OSError as error:
        raise InputError(f"{name} cannot be read: {error.strerror or error}") from None
    return parse_bytes(data, path=name, encoding=encoding)


def parse_bytes(data: bytes, path: str | None = None, encoding: str | None = None) -> Document:
    """Decode and parse a budget document's bytes (see ``load``)."""
    name = path or "input"
    decoded = decode(data, encoding, name)
    if _looks_binary(decoded.text):
        raise InputError(f"{name} is a binary file, not text")
    source = Source(path, hashlib.sha256(data).hexdigest(), decoded.encoding, decoded.newline)
    return parse(decoded.text, source=source)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\r\n\f")
    return controls * 20 > len(sample)


def parse(text: str, source: Source | None = None) -> Document:
    """Parse the text of a budget document into a Document, checks included.

    Raises NotABudgetDocument when the text has neither a budget title nor a
    budget table.
    """
    from budgetdiff.checks import run_checks

    if source is None:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        source = Source(None, digest, "str")
    raw_lines = split_lines(text.removeprefix("\ufeff"))
    lines = [Line(no, raw) for no, raw in enumerate(raw_lines, 1) if raw.strip()]
    title, segments = split_segments(lines)
    document = _assemble(title, segments, source, len(raw_lines))
    if title is None and not document.tables:
        raise NotABudgetDocument(
            f"{source.path or 'the input'} is not a budget document: "
            "no budget title and no budget table found"
        )
    return replace(document, checks=run_checks(document), text_lines=tuple(raw_lines))


def _assemble(
    title: Line | None, segments: list[Segment], source: Source, line_count: int
) -> Document:
    tables: dict[str, Table] = {}
    sangong: Sangong | None = None
    projects: list[Project] = []
    sections: list[Section] = []
    unparsed: list[UnparsedLine] = []
    for segment in segments:
        heading, body = segment.heading, segment.body
        if segment.kind in ("preamble", "toc"):
            if segment.kind == "preamble":
                unparsed.extend(line.unparsed("before the document's title") for line in body)
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
        elif segment.kind == "form":
            project, lost = parse_form(heading, body)
            projects.append(project)
        else:
            sections.extend(prose_sections(heading, body, segment.kind == "related_notes"))
            lost = []
        unparsed.extend(lost)

    match = TITLE.match(title.text.strip()) if title else None
    narrative = narrative_facts(sections)
    if sangong is not None:
        sangong = replace(sangong, prior_year=_prior_year(narrative.sangong_changes))
    return Document(
        department=match.group("department").strip() if match else None,
        year=int(match.group("year")) if match else None,
        kind=match.group("kind") if match else None,
        title_line=title.no if title else None,
        source=source,
        tables=tables,
        sangong=sangong,
        narrative=narrative,
        projects=tuple(projects),
        sections=tuple(sections),
        unparsed=tuple(sorted(unparsed, key=lambda item: item.line)),
        line_count=line_count,
    )


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
