"""Facts stated in the prose: totals, per 类 and per 项 figures, 三公 changes,
机关运行经费, 政府采购, 预算绩效.

Figures are kept as printed (万元, with their precision) so that checks can allow
exactly the rounding a printed figure admits. The names of a per-项 statement are
resolved to a code through the expenditure and general_public tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import NamedTuple

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
    UnparsedLine,
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
_CATEGORY = re.compile(r"[“\"]([^”\"]+)[”\"]\s*科目\s*" + NUM + r"\s*万元")
_NAME_JOINER = re.compile(r"\s*[-－–—]\s*")
LEVELS = ("类", "款", "项")
_MARK = re.compile(r"[（(]\s*(?P<code>\d{2,7})?\s*(?P<level>[类款项])?\s*[）)]")
"""A level mark after a name: ``（类）``, ``(款)``, ``（204类）``, ``（06款）``, ``（2040601）``."""
_LEVEL_OF_CODE = {3: "类", 5: "款", 7: "项"}
_NAME_BOUNDARY = frozenset('。；;：:，,“”"「」！？!?\t')
_LONGEST_NAME = 40
_NAME_PREFIX = re.compile(
    r"^\s*(?:\d+\s*[.．、](?!\d)|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+、)?\s*"
)
"""A list number before the first name (``1.``, ``（1）``, ``（一）``, ``一、``)."""
_NUMBER_BEFORE_QUOTE = re.compile(
    r"(?:^|(?<=[。；;：:，,\s]))(\d+\s*[.．、](?!\d)|[（(]\s*[一二三四五六七八九十\d]+\s*[）)])"
    r"\s*[“\"「]$"
)
_ITEM_AMOUNT = re.compile(
    r"\s*[”\"」]?\s*(?:科目)?\s*(?P<spent>支出)?\s*[，,]?\s*"
    r"(?:\d{4}\s*年度?\s*)?(?:(?:预算数|预算安排数?|预算金额|预算|安排)\s*(?:为|是)?\s*)?"
    r"(?P<amount>\d[\d,]*(?:\.\d+)?)\s*万元"
)
"""What follows a statement's names up to its amount: ``”科目43.83万元``, ``”25.77万元``,
``支出 3,233.03 万元``, ``2026年预算数为5,826.21万元``."""
_ITEM_PREVIOUS = re.compile(r"\d{4}\s*年度?(?:当年)?(?:预算)?执行数为?\s*" + NUM + r"\s*万元")
_ITEM_PLANNED = re.compile(r"\d{4}\s*年预算安排\s*" + NUM + r"\s*万元")
_CHANGE = re.compile(
    r"(?:比|较|与)\s*(?P<year>\d{4})\s*年度?(?P<base>(?:当年)?(?:预算执行数|预算数|预算|执行数))?\s*"
    r"(?P<dir>(?:增加|减少|增长|下降|持平|相同|减)+)\s*"
    r"(?:(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|[%％]))?"
    r"(?:\s*[，,]\s*(?P<pdir>增幅|增长|增加|减幅|降幅|下降|减少)\s*(?P<pct>\d[\d,]*(?:\.\d+)?)\s*[%％])?"
)
_LIST_START = LIST_ITEM
_ITEM_START = re.compile(
    r"^(?:\d+[.．、](?!\d)|[（(]\d+[）)])\s*(?:[“\"]|[^。；]{0,40}?[（(]\s*\d*\s*[类款])"
)
_SENTENCE_END = tuple("。；！？;!?：:")
_ENUMERATION = re.compile(r"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)")
_WORDS = re.compile(r"增加|增长|增幅|减少|下降|减幅|降幅|持平|相同|减")
_DIRECTION: dict[str, Direction] = {
    "增加": "增加",
    "增长": "增加",
    "增幅": "增加",
    "减少": "减少",
    "下降": "减少",
    "减幅": "减少",
    "降幅": "减少",
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
    said = match.group("dir") + (match.group("pdir") or "")
    words = {_DIRECTION[word] for word in _WORDS.findall(said)}
    direction: Direction = words.pop() if len(words) == 1 else "ambiguous"
    figure = match.group("figure")
    value = Decimal(figure.replace(",", "")) if figure else None
    percent = match.group("unit") in ("%", "％")
    also = match.group("pct")  # ``增加271.14万元，增幅4.88%``: both figures
    return StatedChange(
        item=item,
        current=current,
        direction=direction,
        magnitude=None if percent else value,
        prior_year=int(match.group("year")),
        text=match.group(0),
        line=paragraph.line_at(match.start()),
        base=match.group("base"),
        percent=value if percent else Decimal(also.replace(",", "")) if also else None,
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


class Chain(NamedTuple):
    """类/款/项 names, each followed by its level mark, printed one after another:
    ``一般公共服务支出（类）统计信息事务（款）专项普查活动（项）``, ``公共安全支出（204类）
    司法（06款）行政运行（01项）``. ``start`` is where the first name (or its list number)
    begins, ``end`` where the last mark ends; ``codes`` are the digits printed in each
    mark (None where none are), ``numbered`` whether a list number stands before it."""

    start: int
    end: int
    names: tuple[str, ...]
    levels: tuple[str, ...]
    codes: tuple[str | None, ...]
    numbered: bool

    def full_code(self, parent: str | None = None) -> str | None:
        """The code the printed digits give (``204`` + ``06`` + ``01`` = ``2040601``), from
        ``parent``'s code when the chain starts below 类; None when none are printed;
        ``""`` when they disagree (a 款's five digits that do not extend its 类's three)."""
        if not any(self.codes):
            return None
        code = parent or ""
        for level, digits in zip(self.levels, self.codes, strict=True):
            width = 3 + 2 * LEVELS.index(level)  # 类 204, 款 20406, 项 2040601
            if digits is None:
                continue  # a level printed without its code
            if len(digits) == width and digits.startswith(code):
                code = digits
            elif width > 3 and len(digits) == 2 and len(code) == width - 2:
                code += digits
            elif width > 3 and len(digits) == 2 and not code:
                return None  # ``（06款）`` under a 类 printed without its code: names only
            else:
                return ""
        return code if len(code) == 3 + 2 * LEVELS.index(self.levels[-1]) else None


def chain_problem(chain: Chain, levels: tuple[str, ...], code: str | None) -> str | None:
    """Why ``chain`` (read as ``levels``, its ``code`` worked out) heads no statement that
    can be read with confidence: levels not 类, 款 (and 项) in order, or codes that disagree."""
    if levels not in (LEVELS[:2], LEVELS):
        return f"its levels {'、'.join(chain.levels)} are not 类, 款 (and 项) in order"
    if code == "":
        return f"its codes {'、'.join(c or '-' for c in chain.codes)} disagree"
    return None


def level_chains(text: str) -> Iterator[Chain]:
    """The 类/款/项 chains of ``text`` (see ``Chain``), in order."""
    current: Chain | None = None
    for mark in _MARK.finditer(text):
        digits, level = mark.group("code"), mark.group("level")
        if level is None:
            if digits is None or len(digits) not in _LEVEL_OF_CODE:
                continue  # a bracket of the name, ``（室）``, or a number
            level = _LEVEL_OF_CODE[len(digits)]
        since = current.end if current is not None else 0
        cut = mark.start()
        while cut > since and text[cut - 1] not in _NAME_BOUNDARY:
            cut -= 1
        name = text[cut : mark.start()]
        joined = current is not None and cut == current.end and bool(name.strip())
        if joined and current is not None:
            current = Chain(
                current.start,
                mark.end(),
                (*current.names, _squeezed(name)),
                (*current.levels, level),
                (*current.codes, digits),
                current.numbered,
            )
            continue
        if current is not None:
            yield current
        prefix = _NAME_PREFIX.match(name)
        numbered = prefix is not None and bool(prefix.group().strip())
        name = name[prefix.end() :] if prefix is not None else name
        if not numbered and (quoted := _NUMBER_BEFORE_QUOTE.search(text, 0, cut)) is not None:
            cut, numbered = quoted.start(1), True  # ``1、“一般公共服务支出（类）…”``
        if "、" in name:  # ``教育（类）、科学技术（类）``: the name after the list's comma
            name, numbered = name[name.rindex("、") + 1 :], False
        current = Chain(cut, mark.end(), (_squeezed(name),), (level,), (digits,), numbered)
    if current is not None:
        yield current


def _squeezed(name: str) -> str:
    return "".join(name.split())


def _statement_text(paragraph: Paragraph, start: int) -> str:
    text = paragraph.text[start : start + 60]
    return text + "…" if len(paragraph.text) > start + 60 else text


def _figures(
    paragraphs: list[Paragraph], tables: Mapping[str, Table]
) -> tuple[tuple[CategoryFigure, ...], tuple[ItemFigure, ...], tuple[UnparsedLine, ...]]:
    """The 类 figures (``“住房保障支出”科目250万元``), the per-项 statements, and the
    statements naming 类/款/项 that could not be read with confidence."""
    categories: list[CategoryFigure] = []
    items: list[ItemFigure] = []
    unread: list[UnparsedLine] = []
    context: tuple[str, str | None] | None = None  # a 类 heading over 款/项 statements
    for paragraph in paragraphs:
        text = paragraph.text
        if re.match(r"^[一二三四五六七八九十]+、", text):
            context = None
        found: list[tuple[int, int, tuple[str, ...], str | None, int, Stated]] = []
        for chain in level_chains(text):
            amount = _ITEM_AMOUNT.match(text, chain.end)
            line = paragraph.line_at(chain.start)
            levels = chain.levels
            if levels == ("类",):
                name = chain.names[0]
                if amount is None:
                    if not text[chain.end :].strip(" 。:："):
                        context = (name, chain.full_code())  # a heading: （一）…支出（类）
                    continue
                if amount.group("spent") and not name.endswith("支出"):
                    name += "支出"  # 一般公共服务（类）支出 … 万元
                stated = Stated(_wan(amount.group("amount")), paragraph.line_at(amount.start(2)))
                categories.append(CategoryFigure(name, stated))
                continue
            names, parent = chain.names, None
            if levels[0] == "款" and context is not None:
                names, parent = (context[0], *names), context[1]
                levels = ("类", *levels)
            code = chain.full_code(parent)
            reason = chain_problem(chain, levels, code)
            if reason is None and amount is None:
                reason = "no 万元 amount follows its names"
            if reason is None and not all(names):
                reason = "a level mark has no name before it"
            if reason is not None:
                statement = _statement_text(paragraph, chain.start)
                unread.append(UnparsedLine(line, statement, f"a 类/款/项 statement: {reason}"))
                continue
            assert amount is not None
            stated = Stated(_wan(amount.group("amount")), paragraph.line_at(amount.start(2)))
            found.append((chain.start, amount.end(), names, code, line, stated))
        for match in _CATEGORY.finditer(text):
            if next(level_chains(match.group(1)), None) is not None:
                continue  # the quoted names of a chain, read above
            names_: tuple[str, ...] = tuple(_NAME_JOINER.split(match.group(1).strip()))
            stated = Stated(_wan(match.group(2)), paragraph.line_at(match.start(2)))
            if len(names_) == 1:
                categories.append(CategoryFigure(match.group(1), stated))
            else:
                line = paragraph.line_at(match.start())
                found.append((match.start(), match.end(), names_, None, line, stated))
        found.sort(key=lambda statement: statement[0])
        for index, (_, after, names, code, line, stated) in enumerate(found):
            end = found[index + 1][0] if index + 1 < len(found) else None
            items.append(_item(paragraph, after, end, names, code, line, stated, tables))
    return tuple(categories), tuple(items), tuple(unread)


def _item(
    paragraph: Paragraph,
    after: int,
    end: int | None,
    names: tuple[str, ...],
    code: str | None,
    line: int,
    amount: Stated,
    tables: Mapping[str, Table],
) -> ItemFigure:
    """A per-项 statement: its figures read from ``after`` (its amount's end) up to
    ``end`` (where the next begins); its code as printed when a table has it under the
    printed name, else the one its names resolve to."""
    text = paragraph.text[:end]
    previous = _stated(_ITEM_PREVIOUS.search(text, after), 1, paragraph)
    planned = _stated(_ITEM_PLANNED.search(text, after), 1, paragraph)
    label = "-".join(names)
    return ItemFigure(
        names=names,
        code=_printed_code(code, names, tables) if code else _resolve(names, tables),
        amount=amount,
        line=line,
        planned=planned,
        previous=previous,
        change=_change_at(label, amount, paragraph, _CHANGE.search(text, after)),
    )


def _printed_code(code: str, names: tuple[str, ...], tables: Mapping[str, Table]) -> str | None:
    """``code`` when a table's row of that code bears the last printed name (else None:
    the names and the code disagree, and the statement names no row for certain)."""
    for table_id in ("expenditure", "general_public"):
        table = tables.get(table_id)
        if isinstance(table, CodeTable) and (row := table.get(code)) is not None:
            return code if fold_name(row.name) == fold_name(names[-1]) else None
    return None


def narrative_facts(sections: Iterable[Section], tables: Mapping[str, Table]) -> Narrative:
    """The figures the budget narrative and 相关情况说明 state; names resolved by ``tables``."""
    sections = list(sections)
    notes = [p for s in sections if s.title.endswith("预算编制说明") for p in _joined(s.paragraphs)]
    related = [p for s in sections if s.parent is not None for p in _joined(s.paragraphs)]
    sangong_section = next((s for s in sections if s.parent and "三公" in s.title), None)
    total, changes, parts = _sangong_facts(sangong_section) if sangong_section else (None, [], {})
    totals, total_changes = _totals(notes)
    categories, items, unread = _figures(notes, tables)
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
        unread=unread,
    )
