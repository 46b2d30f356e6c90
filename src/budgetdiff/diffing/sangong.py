"""三公 diffs: the seven values, and each document's stated change against the computed one."""

from __future__ import annotations

from budgetdiff.diffing.model import ComparisonKind, SangongChange, StatedVsComputed
from budgetdiff.diffing.tables import amount_kind
from budgetdiff.model import SANGONG_ITEMS, Document
from budgetdiff.money import Amount, yuan_of_wan


def diff_sangong(a: Document, b: Document) -> list[SangongChange]:
    """Each of the seven values that differs as an amount (empty and 0 are the same amount;
    a missing table counts as all empty); for final accounts, each 预算数 that differs
    too, as ``预算数:公务接待费`` (their values are the 决算数)."""
    changes: list[SangongChange] = []
    for item in SANGONG_ITEMS:
        before = a.sangong[item] if a.sangong is not None else None
        after = b.sangong[item] if b.sangong is not None else None
        if (before or 0) != (after or 0):
            changes.append(SangongChange(item, before, after, amount_kind(before, after)))
    budget_a = a.sangong.budget if a.sangong is not None else {}
    budget_b = b.sangong.budget if b.sangong is not None else {}
    for item in SANGONG_ITEMS:
        if item not in budget_a and item not in budget_b:
            continue
        before, after = budget_a.get(item), budget_b.get(item)
        if (before or 0) != (after or 0):
            kind = amount_kind(before, after)
            changes.append(SangongChange(f"预算数:{item}", before, after, kind))
    return changes


def stated_vs_computed(
    a: Document, b: Document, comparison: ComparisonKind
) -> list[StatedVsComputed]:
    """Each document's own stated 三公 changes, with the change computed from the tables.

    Only a year-over-year diff (A the year before B) can compute B's change; the
    statements are listed for every comparison so a reader sees them.
    """
    notes: list[StatedVsComputed] = []
    for side, document in (("a", a), ("b", b)):
        for change in document.narrative.sangong_changes:
            stated: Amount | None = None
            if change.change is not None:
                stated = yuan_of_wan(change.change)
            computed: Amount | None = None
            if (
                side == "b"
                and comparison == "year_over_year"
                and a.year is not None
                and change.prior_year == a.year
                and a.sangong is not None
                and b.sangong is not None
                and a.sangong[change.item] is not None
                and b.sangong[change.item] is not None
            ):
                computed = (b.sangong[change.item] or 0) - (a.sangong[change.item] or 0)
            matches = None if stated is None or computed is None else stated == computed
            notes.append(
                StatedVsComputed(
                    side,  # type: ignore[arg-type]
                    change.item,
                    change.direction,
                    stated,
                    computed,
                    matches,
                    change.text,
                    change.line,
                )
            )
    return notes
