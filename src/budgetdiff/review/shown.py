"""How a change and its mark read in every output of a review: the text, markdown and
HTML reports and the explorer's list. Document text passes ``printable`` (the reports
gate whole lines again, which changes nothing); HTML escapes it besides."""

from __future__ import annotations

from budgetdiff.diffing.model import Diff
from budgetdiff.record import Record
from budgetdiff.render.numbers import format_amount, percent, signed
from budgetdiff.review.changes import ChangeItem
from budgetdiff.review.marks import Entry, Mark
from budgetdiff.text import printable

GLYPHS: dict[str, str] = {"通过": "✓", "已说明": "✎", "待查询": "⚑", "changed": "!"}
"""The mark a change shows: its verdict, or ``!`` for a mark given when it was other."""
KIND_LABELS: dict[str, str] = {
    "amount": "金额",
    "rounding": "尾差",
    "added": "新增",
    "removed": "删除",
    "renamed": "改名",
    "moved": "改编码",
    "duplicated": "编码重复",
    "changed": "变化",
    "rewritten": "改写",
    "replace": "改动",
    "insert": "插入",
    "delete": "删去",
    "weakened": "目标降低",
    "strengthened": "目标提高",
    "same": "同名",
    "new failure": "B 新不通过",
    "failing in B, not checked in A": "B 不通过，A 未校验",
    "fixed in B": "B 已修正",
    "only a warning in B": "B 仅警告",
    "not checked in B": "B 未校验",
}
AMOUNT_PARTS = frozenset({"sangong", "cell", "table", "budget"})


class Shown(Record):
    """One change as a row of a report: every cell as text."""

    where: str
    name: str
    column: str
    a: str
    b: str
    delta: str
    pct: str
    kind: str
    doubt: str

    __slots__ = ("a", "b", "column", "delta", "doubt", "kind", "name", "pct", "where")

    def __init__(
        self,
        where: str,
        name: str,
        column: str,
        a: str,
        b: str,
        delta: str,
        pct: str,
        kind: str,
        doubt: str,
    ) -> None:
        object.__setattr__(self, "where", where)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "delta", delta)
        object.__setattr__(self, "pct", pct)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "doubt", doubt)


def clipped(text: str, columns: int | None) -> str:
    """``text`` on one line, cut to ``columns`` terminal columns (None: whole), gated."""
    from budgetdiff.render.diff_views import clip

    return clip(text, columns) if columns is not None else printable(text.replace("\n", "⏎"))


def shown(change: ChangeItem, diff: Diff, unit: str = "元", clip: int | None = None) -> Shown:
    """The cells of ``change`` in ``unit``: amounts formatted, text values cut to ``clip``
    columns (None: whole); text passes ``printable``."""
    from budgetdiff.render.diff_views import doubt_text

    amount_a, amount_b = change.amount_a, change.amount_b
    if amount_a is not None or amount_b is not None or change.part in AMOUNT_PARTS:
        a, b = format_amount(amount_a, unit), format_amount(amount_b, unit)
    else:
        a, b = clipped(change.a or "", clip), clipped(change.b or "", clip)
    delta = change.delta
    return Shown(
        change.where,
        clipped(change.name, clip),
        change.column or "",
        a,
        b,
        signed(delta, unit) if delta is not None else "",
        percent(change.pct, delta) if delta is not None else "",
        KIND_LABELS.get(change.kind, change.kind),
        doubt_text(change.doubt, diff) if change.doubt is not None else "",
    )


def glyph(entry: Entry) -> str:
    """``✓``, ``✎``, ``⚑``, ``!`` (已变化) or a space (not marked)."""
    if entry.mark is None:
        return " "
    return GLYPHS[entry.status or "changed"]


def mark_label(entry: Entry) -> str:
    """``通过``, ``已说明``, ``待查询``, ``已变化（原为 通过）`` or ``未审``."""
    if entry.mark is None:
        return "未审"
    if entry.state == "changed":
        return f"已变化（原为 {entry.mark.status}）"
    return entry.mark.status


def signature(mark: Mark) -> str:
    """``alice 2025-06-01 10:00``."""
    return f"{mark.by or '?'} {mark.at.strftime('%Y-%m-%d %H:%M')}"


def one_line(change: ChangeItem, diff: Diff, unit: str = "元", clip: int | None = 60) -> str:
    """``expenditure 2080599 其他… 合计: 2,800 → 3,800 (▲ +1,000, +35.71%)``."""
    cells = shown(change, diff, unit, clip)
    subject = " ".join(p for p in (cells.where, cells.name, cells.column) if p)
    if change.part == "check":
        subject = f"校验 {cells.name}"
    text = f"{subject}: {cells.a or '∅'} → {cells.b or '∅'}"
    extra = [p for p in (cells.delta, cells.pct) if p]
    if not extra:
        extra = [cells.kind]
    text += f" ({', '.join(extra)})"
    if cells.doubt:
        text += f" (? {cells.doubt})"
    return text
