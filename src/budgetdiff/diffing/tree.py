"""The union tree of each table: every row of A and B once, with both sides' amounts.

Built from the same matching as the changed cells and rows (``diffing.tables``), so
the explorer's tree and the CLI's lists cannot disagree: a row moved to another
code is one node (at B's code, with A's amounts from the old code), never a removed
and an added row; so are rows the classification merged (one node at B's code with
the sum of A's codes); a split is a node at A's code with A's amounts against the sum
of B's codes, and B's codes, each with its own amounts, are its parts. A table on one
side only has every node added or removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from budgetdiff.diffing.crosswalk import NO_CROSSING, Crossing, renamed_items
from budgetdiff.diffing.model import (
    CellChange,
    ChangeKind,
    NodeDiff,
    Reclassified,
    Rollup,
    RowChange,
    TableDiff,
)
from budgetdiff.diffing.tables import item_kind, pair_items, side_parts
from budgetdiff.model import CodeTable, Document, Row, SideItem, Table, TwoSidedTable, Values
from budgetdiff.money import Amount
from budgetdiff.names import TABLE_IDS

CHANGED_ROW_KINDS: frozenset[str] = frozenset(
    {"added", "removed", "renamed", "moved", "merged", "split"}
)
REGROUPED: tuple[str, ...] = ("moved", "merged", "split")
"""The kinds of a change of the classification across codes (a rename keeps its code)."""


def _parent(codes: set[str], code: str) -> str | None:
    parent = code[:-2] if len(code) > 3 else None
    while parent is not None and parent not in codes:
        parent = parent[:-2] if len(parent) > 3 else None
    return parent


def _cell_kind(cells: Iterable[CellChange]) -> ChangeKind | None:
    kinds = {cell.kind for cell in cells}
    return "amount" if "amount" in kinds else "rounding" if kinds else None


def _changed_above(nodes: list[NodeDiff]) -> list[NodeDiff]:
    """``nodes`` with ``changed`` set on every node that has a change at or below it."""
    from budgetdiff.record import replace

    changed: set[str] = set()
    by_key = {node.key: node for node in nodes}
    for node in nodes:
        if node.kind is not None:
            key: str | None = node.key
            while key is not None and key not in changed:
                changed.add(key)
                key = by_key[key].parent if key in by_key else None
    return [replace(node, changed=True) if node.key in changed else node for node in nodes]


def group_key(row: RowChange) -> str:
    """The key of the node of a split: ``reclassified:30307`` (A's codes)."""
    assert row.reclassified is not None
    return "reclassified:" + "+".join(coded.code for coded in row.reclassified.old)


def _group_node(
    table_id: str, row: RowChange, codes: set[str], a_rows: Mapping[str, Row]
) -> NodeDiff:
    """The node of a split (or of several codes into several): at A's first code, A's
    amounts against the sum of B's codes."""
    assert row.reclassified is not None
    first = row.reclassified.old[0]
    parts = " + ".join(str(coded) for coded in row.reclassified.new)
    shown = a_rows.get(first.code)
    return NodeDiff(
        table=table_id,
        key=group_key(row),
        code=first.code,
        parent=_parent(codes, first.code),
        level=str(shown.level) if shown is not None else None,
        name=f"{first.name} → {parts}",
        a=row.old_values,
        b=row.values,
        kind=row.kind,
        old_name=None,
        old_code=row.old_code,
        a_line=row.a_line,
        b_line=row.b_line,
        reclassified=row.reclassified,
    )


def _code_nodes(
    table_id: str,
    a: CodeTable | None,
    b: CodeTable | None,
    cells: list[CellChange],
    rows: list[RowChange],
    rollups: list[Rollup],
) -> list[NodeDiff]:
    regrouped = [
        (row, row.reclassified)
        for row in rows
        if row.reclassified is not None and row.kind in REGROUPED
    ]
    claimed = {coded.code for _, why in regrouped for coded in why.old}
    part_of: dict[str, tuple[RowChange, str | None]] = {}
    for row, why in regrouped:
        several = len(why.new) > 1
        for coded in why.new:
            part_of[coded.code] = (row, group_key(row) if several else None)
    row_kind = {
        row.code: row
        for row in rows
        if row.kind in CHANGED_ROW_KINDS and row.code and row.code not in part_of
    }
    moved_from = {row.old_code for row in rows if row.kind == "moved" and row.old_code}
    cells_of: dict[str | None, list[CellChange]] = {}
    for cell in cells:
        cells_of.setdefault(cell.code, []).append(cell)
    rolled: dict[str, dict[str, Amount]] = {}
    for rollup in rollups:
        if not rollup.own:
            rolled.setdefault(rollup.code, {})[rollup.column] = rollup.delta
    a_rows: Mapping[str, Row] = {row.code: row for row in a.rows} if a else {}
    b_rows: Mapping[str, Row] = {row.code: row for row in b.rows} if b else {}
    gone = moved_from | claimed
    codes = set(b_rows) | {code for code in a_rows if code not in gone}
    nodes: list[NodeDiff] = []
    for code in sorted(codes):
        new, old = b_rows.get(code), a_rows.get(code) if code not in claimed else None
        if code in part_of and new is not None:
            nodes.append(_part_node(table_id, new, part_of[code], codes, rolled))
            continue
        change = row_kind.get(code)
        if change is not None and change.kind == "moved" and change.old_code:
            old = a_rows.get(change.old_code)
        shown = new or old
        assert shown is not None
        kind: ChangeKind | None = change.kind if change is not None else None
        if kind is None and new is None:
            kind = "removed"
        elif kind is None and old is None:
            kind = "added"
        elif kind is None:
            kind = _cell_kind(cells_of.get(code, ()))
        nodes.append(
            NodeDiff(
                table=table_id,
                key=code,
                code=code,
                parent=_parent(codes, code),
                level=str(shown.level),
                name=shown.name,
                old_name=old.name if old is not None and new is not None else None,
                old_code=change.old_code if change is not None and change.kind == "moved" else None,
                a=old.values if old is not None else None,
                b=new.values if new is not None else None,
                kind=kind,
                a_line=old.line if old is not None else None,
                b_line=new.line if new is not None else None,
                rollup=rolled.get(code, {}),
                reclassified=change.reclassified if change is not None else None,
            )
        )
    for row, why in regrouped:
        if len(why.new) > 1:
            nodes.append(_group_node(table_id, row, codes, a_rows))
    nodes.sort(key=lambda node: (node.code or "", node.key))
    a_total = a.total if a else None
    b_total = b.total if b else None
    if a_total is not None or b_total is not None:
        nodes.append(
            _total_node(
                table_id,
                "合计",
                None,
                a_total,
                b_total,
                a.total_line if a else None,
                b.total_line if b else None,
                cells_of.get(None, ()),
            )
        )
    return nodes


def _part_node(
    table_id: str,
    new: Row,
    part: tuple[RowChange, str | None],
    codes: set[str],
    rolled: Mapping[str, Mapping[str, Amount]],
) -> NodeDiff:
    """B's row of a change of the classification across codes: moved or merged (A's
    amounts, summed, against it), or one part of a split (B's amounts alone, the
    split's node holding A's)."""
    row, key = part
    return NodeDiff(
        table=table_id,
        key=new.code,
        code=new.code,
        parent=_parent(codes, new.code),
        level=str(new.level),
        name=new.name,
        old_name=row.old_name if key is None else None,
        old_code=row.old_code,
        a=row.old_values if key is None else None,
        b=new.values,
        kind=row.kind,
        a_line=row.a_line if key is None else None,
        b_line=new.line,
        rollup=rolled.get(new.code, {}),
        reclassified=row.reclassified,
        part_of=key,
    )


def _total_node(
    table_id: str,
    name: str,
    side: str | None,
    a: Values | None,
    b: Values | None,
    a_line: int | None,
    b_line: int | None,
    cells: Iterable[CellChange],
) -> NodeDiff:
    kind: ChangeKind | None = (
        "removed" if b is None else "added" if a is None else _cell_kind(cells)
    )
    return NodeDiff(
        table=table_id,
        key=f"{side}:{name}" if side else name,
        code=None,
        parent=None,
        level=None,
        name=name,
        side=side,
        a=a,
        b=b,
        kind=kind,
        a_line=a_line,
        b_line=b_line,
        total=True,
    )


def _item_node(
    table_id: str,
    side: str,
    old: SideItem | None,
    new: SideItem | None,
    kind: ChangeKind | None,
    reclassified: Reclassified | None = None,
) -> NodeDiff:
    shown = new or old
    assert shown is not None
    return NodeDiff(
        table=table_id,
        key=f"{side}:{shown.name}:{shown.line}",
        code=None,
        parent=None,
        level=None,
        name=shown.name,
        side=side,
        old_name=old.name if old is not None and new is not None and old.name != new.name else None,
        a=old.values if old is not None else None,
        b=new.values if new is not None else None,
        kind=kind,
        a_line=old.line if old is not None else None,
        b_line=new.line if new is not None else None,
        reclassified=reclassified,
    )


def _two_sided_nodes(
    table_id: str,
    a: TwoSidedTable | None,
    b: TwoSidedTable | None,
    cells: list[CellChange],
    ordinals: bool,
    across: Crossing = NO_CROSSING,
) -> list[NodeDiff]:
    nodes: list[NodeDiff] = []
    for side in ("收入", "支出"):
        part_a, part_b = side_parts(a, side), side_parts(b, side)
        renamed = renamed_items(part_a.items, part_b.items, across)
        nodes.extend(
            _item_nodes(table_id, side, part_a.items, part_b.items, cells, ordinals, renamed)
        )
        for (name, total_a, line_a), (_, total_b, line_b) in zip(
            part_a.totals, part_b.totals, strict=True
        ):
            if total_a is not None or total_b is not None:
                totals = _cells_at(cells, name, line_a, line_b)
                nodes.append(
                    _total_node(table_id, name, side, total_a, total_b, line_a, line_b, totals)
                )
        nodes.extend(_item_nodes(table_id, side, part_a.below, part_b.below, cells, False))
        if part_a.grand is not None or part_b.grand is not None:
            name, line_a, line_b = f"{side}总计", part_a.grand_line, part_b.grand_line
            totals = _cells_at(cells, name, line_a, line_b)
            nodes.append(
                _total_node(
                    table_id, name, side, part_a.grand, part_b.grand, line_a, line_b, totals
                )
            )
    return nodes


def _item_nodes(
    table_id: str,
    side: str,
    items_a: tuple[SideItem, ...],
    items_b: tuple[SideItem, ...],
    cells: list[CellChange],
    ordinals: bool,
    renamed: Mapping[tuple[int, int], Reclassified] | None = None,
) -> list[NodeDiff]:
    """One side's items in B's order, an item only A has after B's item before it."""
    pairs, only_a, only_b = pair_items(items_a, items_b, renamed)
    shown: list[tuple[int, NodeDiff]] = []
    for old, item in pairs:
        kind = item_kind(old, item, ordinals)
        if kind is None:
            kind = _cell_kind(_cells_at(cells, f"{side}:", old.line, item.line))
        why = (renamed or {}).get((old.line, item.line))
        shown.append((item.line, _item_node(table_id, side, old, item, kind, why)))
    for item in only_b:
        shown.append((item.line, _item_node(table_id, side, None, item, "added")))
    for item in only_a:
        before = [n for n in shown if n[1].a_line is not None and n[1].a_line < item.line]
        anchor = max((n[0] for n in before), default=-1)
        shown.append((anchor, _item_node(table_id, side, item, None, "removed")))
    return [node for _, node in sorted(shown, key=lambda pair: pair[0])]


def _cells_at(
    cells: list[CellChange], name: str, a_line: int | None, b_line: int | None
) -> list[CellChange]:
    """The changed cells of an item whose name starts with ``name`` (``收入:``, a side's
    items; ``收入总计``), printed at ``a_line`` in A and ``b_line`` in B (a line holds an
    income and an expenditure item)."""
    return [
        cell
        for cell in cells
        if cell.code is None
        and cell.name.startswith(name)
        and (cell.a_line, cell.b_line) == (a_line, b_line)
    ]


def _columns(a: Table | None, b: Table | None) -> tuple[str, ...]:
    def of(table: Table | None) -> tuple[str, ...]:
        if isinstance(table, CodeTable):
            return table.columns
        if isinstance(table, TwoSidedTable):
            return (*table.income_columns, *table.expenditure_columns)
        return ()

    return tuple(dict.fromkeys([*of(b), *of(a)]))


def table_diffs(
    a: Document,
    b: Document,
    cells: list[CellChange],
    rows: list[RowChange],
    rollups: list[Rollup],
    across: Crossing = NO_CROSSING,
) -> tuple[TableDiff, ...]:
    """The union tree of every table either document has, in the documents' table order
    (two-sided tables' 类 paired across the renames of ``across``)."""
    same_department = a.department is not None and a.department == b.department
    order = [*TABLE_IDS, *(t for t in [*b.tables, *a.tables] if t not in TABLE_IDS)]
    result: list[TableDiff] = []
    for table_id in dict.fromkeys(order):
        table_a, table_b = a.tables.get(table_id), b.tables.get(table_id)
        if table_a is None and table_b is None:
            continue
        shown = table_b or table_a
        assert shown is not None
        own_cells = [cell for cell in cells if cell.table == table_id]
        if isinstance(shown, CodeTable):
            code_a = table_a if isinstance(table_a, CodeTable) else None
            code_b = table_b if isinstance(table_b, CodeTable) else None
            own_rows = [row for row in rows if row.table == table_id]
            own_rollups = [r for r in rollups if r.table == table_id]
            nodes = _code_nodes(table_id, code_a, code_b, own_cells, own_rows, own_rollups)
            shape: Literal["code", "two_sided"] = "code"
        else:
            side_a = table_a if isinstance(table_a, TwoSidedTable) else None
            side_b = table_b if isinstance(table_b, TwoSidedTable) else None
            nodes = _two_sided_nodes(table_id, side_a, side_b, own_cells, same_department, across)
            shape = "two_sided"
        presence: Literal["both", "added", "removed"] = (
            "both" if table_a and table_b else "added" if table_b else "removed"
        )
        result.append(
            TableDiff(
                table=table_id,
                title=shown.title,
                shape=shape,
                presence=presence,
                columns=_columns(table_a, table_b),
                nodes=tuple(_changed_above(nodes)),
                a_line=table_a.line if table_a else None,
                b_line=table_b.line if table_b else None,
            )
        )
    return tuple(result)
