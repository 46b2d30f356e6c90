"""Fiscal Data Package export (OpenSpending's standard, spec v0.3 ``model``).

A directory with ``datapackage.json`` and four CSV resources (plain UTF-8):

* ``expenditure-by-function``: the rows of 支出预算总表 that have no children in
  the table (normally the 项 rows; a 类 or 款 printed without children is a leaf
  too), one measure per amount column (合计, 基本支出, 项目支出);
* ``functional-classification``: the whole 类/款/项 tree of that table, with
  each code's parent code;
* ``basic-expenditure-by-economic-type`` and ``economic-classification``: the
  same for 一般公共预算基本支出经济分类预算表 (类/款; leaves are normally 款).

Why leaves only: the spec's ``model`` is an OLAP cube. A fact row is one slice
of money and every measure is summed over the rows a query selects; the
hierarchy belongs in the classification dimension (an attribute's ``parent``
names the attribute holding the parent code), from which a consumer rolls the
leaves up. Printing the 类 and 款 subtotals as facts too would count every yuan
two or three times. So the facts hold leaves, whose sum is the table's 合计
(194,829,473 yuan for the port office sample), and the classification resources
hold the full tree. A ``level`` column says how deep each leaf sits.

Profile: the spec's JSON Schema (``fiscal-data-package.json``) extends Tabular
Data Package, whose schema only admits ``"profile": "tabular-data-package"``
(frictionlessdata/datapackage#743), so a package declaring
``"profile": "fiscal-data-package"`` can never pass it; frictionless also tries
to download that schema, which fails offline. The package therefore declares
``tabular-data-package`` and marks itself fiscal with the v0.3 ``profiles``
hash and the ``model``. Amount fields also carry the v1 ``columnType`` "value".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from budgetdiff.errors import OutputError
from budgetdiff.export.atomic import write_directory
from budgetdiff.export.csv_export import Cell, write_rows
from budgetdiff.export.json_export import dumps
from budgetdiff.model import CodeTable, Document, Table
from budgetdiff.record import Record

CURRENCY = "CNY"
PHASE = "proposed"
DIRECTION = "expenditure"
LEVELS = ["类", "款", "项"]
COLUMN_NAMES = {
    "合计": "total",
    "基本支出": "basic",
    "项目支出": "project",
    "人员经费": "personnel",
    "公用经费": "operating",
}
"""ASCII field names of the known amount columns; others become ``amount_N``."""


class _Kind(Record):
    """One classification: which table feeds it and what its resources are called."""

    table_id: str
    prefix: str
    facts: str
    code_title: str

    __slots__ = ("code_title", "facts", "prefix", "table_id")

    def __init__(self, table_id: str, prefix: str, facts: str, code_title: str) -> None:
        object.__setattr__(self, "table_id", table_id)
        object.__setattr__(self, "prefix", prefix)
        object.__setattr__(self, "facts", facts)
        object.__setattr__(self, "code_title", code_title)

    @property
    def tree(self) -> str:
        """The name of the resource holding the whole classification tree."""
        return f"{self.prefix}-classification"


_KINDS = (
    _Kind("expenditure", "functional", "expenditure-by-function", "功能分类科目编码"),
    _Kind("economic", "economic", "basic-expenditure-by-economic-type", "经济分类科目编码"),
)


class _Resource(Record):
    descriptor: dict[str, Any]
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]

    __slots__ = ("descriptor", "header", "rows")

    def __init__(
        self, descriptor: dict[str, Any], header: tuple[str, ...], rows: list[tuple[Cell, ...]]
    ) -> None:
        object.__setattr__(self, "descriptor", descriptor)
        object.__setattr__(self, "header", header)
        object.__setattr__(self, "rows", rows)


def field_names(columns: Sequence[str]) -> list[str]:
    """ASCII field names for amount columns, unique, in column order."""
    names: list[str] = []
    for index, column in enumerate(columns, start=1):
        name = COLUMN_NAMES.get(column, f"amount_{index}")
        names.append(name if name not in names else f"{name}_{index}")
    return names


def _resource(name: str, title: str, fields: list[dict[str, Any]], **schema: Any) -> dict[str, Any]:
    return {
        "name": name,
        "title": title,
        "profile": "tabular-data-resource",
        "path": f"{name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, **schema},
    }


def _code_fields(kind: _Kind, code: str) -> list[dict[str, Any]]:
    return [
        {
            "name": code,
            "type": "string",
            "title": kind.code_title,
            "columnType": f"{kind.prefix}-classification:generic:code",
            "constraints": {"required": True, "pattern": "[0-9]{3}([0-9]{2}){0,2}"},
        },
        {"name": "label", "type": "string", "title": "科目名称"},
        {"name": "level", "type": "string", "title": "级次", "constraints": {"enum": LEVELS}},
        {"name": "parent_code", "type": "string", "title": "上级科目编码"},
    ]


def _parent(table: CodeTable, code: str) -> str | None:
    row = table.get(code)
    parent = table.parent(row) if row is not None else None
    return parent.code if parent is not None else None


def _tree(kind: _Kind, table: CodeTable) -> _Resource:
    first = {row.code: row for row in reversed(table.rows)}
    rows: list[tuple[Cell, ...]] = [
        (row.code, row.name, str(row.level), _parent(table, row.code))
        for row in table.rows
        if first[row.code] is row
    ]
    self_reference = {"fields": "parent_code", "reference": {"resource": "", "fields": "code"}}
    descriptor = _resource(
        kind.tree,
        f"{kind.code_title}（{table.title}）",
        _code_fields(kind, "code"),
        primaryKey=["code"],
        foreignKeys=[self_reference],
    )
    return _Resource(descriptor, ("code", "label", "level", "parent_code"), rows)


def _facts(kind: _Kind, table: CodeTable) -> _Resource:
    names = field_names(table.columns)
    leaves = [row for row in table.rows if not table.children(row)]
    rows: list[tuple[Cell, ...]] = [
        (
            row.code,
            row.name,
            str(row.level),
            _parent(table, row.code),
            *(row.value(column) for column in table.columns),
            row.line,
        )
        for row in leaves
    ]
    measures = []
    for index, (name, column) in enumerate(zip(names, table.columns, strict=True)):
        cells = [row[4 + index] for row in rows]
        whole = all(isinstance(cell, int) or cell is None for cell in cells)
        measures.append(
            {
                "name": name,
                "type": "integer" if whole else "number",
                "title": column,
                "description": f"{column}, yuan (元)",
                "columnType": "value",
            }
        )
    code = f"{kind.prefix}_code"
    line = {"name": "line", "type": "integer", "title": "source line"}
    to_tree = {"fields": code, "reference": {"resource": kind.tree, "fields": "code"}}
    descriptor = _resource(
        kind.facts,
        table.title,
        [*_code_fields(kind, code), *measures, line],
        primaryKey=[code],
        foreignKeys=[to_tree],
    )
    header = (code, "label", "level", "parent_code", *names, "line")
    return _Resource(descriptor, header, rows)


def _measures(kind: _Kind, table: CodeTable) -> dict[str, Any]:
    measures = {}
    for name, column in zip(field_names(table.columns), table.columns, strict=True):
        measures[f"{kind.table_id}_{name}"] = {
            "source": name,
            "resource": kind.facts,
            "title": f"{table.title}: {column}",
            "currency": CURRENCY,
            "factor": 1,
            "direction": DIRECTION,
            "phase": PHASE,
        }
    return measures


def _dimension(kind: _Kind) -> dict[str, Any]:
    def attribute(source: str, **extra: str) -> dict[str, str]:
        return {"source": source, "resource": kind.facts, **extra}

    return {
        "dimensionType": "classification",
        "classificationType": kind.prefix,
        "primaryKey": "code",
        "attributes": {
            "code": attribute(f"{kind.prefix}_code", parent="parent"),
            "label": attribute("label", labelfor="code"),
            "parent": attribute("parent_code"),
            "level": attribute("level"),
        },
    }


_DESCRIPTION = (
    "Each fact resource holds only the leaf rows of its table (no children in the "
    "classification), so summing a measure gives the table's 合计 and no yuan is counted "
    "twice; the classification resources hold the whole tree with parent codes for rolling "
    "up. 合计 = 基本支出 + 项目支出 (人员经费 + 公用经费): never add a total to its parts. "
    "The economic resource covers only the basic expenditure of the general public budget, "
    "which the functional resource already contains: never add measures of different "
    "resources. Amounts are yuan (元)."
)


def descriptor_and_resources(document: Document) -> tuple[dict[str, Any], list[_Resource]]:
    """The ``datapackage.json`` content of ``document`` and the resources it names."""
    resources: list[_Resource] = []
    measures: dict[str, Any] = {}
    dimensions: dict[str, Any] = {}
    for kind in _KINDS:
        table: Table | None = document.tables.get(kind.table_id)
        if not isinstance(table, CodeTable):
            continue
        resources += [_facts(kind, table), _tree(kind, table)]
        measures.update(_measures(kind, table))
        dimensions[f"{kind.prefix}_classification"] = _dimension(kind)
    if not resources:
        raise OutputError(
            "cannot write a Fiscal Data Package: the document has neither 支出预算总表 "
            "nor 一般公共预算基本支出经济分类预算表"
        )
    year = document.year
    title = " ".join(str(part) for part in (document.department, year, document.kind) if part)
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "profiles": {"fiscal": "*", "tabular": "*"},
        "name": f"department-budget-{year or 'unknown'}-{document.source.sha256[:12]}",
        "title": title or "department budget",
        "description": _DESCRIPTION,
        "countryCode": "CN",
        "granularity": "aggregated",
    }
    if year is not None:
        descriptor["fiscalPeriod"] = {"start": f"{year}-01-01", "end": f"{year}-12-31"}
    descriptor["resources"] = [resource.descriptor for resource in resources]
    descriptor["model"] = {"measures": measures, "dimensions": dimensions}
    descriptor["budgetdiff"] = {"source_sha256": document.source.sha256, "unit": "元"}
    return descriptor, resources


def is_datapackage_export(directory: Path, names: frozenset[str]) -> bool:
    """Whether the files ``names`` in ``directory`` are a package ``write_datapackage`` wrote.

    ``datapackage.json`` carries our ``budgetdiff`` block, and the other files
    are exactly the resources it names.
    """
    if "datapackage.json" not in names:
        return False
    import json

    try:
        descriptor = json.loads((directory / "datapackage.json").read_text(encoding="utf-8"))
        mark = descriptor["budgetdiff"]
        paths = {resource["path"] for resource in descriptor["resources"]}
    except (ValueError, KeyError, TypeError):
        return False
    if not isinstance(mark, dict) or "source_sha256" not in mark:
        return False
    return names == {"datapackage.json", *paths}


def write_datapackage(
    document: Document, directory: Path, force: bool = False, protect: Sequence[Path] = ()
) -> None:
    """Write ``document`` as a Fiscal Data Package in ``directory``, atomically.

    Raises OutputError when ``directory`` exists and ``force`` is False (with
    ``force`` unless it is a previous package of ours, see ``atomic``), or when
    the document has no table a Fiscal Data Package can be made of.
    """
    descriptor, resources = descriptor_and_resources(document)

    def fill(folder: Path) -> None:
        for resource in resources:
            path = folder / resource.descriptor["path"]
            write_rows(path, resource.header, resource.rows, encoding="utf-8")
        text = dumps(descriptor) + "\n"
        (folder / "datapackage.json").write_text(text, encoding="utf-8")

    write_directory(directory, fill, is_datapackage_export, force=force, protect=protect)
