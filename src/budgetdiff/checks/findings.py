"""Findings (one identity on one subject) and how they become check results."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import NamedTuple

from budgetdiff.model import CheckResult, CheckStatus
from budgetdiff.money import Amount, format_amount


class Finding(NamedTuple):
    """An instance of an identity: whether it holds, and what to say when it does not.

    A finding that holds may stand for ``instances`` instances, so that loops over
    thousands of rows report their passes as one tally.
    """

    id: str
    holds: bool
    message: str
    strict: bool = True
    table: str | None = None
    code: str | None = None
    line: int | None = None
    note: str | None = None
    instances: int = 1
    note_kind: str = "within rounding"
    """What the note says of a holding instance: ``within rounding``, ``truncation``,
    ``forced to 100``, ``not checkable`` (checks/tolerance.py), ``not read`` (a statement
    listed, not checked), ``from other funds``; each prints under its own name."""


def tally(check_id: str, count: int) -> Iterator[Finding]:
    """One finding for ``instances`` instances of strict ``check_id`` that hold (none for 0)."""
    if count:
        yield Finding(check_id, True, "", instances=count)


def yuan(amount: Amount | Decimal | None) -> str:
    """An amount for a message: ``1,317,404 元``; ``empty`` for None."""
    if amount is None:
        return "empty"
    return f"{format_amount(amount)} 元"


def wan(amount: Decimal) -> str:
    """A 万元 figure as printed: ``19,483 万元``."""
    return f"{amount:,} 万元"


def summarise(findings: Iterable[Finding]) -> tuple[CheckResult, ...]:
    """A pass per identity that holds everywhere, a fail/warn per instance that does not."""
    order: list[str] = []
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.id not in grouped:
            order.append(finding.id)
            grouped[finding.id] = []
        grouped[finding.id].append(finding)
    results: list[CheckResult] = []
    for check_id in order:
        group = grouped[check_id]
        broken = [finding for finding in group if not finding.holds]
        strict = all(finding.strict for finding in group)
        if not broken:
            message = f"{sum(finding.instances for finding in group)} checked, all hold"
            kinds: dict[str, list[str]] = {}
            for finding in group:
                if finding.note:
                    kinds.setdefault(finding.note_kind, []).append(finding.note)
            for kind, notes in kinds.items():
                message += f"; {len(notes)} {kind}: " + "; ".join(notes[:3])
            results.append(CheckResult(check_id, "pass", message, strict))
            continue
        for finding in broken:
            status: CheckStatus = "fail" if finding.strict else "warn"
            results.append(
                CheckResult(
                    check_id,
                    status,
                    finding.message,
                    finding.strict,
                    finding.table,
                    finding.code,
                    finding.line,
                )
            )
    return tuple(results)


def add(values: Iterable[Amount | None]) -> Amount:
    """The sum of ``values``, an empty cell counting as zero."""
    present: Iterable[Amount] = filter(None, values)
    return sum(present, 0)


def same(a: Amount | None, b: Amount | None) -> bool:
    """Equal as amounts, an empty cell counting as zero."""
    return (a or 0) == (b or 0)
