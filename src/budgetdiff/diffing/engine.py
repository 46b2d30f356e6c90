"""``diff(a, b)``: compare two documents, B relative to A."""

from __future__ import annotations

from budgetdiff.diffing.execution import execution_tables, is_budget_against_final, stated_budgets
from budgetdiff.diffing.model import (
    ChecksDiff,
    ComparisonKind,
    Diff,
    DocumentRef,
    IdentityChange,
)
from budgetdiff.diffing.priors import prior_figures
from budgetdiff.diffing.sangong import diff_sangong, stated_vs_computed
from budgetdiff.diffing.tables import diff_tables, rollups
from budgetdiff.diffing.tree import table_diffs
from budgetdiff.model import CheckReport, Document
from budgetdiff.names import FINAL_KINDS
from budgetdiff.text import fold_name


def reference(document: Document) -> DocumentRef:
    """Which document a side is."""
    return DocumentRef(
        document.source.path, document.department, document.year, document.kind, document.origin
    )


def unread_identity(a: Document, b: Document) -> tuple[str, ...]:
    """The parts of either document's identity that were not read: ``A department``…"""
    return tuple(
        f"{side} {part}"
        for side, document in (("A", a), ("B", b))
        for part in ("department", "year")
        if getattr(document, part) is None
    )


def comparison_of(a: Document, b: Document) -> ComparisonKind:
    """Same department another year, another department, or draft vs published; unknown
    when either side's department or year was not read."""
    if unread_identity(a, b):
        return "unknown"
    same_department = fold_name(a.department or "") == fold_name(b.department or "")
    if not same_department:
        return "other_department"
    if a.year != b.year:
        return "year_over_year"
    if is_budget_against_final(a, b):
        return "budget_vs_final"
    return "draft_vs_published" if a.kind == b.kind else "other_kind"


def identity_changes(a: Document, b: Document) -> tuple[IdentityChange, ...]:
    """Department, year and kind where they differ (a department compared as printed)."""
    return tuple(
        IdentityChange(name, getattr(a, name), getattr(b, name))
        for name in ("department", "year", "kind")
        if getattr(a, name) != getattr(b, name)
    )


def diff(a: Document, b: Document, checks: tuple[CheckReport, CheckReport] | None = None) -> Diff:
    """Everything that differs between ``a`` and ``b`` (deltas are b − a).

    ``checks`` are the two documents' reports (``budgetdiff.check``), computed here
    when not given.
    """
    from budgetdiff.checks import check
    from budgetdiff.diffing.projects import diff_projects
    from budgetdiff.diffing.text import diff_headings, diff_sections

    report_a, report_b = checks if checks is not None else (check(a), check(b))
    comparison = comparison_of(a, b)
    if comparison == "budget_vs_final":
        if a.kind in FINAL_KINDS:  # the budget is A, whichever order they came in
            a, b, report_a, report_b = b, a, report_b, report_a
        return _execution(a, b, report_a, report_b)
    cells, rows = diff_tables(a, b)
    rolled = rollups(cells, rows, a, b)
    return Diff(
        a=reference(a),
        b=reference(b),
        comparison=comparison,
        identity=identity_changes(a, b),
        unread=unread_identity(a, b),
        cells=tuple(cells),
        rows=tuple(rows),
        rollups=tuple(rolled),
        tables=table_diffs(a, b, cells, rows, rolled),
        sangong=tuple(diff_sangong(a, b)),
        stated=tuple(stated_vs_computed(a, b, comparison)),
        priors=prior_figures(a, b, comparison),
        projects=diff_projects(a, b),
        text=diff_headings(a, b) + diff_sections(a, b),
        checks=ChecksDiff(report_a.failed_ids, report_b.failed_ids),
    )


def _execution(a: Document, b: Document, report_a: CheckReport, report_b: CheckReport) -> Diff:
    """A budget (A) against its final accounts (B): the tables both print, code by code
    (Δ is 决算 − 预算), the 三公 spent against budgeted, and the budgets B states."""
    shared_a, shared_b = execution_tables(a, b)
    cells, rows = diff_tables(shared_a, shared_b)
    rolled = rollups(cells, rows, shared_a, shared_b)
    return Diff(
        a=reference(a),
        b=reference(b),
        comparison="budget_vs_final",
        identity=identity_changes(a, b),
        cells=tuple(cells),
        rows=tuple(rows),
        rollups=tuple(rolled),
        tables=table_diffs(shared_a, shared_b, cells, rows, rolled),
        sangong=tuple(
            c for c in diff_sangong(a, b) if b.sangong is None or c.item in b.sangong.budget
        ),
        budgets=stated_budgets(a, b),
        checks=ChecksDiff(report_a.failed_ids, report_b.failed_ids),
    )
