"""The one rule for comparing printed figures (docs/checks.md, "Tolerance").

A printed figure stands for every value that rounds, or is cut, to it at the places
it is printed with: ``268.77`` 万元 is 268.765 … 268.775 rounded, or 268.77 …
268.7799… cut. Every check that compares printed figures asks this module, and
turns its verdict into a finding with ``judged``:

- ``figure(printed, exact)``: a printed figure against the exact value it prints;
- ``total(printed, terms)``: a printed total against the sum of its n printed terms,
  within (n + 1) half-units (``within(a, b, allowed)`` for a count of half-units a
  check works out itself);
- ``bound(amount, ceiling, half)``: an amount that may not exceed a printed ceiling;
- ``percent(stated, part, whole)``: a printed percentage against its two printed
  operands: the interval their own rounding allows, the quotient rounded half-up
  or cut;
- ``forced_to_100(stated, exact)``: shares of one whole printed to add up to exactly
  100 where rounding each would not.

Verdicts: ``equal``; the notes ``within rounding``, ``truncation``, ``forced to 100``,
``not checkable`` (a holding finding that says so); ``difference`` (it fails).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from budgetdiff.checks.findings import Finding

Verdict = Literal[
    "equal", "within rounding", "truncation", "forced to 100", "not checkable", "difference"
]
HUNDRED = Decimal(100)
HALF_CENT_OF_WAN = Decimal(50)
"""Half a unit of a 万元 figure printed with two decimals, in yuan (0.005 万元)."""


def places(printed: Decimal) -> int:
    """How many decimals ``printed`` is printed with: 2 for ``57.14``, 0 for ``19483``."""
    exponent = printed.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def half_unit(printed: Decimal) -> Decimal:
    """Half of the last printed digit of ``printed``: ``0.005`` for ``57.14``."""
    return Decimal(1).scaleb(-places(printed)) / 2


def _quantized(value: Decimal, decimals: int, rounding: str) -> Decimal:
    step = Decimal(1).scaleb(-decimals)
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + decimals + 2)
        return value.quantize(step, rounding=rounding)


def rounded(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half-up (away from zero) to ``decimals`` places."""
    return _quantized(value, decimals, ROUND_HALF_UP)


def cut(value: Decimal, decimals: int) -> Decimal:
    """``value`` truncated (towards zero) to ``decimals`` places."""
    return _quantized(value, decimals, ROUND_DOWN)


def figure(printed: Decimal, exact: Decimal, slack: Decimal = Decimal(0)) -> Verdict:
    """(a) ``printed`` against the exact value it prints, both in the printed unit:
    equal when ``exact`` rounds half-up to it; else within half a unit of its last
    digit (plus ``slack``, the rounding of figures behind ``exact``) is rounding, and
    ``exact`` cut at the printed places (within ``slack``) is truncation."""
    if rounded(exact, places(printed)) == printed:
        return "equal"
    difference = exact - printed
    half = half_unit(printed)
    if abs(difference) <= half + slack:
        return "within rounding"
    towards_zero = difference if printed >= 0 else -difference
    if 0 < towards_zero < 2 * half + slack:
        return "truncation"
    return "difference"


def total(
    printed: Decimal | int, terms: Sequence[Decimal | int | None], half: Decimal | None = None
) -> Verdict:
    """(b) a printed total against the sum of its n printed terms (an empty one is 0):
    up to (n + 1) half-units apart is rounding. ``half`` is half a printed unit of them
    all; without it, each figure's own (they are Decimals as printed)."""
    summed = sum(term for term in terms if term is not None)
    if printed == summed:
        return "equal"  # most sums: no Decimal arithmetic at all
    present = [Decimal(term) for term in terms if term is not None]
    if half is None:
        allowed = half_unit(Decimal(printed)) + sum(map(half_unit, present), Decimal(0))
    else:
        allowed = half * (len(terms) + 1)
    return within(printed, sum(present, Decimal(0)), allowed)


def within(a: Decimal | int, b: Decimal | int, allowed: Decimal) -> Verdict:
    """Two printed figures of one value, ``allowed`` apart by their printing (the
    half-units a check counts for them): equal, within rounding, or a difference."""
    difference = abs(Decimal(a) - Decimal(b))
    if difference == 0:
        return "equal"
    return "within rounding" if difference <= allowed else "difference"


def bound(
    amount: Decimal | int,
    ceiling: Decimal | int,
    half: Decimal,
    terms: int = 1,
    cut_ceiling: bool = False,
) -> Verdict:
    """An amount that may not exceed ``ceiling``: above it by no more than ``terms``
    half-units of printing is rounding. With ``cut_ceiling`` (the ceiling is a printed
    figure whose true value may be up to a unit above it), less than one more
    half-unit above is truncation; a cut amount is never above its true value."""
    over = Decimal(amount) - Decimal(ceiling)
    if over <= 0:
        return "equal"
    if over <= half * terms:
        return "within rounding"
    return "truncation" if cut_ceiling and over < half * (terms + 1) else "difference"


def percent(
    stated: Decimal,
    part: Decimal,
    whole: Decimal,
    part_half: Decimal | None = None,
    whole_half: Decimal | None = None,
) -> Verdict:
    """(c) a printed percentage (signed) against ``part`` ÷ ``whole`` × 100, each operand
    printed with the rounding ``…_half`` (default: its own last digit). Equal when the
    quotient rounds half-up to ``stated``; a note when some value in the interval the
    operands' rounding allows rounds (``within rounding``) or cuts (``truncation``)
    to it. A percentage of a zero whole is ``not checkable`` when the part is 0 too,
    and a ``difference`` otherwise (no finite percentage follows)."""
    if whole == 0:
        return "not checkable" if part == 0 else "difference"
    decimals = places(stated)
    exact = part / whole * HUNDRED
    if rounded(exact, decimals) == stated:
        return "equal"
    p_half = half_unit(part) if part_half is None else part_half
    w_half = half_unit(whole) if whole_half is None else whole_half
    if abs(whole) <= w_half:
        return "not checkable"  # the whole may be 0: any percentage follows
    corners = [
        (part + a) / (whole + b) * HUNDRED for a in (-p_half, p_half) for b in (-w_half, w_half)
    ]
    low, high = min(corners), max(corners)
    if rounded(low, decimals) <= stated <= rounded(high, decimals):
        return "within rounding"
    if cut(low, decimals) <= stated <= cut(high, decimals):
        return "truncation"
    return "difference"


def forced_to_100(stated: Sequence[Decimal], exact: Sequence[Decimal]) -> bool:
    """(d) whether shares of one whole (``stated`` as printed, ``exact`` their quotients)
    were forced to add up to exactly 100: they do, rounding each would not (missing 100
    by no more than the n half-units rounding n shares can lose), and each differs from
    its rounded quotient only in the direction, and by no more than, that gap."""
    if not stated or sum(stated, Decimal(0)) != HUNDRED:
        return False
    decimals = max(map(places, stated))
    rounded_shares = [rounded(value, decimals) for value in exact]
    gap = HUNDRED - sum(rounded_shares, Decimal(0))
    if gap == 0 or abs(gap) > Decimal(1).scaleb(-decimals) / 2 * len(stated):
        return False
    offsets = [share - value for share, value in zip(stated, rounded_shares, strict=True)]
    return all(0 <= offset / gap <= 1 for offset in offsets)


NOTE_KINDS: tuple[Verdict, ...] = (
    "within rounding",
    "truncation",
    "forced to 100",
    "not checkable",
)
"""The verdicts that hold with a note; each prints under its own name in ``check``."""


def judged(
    check_id: str,
    verdict: Verdict,
    message: str,
    note: str | None = None,
    *,
    strict: bool = True,
    table: str | None = None,
    code: str | None = None,
    line: int | None = None,
) -> Finding:
    """The finding of a verdict: ``difference`` fails (``message``); a note kind holds
    with ``note`` (``message`` when None) under that kind; ``equal`` simply holds."""
    holds = verdict != "difference"
    shown = (note or message) if verdict in NOTE_KINDS else None
    return Finding(
        check_id,
        holds,
        message,
        strict=strict,
        table=table,
        code=code,
        line=line,
        note=shown,
        note_kind=verdict if verdict in NOTE_KINDS else "within rounding",
    )
