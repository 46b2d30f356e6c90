"""Identities between the prose and the tables, and inside the performance forms.

Narrative figures are rounded 万元: a figure passes when it is within half of
its last printed digit of the table's yuan (19,483 万元 for 194,829,473 元).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from budgetdiff.checks.findings import Finding, add, same, wan, yuan
from budgetdiff.checks.sangong import rounded_sum_finding
from budgetdiff.model import CodeTable, Document, Stated, TwoSidedTable
from budgetdiff.money import Amount, yuan_of_wan
from budgetdiff.text import fold_name

HALF_CENT = Decimal("0.005")


def approx_finding(check_id: str, stated: Stated, amount: Amount | None, what: str) -> Finding:
    """A stated 万元 figure against a table's yuan, within its printed rounding."""
    # The table's figure rounds half-up to the stated one exactly when it lies in
    # [stated - half a printed digit, stated + half a printed digit).
    difference = Decimal(amount or 0) - Decimal(stated.yuan)
    half = stated.half_step_yuan
    return Finding(
        check_id,
        -half <= difference < half,
        f"line {stated.line} states {wan(stated.wan)}, but {what} is {yuan(amount)}",
        strict=False,
        line=stated.line,
    )


def _total(document: Document, table_id: str) -> Amount | None:
    table = document.tables.get(table_id)
    if isinstance(table, CodeTable) and table.total is not None:
        return table.total.get("合计")
    if isinstance(table, TwoSidedTable) and table.expenditure_total is not None:
        columns = table.expenditure_columns
        return table.expenditure_total.get("合计" if "合计" in columns else columns[0])
    return None


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
        (c.item, c.current) for c in narrative.sangong_changes if c.item != "合计" and c.current
    )
    stated.extend(narrative.sangong_parts.items())
    if narrative.operating_cost is not None:
        stated.append(("机关运行经费", narrative.operating_cost))
    for item, figure in stated:
        what = f"the 三公 table's {item} (line {sangong.line})"
        yield approx_finding("narrative.sangong", figure, sangong[item], what)


def _changes(document: Document) -> Iterator[Finding]:
    changes = document.narrative.sangong_changes
    for change in changes:
        consistent = change.direction != "ambiguous" and (
            (change.direction == "持平") == (change.magnitude in (None, 0))
        )
        problem = (
            f"“{change.text}” says both 增加 and 减少"
            if change.direction == "ambiguous"
            else f"“{change.text}” says {change.direction} by {change.magnitude}"
        )
        yield Finding(
            "narrative.sangong_changes",
            consistent,
            f"line {change.line}, {change.item}: {problem}",
            strict=False,
            line=change.line,
        )
    total = next((c for c in changes if c.item == "合计"), None)
    items = [c for c in changes if c.item != "合计"]
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
    tolerance = HALF_CENT * (len(items) + 1)
    yield Finding(
        "narrative.sangong_changes",
        abs(total.change - summed) <= tolerance,
        f"line {total.line}: the total changes by {total.change:+} 万元, but the items' "
        f"changes add up to {summed:+} 万元",
        strict=False,
        line=total.line,
    )


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


def _projects(document: Document) -> Iterator[Finding]:
    for project in document.projects:
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
        f"{wan(performance.amount.wan)}, but the {len(document.projects)} forms alone "
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
    yield from _sangong(document)
    yield from _changes(document)
    yield from _procurement(document)
    yield from _projects(document)
