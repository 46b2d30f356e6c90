"""Every change of a diff a reviewer accounts for, one ``ChangeItem`` each, 三公 first.

A change is keyed by what it is, not by where it is printed: ``key`` names its
subject (``("cell", "expenditure", "2080599", "合计")``, ``("sangong", "公务接待费")``,
a narrative span by its section and A's text), and ``a`` / ``b`` are its two values as
text. A newer draft against the same A gives the same key to the same change; when the
values differ, the change is different (``已变化``).

Nothing here computes a difference: amounts, Δ and Δ% are the Diff's (``CellChange``,
``SangongChange``, ``TableTotal``, ``FieldChange``, ``StatedBudget``), and the list is
the Diff's changes in the order the human formats show them. What the explorer needs to
find a change (``view``, ``anchor``, the key of its row in a table's tree) is looked
up in the Diff's union trees.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Literal

from budgetdiff.diffing.model import (
    CellChange,
    Diff,
    Doubt,
    ProjectChange,
    RowChange,
    TableDiff,
    TextChange,
)
from budgetdiff.money import Amount
from budgetdiff.record import Record, replace
from budgetdiff.render.diff_views import REWRITTEN, code_order

Part = Literal[
    "sangong", "identity", "column", "table", "cell", "row", "project", "text", "check", "budget"
]
PART_LABELS: dict[str, str] = {
    "sangong": "三公",
    "identity": "文件",
    "column": "列",
    "table": "表",
    "cell": "金额",
    "row": "行",
    "project": "项目",
    "text": "说明",
    "check": "校验",
    "budget": "决算所述预算",
}
CHECK_KINDS: dict[str, tuple[str, str, str]] = {
    "new": ("new failure", "pass", "fail"),
    "not_checked_in_a": ("failing in B, not checked in A", "not checked", "fail"),
    "fixed": ("fixed in B", "fail", "pass"),
    "warning_in_b": ("only a warning in B", "fail", "warn"),
    "not_checked_in_b": ("not checked in B", "fail", "not checked"),
}
"""Each property of ``ChecksDiff`` that is a difference: its label and A's and B's outcome."""


class ChangeItem(Record):
    """One change to account for: what it is (``key``), its two values, where it is."""

    key: tuple[str, ...]
    """What the change is, without its values; unique in a diff."""
    a: str | None
    """A's side as text (an amount exactly: ``2800``, ``12029501.84``); None: A lacks it."""
    b: str | None
    part: Part
    kind: str
    """The Diff's kind (``amount``, ``added``…), or a check's (``new failure``…)."""
    table: str | None
    code: str | None
    name: str
    """What a reader calls it: the row's or item's name, the section, the check id."""
    column: str | None
    """The column of a cell, the field of a project, the side of a column change."""
    amount_a: Amount | None
    amount_b: Amount | None
    delta: Amount | None
    """The Diff's Δ (b − a), for changes of an amount; None otherwise."""
    pct: Decimal | None
    doubt: Doubt | None
    view: str
    """The explorer's view that shows it: a table id, ``sangong``, ``projects``,
    ``narrative``, ``checks`` or ``overview``."""
    anchor: str | None
    """The key of its row in that table's tree (``NodeDiff.key``), for table changes."""
    a_line: int | None
    b_line: int | None

    __slots__ = (
        "a",
        "a_line",
        "amount_a",
        "amount_b",
        "anchor",
        "b",
        "b_line",
        "code",
        "column",
        "delta",
        "doubt",
        "key",
        "kind",
        "name",
        "part",
        "pct",
        "table",
        "view",
    )

    def __init__(
        self,
        key: tuple[str, ...],
        a: str | None,
        b: str | None,
        part: Part,
        kind: str,
        table: str | None = None,
        code: str | None = None,
        name: str = "",
        column: str | None = None,
        amount_a: Amount | None = None,
        amount_b: Amount | None = None,
        delta: Amount | None = None,
        pct: Decimal | None = None,
        doubt: Doubt | None = None,
        view: str = "overview",
        anchor: str | None = None,
        a_line: int | None = None,
        b_line: int | None = None,
    ) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "part", part)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "amount_a", amount_a)
        object.__setattr__(self, "amount_b", amount_b)
        object.__setattr__(self, "delta", delta)
        object.__setattr__(self, "pct", pct)
        object.__setattr__(self, "doubt", doubt)
        object.__setattr__(self, "view", view)
        object.__setattr__(self, "anchor", anchor)
        object.__setattr__(self, "a_line", a_line)
        object.__setattr__(self, "b_line", b_line)

    @property
    def where(self) -> str:
        """``expenditure 2080599``, ``三公``, ``说明 一、…``: where a reader finds it."""
        if self.part == "sangong":
            return "三公"
        if self.part in ("cell", "row", "table", "column"):
            return " ".join(p for p in (self.table, self.code) if p)
        return PART_LABELS[self.part]


def amount_text(value: Amount | None) -> str | None:
    """An amount as exact text: ``2800`` (a whole Decimal too), ``12029501.84``."""
    if value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _values_text(name: str, values: dict[str, Amount | None]) -> str:
    shown = ", ".join(f"{column}={amount_text(value) or ''}" for column, value in values.items())
    return f"{name}: {shown}" if shown else name


def _digest(texts: list[str]) -> str:
    """A short fingerprint of a whole section's text (``sha256:1f2e3d4c5b6a``)."""
    return "sha256:" + hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:12]


def node_key(table: TableDiff | None, change: CellChange | RowChange) -> str | None:
    """The key of the union-tree node a cell or row change is on: its code, or the item
    (or total) printed at its lines."""
    if change.code:
        return change.code
    if table is None:
        return None
    for node in table.nodes:
        if (
            node.code is None
            and (node.a_line, node.b_line) == (change.a_line, change.b_line)
            and (node.side is None or change.name.startswith(node.side) or node.total)
        ):
            return node.key
    return None


def _cell(cell: CellChange, table: TableDiff | None) -> ChangeItem:
    return ChangeItem(
        ("cell", cell.table, cell.code or cell.name, cell.column),
        amount_text(cell.a),
        amount_text(cell.b),
        "cell",
        cell.kind,
        table=cell.table,
        code=cell.code,
        name=cell.name,
        column=cell.column,
        amount_a=cell.a,
        amount_b=cell.b,
        delta=cell.delta,
        pct=cell.pct,
        view=cell.table,
        anchor=node_key(table, cell),
        a_line=cell.a_line,
        b_line=cell.b_line,
    )


def _row(row: RowChange, table: TableDiff | None) -> ChangeItem:
    first = next(iter(row.values), None)
    amount = row.values.get(first) if first is not None else None
    change = row.change(first) if first is not None else None
    if row.kind == "renamed":
        a, b = row.old_name, row.name
    elif row.kind in ("moved", "merged", "split"):
        a, b = f"{row.old_code or ''} {row.old_name or ''}".strip(), f"{row.code} {row.name}"
    elif row.on_a:
        a, b = _values_text(row.name, row.values), None
    else:
        a, b = None, _values_text(row.name, row.values)
    return ChangeItem(
        ("row", row.table, row.code or row.name, row.kind),
        a,
        b,
        "row",
        row.kind,
        table=row.table,
        code=row.code,
        name=row.name,
        column=first,
        amount_a=change.a if change is not None else amount if row.on_a else None,
        amount_b=change.b if change is not None else None if row.on_a else amount,
        doubt=row.doubt,
        view=row.table,
        anchor=node_key(table, row),
        a_line=row.a_line,
        b_line=row.b_line,
    )


def _one_sided(table: TableDiff) -> ChangeItem:
    total = table.total
    a_total = total.a if total is not None else None
    b_total = total.b if total is not None else None
    removed = table.presence == "removed"
    return ChangeItem(
        ("table", table.table),
        (amount_text(a_total) or "有") if removed else None,
        None if removed else (amount_text(b_total) or "有"),
        "table",
        table.presence,
        table=table.table,
        name=table.title,
        amount_a=a_total,
        amount_b=b_total,
        delta=total.delta if total is not None else None,
        pct=total.pct if total is not None else None,
        doubt=table.doubt,
        view=table.table,
        a_line=table.a_line,
        b_line=table.b_line,
    )


def _table_items(diff: Diff) -> list[ChangeItem]:
    """Per table, in the order the human formats show them: a table on one side only as
    one change (its rows with it), else its columns, then cells and rows in code order."""
    by_id = {t.table: t for t in diff.tables}
    one_sided = {t.table for t in diff.tables if t.presence != "both"}
    order = dict.fromkeys(
        [
            *(t.table for t in diff.tables if t.column_changes),
            *(c.table for c in diff.cells),
            *(r.table for r in diff.rows),
            *(t.table for t in diff.tables if t.presence != "both"),
        ]
    )
    items: list[ChangeItem] = []
    for table_id in order:
        table = by_id.get(table_id)
        if table_id in one_sided and table is not None:
            items.append(_one_sided(table))
            continue
        if table is not None:
            for pair in table.column_changes:
                items.append(
                    ChangeItem(
                        ("column", table_id, pair.side or "", pair.name),
                        pair.a,
                        pair.b,
                        "column",
                        pair.kind,
                        table=table_id,
                        name=pair.name,
                        column=pair.side,
                        view=table_id,
                    )
                )
        changes: list[CellChange | RowChange] = [c for c in diff.cells if c.table == table_id]
        changes += [r for r in diff.rows if r.table == table_id]
        for change in sorted(changes, key=code_order):
            if isinstance(change, CellChange):
                items.append(_cell(change, table))
            else:
                items.append(_row(change, table))
    return items


def _project_items(project: ProjectChange) -> list[ChangeItem]:
    items: list[ChangeItem] = []
    whole = project.kind in ("added", "removed", "renamed")
    if whole:
        a: str | None = project.old_name or project.name
        b: str | None = project.name
        if project.kind == "added":
            a = None
        elif project.kind == "removed":
            b = None
        items.append(
            ChangeItem(
                ("project", project.name),
                a,
                b,
                "project",
                project.kind,
                name=project.name,
                doubt=project.doubt,
                view="projects",
                a_line=project.a_line,
                b_line=project.b_line,
            )
        )
    for field in project.fields:
        amounts = field.amounts
        items.append(
            ChangeItem(
                ("project", project.name, field.path),
                None if field.a is None else str(field.a),
                None if field.b is None else str(field.b),
                "project",
                field.kind,
                name=project.name,
                column=field.path,
                amount_a=amounts.a if amounts is not None else None,
                amount_b=amounts.b if amounts is not None else None,
                delta=amounts.delta if amounts is not None else None,
                pct=amounts.pct if amounts is not None else None,
                view="projects",
                a_line=project.a_line,
                b_line=project.b_line,
            )
        )
    return items


def _text_items(change: TextChange) -> list[ChangeItem]:
    """A section added, removed or rewritten is one change; else each changed span."""
    if change.kind in ("added", "removed") or change.similarity < REWRITTEN:
        a = None if change.kind == "added" else _digest([s.a for s in change.spans])
        b = None if change.kind == "removed" else _digest([s.b for s in change.spans])
        kind = change.kind if change.kind != "changed" else "rewritten"
        return [
            ChangeItem(
                ("text", change.section),
                a,
                b,
                "text",
                kind,
                name=change.section,
                doubt=change.doubt,
                view="narrative",
                a_line=change.a_line,
                b_line=change.b_line,
            )
        ]
    return [
        ChangeItem(
            ("text", change.section, span.a, "" if span.a else span.b),
            span.a,
            span.b,
            "text",
            span.op,
            name=change.section,
            view="narrative",
            a_line=span.a_line,
            b_line=span.b_line,
        )
        for span in change.spans
    ]


def _check_items(diff: Diff) -> list[ChangeItem]:
    """A check failing on one side only (or not checked on the other), as ``check_lines``
    lists them; a check failing on both sides is no change."""
    items: list[ChangeItem] = []
    for attribute, (label, a, b) in CHECK_KINDS.items():
        for check_id in getattr(diff.checks, attribute):
            outcome_a = diff.checks.outcome_in_a(check_id) if attribute == "new" else a
            items.append(
                ChangeItem(
                    ("check", check_id), outcome_a, b, "check", label, name=check_id, view="checks"
                )
            )
    return items


def _unique(items: list[ChangeItem]) -> tuple[ChangeItem, ...]:
    """Keys made unique: a second change with the key of an earlier one gets ``#2``."""
    seen: dict[tuple[str, ...], int] = {}
    unique: list[ChangeItem] = []
    for item in items:
        count = seen.get(item.key, 0) + 1
        seen[item.key] = count
        if count > 1:
            item = replace(item, key=(*item.key, f"#{count}"))
        unique.append(item)
    return tuple(unique)


def change_items(diff: Diff) -> tuple[ChangeItem, ...]:
    """Every change of ``diff`` a reviewer accounts for: 三公 first, then the documents'
    identity, the tables, the budgets a 决算 states, projects, narrative and checks."""
    items = [
        ChangeItem(
            ("sangong", s.item),
            amount_text(s.a),
            amount_text(s.b),
            "sangong",
            s.kind,
            table="sangong",
            name=s.item,
            amount_a=s.a,
            amount_b=s.b,
            delta=s.delta,
            pct=s.pct,
            doubt=s.doubt,
            view="sangong",
        )
        for s in diff.sangong
    ]
    items.extend(
        ChangeItem(
            ("identity", i.field),
            None if i.a is None else str(i.a),
            None if i.b is None else str(i.b),
            "identity",
            "changed",
            name=i.field,
        )
        for i in diff.identity
    )
    items.extend(_table_items(diff))
    items.extend(
        ChangeItem(
            ("budget", stated.item),
            amount_text(stated.budget),
            amount_text(stated.stated),
            "budget",
            "amount",
            code=stated.item,
            name=stated.name,
            amount_a=stated.budget,
            amount_b=stated.stated,
            delta=stated.delta,
            a_line=stated.budget_line,
            b_line=stated.final_line,
        )
        for stated in diff.budgets
        if stated.agrees is False
    )
    for project in diff.projects:
        items.extend(_project_items(project))
    for text in diff.text:
        items.extend(_text_items(text))
    items.extend(_check_items(diff))
    return _unique(items)
