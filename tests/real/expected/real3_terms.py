"""Constructors of the HOLDS / PROBLEMS entries of the real3 ground truth.

The same entries (and the same term syntax) as the Jiangsu ground truth's
``jiangsu_terms`` (branch i18-truth), plus row identities across columns (``rowsum``,
``rowrate``) for tables that print a change and a percentage beside the amounts. Each
returns the plain dict that tests/real/test_real3_truth.py checks (term syntax and entry
kinds are described there). They only save repetition; the figures stay in the modules.
"""

from __future__ import annotations

from typing import Any

Entry = dict[str, Any]


def _terms(terms: str | list[str] | tuple[str, ...]) -> list[str]:
    return [terms] if isinstance(terms, str) else list(terms)


def tree(table: str, *failing: tuple[str, int], listname: str = "rows") -> Entry:
    """Every coded row of ``table`` = the sum of the rows it heads; 合计 = Σ 类."""
    return {"kind": "tree", "table": table, "list": listname, "except": list(failing)}


def ltree(table: str, *failing: tuple[str, int], listname: str = "rows") -> Entry:
    """Rows (level, label, *amounts): every row = Σ the rows one level below it."""
    return {"kind": "ltree", "table": table, "list": listname, "except": list(failing)}


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


def rate(
    what: str, stated: str, this: str, change: str, *, up: bool = True, rule: str = "round"
) -> Entry:
    """The stated rate of a change: ``change`` ÷ the previous figure, that is ``this`` −
    ``change`` for an increase (``up``), ``this`` + ``change`` for a decrease."""
    return pct(what, stated, change, [this, f"-{change}" if up else change], rule)


def rowsum(
    table: str,
    total: int,
    parts: list[int],
    minus: list[int] | None = None,
    *,
    listname: str = "rows",
    skip: tuple[str, ...] = (),
) -> Entry:
    """On every row of ``table`` (but those keyed in ``skip``): amount column ``total`` =
    Σ columns ``parts`` − Σ columns ``minus`` (columns counted from 0)."""
    return {
        "kind": "rowsum",
        "table": table,
        "list": listname,
        "total": total,
        "parts": parts,
        "minus": minus or [],
        "skip": list(skip),
    }


def rowrate(table: str, stated: int, num: int, den: int, *, listname: str = "rows") -> Entry:
    """On every row: the percent column ``stated`` = 100 × column ``num`` ÷ column ``den``,
    rounded to its printed places (blank or ±100% where ``den`` is blank, as printed)."""
    return {
        "kind": "rowrate",
        "table": table,
        "list": listname,
        "stated": stated,
        "num": num,
        "den": den,
    }


def rounded(what: str, stated: str, *parts: str) -> Entry:
    """``stated`` = Σ ``parts`` rounded half up to the places ``stated`` is printed with."""
    return {"kind": "rounded", "what": what, "stated": stated, "parts": list(parts)}


def colsum(table: str, total: str, *, listname: str = "rows", skip: tuple[str, ...] = ()) -> Entry:
    """The row keyed ``total`` = Σ every other row of ``table`` (but ``skip``), per column."""
    return {"kind": "colsum", "table": table, "list": listname, "total": total, "skip": list(skip)}


def rollup(
    what: str,
    detail: str,
    detail_keys: list[int],
    detail_column: int,
    summary: str,
    summary_keys: list[int],
    summary_column: int,
) -> Entry:
    """Σ ``detail`` column grouped by the codes of its label columns = the same grouping of
    ``summary`` (tables that show one set of figures at two levels)."""
    return {
        "kind": "rollup",
        "what": what,
        "detail": detail,
        "detail_keys": detail_keys,
        "detail_column": detail_column,
        "summary": summary,
        "summary_keys": summary_keys,
        "summary_column": summary_column,
    }


def problem(entry: Entry, where: str, difference: str, verdict: str, **more: Any) -> Entry:
    """``entry`` as a PROBLEMS entry: where it is, what it gives, and the verdict."""
    return {**entry, "where": where, "difference": difference, "verdict": verdict, **more}


def note(what: str, where: str, verdict: str = "note", **more: Any) -> Entry:
    """A problem with no figure to compute (wording, naming, layout)."""
    return {"kind": "text", "what": what, "where": where, "verdict": verdict, **more}
