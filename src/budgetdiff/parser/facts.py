"""Facts stated in the prose: totals, per 类 and per 项 figures, 三公 changes,
机关运行经费, 政府采购, 预算绩效.

Figures are kept as printed (万元, with their precision) so that checks can allow
exactly the rounding a printed figure admits. The names of a per-项 statement are
resolved to a code through the expenditure and general_public tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal

from budgetdiff.model import (
    CategoryFigure,
    CodeTable,
    Direction,
    ItemFigure,
    Narrative,
    Paragraph,
    Performance,
    Procurement,
    Section,
    Stated,
    StatedChange,
    Table,
)
from budgetdiff.parser.prose import LIST_ITEM
from budgetdiff.text import fold_name

NUM = r"(\d[\d,]*(?:\.\d+)?)"
_TOTALS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, label, re.compile(pattern + r"\s*" + NUM + r"\s*万元"))
    for name, label, pattern in (
        ("income_total", "收入预算", r"(?<!拨款)收入预算"),
        ("fiscal_income", "财政拨款收入", r"财政拨款收入"),
        ("budget_total", "支出预算", r"(?:预算支出总额为|(?<![拨款项目基本])支出预算)"),
        ("fiscal_total", "财政拨款支出预算", r"财政拨款支出预算"),
        ("general_public_total", "一般公共预算拨款支出预算", r"一般公共预算拨款支出预算"),
        ("gov_fund_total", "政府性基金拨款支出预算", r"政府性基金(?:预算)?拨款支出预算"),
        ("state_capital_total", "国有资本经营预算拨款支出预算", r"国有资本经营预算拨款支出预算"),
    )
)
"""(Narrative field, the total's name, its pattern): the totals of 预算编制说明."""
_CATEGORY = re.compile(r"“([^”]+)”科目\s*" + NUM + r"\s*万元")
_NAME_JOINER = re.compile(r"\s*[-－–—]\s*")
_ITEM = re.compile(
    r"“(?P<lei>[^”]+?)[（(]类[）)](?P<kuan>[^”]+?)[（(]款[）)]"
    r"(?:(?P<xiang>[^”]+?)[（(]项[）)])?”\s*(?:科目\s*)?(?P<amount>\d[\d,]*(?:\.\d+)?)\s*万元"
)
_ITEM_PREVIOUS = re.compile(r"\d{4}\s*年(?:当年)?预算执行数为?\s*" + NUM + r"\s*万元")
_ITEM_PLANNED = re.compile(r"\d{4}\s*年预算安排\s*" + NUM + r"\s*万元")
_CHANGE = re.compile(
    r"(?:比|较|与)\s*(?P<year>\d{4})\s*年度?(?P<base>(?:当年)?预算(?:执行数|数)?)?\s*"
    r"(?P<dir>(?:增加|减少|增长|下降|持平|相同|减)+)\s*"
    r"(?:(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|[%％]))?"
)
_LIST_START = LIST_ITEM
_ITEM_START = re.compile(r"^\d+[.．、](?!\d)\s*“")
_SENTENCE_END = tuple("。；！？;!?：:")
_ENUMERATION = re.compile(r"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)")
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
        r"(?:面向小微企业预留政府采购项目预算金额|预留给小型和微型企业的政府采购项目预算(?:金额)?为?)"
        r"\s*" + NUM + r"\s*万元"
    ),
}
_PERFORMANCE = re.compile(
    r"(?:实行绩效目标管理|编报绩效目标)的项目共?\s*(\d+)\s*个.{0,8}?"
    r"涉及(?:项目)?预算(?:金额|资金)\s*" + NUM + r"\s*万元"
)
_PERFORMANCE_UNITS = re.compile(r"(\d+)\s*个预算单位")


def _stated(match: re.Match[str] | None, group: int | str, paragraph: Paragraph) -> Stated | None:
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


def _joined(paragraphs: Iterable[Paragraph]) -> list[Paragraph]:
    """The paragraphs with those a line break cut mid-sentence joined again.

    A paragraph that does not end a sentence continues into the next one unless
    that one starts a list item (``28.89%`` does not: it is a figure). A numbered
    per-项 statement takes every paragraph up to the next list item.
    """
    result: list[Paragraph] = []
    in_item = False
    for paragraph in paragraphs:
        text = paragraph.text
        starts_list = _LIST_START.match(text) is not None
        if result and not starts_list and (in_item or not result[-1].text.endswith(_SENTENCE_END)):
            result[-1] = _concatenated(result[-1], paragraph)
            continue
        in_item = _ITEM_START.match(text) is not None
        result.append(paragraph)
    return result


def _concatenated(first: Paragraph, second: Paragraph) -> Paragraph:
    offset = len(first.text)
    return Paragraph(
        first.text + second.text,
        first.line,
        (*first.lines, *second.lines),
        (*first.starts, *(offset + start for start in second.starts)),
    )


def _change_at(
    item: str, current: Stated | None, paragraph: Paragraph, match: re.Match[str] | None
) -> StatedChange | None:
    if match is None:
        return None
    words = {_DIRECTION[word] for word in _WORDS.findall(match.group("dir"))}
    direction: Direction = words.pop() if len(words) == 1 else "ambiguous"
    figure = match.group("figure")
    value = Decimal(figure.replace(",", "")) if figure else None
    percent = match.group("unit") in ("%", "％")
    return StatedChange(
        item=item,
        current=current,
        direction=direction,
        magnitude=None if percent else value,
        prior_year=int(match.group("year")),
        text=match.group(0),
        line=paragraph.line_at(match.start()),
        base=match.group("base"),
        percent=value if percent else None,
    )


def stated_change(item: str, current: Stated | None, paragraph: Paragraph) -> StatedChange | None:
    """The year-over-year change stated in ``paragraph`` for ``item``, if any."""
    return _change_at(item, current, paragraph, _CHANGE.search(paragraph.text))


def _change_after(
    item: str, current: Stated | None, paragraph: Paragraph, end: int
) -> StatedChange | None:
    """The change stated right after a figure ending at ``end`` (``…万元，比2023年预算减少…``)."""
    position = end
    while position < len(paragraph.text) and paragraph.text[position] in "，,、 \u3000":
        position += 1
    return _change_at(item, current, paragraph, _CHANGE.match(paragraph.text, position))


def _sangong_facts(
    section: Section,
) -> tuple[Stated | None, list[StatedChange], dict[str, Stated]]:
    total: Stated | None = None
    changes: list[StatedChange] = []
    part_changes: list[StatedChange] = []
    parts: dict[str, Stated] = {}
    for index, paragraph in enumerate(_joined(section.paragraphs)):
        text = _ENUMERATION.sub("", unicodedata.normalize("NFKC", paragraph.text))
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
            if name in parts or (match := pattern.search(paragraph.text)) is None:
                continue
            parts[name] = stated = Stated(_wan(match.group(1)), paragraph.line_at(match.start(1)))
            if (change := _change_after(name, stated, paragraph, match.end())) is not None:
                part_changes.append(change)
    return total, changes + part_changes, parts


def _wan(figure: str) -> Decimal:
    return Decimal(figure.replace(",", ""))


def _totals(
    paragraphs: list[Paragraph],
) -> tuple[dict[str, Stated | None], tuple[StatedChange, ...]]:
    """The totals of 预算编制说明 and the change stated right after each."""
    totals: dict[str, Stated | None] = {}
    changes: list[StatedChange] = []
    for name, label, pattern in _TOTALS:
        totals[name] = None
        for paragraph in paragraphs:
            if (match := pattern.search(paragraph.text)) is not None:
                totals[name] = stated = _stated(match, 1, paragraph)
                if (change := _change_after(label, stated, paragraph, match.end())) is not None:
                    changes.append(change)
                break
    changes.sort(key=lambda change: change.line)
    return totals, tuple(changes)


def _resolve(names: tuple[str, ...], tables: Mapping[str, Table]) -> str | None:
    """The code that 类, 款 (and 项) names name in the expenditure or general_public table."""
    for table_id in ("expenditure", "general_public"):
        table = tables.get(table_id)
        if not isinstance(table, CodeTable):
            continue
        row = None
        for name in names:
            folded = fold_name(name)
            found = [child for child in table.children(row) if fold_name(child.name) == folded]
            if len(found) != 1:
                row = None
                break
            row = found[0]
        if row is not None:
            return row.code
    return None


def _figures(
    paragraphs: list[Paragraph], tables: Mapping[str, Table]
) -> tuple[tuple[CategoryFigure, ...], tuple[ItemFigure, ...]]:
    """The 类 figures (``“住房保障支出”科目250万元``) and per-项 statements."""
    categories: list[CategoryFigure] = []
    items: list[ItemFigure] = []
    for paragraph in paragraphs:
        matches: list[tuple[re.Match[str], tuple[str, ...], int | str]] = []
        for match in _ITEM.finditer(paragraph.text):
            marked = (match.group("lei"), match.group("kuan"), match.group("xiang"))
            matches.append((match, tuple(name.strip() for name in marked if name), "amount"))
        for match in _CATEGORY.finditer(paragraph.text):
            names: tuple[str, ...] = tuple(_NAME_JOINER.split(match.group(1).strip()))
            if len(names) == 1:
                stated = Stated(_wan(match.group(2)), paragraph.line_at(match.start(2)))
                categories.append(CategoryFigure(match.group(1), stated))
            else:
                matches.append((match, names, 2))
        matches.sort(key=lambda found: found[0].start())
        for index, (match, names, group) in enumerate(matches):
            end = matches[index + 1][0].start() if index + 1 < len(matches) else None
            items.append(_item(paragraph, match, group, names, end, tables))
    return tuple(categories), tuple(items)


def _item(
    paragraph: Paragraph,
    match: re.Match[str],
    group: int | str,
    names: tuple[str, ...],
    end: int | None,
    tables: Mapping[str, Table],
) -> ItemFigure:
    """The statement of ``match``, its figures read up to ``end`` (where the next begins)."""
    text = paragraph.text[:end]
    amount = Stated(_wan(match.group(group)), paragraph.line_at(match.start(group)))
    previous = _stated(_ITEM_PREVIOUS.search(text, match.end()), 1, paragraph)
    planned = _stated(_ITEM_PLANNED.search(text, match.end()), 1, paragraph)
    label = "-".join(names)
    return ItemFigure(
        names=names,
        code=_resolve(names, tables),
        amount=amount,
        line=paragraph.line_at(match.start()),
        planned=planned,
        previous=previous,
        change=_change_at(label, amount, paragraph, _CHANGE.search(text, match.end())),
    )


def narrative_facts(sections: Iterable[Section], tables: Mapping[str, Table]) -> Narrative:
    """The figures the budget narrative and 相关情况说明 state; names resolved by ``tables``."""
    sections = list(sections)
    notes = [p for s in sections if s.title.endswith("预算编制说明") for p in _joined(s.paragraphs)]
    related = [p for s in sections if s.parent is not None for p in _joined(s.paragraphs)]
    sangong_section = next((s for s in sections if s.parent and "三公" in s.title), None)
    total, changes, parts = _sangong_facts(sangong_section) if sangong_section else (None, [], {})
    totals, total_changes = _totals(notes)
    categories, items = _figures(notes, tables)
    procurement_parts = {name: _first(pattern, related) for name, pattern in _PROCUREMENT.items()}
    performance: Performance | None = None
    for paragraph in related:
        if (match := _PERFORMANCE.search(paragraph.text)) is not None:
            amount = _stated(match, 2, paragraph)
            assert amount is not None
            units = _PERFORMANCE_UNITS.search(paragraph.text)
            performance = Performance(
                int(match.group(1)),
                amount,
                paragraph.line_at(match.start()),
                int(units.group(1)) if units else None,
            )
            break
    return Narrative(
        budget_total=totals["budget_total"],
        fiscal_total=totals["fiscal_total"],
        general_public_total=totals["general_public_total"],
        gov_fund_total=totals["gov_fund_total"],
        income_total=totals["income_total"],
        fiscal_income=totals["fiscal_income"],
        state_capital_total=totals["state_capital_total"],
        categories=categories,
        total_changes=total_changes,
        items=items,
        sangong_total=total,
        sangong_changes=tuple(changes),
        sangong_parts=parts,
        operating_cost=_first(_OPERATING, related),
        procurement=Procurement(**procurement_parts) if any(procurement_parts.values()) else None,
        performance=performance,
    )
