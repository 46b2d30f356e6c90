"""Rows of two years matched across a change of the classification (the crosswalk).

Between the years of A and B the Ministry of Finance may have renamed, renumbered,
merged or split codes (``budgetdiff.classification``). Each code of the earlier side is
carried forward through the changes crossed, in order of year; the earlier codes and the
later codes they reach, with the codes both sides print alike, fall into groups: one code
to one under another name (``renamed``) or number (``moved``), several to one
(``merged``), one to several (``split``). A group of one code printed alike on both
sides is no change. A code the later side prints under the same name stays itself even
where an entry moves it (a department that kept what the entry's own department moved).
The groups are oriented A → B: with the later document given first, a merge reads as a
split.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from budgetdiff.classification import ClassificationChange, Coded, between, crosswalk
from budgetdiff.diffing.model import ChangeKind, Reclassified
from budgetdiff.model import CodeTable, Row, SideItem, Values
from budgetdiff.money import Amount
from budgetdiff.text import fold_name


class Group(NamedTuple):
    """Rows of A (``old``) and of B (``new``) that are one across the classification."""

    kind: ChangeKind
    old: tuple[Row, ...]
    new: tuple[Row, ...]
    reclassified: Reclassified


class Crossing(NamedTuple):
    """The changes a diff of a document of year ``a`` with one of year ``b`` crosses;
    ``forward`` when A is the earlier."""

    changes: tuple[ClassificationChange, ...]
    forward: bool

    def of(self, classification: str) -> tuple[ClassificationChange, ...]:
        return tuple(c for c in self.changes if c.classification == classification)


NO_CROSSING = Crossing((), True)


def crossing(
    a_year: int | None,
    b_year: int | None,
    changes: tuple[ClassificationChange, ...] | None = None,
) -> Crossing:
    """The changes of ``changes`` (the package's crosswalk by default) between the years
    of A and B, whichever is the earlier; none when a year is not known."""
    if a_year is None or b_year is None or a_year == b_year:
        return NO_CROSSING
    every = crosswalk() if changes is None else changes
    forward = a_year < b_year
    earlier, later = (a_year, b_year) if forward else (b_year, a_year)
    found = tuple(
        change
        for classification in ("functional", "economic")
        for change in between(every, classification, earlier, later)
    )
    return Crossing(tuple(sorted(found, key=lambda change: change.since)), forward)


def summed(values: list[Values]) -> dict[str, Amount | None]:
    """Column by column, the sum of ``values`` (an empty cell counting as zero; a column
    empty in every one stays empty)."""
    total: dict[str, Amount | None] = {}
    for one in values:
        for column, value in one.items():
            before = total.get(column)
            if value is None:
                total.setdefault(column, None)
            elif before is None:
                total[column] = value
            elif isinstance(before, Decimal) or isinstance(value, Decimal):
                total[column] = Decimal(before) + Decimal(value)
            else:
                total[column] = before + value
    return total


def _alike(a: Row, b: Row) -> bool:
    return a.code == b.code and fold_name(a.name) == fold_name(b.name)


def _carried(
    row: Row, later: Mapping[str, Row], changes: tuple[ClassificationChange, ...]
) -> tuple[set[str], list[ClassificationChange]]:
    """The later codes ``row``'s code became through ``changes``, and the changes that
    moved it (none: it is itself)."""
    current, used = {row.code}, []
    for change in changes:
        hit = current & change.old_codes
        stays = row.code in hit and row.code not in change.new_codes
        if stays and row.code in later and _alike(row, later[row.code]):
            hit = hit - {row.code}  # printed alike in the later year: not moved there
        if hit:
            current = (current - hit) | set(change.new_codes)
            used.append(change)
    return current, used


def _components(
    earlier: Mapping[str, Row], later: Mapping[str, Row], changes: tuple[ClassificationChange, ...]
) -> list[tuple[list[str], list[str], list[ClassificationChange]]]:
    """Groups of earlier and later codes that the changes join, each with the changes
    that joined it (groups of one code each way that no change moved are left out)."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    moved: dict[str, list[ClassificationChange]] = {}
    for code, row in earlier.items():
        targets, used = _carried(row, later, changes)
        if used:
            moved[code] = used
        for target in targets:
            if target in later:
                parent[find(("a", code))] = find(("b", target))
    members: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for node in list(parent):
        members.setdefault(find(node), []).append(node)
    found = []
    for nodes in members.values():
        old = sorted(code for side, code in nodes if side == "a")
        new = sorted(code for side, code in nodes if side == "b")
        used = [change for code in old for change in moved.get(code, ())]
        if not used or not old or not new:
            continue
        found.append((old, new, list(dict.fromkeys(used))))
    return found


def _kind(old: tuple[Row, ...], new: tuple[Row, ...]) -> ChangeKind:
    if len(old) == 1 and len(new) == 1:
        return "renamed" if old[0].code == new[0].code else "moved"
    return "split" if len(old) == 1 else "merged"


def regroup(a: CodeTable, b: CodeTable, across: Crossing) -> list[Group]:
    """The groups of rows of A and B that ``across`` joins: renamed, moved, merged and
    split rows, in B's code order; a code printed alike on both sides is no group."""
    changes = across.of(a.classification) if a.classification == b.classification else ()
    if not changes:
        return []
    rows_a = {row.code: row for row in a.rows}
    rows_b = {row.code: row for row in b.rows}
    earlier, later = (rows_a, rows_b) if across.forward else (rows_b, rows_a)
    groups: list[Group] = []
    for old_codes, new_codes, used in _components(earlier, later, changes):
        codes_a, codes_b = (old_codes, new_codes) if across.forward else (new_codes, old_codes)
        old = tuple(rows_a[code] for code in codes_a)
        new = tuple(rows_b[code] for code in codes_b)
        if len(old) == 1 and len(new) == 1 and _alike(old[0], new[0]):
            continue
        reclassified = Reclassified(
            tuple(used),
            tuple(Coded(row.code, row.name) for row in old),
            tuple(Coded(row.code, row.name) for row in new),
        )
        groups.append(Group(_kind(old, new), old, new, reclassified))
    groups.sort(key=lambda group: group.new[0].code)
    return groups


def renamed_items(
    items_a: tuple[SideItem, ...], items_b: tuple[SideItem, ...], across: Crossing
) -> dict[tuple[int, int], Reclassified]:
    """Items of a two-sided table (a summary's function 类 by name) whose names a 类
    rename of ``across`` tells apart: (A's line, B's line) → the rename."""
    found: dict[tuple[int, int], Reclassified] = {}
    by_label = {fold_name(item.label): item for item in items_b}
    for change in across.of("functional"):
        if change.shape != "rename" or len(change.old[0].code) != 3:
            continue
        before, after = change.old[0].name, change.new[0].name
        if not across.forward:
            before, after = after, before
        for item in items_a:
            if fold_name(item.label) != fold_name(before):
                continue
            other = by_label.get(fold_name(after))
            if other is not None:
                found[(item.line, other.line)] = Reclassified(
                    (change,),
                    (Coded(change.old[0].code, item.label),),
                    (Coded(change.new[0].code, other.label),),
                )
    return found
