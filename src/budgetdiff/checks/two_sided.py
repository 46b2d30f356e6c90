"""Identities of the two-sided tables: finance_summary and fiscal_summary."""

from __future__ import annotations

from collections.abc import Iterator

from budgetdiff.checks.findings import Finding, add, same, yuan
from budgetdiff.model import CodeTable, Document, Row, SideItem, TwoSidedTable, Values
from budgetdiff.money import Amount
from budgetdiff.text import fold_name


def _first(values: Values | None, columns: tuple[str, ...], prefer: str = "合计") -> Amount | None:
    if values is None or not columns:
        return None
    return values.get(prefer if prefer in columns else columns[0])


def _balance(table: TwoSidedTable) -> Iterator[Finding]:
    if table.income_total is None or table.expenditure_total is None:
        return
    income = _first(table.income_total, table.income_columns)
    expenditure = _first(table.expenditure_total, table.expenditure_columns)
    yield Finding(
        f"{table.id}.balance",
        same(income, expenditure),
        f"{table.id}: 收入总计 {yuan(income)} (line {table.income_total_line}) ≠ "
        f"支出总计 {yuan(expenditure)} (line {table.expenditure_total_line})",
        table=table.id,
        line=table.income_total_line,
    )


def _side_sums(
    table: TwoSidedTable,
    side: str,
    items: tuple[SideItem, ...],
    total: Values | None,
    total_line: int | None,
    columns: tuple[str, ...],
) -> Iterator[Finding]:
    check_id = f"{table.id}.items"
    top = [item for item in items if item.level == 1]
    if total is not None:
        for column in columns:
            summed = add(item.values.get(column) for item in top)
            yield Finding(
                check_id,
                same(total.get(column), summed),
                f"{table.id} {side} {column} (line {total_line}): {yuan(total.get(column))}, "
                f"but its {len(top)} items add up to {yuan(summed)}",
                table=table.id,
                line=total_line,
            )
    for index, item in enumerate(items):
        if item.level != 1:
            continue
        subs: list[SideItem] = []
        for sub in items[index + 1 :]:
            if sub.level == 1:
                break
            subs.append(sub)
        if not subs:
            continue
        for column in columns:
            summed = add(sub.values.get(column) for sub in subs)
            yield Finding(
                check_id,
                same(item.values.get(column), summed),
                f"{table.id} {item.name} (line {item.line}) {column}: "
                f"{yuan(item.values.get(column))}, "
                f"but its {len(subs)} parts add up to {yuan(summed)}",
                table=table.id,
                line=item.line,
            )


def match_categories(
    items: tuple[SideItem, ...], categories: list[Row]
) -> list[tuple[Row, SideItem | None, bool]]:
    """Each 类 with the item naming it (by folded name, else by position), and if by position."""
    level_one = [item for item in items if item.level == 1]
    by_name = {fold_name(item.label): item for item in level_one}
    matched: list[tuple[Row, SideItem | None, bool]] = []
    for position, row in enumerate(categories):
        item = by_name.get(fold_name(row.name))
        if item is not None:
            matched.append((row, item, False))
        elif position < len(level_one) and fold_name(level_one[position].label) not in {
            fold_name(other.name) for other in categories
        }:
            matched.append((row, level_one[position], True))
        else:
            matched.append((row, None, False))
    return matched


def _categories(
    table: TwoSidedTable, expected: dict[str, tuple[CodeTable, ...]]
) -> Iterator[Finding]:
    """Each expenditure item equals the 类 total of the reference tables, per column."""
    reference_tables = {found.id: found for tables in expected.values() for found in tables}
    codes: dict[str, Row] = {}
    for reference in reference_tables.values():
        for row in reference.roots():
            codes.setdefault(row.code, row)
    categories = [codes[code] for code in sorted(codes)]
    for row, item, by_position in match_categories(table.expenditure_items, categories):
        if item is None:
            yield Finding(
                f"{table.id}.categories",
                False,
                f"{table.id} has no item for 类 {row.code} {row.name}",
                table=table.id,
                code=row.code,
            )
            continue
        how = " (matched by position)" if by_position else ""
        for column, tables in expected.items():
            if column not in table.expenditure_columns:
                continue
            wanted = add(
                found.value("合计") for t in tables if (found := t.get(row.code)) is not None
            )
            names = " + ".join(t.id for t in tables)
            yield Finding(
                f"{table.id}.categories",
                same(item.values.get(column), wanted),
                f"{table.id} {item.name} (line {item.line}) {column}: "
                f"{yuan(item.values.get(column))}, "
                f"but {names} 类 {row.code} is {yuan(wanted)}{how}",
                table=table.id,
                code=row.code,
                line=item.line,
            )


def _item(table: TwoSidedTable, label: str) -> SideItem | None:
    return next((item for item in table.income_items if fold_name(item.label) == label), None)


def _agrees(
    check_id: str,
    table_id: str,
    item: SideItem,
    amount: Amount | None,
    wanted: Amount | None,
    reference: str,
) -> Finding:
    """``item``'s amount against ``wanted``, which ``reference`` names in the message."""
    return Finding(
        check_id,
        same(amount, wanted),
        f"{table_id} {item.name} (line {item.line}): {yuan(amount)}, "
        f"but {reference} {yuan(wanted)}",
        table=table_id,
        line=item.line,
    )


def _fiscal_income(document: Document) -> Iterator[Finding]:
    fiscal = document.tables.get("fiscal_summary")
    finance = document.tables.get("finance_summary")
    if not isinstance(fiscal, TwoSidedTable):
        return
    for label, table_id in (("一般公共预算资金", "general_public"), ("政府性基金", "gov_fund")):
        item = _item(fiscal, label)
        if item is None:
            continue
        amount = _first(item.values, fiscal.income_columns)
        reference = document.tables.get(table_id)
        if isinstance(reference, CodeTable) and reference.total is not None:
            yield _agrees(
                "fiscal_summary.income",
                "fiscal_summary",
                item,
                amount,
                reference.total.get("合计"),
                f"the {table_id} table totals",
            )
        if isinstance(finance, TwoSidedTable) and (twin := _item(finance, label)) is not None:
            yield _agrees(
                "fiscal_summary.income",
                "fiscal_summary",
                item,
                amount,
                _first(twin.values, finance.income_columns),
                f"finance_summary {twin.name} (line {twin.line}) says",
            )


def _finance_sources(document: Document) -> Iterator[Finding]:
    finance = document.tables.get("finance_summary")
    income = document.tables.get("income")
    if not isinstance(finance, TwoSidedTable) or not isinstance(income, CodeTable):
        return
    if income.total is None:
        return
    for item in finance.income_items:
        if item.level != 1 or item.label not in income.columns or item.label == "合计":
            continue
        yield _agrees(
            "finance_summary.sources",
            "finance_summary",
            item,
            _first(item.values, finance.income_columns),
            income.total.get(item.label),
            f"the income table's {item.label} totals",
        )


def two_sided_findings(document: Document) -> Iterator[Finding]:
    """Balance, item sums and category matches of the two-sided tables."""
    for table in document.tables.values():
        if not isinstance(table, TwoSidedTable):
            continue
        yield from _balance(table)
        yield from _side_sums(
            table,
            "收入",
            table.income_items,
            table.income_total,
            table.income_total_line,
            table.income_columns,
        )
        yield from _side_sums(
            table,
            "支出",
            table.expenditure_items,
            table.expenditure_total,
            table.expenditure_total_line,
            table.expenditure_columns,
        )
    finance = document.tables.get("finance_summary")
    expenditure = document.tables.get("expenditure")
    if isinstance(finance, TwoSidedTable) and isinstance(expenditure, CodeTable):
        column = finance.expenditure_columns[0] if finance.expenditure_columns else "预算数"
        yield from _categories(finance, {column: (expenditure,)})
    fiscal = document.tables.get("fiscal_summary")
    general = document.tables.get("general_public")
    if isinstance(fiscal, TwoSidedTable) and isinstance(general, CodeTable):
        expected: dict[str, tuple[CodeTable, ...]] = {"一般公共预算": (general,)}
        funds = [general]
        for table_id, column in (
            ("gov_fund", "政府性基金预算"),
            ("state_capital", "国有资本经营预算"),
        ):
            fund_table = document.tables.get(table_id)
            if isinstance(fund_table, CodeTable):
                expected[column] = (fund_table,)
                funds.append(fund_table)
        expected["合计"] = tuple(funds)
        yield from _categories(fiscal, expected)
    yield from _fiscal_income(document)
    yield from _finance_sources(document)
