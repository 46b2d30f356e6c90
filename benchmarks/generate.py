"""A large, consistent department budget (部门预算) for benchmarks and tests.

``generate_document(rows, seed)`` returns the text of a budget document in the
layout of ``samples/shanghai-port-office-2017.txt``: title, 目录, prose sections,
the eight tables (tab-separated, multi-row headers, ``编制部门：``, ``单位：元``),
相关情况说明 and a few performance forms. ``rows`` is the approximate number of
项 rows in each functional table (income, expenditure, general_public); they are
spread over up to 99 类 (codes 201–299) and many 款.

Every identity of ``docs/domain.md`` holds in the output: tree sums, row sums,
the two-sided balances and their per-类 items, income = expenditure per code,
财政拨款收入 = general_public per code, economic = general_public 基本支出, the
三公 sums and bounds, the narrative's rounded 万元 figures, the stated changes,
政府采购 parts and the form components. ``build_document`` also returns what a
parser should find (row counts, totals), so a test can compare.

The extraction scars of the samples are reproduced too: page breaks (blank
lines) inside tables, the column header repeated after a page break in the
general_public table, and the economic table dropping its third code column after
its first page break.

Run as a script: ``python benchmarks/generate.py --rows 6000 -o out.txt``.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

DEPARTMENT = "上海市综合示范服务办公室"
MAX_CATEGORIES = 99
"""类 codes are 201–299, and 一…九十九 are the ordinals a two-sided table can print."""

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

CATEGORY_NAMES: dict[int, str] = {
    201: "一般公共服务支出",
    202: "外交支出",
    203: "国防支出",
    204: "公共安全支出",
    205: "教育支出",
    206: "科学技术支出",
    207: "文化体育与传媒支出",
    208: "社会保障和就业支出",
    209: "社会保险基金支出",
    210: "医疗卫生与计划生育支出",
    211: "节能环保支出",
    212: "城乡社区支出",
    213: "农林水支出",
    214: "交通运输支出",
    215: "资源勘探信息等支出",
    216: "商业服务业等支出",
    217: "金融支出",
    219: "援助其他地区支出",
    220: "国土海洋气象等支出",
    221: "住房保障支出",
    222: "粮油物资储备支出",
    227: "预备费",
    229: "其他支出",
    230: "转移性支出",
    231: "债务还本支出",
    232: "债务付息支出",
    233: "债务发行费用支出",
}
PREFERRED_CATEGORIES = (201, 208, 210, 221, 205, 206, 207, 204, 211, 212, 213, 214, 215, 216)
"""The 类 a small document uses first (the samples have 201, 208, 210, 221)."""

SECTION_NAMES: dict[int, dict[int, str]] = {
    201: {
        1: "人大事务",
        2: "政协事务",
        3: "政府办公厅（室）及相关机构事务",
        4: "发展与改革事务",
        5: "统计信息事务",
        6: "财政事务",
        7: "税收事务",
        8: "审计事务",
        10: "人力资源事务",
        11: "纪检监察事务",
        13: "商贸事务",
        14: "知识产权事务",
        26: "档案事务",
        29: "群众团体事务",
        31: "党委办公厅（室）及相关机构事务",
        32: "组织事务",
        33: "宣传事务",
        99: "其他一般公共服务支出",
    },
    208: {
        1: "人力资源和社会保障管理事务",
        2: "民政管理事务",
        5: "行政事业单位离退休",
        7: "就业补助",
        8: "抚恤",
        10: "社会福利",
        11: "残疾人事业",
        99: "其他社会保障和就业支出",
    },
    210: {
        1: "医疗卫生与计划生育管理事务",
        2: "公立医院",
        3: "基层医疗卫生机构",
        4: "公共卫生",
        11: "行政事业单位医疗",
        99: "其他医疗卫生与计划生育支出",
    },
    221: {1: "保障性安居工程支出", 2: "住房改革支出", 3: "城乡社区住宅"},
}
ITEM_NAMES: dict[str, dict[int, str]] = {
    "20805": {
        1: "归口管理的行政单位离退休",
        2: "事业单位离退休",
        5: "机关事业单位基本养老保险缴费支出",
        6: "机关事业单位职业年金缴费支出",
        99: "其他行政事业单位离退休支出",
    },
    "21011": {1: "行政单位医疗", 2: "事业单位医疗", 3: "公务员医疗补助"},
    "22102": {1: "住房公积金", 2: "提租补贴", 3: "购房补贴"},
}
_STEMS_A = (
    "城市",
    "乡村",
    "海洋",
    "口岸",
    "航运",
    "会展",
    "数据",
    "人才",
    "科创",
    "文旅",
    "生态",
    "水务",
    "园区",
    "物流",
    "商贸",
    "应急",
)
_STEMS_B = ("管理", "服务", "发展", "建设", "保障")
_SECTION_SUFFIXES = (
    "行政事务",
    "专项事务",
    "运行保障",
    "业务管理",
    "公共服务",
    "发展建设",
    "监督管理",
    "信息化事务",
    "对外合作",
    "宣传培训",
    "研究开发",
    "综合事务",
)
_ITEM_POOL = (
    "专项业务活动",
    "信息化建设",
    "专项调研",
    "宣传与交流",
    "人员培训",
    "设备购置与维护",
    "课题研究",
    "监督检查",
    "统计与分析",
    "应急保障",
    "档案管理",
    "标准制定",
    "对外合作交流",
    "平台运行维护",
    "专项补助",
    "政府购买服务",
    "规划编制",
    "安全管理",
    "行业管理",
    "考核评估",
)
_PURPOSES = (
    "主要用于人员经费、公用经费等基本支出，以及相关业务工作的项目支出",
    "主要用于缴纳机关事业单位基本养老保险缴费等支出",
    "主要用于缴纳在职人员基本医疗保险缴费等支出",
    "主要用于缴纳机关事业单位住房公积金等住房改革支出",
    "主要用于保障本部门相关专项业务工作的开展",
    "主要用于相关信息化系统的建设和运行维护",
)
_PROJECT_NAMES = (
    "单一窗口运维",
    "口岸大通关工作经费",
    "综合管理信息系统运维",
    "数据采集与分析系统运维",
    "综合信息服务平台建设",
    "专项课题研究",
)
_PEOPLE = ("杨旭波", "刘太秋", "邵永表", "张超美", "王立群", "陈晓明")

# Economic classification (2017): 类 → (name, kind, {款: name}); kind says which
# column (人员经费 or 公用经费) the 类's money sits in.
ECONOMIC: dict[int, tuple[str, str, dict[int, str]]] = {
    301: (
        "工资福利支出",
        "人员经费",
        {
            1: "基本工资",
            2: "津贴补贴",
            3: "奖金",
            4: "其他社会保障缴费",
            6: "伙食补助费",
            7: "绩效工资",
            8: "机关事业单位基本养老保险缴费",
            9: "职业年金缴费",
            10: "职工基本医疗保险缴费",
            13: "住房公积金",
            14: "医疗费",
            99: "其他工资福利支出",
        },
    ),
    302: (
        "商品和服务支出",
        "公用经费",
        {
            1: "办公费",
            2: "印刷费",
            3: "咨询费",
            4: "手续费",
            5: "水费",
            6: "电费",
            7: "邮电费",
            8: "取暖费",
            9: "物业管理费",
            11: "差旅费",
            12: "因公出国（境）费用",
            13: "维修（护）费",
            14: "租赁费",
            15: "会议费",
            16: "培训费",
            17: "公务接待费",
            18: "专用材料费",
            24: "被装购置费",
            25: "专用燃料费",
            26: "劳务费",
            27: "委托业务费",
            28: "工会经费",
            29: "福利费",
            31: "公务用车运行维护费",
            39: "其他交通费用",
            40: "税金及附加费用",
            99: "其他商品和服务支出",
        },
    ),
    303: (
        "对个人和家庭的补助",
        "人员经费",
        {
            1: "离休费",
            2: "退休费",
            3: "退职（役）费",
            4: "抚恤金",
            5: "生活补助",
            6: "救济费",
            7: "医疗费补助",
            8: "助学金",
            9: "奖励金",
            11: "住房公积金",
            12: "提租补贴",
            13: "购房补贴",
            99: "其他对个人和家庭的补助",
        },
    ),
    310: (
        "其他资本性支出",
        "公用经费",
        {
            1: "房屋建筑物购建",
            2: "办公设备购置",
            3: "专用设备购置",
            5: "基础设施建设",
            6: "大型修缮",
            7: "信息网络及软件购置更新",
            8: "物资储备",
            13: "公务用车购置",
            19: "其他交通工具购置",
            99: "其他资本性支出",
        },
    ),
}
_ECONOMIC_EXTRA_NAMES = {
    307: "债务利息及费用支出",
    309: "资本性支出（基本建设）",
    311: "对企业补助（基本建设）",
    312: "对企业补助",
    313: "对社会保障基金补助",
    399: "其他支出",
}
SANGONG_LINES = {"30212": "abroad", "30217": "reception", "30231": "car_running"}
"""Economic lines bounded by a 三公 item."""

_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(number: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (1–99, the ordinals of a two-sided table)."""
    if not 1 <= number <= 99:
        raise ValueError(f"no ordinal for {number}")
    tens, units = divmod(number, 10)
    if tens == 0:
        return _DIGITS[units]
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[units] if units else "")


# ---------------------------------------------------------------------------
# Amounts
# ---------------------------------------------------------------------------


class Money(NamedTuple):
    """The money of one functional row: spending split and non-fiscal income."""

    basic: int = 0
    project: int = 0
    business: int = 0  # 事业收入
    operating: int = 0  # 事业单位经营收入
    other: int = 0  # 其他收入

    def __add__(self, other: object) -> Money:  # type: ignore[override]
        assert isinstance(other, Money)
        return Money(*(a + b for a, b in zip(self, other, strict=True)))

    @property
    def total(self) -> int:
        return self.basic + self.project

    @property
    def non_fiscal(self) -> int:
        return self.business + self.operating + self.other

    @property
    def fiscal(self) -> int:
        """财政拨款收入 = general_public 合计 (there is no 政府性基金)."""
        return self.total - self.non_fiscal

    @property
    def public_project(self) -> int:
        """项目支出 paid from 一般公共预算: the project money not covered by other income."""
        return self.project - self.non_fiscal


def total_of(items: Sequence[Money]) -> Money:
    result = Money()
    for item in items:
        result = result + item
    return result


def fmt(amount: int) -> str:
    """Yuan with thousands separators; 0 is an empty cell, as the samples print it."""
    return f"{amount:,}" if amount else ""


def wan_rounded(amount: int) -> str:
    """Yuan as whole 万元, rounded half-up, with separators: ``19,483``."""
    value = (Decimal(amount) / 10_000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{value:,}"


def wan_cents(cents: int, places: bool = False) -> str:
    """Hundredths of 万元 (100 yuan each) as 万元: ``84.15``, ``47.4``, ``0`` (or 2 places)."""
    value = Decimal(cents) / 100
    if places:
        return f"{value:.2f}"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def partition(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` split into ``parts`` non-negative integers by random weights."""
    weights = [rng.uniform(0.2, 1.8) for _ in range(parts)]
    scale = sum(weights)
    shares = [int(total * weight / scale) for weight in weights]
    shares[rng.randrange(parts)] += total - sum(shares)
    return shares


def split_count(total: int, parts: int, cap: int, rng: random.Random) -> list[int]:
    """``total`` split into ``parts`` counts, each between 1 and ``cap``."""
    if not parts <= total <= parts * cap:
        raise ValueError(f"cannot split {total} into {parts} parts of 1..{cap}")
    counts = [1 + share for share in partition(total - parts, parts, rng)]
    overflow = sum(max(0, count - cap) for count in counts)
    counts = [min(count, cap) for count in counts]
    index = 0
    while overflow:
        if counts[index] < cap:
            counts[index] += 1
            overflow -= 1
        index = (index + 1) % parts
    return counts


def _item_money(rng: random.Random) -> Money:
    scale = rng.choice((10_000, 100_000, 1_000_000, 1_000_000, 10_000_000))
    total = rng.randint(scale // 2, scale * 5)
    if rng.random() < 0.4:
        total -= total % 100
    shape = rng.random()
    if shape < 0.3:
        basic, project = total, 0
    elif shape < 0.6:
        basic, project = 0, total
    else:
        basic = rng.randint(1, total - 1)
        project = total - basic
    business = operating = other = 0
    if project > 1 and rng.random() < 0.12:
        extra = rng.randint(1, project // 2)
        kind = rng.random()
        if kind < 0.6:
            other = extra
        elif kind < 0.85:
            business = extra
        else:
            operating = extra
    return Money(basic, project, business, operating, other)


# ---------------------------------------------------------------------------
# The budget's structure
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    money: Money


@dataclass(frozen=True)
class Section:
    code: str
    name: str
    items: tuple[Item, ...]

    @property
    def money(self) -> Money:
        return total_of([item.money for item in self.items])


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    sections: tuple[Section, ...]

    @property
    def money(self) -> Money:
        return total_of([section.money for section in self.sections])


@dataclass(frozen=True)
class EconomicRow:
    code: str
    name: str
    column: str  # 人员经费 or 公用经费
    amount: int


@dataclass(frozen=True)
class Form:
    name: str
    code: str
    budget: int
    components: tuple[tuple[str, int], ...]
    leader: str


@dataclass(frozen=True)
class GeneratedDocument:
    """A generated document's text and what a parser should read from it."""

    text: str
    rows: dict[str, int]
    """Rows per code table id (income, expenditure, general_public, gov_fund, economic)."""
    items: dict[str, tuple[int, int]]
    """(income items, expenditure items) per two-sided table id."""
    totals: dict[str, int]
    """合计 of the tables in yuan: budget, fiscal, basic, project, personnel, public."""
    categories: int
    item_rows: int
    projects: int
    sangong: dict[str, int]
    """The 三公 values in yuan, keyed like ``budgetdiff.model.SANGONG_ITEMS``."""


def _category_codes(count: int, rng: random.Random) -> list[int]:
    others = [code for code in range(201, 300) if code not in PREFERRED_CATEGORIES]
    rng.shuffle(others)
    return sorted([*PREFERRED_CATEGORIES, *others][:count])


def _category_name(code: int, synthetic: list[str]) -> str:
    return CATEGORY_NAMES.get(code) or synthetic.pop(0)


def _section_name(category: int, stem: str, code: int, index: int) -> str:
    real = SECTION_NAMES.get(category, {}).get(code)
    if real:
        return real
    if code == 99:
        return f"其他{stem}支出"
    suffix = _SECTION_SUFFIXES[index % len(_SECTION_SUFFIXES)]
    round_ = index // len(_SECTION_SUFFIXES)
    return f"{stem}{suffix}" + (f"（{chinese_ordinal(round_ + 1)}）" if round_ else "")


def _item_name(section_code: str, section_name: str, code: int, index: int) -> str:
    real = ITEM_NAMES.get(section_code, {}).get(code)
    if real:
        return real
    fixed = {1: "行政运行", 2: "一般行政管理事务", 3: "机关服务", 50: "事业运行"}
    if code in fixed:
        return fixed[code]
    if code == 99:
        return f"其他{section_name.removesuffix('支出').removesuffix('事务')}支出"
    name = _ITEM_POOL[index % len(_ITEM_POOL)]
    round_ = index // len(_ITEM_POOL)
    return name + (f"（{chinese_ordinal(round_ + 1)}）" if round_ else "")


def _codes(count: int, preferred: Sequence[int], rng: random.Random) -> list[int]:
    """``count`` distinct two-digit codes, the preferred ones first."""
    first = list(preferred)
    rng.shuffle(first)
    rest = [code for code in range(1, 100) if code not in preferred]
    rng.shuffle(rest)
    return sorted([*first, *rest][:count])


def build_categories(rows: int, rng: random.Random) -> list[Category]:
    """About ``rows`` 项 rows spread over 类 and 款."""
    rows = max(1, rows)
    count = min(MAX_CATEGORIES, max(1, round(rows / 60)))
    synthetic = [a + b + "支出" for a in _STEMS_A for b in _STEMS_B]
    rng.shuffle(synthetic)
    categories: list[Category] = []
    shares = split_count(rows, count, 99 * 99, rng)
    for code, share in zip(_category_codes(count, rng), shares, strict=True):
        name = _category_name(code, synthetic)
        stem = name.removesuffix("支出")
        section_count = max(math.ceil(share / 99), min(99, round(share / rng.randint(6, 14))), 1)
        section_codes = _codes(section_count, list(SECTION_NAMES.get(code, {})), rng)
        sections: list[Section] = []
        sizes = split_count(share, section_count, 99, rng)
        for index, (section_code, size) in enumerate(zip(section_codes, sizes, strict=True)):
            full = f"{code}{section_code:02d}"
            section_name = _section_name(code, stem, section_code, index)
            preferred = list(ITEM_NAMES.get(full, {})) or [1, 2]
            items = tuple(
                Item(
                    f"{full}{item_code:02d}",
                    _item_name(full, section_name, item_code, item_index),
                    _item_money(rng),
                )
                for item_index, item_code in enumerate(_codes(size, preferred, rng))
            )
            sections.append(Section(full, section_name, items))
        categories.append(Category(str(code), name, tuple(sections)))
    return categories


def build_economic(rows: int, basic: int, rng: random.Random) -> list[EconomicRow]:
    """The economic table (类/款) whose 合计 is ``basic``: a few dozen to a few hundred rows."""
    layout = {
        code: (name, kind, dict(sections)) for code, (name, kind, sections) in ECONOMIC.items()
    }
    target = min(400, max(0, rows // 15))
    size = sum(1 + len(sections) for _, _, sections in layout.values())
    extra_codes = [code for code in range(304, 400) if code not in layout and code != 310]
    kinds = ("人员经费", "公用经费")
    for index, code in enumerate(extra_codes):
        if size >= target:
            break
        name = _ECONOMIC_EXTRA_NAMES.get(code, f"其他经济分类支出（{code}）")
        count = min(40, target - size)
        stem = name.removesuffix("支出")
        sections = {part: f"{stem}明细科目（{part:02d}）" for part in range(1, count + 1)}
        layout[code] = (name, kinds[index % 2], sections)
        size += 1 + count

    personnel = int(basic * rng.uniform(0.6, 0.8))
    public = basic - personnel
    special: dict[str, int] = {}
    ceiling = public // 40
    for code in SANGONG_LINES:
        special[code] = rng.randint(ceiling // 4, ceiling) if ceiling > 0 else 0
    pools = {"人员经费": personnel, "公用经费": public - sum(special.values())}
    slots: dict[str, list[str]] = {"人员经费": [], "公用经费": []}
    for code, (_, kind, sections) in sorted(layout.items()):
        for part in sections:
            full = f"{code}{part:02d}"
            if full not in special:
                slots[kind].append(full)
    amounts = dict(special)
    for kind, codes in slots.items():
        amounts.update(zip(codes, partition(pools[kind], len(codes), rng), strict=True))

    result: list[EconomicRow] = []
    for code, (name, kind, sections) in sorted(layout.items()):
        parts = [
            EconomicRow(f"{code}{part:02d}", label, kind, amounts[f"{code}{part:02d}"])
            for part, label in sorted(sections.items())
        ]
        result.append(EconomicRow(str(code), name, kind, sum(row.amount for row in parts)))
        result.extend(parts)
    return result


def _round_up_hundred(amount: int) -> int:
    return -(-amount // 100) * 100


# ---------------------------------------------------------------------------
# The text
# ---------------------------------------------------------------------------


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = ["", ""]

    def para(self, *texts: str) -> None:
        """Lines each followed by a blank line, as the samples print prose."""
        for text in texts:
            self.lines.extend((text, ""))

    def row(self, *cells: str) -> None:
        self.lines.append("\t".join(cells))

    def blank(self) -> None:
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


_FUNCTIONAL_HEADERS = {
    "income": (
        "项目\t\t\t收入预算\t\t\t\t\t",
        "功能分类科目编码\t\t\t功能分类科目名称\t合计\t财政拨款收入\t事业收入\t事业单位经营收入\t其他收入",
        "类\t款\t项\t\t\t\t\t\t",
    ),
    "expenditure": (
        "项目\t\t\t支出预算\t\t\t",
        "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
        "类\t款\t项\t\t\t\t",
    ),
    "general_public": (
        "项目\t\t\t一般公共预算支出\t\t\t",
        "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
        "类\t款\t项\t\t\t\t",
    ),
    "gov_fund": (
        "项目\t\t\t政府性基金预算支出\t\t\t",
        "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
        "类\t款\t项\t\t\t\t",
    ),
}


def _functional_cells(table: str, money: Money) -> list[str]:
    if table == "income":
        values = [money.total, money.fiscal, money.business, money.operating, money.other]
    elif table == "expenditure":
        values = [money.total, money.basic, money.project]
    else:
        values = [money.fiscal, money.basic, money.public_project]
    return [fmt(value) for value in values]


def _write_functional(
    out: _Writer,
    table: str,
    title: str,
    categories: Sequence[Category],
    page_rows: int,
    repeat_header: bool,
) -> int:
    out.para(title, f"编制部门：{DEPARTMENT}", "单位：元")
    header = _FUNCTIONAL_HEADERS[table]
    for line in header:
        out.row(line)
    written = 0

    def emit(codes: tuple[str, str, str], name: str, money: Money) -> None:
        nonlocal written
        if written and written % page_rows == 0:
            out.blank()
            if repeat_header:
                for line in header:
                    out.row(line)
        out.row(*codes, name, *_functional_cells(table, money))
        written += 1

    for category in categories:
        emit((category.code, "", ""), category.name, category.money)
        for section in category.sections:
            emit((category.code, section.code[3:], ""), section.name, section.money)
            for item in section.items:
                emit((category.code, section.code[3:], item.code[5:]), item.name, item.money)
    grand = total_of([category.money for category in categories])
    out.row("合计", "", "", "", *_functional_cells(table, grand))
    out.blank()
    return written


def _write_economic(out: _Writer, title: str, rows: Sequence[EconomicRow], page_rows: int) -> None:
    out.para(title, f"编制部门：{DEPARTMENT}", "单位：元")
    out.row("项目\t\t\t一般公共预算基本支出\t\t\t")
    out.row("经济分类科目编码\t\t\t经济分类科目名称\t合计\t人员经费\t公用经费")
    out.row("类\t款\t\t\t\t\t")
    three_columns = True
    personnel = public = 0
    for index, row in enumerate(rows):
        if index and index % page_rows == 0:
            out.blank()
            three_columns = False  # the page break dropped the empty 项 column
        category, part = row.code[:3], row.code[3:]
        codes = [category, part, ""] if three_columns else [category, part]
        in_personnel = row.amount if row.column == "人员经费" else 0
        in_public = row.amount if row.column == "公用经费" else 0
        if not part:
            personnel += in_personnel
            public += in_public
        out.row(*codes, row.name, fmt(row.amount), fmt(in_personnel), fmt(in_public))
    out.row("合计", "", "", fmt(personnel + public), fmt(personnel), fmt(public))
    out.blank()


def _write_two_sided(
    out: _Writer,
    title: str,
    header: tuple[str, str],
    left: Sequence[tuple[str, list[str]]],
    right: Sequence[tuple[str, list[str]]],
    totals: tuple[list[str], list[str]],
    page_rows: int,
) -> None:
    out.para(title, f"编制部门：{DEPARTMENT}", "单位：元")
    out.row(header[0])
    out.row(header[1])
    left_width = len(left[0][1])
    right_width = len(right[0][1])
    for index in range(max(len(left), len(right))):
        if index and index % page_rows == 0:
            out.blank()
        left_cells = (
            [left[index][0], *left[index][1]] if index < len(left) else [""] * (1 + left_width)
        )
        right_cells = (
            [right[index][0], *right[index][1]] if index < len(right) else [""] * (1 + right_width)
        )
        out.row(*left_cells, *right_cells)
    out.row("收入总计", *totals[0], "支出总计", *totals[1])
    out.blank()


def _change_text(change: int, year: int) -> str:
    if change == 0:
        return f"与 {year - 1} 年预算持平"
    word = "增加" if change > 0 else "减少"
    return f"比 {year - 1} 年预算{word} {wan_cents(abs(change))} 万元"


def _sangong_change(current: int, rng: random.Random) -> int:
    """A change in hundredths of 万元 that leaves last year's figure non-negative."""
    if rng.random() < 0.25:
        return 0
    if current > 0 and rng.random() < 0.5:
        return rng.randint(1, max(1, current))  # an increase no larger than this year's figure
    return -rng.randint(1, 3_000)


def build_document(
    rows: int,
    seed: int = 0,
    *,
    year: int = 2017,
    forms: int = 3,
    page_rows: int = 40,
) -> GeneratedDocument:
    """A consistent document with about ``rows`` 项 rows per functional table."""
    rng = random.Random(seed)
    categories = build_categories(rows, rng)
    grand = total_of([category.money for category in categories])
    economic = build_economic(rows, grand.basic, rng)
    by_code = {row.code: row for row in economic}
    personnel = sum(
        row.amount for row in economic if len(row.code) == 3 and row.column == "人员经费"
    )
    public = grand.basic - personnel

    # 三公, in whole hundreds of yuan (cents of 万元): each item covers its economic line.
    abroad = _round_up_hundred(by_code["30212"].amount) + rng.randrange(0, 500_000, 100)
    reception = _round_up_hundred(by_code["30217"].amount) + rng.randrange(0, 200_000, 100)
    car_running = _round_up_hundred(by_code["30231"].amount) + rng.randrange(0, 100_000, 100)
    car_purchase = rng.choice((0, 0, rng.randrange(100_000, 400_000, 100)))
    car = car_purchase + car_running
    sangong_total = abroad + reception + car
    operating_cost = int(public * rng.uniform(0.85, 1.0)) // 100 * 100
    sangong = {
        "合计": sangong_total,
        "因公出国（境）费": abroad,
        "公务接待费": reception,
        "公务用车购置及运行费": car,
        "公务用车购置费": car_purchase,
        "公务用车运行费": car_running,
        "机关运行经费": operating_cost,
    }

    # Performance forms: projects with 项目支出, their budgets split into components.
    with_projects = [
        item
        for category in categories
        for section in category.sections
        for item in section.items
        if item.money.project > 0
    ]
    rng.shuffle(with_projects)
    managed = with_projects[: min(len(with_projects), forms + rng.randint(3, 20))]
    form_list: list[Form] = []
    for index, item in enumerate(managed[:forms]):
        name = f"{_PROJECT_NAMES[index % len(_PROJECT_NAMES)]}（{item.code}）"
        count = min(item.money.project, rng.randint(2, 5))
        parts = [share + 1 for share in partition(item.money.project - count, count, rng)]
        components = tuple(
            (f"{name}子项目{chinese_ordinal(part + 1)}", amount)
            for part, amount in enumerate(parts)
        )
        form_list.append(
            Form(name, item.code, item.money.project, components, _PEOPLE[index % len(_PEOPLE)])
        )

    out = _Writer()
    _write_front(out, year, categories, grand)
    _write_tables(out, year, categories, grand, economic, sangong, page_rows)
    _write_related(out, year, sangong, managed, rng)
    for form in form_list:
        _write_form(out, year, form)

    counted = sum(1 + len(c.sections) + sum(len(s.items) for s in c.sections) for c in categories)
    item_rows = sum(len(s.items) for c in categories for s in c.sections)
    return GeneratedDocument(
        text=out.text(),
        rows={
            "income": counted,
            "expenditure": counted,
            "general_public": counted,
            "gov_fund": 0,
            "economic": len(economic),
        },
        items={
            "finance_summary": (6, len(categories)),
            "fiscal_summary": (2, len(categories)),
        },
        totals={
            "budget": grand.total,
            "fiscal": grand.fiscal,
            "basic": grand.basic,
            "project": grand.project,
            "personnel": personnel,
            "public": public,
        },
        categories=len(categories),
        item_rows=item_rows,
        projects=len(form_list),
        sangong=sangong,
    )


def generate_document(rows: int, seed: int = 0) -> str:
    """The text of a consistent budget document with about ``rows`` 项 rows per table."""
    return build_document(rows, seed).text


_TABLE_TITLES = (
    "{year} 年部门财务收支预算总表",
    "{year} 年部门收入预算总表",
    "{year} 年部门支出预算总表",
    "{year} 年部门财政拨款收支预算总表",
    "{year} 年部门一般公共预算支出功能分类预算表",
    "{year} 年部门政府性基金预算支出功能分类预算表",
    "{year} 年部门一般公共预算基本支出经济分类预算表",
    "{year} 年部门“三公”经费和机关运行经费预算情况表",
)


def _write_front(out: _Writer, year: int, categories: Sequence[Category], grand: Money) -> None:
    out.para(f"{DEPARTMENT} {year} 年度部门预算", "目录", "主要职能", "机构设置", "预算编制说明")
    out.para(*(title.format(year=year) for title in _TABLE_TITLES))
    out.para("相关情况说明", "重点支出项目《绩效目标申报表》")

    out.para(f"{DEPARTMENT}主要职能", f"{DEPARTMENT}是市政府直属机构。包括行政单位 1 家")
    out.para("主要职能包括：")
    duties = (
        "贯彻执行国家有关法律、法规、规章和方针、政策；参与研究起草本市相关地方性法规、规章草案和政策，并组织实施。",
        "牵头组织本市相关规划和年度计划的编报，并组织实施和协调推进。",
        "负责本市相关专项工作的协调服务，协调推进信息化建设，提高工作效率，优化营商环境。",
        "组织开展涉及本市相关重大问题的调查研究，提出解决问题的建议和措施。",
        "承办市政府交办的其他事项。",
    )
    out.para(*(f"{index}. {duty}" for index, duty in enumerate(duties, 1)))

    out.para(
        f"{DEPARTMENT}机构设置",
        f"{DEPARTMENT}部门预算是{DEPARTMENT}的综合收支计划。本部门中，行政单位 1 家，具体包括：",
        f"1. {DEPARTMENT}。",
        f"{DEPARTMENT}设 5 个内设机构，包括："
        "综合处、组织人事处、政策法规处、业务管理处、协调服务处。",
    )

    fiscal = wan_rounded(grand.fiscal)
    out.para(
        f"{year} 年部门预算编制说明",
        f"{year} 年，{DEPARTMENT}预算支出总额为 {wan_rounded(grand.total)} 万元，其中：财政拨款支出"
        f"预算 {fiscal} 万元。财政拨款支出预算中，一般公共预算拨款支出预算 {fiscal} 万元。"
        "财政拨款支出主要内容如下：",
    )
    for index, category in enumerate(categories, 1):
        purpose = _PURPOSES[(index - 1) % len(_PURPOSES)]
        out.para(
            f"{index}. “{category.name}”科目 {wan_rounded(category.money.fiscal)} 万元，{purpose}。"
        )


def _write_tables(
    out: _Writer,
    year: int,
    categories: Sequence[Category],
    grand: Money,
    economic: Sequence[EconomicRow],
    sangong: dict[str, int],
    page_rows: int,
) -> None:
    titles = [title.format(year=year) for title in _TABLE_TITLES]
    right = [
        (f"{chinese_ordinal(index)}、{category.name}", [fmt(category.money.total)])
        for index, category in enumerate(categories, 1)
    ]
    left = [
        ("一、财政拨款收入", [fmt(grand.fiscal)]),
        ("1. 一般公共预算资金", [fmt(grand.fiscal)]),
        ("2. 政府性基金", [""]),
        ("二、事业收入", [fmt(grand.business)]),
        ("三、事业单位经营收入", [fmt(grand.operating)]),
        ("四、其他收入", [fmt(grand.other)]),
    ]
    _write_two_sided(
        out,
        titles[0],
        ("本年收入\t\t本年支出\t", "项目\t预算数\t项目\t预算数"),
        left,
        right,
        ([fmt(grand.total)], [fmt(grand.total)]),
        page_rows,
    )
    _write_functional(out, "income", titles[1], categories, page_rows, repeat_header=False)
    _write_functional(out, "expenditure", titles[2], categories, page_rows, repeat_header=False)
    fiscal_right = [
        (
            f"{chinese_ordinal(index)}、{category.name}",
            [fmt(category.money.fiscal), fmt(category.money.fiscal), ""],
        )
        for index, category in enumerate(categories, 1)
    ]
    _write_two_sided(
        out,
        titles[3],
        (
            "财政拨款收入\t\t财政拨款支出\t\t\t",
            "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算",
        ),
        [("一、一般公共预算资金", [fmt(grand.fiscal)]), ("二、政府性基金", [""])],
        fiscal_right,
        ([fmt(grand.fiscal)], [fmt(grand.fiscal), fmt(grand.fiscal), ""]),
        page_rows,
    )
    _write_functional(out, "general_public", titles[4], categories, page_rows, repeat_header=True)

    out.para(titles[5], f"编制部门：{DEPARTMENT}", "单位：元")
    for line in _FUNCTIONAL_HEADERS["gov_fund"]:
        out.row(line)
    out.row("合计\t\t\t\t\t\t")
    out.blank()
    out.para(f"注：{DEPARTMENT} {year} 年度无政府性基金预算支出，故本表无数据。")

    _write_economic(out, titles[6], economic, page_rows)

    out.para(f"{year}年{DEPARTMENT}“三公”经费和机关运行经费预算情况表", "单位：万元")
    out.row("“三公”经费预算表\t\t\t\t\t\t机关运行经费预算数")
    out.row("合计\t因公出国（境）费\t公务接待费\t公务用车购置及运行费\t\t\t")
    out.row("\t\t\t小计\t购置费\t运行费\t")
    order = (
        "合计",
        "因公出国（境）费",
        "公务接待费",
        "公务用车购置及运行费",
        "公务用车购置费",
        "公务用车运行费",
        "机关运行经费",
    )
    out.row(*(wan_cents(sangong[item] // 100, places=True) for item in order))
    out.blank()


def _write_related(
    out: _Writer,
    year: int,
    sangong: dict[str, int],
    managed: Sequence[Item],
    rng: random.Random,
) -> None:
    cents = {item: amount // 100 for item, amount in sangong.items()}
    changes = {
        item: _sangong_change(cents[item], rng)
        for item in ("因公出国（境）费", "公务接待费", "公务用车购置及运行费")
    }
    total_change = sum(changes.values())
    out.para("相关情况说明", "一、“三公”经费预算")
    out.para(
        f"{DEPARTMENT} {year} 年“三公”经费财政拨款预算为 {wan_cents(cents['合计'])} 万元，"
        "包括本部门使用市级财政拨款预算安排的因公出国（境）费、公务接待费、公务用车购置及运行费，"
        f"{_change_text(total_change, year)}。其中：",
        f"因公出国（境）费预算 {wan_cents(cents['因公出国（境）费'])} 万元，"
        "主要安排机关人员的国际合作交流、境外培训研修等的国际旅费、住宿费、伙食费、培训费、公杂费等支出。"
        f"{_change_text(changes['因公出国（境）费'], year)}。",
        f"公务接待费预算 {wan_cents(cents['公务接待费'])} 万元，"
        "主要安排全国性专业会议、专项检查以及外省市团组接待交流等执行公务所需的住宿费、交通费、伙食费等支出。"
        f"{_change_text(changes['公务接待费'], year)}。",
        f"公务用车购置及运行费预算 {wan_cents(cents['公务用车购置及运行费'])} 万元，其中，公务用车"
        f"购置费 {wan_cents(cents['公务用车购置费'])} 万元，公务用车运行费 "
        f"{wan_cents(cents['公务用车运行费'])} 万元，主要用于安排市内因公出差、公务文件交换等所需"
        f"公务用车燃料费、维修费、过路过桥费、保险费等支出。"
        f"{_change_text(changes['公务用车购置及运行费'], year)}。",
    )
    out.para(
        "二、机关运行经费预算",
        "机关运行经费是指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的"
        f"基本支出中的日常公用经费支出，{DEPARTMENT} {year} 年度机关运行经费财政拨款预算 "
        f"{wan_cents(cents['机关运行经费'])} 万元。",
    )
    goods = rng.randint(0, 50_000)
    works = rng.choice((0, rng.randint(0, 30_000)))
    services = rng.randint(0, 200_000)
    procurement = goods + works + services
    reserved = procurement * rng.randint(10, 40) // 100
    small = reserved * rng.randint(30, 90) // 100
    out.para(
        "三、政府采购情况",
        f"{year} 年度本部门政府采购预算 {wan_cents(procurement)} 万元，其中：政府采购货物预算 "
        f"{wan_cents(goods)} 万元、政府采购工程预算 {wan_cents(works)} 万元、政府采购服务预算 "
        f"{wan_cents(services)} 万元。",
        f"{year} 年度本部门面向中小企业预留政府采购项目预算金额 {wan_cents(reserved)} 万元，"
        f"其中：面向小微企业预留政府采购项目预算金额 {wan_cents(small)} 万元。",
    )
    managed_cents = -(-sum(item.money.project for item in managed) // 100)
    out.para(
        "四、预算绩效情况",
        f"{year} 年度，本部门实行绩效目标管理的项目 {len(managed)} 个，涉及预算金额 "
        f"{wan_cents(managed_cents, places=True)} 万元。重点支出项目绩效目标见《绩效目标申报表》。",
    )


_INDICATORS = (
    ("投入和管理目标", "预算执行率", "=100.00%"),
    ("", "资金使用情况", "资金使用合规"),
    ("", "财务管理制度健全性", "健全"),
    ("", "项目管理制度健全性", "健全"),
    ("产出目标", "项目完成率", "=100.00%"),
    ("", "完成及时率", "=100.00%"),
    ("", "质量达标率", "=100.00%"),
    ("效果目标", "工作效率提升情况", "有提升"),
    ("", "运行成本节省情况", "成本降低"),
    ("影响力目标", "服务对象满意度", "≥85.00%"),
    ("", "工作人员满意度", "≥85.00%"),
)


def _write_form(out: _Writer, year: int, form: Form) -> None:
    box, checked = '<input type="checkbox"/>', '<input checked="" type="checkbox"/>'
    out.row("上海市财政支出项目绩效目标申报表\t\t\t\t\t")
    out.row(f"({year} 年)\t\t\t\t\t")
    out.row(f"申报单位名称：{DEPARTMENT}（盖章）\t\t\t\t\t")
    out.row(f"项目名称\t{form.name}\t\t\t\t")
    out.row(
        f"项目类型\t{box} 市委市政府已确定的新增项目 {box} 结转项目 {box} 其他一次性项目 "
        f"{checked} 经常性专项业务费 {box} 其他经常性项目\t\t\t\t"
    )
    out.row(
        f"资金用途\t{box} 基本建设工程类 {checked} 信息化建设类 {box} 政策补贴类 "
        f"{box} 政府购买服务 {box} 资产购置类 {box} 其他事业专业类\t\t\t\t"
    )
    out.row(f"项目负责人\t{form.leader}\t联系人\t{form.leader}\t联系电话\t63290000")
    out.row(f"开始时间\t{year}-01-01\t\t结束时间\t{year}-12-31\t")
    out.row(
        f"项目概况\t本项目经费主要用于{form.name}，保障相关系统和业务的正常运行，"
        "提升工作效率和服务水平。\t\t\t\t"
    )
    out.row("立项依据\t《上海市推进国际贸易中心建设条例》，本部门年度工作计划。\t\t\t\t")
    out.row(
        "项目设立的必要性\t项目保障本部门相关业务正常开展，实现信息共享，提升服务效能。\t\t\t\t"
    )
    out.row(
        "保证项目实施的制度、措施\t依据合同按时付款，加强财务监督；按计划完成采购、实施及验收。\t\t\t\t"
    )
    out.row(f"项目总预算（元）\t{form.budget}\t\t项目当年预算（元）\t{form.budget}\t")
    out.row("同名项目上年预算额（元）\t0\t\t同名项目上年预算执行数（元）\t0\t")
    out.row("\t子项目名称\t\t预算金额（元）\t\t")
    for index, (name, amount) in enumerate(form.components):
        label = "项目当年投入资金构成" if index == 0 else ""
        out.row(label, name, str(amount))
    out.row(
        "项目实施计划\t1至4月：组织政府采购招投标流程等。5-11月：组织项目的实施、验收等。\t\t\t\t"
    )
    out.row("项目总目标\t确保相关系统运行正常，能满足日常工作需要，数据资源共享情况良好。\t\t\t\t")
    out.row("年度绩效目标\t按计划完成当年度工作，运行故障率降低，用户满意度达到85%以上。\t\t\t\t")
    out.row("分解目标\t\t\t\t\t")
    out.blank()
    out.row("分解目标内容\t绩效指标\t指标目标值")
    for category, name, target in _INDICATORS:
        out.row(category, name, target)
    out.row("备注\t\t")
    out.row(
        f"填报单位负责人（签名）：张超美 填报人：{form.leader} 填报日期：{year - 1}年9月30日\t\t"
    )
    out.blank()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=6000, help="项 rows per functional table")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    text = generate_document(args.rows, args.seed)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
