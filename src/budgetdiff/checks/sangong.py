"""Identities of the 三公 table: its sums, and its bounds against the economic table.

The table is printed in 万元 with two decimals, so a parent may differ from the
sum of its n children by rounding: up to (n+1) × 0.005 万元 passes with a note.
Its items also cover project spending, so they bound the economic lines of
basic expenditure from above, never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from budgetdiff.checks import tolerance
from budgetdiff.checks.findings import Finding, add, yuan
from budgetdiff.model import CodeTable, Document, Sangong
from budgetdiff.money import Amount
from budgetdiff.parser.table_lines import declares_empty

HALF_CENT_OF_WAN = tolerance.HALF_CENT_OF_WAN
"""The rounding of one printed 三公 figure."""

SUMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("合计", ("因公出国（境）费", "公务接待费", "公务用车购置及运行费")),
    ("公务用车购置及运行费", ("公务用车购置费", "公务用车运行费")),
)
BOUNDS: tuple[tuple[str, str], ...] = (
    ("30212", "因公出国（境）费"),
    ("30217", "公务接待费"),
    ("30231", "公务用车运行费"),
)
"""(economic code, 三公 item): the economic line may not exceed the 三公 item."""


def rounded_sum_finding(
    check_id: str, where: str, parent: Amount | None, parts: list[Amount | None], line: int | None
) -> Finding:
    """Parent = Σ parts, allowing (n+1) × 0.005 万元 of rounding with a note."""
    summed = add(parts)
    difference = abs(Decimal(parent or 0) - Decimal(summed))
    return tolerance.judged(
        check_id,
        tolerance.total(parent or 0, parts, HALF_CENT_OF_WAN),
        f"{where}: {yuan(parent)}, but its parts add up to {yuan(summed)}",
        f"{where} differs by {difference} 元",
        table="sangong",
        line=line,
    )


def _sums(sangong: Sangong) -> Iterator[Finding]:
    for parent, parts in SUMS:
        where = f"三公 {parent} (line {sangong.line})"
        values = [sangong[part] for part in parts]
        yield rounded_sum_finding("sangong.sum", where, sangong[parent], values, sangong.line)


def _bounds(sangong: Sangong, economic: CodeTable) -> Iterator[Finding]:
    for code, item in BOUNDS:
        row = economic.get(code)
        if row is None:
            continue
        spent, ceiling = row.value("合计") or 0, sangong[item] or 0
        yield tolerance.judged(
            "sangong.economic_bound",
            tolerance.bound(spent, ceiling, HALF_CENT_OF_WAN, cut_ceiling=True),
            f"economic {code} {row.name} (line {row.line}) {yuan(spent)} exceeds "
            f"三公 {item} {yuan(ceiling)} (line {sangong.line})",
            _over_by(f"economic {code}", spent, ceiling),
            table="economic",
            code=code,
            line=row.line,
        )
    if economic.total is not None:
        public, operating = economic.total.get("公用经费") or 0, sangong["机关运行经费"] or 0
        yield tolerance.judged(
            "sangong.operating_cost_bound",
            tolerance.bound(operating, public, HALF_CENT_OF_WAN),
            f"三公 机关运行经费 {yuan(operating)} (line {sangong.line}) exceeds economic "
            f"公用经费 合计 {yuan(public)} (line {economic.total_line})",
            _over_by("三公 机关运行经费", operating, public),
            table="sangong",
            line=sangong.line,
        )


def _over_by(what: str, amount: Amount, bound: Amount) -> str:
    """The note for an amount above its bound by what printing explains."""
    over = Decimal(amount) - Decimal(bound)
    return f"{what} is {over} 元 above its bound"


def blank_finding(check_id: str, sangong: Sangong) -> Finding:
    """A table that prints no figure is blank, not missing: it holds only when its note
    says the table is empty; otherwise a reader should know the figures are not there."""
    declared = sangong.note is not None and declares_empty(sangong.note)
    return Finding(
        check_id,
        not sangong.blank or declared,
        f"the 三公 table (line {sangong.title_line}) is blank: it prints no figures, and no "
        "note says it is empty",
        strict=False,
        table="sangong",
        line=sangong.title_line,
        note=f"the 三公 table is empty, as its note (line {sangong.note_line}) says"
        if sangong.blank and declared
        else None,
        note_kind="declared empty",
    )


def _empty_note(sangong: Sangong) -> Iterator[Finding]:
    """A note that calls the table empty, over figures: one of the two is wrong."""
    if sangong.note is None or not declares_empty(sangong.note):
        return
    figures = [item for item, value in sangong.values.items() if value]
    yield Finding(
        "sangong.empty_note",
        not figures,
        f"the 三公 table's note (line {sangong.note_line}) says {sangong.note!r}, but the table "
        f"(line {sangong.line}) prints figures: "
        + ", ".join(f"{item} {sangong.raw.get(item, '')}" for item in figures),
        strict=False,
        table="sangong",
        line=sangong.note_line,
    )


def sangong_findings(document: Document) -> Iterator[Finding]:
    """The 三公 sums, and its bounds on the economic table."""
    sangong = document.sangong
    if sangong is None:
        return
    yield blank_finding("sangong.blank", sangong)
    yield from _sums(sangong)
    yield from _empty_note(sangong)
    economic = document.tables.get("economic")
    if isinstance(economic, CodeTable):
        yield from _bounds(sangong, economic)
