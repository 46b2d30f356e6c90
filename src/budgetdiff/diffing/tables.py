"""Table diffs: rows matched by classification code, every changed cell, and rollups.

Classification tables match rows first across the classification changes the two
years cross (``diffing.crosswalk``): a code renamed, renumbered (``moved``), merged
or split by the classification is one change with A's amounts (summed) against B's,
never a removal and an addition. The other rows match by full code. A row only in B
is ``added``, only in A ``removed``; an added and a removed row with the same (folded)
name are one row ``moved`` to another code. Same code under another name is
``renamed`` and its cells are still compared. Two-sided tables match items by side
and folded label, a 类 renamed by the classification by its two names. The 合计 rows
are compared as code None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from budgetdiff.diffing.crosswalk import (
    NO_CROSSING,
    Crossing,
    Group,
    regroup,
    renamed_items,
    summed,
)
from budgetdiff.diffing.model import CellChange, ChangeKind, Reclassified, Rollup, RowChange
from budgetdiff.model import CodeTable, Document, Row, SideItem, TwoSidedTable, Values
from budgetdiff.money import Amount, in_unit
from budgetdiff.text import fold_name, without_invisible


def amount_kind(a: Amount | None, b: Amount | None) -> ChangeKind:
    """``rounding`` when a and b print the same as 万元 with two decimals, else ``amount``."""
    if a is not None and b is not None and in_unit(a, "万元") == in_unit(b, "万元"):
        return "rounding"
    return "amount"


def _cells(
    table: str,
    code: str | None,
    name: str,
    level: str | None,
    a: Values,
    b: Values,
    lines: tuple[int | None, int | None],
) -> Iterator[CellChange]:
    for column in b:
        if column not in a:
            continue
        before, after = a.get(column), b.get(column)
        if (before or 0) != (after or 0):
            kind = amount_kind(before, after)
            yield CellChange(table, code, name, column, before, after, kind, level, *lines)


def _renamed(table: str, old: Row, row: Row, reclassified: Reclassified | None) -> RowChange:
    return RowChange(
        table,
        row.code,
        row.name,
        "renamed",
        row.level,
        dict(row.values),
        row.code,
        old.name,
        old.line,
        row.line,
        invisible_only=without_invisible(old.name) == without_invisible(row.name),
        reclassified=reclassified,
    )


def _group_change(table: str, group: Group) -> RowChange:
    """The one change of a group of rows the classification joined (not a rename): at
    B's first code, A's amounts (summed) in ``old_values``, B's (summed) in ``values``."""
    first, old = group.new[0], group.old
    one = len(old) == 1
    return RowChange(
        table,
        first.code,
        first.name,
        group.kind,
        first.level,
        summed([row.values for row in group.new]),
        old[0].code if one else None,
        old[0].name if one else None,
        old[0].line,
        first.line,
        old_values=summed([row.values for row in old]),
        reclassified=group.reclassified,
    )


def _code_table(
    a: CodeTable, b: CodeTable, across: Crossing = NO_CROSSING
) -> tuple[list[CellChange], list[RowChange]]:
    cells: list[CellChange] = []
    rows: list[RowChange] = []
    groups = regroup(a, b, across)
    for group in groups:
        if group.kind == "renamed":
            was, now = group.old[0], group.new[0]
            rows.append(_renamed(b.id, was, now, group.reclassified))
            lines = (was.line, now.line)
            cells.extend(_cells(b.id, now.code, now.name, now.level, was.values, now.values, lines))
        else:
            rows.append(_group_change(b.id, group))
    grouped_a = {row.code for group in groups for row in group.old}
    grouped_b = {row.code for group in groups for row in group.new}
    # a code of one side in a group is not the other side's row of that code
    only_a = [
        row
        for row in a.rows
        if row.code not in grouped_a and (b.get(row.code) is None or row.code in grouped_b)
    ]
    only_b = [
        row
        for row in b.rows
        if row.code not in grouped_b and (a.get(row.code) is None or row.code in grouped_a)
    ]
    moved_from = {fold_name(row.name): row for row in only_a}
    moved: set[str] = set()
    for row in b.rows:
        old = a.get(row.code)
        if old is None or row.code in grouped_b or row.code in grouped_a:
            continue
        if fold_name(old.name) != fold_name(row.name):
            rows.append(_renamed(b.id, old, row, None))
        cells.extend(
            _cells(
                b.id, row.code, row.name, row.level, old.values, row.values, (old.line, row.line)
            )
        )
    for row in only_b:
        old = moved_from.get(fold_name(row.name))
        if old is not None and old.code not in moved and len(old.code) == len(row.code):
            moved.add(old.code)
            rows.append(
                RowChange(
                    b.id,
                    row.code,
                    row.name,
                    "moved",
                    row.level,
                    dict(row.values),
                    old.code,
                    old.name,
                    old.line,
                    row.line,
                    old_values=dict(old.values),
                )
            )
        else:
            rows.append(
                RowChange(
                    b.id, row.code, row.name, "added", row.level, dict(row.values), b_line=row.line
                )
            )
    for row in only_a:
        if row.code not in moved:
            rows.append(
                RowChange(
                    b.id,
                    row.code,
                    row.name,
                    "removed",
                    row.level,
                    dict(row.values),
                    a_line=row.line,
                )
            )
    if a.total is not None and b.total is not None:
        cells.extend(
            _cells(b.id, None, "合计", None, a.total, b.total, (a.total_line, b.total_line))
        )
    rows.extend(_duplicates(a, b))
    return cells, rows


def _duplicates(a: CodeTable, b: CodeTable) -> Iterator[RowChange]:
    """Rows repeating a code on one side that the other side does not repeat alike."""

    def key(row: Row) -> tuple[object, ...]:
        return (row.code, fold_name(row.name), tuple(sorted(row.values.items())))

    in_a = {key(row) for row in a.duplicates}
    in_b = {key(row) for row in b.duplicates}
    for row in b.duplicates:
        if key(row) not in in_a:
            yield RowChange(
                b.id, row.code, row.name, "duplicated", row.level, dict(row.values), b_line=row.line
            )
    for row in a.duplicates:
        if key(row) not in in_b:
            yield RowChange(
                b.id, row.code, row.name, "duplicated", row.level, dict(row.values), a_line=row.line
            )


def _item_key(item: SideItem) -> str:
    return fold_name(item.label)


def pair_items(
    items_a: tuple[SideItem, ...],
    items_b: tuple[SideItem, ...],
    renamed: Mapping[tuple[int, int], Reclassified] | None = None,
) -> tuple[list[tuple[SideItem, SideItem]], list[SideItem], list[SideItem]]:
    """Items matched by folded label, then by a rename of the classification (``renamed``:
    (A's line, B's line) of the two names), then the rest by level and ordinal (一、 with
    一、)."""
    by_key = {_item_key(item): item for item in items_a}
    pairs: list[tuple[SideItem, SideItem]] = []
    unmatched_b: list[SideItem] = []
    for item in items_b:
        old = by_key.pop(_item_key(item), None)
        if old is None:
            unmatched_b.append(item)
        else:
            pairs.append((old, item))
    if renamed:
        left: list[SideItem] = []
        for item in unmatched_b:
            old = next((o for o in by_key.values() if (o.line, item.line) in renamed), None)
            if old is None:
                left.append(item)
            else:
                del by_key[_item_key(old)]
                pairs.append((old, item))
        unmatched_b = left
    by_ordinal = {(item.level, item.ordinal): item for item in by_key.values() if item.ordinal}
    only_b: list[SideItem] = []
    for item in unmatched_b:
        old = by_ordinal.pop((item.level, item.ordinal), None) if item.ordinal else None
        if old is None:
            only_b.append(item)
        else:
            pairs.append((old, item))
    paired = {id(old) for old, _ in pairs}
    only_a = [item for item in items_a if id(item) not in paired]
    pairs.sort(key=lambda pair: pair[1].line)
    return pairs, only_a, only_b


def item_kind(old: SideItem, item: SideItem, ordinals: bool) -> ChangeKind | None:
    """``renamed`` for a matched item under another label (or, with ``ordinals``, another
    ordinal: 二、 → 三、); None when it is the same item."""
    renumbered = ordinals and old.ordinal != item.ordinal
    return "renamed" if _item_key(old) != _item_key(item) or renumbered else None


def _two_sided(
    a: TwoSidedTable, b: TwoSidedTable, ordinals: bool = True, across: Crossing = NO_CROSSING
) -> tuple[list[CellChange], list[RowChange]]:
    """Items matched by label; with ``ordinals`` (one department's two versions) a
    renumbered item (二、 → 三、) is a change too: between departments it says nothing."""
    cells: list[CellChange] = []
    rows: list[RowChange] = []
    for side in ("收入", "支出"):
        part_a, part_b = side_parts(a, side), side_parts(b, side)
        renamed = renamed_items(part_a.items, part_b.items, across)
        _side_items(b.id, side, part_a.items, part_b.items, ordinals, cells, rows, renamed)
        for (name, total_a, line_a), (_, total_b, line_b) in zip(
            part_a.totals, part_b.totals, strict=True
        ):
            if total_a is not None and total_b is not None:
                cells.extend(_cells(b.id, None, name, None, total_a, total_b, (line_a, line_b)))
        _side_items(b.id, side, part_a.below, part_b.below, False, cells, rows)
        if part_a.grand is not None and part_b.grand is not None:
            lines = (part_a.grand_line, part_b.grand_line)
            cells.extend(_cells(b.id, None, f"{side}总计", None, part_a.grand, part_b.grand, lines))
    return cells, rows


class SideParts(NamedTuple):
    """One side of a two-sided table: its items, the total under them (``收入总计``; in
    final accounts ``本年收入合计``), the lines below that total (final accounts'
    carry-over lines) and their 总计."""

    items: tuple[SideItem, ...]
    totals: tuple[tuple[str, Values | None, int | None], ...]
    below: tuple[SideItem, ...]
    grand: Values | None
    grand_line: int | None


def side_parts(table: TwoSidedTable | None, side: str) -> SideParts:
    """The parts of ``table``'s ``side`` (``收入`` or ``支出``); empty for no table."""
    if table is None:
        return SideParts((), ((f"{side}总计", None, None),), (), None, None)
    name = f"本年{side}合计" if table.has_carry_over else f"{side}总计"
    if side == "收入":
        return SideParts(
            table.income_items,
            ((name, table.income_total, table.income_total_line),),
            table.income_below,
            table.income_grand_total,
            table.income_grand_total_line,
        )
    return SideParts(
        table.expenditure_items,
        ((name, table.expenditure_total, table.expenditure_total_line),),
        table.expenditure_below,
        table.expenditure_grand_total,
        table.expenditure_grand_total_line,
    )


def _side_items(
    table_id: str,
    side: str,
    items_a: tuple[SideItem, ...],
    items_b: tuple[SideItem, ...],
    ordinals: bool,
    cells: list[CellChange],
    rows: list[RowChange],
    renamed: Mapping[tuple[int, int], Reclassified] | None = None,
) -> None:
    """The changed cells and rows of one side's items, matched by label."""
    pairs, only_a, only_b = pair_items(items_a, items_b, renamed)
    for old, item in pairs:
        renumbered = ordinals and old.ordinal != item.ordinal
        name = f"{side}:{item.name if renumbered else item.label}"
        if item_kind(old, item, ordinals) is not None:
            rows.append(
                RowChange(
                    table_id,
                    None,
                    name,
                    "renamed",
                    None,
                    dict(item.values),
                    None,
                    f"{side}:{old.name if renumbered else old.label}",
                    old.line,
                    item.line,
                    reclassified=(renamed or {}).get((old.line, item.line)),
                )
            )
        cells.extend(
            _cells(table_id, None, name, None, old.values, item.values, (old.line, item.line))
        )
    for item in only_b:
        rows.append(
            RowChange(
                table_id,
                None,
                f"{side}:{item.label}",
                "added",
                None,
                dict(item.values),
                b_line=item.line,
            )
        )
    for item in only_a:
        rows.append(
            RowChange(
                table_id,
                None,
                f"{side}:{item.label}",
                "removed",
                None,
                dict(item.values),
                a_line=item.line,
            )
        )


def diff_tables(
    a: Document, b: Document, across: Crossing = NO_CROSSING
) -> tuple[list[CellChange], list[RowChange]]:
    """Changed cells and changed rows of every table present in both documents, across
    the classification changes of ``across``.

    A table present on one side only reports each of its rows as added or removed.
    """
    cells: list[CellChange] = []
    rows: list[RowChange] = []
    for table_id in dict.fromkeys([*a.tables, *b.tables]):
        table_a, table_b = a.tables.get(table_id), b.tables.get(table_id)
        if isinstance(table_a, CodeTable) and isinstance(table_b, CodeTable):
            found = _code_table(table_a, table_b, across)
        elif isinstance(table_a, TwoSidedTable) and isinstance(table_b, TwoSidedTable):
            same = a.department is not None and a.department == b.department
            found = _two_sided(table_a, table_b, same, across)
        else:
            found = ([], _whole_table(table_id, table_a, table_b))
        cells.extend(found[0])
        rows.extend(found[1])
    return cells, rows


def _whole_table(
    table_id: str, a: CodeTable | TwoSidedTable | None, b: CodeTable | TwoSidedTable | None
) -> list[RowChange]:
    """Every row of a table that only one side has, as added (B) or removed (A)."""
    rows: list[RowChange] = []
    for table, on_b in ((b, True), (a, False)):
        if not isinstance(table, TwoSidedTable):
            continue
        for side, items in (("收入", table.income_items), ("支出", table.expenditure_items)):
            for item in items:
                rows.append(
                    RowChange(
                        table_id,
                        None,
                        f"{side}:{item.label}",
                        "added" if on_b else "removed",
                        None,
                        dict(item.values),
                        a_line=None if on_b else item.line,
                        b_line=item.line if on_b else None,
                    )
                )
    if isinstance(b, CodeTable):
        for row in b.rows:
            rows.append(
                RowChange(
                    table_id,
                    row.code,
                    row.name,
                    "added",
                    row.level,
                    dict(row.values),
                    b_line=row.line,
                )
            )
    if isinstance(a, CodeTable):
        for row in a.rows:
            rows.append(
                RowChange(
                    table_id,
                    row.code,
                    row.name,
                    "removed",
                    row.level,
                    dict(row.values),
                    a_line=row.line,
                )
            )
    return rows


def _leaf(document: Document, table_id: str, code: str | None) -> bool:
    table = document.tables.get(table_id)
    if code is None or len(code) == 3 or not isinstance(table, CodeTable):
        return False
    row = table.get(code)
    return row is not None and not table.children(row)


def _regrouped(
    row: RowChange, a: Document, b: Document, add: Callable[[str, str, str, Amount], None]
) -> None:
    """A row the classification moved, merged or split, into the rollups: each of A's
    leaf codes out of its 类, each of B's into its 类."""
    assert row.reclassified is not None
    for document, codes, sign in ((a, row.reclassified.old, -1), (b, row.reclassified.new, 1)):
        table = document.tables.get(row.table)
        for coded in codes:
            found = table.get(coded.code) if isinstance(table, CodeTable) else None
            if found is None or not _leaf(document, row.table, coded.code):
                continue
            for column, value in found.values.items():
                add(row.table, coded.code, column, sign * (value or 0))


def rollups(
    cells: list[CellChange], rows: list[RowChange], a: Document, b: Document
) -> list[Rollup]:
    """The net change per 类 and column, so a reader sees it before the 项 behind it.

    A 类 whose own row changed reports that change (``own``); otherwise the
    changes of the leaf rows beneath it are summed: changed cells, added rows,
    removed rows (negative), and moved, merged and split rows (A's amounts out of the
    类 of A's codes, B's into the 类 of B's).
    """
    own: dict[tuple[str, str, str], Amount] = {}
    beneath: dict[tuple[str, str, str], Amount] = {}

    def add(table: str, code: str, column: str, delta: Amount) -> None:
        key = (table, code[:3], column)
        beneath[key] = beneath.get(key, 0) + delta

    for cell in cells:
        if cell.code is not None and len(cell.code) == 3:
            own[(cell.table, cell.code, cell.column)] = cell.delta
        elif _leaf(b, cell.table, cell.code):
            assert cell.code is not None
            add(cell.table, cell.code, cell.column, cell.delta)
    for row in rows:
        if row.code is None or row.kind in ("renamed", "duplicated"):
            continue
        if row.reclassified is not None:
            _regrouped(row, a, b, add)
            continue
        for column, value in row.values.items():
            if row.kind == "removed" and _leaf(a, row.table, row.code):
                add(row.table, row.code, column, -(value or 0))
            elif row.kind in ("added", "moved") and _leaf(b, row.table, row.code):
                add(row.table, row.code, column, value or 0)
                if row.kind == "moved" and row.old_code is not None:
                    before = (row.old_values or row.values).get(column)
                    add(row.table, row.old_code, column, -(before or 0))
    result: list[Rollup] = []
    for key in sorted(own.keys() | beneath.keys()):
        table_id, category, column = key
        table = b.tables.get(table_id) or a.tables.get(table_id)
        category_row = table.get(category) if isinstance(table, CodeTable) else None
        name = category_row.name if category_row is not None else ""
        if key in own:
            result.append(Rollup(table_id, category, name, column, own[key], True))
        elif beneath[key]:
            result.append(Rollup(table_id, category, name, column, beneath[key], False))
    return result
