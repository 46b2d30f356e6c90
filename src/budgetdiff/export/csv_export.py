"""CSV export: a directory with one CSV per table, for spreadsheets and scripts.

Files are UTF-8 with a byte order mark (``utf-8-sig``), so spreadsheet programs
show the Chinese text, written with the stdlib ``csv`` module. Amounts are
integer yuan as text (``190410477``), an exact decimal when the document prints
fractions of a yuan, and empty for an empty cell. Every table keeps the source
line of each row.

The rows are built once as typed ``Sheet`` values (numbers stay numbers); the
XLSX export writes the same sheets, so the two formats cannot drift apart.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from budgetdiff.export.atomic import write_directory
from budgetdiff.export.json_export import amount
from budgetdiff.model import (
    SANGONG_ITEMS,
    TABLE_IDS,
    CheckReport,
    CodeTable,
    Document,
    Project,
    Sangong,
    SideItem,
    TwoSidedTable,
    Values,
)
from budgetdiff.record import Record

Cell = str | int | Decimal | bool | None
"""One cell: text, a number (amounts in yuan), a flag, or None for empty."""


class Sheet(Record):
    """One output table: a name (file or sheet name), a header and typed rows.

    ``amounts`` holds the indexes of the columns that are money in yuan; the
    XLSX export gives those a thousands format.
    """

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    amounts: frozenset[int]

    __slots__ = ("amounts", "header", "name", "rows")

    def __init__(
        self,
        name: str,
        header: tuple[str, ...],
        rows: tuple[tuple[Cell, ...], ...],
        amounts: frozenset[int] = frozenset(),
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "header", header)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "amounts", amounts)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""Text starting with these is a formula to a spreadsheet program (OWASP's list, and
the full-width ＝＋－＠ that spreadsheets read as the ASCII ones)."""


def cell_text(value: Cell) -> str:
    """The CSV text of a cell: empty for None, exact digits for numbers.

    Text that a spreadsheet would run as a formula gets a leading apostrophe,
    the usual guard: document text never executes in the reader's program.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(amount(value))
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_rows(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], encoding: str = "utf-8-sig"
) -> None:
    """Write one CSV file: the header, then every row as text."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([cell_text(cell) for cell in row] for row in rows)


def _amount_indexes(start: int, count: int) -> frozenset[int]:
    return frozenset(range(start, start + count))


def _code_sheet(table: CodeTable) -> Sheet:
    columns = table.columns
    rows: list[tuple[Cell, ...]] = [
        (
            row.code,
            str(row.level),
            row.parent_code,
            row.name,
            *(row.value(column) for column in columns),
            row.line,
        )
        for row in table.rows
    ]
    if table.total is not None:
        total = table.total
        rows.append((None, None, None, "合计", *(total.get(c) for c in columns), table.total_line))
    header = ("code", "level", "parent_code", "name", *columns, "line")
    return Sheet(table.id, header, tuple(rows), _amount_indexes(4, len(columns)))


def _side_rows(
    side: str,
    items: Sequence[SideItem],
    total: Values | None,
    total_name: str,
    total_line: int | None,
    columns: Sequence[str],
) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = [
        (side, item.level, item.name, *(item.values.get(c) for c in columns), item.line)
        for item in items
    ]
    if total is not None:
        rows.append((side, None, total_name, *(total.get(c) for c in columns), total_line))
    return rows


def _two_sided_sheet(table: TwoSidedTable) -> Sheet:
    columns = table.columns
    rows = _side_rows(
        "income",
        table.income_items,
        table.income_total,
        "收入总计",
        table.income_total_line,
        columns,
    ) + _side_rows(
        "expenditure",
        table.expenditure_items,
        table.expenditure_total,
        "支出总计",
        table.expenditure_total_line,
        columns,
    )
    header = ("side", "level", "name", *columns, "line")
    return Sheet(table.id, header, tuple(rows), _amount_indexes(3, len(columns)))


def _sangong_sheet(sangong: Sangong) -> Sheet:
    rows = tuple(
        (
            item,
            sangong.values.get(item),
            sangong.raw.get(item),
            sangong.unit,
            sangong.prior_year.get(item),
            sangong.line,
        )
        for item in SANGONG_ITEMS
    )
    header = ("item", "amount", "printed", "unit", "prior_year", "line")
    return Sheet("sangong", header, rows, frozenset({1, 4}))


_PROJECT_FIELDS = ("applicant", "leader", "contact", "phone", "start", "end")
_PROJECT_AMOUNTS = ("total_budget", "year_budget", "last_year_budget", "last_year_spent")
_PROJECT_TAIL = ("signer", "preparer", "filed_on")


def _projects_sheet(projects: Sequence[Project]) -> Sheet:
    labels = tuple(dict.fromkeys(label for project in projects for label in project.texts))
    head = ("project", "name", "title", "year", "type", "type_uncertain", "use", "use_uncertain")
    header = (*head, *_PROJECT_FIELDS, *_PROJECT_AMOUNTS, *_PROJECT_TAIL, "line", *labels)
    rows = tuple(
        (
            number,
            project.name,
            project.title,
            project.year,
            project.type.selected if project.type else None,
            project.type.uncertain if project.type else None,
            project.use.selected if project.use else None,
            project.use.uncertain if project.use else None,
            *(getattr(project, name) for name in _PROJECT_FIELDS),
            *(getattr(project, name) for name in _PROJECT_AMOUNTS),
            *(getattr(project, name) for name in _PROJECT_TAIL),
            project.line,
            *(project.texts.get(label) for label in labels),
        )
        for number, project in enumerate(projects, start=1)
    )
    first_amount = len(head) + len(_PROJECT_FIELDS)
    return Sheet("projects", header, rows, _amount_indexes(first_amount, len(_PROJECT_AMOUNTS)))


def _components_sheet(projects: Sequence[Project]) -> Sheet:
    rows = tuple(
        (number, project.name, component.name, component.amount, component.line)
        for number, project in enumerate(projects, start=1)
        for component in project.components
    )
    header = ("project", "project_name", "name", "amount", "line")
    return Sheet("components", header, rows, frozenset({3}))


def _indicators_sheet(projects: Sequence[Project]) -> Sheet:
    rows = tuple(
        (
            number,
            project.name,
            indicator.category,
            indicator.name,
            indicator.target.text,
            indicator.target.operator,
            indicator.target.number,
            indicator.target.unit,
            indicator.line,
        )
        for number, project in enumerate(projects, start=1)
        for indicator in project.indicators
    )
    header = ("project", "project_name", "category", "name", "target", "operator", "number")
    return Sheet("indicators", (*header, "unit", "line"), rows)


CHECKS_HEADER = ("id", "status", "strict", "table", "code", "line", "message")
ALWAYS_WRITTEN = ("projects", "components", "indicators", "checks")
"""The sheets every CSV export has, even for a document without projects or checks."""


def _checks_sheet(report: CheckReport) -> Sheet:
    rows = tuple(
        (check.id, check.status, check.strict, check.table, check.code, check.line, check.message)
        for check in report
    )
    return Sheet("checks", CHECKS_HEADER, rows)


def sheets(document: Document, report: CheckReport | None = None) -> list[Sheet]:
    """Every table of ``document`` as a sheet, in the order documents print them.

    The eight tables come first (those the document has; ``sangong`` from the
    三公 table), then ``projects``, ``components``, ``indicators`` and ``checks``,
    which are always present, empty when the document has none. ``report`` is the
    document's check report (``budgetdiff.check``), computed when not given.
    """
    if report is None:
        from budgetdiff.checks import check

        report = check(document)
    result: list[Sheet] = []
    table_ids = (*TABLE_IDS, *(tid for tid in document.tables if tid not in TABLE_IDS))
    for table_id in table_ids:
        if table_id == "sangong":
            if document.sangong is not None:
                result.append(_sangong_sheet(document.sangong))
            continue
        table = document.tables.get(table_id)
        if isinstance(table, CodeTable):
            result.append(_code_sheet(table))
        elif isinstance(table, TwoSidedTable):
            result.append(_two_sided_sheet(table))
    result.append(_projects_sheet(document.projects))
    result.append(_components_sheet(document.projects))
    result.append(_indicators_sheet(document.projects))
    result.append(_checks_sheet(report))
    return result


_FILE_NAME = re.compile(r"[a-z][a-z0-9_]*\.csv")


def is_csv_export(directory: Path, names: frozenset[str]) -> bool:
    """Whether the files ``names`` in ``directory`` are a CSV export that budgetdiff wrote.

    Every file is ``<table id>.csv``, the sheets every export has are there, and
    ``checks.csv`` starts with the byte order mark and header ``write_csv`` writes.
    """
    if not all(_FILE_NAME.fullmatch(name) for name in names):
        return False
    if not {f"{sheet}.csv" for sheet in ALWAYS_WRITTEN} <= names:
        return False
    expected = ("\ufeff" + ",".join(CHECKS_HEADER) + "\r\n").encode("utf-8")
    with (directory / "checks.csv").open("rb") as handle:
        return handle.read(len(expected)) == expected


def write_csv(
    document: Document,
    directory: Path,
    force: bool = False,
    protect: Sequence[Path] = (),
    report: CheckReport | None = None,
) -> None:
    """Write ``directory`` with one CSV per sheet, atomically.

    Raises OutputError when ``directory`` exists and ``force`` is False, and
    with ``force`` unless it is a previous CSV export (see ``atomic``); never
    replaces a directory holding a ``protect`` path.
    """
    tables = sheets(document, report)

    def fill(folder: Path) -> None:
        for sheet in tables:
            write_rows(folder / f"{sheet.name}.csv", sheet.header, sheet.rows)

    write_directory(directory, fill, is_csv_export, force=force, protect=protect)
