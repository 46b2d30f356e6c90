"""How amounts, changes and percentages are written, in every human output.

The CLI's plain, markdown and Rich renderers and the explorer all format numbers
here: an amount in a unit, a signed change marked ▲/▼, a percentage.
"""

from __future__ import annotations

from decimal import Decimal

from budgetdiff.money import Amount, format_amount

__all__ = ["completion", "format_amount", "percent", "signed"]


def signed(delta: Amount, unit: str) -> str:
    """``▲ +94,500`` or ``▼ -44,500`` (``0`` unmarked and unsigned)."""
    if not delta:
        return format_amount(0, unit)
    text = format_amount(delta, unit, signed=True)
    return f"▲ {text}" if delta > 0 else f"▼ {text}" if delta < 0 else text


def percent(pct: Decimal | None, delta: Amount = 0) -> str:
    """``+6.65%``; ``+<0.01%`` for a change too small to show; empty with no base."""
    if pct is None:
        return ""
    if pct == 0 and delta:
        return "+<0.01%" if delta > 0 else "-<0.01%"
    return f"{pct:+.2f}%"


def completion(rate: Decimal | None) -> str:
    """A completion rate (决算 ÷ 预算): ``98.61%``; empty without a budget."""
    return "" if rate is None else f"{rate:.2f}%"
