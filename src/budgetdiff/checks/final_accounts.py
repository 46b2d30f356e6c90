"""Identities of final accounts (部门决算): tables, their agreement, and the narrative.

Tables are in 万元 with two decimals, so a sum may differ from its printed total by
rounding: no more than half a printed unit (0.005 万元) per summed term, plus one for
the total itself, reported as a note of a passing check. Stated figures and
percentages are held against the tables and their own operands by the same rule
(checks/tolerance.py): rounding, truncation and shares forced to 100% are notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import cache, partial

from budgetdiff.checks import tolerance
from budgetdiff.checks.findings import Finding, add, tally
from budgetdiff.checks.narrative import unread_statements
from budgetdiff.checks.sangong import blank_finding
from budgetdiff.checks.tables import (
    _tree_sums,
    _unique_codes,
    declared_empty,
    rounded_sum,
    table_half_unit,
)
from budgetdiff.model import (
    CodeTable,
    Document,
    Execution,
    FinalFigure,
    Level,
    Row,
    Stated,
    TwoSidedTable,
    Values,
)
from budgetdiff.money import Amount, in_unit
from budgetdiff.names import FINAL_TABLE_IDS
from budgetdiff.text import fold_name

_CODE_TABLES = (
    "income",
    "expenditure",
    "general_public",
    "basic_expenditure",
    "gov_fund",
    "state_capital",
)
_TWO_SIDED = ("income_expenditure_summary", "fiscal_summary")
_HALF = tolerance.HALF_CENT_OF_WAN
"""The rounding of one printed figure (all 决算 tables print 万元 to two decimals)."""


def _wan(amount: Amount | Decimal | None) -> str:
    return f"{in_unit(amount or 0, '万元'):,.2f} 万元"


def _code_table(document: Document, table_id: str) -> CodeTable | None:
    table = document.tables.get(table_id)
    return table if isinstance(table, CodeTable) else None


def _two_sided(document: Document, table_id: str) -> TwoSidedTable | None:
    table = document.tables.get(table_id)
    return table if isinstance(table, TwoSidedTable) else None


def _first(values: Values | None) -> Amount | None:
    return next(iter(values.values()), None) if values else None


def _within(printed: Amount | None, parts: list[Amount | None]) -> tuple[bool, bool]:
    """(holds, exactly): ``printed`` = Σ ``parts`` as ``tolerance.total`` allows."""
    verdict = tolerance.total(printed or 0, parts, _HALF)
    return verdict != "difference", verdict == "equal"


# --- presence ---------------------------------------------------------------------------


def _presence(document: Document) -> Iterator[Finding]:
    for table_id in FINAL_TABLE_IDS:
        present = (
            document.sangong is not None if table_id == "sangong" else table_id in document.tables
        )
        yield Finding(
            "final.tables.present", present, f"the {table_id} table is missing", table=table_id
        )
    for table_id in _CODE_TABLES:
        table = _code_table(document, table_id)
        if table is None:
            continue
        has_total = table.total is not None or bool(table.group_totals) or declared_empty(table)
        yield Finding(
            "final.tables.total_present",
            has_total,
            f"{table_id} (line {table.line}) has no 合计 row: the table may be cut off",
            table=table_id,
            line=table.line,
        )
    for table_id in _TWO_SIDED:
        two = _two_sided(document, table_id)
        if two is None:
            continue
        for side, total, grand in (
            ("收入", two.income_total, two.income_grand_total),
            ("支出", two.expenditure_total, two.expenditure_grand_total),
        ):
            yield Finding(
                "final.tables.total_present",
                total is not None and grand is not None,
                f"{table_id} (line {two.line}) lacks the 本年{side}合计 or 总计 line",
                table=table_id,
                line=two.line,
            )


# --- inside one table -------------------------------------------------------------------


def _row_columns(table: CodeTable) -> tuple[str, tuple[str, ...]] | None:
    """(total column, the columns adding up to it) of a 决算 code table's rows."""
    columns = table.columns
    if table.id in ("income", "expenditure") and len(columns) > 1:
        return columns[0], columns[1:]
    if table.id == "general_public" and "合计" in columns:
        return "合计", tuple(c for c in columns if c.endswith(("基本支出", "项目支出")))
    if table.id in ("gov_fund", "state_capital"):
        total = next((c for c in columns if c.endswith(("小计", "支出合计")) or c == "合计"), None)
        parts = tuple(c for c in columns if c.endswith(("基本支出", "项目支出")))
        if total and parts:
            return total, parts
    return None


def _row_sums(table: CodeTable) -> Iterator[Finding]:
    found = _row_columns(table)
    if found is None:
        return
    total_column, parts = found
    subjects: list[tuple[Row | None, Values]] = [(row, row.values) for row in table.rows]
    if table.total is not None:
        subjects.append((None, table.total))
    held = 0
    half = cache(partial(table_half_unit, table))  # once a table, when first asked
    for row, values in subjects:
        holds, note, computed = rounded_sum(
            values.get(total_column), [values.get(p) for p in parts], half
        )
        if holds and note is None:
            held += 1
            continue
        where = (
            f"{table.id} 合计 (line {table.total_line})"
            if row is None
            else f"{table.id} {row.code} {row.name} (line {row.line})"
        )
        yield Finding(
            "final.row.sum",
            holds,
            f"{where}: {total_column} {_wan(values.get(total_column))}, but "
            f"{' + '.join(parts)} = {_wan(computed)}",
            table=table.id,
            code=row.code if row else None,
            line=row.line if row else table.total_line,
            note=f"{where} {total_column} {_wan(values.get(total_column))} vs {_wan(computed)}"
            if note
            else None,
        )
    yield from tally("final.row.sum", held)


def _group_totals(document: Document) -> Iterator[Finding]:
    basic = _code_table(document, "basic_expenditure")
    if basic is None:
        return
    for group in basic.group_totals:
        printed = group.values.get("决算数")
        rows = [basic.get(code) for code in group.codes]
        parts = [row.values.get("决算数") if row else None for row in rows]
        holds, exactly = _within(printed, parts)
        yield Finding(
            "final.basic.group_total",
            holds,
            f"basic_expenditure {group.name} (line {group.line}): {_wan(printed)}, but its "
            f"{len(parts)} 类 ({', '.join(group.codes)}) add up to {_wan(add(parts))}",
            table="basic_expenditure",
            line=group.line,
            note=None if exactly else f"{group.name} {_wan(printed)} vs Σ 类 {_wan(add(parts))}",
        )
    general = _code_table(document, "general_public")
    if general is None or general.total is None or not basic.group_totals:
        return
    basic_total = general.total.get("基本支出")
    groups = [group.values.get("决算数") for group in basic.group_totals]
    holds, exactly = _within(basic_total, groups)
    names = " + ".join(group.name for group in basic.group_totals)
    yield Finding(
        "final.basic.vs_general_public",
        holds,
        f"{names} = {_wan(add(groups))} (line {basic.group_totals[0].line}), but "
        f"general_public 合计 基本支出 is {_wan(basic_total)} (line {general.total_line})",
        table="basic_expenditure",
        line=basic.group_totals[0].line,
        note=None if exactly else f"{names} {_wan(add(groups))} vs 基本支出 {_wan(basic_total)}",
    )


def _two_sided_sums(two: TwoSidedTable) -> Iterator[Finding]:
    sides = (
        (
            "收入",
            two.income_columns,
            two.income_items,
            two.income_total,
            two.income_total_line,
            two.income_below,
            two.income_grand_total,
            two.income_grand_total_line,
        ),
        (
            "支出",
            two.expenditure_columns,
            two.expenditure_items,
            two.expenditure_total,
            two.expenditure_total_line,
            two.expenditure_below,
            two.expenditure_grand_total,
            two.expenditure_grand_total_line,
        ),
    )
    for side, columns, items, total, total_line, below, grand, grand_line in sides:
        for column in columns:
            if total is not None:
                parts = [item.values.get(column) for item in items]
                holds, exactly = _within(total.get(column), parts)
                yield Finding(
                    "final.two_sided.items",
                    holds,
                    f"{two.id} 本年{side}合计 {column} (line {total_line}): "
                    f"{_wan(total.get(column))}, but its {len(parts)} items add up to "
                    f"{_wan(add(parts))}",
                    table=two.id,
                    line=total_line,
                    note=None
                    if exactly
                    else f"{two.id} 本年{side}合计 {column} {_wan(total.get(column))} vs "
                    f"Σ items {_wan(add(parts))}",
                )
            if total is not None and grand is not None:
                top = [item.values.get(column) for item in below if item.level == 1]
                computed = add([total.get(column), *top])
                holds, exactly = _within(grand.get(column), [total.get(column), *top])
                yield Finding(
                    "final.two_sided.balance",
                    holds,
                    f"{two.id} {side}总计 {column} (line {grand_line}): {_wan(grand.get(column))}, "
                    f"but 本年{side}合计 and the carry-over lines add up to {_wan(computed)}",
                    table=two.id,
                    line=grand_line,
                    note=None if exactly else f"{two.id} {side}总计 {column} within rounding",
                )
        yield from _carry_over_parts(two, side, columns, below)
    if two.income_grand_total is not None and two.expenditure_grand_total is not None:
        income, spent = _first(two.income_grand_total), _first(two.expenditure_grand_total)
        yield Finding(
            "final.two_sided.balance",
            (income or 0) == (spent or 0),
            f"{two.id} 收入总计 {_wan(income)} (line {two.income_grand_total_line}) ≠ "
            f"支出总计 {_wan(spent)} (line {two.expenditure_grand_total_line})",
            table=two.id,
            line=two.income_grand_total_line,
        )
    yield from _two_sided_rows(two)


def _carry_over_parts(
    two: TwoSidedTable, side: str, columns: tuple[str, ...], below: tuple[object, ...]
) -> Iterator[Finding]:
    """A carry-over line split by fund (一、一般公共预算财政拨款 …) equals its parts."""
    from budgetdiff.model import SideItem

    lines = [item for item in below if isinstance(item, SideItem)]
    for index, item in enumerate(lines):
        if item.level != 1:
            continue
        parts = []
        for following in lines[index + 1 :]:
            if following.level != 2:
                break
            parts.append(following)
        if not parts:
            continue
        for column in columns:
            values = [part.values.get(column) for part in parts]
            if all(value is None for value in values):
                continue
            holds, exactly = _within(item.values.get(column), values)
            yield Finding(
                "final.two_sided.carry_over",
                holds,
                f"{two.id} {item.name} {column} (line {item.line}): "
                f"{_wan(item.values.get(column))}, "
                f"but its {len(parts)} parts add up to {_wan(add(values))} ({side})",
                table=two.id,
                line=item.line,
                note=None if exactly else f"{two.id} {item.name} within rounding",
            )


def _two_sided_rows(two: TwoSidedTable) -> Iterator[Finding]:
    """合计 = the fund columns, on every line of a side whose first column is 合计."""
    columns = two.expenditure_columns
    if len(columns) < 2 or columns[0] != "合计":
        return
    held = 0
    lines = [*two.expenditure_items, *two.expenditure_below]
    totals = [
        (two.expenditure_total, two.expenditure_total_line, "本年支出合计"),
        (two.expenditure_grand_total, two.expenditure_grand_total_line, "总计"),
    ]
    subjects: list[tuple[Values, int | None, str]] = [
        (item.values, item.line, item.name) for item in lines
    ]
    subjects += [(values, line, name) for values, line, name in totals if values is not None]
    for values, line, name in subjects:
        parts = [values.get(column) for column in columns[1:]]
        holds, exactly = _within(values.get("合计"), parts)
        if exactly:
            held += 1
            continue
        yield Finding(
            "final.two_sided.row_sum",
            holds,
            f"{two.id} {name} (line {line}): 合计 {_wan(values.get('合计'))}, but the fund "
            f"columns add up to {_wan(add(parts))}",
            table=two.id,
            line=line,
            note=f"{two.id} {name} within rounding",
        )
    yield from tally("final.two_sided.row_sum", held)


def _sangong_sums(document: Document) -> Iterator[Finding]:
    sangong = document.sangong
    if sangong is None:
        return
    yield blank_finding("final.sangong.blank", sangong)
    for label, values in (("预算数", sangong.budget), ("决算数", sangong.values)):
        for total, parts in (
            ("合计", ("因公出国（境）费", "公务用车购置及运行费", "公务接待费")),
            ("公务用车购置及运行费", ("公务用车购置费", "公务用车运行费")),
        ):
            computed = add(values.get(part) for part in parts)
            holds, exactly = _within(values.get(total), [values.get(part) for part in parts])
            yield Finding(
                "final.sangong.sum",
                holds,
                f"三公 {total} {label} (line {sangong.line}): {_wan(values.get(total))}, but "
                f"{' + '.join(parts)} = {_wan(computed)}",
                table="sangong",
                line=sangong.line,
                note=None if exactly else f"三公 {total} {label} within rounding",
            )


# --- across tables ----------------------------------------------------------------------


def _leaf_count(table: CodeTable, code: str) -> int:
    return sum(1 for row in table.rows if row.code.startswith(code) and row.level == Level.ITEM)


def _class_of(table: CodeTable, label: str) -> Row | None:
    wanted = fold_name(label)
    return next((row for row in table.roots() if fold_name(row.name) == wanted), None)


def _summary_categories(document: Document) -> Iterator[Finding]:
    """The 类 items of the two summaries against the 类 rows of the code tables."""
    pairs = (
        ("income_expenditure_summary", "expenditure", "本年支出合计"),
        ("fiscal_summary", "general_public", "合计"),
    )
    for summary_id, table_id, column in pairs:
        summary, table = _two_sided(document, summary_id), _code_table(document, table_id)
        if summary is None or table is None:
            continue
        for item in summary.expenditure_items:
            row = _class_of(table, item.label)
            printed = [value for value in item.values.values()][:2]
            if row is None:
                if any(printed):
                    yield Finding(
                        "final.cross.categories",
                        False,
                        f"{summary_id} {item.name} (line {item.line}) is {_wan(printed[0])}, but "
                        f"{table_id} has no 类 of that name",
                        table=summary_id,
                        line=item.line,
                    )
                continue
            # one 类 printed twice, each allowed the rounding of its 项
            allowed = _HALF * (max(_leaf_count(table, row.code), 1) + 1)
            for value in printed if summary_id == "fiscal_summary" else printed[:1]:
                verdict = tolerance.within(value or 0, row.values.get(column) or 0, allowed)
                holds, exactly = verdict != "difference", verdict == "equal"
                yield Finding(
                    "final.cross.categories",
                    holds,
                    f"{summary_id} {item.name} (line {item.line}) is {_wan(value)}, but "
                    f"{table_id} {row.code} {row.name} {column} is {_wan(row.values.get(column))} "
                    f"(line {row.line})",
                    table=summary_id,
                    code=row.code,
                    line=item.line,
                    note=None
                    if exactly
                    else f"{summary_id} {item.name} {_wan(value)} vs {table_id} {row.code} "
                    f"{_wan(row.values.get(column))}",
                )


def _cross_totals(document: Document) -> Iterator[Finding]:
    """The same total printed in two tables."""
    summary = _two_sided(document, "income_expenditure_summary")
    fiscal = _two_sided(document, "fiscal_summary")
    income = _code_table(document, "income")
    spent = _code_table(document, "expenditure")
    general = _code_table(document, "general_public")
    pairs: list[tuple[str, Amount | None, int | None, str, Amount | None, int | None]] = []
    if summary and income and income.total and income.columns:
        pairs.append(
            (
                "income_expenditure_summary 本年收入合计",
                _first(summary.income_total),
                summary.income_total_line,
                f"income 合计 {income.columns[0]}",
                income.total.get(income.columns[0]),
                income.total_line,
            )
        )
    if summary and spent and spent.total and spent.columns:
        pairs.append(
            (
                "income_expenditure_summary 本年支出合计",
                _first(summary.expenditure_total),
                summary.expenditure_total_line,
                f"expenditure 合计 {spent.columns[0]}",
                spent.total.get(spent.columns[0]),
                spent.total_line,
            )
        )
    if fiscal and general and general.total and fiscal.expenditure_total:
        gp_column = next(
            (c for c in fiscal.expenditure_columns if c.startswith("一般公共预算")), None
        )
        if gp_column:
            pairs.append(
                (
                    "fiscal_summary 本年支出合计 " + gp_column,
                    fiscal.expenditure_total.get(gp_column),
                    fiscal.expenditure_total_line,
                    "general_public 合计",
                    general.total.get("合计"),
                    general.total_line,
                )
            )
    if fiscal and income and income.total and "财政拨款收入" in income.columns:
        pairs.append(
            (
                "fiscal_summary 本年收入合计",
                _first(fiscal.income_total),
                fiscal.income_total_line,
                "income 合计 财政拨款收入",
                income.total.get("财政拨款收入"),
                income.total_line,
            )
        )
    for a_name, a, a_line, b_name, b, b_line in pairs:
        holds, exactly = _within(a, [b])
        yield Finding(
            "final.cross.totals",
            holds,
            f"{a_name} (line {a_line}) is {_wan(a)}, but {b_name} (line {b_line}) is {_wan(b)}",
            line=a_line,
            note=None if exactly else f"{a_name} {_wan(a)} vs {b_name} {_wan(b)}",
        )


def _values_of(table: CodeTable, code: str) -> Values | None:
    row = table.get(code)
    return row.values if row is not None else None


_SAME_COLUMN = {"合计": None, "基本支出": "基本支出", "项目支出": "项目支出"}


def _expenditure_vs_general_public(document: Document) -> Iterator[Finding]:
    """一般公共预算财政拨款 spending is part of all spending: per code and column, never
    more than 支出决算表's figure; where less, the rest came from other funds (a note)."""
    general, spent = _code_table(document, "general_public"), _code_table(document, "expenditure")
    if general is None or spent is None or not spent.columns:
        return
    held = 0
    subjects: list[tuple[str | None, Values | None, Values | None, int | None]] = [
        (
            row.code,
            row.values,
            _values_of(spent, row.code),
            row.line,
        )
        for row in general.rows
    ]
    subjects.append((None, general.total, spent.total, general.total_line))
    for code, ours, theirs, line in subjects:
        for column, other in _SAME_COLUMN.items():
            other = other or spent.columns[0]
            if ours is None or column not in ours:
                continue
            mine, all_funds = ours.get(column) or 0, (theirs or {}).get(other) or 0
            where = f"{code or '合计'} {column}"
            if theirs is None:
                yield Finding(
                    "final.cross.general_public_in_expenditure",
                    mine == 0,
                    f"general_public {where} (line {line}) is {_wan(mine)}, but expenditure has no "
                    f"row {code}",
                    table="general_public",
                    code=code,
                    line=line,
                )
                continue
            if mine == all_funds:
                held += 1
                continue
            holds = tolerance.bound(mine, all_funds, _HALF, terms=2) != "difference"
            yield Finding(
                "final.cross.general_public_in_expenditure",
                holds,
                f"general_public {where} (line {line}) is {_wan(mine)}, more than expenditure's "
                f"{other} {_wan(all_funds)}",
                table="general_public",
                code=code,
                line=line,
                note=f"expenditure {where} exceeds general_public by {_wan(all_funds - mine)}",
                note_kind="from other funds" if mine < all_funds else "within rounding",
            )
    yield from tally("final.cross.general_public_in_expenditure", held)


# --- narrative --------------------------------------------------------------------------


def _rate(part: Decimal, whole: Decimal, like: Decimal) -> Decimal:
    """``part`` ÷ ``whole`` as a percentage, rounded half-up to the places of ``like``."""
    return tolerance.rounded(part / whole * 100, tolerance.places(like))


def _figure_target(document: Document, key: str) -> tuple[Amount | None, str, int] | None:
    """(table figure, what it is, rounding terms allowed) that the narrative key states."""
    kind, _, name = key.partition(":")
    summary = _two_sided(document, "income_expenditure_summary")
    fiscal = _two_sided(document, "fiscal_summary")
    income, spent = _code_table(document, "income"), _code_table(document, "expenditure")
    general, basic = (
        _code_table(document, "general_public"),
        _code_table(document, "basic_expenditure"),
    )
    if kind == "grand_total" and summary and summary.income_grand_total:
        return _first(summary.income_grand_total), "income_expenditure_summary 总计", 1
    if kind == "fiscal_grand_total" and fiscal and fiscal.income_grand_total:
        return _first(fiscal.income_grand_total), "fiscal_summary 总计", 1
    if kind == "income_total" and summary and summary.income_total:
        return _first(summary.income_total), "income_expenditure_summary 本年收入合计", 1
    if kind == "expenditure_total" and summary and summary.expenditure_total:
        return _first(summary.expenditure_total), "income_expenditure_summary 本年支出合计", 1
    if kind == "income" and income and income.total and name in income.columns:
        return income.total.get(name), f"income 合计 {name}", 1
    if kind == "expenditure" and spent and spent.total and name in spent.columns:
        return spent.total.get(name), f"expenditure 合计 {name}", 1
    if kind == "general_public_total" and general and general.total:
        return general.total.get("合计"), "general_public 合计", 1
    if kind == "category" and general and general.get(name):
        row = general.get(name)
        assert row is not None
        return (
            row.values.get("合计"),
            f"general_public {row.code} {row.name}",
            1 + _leaf_count(general, row.code),
        )
    if kind == "basic" and name == "基本支出" and general and general.total:
        return general.total.get("基本支出"), "general_public 合计 基本支出", 1
    if kind == "basic" and basic:
        group = next((g for g in basic.group_totals if g.name.startswith(name)), None)
        if group is not None:
            return group.values.get("决算数"), f"basic_expenditure {group.name}", 1
    return None


def _stated_against(
    check_id: str, stated: Stated, name: str, target: Amount | None, what: str, terms: int
) -> Finding:
    # the table figure may itself be the rounding of ``terms`` - 1 printed figures
    slack = _HALF * (terms - 1) / 10_000
    verdict = tolerance.figure(stated.wan, Decimal(target or 0) / 10_000, slack)
    return tolerance.judged(
        check_id,
        verdict,
        f"the narrative states {name} {stated.wan} 万元 (line {stated.line}), but {what} is "
        f"{_wan(target) if target is not None else 'blank'}",
        f"{name} {stated.wan} 万元 vs {what} {_wan(target)}",
        line=stated.line,
    )


def _figures(document: Document) -> Iterator[Finding]:
    figures = document.narrative.figures
    stated: dict[str, FinalFigure] = {figure.key: figure for figure in figures}
    shares: dict[str, list[tuple[FinalFigure, Decimal]]] = {}
    for figure in figures:
        target = _figure_target(document, figure.key)
        if target is None:
            yield Finding(
                "final.narrative.figures",
                False,
                f"the narrative states {figure.name} {figure.amount.wan} 万元 "
                f"(line {figure.line}), "
                "which names no figure of the tables",
                strict=False,
                line=figure.line,
            )
            continue
        value, what, terms = target
        yield _stated_against(
            "final.narrative.figures", figure.amount, figure.name, value, what, terms
        )
        if figure.share is None or figure.share_of is None:
            continue
        base = stated[figure.share_of].amount.wan if figure.share_of in stated else None
        if base is None:
            found = _figure_target(document, figure.share_of)
            base = in_unit(found[0], "万元") if found and found[0] else None
        if base:
            shares.setdefault(figure.share_of, []).append((figure, base))
    for group in shares.values():
        yield from _shares(group)


def _shares(group: list[tuple[FinalFigure, Decimal]]) -> Iterator[Finding]:
    """Each ``占 N%`` of one whole against its figure ÷ the whole (``tolerance.percent``);
    shares printed to add up to exactly 100% where rounding would not are a note."""
    verdicts = [
        tolerance.percent(figure.share, figure.amount.wan, base)
        for figure, base in group
        if figure.share is not None
    ]
    printed = [figure.share for figure, _ in group if figure.share is not None]
    exact = [figure.amount.wan / base * 100 for figure, base in group]
    forced = "difference" in verdicts and tolerance.forced_to_100(printed, exact)
    for (figure, base), verdict in zip(group, verdicts, strict=True):
        assert figure.share is not None
        computed = _rate(figure.amount.wan, base, figure.share)
        message = (
            f"the narrative says {figure.name} {figure.amount.wan} 万元 is {figure.share}% "
            f"(line {figure.line}), but {figure.amount.wan} ÷ {base} = {computed}%"
        )
        if forced and verdict == "difference":
            verdict = "forced to 100"
            message += ", the shares printed to add up to 100%"
        yield tolerance.judged("final.narrative.shares", verdict, message, line=figure.line)


def _rate_finding(
    label: str, rate: Decimal, actual: Decimal, budget: Decimal, line: int
) -> Finding:
    """A stated completion rate against 决算 ÷ 年初预算 (``tolerance.percent``): a rate of a
    0 budget is not checkable when nothing was spent, and wrong when something was."""
    if budget == 0:
        message = (
            f"the narrative says {label} completed {rate}% of a 年初预算 of 0 (line {line}), "
            f"but {actual} 万元 was spent: no percentage follows"
        )
        note = f"{label} 完成 {rate}% of a 0 budget (line {line})"
        return tolerance.judged(
            "final.narrative.rate",
            tolerance.percent(rate, actual, budget),
            message,
            note,
            line=line,
        )
    return tolerance.judged(
        "final.narrative.rate",
        tolerance.percent(rate, actual, budget),
        f"the narrative says {label} completed {rate}% of its budget (line {line}), but "
        f"{actual} ÷ {budget} = {_rate(actual, budget, rate)}%",
        line=line,
    )


def _execution(
    document: Document, execution: Execution, label: str, target: tuple[Amount | None, str] | None
) -> Iterator[Finding]:
    actual, budget = execution.actual, execution.budget
    if actual is not None and target is not None:
        yield _stated_against(
            "final.narrative.actual", actual, f"{label} 支出决算", target[0], target[1], 1
        )
    if actual is None or budget is None:
        return
    if execution.rate is not None:
        yield _rate_finding(label, execution.rate, actual.wan, budget.wan, execution.line)
    if execution.direction is not None:
        sign = (actual.wan > budget.wan) - (actual.wan < budget.wan)
        expected = {1: ("大于",), -1: ("小于",), 0: ("等于", "持平")}[sign]
        yield Finding(
            "final.narrative.direction",
            execution.direction in expected,
            f"the narrative says {label}'s 决算数{execution.direction}预算数 "
            f"(line {execution.line}), "
            f"but 决算 {actual.wan} against 年初预算 {budget.wan} is {expected[0]}",
            line=execution.line,
        )


def _executions(document: Document) -> Iterator[Finding]:
    narrative = document.narrative
    yield from unread_statements(document, "final.narrative.item_names")
    general = _code_table(document, "general_public")
    if narrative.execution is not None:
        target = None
        if general is not None and general.total is not None:
            target = (general.total.get("合计"), "general_public 合计")
        yield from _execution(document, narrative.execution, "一般公共预算财政拨款支出", target)
    for execution in narrative.executions:
        label = "".join(execution.names[-1:]) or "an item"
        row = general.get(execution.code) if general is not None and execution.code else None
        target = (row.values.get("合计"), f"general_public {row.code} {row.name}") if row else None
        if execution.unresolved or row is None:
            printed = "".join(
                f"{name}（{level}）" for name, level in zip(execution.names, "类款项", strict=False)
            )
            found = f"; its figures match {row.code} {row.name}" if row else ""
            yield Finding(
                "final.narrative.item_names",
                False,
                f"the narrative's {printed} (line {execution.line}) names "
                f"{'、'.join(execution.unresolved) or 'a 项'}, which no row of general_public "
                f"has{found}",
                strict=False,
                code=execution.code,
                line=execution.line,
            )
        else:
            yield Finding("final.narrative.item_names", True, "")
        yield from _execution(document, execution, label, target)


def _year_changes(document: Document) -> Iterator[Finding]:
    """Each year-over-year change against its own figures: the per cent follows from the
    change over the previous year's figure (this year's less the change), as
    ``tolerance.percent`` allows; words that say both 增长 and 下降 cannot be checked."""
    yield from unread_statements(document, "final.narrative.changes", "a year-over-year change")
    for change in document.narrative.total_changes:
        current, signed = change.current, change.change
        where = f"the narrative says {change.item} “{change.text}” (line {change.line})"
        if change.direction == "ambiguous" or current is None or signed is None:
            note = f"{where}: says both 增长 and 下降, so its direction cannot be checked"
            yield tolerance.judged(
                "final.narrative.changes", "not checkable", note, line=change.line
            )
            continue
        if change.percent is None or change.magnitude is None:
            continue
        before = current.wan - signed
        sign = 1 if change.direction == "增加" else -1
        magnitude_half = tolerance.half_unit(change.magnitude)
        verdict = tolerance.percent(
            change.percent * sign,
            signed,
            before,
            magnitude_half,
            tolerance.half_unit(current.wan) + magnitude_half,
        )
        computed = tolerance.rounded(signed / before * 100, 2) if before else None
        yield tolerance.judged(
            "final.narrative.changes",
            verdict,
            f"{where}, but {current.wan} against {before} 万元 the year before is "
            + (f"{computed:+}%" if computed is not None else "no percentage (a zero base)"),
            line=change.line,
        )


_SANGONG_BUDGET_ITEMS = {"公务用车购置及运行费": "公务用车购置及运行费"}


def _sangong_statements(document: Document) -> Iterator[Finding]:
    sangong, narrative = document.sangong, document.narrative
    if sangong is None:
        return
    overall = narrative.sangong_execution
    if overall is not None:
        if overall.budget is not None:
            yield _stated_against(
                "final.narrative.sangong",
                overall.budget,
                "三公 年初预算",
                sangong.budget.get("合计"),
                "the 三公 table's 合计 预算数",
                1,
            )
        yield from _execution(
            document,
            overall,
            "三公经费",
            (sangong.values.get("合计"), "the 三公 table's 合计 决算数"),
        )
    for item in narrative.sangong_item_executions:
        name = item.names[0]
        if item.actual is not None:
            yield _stated_against(
                "final.narrative.sangong",
                item.actual,
                f"{name} 决算",
                sangong.values.get(name),
                f"the 三公 table's {name} 决算数",
                1,
            )
        budget = sangong.budget.get(name)
        if item.rate is None or item.actual is None:
            continue
        budget_wan = in_unit(budget or 0, "万元")
        yield _rate_finding(name, item.rate, item.actual.wan, budget_wan, item.line)


def _item_sums(document: Document) -> Iterator[Finding]:
    """The per-项 statements add up to the overall statement, when they cover every 项
    of 一般公共预算财政拨款支出决算表 (else the sum says nothing)."""
    narrative, general = document.narrative, _code_table(document, "general_public")
    overall, items = narrative.execution, narrative.executions
    if overall is None or general is None or not items:
        return
    leaves = {row.code for row in general.rows if row.level == Level.ITEM}
    if {item.code for item in items} != leaves or len(items) != len(leaves):
        return
    for label, total, parts in (
        ("年初预算", overall.budget, [item.budget for item in items]),
        ("支出决算", overall.actual, [item.actual for item in items]),
    ):
        if total is None or any(part is None for part in parts):
            continue
        printed = [part.wan for part in parts if part is not None]
        computed = sum(printed, Decimal(0))
        yield tolerance.judged(
            "final.narrative.item_sums",
            tolerance.total(total.wan, printed),
            f"the narrative's {label} {total.wan} 万元 (line {total.line}) is not the sum of its "
            f"{len(parts)} per-项 statements, {computed} 万元",
            f"{label} {total.wan} 万元 vs Σ 项 {computed} 万元",
            line=total.line,
        )


def _procurement(document: Document) -> Iterator[Finding]:
    found = document.narrative.procurement
    if found is None or found.total is None:
        return
    parts = [found.goods, found.works, found.services]
    if any(part is None for part in parts):
        return
    printed = [part.wan for part in parts if part is not None]
    computed = sum(printed, Decimal(0))
    yield tolerance.judged(
        "final.narrative.procurement",
        tolerance.total(found.total.wan, printed),
        f"政府采购金额 {found.total.wan} 万元 (line {found.total.line}), but 货物 + 工程 + 服务 "
        f"= {computed} 万元",
        f"政府采购 {found.total.wan} 万元 vs Σ parts {computed} 万元",
        line=found.total.line,
    )


def _operating_cost(document: Document) -> Iterator[Finding]:
    """机关运行经费 is part of 公用经费: never more than 基本支出决算表's 公用经费合计."""
    stated, basic = document.narrative.operating_cost, _code_table(document, "basic_expenditure")
    if stated is None or basic is None:
        return
    group = next((g for g in basic.group_totals if g.name.startswith("公用经费")), None)
    if group is None:
        return
    public = group.values.get("决算数") or 0
    yield tolerance.judged(
        "final.narrative.operating_cost",
        tolerance.bound(stated.yuan, public, stated.half_step_yuan),
        f"机关运行经费 {stated.wan} 万元 (line {stated.line}) exceeds basic_expenditure "
        f"{group.name} {_wan(public)}",
        line=stated.line,
    )


def final_accounts_findings(document: Document) -> Iterator[Finding]:
    """Every 决算 identity of ``document`` (see docs/checks.md, ``final.*``)."""
    yield from _presence(document)
    for table_id in _CODE_TABLES:
        table = _code_table(document, table_id)
        if table is not None:
            yield from _unique_codes(table)
            yield from _tree_sums(table)
            yield from _row_sums(table)
    yield from _group_totals(document)
    for table_id in _TWO_SIDED:
        two = _two_sided(document, table_id)
        if two is not None:
            yield from _two_sided_sums(two)
    yield from _sangong_sums(document)
    yield from _summary_categories(document)
    yield from _cross_totals(document)
    yield from _expenditure_vs_general_public(document)
    yield from _figures(document)
    yield from _executions(document)
    yield from _sangong_statements(document)
    yield from _year_changes(document)
    yield from _item_sums(document)
    yield from _procurement(document)
    yield from _operating_cost(document)


__all__ = ["final_accounts_findings"]
