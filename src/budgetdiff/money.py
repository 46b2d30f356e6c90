"""Exact money: parsing amounts as printed, unit conversion, display formatting.

Amounts are ``int`` yuan, or ``Decimal`` yuan when the document prints fractions
of a yuan. Binary floats never hold money.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Amount = int | Decimal
"""An amount of money in yuan (元): exact."""

UNIT_FACTORS: dict[str, int] = {"元": 1, "万元": 10_000, "亿元": 100_000_000}
"""How many yuan one of each unit is."""

DISPLAY_PLACES: dict[str, int] = {"元": 0, "万元": 2, "亿元": 4}
"""Decimal places shown for each display unit."""

_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)")
_WHOLE_YUAN = re.compile(r"^\d[\d,]*$")
_EMPTY_MARKS = frozenset({"", "-", "—", "－", "–", "/"})


def is_empty_cell(cell: str) -> bool:
    """True for a cell that means "no amount" (blank, or a dash)."""
    return cell.strip() in _EMPTY_MARKS


def is_amount(cell: str) -> bool:
    """True when ``cell`` reads as a number, whatever its thousands separators."""
    return _NUMBER.fullmatch(cell.strip()) is not None


def parse_decimal(cell: str) -> Decimal:
    """The exact number in ``cell``; commas are dropped wherever the PDF put them.

    Raises ValueError when the cell is not a number.
    """
    text = cell.strip().replace(",", "")
    if not is_amount(cell):
        raise ValueError(f"not a number: {cell!r}")
    try:
        return Decimal(text)
    except InvalidOperation as error:  # pragma: no cover - the regex admits only numbers
        raise ValueError(f"not a number: {cell!r}") from error


def to_yuan(value: Decimal, unit: str = "元") -> Amount:
    """``value`` in ``unit`` as exact yuan: an int when whole (142.05 万元 -> 1420500)."""
    yuan = value * UNIT_FACTORS[unit]
    integral = yuan.to_integral_value()
    return int(integral) if yuan == integral else yuan.normalize()


def parse_amount(cell: str, unit: str = "元") -> Amount | None:
    """The amount in a table cell, in yuan; None for an empty cell.

    Raises ValueError when the cell is neither empty nor a number.
    """
    if is_empty_cell(cell):
        return None
    if unit == "元" and _WHOLE_YUAN.match(cell):
        return int(cell.replace(",", ""))
    return to_yuan(parse_decimal(cell), unit)


def in_unit(amount: Amount, unit: str) -> Decimal:
    """``amount`` yuan expressed in ``unit``, rounded half-up to that unit's display places."""
    places = DISPLAY_PLACES[unit]
    value = Decimal(amount) / UNIT_FACTORS[unit]
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_amount(
    amount: Amount | None, unit: str = "元", signed: bool = False, places: int | None = None
) -> str:
    """``amount`` with thousands separators in ``unit``; empty string for None.

    In 元 an amount with fen shows them (``12,029,501.84``, ``+0.01``), never rounded
    away; ``places`` forces a number of decimals (a table printed with fen shows
    ``46,140,000.00`` beside them).
    """
    if amount is None:
        return ""
    sign = "+" if signed else ""
    if unit == "元" and places is None:
        if isinstance(amount, int) or amount == amount.to_integral_value():
            return f"{int(amount):{sign},}"
        places = 2
    if places is None:
        places = DISPLAY_PLACES[unit]
    value = Decimal(amount) / UNIT_FACTORS[unit]
    value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:{sign},.{places}f}"


def fen_places(amounts: Iterable[Amount | None]) -> int | None:
    """2 when any of ``amounts`` has fen (so a 元 column shows them all alike), else None."""
    fen = any(isinstance(a, Decimal) and a != a.to_integral_value() for a in amounts)
    return 2 if fen else None


def subtract(b: Amount | None, a: Amount | None) -> Amount:
    """b − a in yuan, an empty amount counting as zero."""
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return Decimal(b or 0) - Decimal(a or 0)
    return (b or 0) - (a or 0)


def yuan_of_wan(value: Decimal) -> Amount:
    """Exact yuan of a figure stated in 万元."""
    return to_yuan(value, "万元")


def percent_of(part: Amount | None, whole: Amount | None) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to two decimals (an empty part is zero);
    None when ``whole`` is empty or zero."""
    if not whole:
        return None
    return (Decimal(part or 0) * 100 / Decimal(whole)).quantize(Decimal("0.01"))
