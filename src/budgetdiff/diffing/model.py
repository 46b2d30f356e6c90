"""The result of comparing two documents: B relative to A (delta = b − a).

Every change carries a ``kind`` from one vocabulary (``ChangeKind``) so that
renderers, the TUI and scripts label changes the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from budgetdiff.classification import ClassificationChange, Coded
from budgetdiff.model import ReadCoverage, Values
from budgetdiff.money import Amount, percent_of, subtract
from budgetdiff.record import Record

ChangeKind = Literal[
    "amount",
    "rounding",
    "added",
    "removed",
    "renamed",
    "moved",
    "merged",
    "split",
    "duplicated",
    "changed",
    "weakened",
    "strengthened",
]
"""amount: a figure changed; rounding: only below the display precision of a 万元
figure (two decimals); added / removed: present on one side only; renamed: same
code (or project) under another name; moved: same name under another code, or a
code the classification renumbered; merged: several codes of one side that the
classification made one of the other (several of the other, when a merge and a split
meet); split: one code of one side that the classification made several of the other;
duplicated: a second row with a code the table has already, on the side whose
line is given (``b_line`` for B, ``a_line`` for A); changed: a non-numeric value
changed; weakened / strengthened: an indicator target became easier / harder to
meet (≥95% → ≥90% is weakened)."""

ComparisonKind = Literal[
    "year_over_year",
    "other_department",
    "draft_vs_published",
    "other_kind",
    "budget_vs_final",
    "unknown",
]
"""What the two documents are to each other; ``unknown`` when a department or year
was not read on one side (``Diff.unread`` says which)."""

COMPARISON_LABELS: dict[str, str] = {
    "year_over_year": "same department, other year",
    "other_department": "other department",
    "draft_vs_published": "same department and year: draft vs published",
    "other_kind": "same department and year, 部门预算 against 单位预算",
    "budget_vs_final": "same department and year: budget against final accounts (预算 vs 决算)",
    "unknown": "not known how they relate",
}

SECTIONS: tuple[str, ...] = ("tables", "sangong", "projects", "text", "checks")
"""The parts of a diff, as ``--only`` names them."""

Side = Literal["a", "b"]


class Doubt(Record):
    """Why a change cannot be vouched for: the other side (``side``) may hold what it
    seems to lack among what was not read there.

    The rule (``diffing.doubts``): a row or item present on one side only is in doubt
    when the other side has lines not read (``lines``, its unparsed lines) or pages not
    read (``pages``) in that table's region, from the table's title to the next table,
    三公 table, section or project (``reason`` ``unread_here``); a table the other side
    lacks, when that side has lines or pages not read where the table would stand
    (between its neighbours) or was only partly read (``partly_read``,
    ``Document.reading.partly``); a 三公 table, project or narrative section the other
    side lacks, when that side was only partly read.
    """

    side: Side
    reason: Literal["unread_here", "partly_read"]
    lines: tuple[int, ...]
    pages: tuple[int, ...]

    __slots__ = ("lines", "pages", "reason", "side")

    def __init__(
        self,
        side: Side,
        reason: Literal["unread_here", "partly_read"],
        lines: tuple[int, ...] = (),
        pages: tuple[int, ...] = (),
    ) -> None:
        object.__setattr__(self, "side", side)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "lines", lines)
        object.__setattr__(self, "pages", pages)


class DocumentRef(Record):
    """Which document one side is: path, department, year and kind."""

    path: str | None
    department: str | None
    year: int | None
    kind: str | None
    origin: Mapping[int, tuple[int, int]]
    """For a document read page by page: its line → (page, line in that page)."""
    reading: ReadCoverage
    """How completely the document was read (``Document.reading``)."""
    sha256: str | None
    """The SHA-256 of the file as read (``Source.sha256``): which version of a draft it is."""

    __slots__ = ("department", "kind", "origin", "path", "reading", "sha256", "year")
    _not_compared = ("origin", "sha256")

    def __init__(
        self,
        path: str | None,
        department: str | None,
        year: int | None,
        kind: str | None,
        origin: Mapping[int, tuple[int, int]] | None = None,
        reading: ReadCoverage | None = None,
        sha256: str | None = None,
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "department", department)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "origin", {} if origin is None else origin)
        object.__setattr__(self, "reading", ReadCoverage(0, 0) if reading is None else reading)
        object.__setattr__(self, "sha256", sha256)

    def where(self, line: int | None) -> str:
        """A line as a reader finds it: ``153``, or ``p.11:9`` (page 11, line 9) in a PDF."""
        if line is None:
            return ""
        found = self.origin.get(line)
        return f"p.{found[0]}:{found[1]}" if found else str(line)

    @property
    def label(self) -> str:
        """``上海市口岸服务办公室 2017 部门预算 (path)``."""
        title = " ".join(str(p) for p in (self.department, self.year, self.kind) if p)
        return f"{title or '（无标题）'} ({self.path or '-'})"


def delta_of(a: Amount | None, b: Amount | None) -> Amount:
    """b − a, an empty cell counting as zero."""
    return subtract(b, a)


def pct_of(a: Amount | None, delta: Amount) -> Decimal | None:
    """delta as a percentage of a, to two decimals; None when a is empty or zero."""
    return percent_of(delta, a)


class AmountChange:
    """``delta`` and ``pct`` for a change between amounts ``a`` and ``b``."""

    __slots__ = ()
    a: Amount | None
    b: Amount | None

    @property
    def delta(self) -> Amount:
        """b − a."""
        return delta_of(self.a, self.b)

    @property
    def pct(self) -> Decimal | None:
        """delta as a percentage of a."""
        return pct_of(self.a, self.delta)

    @property
    def completion(self) -> Decimal | None:
        """b as a percentage of a, to two decimals (a 决算 figure against its budget:
        完成率); None when a is empty or zero."""
        return percent_of(self.b, self.a)


class CellChange(AmountChange, Record):
    """One changed amount of a row present on both sides (matched by code)."""

    table: str
    code: str | None
    name: str
    column: str
    a: Amount | None
    b: Amount | None
    kind: ChangeKind
    level: str | None
    a_line: int | None
    b_line: int | None

    __slots__ = ("a", "a_line", "b", "b_line", "code", "column", "kind", "level", "name", "table")

    def __init__(
        self,
        table: str,
        code: str | None,
        name: str,
        column: str,
        a: Amount | None,
        b: Amount | None,
        kind: ChangeKind,
        level: str | None = None,
        a_line: int | None = None,
        b_line: int | None = None,
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)


def classifications(years: tuple[int, ...] | list[int]) -> str:
    """``the 2018 classification``; ``the 2018 and 2019 classifications``."""
    named = [str(year) for year in years]
    if len(named) == 1:
        return f"the {named[0]} classification"
    return f"the {', '.join(named[:-1])} and {named[-1]} classifications"


class Reclassified(Record):
    """Why rows of A and B are one across codes or names: the classification changed
    between the two years (``changes``, the crosswalk's entries crossed, in order of
    year). ``old`` are A's codes and ``new`` B's, each with its name as that side prints
    it (A the later year when the documents were given that way round)."""

    changes: tuple[ClassificationChange, ...]
    old: tuple[Coded, ...]
    new: tuple[Coded, ...]

    __slots__ = ("changes", "new", "old")

    def __init__(
        self,
        changes: tuple[ClassificationChange, ...],
        old: tuple[Coded, ...],
        new: tuple[Coded, ...],
    ) -> None:
        object.__setattr__(self, "changes", changes)
        object.__setattr__(self, "old", old)
        object.__setattr__(self, "new", new)

    @property
    def years(self) -> tuple[int, ...]:
        """The years of the classifications that made the change (``(2018,)``)."""
        return tuple(dict.fromkeys(change.since for change in self.changes))

    @property
    def label(self) -> str:
        """``the 2018 classification``; ``the 2018 and 2019 classifications``."""
        return classifications(self.years)

    @property
    def sources(self) -> tuple[str, ...]:
        """The documents that made the changes (``财政部《2018年政府收支分类科目》``)."""
        return tuple(dict.fromkeys(change.source for change in self.changes))


class RowChange(Record):
    """A row added, removed, renamed (same code), moved (same name, other code, or
    renumbered by the classification), merged or split by the classification.

    ``values`` holds the amounts of the side the row is on (B for added, A for
    removed, B for the others: for merged and split rows the sum of B's codes);
    ``old_code`` / ``old_name`` describe A (one code: moved, split). ``old_values`` are
    A's amounts of a row present on both sides under another code (moved, merged, split:
    the sum of A's codes), so that Δ is ``values`` − ``old_values``; ``reclassified``
    says which change of the classification made the codes or names differ.
    """

    table: str
    code: str | None
    name: str
    kind: ChangeKind
    level: str | None
    values: dict[str, Amount | None]
    old_code: str | None
    old_name: str | None
    a_line: int | None
    b_line: int | None
    invisible_only: bool
    """For ``renamed``: the two names differ only by invisible characters (U+200B…)."""
    doubt: Doubt | None
    """For a row on one side only: why it cannot be vouched for (None: it can)."""
    old_values: dict[str, Amount | None] | None
    reclassified: Reclassified | None

    __slots__ = (
        "a_line",
        "b_line",
        "code",
        "doubt",
        "invisible_only",
        "kind",
        "level",
        "name",
        "old_code",
        "old_name",
        "old_values",
        "reclassified",
        "table",
        "values",
    )

    def __init__(
        self,
        table: str,
        code: str | None,
        name: str,
        kind: ChangeKind,
        level: str | None = None,
        values: dict[str, Amount | None] | None = None,
        old_code: str | None = None,
        old_name: str | None = None,
        a_line: int | None = None,
        b_line: int | None = None,
        invisible_only: bool = False,
        doubt: Doubt | None = None,
        old_values: dict[str, Amount | None] | None = None,
        reclassified: Reclassified | None = None,
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "values", {} if values is None else values)
        object.__setattr__(self, "old_code", old_code)
        object.__setattr__(self, "old_name", old_name)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)
        object.__setattr__(self, "invisible_only", invisible_only)
        object.__setattr__(self, "doubt", doubt)
        object.__setattr__(self, "old_values", old_values)
        object.__setattr__(self, "reclassified", reclassified)

    @property
    def on_a(self) -> bool:
        """True when the row's amounts are A's: a removed row, or a duplicate in A only."""
        return self.kind == "removed" or (self.kind == "duplicated" and self.b_line is None)

    def change(self, column: str) -> ColumnChange | None:
        """A, B, Δ and Δ% of ``column`` for a row on both sides under other codes (its
        ``old_values`` against its ``values``); None for a row of one side only."""
        if self.old_values is None:
            return None
        return ColumnChange(column, self.old_values.get(column), self.values.get(column))


class ColumnChange(AmountChange, Record):
    """One column of a node: A's amount, B's, and (properties) Δ and Δ%."""

    column: str
    a: Amount | None
    b: Amount | None

    __slots__ = ("a", "b", "column")

    def __init__(self, column: str, a: Amount | None, b: Amount | None) -> None:
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)


class NodeDiff(Record):
    """One row of a table's union tree: a code (or a two-sided item, or a 合计 line)
    with the amounts of each side, ``None`` for the side that lacks it.

    ``kind`` is the row's change (``added``, ``removed``, ``renamed``, ``moved``,
    ``merged``, ``split``, ``amount``, ``rounding``) or None when it is the same on both
    sides; ``changed`` says whether it or anything beneath it changed. A moved row is
    one node at B's code with A's amounts from ``old_code``; a merged one one node at
    B's code with the sum of A's codes. A split is one node for the change (key
    ``reclassified:`` and A's codes, at A's code: A's amounts against the sum of B's
    codes) and a node at each of B's codes with B's amounts only, ``part_of`` naming
    that node. ``reclassified`` says which change of the classification it was. ``rollup``
    holds, for a 类 whose own row did not change, the net change of the rows beneath
    it, per column.
    """

    table: str
    key: str
    """Unique in its table: the code, or ``收入:一、财政拨款收入:12`` (side, name, line)."""
    code: str | None
    parent: str | None
    """The key of the nearest ancestor present on either side."""
    level: str | None
    name: str
    """B's name (A's for a removed row)."""
    a: Values | None
    b: Values | None
    kind: ChangeKind | None
    side: str | None
    """For a two-sided table: ``收入`` or ``支出``."""
    old_name: str | None
    """A's name when it differs from ``name``."""
    old_code: str | None
    """For a moved row: its code in A."""
    a_line: int | None
    b_line: int | None
    rollup: Mapping[str, Amount]
    total: bool
    """A 合计 / 收入总计 / 支出总计 line, outside the tree."""
    changed: bool
    doubt: Doubt | None
    """For a node on one side only: why it cannot be vouched for (see ``Doubt``)."""
    reclassified: Reclassified | None
    part_of: str | None
    """For one of B's codes of a split: the key of the split's node (A's amounts are
    there, against the sum of its parts)."""

    __slots__ = (
        "a",
        "a_line",
        "b",
        "b_line",
        "changed",
        "code",
        "doubt",
        "key",
        "kind",
        "level",
        "name",
        "old_code",
        "old_name",
        "parent",
        "part_of",
        "reclassified",
        "rollup",
        "side",
        "table",
        "total",
    )

    def __init__(
        self,
        table: str,
        key: str,
        code: str | None,
        parent: str | None,
        level: str | None,
        name: str,
        a: Values | None,
        b: Values | None,
        kind: ChangeKind | None,
        side: str | None = None,
        old_name: str | None = None,
        old_code: str | None = None,
        a_line: int | None = None,
        b_line: int | None = None,
        rollup: Mapping[str, Amount] | None = None,
        total: bool = False,
        changed: bool = False,
        doubt: Doubt | None = None,
        reclassified: Reclassified | None = None,
        part_of: str | None = None,
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "parent", parent)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "side", side)
        object.__setattr__(self, "old_name", old_name)
        object.__setattr__(self, "old_code", old_code)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)
        object.__setattr__(self, "rollup", {} if rollup is None else rollup)
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "changed", changed)
        object.__setattr__(self, "doubt", doubt)
        object.__setattr__(self, "reclassified", reclassified)
        object.__setattr__(self, "part_of", part_of)

    def change(self, column: str) -> ColumnChange:
        """A, B, Δ and Δ% of ``column`` (an empty cell counting as zero in Δ)."""
        return ColumnChange(
            column,
            self.a.get(column) if self.a is not None else None,
            self.b.get(column) if self.b is not None else None,
        )

    @property
    def depth(self) -> int:
        """0 for a 类 (or an item), 1 for a 款, 2 for a 项."""
        return {5: 1, 7: 2}.get(len(self.code or ""), 0)


class ColumnPair(Record):
    """A column as each side's table names it (``side`` ``收入`` or ``支出`` in a two-sided
    table, else None). Both set: the column is compared, under B's name (``a`` and ``b``
    differ when the two tables name their total column differently: A's 预算数, B's 合计);
    one None: a column of one side only, whose figures have nothing to compare with."""

    side: str | None
    a: str | None
    b: str | None

    __slots__ = ("a", "b", "side")

    def __init__(self, side: str | None, a: str | None, b: str | None) -> None:
        object.__setattr__(self, "side", side)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    @property
    def kind(self) -> Literal["same", "renamed", "added", "removed"]:
        """``same``; ``renamed`` (compared under another name); ``added`` (B only) or
        ``removed`` (A only): not compared."""
        if self.a is None:
            return "added"
        if self.b is None:
            return "removed"
        return "same" if self.a == self.b else "renamed"

    @property
    def name(self) -> str:
        """The name the column has in the diff: B's, or A's for a column of A only."""
        return self.b or self.a or ""


class TableTotal(AmountChange, Record):
    """A table's total on each side: the figure of its total column (``合计``, or the one
    amount column such as ``预算数``) in its 合计 row (a two-sided table: 支出总计),
    or the sum of its top rows when it prints none. A side without the table has
    ``a`` (or ``b``) None, which counts as 0: Δ of a removed table is minus its total."""

    column_a: str | None
    column_b: str | None
    a: Amount | None
    b: Amount | None

    __slots__ = ("a", "b", "column_a", "column_b")

    def __init__(
        self, column_a: str | None, column_b: str | None, a: Amount | None, b: Amount | None
    ) -> None:
        object.__setattr__(self, "column_a", column_a)
        object.__setattr__(self, "column_b", column_b)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)


class TableDiff(Record):
    """One table of either document as a union tree (``nodes`` in tree order: each
    parent before its children, codes ascending; two-sided tables 收入 then 支出).

    ``columns`` are the columns of the union: B's, then those of A only; A's figures of
    a column B names otherwise (``column_pairs``) are under B's name in ``nodes``.
    """

    table: str
    title: str
    shape: Literal["code", "two_sided"]
    presence: Literal["both", "added", "removed"]
    """``added``: only B has the table; ``removed``: only A."""
    columns: tuple[str, ...]
    nodes: tuple[NodeDiff, ...]
    a_line: int | None
    b_line: int | None
    column_pairs: tuple[ColumnPair, ...]
    """How A's columns meet B's (tables on both sides only; empty otherwise)."""
    total: TableTotal | None
    """The table's total on each side (None when neither side prints one)."""
    doubt: Doubt | None
    """For a table on one side only: why that cannot be vouched for."""

    __slots__ = (
        "a_line",
        "b_line",
        "column_pairs",
        "columns",
        "doubt",
        "nodes",
        "presence",
        "shape",
        "table",
        "title",
        "total",
    )

    def __init__(
        self,
        table: str,
        title: str,
        shape: Literal["code", "two_sided"],
        presence: Literal["both", "added", "removed"],
        columns: tuple[str, ...],
        nodes: tuple[NodeDiff, ...],
        a_line: int | None = None,
        b_line: int | None = None,
        column_pairs: tuple[ColumnPair, ...] = (),
        total: TableTotal | None = None,
        doubt: Doubt | None = None,
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "shape", shape)
        object.__setattr__(self, "presence", presence)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "nodes", nodes)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)
        object.__setattr__(self, "column_pairs", column_pairs)
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "doubt", doubt)

    @property
    def changed(self) -> bool:
        return (
            self.presence != "both"
            or bool(self.column_changes)
            or any(node.kind is not None for node in self.nodes)
        )

    @property
    def column_changes(self) -> tuple[ColumnPair, ...]:
        """The columns not compared one to one under one name: renamed, or of one side only."""
        return tuple(pair for pair in self.column_pairs if pair.kind != "same")

    def node(self, key: str) -> NodeDiff | None:
        return next((node for node in self.nodes if node.key == key), None)


class IdentityChange(Record):
    """A part of the documents' identity that differs: department, year or kind."""

    field: Literal["department", "year", "kind"]
    a: str | int | None
    b: str | int | None

    __slots__ = ("a", "b", "field")

    def __init__(
        self, field: Literal["department", "year", "kind"], a: str | int | None, b: str | int | None
    ) -> None:
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)


class Rollup(Record):
    """The net change under one 类: its own change, or the sum of changes beneath it."""

    table: str
    code: str
    name: str
    column: str
    delta: Amount
    own: bool
    """True when the 类 row itself changed by ``delta``; False when summed from below."""

    __slots__ = ("code", "column", "delta", "name", "own", "table")

    def __init__(
        self, table: str, code: str, name: str, column: str, delta: Amount, own: bool
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "delta", delta)
        object.__setattr__(self, "own", own)


class SangongChange(AmountChange, Record):
    """One of the seven 三公 values that changed (item named as in the model)."""

    item: str
    a: Amount | None
    b: Amount | None
    kind: ChangeKind
    doubt: Doubt | None
    """When one side has no 三公 table and was only partly read (see ``Doubt``)."""

    __slots__ = ("a", "b", "doubt", "item", "kind")

    def __init__(
        self,
        item: str,
        a: Amount | None,
        b: Amount | None,
        kind: ChangeKind,
        doubt: Doubt | None = None,
    ) -> None:
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "doubt", doubt)


class StatedVsComputed(Record):
    """A document's own stated year-over-year change next to the computed one.

    In a year-over-year diff, B's narrative says how much each 三公 item changed
    against the previous year; ``computed`` is B − A from the tables. ``matches``
    is None when either is unknown (an ambiguous statement, a missing value).
    """

    side: Literal["a", "b"]
    item: str
    direction: str
    stated: Amount | None
    computed: Amount | None
    matches: bool | None
    text: str
    line: int

    __slots__ = ("computed", "direction", "item", "line", "matches", "side", "stated", "text")

    def __init__(
        self,
        side: Literal["a", "b"],
        item: str,
        direction: str,
        stated: Amount | None,
        computed: Amount | None,
        matches: bool | None,
        text: str,
        line: int,
    ) -> None:
        object.__setattr__(self, "side", side)
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "direction", direction)
        object.__setattr__(self, "stated", stated)
        object.__setattr__(self, "computed", computed)
        object.__setattr__(self, "matches", matches)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "line", line)


class PriorFigure(Record):
    """A previous-year figure B's narrative states, beside what A (that year's document)
    has: a total (``财政拨款支出预算 … 比2024年预算减少2,389.52万元``) or a 项
    (``2023年当年预算执行数为60.13万元``), in a year-over-year diff only.

    ``stated`` is B's figure for the previous year (this year − the stated change, or
    the executed figure as printed), ``earlier`` A's table figure: for a 项 the
    classification renumbered or merged, the sum of A's codes that became it
    (``reclassified`` says which). ``matches`` is None when they cannot agree by
    definition: B states the previous year's *execution* (预算执行数), which a budget
    does not print.
    """

    item: str
    code: str | None
    base: str | None
    stated: Amount | None
    earlier: Amount | None
    matches: bool | None
    text: str
    line: int
    reclassified: Reclassified | None

    __slots__ = (
        "base",
        "code",
        "earlier",
        "item",
        "line",
        "matches",
        "reclassified",
        "stated",
        "text",
    )

    def __init__(
        self,
        item: str,
        code: str | None,
        base: str | None,
        stated: Amount | None,
        earlier: Amount | None,
        matches: bool | None,
        text: str,
        line: int,
        reclassified: Reclassified | None = None,
    ) -> None:
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "stated", stated)
        object.__setattr__(self, "earlier", earlier)
        object.__setattr__(self, "matches", matches)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "reclassified", reclassified)


class StatedBudget(Record):
    """A budget figure the final accounts print (a 项's ``年初预算为 X 万元`` in the
    narrative, a 三公 预算数), beside the budget document's own figure for it.

    ``item`` is the function code or the 三公 item; ``tolerance`` is the rounding a
    narrative figure admits (half its last printed digit, in yuan), None for a table
    figure, which must agree exactly.
    """

    item: str
    name: str
    stated: Amount | None
    budget: Amount | None
    tolerance: Decimal | None
    final_line: int
    budget_line: int | None

    __slots__ = ("budget", "budget_line", "final_line", "item", "name", "stated", "tolerance")

    def __init__(
        self,
        item: str,
        name: str,
        stated: Amount | None,
        budget: Amount | None,
        tolerance: Decimal | None,
        final_line: int,
        budget_line: int | None,
    ) -> None:
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "stated", stated)
        object.__setattr__(self, "budget", budget)
        object.__setattr__(self, "tolerance", tolerance)
        object.__setattr__(self, "final_line", final_line)
        object.__setattr__(self, "budget_line", budget_line)

    @property
    def delta(self) -> Amount | None:
        """stated − budget; None when either is missing."""
        if self.stated is None or self.budget is None:
            return None
        return subtract(self.stated, self.budget)

    @property
    def agrees(self) -> bool | None:
        """Whether the two agree (within ``tolerance``); None when either is missing."""
        if self.stated is None or self.budget is None:
            return None
        return abs(Decimal(self.stated) - Decimal(self.budget)) <= (self.tolerance or 0)


class FieldChange(Record):
    """A changed field of a project: ``path`` names it (``year_budget``,
    ``components[IDC服务费].amount``, ``indicators[产出目标/预算执行率].target``)."""

    path: str
    a: object
    b: object
    kind: ChangeKind

    __slots__ = ("a", "b", "kind", "path")

    def __init__(self, path: str, a: object, b: object, kind: ChangeKind) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "kind", kind)

    @property
    def amounts(self) -> AmountChange | None:
        """A, B, Δ and Δ% of an amount field (``amount`` or ``rounding``); else None."""
        if self.kind not in ("amount", "rounding"):
            return None
        return ColumnChange(self.path, self.a, self.b)  # type: ignore[arg-type]


class ProjectChange(Record):
    """A project (performance form) added, removed, renamed or changed."""

    name: str
    kind: ChangeKind
    old_name: str | None
    fields: tuple[FieldChange, ...]
    a_line: int | None
    b_line: int | None
    doubt: Doubt | None
    """For a project added or removed: the other side was only partly read."""

    __slots__ = ("a_line", "b_line", "doubt", "fields", "kind", "name", "old_name")

    def __init__(
        self,
        name: str,
        kind: ChangeKind,
        old_name: str | None = None,
        fields: tuple[FieldChange, ...] = (),
        a_line: int | None = None,
        b_line: int | None = None,
        doubt: Doubt | None = None,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "old_name", old_name)
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)
        object.__setattr__(self, "doubt", doubt)


class TextSpan(Record):
    """One changed span of a section's text (character level): what A had, what B has."""

    op: Literal["replace", "insert", "delete"]
    a: str
    b: str
    a_line: int | None
    b_line: int | None

    __slots__ = ("a", "a_line", "b", "b_line", "op")

    def __init__(
        self,
        op: Literal["replace", "insert", "delete"],
        a: str,
        b: str,
        a_line: int | None,
        b_line: int | None,
    ) -> None:
        object.__setattr__(self, "op", op)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)


class NumberChange(Record):
    """A number that changed inside a sentence (``19,483`` → ``19,583``)."""

    a: str
    b: str
    a_line: int | None
    b_line: int | None
    context: str

    __slots__ = ("a", "a_line", "b", "b_line", "context")

    def __init__(
        self, a: str, b: str, a_line: int | None, b_line: int | None, context: str
    ) -> None:
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)
        object.__setattr__(self, "context", context)


class TextChange(Record):
    """A narrative section added, removed or changed, with its spans and numbers."""

    section: str
    kind: ChangeKind
    similarity: float
    spans: tuple[TextSpan, ...]
    numbers: tuple[NumberChange, ...]
    a_line: int | None
    b_line: int | None
    doubt: Doubt | None
    """For a section added or removed: the other side was only partly read."""

    __slots__ = ("a_line", "b_line", "doubt", "kind", "numbers", "section", "similarity", "spans")

    def __init__(
        self,
        section: str,
        kind: ChangeKind,
        similarity: float,
        spans: tuple[TextSpan, ...] = (),
        numbers: tuple[NumberChange, ...] = (),
        a_line: int | None = None,
        b_line: int | None = None,
        doubt: Doubt | None = None,
    ) -> None:
        object.__setattr__(self, "section", section)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "similarity", similarity)
        object.__setattr__(self, "spans", spans)
        object.__setattr__(self, "numbers", numbers)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)
        object.__setattr__(self, "doubt", doubt)


CheckOutcome = Literal["pass", "warn", "fail", "not_checked"]
"""What became, on the other side, of a check failing on one side: it passed, warned,
failed too, or could not be checked there (no result of that id, or its subject, the
table or row it failed on, is not in that document)."""


class ChecksDiff(Record):
    """The strict checks failing on each side, and what each is on the other side.

    ``a`` and ``b`` are the ids failing in A and in B. ``in_b`` maps each id of ``a`` to
    its outcome in B, ``in_a`` each id of ``b`` to its outcome in A (``CheckOutcome``):
    a failure is ``fixed`` only when B checked it and it passed, and ``new`` only when A
    checked it without failing; what the other side could not check is said so.
    Without the maps (a diff built by hand), an id missing from the other side's
    failures counts as passed there.
    """

    a: tuple[str, ...]
    b: tuple[str, ...]
    in_a: Mapping[str, CheckOutcome]
    in_b: Mapping[str, CheckOutcome]

    __slots__ = ("a", "b", "in_a", "in_b")

    def __init__(
        self,
        a: tuple[str, ...],
        b: tuple[str, ...],
        in_a: Mapping[str, CheckOutcome] | None = None,
        in_b: Mapping[str, CheckOutcome] | None = None,
    ) -> None:
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "in_a", {} if in_a is None else in_a)
        object.__setattr__(self, "in_b", {} if in_b is None else in_b)

    def outcome_in_b(self, check: str) -> CheckOutcome:
        """What ``check`` (failing in A) is in B."""
        return self.in_b.get(check, "fail" if check in self.b else "pass")

    def outcome_in_a(self, check: str) -> CheckOutcome:
        """What ``check`` (failing in B) is in A."""
        return self.in_a.get(check, "fail" if check in self.a else "pass")

    @property
    def new(self) -> tuple[str, ...]:
        """Failing in B; A checked them and they did not fail."""
        return tuple(c for c in self.b if self.outcome_in_a(c) in ("pass", "warn"))

    @property
    def fixed(self) -> tuple[str, ...]:
        """Failing in A; B checked them and they passed."""
        return tuple(c for c in self.a if self.outcome_in_b(c) == "pass")

    @property
    def still(self) -> tuple[str, ...]:
        """Failing on both sides."""
        return tuple(c for c in self.b if c in self.a)

    @property
    def warning_in_b(self) -> tuple[str, ...]:
        """Failing in A, only a warning in B: not fixed."""
        return tuple(c for c in self.a if self.outcome_in_b(c) == "warn")

    @property
    def not_checked_in_b(self) -> tuple[str, ...]:
        """Failing in A, and B could not check them: neither fixed nor failing."""
        return tuple(c for c in self.a if self.outcome_in_b(c) == "not_checked")

    @property
    def not_checked_in_a(self) -> tuple[str, ...]:
        """Failing in B, and A could not check them: not known to be new."""
        return tuple(c for c in self.b if self.outcome_in_a(c) == "not_checked")


Doubtful = RowChange | TableDiff | SangongChange | ProjectChange | TextChange
"""A change that can carry a ``Doubt``."""


def comparison_label(comparison: str, unread: tuple[str, ...]) -> str:
    """``same department, other year``; for an unknown relation, what was not read."""
    if comparison == "unknown" and unread:
        return f"not known how they relate: {', '.join(unread)} not read"
    return COMPARISON_LABELS[comparison]


class Diff(Record):
    """Everything that differs between documents A and B (B relative to A)."""

    a: DocumentRef
    b: DocumentRef
    comparison: ComparisonKind
    identity: tuple[IdentityChange, ...]
    unread: tuple[str, ...]
    """What of the two documents' identity was not read: ``A department``, ``B year``…"""
    cells: tuple[CellChange, ...]
    rows: tuple[RowChange, ...]
    rollups: tuple[Rollup, ...]
    tables: tuple[TableDiff, ...]
    """Every table of either document as a union tree; what the explorer shows."""
    sangong: tuple[SangongChange, ...]
    stated: tuple[StatedVsComputed, ...]
    priors: tuple[PriorFigure, ...]
    budgets: tuple[StatedBudget, ...]
    """Budget against final accounts: the budgets the 决算 states, beside the budget's."""
    projects: tuple[ProjectChange, ...]
    text: tuple[TextChange, ...]
    checks: ChecksDiff

    __slots__ = (
        "a",
        "b",
        "budgets",
        "cells",
        "checks",
        "comparison",
        "identity",
        "priors",
        "projects",
        "rollups",
        "rows",
        "sangong",
        "stated",
        "tables",
        "text",
        "unread",
    )

    def __init__(
        self,
        a: DocumentRef,
        b: DocumentRef,
        comparison: ComparisonKind,
        identity: tuple[IdentityChange, ...] = (),
        unread: tuple[str, ...] = (),
        cells: tuple[CellChange, ...] = (),
        rows: tuple[RowChange, ...] = (),
        rollups: tuple[Rollup, ...] = (),
        tables: tuple[TableDiff, ...] = (),
        sangong: tuple[SangongChange, ...] = (),
        stated: tuple[StatedVsComputed, ...] = (),
        priors: tuple[PriorFigure, ...] = (),
        budgets: tuple[StatedBudget, ...] = (),
        projects: tuple[ProjectChange, ...] = (),
        text: tuple[TextChange, ...] = (),
        checks: ChecksDiff | None = None,
    ) -> None:
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "comparison", comparison)
        object.__setattr__(self, "identity", identity)
        object.__setattr__(self, "unread", unread)
        object.__setattr__(self, "cells", cells)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "rollups", rollups)
        object.__setattr__(self, "tables", tables)
        object.__setattr__(self, "sangong", sangong)
        object.__setattr__(self, "stated", stated)
        object.__setattr__(self, "priors", priors)
        object.__setattr__(self, "budgets", budgets)
        object.__setattr__(self, "projects", projects)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "checks", ChecksDiff((), ()) if checks is None else checks)

    @property
    def identical(self) -> bool:
        """True when nothing differs (stated-vs-computed notes are not differences)."""
        return not (
            self.identity
            or self.cells
            or self.rows
            or any(table.presence != "both" or table.column_changes for table in self.tables)
            or self.sangong
            or self.projects
            or self.text
            or self.checks.a != self.checks.b
        )

    @property
    def partly_read(self) -> tuple[Side, ...]:
        """The sides only partly read (``Document.reading.partly``): ``("a",)``…"""
        sides: tuple[tuple[Side, DocumentRef], ...] = (("a", self.a), ("b", self.b))
        return tuple(side for side, ref in sides if ref.reading.partly)

    @property
    def doubtful(
        self,
    ) -> tuple[RowChange | TableDiff | SangongChange | ProjectChange | TextChange, ...]:
        """Every change that cannot be vouched for (its ``doubt`` set): tables on one
        side only, then rows, 三公 values, projects and sections (a row of a table on one
        side only is counted with its table, not again)."""
        tables = tuple(t for t in self.tables if t.doubt is not None)
        whole = {t.table for t in tables}
        return (
            *tables,
            *(r for r in self.rows if r.doubt is not None and r.table not in whole),
            *(s for s in self.sangong if s.doubt is not None),
            *(p for p in self.projects if p.doubt is not None),
            *(t for t in self.text if t.doubt is not None),
        )
