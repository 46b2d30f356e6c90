"""Constructors of the HOLDS / PROBLEMS entries of the Jiangsu ground truth.

Each returns the plain dict that tests/real/test_jiangsu_truth.py checks (term syntax and
entry kinds are described there). They only save repetition; the figures stay in the
modules.
"""

from __future__ import annotations

from typing import Any

Entry = dict[str, Any]


def _terms(terms: str | list[str] | tuple[str, ...]) -> list[str]:
    return [terms] if isinstance(terms, str) else list(terms)


def tree(table: str, *failing: tuple[str, int]) -> Entry:
    """Every coded row of ``table`` = the sum of the rows it heads; 合计 = Σ 类."""
    return {"kind": "tree", "table": table, "except": list(failing)}


def eq(what: str, total: str, *parts: str) -> Entry:
    """``total`` = Σ ``parts``."""
    return {"kind": "sum", "what": what, "total": total, "parts": list(parts)}


def pct(
    what: str,
    stated: str,
    num: str | list[str],
    den: str | list[str],
    rule: str = "round",
) -> Entry:
    """``stated`` = 100 × num ÷ den, rounded (or cut) to the stated places."""
    return {
        "kind": "percent",
        "what": what,
        "stated": stated,
        "num": _terms(num),
        "den": _terms(den),
        "rule": rule,
    }


def prev(what: str, this: str | list[str], change: str, previous: str | list[str]) -> Entry:
    """The previous-year figure the change implies (``this`` ∓ the change) = ``previous``."""
    return {
        "kind": "change",
        "what": what,
        "this": _terms(this),
        "change": change,
        "previous": _terms(previous),
    }


def item(code: str, table: str, previous: str, percent: str | None = None) -> tuple[Entry, ...]:
    """A narrative 项 (NARRATIVE_ITEMS): its amount = the table row, its change gives
    ``previous``, and its stated percent = change ÷ previous."""
    entries: list[Entry] = [
        eq(f"narrative {code} = {table}", f"I:{code}.amount", f"{table}/{code}"),
        prev(f"narrative {code}: previous year", f"I:{code}.amount", f"I:{code}.change", previous),
    ]
    if percent is not None:
        entries.append(
            pct(f"narrative {code}: stated percent", percent, f"I:{code}.change.1", previous)
        )
    return tuple(entries)


def problem(entry: Entry, where: str, difference: str, verdict: str, **more: Any) -> Entry:
    """``entry`` as a PROBLEMS entry: where it is, what it gives, and the verdict."""
    return {**entry, "where": where, "difference": difference, "verdict": verdict, **more}


def note(what: str, where: str, verdict: str = "note", **more: Any) -> Entry:
    """A problem with no figure to compute (wording, naming, layout)."""
    return {"kind": "text", "what": what, "where": where, "verdict": verdict, **more}


def rate(
    what: str, stated: str, this: str, change: str, *, up: bool = True, rule: str = "round"
) -> Entry:
    """The stated rate of a change: ``change`` ÷ the previous figure, that is ``this`` −
    ``change`` for an increase (``up``), ``this`` + ``change`` for a decrease."""
    return pct(what, stated, change, [this, f"-{change}" if up else change], rule)
