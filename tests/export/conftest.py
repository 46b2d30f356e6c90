"""Helpers for the export tests: reading CSV back and editing a parsed document."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from budgetdiff import record
from budgetdiff.model import CodeTable, Document
from budgetdiff.money import Amount

CsvReader = Callable[..., list[dict[str, str]]]
RowEditor = Callable[..., Document]


def read_csv_rows(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    """The rows of a CSV file as dicts keyed by its header."""
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def edit_row(
    document: Document,
    table_id: str,
    code: str,
    *,
    name: str | None = None,
    values: dict[str, Amount | None] | None = None,
) -> Document:
    """``document`` with the row ``code`` of ``table_id`` renamed and/or revalued."""
    table = document.tables[table_id]
    assert isinstance(table, CodeTable)
    rows = []
    for row in table.rows:
        if row.code == code:
            row = record.replace(
                row,
                name=row.name if name is None else name,
                values={**row.values, **(values or {})},
            )
        rows.append(row)
    edited = record.replace(table, rows=tuple(rows))
    return record.replace(document, tables={**document.tables, table_id: edited})


@pytest.fixture(scope="session")
def read_csv() -> CsvReader:
    return read_csv_rows


@pytest.fixture(scope="session")
def edit_document() -> RowEditor:
    return edit_row
