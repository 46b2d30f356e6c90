"""Facts stated in the prose: totals per 类, 三公 changes, 机关运行经费, 政府采购, 预算绩效.

Figures are kept as printed (万元, with their precision) so that checks can allow
exactly the rounding a printed figure admits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from budgetdiff.model import (
    CategoryFigure,
    Direction,
    Narrative,
    Paragraph,
    Performance,
    Procurement,
    Section,
    Stated,
    StatedChange,
)

NUM = r"(\d[\d,]*(?:\.\d+)?)"
_BUDGET_TOTAL = re.compile(r"预算支出总额为\s*" + NUM + r"\s*万元")
_FISCAL_TOTAL = re.compile(r"财政拨款支出预算\s*" + NUM + r"\s*万元")
_GENERAL_PUBLIC = re.compile(r"一般公共预算拨款支出预算\s*" + NUM + r"\s*万元")
_GOV_FUND = re.compile(r"政府性基金(?:预算)?拨款支出预算\s*" + NUM + r"\s*万元")
_CATEGORY = re.compile(r"“([^”]+)”科目\s*" + NUM + r"\s*万元")
_CHANGE = re.compile(
    r"(?:比|较|与)\s*(?P<year>\d{4})\s*年度?(?:预算数?)?\s*"
    r"(?P<dir>(?:增加|减少|增长|下降|持平|相同|减)+)\s*(?:" + NUM + r"\s*万元)?"
)
_WORDS = re.compile(r"增加|增长|减少|下降|持平|相同|减")
_DIRECTION: dict[str, Direction] = {
    "增加": "增加",
    "增长": "增加",
    "减少": "减少",
    "下降": "减少",
    "减": "减少",
    "持平": "持平",
    "相同": "持平",
}
SANGONG_STATED_ITEMS = ("因公出国（境）费", "公务接待费", "公务用车购置及运行费")
_FIRST_AMOUNT = re.compile(r"为\s*" + NUM + r"\s*万元")
_OPERATING = re.compile(r"机关运行经费(?:财政拨款)?预算(?:数)?(?:为)?\s*" + NUM + r"\s*万元")
_PARTS = {
    "公务用车购置费": re.compile(r"公务用车购置费(?:预算)?\s*" + NUM + r"\s*万元"),
    "公务用车运行费": re.compile(r"公务用车运行费(?:预算)?\s*" + NUM + r"\s*万元"),
}
_PROCUREMENT = {
    "total": re.compile(r"政府采购预算\s*" + NUM + r"\s*万元"),
    "goods": re.compile(r"政府采购货物预算\s*" + NUM + r"\s*万元"),
    "works": re.compile(r"政府采购工程预算\s*" + NUM + r"\s*万元"),
    "services": re.compile(r"政府采购服务预算\s*" + NUM + r"\s*万元"),
    "sme_reserved": re.compile(r"面向中小企业预留政府采购项目预算金额\s*" + NUM + r"\s*万元"),
    "small_micro_reserved": re.compile(
        r"面向小微企业预留政府采购项目预算金额\s*" + NUM + r"\s*万元"
    ),
}
_PERFORMANCE = re.compile(
    r"实行绩效目标管理的项目\s*(\d+)\s*个.{0,8}?涉及预算金额\s*" + NUM + r"\s*万元"
)


def _stated(match: re.Match[str] | None, group: int, paragraph: Paragraph) -> Stated | None:
    """The figure in ``group`` of ``match``, with the line it is printed on."""
    if match is None:
        return None
    figure = Decimal(match.group(group).replace(",", ""))
    return Stated(figure, paragraph.line_at(match.start(group)))


def _first(pattern: re.Pattern[str], paragraphs: Iterable[Paragraph]) -> Stated | None:
    for paragraph in paragraphs:
        if (match := pattern.search(paragraph.text)) is not None:
            return _stated(match, 1, paragraph)
    return None


def stated_change(item: str, current: Stated | None, paragraph: Paragraph) -> StatedChange | None:
    """The year-over-year change stated in ``paragraph`` for ``item``, if any."""
    match = _CHANGE.search(paragraph.text)
    if match is None:
        return None
    words = {_DIRECTION[word] for word in _WORDS.findall(match.group("dir"))}
    direction: Direction = words.pop() if len(words) == 1 else "ambiguous"
    magnitude = match.group(3)
    return StatedChange(
        item=item,
        current=current,
        direction=direction,
        magnitude=Decimal(magnitude.replace(",", "")) if magnitude else None,
        prior_year=int(match.group("year")),
        text=match.group(0),
        line=paragraph.line_at(match.start()),
    )


def _sangong_facts(
    section: Section,
) -> tuple[Stated | None, list[StatedChange], dict[str, Stated]]:
    total: Stated | None = None
    changes: list[StatedChange] = []
    parts: dict[str, Stated] = {}
    for index, paragraph in enumerate(section.paragraphs):
        text = unicodedata.normalize("NFKC", paragraph.text)
        item = next(
            (
                name
                for name in SANGONG_STATED_ITEMS
                if text.startswith(unicodedata.normalize("NFKC", name))
            ),
            None,
        )
        if item is None and index == 0:
            total = _stated(_FIRST_AMOUNT.search(paragraph.text), 1, paragraph)
            if (change := stated_change("合计", total, paragraph)) is not None:
                changes.append(change)
        elif item is not None:
            current = _stated(re.search(NUM + r"\s*万元", paragraph.text), 1, paragraph)
            if (change := stated_change(item, current, paragraph)) is not None:
                changes.append(change)
        for name, pattern in _PARTS.items():
            if name not in parts and (
                stated := _stated(pattern.search(paragraph.text), 1, paragraph)
            ):
                parts[name] = stated
    return total, changes, parts


def narrative_facts(sections: Iterable[Section]) -> Narrative:
    """The figures the budget narrative and 相关情况说明 state."""
    sections = list(sections)
    notes = [p for s in sections if s.title.endswith("预算编制说明") for p in s.paragraphs]
    related = [p for s in sections if s.parent is not None for p in s.paragraphs]
    sangong_section = next((s for s in sections if s.parent and "三公" in s.title), None)
    total, changes, parts = _sangong_facts(sangong_section) if sangong_section else (None, [], {})
    categories = tuple(
        CategoryFigure(match.group(1), stated)
        for p in notes
        for match in _CATEGORY.finditer(p.text)
        if (stated := _stated(match, 2, p)) is not None
    )
    procurement_parts = {name: _first(pattern, related) for name, pattern in _PROCUREMENT.items()}
    performance: Performance | None = None
    for paragraph in related:
        if (match := _PERFORMANCE.search(paragraph.text)) is not None:
            amount = _stated(match, 2, paragraph)
            assert amount is not None
            performance = Performance(int(match.group(1)), amount, paragraph.line_at(match.start()))
            break
    return Narrative(
        budget_total=_first(_BUDGET_TOTAL, notes),
        fiscal_total=_first(_FISCAL_TOTAL, notes),
        general_public_total=_first(_GENERAL_PUBLIC, notes),
        gov_fund_total=_first(_GOV_FUND, notes),
        categories=categories,
        sangong_total=total,
        sangong_changes=tuple(changes),
        sangong_parts=parts,
        operating_cost=_first(_OPERATING, related),
        procurement=Procurement(**procurement_parts) if any(procurement_parts.values()) else None,
        performance=performance,
    )
