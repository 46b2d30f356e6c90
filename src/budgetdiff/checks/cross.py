"""Identities across classification tables: income vs expenditure, fiscal money, economic."""

from __future__ import annotations

from collections.abc import Iterator

from budgetdiff.checks.findings import Finding, add, same, yuan
from budgetdiff.model import CodeTable, Document, Values
from budgetdiff.money import Amount


def _code_tables(document: Document, *ids: str) -> tuple[CodeTable, ...] | None:
    tables = tuple(document.tables.get(table_id) for table_id in ids)
    if all(isinstance(table, CodeTable) for table in tables):
        return tables  # type: ignore[return-value]
    return None


def _codes(*tables: CodeTable) -> list[str]:
    return sorted({row.code for table in tables for row in table.rows})


def _value(table: CodeTable, code: str | None, column: str) -> Amount | None:
    values: Values | None = (
        table.total if code is None else getattr(table.get(code), "values", None)
    )
    return values.get(column) if values is not None else None


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
    for code in [*_codes(income, expenditure), None]:
        a, b = _value(income, code, "合计"), _value(expenditure, code, "合计")
        both = code is None or (income.get(code) is None) == (expenditure.get(code) is None)
        holds = same(a, b) and both
        yield Finding(
            "cross.income_expenditure",
            holds,
            ""
            if holds
            else f"{_label(income, code)} 合计 {yuan(a)}; "
            f"{_label(expenditure, code)} 合计 {yuan(b)}",
            table="income",
            code=code,
            line=_line(income, code) or _line(expenditure, code),
        )


def _fiscal_income(
    income: CodeTable, general: CodeTable, fund: CodeTable | None
) -> Iterator[Finding]:
    funds = (general,) if fund is None else (general, fund)
    for code in [*_codes(income, *funds), None]:
        granted = _value(income, code, "财政拨款收入")
        spent = add(_value(table, code, "合计") for table in funds)
        names = " + ".join(table.id for table in funds)
        holds = same(granted, spent)
        yield Finding(
            "cross.fiscal_income",
            holds,
            ""
            if holds
            else f"{_label(income, code)} 财政拨款收入 {yuan(granted)}, but {names} 合计 "
            f"for {code or 'the whole table'} is {yuan(spent)}",
            table="income",
            code=code,
            line=_line(income, code) or _line(general, code),
        )


def _general_within_expenditure(general: CodeTable, expenditure: CodeTable) -> Iterator[Finding]:
    for code in [*_codes(general), None]:
        for column in general.columns:
            if column not in expenditure.columns:
                continue
            part, whole = _value(general, code, column), _value(expenditure, code, column)
            holds = (part or 0) <= (whole or 0)
            yield Finding(
                "cross.general_public_within_expenditure",
                holds,
                ""
                if holds
                else f"{_label(general, code)} {column} {yuan(part)} exceeds "
                f"{_label(expenditure, code)} {column} {yuan(whole)}",
                table="general_public",
                code=code,
                line=_line(general, code),
            )


def cross_table_findings(document: Document) -> Iterator[Finding]:
    """Identities that tie the classification tables to one another."""
    if pair := _code_tables(document, "income", "expenditure"):
        yield from _income_vs_expenditure(*pair)
    if pair := _code_tables(document, "income", "general_public"):
        fund = document.tables.get("gov_fund")
        yield from _fiscal_income(pair[0], pair[1], fund if isinstance(fund, CodeTable) else None)
    if pair := _code_tables(document, "general_public", "expenditure"):
        yield from _general_within_expenditure(*pair)
    if pair := _code_tables(document, "economic", "general_public"):
        economic, general = pair
        if economic.total is not None and general.total is not None:
            a, b = economic.total.get("合计"), general.total.get("基本支出")
            yield Finding(
                "cross.economic_basic",
                same(a, b),
                f"economic 合计 {yuan(a)} (line {economic.total_line}) ≠ general_public "
                f"基本支出 合计 {yuan(b)} (line {general.total_line})",
                table="economic",
                line=economic.total_line,
            )
