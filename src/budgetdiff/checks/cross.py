"""Identities across classification tables: income vs expenditure, fiscal money, economic.

Each table's values are indexed by code once (``None`` standing for the 合计 row).
"""

from __future__ import annotations

from collections.abc import Iterator

from budgetdiff.checks.findings import Finding, add, tally, yuan
from budgetdiff.model import CodeTable, Document, Values
from budgetdiff.money import Amount

_EMPTY: Values = {}


def _code_tables(document: Document, *ids: str) -> tuple[CodeTable, ...] | None:
    tables = tuple(document.tables.get(table_id) for table_id in ids)
    if all(isinstance(table, CodeTable) for table in tables):
        return tables  # type: ignore[return-value]
    return None


def _by_code(table: CodeTable) -> dict[str | None, Values]:
    values: dict[str | None, Values] = {row.code: row.values for row in table.rows}
    if table.total is not None:
        values[None] = table.total
    return values


def _order(*indexes: dict[str | None, Values]) -> list[str | None]:
    codes = sorted({code for index in indexes for code in index if code is not None})
    return [*codes, None]


def _line(table: CodeTable, code: str | None) -> int | None:
    if code is None:
        return table.total_line
    row = table.get(code)
    return row.line if row is not None else None


def _label(table: CodeTable, code: str | None) -> str:
    if code is None:
        return f"{table.id} 合计 (line {table.total_line})"
    row = table.get(code)
    if row is None:
        return f"{table.id} has no row {code}"
    return f"{table.id} {code} {row.name} (line {row.line})"


def _income_vs_expenditure(income: CodeTable, expenditure: CodeTable) -> Iterator[Finding]:
    a_values, b_values = _by_code(income), _by_code(expenditure)
    held = 0
    for code in _order(a_values, b_values):
        a_row, b_row = a_values.get(code), b_values.get(code)
        a = a_row.get("合计") if a_row is not None else None
        b = b_row.get("合计") if b_row is not None else None
        if (a or 0) == (b or 0) and (a_row is None) == (b_row is None):
            held += 1
            continue
        yield Finding(
            "cross.income_expenditure",
            False,
            f"{_label(income, code)} 合计 {yuan(a)}; {_label(expenditure, code)} 合计 {yuan(b)}",
            table="income",
            code=code,
            line=_line(income, code) or _line(expenditure, code),
        )
    yield from tally("cross.income_expenditure", held)


def _fiscal_income(income: CodeTable, funds: tuple[CodeTable, ...]) -> Iterator[Finding]:
    """income 财政拨款收入 = Σ of the fiscal tables' 合计, per code (general_public,
    gov_fund and state_capital where present)."""
    general = funds[0]
    granted_by_code = _by_code(income)
    spent_by_code = [_by_code(table) for table in funds]
    held = 0
    for code in _order(granted_by_code, *spent_by_code):
        granted = granted_by_code.get(code, _EMPTY).get("财政拨款收入")
        spent: Amount = add([index.get(code, _EMPTY).get("合计") for index in spent_by_code])
        if (granted or 0) == spent:
            held += 1
            continue
        names = " + ".join(table.id for table in funds)
        yield Finding(
            "cross.fiscal_income",
            False,
            f"{_label(income, code)} 财政拨款收入 {yuan(granted)}, but {names} 合计 "
            f"for {code or 'the whole table'} is {yuan(spent)}",
            table="income",
            code=code,
            line=_line(income, code) or _line(general, code),
        )
    yield from tally("cross.fiscal_income", held)


def _general_within_expenditure(general: CodeTable, expenditure: CodeTable) -> Iterator[Finding]:
    parts, wholes = _by_code(general), _by_code(expenditure)
    columns = [column for column in general.columns if column in expenditure.columns]
    held = 0
    for code, values in parts.items():
        whole_values = wholes.get(code, _EMPTY)
        for column in columns:
            part, whole = values.get(column), whole_values.get(column)
            if (part or 0) <= (whole or 0):
                held += 1
                continue
            yield Finding(
                "cross.general_public_within_expenditure",
                False,
                f"{_label(general, code)} {column} {yuan(part)} exceeds "
                f"{_label(expenditure, code)} {column} {yuan(whole)}",
                table="general_public",
                code=code,
                line=_line(general, code),
            )
    yield from tally("cross.general_public_within_expenditure", held)


def cross_table_findings(document: Document) -> Iterator[Finding]:
    """Identities that tie the classification tables to one another."""
    if pair := _code_tables(document, "income", "expenditure"):
        yield from _income_vs_expenditure(*pair)
    if pair := _code_tables(document, "income", "general_public"):
        others = (document.tables.get(table_id) for table_id in ("gov_fund", "state_capital"))
        funds = (pair[1], *(table for table in others if isinstance(table, CodeTable)))
        yield from _fiscal_income(pair[0], funds)
    if pair := _code_tables(document, "general_public", "expenditure"):
        yield from _general_within_expenditure(*pair)
    if pair := _code_tables(document, "economic", "general_public"):
        economic, general = pair
        if economic.total is not None and general.total is not None:
            a, b = economic.total.get("合计"), general.total.get("基本支出")
            yield Finding(
                "cross.economic_basic",
                (a or 0) == (b or 0),
                f"economic 合计 {yuan(a)} (line {economic.total_line}) ≠ general_public "
                f"基本支出 合计 {yuan(b)} (line {general.total_line})",
                table="economic",
                line=economic.total_line,
            )
