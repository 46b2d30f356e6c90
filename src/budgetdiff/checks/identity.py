"""What a document says it is: its department and year in every heading, preparer and
date, no template placeholder left, no classification name of an older year.

The year rule. A budget of year Y is compiled in Y-1 and published early in Y: its
headings and table titles name Y, its stated changes compare with Y-1 (``比2024年预算``
in a 2025 budget), its ``预算执行数`` are Y-1's and its ``预算安排`` Y's, and its dates
(``截至2024年8月31日``) fall in Y-1 or Y. A 决算 of year Y is published in Y+1: its
headings name Y, its changes compare with Y-1, its dates fall in Y or Y+1. Project
descriptions are not held to it (their plans span years), nor the department's
history in its duties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from budgetdiff.checks.findings import Finding
from budgetdiff.classification import ClassificationChange, crosswalk, renames
from budgetdiff.model import CodeTable, Document, Paragraph
from budgetdiff.names import FINAL_KINDS
from budgetdiff.parser.department_names import headings, is_near
from budgetdiff.text import fold_name, squeeze

_YEAR = r"((?:19|20)\d\d)\s*年"
_HEADING_YEAR = re.compile(r"(?<!\d)" + _YEAR)
_DATE = re.compile(r"截[至止]到?\s*" + _YEAR + r"\s*(?:\d{1,2}\s*月|底|末)")
_COMPARED = re.compile(
    r"(?:比|较|与|同|对比)\s*" + _YEAR + r"度?\s*(?P<base>(?:当年)?(?:预算|决算|执行)?)"
)
_EXECUTED = re.compile(r"(?<!\d)" + _YEAR + r"\s*(?:当年)?预算执行数")
_PLANNED = re.compile(r"(?<!\d)" + _YEAR + r"\s*预算安排")
_PLACEHOLDER = re.compile(
    r"[XxＸｘ×]{2,}(?:\.[XxＸｘ×]+)?(?![A-Za-z])|某某|[（(【\[](?:部门|单位|项目)名称[）)】\]]"
)
"""``XX局``, ``XXXX年``, ``20XX年``, ``××万元``, ``某某``, ``（单位名称）``: an X run counts
when a Chinese character stands beside it and no Latin letter does (``XXL`` is none)."""
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_HELD = ("项目", "职能", "机构", "概况", "构成", "设置", "职责")
"""Words of the titles of sections not held to the year rule: projects, the department's
duties and organisation."""


# --- the department --------------------------------------------------------------------


def _department(document: Document) -> Iterator[Finding]:
    department = document.department or ""
    for name, line in document.department_variants:
        if is_near(name, squeeze(department)):
            yield Finding(
                "identity.department",
                False,
                f"line {line} names the department {name}, but the cover says {department}",
                strict=False,
                line=line,
            )
        else:
            yield Finding(
                "identity.department",
                False,
                f"line {line} names {name} where the document's department belongs: the cover "
                f"says {department}",
                line=line,
            )
    if not document.department_variants and document.department:
        yield Finding("identity.department", True, "")


# --- the year ---------------------------------------------------------------------------


def _kind(document: Document) -> str:
    return f"the {document.year} {document.kind or '部门预算'}"


def _heading_years(document: Document, year: int) -> Iterator[Finding]:
    held = 0
    projects = {section.line for section in document.sections if "项目" in section.title}
    for text, line in headings(document):
        if line in projects:
            continue  # a project's own title may name its years
        for found in _HEADING_YEAR.finditer(text):
            printed = int(found.group(1))
            if printed == year:
                held += 1
                continue
            yield Finding(
                "identity.year",
                False,
                f"line {line}: the heading “{squeeze(text)}” names {printed}, but the document "
                f"is {_kind(document)}",
                line=line,
            )
    if held:
        yield Finding("identity.year", True, "", instances=held)


def _held_paragraphs(document: Document) -> Iterator[Paragraph]:
    for section in document.sections:
        titles = section.title + (section.parent or "")
        if not any(word in titles for word in _NOT_HELD):
            yield from section.paragraphs


def _allowed(document: Document, year: int) -> dict[str, tuple[int, ...]]:
    """The years each kind of statement may name in a document of ``year``."""
    final = document.kind in FINAL_KINDS
    return {
        "date": (year, year + 1) if final else (year - 1, year),
        "compared": (year - 1,),
        "compared 决算": (year - 1,) if final else (year - 1, year - 2),
        "executed": (year - 1,),
        "planned": (year,),
    }


def _statement_years(document: Document, year: int) -> Iterator[Finding]:
    allowed = _allowed(document, year)
    final = document.kind in FINAL_KINDS
    patterns = [("date", _DATE), ("compared", _COMPARED)]
    if not final:
        patterns += [("executed", _EXECUTED), ("planned", _PLANNED)]
    held = 0
    for paragraph in _held_paragraphs(document):
        for kind, pattern in patterns:
            for found in pattern.finditer(paragraph.text):
                printed = int(found.group(1))
                rule = kind
                if kind == "compared" and "决算" in found.group("base"):
                    rule = "compared 决算"
                if printed in allowed[rule]:
                    held += 1
                    continue
                line = paragraph.line_at(found.start())
                expected = " or ".join(map(str, allowed[rule]))
                yield Finding(
                    "identity.year",
                    False,
                    f"line {line}: “{squeeze(found.group())}” names {printed}, but in "
                    f"{_kind(document)} {_WHAT[rule]} is {expected}",
                    line=line,
                )
    if held:
        yield Finding("identity.year", True, "", instances=held)


_WHAT = {
    "date": "the year of a date",
    "compared": "the year a change is stated against",
    "compared 决算": "the year a change is stated against",
    "executed": "the year of a 预算执行数",
    "planned": "the year of a 预算安排",
}


# --- placeholders and old names ---------------------------------------------------------


def _placeholders(document: Document) -> Iterator[Finding]:
    text = "\n".join(document.text_lines)
    reported: set[int] = set()
    for found in _PLACEHOLDER.finditer(text):
        before = text[found.start() - 1 : found.start()]
        if before.isascii() and before.isalpha():
            continue
        around = text[max(found.start() - 3, 0) : found.end() + 1]
        if not (found.group().startswith(("某", "（", "(", "【", "[")) or _CJK.search(around)):
            continue
        number = text.count("\n", 0, found.start()) + 1
        if number in reported:
            continue
        reported.add(number)
        yield Finding(
            "identity.placeholder",
            False,
            f"line {number} prints the placeholder “{found.group()}”: "
            f"“{squeeze(document.source_line(number))[:40]}”",
            line=number,
        )
    yield Finding("identity.placeholder", True, "")


_SEARCHED = ("functional", "类")
"""The changes the whole text is searched for: the function 类's names."""


def _classification(document: Document, year: int) -> Iterator[Finding]:
    """A function 类's name of an older classification anywhere in the text (the summary
    tables and the narrative name 类 without codes); any other code of an older
    classification where a table prints it: its old code under its old name (short names
    such as 农业 are words of prose too, 其他资本性支出 is an economic 款 as well, and a
    renumbered code may be reused)."""
    changes = [change for change in crosswalk() if change.since <= year]
    text = "\n".join(document.text_lines)
    for rename in renames():
        if rename.since > year or (rename.classification, rename.level) != _SEARCHED:
            continue
        lines: set[int] = set()
        start = text.find(rename.old)
        while start >= 0:
            lines.add(text.count("\n", 0, start) + 1)
            start = text.find(rename.old, start + len(rename.old))
        for number in sorted(lines):
            yield Finding(
                "identity.classification",
                False,
                f"line {number} prints {rename.old}, the name of {rename.level} "
                f"{rename.code} before {rename.since}: since {rename.source} it is "
                f"{rename.new}",
                strict=False,
                code=rename.code,
                line=number,
            )
    yield from _old_rows(document, changes)
    if changes:
        yield Finding("identity.classification", True, "", strict=False)


def _old_rows(document: Document, changes: list[ClassificationChange]) -> Iterator[Finding]:
    """Each table row printing a code (under its old name) that a change of ``changes``
    ended; function 类 are searched in the whole text instead."""
    reported: set[int] = set()
    for table in document.tables.values():
        if not isinstance(table, CodeTable):
            continue
        for change in changes:
            if change.classification != table.classification:
                continue
            now = {(coded.code, fold_name(coded.name)) for coded in change.new}
            for old in change.old:
                searched = (change.classification, change.level(old.code)) == _SEARCHED
                kept = old.code in change.kept or (old.code, fold_name(old.name)) in now
                if searched or kept:
                    continue
                row = table.get(old.code)
                if row is None or fold_name(row.name) != fold_name(old.name):
                    continue
                if row.line in reported:
                    continue
                reported.add(row.line)
                new = " + ".join(str(coded) for coded in change.new)
                yield Finding(
                    "identity.classification",
                    False,
                    f"line {row.line} prints {old}, a {change.level(old.code)} of the "
                    f"classification before {change.since}: since {change.source} it is {new}",
                    strict=False,
                    table=table.id,
                    code=old.code,
                    line=row.line,
                )


def identity_findings(document: Document) -> Iterator[Finding]:
    """The department's name, the year, placeholders and old classification names."""
    yield from _department(document)
    yield from _placeholders(document)
    if document.year is None:
        return
    yield from _heading_years(document, document.year)
    yield from _statement_years(document, document.year)
    yield from _classification(document, document.year)
