"""The JSON contract of a document (schema ``budgetdiff.document/1``).

Amounts are numbers in yuan, integers when whole. A fractional ``Decimal`` is
written as a JSON number whose text is the exact decimal (``1234.56``); values
that would not survive that are written as strings. Control characters in
document text are escaped (``\\u009b``), so the JSON is safe to print.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from budgetdiff.model import (
    BasicSplit,
    CheckReport,
    Choice,
    CodeTable,
    Document,
    Execution,
    Narrative,
    Project,
    Row,
    Sangong,
    SideItem,
    Stated,
    StatedChange,
    Table,
    Values,
)
from budgetdiff.money import Amount

if TYPE_CHECKING:
    from pathlib import Path

SCHEMA = "budgetdiff.document/1"
_C1 = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def amount(value: Amount | Decimal | None) -> int | float | str | None:
    """An amount as a JSON value: int when whole, else the exact decimal as a number."""
    if value is None or isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    # A float whose shortest repr is the decimal's own text prints exactly that text.
    if Decimal(repr(as_float)) != value:
        return str(value)
    return as_float if 1e-4 <= abs(as_float) < 1e16 else _Exponent(as_float)


class _Exponent(float):
    """A float that ``repr`` writes with an exponent (``1e-05``), where orjson would write
    other text (``0.00001``): the fast path writes it as json does."""

    __slots__ = ()


def values(mapping: Values | None) -> dict[str, Any] | None:
    """A row's amounts by column."""
    if mapping is None:
        return None
    return {column: amount(value) for column, value in mapping.items()}


def _rows(rows: tuple[Row, ...]) -> list[dict[str, Any]]:
    whole = Decimal not in {type(value) for row in rows for value in row.values.values()}
    amounts = dict if whole else values  # whole yuan and empty cells are written as they are
    return [
        {
            "code": row.code,
            "level": str(row.level),
            "name": row.name,
            "values": amounts(row.values),
            "line": row.line,
        }
        for row in rows
    ]


def _item(item: SideItem, side: str) -> dict[str, Any]:
    return {
        "side": side,
        "code": None,
        "level": item.level,
        "name": item.name,
        "label": item.label,
        "ordinal": item.ordinal,
        "values": values(item.values),
        "line": item.line,
    }


def table_dict(table: Table) -> dict[str, Any]:
    """One table. Two-sided tables carry their item lists and both totals too."""
    common = {"id": table.id, "title": table.title, "line": table.line, "unit": table.unit}
    if isinstance(table, CodeTable):
        return {
            **common,
            "kind": "classification",
            "classification": table.classification,
            "preparer": table.preparer,
            "columns": list(table.columns),
            "rows": _rows(table.rows),
            "total": values(table.total),
            "total_line": table.total_line,
            "note": table.note,
            "note_line": table.note_line,
            "duplicates": _rows(table.duplicates),
            "group_totals": [
                {
                    "name": group.name,
                    "codes": list(group.codes),
                    "values": values(group.values),
                    "line": group.line,
                }
                for group in table.group_totals
            ],
        }
    income = [_item(item, "income") for item in table.income_items]
    expenditure = [_item(item, "expenditure") for item in table.expenditure_items]
    return {
        **common,
        "kind": "two_sided",
        "preparer": table.preparer,
        "columns": list(table.columns),
        "income_columns": list(table.income_columns),
        "expenditure_columns": list(table.expenditure_columns),
        "rows": income + expenditure,
        "total": values(table.expenditure_total),
        "income_items": income,
        "expenditure_items": expenditure,
        "income_total": values(table.income_total),
        "expenditure_total": values(table.expenditure_total),
        "income_total_line": table.income_total_line,
        "expenditure_total_line": table.expenditure_total_line,
        "note": table.note,
        "note_line": table.note_line,
        "income_below": [_item(item, "income") for item in table.income_below],
        "expenditure_below": [_item(item, "expenditure") for item in table.expenditure_below],
        "income_grand_total": values(table.income_grand_total),
        "expenditure_grand_total": values(table.expenditure_grand_total),
        "income_grand_total_line": table.income_grand_total_line,
        "expenditure_grand_total_line": table.expenditure_grand_total_line,
    }


def _sangong(sangong: Sangong | None) -> dict[str, Any] | None:
    if sangong is None:
        return None
    return {
        **{item: amount(value) for item, value in sangong.values.items()},
        "prior_year": {item: amount(value) for item, value in sangong.prior_year.items()},
        "budget": {item: amount(value) for item, value in sangong.budget.items()},
        "unit": sangong.unit,
        "raw": dict(sangong.raw),
        "line": sangong.line,
        "note": sangong.note,
        "note_line": sangong.note_line,
    }


def _stated(stated: Stated | None) -> dict[str, Any] | None:
    if stated is None:
        return None
    return {"amount": amount(stated.yuan), "wan": str(stated.wan), "line": stated.line}


def _change(change: StatedChange) -> dict[str, Any]:
    previous = change.previous
    return {
        "item": change.item,
        "current": _stated(change.current),
        "direction": change.direction,
        "change": amount(change.change * 10_000) if change.change is not None else None,
        "previous": amount(previous * 10_000) if previous is not None else None,
        "prior_year": change.prior_year,
        "base": change.base,
        "percent": str(change.percent) if change.percent is not None else None,
        "text": change.text,
        "line": change.line,
    }


def _basic_split(split: BasicSplit | None) -> dict[str, Any] | None:
    if split is None:
        return None
    return {
        "scope": split.scope,
        "total": _stated(split.total),
        "personnel": _stated(split.personnel),
        "public": _stated(split.public),
    }


def _narrative(narrative: Narrative) -> dict[str, Any]:
    procurement = narrative.procurement
    performance = narrative.performance
    return {
        "budget_total": _stated(narrative.budget_total),
        "fiscal_total": _stated(narrative.fiscal_total),
        "general_public_total": _stated(narrative.general_public_total),
        "gov_fund_total": _stated(narrative.gov_fund_total),
        "income_total": _stated(narrative.income_total),
        "fiscal_income": _stated(narrative.fiscal_income),
        "state_capital_total": _stated(narrative.state_capital_total),
        "total_changes": [_change(change) for change in narrative.total_changes],
        "categories": [
            {"name": figure.name, **(_stated(figure.amount) or {})}
            for figure in narrative.categories
        ],
        "items": [
            {
                "names": list(item.names),
                "code": item.code,
                **(_stated(item.amount) or {}),
                "planned": _stated(item.planned),
                "previous": _stated(item.previous),
                "change": _change(item.change) if item.change is not None else None,
            }
            for item in narrative.items
        ],
        "sangong_total": _stated(narrative.sangong_total),
        "sangong_changes": [_change(change) for change in narrative.sangong_changes],
        "sangong_parts": {name: _stated(part) for name, part in narrative.sangong_parts.items()},
        "operating_cost": _stated(narrative.operating_cost),
        "basic_split": _basic_split(narrative.basic_split),
        "procurement": None
        if procurement is None
        else {
            name: _stated(getattr(procurement, name))
            for name in (
                "total",
                "goods",
                "works",
                "services",
                "sme_reserved",
                "small_micro_reserved",
            )
        },
        "performance": None
        if performance is None
        else {
            "project_count": performance.project_count,
            "units": performance.units,
            **(_stated(performance.amount) or {}),
        },
        "execution": _execution(narrative.execution),
        "executions": [_execution(item) for item in narrative.executions],
        "sangong_execution": _execution(narrative.sangong_execution),
        "sangong_item_executions": [_execution(item) for item in narrative.sangong_item_executions],
        "figures": [
            {
                "key": figure.key,
                "name": figure.name,
                **(_stated(figure.amount) or {}),
                "share": None if figure.share is None else str(figure.share),
                "share_of": figure.share_of,
            }
            for figure in narrative.figures
        ],
    }


def _execution(execution: Execution | None) -> dict[str, Any] | None:
    if execution is None:
        return None
    return {
        "names": list(execution.names),
        "code": execution.code,
        "resolved_by": execution.resolved_by,
        "unresolved": list(execution.unresolved),
        "budget": _stated(execution.budget),
        "actual": _stated(execution.actual),
        "rate": None if execution.rate is None else str(execution.rate),
        "direction": execution.direction,
        "direction_text": execution.direction_text,
        "reason": execution.reason,
        "line": execution.line,
    }


def _choice(choice: Choice | None) -> dict[str, Any] | None:
    if choice is None:
        return None
    return {
        "selected": choice.selected,
        "uncertain": choice.uncertain,
        "candidates": list(choice.candidates),
        "options": list(choice.options),
        "raw": choice.raw,
        "line": choice.line,
    }


def project_dict(project: Project) -> dict[str, Any]:
    """One performance form, or a project described in prose (``source``)."""
    return {
        "name": project.name,
        "title": project.title,
        "line": project.line,
        "source": project.source,
        "year": project.year,
        "applicant": project.applicant,
        "type": project.type.selected if project.type else None,
        "use": project.use.selected if project.use else None,
        "choices": {"type": _choice(project.type), "use": _choice(project.use)},
        "leader": project.leader,
        "contact": project.contact,
        "phone": project.phone,
        "start": project.start,
        "end": project.end,
        "total_budget": amount(project.total_budget),
        "year_budget": amount(project.year_budget),
        "last_year_budget": amount(project.last_year_budget),
        "last_year_spent": amount(project.last_year_spent),
        "components": [
            {"name": c.name, "amount": amount(c.amount), "line": c.line} for c in project.components
        ],
        "indicators": [
            {
                "category": indicator.category,
                "name": indicator.name,
                "target": indicator.target.text,
                "operator": indicator.target.operator,
                "number": amount(indicator.target.number),
                "unit": indicator.target.unit,
                "line": indicator.line,
            }
            for indicator in project.indicators
        ],
        "texts": dict(project.texts),
        "signer": project.signer,
        "preparer": project.preparer,
        "filed_on": project.filed_on,
        "lines": dict(project.lines),
        "stated_sum": amount(project.stated_sum),
        "sections": [
            {
                "title": section.title,
                "line": section.line,
                "paragraphs": [
                    {"text": paragraph.text, "line": paragraph.line, "lines": list(paragraph.lines)}
                    for paragraph in section.paragraphs
                ],
            }
            for section in project.sections
        ],
    }


def document_dict(document: Document, report: CheckReport | None = None) -> dict[str, Any]:
    """The whole document and its checks as the ``budgetdiff.document/1`` structure.

    For a document read page by page (a PDF, ``-layout`` text), every ``line`` (and
    ``…_line``) has a ``page`` (``…_page``) and ``page_line`` (``…_page_line``) beside it.
    """
    if report is None:
        from budgetdiff.checks import check

        report = check(document)
    data = _document_dict(document, report)
    if document.origin:
        _add_pages(data, document.origin)
    return data


def write_json(
    document: Document,
    path: Path,
    force: bool = False,
    protect: Sequence[Path] = (),
    report: CheckReport | None = None,
) -> None:
    """Write the document's JSON (``encode(document_dict(...))``) to ``path``, atomically,
    with the rules of ``atomic.write_bytes`` for an existing ``path``."""
    from budgetdiff.export.atomic import write_bytes

    write_bytes(path, encode(document_dict(document, report)), force, protect)


def _add_pages(
    data: object, origin: Mapping[int, tuple[int, int]], seen: set[int] | None = None
) -> None:
    """Beside each line number of ``data``, its page and its line in that page (a dict
    two lists share, such as a two-sided table's rows and items, once)."""
    seen = set() if seen is None else seen
    if isinstance(data, list):
        for item in data:
            _add_pages(item, origin, seen)
        return
    if not isinstance(data, dict) or id(data) in seen:
        return
    seen.add(id(data))
    for key, value in list(data.items()):
        if isinstance(value, dict | list):
            _add_pages(value, origin, seen)
        elif (
            key.endswith("line")
            and not key.endswith("page_line")
            and isinstance(value, int)
            and value in origin
        ):
            stem = key.removesuffix("line")
            data[f"{stem}page"], data[f"{stem}page_line"] = origin[value]


def _document_dict(document: Document, report: CheckReport) -> dict[str, Any]:
    source = document.source
    return {
        "schema": SCHEMA,
        "department": document.department,
        "year": document.year,
        "kind": document.kind,
        "title_line": document.title_line,
        "source": {
            "path": source.path,
            "sha256": source.sha256,
            "encoding": source.encoding,
            "reader": source.reader,
        },
        "tables": {table_id: table_dict(table) for table_id, table in document.tables.items()},
        "sangong": _sangong(document.sangong),
        "department_variants": [
            {"name": name, "line": line} for name, line in document.department_variants
        ],
        "narrative": _narrative(document.narrative),
        "projects": [project_dict(project) for project in document.projects],
        "sections": [
            {"title": s.title, "parent": s.parent, "text": s.text, "line": s.line}
            for s in document.sections
        ],
        "checks": [
            {
                "id": check.id,
                "status": check.status,
                "strict": check.strict,
                "message": check.message,
                "table": check.table,
                "code": check.code,
                "line": check.line,
            }
            for check in report
        ],
        "unparsed": [
            {"line": item.line, "text": item.text, "reason": item.reason}
            for item in document.unparsed
        ],
        "partly_read": document.reading.partly,
        "unread_pages": [
            {"page": item.page, "reason": item.reason} for item in document.unread_pages
        ],
        "read_notes": [
            {"kind": note.kind, "page": note.page, "text": note.text}
            for note in document.read_notes
        ],
    }


_FAST_FROM = 2000
"""Items (of the dicts and lists near the top of the data) from which the optional orjson
pays for its import (about 25 ms: it imports dataclasses, uuid, inspect); json.dumps
with indent takes about 15 µs a row, orjson a twentieth of that."""
_C1_UTF8 = (
    (b"\x7f", None),
    (b"\xc2", re.compile(rb"\xc2[\x80-\x9f]")),
    (b"\xe2", re.compile(rb"\xe2(?:\x80[\xa8-\xae]|\x81[\xa6-\xa9])")),
)
"""``_C1`` in UTF-8 by lead byte: a byte search (memchr) first, the pattern only where the
byte occurs (one pattern of the three alternatives tries every position: 48 ms for 15 MB,
these 1 to 10)."""


def _has_c1(encoded: bytes) -> bool:
    return any(
        lead in encoded and (pattern is None or pattern.search(encoded) is not None)
        for lead, pattern in _C1_UTF8
    )


def dumps(data: Any, indent: int | None = 2) -> str:
    """JSON text of ``data``: UTF-8 friendly, every control character escaped.

    Large data goes through orjson when it is installed (the ``fast`` extra); the text is
    byte for byte what the standard library writes, which writes it otherwise.
    """
    if indent == 2 and _items(data, 4) >= _FAST_FROM:
        fast = _fast_dumps(data, newline=False)
        if fast is not None:
            return fast.decode("utf-8")
    return _stdlib_dumps(data, indent)


def encode(data: Any) -> bytes:
    """``dumps(data)`` and a newline, in UTF-8: what a JSON file or stream holds."""
    if _items(data, 4) >= _FAST_FROM:
        fast = _fast_dumps(data)
        if fast is not None:
            return fast
    return (_stdlib_dumps(data, 2) + "\n").encode("utf-8")


def _stdlib_dumps(data: Any, indent: int | None) -> str:
    return _escape_c1(json.dumps(data, ensure_ascii=False, indent=indent))


def _escape_c1(text: str) -> str:
    return _C1.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _items(data: Any, depth: int) -> int:
    """Items of the dicts and lists ``depth`` levels down: cheap, and enough to tell size
    (a document's rows are four levels down: tables, a table, its rows)."""
    if not isinstance(data, dict | list):
        return 0
    count = len(data)
    if depth > 1:
        for child in data.values() if isinstance(data, dict) else data:
            count += _items(child, depth - 1)
    return count


def _fast_dumps(data: Any, newline: bool = True) -> bytes | None:
    """``dumps(data)`` by orjson, in UTF-8 (and a newline); None when orjson is not
    installed or cannot write it (an int beyond 64 bits, a lone surrogate). orjson and json
    write every float alike but those with an exponent: floats are amounts, and
    ``amount`` marks those."""
    try:
        import orjson
    except ImportError:
        return None

    def exponent(value: Any) -> Any:
        if isinstance(value, _Exponent):
            return orjson.Fragment(repr(value).encode("ascii"))
        raise TypeError(type(value).__name__)

    option = orjson.OPT_INDENT_2 | (orjson.OPT_APPEND_NEWLINE if newline else 0)
    try:
        try:
            encoded = orjson.dumps(data, default=exponent, option=option)
        except TypeError:  # a key that is not a string (its option costs a third more)
            encoded = orjson.dumps(data, default=exponent, option=option | orjson.OPT_NON_STR_KEYS)
    except TypeError:  # orjson.JSONEncodeError is one
        return None
    if _has_c1(encoded):
        return _escape_c1(encoded.decode("utf-8")).encode("utf-8")
    return encoded
