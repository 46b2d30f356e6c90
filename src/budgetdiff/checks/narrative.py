"""Identities between the prose and the tables, and inside the performance forms.

Narrative figures are rounded 万元, compared with the tables' yuan by the tolerance rule
(checks/tolerance.py): 19,483 万元 for 194,829,473 元 is equal, 19,482 a truncation
note; what the printed figures' rounding or truncation cannot explain warns (these
identities are approximate), or fails where one statement contradicts its own figures
or the one row it names.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from budgetdiff.checks import tolerance
from budgetdiff.checks.findings import Finding, add, same, wan, yuan
from budgetdiff.checks.sangong import rounded_sum_finding
from budgetdiff.model import (
    CodeTable,
    Document,
    ItemFigure,
    Project,
    Row,
    Stated,
    StatedChange,
    TwoSidedTable,
    Values,
)
from budgetdiff.money import Amount, yuan_of_wan
from budgetdiff.parser.facts import SANGONG_STATED_ITEMS
from budgetdiff.text import fold_name

_FUNDS = ("一般公共预算拨款支出预算", "政府性基金拨款支出预算", "国有资本经营预算拨款支出预算")
"""The fund totals whose changes make up the change of 财政拨款支出预算."""


def approx_finding(
    check_id: str,
    stated: Stated,
    amount: Amount | None,
    what: str,
    table: str | None = None,
    code: str | None = None,
    label: str = "",
    strict: bool = False,
) -> Finding:
    """A stated 万元 figure (``label``, e.g. 预算安排) against a table's yuan, as
    ``tolerance.figure`` allows; ``strict`` fails beyond it (a per-项 statement names
    one row)."""
    exact = Decimal(amount or 0) / 10_000
    verdict = tolerance.figure(stated.wan, exact)
    message = f"line {stated.line} states {label}{wan(stated.wan)}, but {what} is {yuan(amount)}"
    return tolerance.judged(
        check_id,
        verdict,
        message,
        f"line {stated.line} states {label}{wan(stated.wan)} for {what} {yuan(amount)}",
        strict=strict,
        table=table,
        code=code,
        line=stated.line,
    )


def _total(document: Document, table_id: str) -> Amount | None:
    table = document.tables.get(table_id)
    if isinstance(table, CodeTable) and table.total is not None:
        return table.total.get("合计")
    if isinstance(table, TwoSidedTable):
        return _side_total(table.expenditure_total, table.expenditure_columns)
    return None


def _side_total(total: Values | None, columns: tuple[str, ...]) -> Amount | None:
    """A two-sided table's 总计 of one side: its 合计 column, else its first."""
    if total is None or not columns:
        return None
    return total.get("合计" if "合计" in columns else columns[0])


def _totals(document: Document) -> Iterator[Finding]:
    narrative = document.narrative
    pairs = (
        (narrative.budget_total, "finance_summary", "finance_summary 支出总计"),
        (narrative.fiscal_total, "fiscal_summary", "fiscal_summary 支出总计"),
        (narrative.general_public_total, "general_public", "the general_public 合计"),
        (narrative.gov_fund_total, "gov_fund", "the gov_fund 合计"),
    )
    for stated, table_id, what in pairs:
        if stated is not None and table_id in document.tables:
            yield approx_finding("narrative.totals", stated, _total(document, table_id), what)
    income_pairs = (
        (narrative.income_total, "finance_summary", "finance_summary 收入总计"),
        (narrative.fiscal_income, "fiscal_summary", "fiscal_summary 收入总计"),
    )
    for stated, table_id, what in income_pairs:
        table = document.tables.get(table_id)
        if stated is not None and isinstance(table, TwoSidedTable):
            amount = _side_total(table.income_total, table.income_columns)
            yield approx_finding("narrative.totals", stated, amount, what)
    state_capital = document.tables.get("state_capital")
    if narrative.state_capital_total is not None and state_capital is not None:
        amount = _total(document, "state_capital")
        what = "the state_capital 合计"
        yield approx_finding("narrative.totals", narrative.state_capital_total, amount, what)
    funds = [
        table
        for table_id in ("general_public", "gov_fund")
        if isinstance(table := document.tables.get(table_id), CodeTable)
    ]
    if not funds:
        return
    by_name = {fold_name(row.name): row for table in funds for row in table.roots()}
    for figure in narrative.categories:
        row = by_name.get(fold_name(figure.name))
        if row is None:
            yield Finding(
                "narrative.categories",
                False,
                f"line {figure.amount.line} names “{figure.name}”, which is no 类 of the "
                "general_public or gov_fund table",
                strict=False,
                line=figure.amount.line,
            )
            continue
        amount = add(found.value("合计") for t in funds if (found := t.get(row.code)) is not None)
        what = f"类 {row.code} {row.name} in general_public + gov_fund"
        yield approx_finding("narrative.categories", figure.amount, amount, what)


def _sangong(document: Document) -> Iterator[Finding]:
    narrative, sangong = document.narrative, document.sangong
    if sangong is None:
        return
    stated: list[tuple[str, Stated]] = []
    if narrative.sangong_total is not None:
        stated.append(("合计", narrative.sangong_total))
    stated.extend(
        (c.item, c.current)
        for c in narrative.sangong_changes
        if c.item in SANGONG_STATED_ITEMS and c.current
    )
    stated.extend(narrative.sangong_parts.items())
    if narrative.operating_cost is not None:
        stated.append(("机关运行经费", narrative.operating_cost))
    for item, figure in stated:
        what = f"the 三公 table's {item} (line {sangong.line})"
        yield approx_finding("narrative.sangong", figure, sangong[item], what)


def _consistency(check_id: str, change: StatedChange) -> Finding:
    """The direction word against the figure: 持平 has none (or 0), the others one."""
    figure = change.magnitude if change.percent is None else change.percent
    consistent = change.direction != "ambiguous" and (
        (change.direction == "持平") == (figure in (None, 0))
    )
    problem = (
        f"“{change.text}” says both 增加 and 减少"
        if change.direction == "ambiguous"
        else f"“{change.text}” says {change.direction} by {figure}"
    )
    return Finding(
        check_id,
        consistent,
        f"line {change.line}, {change.item}: {problem}",
        strict=False,
        line=change.line,
    )


def _changes(document: Document) -> Iterator[Finding]:
    changes = document.narrative.sangong_changes
    for change in changes:
        yield _consistency("narrative.sangong_changes", change)
    by_item = {change.item: change for change in changes}
    vehicle = [
        by_item.get(item) for item in ("公务用车购置及运行费", "公务用车购置费", "公务用车运行费")
    ]
    if all(change is not None and change.change is not None for change in vehicle):
        yield _sum_of_changes("narrative.sangong_changes", vehicle[0], vehicle[1:])
    total = next((c for c in changes if c.item == "合计"), None)
    items = [c for c in changes if c.item in SANGONG_STATED_ITEMS]
    if total is None or len(items) < 3 or any(c.change is None for c in items):
        return
    summed = sum((c.change for c in items if c.change is not None), Decimal(0))
    if total.change is None:
        hint = "减少" if summed < 0 else "增加" if summed > 0 else "持平"
        message = (
            f"line {total.line}: the total change is ambiguous (“{total.text}”); the items' "
            f"changes add up to {summed:+} 万元, which reads as {hint} {abs(summed)} 万元"
        )
        yield Finding("narrative.sangong_changes", False, message, strict=False, line=total.line)
        return
    stated = total.change
    yield tolerance.judged(
        "narrative.sangong_changes",
        tolerance.total(stated, [c.change for c in items], tolerance.HALF_CENT_OF_WAN / 10_000),
        f"line {total.line}: the total changes by {total.change:+} 万元, but the items' "
        f"changes add up to {summed:+} 万元",
        strict=False,
        line=total.line,
    )


def _sum_of_changes(
    check_id: str, total: StatedChange | None, parts: list[StatedChange | None]
) -> Finding:
    """A stated change against the sum of its parts' changes, within their rounding."""
    assert total is not None and total.change is not None
    present = [part for part in parts if part is not None and part.change is not None]
    summed = sum((part.change for part in present if part.change is not None), Decimal(0))
    message = (
        f"line {total.line}: {total.item} changes by {total.change:+} 万元, but the changes of "
        f"{'、'.join(part.item for part in present)} add up to {summed:+} 万元"
    )
    # A 持平 is an exact zero: it adds no rounding of its own.
    printed = [part.change for part in present if part.magnitude is not None]
    stated = total.change
    if total.magnitude is None and printed:
        first, *rest = printed  # Σ parts = 0 ⇔ −first = Σ the others
        verdict = tolerance.total(-(first or 0), rest)
    else:
        verdict = tolerance.total(stated, printed)
    return tolerance.judged(check_id, verdict, message, strict=False, line=total.line)


def _total_changes(document: Document) -> Iterator[Finding]:
    """Changes stated for the totals: words against figures; funds add up to 财政拨款支出."""
    changes = document.narrative.total_changes
    for change in changes:
        yield _consistency("narrative.total_changes", change)
    by_item = {change.item: change for change in changes}
    fiscal = by_item.get("财政拨款支出预算")
    funds = [by_item.get(item) for item in _FUNDS]
    if (
        fiscal is not None
        and fiscal.change is not None
        and all(fund is not None and fund.change is not None for fund in funds)
        and all(fund is not None and fund.base == fiscal.base for fund in funds)
    ):
        yield _sum_of_changes("narrative.total_changes", fiscal, funds)


def _item_row(document: Document, code: str) -> tuple[str, Row] | None:
    for table_id in ("expenditure", "general_public"):
        table = document.tables.get(table_id)
        if isinstance(table, CodeTable) and (row := table.get(code)) is not None:
            return table_id, row
    return None


def unread_statements(
    document: Document,
    check_id: str,
    about: str | tuple[str, ...] = ("a 类/款/项 statement", "the overall statement"),
) -> Iterator[Finding]:
    """A note for each statement (``about`` what, as its reason starts) that could not be
    read with confidence: listed as not read, its figures unchecked, never read as
    something else."""
    for statement in document.narrative.unread:
        if not statement.reason.startswith(about):
            continue
        note = f"line {statement.line}: “{statement.text}” is not read ({statement.reason})"
        yield Finding(
            check_id,
            True,
            note,
            strict=False,
            line=statement.line,
            note=note,
            instances=0,  # not checked: listed
            note_kind="not read",
        )


def _items(document: Document) -> Iterator[Finding]:
    """Each per-项 statement against the row its names resolve to."""
    yield from unread_statements(document, "narrative.item_codes")
    items = document.narrative.items
    tables = [document.tables.get(table_id) for table_id in ("expenditure", "general_public")]
    if items and not any(isinstance(table, CodeTable) and table.rows for table in tables):
        yield Finding(
            "narrative.item_codes",
            False,
            f"line {items[0].line}: the expenditure and general_public tables have no rows, so "
            f"none of the {len(items)} per-项 statements can be checked against them",
            strict=False,
            line=items[0].line,
        )
        return
    for item in items:
        names = "、".join(
            f"{level} {name}" for level, name in zip("类款项", item.names, strict=False)
        )
        yield Finding(
            "narrative.item_codes",
            item.code is not None,
            f"line {item.line}: no row of the expenditure or general_public table has the names "
            f"{names}, so the statement's figures are not checked",
            strict=False,
            line=item.line,
        )
        found = _item_row(document, item.code) if item.code is not None else None
        if found is None:
            continue
        table_id, row = found
        what = f"{table_id} {row.code} {row.name} (line {row.line}) 合计"
        figures = [(item.amount, "")]
        if item.planned is not None and item.planned.wan != item.amount.wan:
            figures.append((item.planned, "预算安排 "))
        for figure, label in figures:
            # One figure for one row: beyond its rounding the document contradicts itself.
            yield approx_finding(
                "narrative.items",
                figure,
                row.value("合计"),
                what,
                table_id,
                row.code,
                label,
                strict=True,
            )


def _item_change(
    item: ItemFigure, change: StatedChange, before: Decimal, before_half: Decimal
) -> Iterator[Finding]:
    """A per-项 change against this year's and the previous year's figures (``before``,
    printed to ``before_half``): its direction word, its 万元 figure and its percentage,
    each as ``tolerance`` allows. One statement contradicting its own figures fails."""
    this = item.amount.wan
    where = f"line {change.line}, {item.code or '-'.join(item.names[:-1])} {item.names[-1]}"
    figures = f"from {before} to {this} 万元"
    if change.direction == "ambiguous":
        yield _consistency("narrative.item_changes", change)
        return
    sign = {"增加": 1, "减少": -1, "持平": 0}[change.direction]
    difference = this - before
    moved = (difference > 0) - (difference < 0)
    if moved != sign:
        # the figures may still be equal within their rounding (持平, or a tiny change)
        verdict = tolerance.total(this, [before]) if sign == 0 or moved == 0 else "difference"
        yield tolerance.judged(
            "narrative.item_changes",
            verdict,
            f"{where}: “{change.text}”, but {figures} is a change of {difference:+} 万元",
            f"{where}: “{change.text}” {figures}",
            line=change.line,
        )
        return
    if change.magnitude is not None and change.change is not None and item.previous is not None:
        yield tolerance.judged(
            "narrative.item_changes",
            tolerance.total(change.change, [this, -before]),
            f"{where}: “{change.text}”, but {figures} is a change of {difference:+} 万元",
            line=change.line,
        )
    if change.percent is None:
        if change.magnitude is None or item.previous is None:
            yield _consistency("narrative.item_changes", change)
        return
    if before == 0:
        note = (
            f"{where}: {change.direction}{change.percent}% from a base of {before} 万元 "
            "cannot be checked (no percentage follows from a zero base)"
        )
        yield tolerance.judged("narrative.item_changes", "not checkable", note, line=change.line)
        return
    computed = tolerance.rounded(difference / abs(before) * 100, tolerance.places(change.percent))
    verdict = tolerance.percent(
        change.percent * sign,
        difference,
        abs(before),
        tolerance.half_unit(this) + before_half,
        before_half,
    )
    yield tolerance.judged(
        "narrative.item_changes",
        verdict,
        f"{where}: “{change.text}”, but {figures} is {computed:+}%",
        line=change.line,
    )


def _item_changes(document: Document) -> Iterator[Finding]:
    for item in document.narrative.items:
        change = item.change
        if change is None:
            continue
        if item.previous is not None:
            before = item.previous.wan
            yield from _item_change(item, change, before, tolerance.half_unit(before))
        elif change.change is not None and change.magnitude is not None:
            # ``比2025年执行数增加271.14万元，增幅4.88%``: the base is this year less the change
            this = item.amount.wan
            half = tolerance.half_unit(this) + tolerance.half_unit(change.magnitude)
            yield from _item_change(item, change, this - change.change, half)
        else:
            yield _consistency("narrative.item_changes", change)


def _procurement(document: Document) -> Iterator[Finding]:
    procurement = document.narrative.procurement
    if procurement is None or procurement.total is None:
        return
    parts = [procurement.goods, procurement.works, procurement.services]
    where = f"政府采购 total on line {procurement.total.line}"
    yield rounded_sum_finding(
        "narrative.procurement",
        where,
        procurement.total.yuan,
        [part.yuan if part is not None else None for part in parts],
        procurement.total.line,
    )


def _prose_parts(project: Project) -> Iterator[Finding]:
    """A prose project's parts against its 总预算 and its 合计, each printed to 0.01 万元:
    up to (n + 1) × 0.005 万元 apart is rounding (a note), more warns."""
    amounts = [component.amount for component in project.components]
    if not amounts:
        return
    summed = add(amounts)
    for name, label in (("year_budget", "总预算"), ("stated_sum", "合计")):
        stated = getattr(project, name)
        if stated is None:
            continue
        line = project.lines.get(name, project.line)
        where = f"project {project.name} (line {line})"
        difference = abs(Decimal(stated) - Decimal(summed))
        yield tolerance.judged(
            "projects.prose_parts",
            tolerance.total(stated, amounts, tolerance.HALF_CENT_OF_WAN),
            f"{where}: {label} {yuan(stated)}, but its {len(amounts)} parts add up to "
            f"{yuan(summed)}",
            f"{where} {label} differs by {difference} 元",
            strict=False,
            table="projects",
            line=line,
        )


def _projects(document: Document) -> Iterator[Finding]:
    for project in document.projects:
        if project.source == "prose":
            yield from _prose_parts(project)
            continue
        amounts = [component.amount for component in project.components]
        if not any(amount is not None for amount in amounts):
            continue
        summed = add(amounts)
        yield Finding(
            "projects.components",
            same(project.total_budget, summed),
            f"project {project.name} (line {project.lines.get('total_budget', project.line)}): "
            f"项目总预算 {yuan(project.total_budget)}, but its {len(amounts)} components "
            f"add up to {yuan(summed)}",
            table="projects",
            line=project.lines.get("total_budget", project.line),
        )
    performance = document.narrative.performance
    if performance is None or not document.projects:
        return
    budgets = add(project.year_budget or project.total_budget for project in document.projects)
    yield Finding(
        "projects.performance",
        len(document.projects) <= performance.project_count
        and budgets <= performance.amount.yuan + performance.amount.half_step_yuan,
        f"line {performance.line} states {performance.project_count} projects and "
        f"{wan(performance.amount.wan)}, but the {len(document.projects)} projects alone "
        f"budget {yuan(budgets)} ({yuan_of_wan(performance.amount.wan)} stated)",
        strict=False,
        line=performance.line,
    )


_EXPECTED_FACTS: tuple[tuple[str, str, str], ...] = (
    ("三公", "sangong_total", "the 三公 total"),
    ("机关运行", "operating_cost", "the 机关运行经费 figure"),
    ("政府采购", "procurement", "the 政府采购 total"),
    ("绩效", "performance", "the 预算绩效 project count and amount"),
)
"""(word in a 相关情况说明 part's title, Narrative field, what the part should state)."""


def _facts_read(document: Document) -> Iterator[Finding]:
    """A part of 相关情况说明 whose figure could not be read is said, never skipped."""
    for section in document.sections:
        if section.parent is None:
            continue
        for word, name, what in _EXPECTED_FACTS:
            if word in section.title:
                yield Finding(
                    "narrative.facts_read",
                    getattr(document.narrative, name) is not None,
                    f"“{section.title}” (line {section.line}) has no readable {what}",
                    strict=False,
                    line=section.line,
                )


def narrative_findings(document: Document) -> Iterator[Finding]:
    """Narrative figures against the tables, stated changes, 政府采购, and the forms."""
    yield from _facts_read(document)
    yield from _totals(document)
    yield from _total_changes(document)
    yield from _items(document)
    yield from _item_changes(document)
    yield from _sangong(document)
    yield from _changes(document)
    yield from _procurement(document)
    yield from _projects(document)
