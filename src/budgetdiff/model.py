"""The document model: one budget document as frozen records (budgetdiff.record).

This is the project's one vocabulary. The parser produces it; checks, diffing,
renderers and the TUI only read it. Every value keeps the number of the source
line it came from (1-based, as ``cat -n`` counts).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from budgetdiff.money import Amount, percent_of, subtract, yuan_of_wan
from budgetdiff.names import TABLE_IDS
from budgetdiff.record import Record

__all__ = ["TABLE_IDS", "Record"]  # re-exported: the model's vocabulary includes the table ids


Values = Mapping[str, Amount | None]
"""Amounts of one row by column name, in yuan; None is an empty cell."""


class Level(StrEnum):
    """Depth of a classification code: 类 (3 digits), 款 (+2), 项 (+2)."""

    CATEGORY = "类"
    SECTION = "款"
    ITEM = "项"


LEVEL_OF_LENGTH: dict[int, Level] = {3: Level.CATEGORY, 5: Level.SECTION, 7: Level.ITEM}


class Source(Record):
    """Where a document came from: path (None for text given directly), hash, encoding."""

    path: str | None
    sha256: str
    encoding: str
    newline: str
    reader: str
    """What the document was read from: ``text`` (tab-separated cells), ``pdf``, or
    ``pdftotext-layout`` (space-aligned columns)."""

    __slots__ = ("encoding", "newline", "path", "reader", "sha256")

    def __init__(
        self,
        path: str | None,
        sha256: str,
        encoding: str,
        newline: str = "\n",
        reader: str = "text",
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "sha256", sha256)
        object.__setattr__(self, "encoding", encoding)
        object.__setattr__(self, "newline", newline)
        object.__setattr__(self, "reader", reader)


class Row(Record):
    """One classification row: full code (``2010301``), level, name and amounts."""

    code: str
    level: Level
    name: str
    values: Values
    line: int

    __slots__ = ("code", "level", "line", "name", "values")

    def __init__(self, code: str, level: Level, name: str, values: Values, line: int) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "line", line)

    @property
    def parent_code(self) -> str | None:
        """The code one level up (``20103`` for ``2010301``), None for a 类."""
        return self.code[:-2] if len(self.code) > 3 else None

    def value(self, column: str) -> Amount | None:
        """The amount in ``column``; None when the cell is empty or the column absent."""
        return self.values.get(column)


class GroupTotal(Record):
    """The total of one side-by-side group of a table (``人员经费合计``) and the 类
    codes printed in that group."""

    name: str
    codes: tuple[str, ...]
    values: Values
    line: int

    __slots__ = ("codes", "line", "name", "values")

    def __init__(self, name: str, codes: tuple[str, ...], values: Values, line: int) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "codes", codes)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "line", line)


class CodeTable(Record):
    """A table by classification code (功能分类 类/款/项 or 经济分类 类/款).

    ``rows`` are in document order; ``total`` is the 合计 row (None when the
    document has none, e.g. cut off). Navigation: ``get``, ``children``,
    ``parent``, ``roots``, ``walk``.
    """

    id: str
    title: str
    line: int
    unit: str
    classification: Literal["functional", "economic"]
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    total: Values | None
    total_line: int | None
    preparer: str | None
    note: str | None
    note_line: int | None
    duplicates: tuple[Row, ...]
    """Rows whose code an earlier row of the table has already: kept, not merged, so
    that a check and a diff can name them (a table with one is inconsistent)."""
    group_totals: tuple[GroupTotal, ...]
    """Totals of column groups printed side by side instead of one 合计 (决算's
    基本支出决算表: 人员经费合计 left, 公用经费合计 right)."""
    furniture: tuple[int, ...]
    """Lines read as the table's furniture: headers, 单位, 编制部门, rules."""

    __slots__ = (
        "_by_code",
        "_children",
        "classification",
        "columns",
        "duplicates",
        "furniture",
        "group_totals",
        "id",
        "line",
        "note",
        "note_line",
        "preparer",
        "rows",
        "title",
        "total",
        "total_line",
        "unit",
    )
    _not_compared = ("furniture",)
    _not_shown = ("furniture",)

    def __init__(
        self,
        id: str,  # noqa: A002 (a field's name)
        title: str,
        line: int,
        unit: str,
        classification: Literal["functional", "economic"],
        columns: tuple[str, ...],
        rows: tuple[Row, ...],
        total: Values | None = None,
        total_line: int | None = None,
        preparer: str | None = None,
        note: str | None = None,
        note_line: int | None = None,
        duplicates: tuple[Row, ...] = (),
        group_totals: tuple[GroupTotal, ...] = (),
        furniture: tuple[int, ...] = (),
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "classification", classification)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "total_line", total_line)
        object.__setattr__(self, "preparer", preparer)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "note_line", note_line)
        object.__setattr__(self, "duplicates", duplicates)
        object.__setattr__(self, "group_totals", group_totals)
        object.__setattr__(self, "furniture", furniture)
        self.__post_init__()

    def __post_init__(self) -> None:
        # Indexes for navigation; plain attributes, not fields, so == ignores them.
        by_code = {row.code: row for row in self.rows}
        object.__setattr__(self, "_by_code", by_code)
        grouped: dict[str | None, list[Row]] = {}
        for row in self.rows:
            grouped.setdefault(self._attach_point(row), []).append(row)
        children = {code: tuple(rows) for code, rows in grouped.items()}
        object.__setattr__(self, "_children", children)

    _by_code: dict[str, Row]
    _children: dict[str | None, tuple[Row, ...]]

    def _attach_point(self, row: Row) -> str | None:
        """The nearest ancestor present in the table (a 项 with no 款 row hangs on its 类)."""
        code = row.parent_code
        while code is not None and code not in self._by_code:
            code = code[:-2] if len(code) > 3 else None
        return code

    def get(self, code: str) -> Row | None:
        """The row with full code ``code``, or None."""
        return self._by_code.get(code)

    def children(self, row: Row | None = None) -> tuple[Row, ...]:
        """The rows directly under ``row``; under None, the 类 rows (the roots)."""
        return self._children.get(row.code if row is not None else None, ())

    def roots(self) -> tuple[Row, ...]:
        """The top rows of the tree (normally the 类 rows)."""
        return self.children(None)

    def parent(self, row: Row) -> Row | None:
        """The row above ``row`` in the tree, or None for a root."""
        code = self._attach_point(row)
        return self._by_code.get(code) if code is not None else None

    def walk(self, row: Row | None = None) -> Iterator[tuple[int, Row]]:
        """Depth-first (depth, row) pairs under ``row`` (the whole tree for None)."""
        for child in self.children(row):
            yield 0, child
            for depth, grandchild in self.walk(child):
                yield depth + 1, grandchild


class SideItem(Record):
    """One item of a two-sided table: ``一、财政拨款收入`` is ordinal 一, label 财政拨款收入."""

    name: str
    label: str
    ordinal: str
    level: int
    values: Values
    line: int

    __slots__ = ("label", "level", "line", "name", "ordinal", "values")

    def __init__(
        self, name: str, label: str, ordinal: str, level: int, values: Values, line: int
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "ordinal", ordinal)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "line", line)


class TwoSidedTable(Record):
    """A table with income items on the left and expenditure items on the right."""

    id: str
    title: str
    line: int
    unit: str
    income_columns: tuple[str, ...]
    expenditure_columns: tuple[str, ...]
    income_items: tuple[SideItem, ...]
    expenditure_items: tuple[SideItem, ...]
    income_total: Values | None
    expenditure_total: Values | None
    income_total_line: int | None
    expenditure_total_line: int | None
    preparer: str | None
    note: str | None
    note_line: int | None
    furniture: tuple[int, ...]
    """Lines read as the table's furniture: headers, 单位, 编制部门, rules."""
    income_below: tuple[SideItem, ...]
    """决算 only: the lines under 本年收入合计 other than 总计 (使用非财政拨款结余,
    年初结转和结余 and its parts, level 2), kept apart from the items and totals;
    ``income_total`` is then 本年收入合计."""
    expenditure_below: tuple[SideItem, ...]
    """决算 only: the lines under 本年支出合计 other than 总计 (结余分配, 年末结转和结余)."""
    income_grand_total: Values | None
    """决算 only: 总计 of the income side (本年收入合计 + the lines below)."""
    expenditure_grand_total: Values | None
    income_grand_total_line: int | None
    expenditure_grand_total_line: int | None

    __slots__ = (
        "expenditure_below",
        "expenditure_columns",
        "expenditure_grand_total",
        "expenditure_grand_total_line",
        "expenditure_items",
        "expenditure_total",
        "expenditure_total_line",
        "furniture",
        "id",
        "income_below",
        "income_columns",
        "income_grand_total",
        "income_grand_total_line",
        "income_items",
        "income_total",
        "income_total_line",
        "line",
        "note",
        "note_line",
        "preparer",
        "title",
        "unit",
    )
    _not_compared = ("furniture",)
    _not_shown = ("furniture",)

    def __init__(
        self,
        id: str,  # noqa: A002 (a field's name)
        title: str,
        line: int,
        unit: str,
        income_columns: tuple[str, ...],
        expenditure_columns: tuple[str, ...],
        income_items: tuple[SideItem, ...],
        expenditure_items: tuple[SideItem, ...],
        income_total: Values | None = None,
        expenditure_total: Values | None = None,
        income_total_line: int | None = None,
        expenditure_total_line: int | None = None,
        preparer: str | None = None,
        note: str | None = None,
        note_line: int | None = None,
        furniture: tuple[int, ...] = (),
        income_below: tuple[SideItem, ...] = (),
        expenditure_below: tuple[SideItem, ...] = (),
        income_grand_total: Values | None = None,
        expenditure_grand_total: Values | None = None,
        income_grand_total_line: int | None = None,
        expenditure_grand_total_line: int | None = None,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "income_columns", income_columns)
        object.__setattr__(self, "expenditure_columns", expenditure_columns)
        object.__setattr__(self, "income_items", income_items)
        object.__setattr__(self, "expenditure_items", expenditure_items)
        object.__setattr__(self, "income_total", income_total)
        object.__setattr__(self, "expenditure_total", expenditure_total)
        object.__setattr__(self, "income_total_line", income_total_line)
        object.__setattr__(self, "expenditure_total_line", expenditure_total_line)
        object.__setattr__(self, "preparer", preparer)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "note_line", note_line)
        object.__setattr__(self, "furniture", furniture)
        object.__setattr__(self, "income_below", income_below)
        object.__setattr__(self, "expenditure_below", expenditure_below)
        object.__setattr__(self, "income_grand_total", income_grand_total)
        object.__setattr__(self, "expenditure_grand_total", expenditure_grand_total)
        object.__setattr__(self, "income_grand_total_line", income_grand_total_line)
        object.__setattr__(self, "expenditure_grand_total_line", expenditure_grand_total_line)

    @property
    def has_carry_over(self) -> bool:
        """A 决算's table: lines below 本年收入合计 / 本年支出合计, or a 总计 of its own."""
        return bool(
            self.income_below
            or self.expenditure_below
            or self.income_grand_total is not None
            or self.expenditure_grand_total is not None
        )

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column name of both sides, income first, without repeats."""
        return tuple(dict.fromkeys(self.income_columns + self.expenditure_columns))


Table = CodeTable | TwoSidedTable

SANGONG_ITEMS: tuple[str, ...] = (
    "合计",
    "因公出国（境）费",
    "公务接待费",
    "公务用车购置及运行费",
    "公务用车购置费",
    "公务用车运行费",
    "机关运行经费",
)
"""The seven values of the 三公 table, in its column order."""


class Stated(Record):
    """A figure stated in the narrative in 万元, as printed (``19,483`` or ``142.05``)."""

    wan: Decimal
    line: int

    __slots__ = ("line", "wan")

    def __init__(self, wan: Decimal, line: int) -> None:
        object.__setattr__(self, "wan", wan)
        object.__setattr__(self, "line", line)

    @property
    def yuan(self) -> Amount:
        """The stated figure in exact yuan."""
        return yuan_of_wan(self.wan)

    @property
    def half_step_yuan(self) -> Decimal:
        """Half of the last printed digit, in yuan: the rounding the figure admits."""
        exponent = self.wan.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return Decimal(10_000) / Decimal(10) ** places / 2


Direction = Literal["增加", "减少", "持平", "ambiguous"]


class StatedChange(Record):
    """A year-over-year change stated in prose: ``比2016年预算减少0.45万元``.

    ``change`` is signed (减少 negative) and None when the direction is ambiguous
    (``增加减少13.9万元``) or missing; ``text`` keeps the phrase as printed.
    ``base`` is what the change is measured against, as printed (``预算``,
    ``预算执行数``); ``percent`` is the figure of a change stated in per cent
    (``减少57.14%``), which has no ``magnitude``.
    """

    item: str
    current: Stated | None
    direction: Direction
    magnitude: Decimal | None
    prior_year: int | None
    text: str
    line: int
    base: str | None
    percent: Decimal | None

    __slots__ = (
        "base",
        "current",
        "direction",
        "item",
        "line",
        "magnitude",
        "percent",
        "prior_year",
        "text",
    )

    def __init__(
        self,
        item: str,
        current: Stated | None,
        direction: Direction,
        magnitude: Decimal | None,
        prior_year: int | None,
        text: str,
        line: int,
        base: str | None = None,
        percent: Decimal | None = None,
    ) -> None:
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "current", current)
        object.__setattr__(self, "direction", direction)
        object.__setattr__(self, "magnitude", magnitude)
        object.__setattr__(self, "prior_year", prior_year)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "percent", percent)

    @property
    def change(self) -> Decimal | None:
        """Signed change in 万元; None when ambiguous."""
        if self.direction == "持平":
            return Decimal(0)
        if self.magnitude is None or self.direction == "ambiguous":
            return None
        return self.magnitude if self.direction == "增加" else -self.magnitude

    @property
    def previous(self) -> Decimal | None:
        """The previous year's figure in 万元 (this year minus the change), when derivable."""
        change = self.change
        if change is None or self.current is None:
            return None
        return self.current.wan - change


class Sangong(Record):
    """The 三公 table (“三公”经费和机关运行经费预算情况表): seven values in yuan.

    ``values`` is keyed by ``SANGONG_ITEMS``; ``raw`` keeps the cells as printed in
    ``unit`` (万元). ``prior_year`` holds the previous year's values derived from the
    narrative's stated changes (None where not derivable).
    """

    values: Values
    raw: Mapping[str, str]
    unit: str
    line: int
    title: str
    title_line: int
    prior_year: Values
    note: str | None
    note_line: int | None
    furniture: tuple[int, ...]
    """Lines read as the table's furniture: the header rows, 单位, 编制部门, rules."""
    budget: Values
    """决算 only: the 预算数 of each item (``values`` are then the 决算数), keyed like
    ``values``; a 决算 table has no 机关运行经费."""

    __slots__ = (
        "budget",
        "furniture",
        "line",
        "note",
        "note_line",
        "prior_year",
        "raw",
        "title",
        "title_line",
        "unit",
        "values",
    )
    _not_compared = ("furniture",)
    _not_shown = ("furniture",)

    def __init__(
        self,
        values: Values,
        raw: Mapping[str, str],
        unit: str,
        line: int,
        title: str,
        title_line: int,
        prior_year: Values | None = None,
        note: str | None = None,
        note_line: int | None = None,
        furniture: tuple[int, ...] = (),
        budget: Values | None = None,
    ) -> None:
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "title_line", title_line)
        object.__setattr__(self, "prior_year", {} if prior_year is None else prior_year)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "note_line", note_line)
        object.__setattr__(self, "furniture", furniture)
        object.__setattr__(self, "budget", {} if budget is None else budget)

    def __getitem__(self, item: str) -> Amount | None:
        return self.values.get(item)

    @property
    def total(self) -> Amount | None:
        """合计 of the three kinds of spending."""
        return self.values.get("合计")

    @property
    def blank(self) -> bool:
        """True when the table prints no figure at all (a 0 is a figure)."""
        return not any(self.raw.values())

    def completion(self, item: str) -> Decimal | None:
        """决算 only: ``item``'s 决算数 as a percentage of its 预算数, to two decimals
        (完成率); None without a budget (or a zero one)."""
        return percent_of(self.values.get(item), self.budget.get(item))

    def change_from_prior(self, item: str) -> tuple[Amount | None, Decimal | None]:
        """This year's ``item`` against the stated previous year: (Δ, Δ% to two decimals).

        (None, None) when either year's value is unknown; Δ% is None when the previous
        year is zero. Exact arithmetic, as the diff's Δ and Δ% are computed.
        """
        now, before = self.values.get(item), self.prior_year.get(item)
        if now is None or before is None:
            return None, None
        delta = subtract(now, before)
        if not before:
            return delta, None
        return delta, (Decimal(delta) * 100 / Decimal(before)).quantize(Decimal("0.01"))


class CategoryFigure(Record):
    """A 类 named in the budget narrative with its amount: ``“住房保障支出”科目 250 万元``."""

    name: str
    amount: Stated

    __slots__ = ("amount", "name")

    def __init__(self, name: str, amount: Stated) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "amount", amount)


class ItemFigure(Record):
    """A 项 (or 款) named in 预算编制说明 with what the narrative states about it.

    ``“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元 …
    2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%``:
    ``names`` are the 类/款/项 names as printed, ``code`` the table code they
    resolve to (None when the tables do not name it), ``amount`` the figure after
    the names, ``planned`` the ``预算安排`` figure, ``previous`` the previous year's
    executed figure and ``change`` the stated change, each when printed.
    """

    names: tuple[str, ...]
    code: str | None
    amount: Stated
    line: int
    planned: Stated | None
    previous: Stated | None
    change: StatedChange | None

    __slots__ = ("amount", "change", "code", "line", "names", "planned", "previous")

    def __init__(
        self,
        names: tuple[str, ...],
        code: str | None,
        amount: Stated,
        line: int,
        planned: Stated | None = None,
        previous: Stated | None = None,
        change: StatedChange | None = None,
    ) -> None:
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "planned", planned)
        object.__setattr__(self, "previous", previous)
        object.__setattr__(self, "change", change)


class Procurement(Record):
    """政府采购 figures stated in the narrative (万元); a part not stated is None."""

    total: Stated | None
    goods: Stated | None
    works: Stated | None
    services: Stated | None
    sme_reserved: Stated | None
    small_micro_reserved: Stated | None

    __slots__ = ("goods", "services", "small_micro_reserved", "sme_reserved", "total", "works")

    def __init__(
        self,
        total: Stated | None,
        goods: Stated | None = None,
        works: Stated | None = None,
        services: Stated | None = None,
        sme_reserved: Stated | None = None,
        small_micro_reserved: Stated | None = None,
    ) -> None:
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "goods", goods)
        object.__setattr__(self, "works", works)
        object.__setattr__(self, "services", services)
        object.__setattr__(self, "sme_reserved", sme_reserved)
        object.__setattr__(self, "small_micro_reserved", small_micro_reserved)


class Performance(Record):
    """预算绩效: the number of projects under target management and their amount."""

    project_count: int
    amount: Stated
    line: int
    units: int | None
    """How many budget units set the targets (``本部门2个预算单位``), when stated."""

    __slots__ = ("amount", "line", "project_count", "units")

    def __init__(
        self, project_count: int, amount: Stated, line: int, units: int | None = None
    ) -> None:
        object.__setattr__(self, "project_count", project_count)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "units", units)


class BasicSplit(Record):
    """A budget narrative's 基本支出 and its 人员经费 / 公用经费 split (万元, as printed):
    ``一般公共预算基本支出9,880.88万元，其中：人员经费7,504.62万元…公用经费2,376.26万元``.

    ``scope`` is the money the statement covers as printed: ``一般公共预算`` or
    ``财政拨款`` (which also counts 政府性基金); a part not stated is None.
    """

    scope: str
    total: Stated
    personnel: Stated | None
    public: Stated | None

    __slots__ = ("personnel", "public", "scope", "total")

    def __init__(
        self, scope: str, total: Stated, personnel: Stated | None, public: Stated | None
    ) -> None:
        object.__setattr__(self, "scope", scope)
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "personnel", personnel)
        object.__setattr__(self, "public", public)


ExecutionDirection = Literal["小于", "大于", "等于", "持平"]


class Execution(Record):
    """A 决算 statement of budget against actual: ``年初预算为452.40万元，支出决算为
    446.11万元，完成年初预算的98.61%。决算数小于预算数的主要原因：…``.

    ``names`` are the 类/款/项 names as printed (empty for a total), ``code`` the
    table code they resolve to and ``resolved_by`` how (``names``, or ``figures``
    when a printed name matches no row and the figures single one out). ``rate`` is
    the stated completion % as printed, ``direction`` the comparison word
    (``基本持平``, ``同…持平`` are 持平) and ``direction_text`` its sentence.
    """

    names: tuple[str, ...]
    budget: Stated | None
    actual: Stated | None
    line: int
    rate: Decimal | None
    direction: ExecutionDirection | None
    direction_text: str | None
    reason: str | None
    code: str | None
    resolved_by: str | None
    unresolved: tuple[str, ...]
    """The printed names (类, 款 or 项) that match no row of the table."""

    __slots__ = (
        "actual",
        "budget",
        "code",
        "direction",
        "direction_text",
        "line",
        "names",
        "rate",
        "reason",
        "resolved_by",
        "unresolved",
    )

    def __init__(
        self,
        names: tuple[str, ...],
        budget: Stated | None,
        actual: Stated | None,
        line: int,
        rate: Decimal | None = None,
        direction: ExecutionDirection | None = None,
        direction_text: str | None = None,
        reason: str | None = None,
        code: str | None = None,
        resolved_by: str | None = None,
        unresolved: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "budget", budget)
        object.__setattr__(self, "actual", actual)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "rate", rate)
        object.__setattr__(self, "direction", direction)
        object.__setattr__(self, "direction_text", direction_text)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "resolved_by", resolved_by)
        object.__setattr__(self, "unresolved", unresolved)


class FinalFigure(Record):
    """A total or share the 决算 narrative states: ``key`` names the table figure it
    states (``grand_total``, ``fiscal_grand_total``, ``income:财政拨款收入``,
    ``category:201``, ``basic:人员经费`` …, see docs/checks.md), ``share`` the
    ``占 N%`` printed with it and ``share_of`` the key of the figure it is a share of."""

    key: str
    name: str
    amount: Stated
    line: int
    share: Decimal | None
    share_of: str | None

    __slots__ = ("amount", "key", "line", "name", "share", "share_of")

    def __init__(
        self,
        key: str,
        name: str,
        amount: Stated,
        line: int,
        share: Decimal | None = None,
        share_of: str | None = None,
    ) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "share", share)
        object.__setattr__(self, "share_of", share_of)


class Narrative(Record):
    """Facts read from the prose: 预算编制说明 and 相关情况说明.

    ``total_changes`` are the changes stated for the document totals, ``item`` naming
    the total as printed (``财政拨款收入``, ``一般公共预算拨款支出预算``).
    """

    budget_total: Stated | None
    fiscal_total: Stated | None
    general_public_total: Stated | None
    gov_fund_total: Stated | None
    categories: tuple[CategoryFigure, ...]
    income_total: Stated | None
    fiscal_income: Stated | None
    state_capital_total: Stated | None
    total_changes: tuple[StatedChange, ...]
    items: tuple[ItemFigure, ...]
    sangong_total: Stated | None
    sangong_changes: tuple[StatedChange, ...]
    sangong_parts: Mapping[str, Stated]
    operating_cost: Stated | None
    procurement: Procurement | None
    performance: Performance | None
    execution: Execution | None
    """决算: the overall 一般公共预算财政拨款 statement (年初预算, 支出决算, 完成率)."""
    executions: tuple[Execution, ...]
    """决算: the per-项 statements of 一般公共预算财政拨款支出决算具体情况."""
    sangong_execution: Execution | None
    """决算: the 三公 statement (年初预算, 支出决算, 完成预算的 %, direction)."""
    sangong_item_executions: tuple[Execution, ...]
    """决算: the 三公 items' 决算 and 完成预算 % (names are the 三公 item names)."""
    figures: tuple[FinalFigure, ...]
    """决算: totals and shares the narrative states of the tables' figures."""
    unread: tuple[UnparsedLine, ...]
    """Statements that name 类/款/项 but could not be read with confidence (no amount
    after the names, levels out of order, codes that disagree): listed, never guessed."""
    basic_split: BasicSplit | None
    """A budget's 基本支出 statement with its 人员经费 / 公用经费 (a 决算's are in ``figures``)."""

    __slots__ = (
        "basic_split",
        "budget_total",
        "categories",
        "execution",
        "executions",
        "figures",
        "fiscal_income",
        "fiscal_total",
        "general_public_total",
        "gov_fund_total",
        "income_total",
        "items",
        "operating_cost",
        "performance",
        "procurement",
        "sangong_changes",
        "sangong_execution",
        "sangong_item_executions",
        "sangong_parts",
        "sangong_total",
        "state_capital_total",
        "total_changes",
        "unread",
    )

    def __init__(
        self,
        budget_total: Stated | None = None,
        fiscal_total: Stated | None = None,
        general_public_total: Stated | None = None,
        gov_fund_total: Stated | None = None,
        categories: tuple[CategoryFigure, ...] = (),
        income_total: Stated | None = None,
        fiscal_income: Stated | None = None,
        state_capital_total: Stated | None = None,
        total_changes: tuple[StatedChange, ...] = (),
        items: tuple[ItemFigure, ...] = (),
        sangong_total: Stated | None = None,
        sangong_changes: tuple[StatedChange, ...] = (),
        sangong_parts: Mapping[str, Stated] | None = None,
        operating_cost: Stated | None = None,
        procurement: Procurement | None = None,
        performance: Performance | None = None,
        execution: Execution | None = None,
        executions: tuple[Execution, ...] = (),
        sangong_execution: Execution | None = None,
        sangong_item_executions: tuple[Execution, ...] = (),
        figures: tuple[FinalFigure, ...] = (),
        unread: tuple[UnparsedLine, ...] = (),
        basic_split: BasicSplit | None = None,
    ) -> None:
        object.__setattr__(self, "budget_total", budget_total)
        object.__setattr__(self, "fiscal_total", fiscal_total)
        object.__setattr__(self, "general_public_total", general_public_total)
        object.__setattr__(self, "gov_fund_total", gov_fund_total)
        object.__setattr__(self, "categories", categories)
        object.__setattr__(self, "income_total", income_total)
        object.__setattr__(self, "fiscal_income", fiscal_income)
        object.__setattr__(self, "state_capital_total", state_capital_total)
        object.__setattr__(self, "total_changes", total_changes)
        object.__setattr__(self, "items", items)
        object.__setattr__(self, "sangong_total", sangong_total)
        object.__setattr__(self, "sangong_changes", sangong_changes)
        object.__setattr__(self, "sangong_parts", {} if sangong_parts is None else sangong_parts)
        object.__setattr__(self, "operating_cost", operating_cost)
        object.__setattr__(self, "procurement", procurement)
        object.__setattr__(self, "performance", performance)
        object.__setattr__(self, "execution", execution)
        object.__setattr__(self, "executions", executions)
        object.__setattr__(self, "sangong_execution", sangong_execution)
        object.__setattr__(self, "sangong_item_executions", sangong_item_executions)
        object.__setattr__(self, "figures", figures)
        object.__setattr__(self, "unread", unread)
        object.__setattr__(self, "basic_split", basic_split)


class Choice(Record):
    """A checkbox group of a form (项目类型, 资金用途) as read from the HTML debris.

    ``uncertain`` is True when boxes and labels do not pair up one way only, so the
    selected label is a best reading and ``candidates`` lists every label some
    pairing of boxes and labels would select; ``raw`` keeps the printed text.
    """

    selected: str | None
    options: tuple[str, ...]
    uncertain: bool
    raw: str
    line: int
    candidates: tuple[str, ...]

    __slots__ = ("candidates", "line", "options", "raw", "selected", "uncertain")

    def __init__(
        self,
        selected: str | None,
        options: tuple[str, ...],
        uncertain: bool,
        raw: str,
        line: int,
        candidates: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "selected", selected)
        object.__setattr__(self, "options", options)
        object.__setattr__(self, "uncertain", uncertain)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "candidates", candidates)


class Component(Record):
    """A 子项目 of a project's funding (项目当年投入资金构成) with its amount in yuan."""

    name: str
    amount: Amount | None
    line: int

    __slots__ = ("amount", "line", "name")

    def __init__(self, name: str, amount: Amount | None, line: int) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "line", line)


class Target(Record):
    """An indicator's target: ``≥85.00%`` is operator ≥, number 85.00, unit %.

    ``text`` is always kept; operator, number and unit are None for a target in
    words (``有提升``). A bare number (``100%``) has no operator.
    """

    text: str
    operator: str | None
    number: Decimal | None
    unit: str | None

    __slots__ = ("number", "operator", "text", "unit")

    def __init__(
        self,
        text: str,
        operator: str | None = None,
        number: Decimal | None = None,
        unit: str | None = None,
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "operator", operator)
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "unit", unit)


class Indicator(Record):
    """A row of a form's indicator table: 分解目标内容 → 绩效指标 → 指标目标值."""

    category: str
    name: str
    target: Target
    line: int

    __slots__ = ("category", "line", "name", "target")

    def __init__(self, category: str, name: str, target: Target, line: int) -> None:
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "line", line)


class Project(Record):
    """A performance target form (绩效目标申报表) for one key project.

    A field the form leaves empty or never reaches is None; ``lines`` maps each
    field read to its source line, and ``texts`` holds the free-text fields
    (项目概况, 立项依据, …) by their printed label.

    A project described in prose (``source`` ``prose``: a 项目经费情况说明 section)
    has no form fields: ``sections`` are its numbered parts (一、项目概述 …), whose
    text is also in ``texts`` under the part's name without its ordinal; the
    年度预算安排 part gives ``year_budget`` (``2025年度项目总预算1720.00万``), the
    ``components`` it lists (or a quarterly 用款计划) and their ``stated_sum``
    (``合计1170.00万``).
    """

    title: str
    line: int
    name: str | None
    year: int | None
    applicant: str | None
    type: Choice | None
    use: Choice | None
    leader: str | None
    contact: str | None
    phone: str | None
    start: str | None
    end: str | None
    texts: Mapping[str, str]
    total_budget: Amount | None
    year_budget: Amount | None
    last_year_budget: Amount | None
    last_year_spent: Amount | None
    components: tuple[Component, ...]
    indicators: tuple[Indicator, ...]
    signer: str | None
    preparer: str | None
    filed_on: str | None
    lines: Mapping[str, int]
    furniture: tuple[int, ...]
    """Lines that only structure the form: column headers, section labels, the rest of a
    checkbox group read with its first line."""
    source: Literal["form", "prose"]
    sections: tuple[Section, ...]
    stated_sum: Amount | None

    __slots__ = (
        "applicant",
        "components",
        "contact",
        "end",
        "filed_on",
        "furniture",
        "indicators",
        "last_year_budget",
        "last_year_spent",
        "leader",
        "line",
        "lines",
        "name",
        "phone",
        "preparer",
        "sections",
        "signer",
        "source",
        "start",
        "stated_sum",
        "texts",
        "title",
        "total_budget",
        "type",
        "use",
        "year",
        "year_budget",
    )
    _not_compared = ("furniture",)
    _not_shown = ("furniture",)

    def __init__(
        self,
        title: str,
        line: int,
        name: str | None = None,
        year: int | None = None,
        applicant: str | None = None,
        type: Choice | None = None,  # noqa: A002 (a field's name)
        use: Choice | None = None,
        leader: str | None = None,
        contact: str | None = None,
        phone: str | None = None,
        start: str | None = None,
        end: str | None = None,
        texts: Mapping[str, str] | None = None,
        total_budget: Amount | None = None,
        year_budget: Amount | None = None,
        last_year_budget: Amount | None = None,
        last_year_spent: Amount | None = None,
        components: tuple[Component, ...] = (),
        indicators: tuple[Indicator, ...] = (),
        signer: str | None = None,
        preparer: str | None = None,
        filed_on: str | None = None,
        lines: Mapping[str, int] | None = None,
        furniture: tuple[int, ...] = (),
        source: Literal["form", "prose"] = "form",
        sections: tuple[Section, ...] = (),
        stated_sum: Amount | None = None,
    ) -> None:
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "applicant", applicant)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "use", use)
        object.__setattr__(self, "leader", leader)
        object.__setattr__(self, "contact", contact)
        object.__setattr__(self, "phone", phone)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "texts", {} if texts is None else texts)
        object.__setattr__(self, "total_budget", total_budget)
        object.__setattr__(self, "year_budget", year_budget)
        object.__setattr__(self, "last_year_budget", last_year_budget)
        object.__setattr__(self, "last_year_spent", last_year_spent)
        object.__setattr__(self, "components", components)
        object.__setattr__(self, "indicators", indicators)
        object.__setattr__(self, "signer", signer)
        object.__setattr__(self, "preparer", preparer)
        object.__setattr__(self, "filed_on", filed_on)
        object.__setattr__(self, "lines", {} if lines is None else lines)
        object.__setattr__(self, "furniture", furniture)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "sections", sections)
        object.__setattr__(self, "stated_sum", stated_sum)


class Paragraph(Record):
    """A paragraph of prose; a paragraph the PDF broke across lines is joined.

    ``lines`` are its source lines and ``starts`` the offset in ``text`` where
    each of them begins, so a position in the text maps back to its line.
    """

    text: str
    line: int
    lines: tuple[int, ...]
    starts: tuple[int, ...]

    __slots__ = ("line", "lines", "starts", "text")

    def __init__(
        self, text: str, line: int, lines: tuple[int, ...], starts: tuple[int, ...] = (0,)
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "lines", lines)
        object.__setattr__(self, "starts", starts)

    def line_at(self, offset: int) -> int:
        """The source line of the character at ``offset``."""
        found = self.line
        for line, start in zip(self.lines, self.starts, strict=False):
            if start > offset:
                break
            found = line
        return found


class Section(Record):
    """A narrative section (主要职能, 机构设置, 预算编制说明, 相关情况说明 and its parts)."""

    title: str
    line: int
    paragraphs: tuple[Paragraph, ...]
    parent: str | None

    __slots__ = ("line", "paragraphs", "parent", "title")

    def __init__(
        self, title: str, line: int, paragraphs: tuple[Paragraph, ...], parent: str | None = None
    ) -> None:
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "paragraphs", paragraphs)
        object.__setattr__(self, "parent", parent)

    @property
    def text(self) -> str:
        """The paragraphs joined by newlines."""
        return "\n".join(paragraph.text for paragraph in self.paragraphs)


CheckStatus = Literal["pass", "warn", "fail"]


class CheckResult(Record):
    """The outcome of one consistency identity (勾稽关系) on one subject.

    ``strict`` identities fail; approximate ones warn. ``table``, ``code`` and
    ``line`` point at what a reader should look at first.
    """

    id: str
    status: CheckStatus
    message: str
    strict: bool
    table: str | None
    code: str | None
    line: int | None
    page: int | None
    """For a document read page by page: the page of ``line``, and its line there."""
    page_line: int | None

    __slots__ = ("code", "id", "line", "message", "page", "page_line", "status", "strict", "table")

    def __init__(
        self,
        id: str,  # noqa: A002 (a field's name)
        status: CheckStatus,
        message: str,
        strict: bool = True,
        table: str | None = None,
        code: str | None = None,
        line: int | None = None,
        page: int | None = None,
        page_line: int | None = None,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "strict", strict)
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "page", page)
        object.__setattr__(self, "page_line", page_line)


class CheckReport(Record):
    """Every identity's results for one document (``budgetdiff.check``), in a stable
    order: a ``pass`` per identity that holds everywhere, a ``fail`` or ``warn`` per
    instance that does not."""

    results: tuple[CheckResult, ...]

    __slots__ = ("results",)

    def __init__(self, results: tuple[CheckResult, ...] = ()) -> None:
        object.__setattr__(self, "results", results)

    def __iter__(self) -> Iterator[CheckResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def with_status(self, status: CheckStatus) -> tuple[CheckResult, ...]:
        """The results whose status is ``status``."""
        return tuple(result for result in self.results if result.status == status)

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        """The results that fail (strict identities that do not hold)."""
        return self.with_status("fail")

    @property
    def warned(self) -> tuple[CheckResult, ...]:
        """The results that warn (approximate identities, unread text)."""
        return self.with_status("warn")

    @property
    def passed(self) -> tuple[CheckResult, ...]:
        return self.with_status("pass")

    @property
    def failed_ids(self) -> tuple[str, ...]:
        """The ids of the failing identities, each once, in order."""
        return tuple(dict.fromkeys(result.id for result in self.failed))

    def counts(self) -> dict[str, int]:
        """``{"fail": 1, "warn": 0, "pass": 20}``."""
        return {status: len(self.with_status(status)) for status in ("fail", "warn", "pass")}


class UnparsedLine(Record):
    """A non-blank line the parser could not place, with why."""

    line: int
    text: str
    reason: str

    __slots__ = ("line", "reason", "text")

    def __init__(self, line: int, text: str, reason: str) -> None:
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "reason", reason)


class UnreadPage(Record):
    """A page of the input whose text could not be read (none, or not sensible text)."""

    page: int
    reason: str

    __slots__ = ("page", "reason")

    def __init__(self, page: int, reason: str) -> None:
        object.__setattr__(self, "page", page)
        object.__setattr__(self, "reason", reason)


class ReadNote(Record):
    """Something odd the reader met and set aside, the document still read: ``kind`` is
    ``hidden_text`` (text no reader can see, not read as data) or ``file`` (bytes before
    ``%PDF-`` or after ``%%EOF``, a stream's bad checksum); ``page`` is None for the file."""

    kind: str
    page: int | None
    text: str

    __slots__ = ("kind", "page", "text")

    def __init__(self, kind: str, page: int | None, text: str) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "page", page)
        object.__setattr__(self, "text", text)


PARTLY_READ_LINES = 5
"""More unparsed lines than this, or than 1 % of the non-blank lines: only partly read."""


class ReadCoverage(Record):
    """How completely a document was read: the one place that decides "partly read"."""

    unparsed: int
    """Non-blank lines the parser could not place."""
    lines: int
    """Non-blank lines of the text the parser read."""
    unread_pages: tuple[UnreadPage, ...]

    __slots__ = ("lines", "unparsed", "unread_pages")

    def __init__(
        self, unparsed: int, lines: int, unread_pages: tuple[UnreadPage, ...] = ()
    ) -> None:
        object.__setattr__(self, "unparsed", unparsed)
        object.__setattr__(self, "lines", lines)
        object.__setattr__(self, "unread_pages", unread_pages)

    @property
    def partly(self) -> bool:
        """True when what was not read is more than a handful: the verdict is PARTLY READ."""
        return (
            bool(self.unread_pages)
            or self.unparsed > PARTLY_READ_LINES
            or self.unparsed * 100 > self.lines
        )

    @property
    def complete(self) -> bool:
        """True when every page and every non-blank line was read."""
        return not self.unparsed and not self.unread_pages


class Document(Record):
    """A parsed budget document.

    Two documents compare equal when their content is equal, whatever file,
    encoding or line ending they came from (``source`` is left out of ``==``).
    """

    department: str | None
    year: int | None
    kind: str | None
    title_line: int | None
    source: Source
    tables: Mapping[str, Table]
    sangong: Sangong | None
    narrative: Narrative
    projects: tuple[Project, ...]
    sections: tuple[Section, ...]
    unparsed: tuple[UnparsedLine, ...]
    line_count: int
    department_line: int | None
    department_variants: tuple[tuple[str, int], ...]
    """Names printed for the department that differ from the cover's (a heading's
    ``上海市规划和自然资源局`` for 上海市普陀区规划和自然资源局), with their first line."""
    """The line naming the department under the title (``预算主管部门：…``), if any."""
    toc_lines: tuple[int, ...]
    """The lines of the table of contents (目录 and its entries)."""
    page_number_lines: tuple[int, ...]
    """Page-number lines (``- 1 -``), set aside wherever they stand."""
    origin: Mapping[int, tuple[int, int]]
    """For a document read page by page (a PDF, ``-layout`` text): each line of the
    text the parser read (``text_lines``) → (page, line in that page's text)."""
    page_texts: tuple[str, ...]
    """The text of each page (``page_texts[p - 1]`` is page p), when read page by page."""
    text_lines: tuple[str, ...]
    """The source text, one entry per line (``text_lines[n - 1]`` is line n), for showing
    the lines behind a figure."""
    unread_pages: tuple[UnreadPage, ...]
    """Pages of a PDF whose text could not be read (no text layer, undecodable text)."""
    read_notes: tuple[ReadNote, ...]
    """What the PDF reader set aside and read past (hidden text, a repaired file)."""

    __slots__ = (
        "department",
        "department_line",
        "department_variants",
        "kind",
        "line_count",
        "narrative",
        "origin",
        "page_number_lines",
        "page_texts",
        "projects",
        "read_notes",
        "sangong",
        "sections",
        "source",
        "tables",
        "text_lines",
        "title_line",
        "toc_lines",
        "unparsed",
        "unread_pages",
        "year",
    )
    _not_compared = (
        "source",
        "department_line",
        "toc_lines",
        "page_number_lines",
        "origin",
        "page_texts",
        "text_lines",
        "read_notes",
    )
    _not_shown = ("toc_lines", "page_number_lines", "origin", "page_texts", "text_lines")

    def __init__(
        self,
        department: str | None,
        year: int | None,
        kind: str | None,
        title_line: int | None,
        source: Source,
        tables: Mapping[str, Table] | None = None,
        sangong: Sangong | None = None,
        narrative: Narrative | None = None,
        projects: tuple[Project, ...] = (),
        sections: tuple[Section, ...] = (),
        unparsed: tuple[UnparsedLine, ...] = (),
        line_count: int = 0,
        department_line: int | None = None,
        department_variants: tuple[tuple[str, int], ...] = (),
        toc_lines: tuple[int, ...] = (),
        page_number_lines: tuple[int, ...] = (),
        origin: Mapping[int, tuple[int, int]] | None = None,
        page_texts: tuple[str, ...] = (),
        text_lines: tuple[str, ...] = (),
        unread_pages: tuple[UnreadPage, ...] = (),
        read_notes: tuple[ReadNote, ...] = (),
    ) -> None:
        object.__setattr__(self, "department", department)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "title_line", title_line)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "tables", {} if tables is None else tables)
        object.__setattr__(self, "sangong", sangong)
        object.__setattr__(self, "narrative", Narrative() if narrative is None else narrative)
        object.__setattr__(self, "projects", projects)
        object.__setattr__(self, "sections", sections)
        object.__setattr__(self, "unparsed", unparsed)
        object.__setattr__(self, "line_count", line_count)
        object.__setattr__(self, "department_line", department_line)
        object.__setattr__(self, "department_variants", department_variants)
        object.__setattr__(self, "toc_lines", toc_lines)
        object.__setattr__(self, "page_number_lines", page_number_lines)
        object.__setattr__(self, "origin", {} if origin is None else origin)
        object.__setattr__(self, "page_texts", page_texts)
        object.__setattr__(self, "text_lines", text_lines)
        object.__setattr__(self, "unread_pages", unread_pages)
        object.__setattr__(self, "read_notes", read_notes)

    @property
    def reading(self) -> ReadCoverage:
        """How completely the document was read (``ReadCoverage.partly``: PARTLY READ)."""
        lines = sum(1 for line in self.text_lines if line.strip()) or self.line_count
        return ReadCoverage(len(self.unparsed), lines, self.unread_pages)

    def where(self, line: int) -> str:
        """``line 12``; for a document read page by page, ``page 3 line 12`` (the line in
        that page's text), which is where a reader finds it."""
        found = self.origin.get(line)
        return f"page {found[0]} line {found[1]}" if found else f"line {line}"

    def source_line(self, line: int) -> str:
        """The text of 1-based source ``line`` ('' outside the document)."""
        return self.text_lines[line - 1] if 0 < line <= len(self.text_lines) else ""

    def table(self, table_id: str) -> Table:
        """The table with id ``table_id`` (see ``TABLE_IDS``). Raises KeyError if absent."""
        try:
            return self.tables[table_id]
        except KeyError:
            raise KeyError(f"this document has no table {table_id!r}") from None

    def code_table(self, table_id: str) -> CodeTable:
        """The classification table ``table_id``. Raises KeyError if absent or two-sided."""
        table = self.table(table_id)
        if not isinstance(table, CodeTable):
            raise KeyError(f"table {table_id!r} is not a classification table")
        return table
