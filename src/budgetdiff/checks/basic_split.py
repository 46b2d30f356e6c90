"""The 人员经费 / 公用经费 split of basic expenditure, wherever a budget states it.

Four places state it: the economic table (一般公共预算基本支出经济分类预算表: 合计 |
人员经费 | 公用经费, the reference), the 财务收支预算总表 of a 单位预算 (人员经费 | 公用经费
columns of every fund's 基本支出), the narrative (``一般公共预算基本支出…其中：人员经费…
公用经费…``) and, for 公用经费, the 三公 table's 机关运行经费. What must be equal and what
is only a bound:

- the summary's split covers all funds, the economic table's only 一般公共预算: equal when
  all basic spending is 一般公共预算 (支出预算总表's 基本支出 = 一般公共预算's), else the
  economic table's figure is at most the summary's (``split.summary_economic``);
- the narrative's 一般公共预算基本支出 and its parts equal the economic table's 合计 columns,
  and its parts add up to its total, to its 万元 rounding; a statement of 财政拨款基本支出
  equals them only when no other fund has basic spending (``split.narrative``);
- 机关运行经费 is part of 公用经费 (only the 行政 units' daily 公用经费): a bound, checked by
  ``sangong.operating_cost_bound``.

Which economic classes make up 人员经费 is no identity: 301 and 303 usually, but some
producers put part of 303 under 公用 (杭州's 日常公用支出), so the columns are compared,
never the classes.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from budgetdiff.checks import tolerance
from budgetdiff.checks.findings import Finding, wan, yuan
from budgetdiff.checks.narrative import approx_finding
from budgetdiff.checks.tables import table_half_unit
from budgetdiff.model import BasicSplit, CodeTable, Document, Stated, TwoSidedTable, Values
from budgetdiff.money import Amount

PARTS = ("人员经费", "公用经费")


def split_column(columns: tuple[str, ...], part: str) -> str | None:
    """The column of ``columns`` holding ``part`` (人员经费, or 公用经费 / 日常公用支出)."""
    word = "人员" if part == "人员经费" else "公用"
    return next((column for column in columns if word in column), None)


def _economic(document: Document) -> CodeTable | None:
    table = document.tables.get("economic")
    if isinstance(table, CodeTable) and table.total is not None:
        return table
    return None


def _basic(document: Document, table_id: str) -> Amount | None:
    table = document.tables.get(table_id)
    if isinstance(table, CodeTable) and table.total is not None:
        return table.total.get("基本支出")
    return None


def _summary_economic(document: Document) -> Iterator[Finding]:
    finance, economic = document.tables.get("finance_summary"), _economic(document)
    if not isinstance(finance, TwoSidedTable) or economic is None or economic.total is None:
        return
    totals: Values = finance.expenditure_total or {}
    spent, general = _basic(document, "expenditure"), _basic(document, "general_public")
    all_general = spent is not None and spent == general
    allowed = table_half_unit(finance) + table_half_unit(economic)
    for part in PARTS:
        ours = split_column(finance.expenditure_columns, part)
        theirs = split_column(economic.columns, part)
        if ours is None or theirs is None or not totals:
            continue
        summary, reference = totals.get(ours), economic.total.get(theirs)
        where = (
            f"finance_summary 支出总计 {ours} {yuan(summary)} (line "
            f"{finance.expenditure_total_line})"
        )
        if all_general:
            verdict = tolerance.within(summary or 0, reference or 0, allowed)
            holds, exactly = verdict != "difference", verdict == "equal"
            apart = yuan(abs(Decimal(summary or 0) - Decimal(reference or 0)))
            message = (
                f"{where}, but economic 合计 {theirs} is {yuan(reference)} (line "
                f"{economic.total_line}): {apart} apart, and all basic spending is 一般公共预算"
            )
        else:
            holds = Decimal(reference or 0) <= Decimal(summary or 0) + allowed
            exactly = True
            message = (
                f"economic 合计 {theirs} {yuan(reference)} (line {economic.total_line}) exceeds "
                f"{where}: the 一般公共预算 part of every fund's {part}"
            )
        yield Finding(
            "split.summary_economic",
            holds,
            message,
            table="finance_summary",
            line=finance.expenditure_total_line,
            note=None if exactly else f"finance_summary {ours} vs economic {theirs}",
        )


def _narrative_parts(split: BasicSplit) -> Iterator[Finding]:
    parts = [part for part in (split.personnel, split.public) if part is not None]
    if len(parts) < len(PARTS):
        return
    summed = sum((part.wan for part in parts), Decimal(0))
    yield Finding(
        "split.narrative",
        adds_up(split.total, parts),
        f"line {split.total.line} states {split.scope}基本支出 {wan(split.total.wan)}, but its "
        f"人员经费 and 公用经费 add up to {wan(summed)}",
        strict=False,
        line=split.total.line,
    )


def adds_up(total: Stated, parts: list[Stated]) -> bool:
    """Stated 万元 parts add up to a stated total, within half a printed digit of each."""
    return tolerance.total(total.wan, [part.wan for part in parts]) != "difference"


def _narrative(document: Document) -> Iterator[Finding]:
    split, economic = document.narrative.basic_split, _economic(document)
    if split is None:
        return
    yield from _narrative_parts(split)
    if economic is None or economic.total is None:
        return
    others = (_basic(document, "gov_fund") or 0, _basic(document, "state_capital") or 0)
    if split.scope != "一般公共预算" and any(others):
        return  # 财政拨款 counts 政府性基金 too: the economic table is only a part of it
    stated: list[tuple[str, Stated | None, str | None]] = [
        ("基本支出", split.total, "合计"),
        *(
            (part, figure, split_column(economic.columns, part))
            for part, figure in zip(PARTS, (split.personnel, split.public), strict=True)
        ),
    ]
    for label, figure, column in stated:
        if figure is None or column is None:
            continue
        what = f"economic 合计 {column} (line {economic.total_line})"
        yield approx_finding(
            "split.narrative",
            figure,
            economic.total.get(column),
            what,
            table="economic",
            label=f"{label} ",
        )


def basic_split_findings(document: Document) -> Iterator[Finding]:
    """The 人员经费 / 公用经费 split of the summary and the narrative against the economic
    table's."""
    yield from _summary_economic(document)
    yield from _narrative(document)
