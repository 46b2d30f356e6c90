"""The explorer's row model: one ``ViewRow`` per line of a tree view.

In diff mode the rows come from the engine's union tree (``TableDiff``): kinds, old
names and codes, both sides' amounts and the roll-ups are the Diff's, and a column's
A, B, Δ and Δ% are its ``ColumnChange``. With one document the rows come straight
from its table, with B's amounts only. Two-sided tables become two roots, 收入 and
支出, with their items beneath; totals come last: for final accounts (决算) each
side's 本年合计, its carry-over lines (年初结转和结余 …) and its 总计. Pure: no
Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Literal

from budgetdiff.diffing.model import ChangeKind, ColumnChange, NodeDiff, Reclassified, TableDiff
from budgetdiff.diffing.tables import side_parts
from budgetdiff.model import CodeTable, Row, SideItem, Table, TwoSidedTable, Values
from budgetdiff.money import Amount
from budgetdiff.render.colours import MARKS

SORTS: tuple[str, ...] = ("code", "amount", "delta", "pct")
"""What a tree can be ordered by, as ``o`` cycles through them."""

SIDES: tuple[str, ...] = ("收入", "支出")


@dataclass(slots=True, eq=False)
class ViewRow:
    """One line of a tree view: a code (or an item, a side, a total) and its amounts.

    Not frozen: a view of 60,000 rows builds 60,000 of them, and a frozen dataclass
    takes twice as long to make (treat it as read-only all the same).
    """

    key: str
    parent: str | None
    code: str | None
    name: str
    a: Values | None = None
    """A's amounts (diff mode; None where A lacks the row)."""
    b: Values | None = None
    """B's amounts, or the only document's (None where B lacks the row)."""
    kind: ChangeKind | None = None
    changed: bool = False
    """The row, or something beneath it, differs (diff mode)."""
    old_name: str | None = None
    old_code: str | None = None
    rollup: Mapping[str, Amount] | None = None
    """For a 类 whose own row did not change: the net change beneath it, per column."""
    total: bool = False
    heading: bool = False
    """The 收入 or 支出 root of a two-sided table: a label with no amounts."""
    side: str | None = None
    a_line: int | None = None
    b_line: int | None = None
    carry: bool = False
    """A carry-over line of a 决算's two-sided table (年初结转和结余 …): not an item, not
    a total; it stays where the table prints it, whatever the sort."""
    reclassified: Reclassified | None = None
    """The change of the classification that renamed, renumbered, merged or split it."""
    part_of: str | None = None
    """One of B's codes of a split: the key of the split's row (which has A's amounts)."""

    @property
    def mark(self) -> str:
        return MARKS.get(self.kind or "", "")

    def change(self, column: str) -> ColumnChange:
        """A, B, Δ and Δ% of ``column``, as the Diff defines them."""
        return ColumnChange(
            column,
            self.a.get(column) if self.a is not None else None,
            self.b.get(column) if self.b is not None else None,
        )

    def amount(self, column: str) -> Amount | None:
        """The amount a reader sees first: B's, or A's for a row only A has."""
        values = self.b if self.b is not None else self.a
        return values.get(column) if values is not None else None

    @property
    def label(self) -> str:
        """``2010301 行政运行`` (the name alone for an item without a code)."""
        return f"{self.code} {self.name}" if self.code else self.name

    @property
    def search_text(self) -> str:
        if self.old_name is None and self.old_code is None:
            return self.label
        return " ".join(filter(None, (self.code, self.name, self.old_code, self.old_name)))

    def sort_value(self, sort: str, column: str) -> object:
        """The value ``sort`` orders by for ``column``; None sorts last (totals, sides)."""
        if self.total or self.heading or self.carry:
            return None
        if sort == "code":
            return self.code or ""
        if sort == "amount":
            return self.amount(column)
        if self.part_of is not None:  # a part of a split has no Δ of its own
            return None
        change = self.change(column)
        if sort == "delta":
            return change.delta
        return change.pct


class SortValues(Mapping[str, object]):
    """A row's sort values, computed when a sort asks: keys are ``sort:column``."""

    __slots__ = ("_row",)

    def __init__(self, row: ViewRow) -> None:
        self._row = row

    def __getitem__(self, key: str) -> object:
        sort, _, column = key.partition(":")
        if sort not in SORTS:
            raise KeyError(key)
        return self._row.sort_value(sort, column)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


@dataclass(frozen=True, repr=False)
class TableRows:
    """The rows of one table's view, in tree order (each parent before its children).

    No generated ``repr`` (it would list every row into Textual's message log)."""

    table: str
    title: str
    shape: Literal["code", "two_sided"]
    columns: tuple[str, ...]
    rows: tuple[ViewRow, ...]
    diff: bool
    """True when the rows carry both sides (A and B)."""
    presence: Literal["both", "added", "removed"] = "both"
    execution: bool = False
    """A budget (A) against its final accounts (B): A is 预算数, B 决算数."""
    note: str | None = None
    """The table's note as printed (``注：…无政府性基金预算财政拨款支出，故本表无数据。``)."""

    def __repr__(self) -> str:
        return f"TableRows({self.table!r}, {len(self.rows)} rows, diff={self.diff})"

    def row(self, key: str) -> ViewRow | None:
        return self.by_key.get(key)

    @property
    def measured(self) -> str:
        """The column a diff view measures first (``m`` cycles through the columns)."""
        return self.columns[0] if self.columns else "合计"

    @cached_property
    def by_key(self) -> dict[str, ViewRow]:
        return {row.key: row for row in self.rows}

    @cached_property
    def order(self) -> dict[str, int]:
        """Each row's position in tree order, by key."""
        return {row.key: index for index, row in enumerate(self.rows)}

    @cached_property
    def changes(self) -> tuple[str, ...]:
        """The keys of the rows that changed themselves, in tree order."""
        return tuple(row.key for row in self.rows if row.kind is not None)

    def extremes(self, column: str | None = None) -> tuple[ViewRow, ...]:
        """The rows that hold the largest or the smallest of a figure shown: of each
        column's amounts (one document), or of ``column``'s A, B, Δ, Δ%, completion and
        roll-up (diff mode); the same again among the figures with fen. A figure is
        written at its widest at its largest magnitude, with its sign, and in 元 with
        fen (``1,234.56``): a view's widest cell is in one of these rows."""
        found = self._extremes.get(column)
        if found is None:
            found = self._extremes[column] = self._find_extremes(column)
        return found

    @cached_property
    def _extremes(self) -> dict[str | None, tuple[ViewRow, ...]]:
        return {}

    def _find_extremes(self, column: str | None) -> tuple[ViewRow, ...]:
        rows = [row for row in self.rows if not row.heading]
        amounts: list[list[Amount | None]] = []
        rates: list[Decimal | None] = []
        if not self.diff:
            for name in self.columns:
                amounts.append([row.b.get(name) if row.b is not None else None for row in rows])
        elif column is not None:
            changes = [row.change(column) for row in rows]
            amounts.append([change.a for change in changes])
            amounts.append([change.b for change in changes])
            amounts.append([change.delta for change in changes])
            amounts.append([(row.rollup or {}).get(column) for row in rows])
            if self.execution:
                rates = [change.completion for change in changes]
            else:
                rates = [change.pct for change in changes]
        chosen: set[int] = set()
        for values in amounts:
            present = [i for i, value in enumerate(values) if value is not None]
            chosen.update(_ends(present, values))
            # in 元 an amount with fen shows it: ``1,234.56`` is wider than ``9,999``
            fen = [i for i in present if type(values[i]) is not int and _has_fen(values[i])]
            chosen.update(_ends(fen, values))
        chosen.update(_ends([i for i, rate in enumerate(rates) if rate is not None], rates))
        return tuple(rows[i] for i in sorted(chosen))


def _ends(positions: list[int], values: Sequence[Amount | None]) -> set[int]:
    """Of ``positions`` (where ``values`` has a figure), those of the largest and the
    smallest figure."""
    if not positions:
        return set()
    figure: Callable[[int], Amount] = values.__getitem__  # type: ignore[assignment]
    return {max(positions, key=figure), min(positions, key=figure)}


def _has_fen(value: Amount | None) -> bool:
    return isinstance(value, Decimal) and value != value.to_integral_value()


# -- diff mode ---------------------------------------------------------------------------------


def _from_node(node: NodeDiff, parent: str | None, final: bool = False) -> ViewRow:
    name = node.name
    if final and node.total and node.side is not None:
        name = f"本年{node.side}合计"  # a 决算 side's total node holds 本年收入合计 / 本年支出合计
    return ViewRow(
        key=node.key,
        parent=parent,
        code=node.code,
        name=name,
        a=node.a,
        b=node.b,
        kind=node.kind,
        changed=node.changed,
        old_name=node.old_name if node.old_name != node.name else None,
        old_code=node.old_code,
        rollup=node.rollup or None,
        total=node.total,
        side=node.side,
        a_line=node.a_line,
        b_line=node.b_line,
        reclassified=node.reclassified,
        part_of=node.part_of,
    )


def diff_rows(table: TableDiff, *, final: bool = False, execution: bool = False) -> TableRows:
    """The rows of a table's union tree (diff mode). ``final``: both documents are final
    accounts; ``execution``: A is the budget and B its final accounts."""
    if table.shape == "code":
        items = [node for node in table.nodes if not node.total]
        rows = [_from_node(node, node.parent) for node in items]
    else:
        rows = []
        for side in SIDES:
            under = [node for node in table.nodes if node.side == side and not node.total]
            changed = any(node.changed or node.kind is not None for node in under)
            rows.append(
                ViewRow(
                    key=side,
                    parent=None,
                    code=None,
                    name=side,
                    heading=True,
                    changed=changed,
                    side=side,
                )
            )
            rows.extend(_from_node(node, side) for node in under)
    rows.extend(_from_node(node, None, final) for node in table.nodes if node.total)
    return TableRows(
        table.table,
        table.title,
        table.shape,
        table.columns,
        tuple(rows),
        True,
        table.presence,
        execution=execution,
    )


# -- one document ------------------------------------------------------------------------------


def _code_rows(table: CodeTable) -> list[ViewRow]:
    rows: list[ViewRow] = []
    stack: list[tuple[str | None, tuple[Row, ...]]] = [(None, table.roots())]
    while stack:
        parent, siblings = stack.pop()
        for index, row in enumerate(siblings):
            rows.append(
                ViewRow(row.code, parent, row.code, row.name, b=row.values, b_line=row.line)
            )
            children = table.children(row)
            if children:
                stack.append((parent, siblings[index + 1 :]))
                stack.append((row.code, children))
                break
    if table.total is not None:
        rows.append(
            ViewRow(
                key="合计",
                parent=None,
                code=None,
                name="合计",
                b=table.total,
                total=True,
                b_line=table.total_line,
            )
        )
    for group in table.group_totals:
        rows.append(
            ViewRow(
                key=f"合计:{group.name}",
                parent=None,
                code=None,
                name=group.name,
                b=group.values,
                total=True,
                b_line=group.line,
            )
        )
    return rows


def _item_row(side: str, item: SideItem) -> ViewRow:
    return ViewRow(
        key=f"{side}:{item.name}:{item.line}",
        parent=side,
        code=None,
        name=item.name,
        b=item.values,
        side=side,
        b_line=item.line,
    )


def _carry_rows(side: str, items: tuple[SideItem, ...]) -> list[ViewRow]:
    """A side's carry-over lines; a level-2 line (a part of 年初结转和结余) under the
    level-1 line before it."""
    rows: list[ViewRow] = []
    parent: str | None = None
    for item in items:
        key = f"{side}:{item.name}:{item.line}"
        under = parent if item.level > 1 else None
        rows.append(
            ViewRow(
                key=key,
                parent=under,
                code=None,
                name=item.name,
                b=item.values,
                side=side,
                b_line=item.line,
                carry=True,
            )
        )
        if item.level <= 1:
            parent = key
    return rows


def _total_row(side: str, name: str, values: Values, line: int | None) -> ViewRow:
    return ViewRow(
        key=f"{side}:{name}",
        parent=None,
        code=None,
        name=name,
        b=values,
        total=True,
        side=side,
        b_line=line,
    )


def _two_sided_rows(table: TwoSidedTable) -> list[ViewRow]:
    """收入 and 支出 as two roots with their items; then each side's total, and in final
    accounts its carry-over lines and 总计 (the parts the engine compares)."""
    rows: list[ViewRow] = []
    parts = {side: side_parts(table, side) for side in SIDES}
    for side, part in parts.items():
        rows.append(ViewRow(key=side, parent=None, code=None, name=side, heading=True, side=side))
        rows.extend(_item_row(side, item) for item in part.items)
    for side, part in parts.items():
        for name, total, line in part.totals:
            if total is not None:
                rows.append(_total_row(side, name, total, line))
        rows.extend(_carry_rows(side, part.below))
        if part.grand is not None:
            rows.append(_total_row(side, "总计", part.grand, part.grand_line))
    return rows


def document_rows(table: Table) -> TableRows:
    """The rows of one document's table (no diff): B's amounts only."""
    if isinstance(table, CodeTable):
        rows = tuple(_code_rows(table))
        return TableRows(table.id, table.title, "code", table.columns, rows, False, note=table.note)
    rows = tuple(_two_sided_rows(table))
    return TableRows(
        table.id, table.title, "two_sided", table.columns, rows, False, note=table.note
    )
