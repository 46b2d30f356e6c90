"""How amounts, changes and percentages are written, in every human output.

The CLI's plain, markdown and Rich renderers and the explorer all format numbers
here: an amount in a unit, a signed change marked ▲/▼, a percentage.

In 万元 and 亿元 a non-zero amount never shows as zero: when the unit's usual
decimals (2 and 4) would round it to ``0.00``, four are shown (``0.0049`` 万元);
an amount that rounds to zero even then is ``<0.0001``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from budgetdiff.money import DISPLAY_PLACES, UNIT_FACTORS, Amount
from budgetdiff.money import format_amount as _exact_format

__all__ = ["SMALLEST", "completion", "format_amount", "percent", "signed"]

MOST_PLACES = 4
SMALLEST = "<0.0001"
"""What an amount too small for four decimals of the display unit shows as."""


def format_amount(
    amount: Amount | None, unit: str = "元", signed: bool = False, places: int | None = None
) -> str:
    """``amount`` with thousands separators in ``unit`` (``money.format_amount``), except
    that a non-zero amount keeps enough decimals not to read as zero, or shows as
    ``<0.0001`` (``+<0.0001``, ``-<0.0001`` when signed or negative)."""
    if amount is None or not amount or unit == "元" or places is not None:
        return _exact_format(amount, unit, signed=signed, places=places)
    value = abs(Decimal(amount)) / UNIT_FACTORS[unit]
    shown = DISPLAY_PLACES[unit]
    if _rounded(value, shown) == 0:
        shown = MOST_PLACES
    if _rounded(value, shown) == 0:
        sign = "-" if amount < 0 else "+" if signed else ""
        return sign + SMALLEST
    return _exact_format(amount, unit, signed=signed, places=shown)


def _rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


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
