"""Facts stated in the narrative of final accounts (决算情况说明).

The prose is read with its white space removed (the PDF breaks lines inside figures'
sentences and spaces figures from their units), each character keeping its line.
Read: the document totals and shares (收入支出总计, 本年收入合计 and its parts with
their 占 %, …), the 一般公共预算 statement and its per-项 statements (年初预算,
支出决算, 完成率, the direction word and the reason), the 基本支出 split, and the
三公 statement with its items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from budgetdiff.model import (
    CodeTable,
    Execution,
    ExecutionDirection,
    FinalFigure,
    Narrative,
    Procurement,
    Row,
    Section,
    Stated,
    StatedChange,
    Table,
    UnparsedLine,
)
from budgetdiff.money import yuan_of_wan
from budgetdiff.parser.facts import Chain, chain_problem, level_chains
from budgetdiff.record import Record
from budgetdiff.text import fold_name

NUM = r"(\d[\d,]*(?:\.\d+)?)"
_WAN = NUM + r"万元?"
_SHARE = r"[，,]?占(?:[^0-9，。；]{0,8}的)?" + NUM + r"%"
_DIRECTION = re.compile(
    r"决算数?(?P<cmp>小于|大于|等于|低于|高于)(?:年初)?预算数?|"
    r"决算数?(?:与|同|和)(?:年初)?预算数?(?P<flat>基本)?(?:持平|相等|一致)"
)
_DIRECTIONS: dict[str, ExecutionDirection] = {
    "小于": "小于",
    "低于": "小于",
    "大于": "大于",
    "高于": "大于",
    "等于": "等于",
}
_BUDGET_WORD = r"(?P<{}>年初预算|全年预算|调整后?预算|预算)"
_EXECUTION = re.compile(
    _BUDGET_WORD.format("budget_word")
    + r"数?为"
    + _WAN
    + r"[，,]?(?:支出)?决算(?:数)?为"
    + _WAN
    + r"(?:[，,。]?完成"
    + _BUDGET_WORD.format("rate_word")
    + r"数?的"
    + NUM
    + r"%)?"
)
"""``年初预算为…万元，支出决算为…万元，完成年初预算的…%``, and the same of 全年预算,
调整预算 or 预算 (``预算数为``)."""
_STATEMENT_START = re.compile(r"(?:^|[。：；;:])$")
_CATEGORY = re.compile(r"(?<=[：；;:，,])(?P<name>[^：；;:，,。（）]+?)（类）" + _WAN + _SHARE)
_REASON = re.compile(r"主要原因(?:是|为)?[：:]?(?P<reason>.+?)(?:其中[：:])?$")
_SANGONG_ITEM = re.compile(
    r"(?P<item>因公出国（境）费|公务用车购置及运行(?:维护)?费|公务接待费)(?:支出)?决算(?:数)?为"
    + _WAN
    + r"[，,]?完成(?:年初|全年|调整后?)?预算数?的"
    + NUM
    + r"%"
)
_SANGONG_NAMES = {
    "因公出国（境）费": "因公出国（境）费",
    "公务用车购置及运行费": "公务用车购置及运行费",
    "公务用车购置及运行维护费": "公务用车购置及运行费",
    "公务接待费": "公务接待费",
}
_INCOME_PARTS = r"(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入)"
_SPENDING_PARTS = r"(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)"


class _Text(Record):
    """A section's prose without white space, and the line of each character."""

    text: str
    lines: tuple[int, ...]

    __slots__ = ("lines", "text")

    def __init__(self, text: str, lines: tuple[int, ...]) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "lines", lines)

    def line_at(self, offset: int) -> int:
        return self.lines[min(offset, len(self.lines) - 1)] if self.lines else 0

    def stated(self, match: re.Match[str], group: int | str) -> Stated:
        return Stated(
            Decimal(match.group(group).replace(",", "")), self.line_at(match.start(group))
        )


def _squeezed(section: Section) -> _Text:
    chars: list[str] = []
    lines: list[int] = []
    for paragraph in section.paragraphs:
        for offset, char in enumerate(paragraph.text):
            if not char.isspace():
                chars.append(char)
                lines.append(paragraph.line_at(offset))
    return _Text("".join(chars), tuple(lines))


_SECTION_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("execution", ("一般公共预算财政拨款支出决算",), ("基本支出",)),
    ("basic", ("基本支出决算",), ()),
    ("sangong", ("三公",), ()),
    ("fiscal", ("财政拨款收入支出决算总体",), ()),
    ("total", ("收入支出决算总体",), ("财政拨款",)),
    ("income", ("收入决算情况",), ("收入支出", "财政拨款")),
    ("spending", ("支出决算情况",), ("收入", "一般公共预算", "基本", "三公", "基金", "国有")),
    ("other", ("其他重要事项",), ()),
)
"""(part, words its title holds, words it must not hold) of 决算情况说明's sections."""


def _parts(sections: Iterable[Section]) -> dict[str, _Text]:
    found: dict[str, _Text] = {}
    for section in sections:
        title = "".join(section.title.split()).replace("“", "").replace("”", "")
        for part, words, never in _SECTION_WORDS:
            if part in found:
                continue
            if all(word in title for word in words) and not any(word in title for word in never):
                found[part] = _squeezed(section)
                break
    return found


def _figure(
    text: _Text, pattern: str, key: str, name: str, share_of: str | None = None
) -> FinalFigure | None:
    match = re.search(pattern, text.text)
    if match is None:
        return None
    share = (
        Decimal(match.group(2)) if share_of and match.lastindex and match.lastindex >= 2 else None
    )
    return FinalFigure(
        key, name, text.stated(match, 1), text.line_at(match.start()), share, share_of
    )


def _figures(parts: Mapping[str, _Text], tables: Mapping[str, Table]) -> Iterator[FinalFigure]:
    if "total" in parts:
        yield from _some(
            _figure(parts["total"], r"(?<!拨款)收入支出总计" + _WAN, "grand_total", "收入支出总计")
        )
    if "fiscal" in parts:
        yield from _some(
            _figure(
                parts["fiscal"],
                r"财政拨款收入支出总计" + _WAN,
                "fiscal_grand_total",
                "财政拨款收入支出总计",
            )
        )
    if "income" in parts:
        text = parts["income"]
        yield from _some(_figure(text, r"本年收入合计" + _WAN, "income_total", "本年收入合计"))
        for match in re.finditer(_INCOME_PARTS + _WAN + _SHARE, text.text):
            name = match.group(1)
            yield FinalFigure(
                f"income:{name}",
                name,
                text.stated(match, 2),
                text.line_at(match.start()),
                Decimal(match.group(3)),
                "income_total",
            )
    if "spending" in parts:
        text = parts["spending"]
        yield from _some(_figure(text, r"本年支出合计" + _WAN, "expenditure_total", "本年支出合计"))
        for match in re.finditer(_SPENDING_PARTS + _WAN + _SHARE, text.text):
            name = match.group(1)
            yield FinalFigure(
                f"expenditure:{name}",
                name,
                text.stated(match, 2),
                text.line_at(match.start()),
                Decimal(match.group(3)),
                "expenditure_total",
            )
    if "execution" in parts:
        text = parts["execution"]
        yield from _some(
            _figure(
                text,
                r"一般公共预算财政拨款支出" + _WAN + r"[，,]?占本年支出合计的" + NUM + "%",
                "general_public_total",
                "一般公共预算财政拨款支出",
                "expenditure_total",
            )
        )
        table = tables.get("general_public")
        for match in _CATEGORY.finditer(text.text):
            name = match.group("name")
            code = _class_code(name, table)
            yield FinalFigure(
                f"category:{code or name}",
                name,
                text.stated(match, 2),
                text.line_at(match.start()),
                Decimal(match.group(3)),
                "general_public_total",
            )
    if "basic" in parts:
        text = parts["basic"]
        for name in ("基本支出", "人员经费", "公用经费"):
            yield from _some(_figure(text, name + _WAN, f"basic:{name}", name))


def _some(figure: FinalFigure | None) -> Iterator[FinalFigure]:
    if figure is not None:
        yield figure


def _class_code(name: str, table: Table | None) -> str | None:
    if not isinstance(table, CodeTable):
        return None
    wanted = fold_name(name)
    return next((row.code for row in table.roots() if fold_name(row.name) == wanted), None)


def _direction(text: str) -> tuple[ExecutionDirection | None, str | None]:
    match = _DIRECTION.search(text)
    if match is None:
        return None, None
    sentence_end = text.find("。", match.start())
    sentence = text[match.start() : sentence_end + 1 if sentence_end >= 0 else len(text)]
    if match.group("cmp"):
        return _DIRECTIONS[match.group("cmp")], sentence
    return "持平", sentence


def _reason(text: str) -> str | None:
    match = _REASON.search(text)
    return match.group("reason").strip() or None if match else None


def _execution(text: _Text, start: int, end: int, names: tuple[str, ...]) -> Execution | str | None:
    """The statement in ``text[start:end]``; None when it states no budget and 决算; the
    reason it is not read when its completion rate is of another budget than it states."""
    body = text.text[start:end]
    match = _EXECUTION.search(body)
    if match is None:
        return None
    budget_word, rate_word = match.group("budget_word"), match.group("rate_word")
    if rate_word not in (None, "预算", budget_word) and budget_word != "预算":
        return f"it states {budget_word} but the completion rate of {rate_word}"
    shifted = _Text(text.text[start:end], text.lines[start:end])
    direction, sentence = _direction(body[match.end() :])
    reason_text = body[match.end() :]
    rate = match.group(len(match.groups()))
    return Execution(
        names=names,
        budget=shifted.stated(match, 2),
        actual=shifted.stated(match, 3),
        line=text.line_at(start),
        rate=Decimal(rate) if rate else None,
        direction=direction,
        direction_text=sentence,
        reason=_reason(reason_text),
    )


def _statement_starts(text: str) -> list[Chain]:
    """The chains that begin per-项 statements: 类 and 款 (and 项) names with their level
    marks, numbered or at the start of a sentence."""
    return [
        chain
        for chain in level_chains(text)
        if len(chain.levels) > 1
        and (chain.numbered or _STATEMENT_START.search(text[: chain.start]) is not None)
    ]


def _executions(
    text: _Text, table: Table | None
) -> tuple[Execution | None, tuple[Execution, ...], tuple[UnparsedLine, ...]]:
    starts = _statement_starts(text.text)
    first = starts[0].start if starts else len(text.text)
    overall = _execution(text, 0, first, ())
    items: list[Execution] = []
    unread: list[UnparsedLine] = []
    for index, chain in enumerate(starts):
        end = starts[index + 1].start if index + 1 < len(starts) else len(text.text)
        line = text.line_at(chain.start)
        printed = text.text[chain.start : chain.end]
        code = chain.full_code()
        found = _execution(text, chain.end, end, chain.names)
        reason = chain_problem(chain, chain.levels, code)
        if reason is None and found is None:
            reason = "no 预算 and 支出决算 figures follow its names"
        if reason is None and isinstance(found, str):
            reason = found
        if reason is None and isinstance(found, Execution):
            found = _resolved(
                Execution(
                    chain.names,
                    found.budget,
                    found.actual,
                    line,
                    found.rate,
                    found.direction,
                    found.direction_text,
                    found.reason,
                ),
                table,
                code,
            )
            items.append(found)
            continue
        unread.append(UnparsedLine(line, printed, f"a 类/款/项 statement: {reason}"))
    if isinstance(overall, str):
        printed = text.text[:first][:60]
        unread.insert(
            0, UnparsedLine(text.line_at(0), printed, f"the overall statement: {overall}")
        )
        overall = None
    return overall, tuple(items), tuple(unread)


def _resolved(execution: Execution, table: Table | None, code: str | None = None) -> Execution:
    """``execution`` with the code its printed code, else its names (or, failing them,
    its figure) name: a 项, or a 款 for a statement of 类 and 款 only."""
    if not isinstance(table, CodeTable):
        return execution
    if code and (row := table.get(code)) is not None:
        if fold_name(row.name) == fold_name(execution.names[-1]):
            return _with_code(execution, row, "names", [])
        return _with_code(execution, None, None, [execution.names[-1]])
    if len(execution.names) == 2:
        lei, kuan = (fold_name(name) for name in execution.names)
        found = [
            row
            for cls in table.roots()
            if fold_name(cls.name) == lei
            for row in table.children(cls)
            if fold_name(row.name) == kuan
        ]
        if len(found) == 1:
            return _with_code(execution, found[0], "names", [])
        return _with_code(execution, None, None, list(execution.names))
    if len(execution.names) != 3:
        return execution
    lei, kuan, xiang = (fold_name(name) for name in execution.names)
    unresolved: list[str] = []
    classes = [row for row in table.roots() if fold_name(row.name) == lei]
    if not classes:
        unresolved.append(execution.names[0])
        classes = list(table.roots())
    sections = [
        row for cls in classes for row in table.children(cls) if fold_name(row.name) == kuan
    ]
    if not sections:
        unresolved.append(execution.names[1])
        sections = [row for cls in classes for row in table.children(cls)]
    items = [row for sec in sections for row in table.children(sec)]
    named = [row for row in items if fold_name(row.name) == xiang]
    if len(named) == 1:
        return _with_code(execution, named[0], "names", unresolved)
    unresolved.append(execution.names[2])
    actual = yuan_of_wan(execution.actual.wan) if execution.actual else None
    by_figure = [row for row in items if row.values.get("合计") == actual]
    if len(by_figure) == 1:
        return _with_code(execution, by_figure[0], "figures", unresolved)
    return _with_code(execution, None, None, unresolved)


def _with_code(
    execution: Execution, row: Row | None, how: str | None, unresolved: list[str]
) -> Execution:
    return Execution(
        execution.names,
        execution.budget,
        execution.actual,
        execution.line,
        execution.rate,
        execution.direction,
        execution.direction_text,
        execution.reason,
        row.code if row else None,
        how,
        tuple(unresolved),
    )


def _sangong(text: _Text) -> tuple[Execution | None, tuple[Execution, ...]]:
    match = _EXECUTION.search(text.text)
    overall = None
    if match is not None:
        after = text.text[match.end() :]
        direction, sentence = _direction(after)
        rate = match.group(len(match.groups()))
        overall = Execution(
            (),
            text.stated(match, 2),
            text.stated(match, 3),
            text.line_at(match.start()),
            Decimal(rate) if rate else None,
            direction,
            sentence,
            _after_reason(after),
        )
    items = tuple(
        Execution(
            (_SANGONG_NAMES[found.group("item")],),
            None,
            text.stated(found, 2),
            text.line_at(found.start()),
            Decimal(found.group(3)),
        )
        for found in _SANGONG_ITEM.finditer(text.text)
    )
    return overall, items


def _after_reason(text: str) -> str | None:
    match = re.search(r"主要原因(?:是|为)?[：:](?P<reason>[^。]*。)", text)
    return match.group("reason") if match else None


_YEAR_CHANGE = re.compile(
    r"(?:与|比|较)(?P<year>\d{4})年度?(?:相比)?[，,]?(?P<what>[^，,。；;：:\d%]{0,30}?)"
    r"(?P<dir>增加|减少)(?P<mag>\d[\d,]*(?:\.\d+)?)万元?[，,]?"
    r"(?P<pword>[^\d，,。；;%]{1,8}?)(?P<pct>\d[\d,]*(?:\.\d+)?)(?P<unit>%?)"
)
"""A year-over-year change in 万元 and per cent: ``与2023年度相比，收入支出总计减少56.95万元，
下降1.87%``; ``下降（增长）27.78%`` (a template's words left) says both."""
_CHANGE_WORDS = {"增加": "增加", "增长": "增加", "增幅": "增加", "减少": "减少", "下降": "减少"}
_CHANGE_WORDS.update({"降幅": "减少", "减幅": "减少"})


def _year_changes(text: _Text) -> Iterator[StatedChange | UnparsedLine]:
    """The year-over-year changes ``text`` states, each with the figure it changes (the
    last 万元 figure of its sentence or the one before); one whose figure or per cent
    cannot be told is listed as not read."""
    for match in _YEAR_CHANGE.finditer(text.text):
        line = text.line_at(match.start())
        before = text.text[: match.start()]
        stops = [i for i, char in enumerate(before) if char in "。；;"]
        window = stops[-2] + 1 if len(stops) > 1 else 0
        figures = list(re.finditer(_WAN, before[window:]))
        if not figures or not match.group("unit"):
            reason = "no % after its percentage" if figures else "no figure it changes"
            printed = match.group(0)
            yield UnparsedLine(line, printed, f"a year-over-year change: {reason}")
            continue
        figure = figures[-1]
        # the words before the figure, after a heading run into them (…支出情况机关运行经费支出)
        named = re.search(
            r"(?:情况|说明|^)([^\d，,。；;：:、（）()]{1,20})$",
            before[window : window + figure.start()],
        )
        current = Stated(
            Decimal(figure.group(1).replace(",", "")), text.line_at(window + figure.start(1))
        )
        said = match.group("dir") + match.group("pword")
        words = {_CHANGE_WORDS[w] for w in re.findall("|".join(_CHANGE_WORDS), said)}
        direction = words.pop() if len(words) == 1 else "ambiguous"
        yield StatedChange(
            item=match.group("what").strip("，,") or (named.group(1) if named else "the total"),
            current=current,
            direction=direction,  # type: ignore[arg-type]
            magnitude=Decimal(match.group("mag").replace(",", "")),
            prior_year=int(match.group("year")),
            text=match.group(0),
            line=line,
            percent=Decimal(match.group("pct").replace(",", "")),
        )


_PROCUREMENT = {
    "total": r"政府采购金额(?:（[^）]*）)?为" + _WAN,
    "goods": r"货物采购金额" + _WAN,
    "works": r"工程采购金额" + _WAN,
    "services": r"服务采购金额" + _WAN,
    "sme_reserved": r"面向中小企业预留政府采购项目预算金额" + _WAN,
    "small_micro_reserved": r"面向小微企业预留政府采购项目预算金额" + _WAN,
}
_OPERATING_COST = re.compile(r"机关运行经费(?:支出)?(?:决算)?(?:为)?" + _WAN)


def _procurement(text: _Text) -> Procurement | None:
    found: dict[str, Stated | None] = {}
    for name, pattern in _PROCUREMENT.items():
        match = re.search(pattern, text.text)
        found[name] = text.stated(match, 1) if match else None
    if found["total"] is None:
        return None
    return Procurement(**found)


def _operating_cost(text: _Text) -> Stated | None:
    match = _OPERATING_COST.search(text.text)
    return text.stated(match, 1) if match else None


def final_narrative(sections: Iterable[Section], tables: Mapping[str, Table]) -> Narrative:
    """The facts of 决算情况说明 (see the module's docstring)."""
    parts = _parts(sections)
    execution: Execution | None = None
    executions: tuple[Execution, ...] = ()
    unread: tuple[UnparsedLine, ...] = ()
    changes: list[StatedChange] = []
    unread_changes: list[UnparsedLine] = []
    for text in parts.values():
        for found in _year_changes(text):
            if isinstance(found, StatedChange):
                changes.append(found)
            else:
                unread_changes.append(found)
    if "execution" in parts:
        execution, executions, unread = _executions(
            parts["execution"], tables.get("general_public")
        )
    sangong: Execution | None = None
    sangong_items: tuple[Execution, ...] = ()
    if "sangong" in parts:
        sangong, sangong_items = _sangong(parts["sangong"])
    return Narrative(
        execution=execution,
        executions=executions,
        sangong_execution=sangong,
        sangong_item_executions=sangong_items,
        figures=tuple(_figures(parts, tables)),
        procurement=_procurement(parts["other"]) if "other" in parts else None,
        operating_cost=_operating_cost(parts["other"]) if "other" in parts else None,
        total_changes=tuple(sorted(changes, key=lambda change: change.line)),
        unread=unread + tuple(unread_changes),
    )
