"""``diff(a, b)``: compare two documents, B relative to A."""

from __future__ import annotations

from budgetdiff.classification import ClassificationChange
from budgetdiff.diffing.columns import in_b_columns, with_columns
from budgetdiff.diffing.crosswalk import crossing
from budgetdiff.diffing.doubts import vouch
from budgetdiff.diffing.execution import execution_tables, is_budget_against_final, stated_budgets
from budgetdiff.diffing.model import (
    CheckOutcome,
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
from budgetdiff.model import CheckReport, CodeTable, Document
from budgetdiff.names import FINAL_KINDS, FINAL_TABLE_IDS, TABLE_IDS
from budgetdiff.text import fold_name


def reference(document: Document) -> DocumentRef:
    """Which document a side is, and how completely it was read."""
    return DocumentRef(
        document.source.path,
        document.department,
        document.year,
        document.kind,
        document.origin,
        document.reading,
        document.source.sha256,
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


def diff(
    a: Document,
    b: Document,
    checks: tuple[CheckReport, CheckReport] | None = None,
    crosswalk: tuple[ClassificationChange, ...] | None = None,
) -> Diff:
    """Everything that differs between ``a`` and ``b`` (deltas are b − a).

    ``checks`` are the two documents' reports (``budgetdiff.check``), computed here
    when not given. Documents of different years are compared across the changes of
    the classification between them: ``crosswalk`` (``classification.parse_crosswalk``),
    by default the package's (``classification.crosswalk``).
    """
    from budgetdiff.checks import check
    from budgetdiff.diffing.projects import diff_projects, project_priors
    from budgetdiff.diffing.text import diff_headings, diff_sections

    report_a, report_b = checks if checks is not None else (check(a), check(b))
    comparison = comparison_of(a, b)
    if comparison == "budget_vs_final":
        if a.kind in FINAL_KINDS:  # the budget is A, whichever order they came in
            a, b, report_a, report_b = b, a, report_b, report_a
        return _execution(a, b, report_a, report_b)
    named = in_b_columns(a, b)  # A's figures under B's column names
    across = crossing(a.year, b.year, crosswalk)
    cells, rows = diff_tables(named, b, across)
    rolled = rollups(cells, rows, named, b)
    result = Diff(
        a=reference(a),
        b=reference(b),
        comparison=comparison,
        identity=identity_changes(a, b),
        unread=unread_identity(a, b),
        cells=tuple(cells),
        rows=tuple(rows),
        rollups=tuple(rolled),
        tables=with_columns(table_diffs(named, b, cells, rows, rolled, across), a, b),
        sangong=tuple(diff_sangong(a, b)),
        stated=tuple(stated_vs_computed(a, b, comparison)),
        priors=prior_figures(a, b, comparison, across) + project_priors(a, b, comparison),
        projects=diff_projects(a, b),
        text=diff_headings(a, b) + diff_sections(a, b),
        checks=checks_diff(a, b, report_a, report_b),
    )
    return vouch(result, a, b)


def _execution(a: Document, b: Document, report_a: CheckReport, report_b: CheckReport) -> Diff:
    """A budget (A) against its final accounts (B): the tables both print, code by code
    (Δ is 决算 − 预算), the 三公 spent against budgeted, and the budgets B states."""
    shared_a, shared_b = execution_tables(a, b)
    named = in_b_columns(shared_a, shared_b)
    cells, rows = diff_tables(named, shared_b)
    rolled = rollups(cells, rows, named, shared_b)
    result = Diff(
        a=reference(a),
        b=reference(b),
        comparison="budget_vs_final",
        identity=identity_changes(a, b),
        cells=tuple(cells),
        rows=tuple(rows),
        rollups=tuple(rolled),
        tables=with_columns(table_diffs(named, shared_b, cells, rows, rolled), shared_a, shared_b),
        sangong=tuple(
            c for c in diff_sangong(a, b) if b.sangong is None or c.item in b.sangong.budget
        ),
        budgets=stated_budgets(a, b),
        checks=checks_diff(a, b, report_a, report_b),
    )
    return vouch(result, a, b)


def checks_diff(
    a: Document, b: Document, report_a: CheckReport, report_b: CheckReport
) -> ChecksDiff:
    """The strict checks failing on each side, and what each is on the other side."""
    return ChecksDiff(
        report_a.failed_ids,
        report_b.failed_ids,
        in_a=outcomes(report_b, report_a, a),
        in_b=outcomes(report_a, report_b, b),
    )


def outcomes(
    failing: CheckReport, other: CheckReport, document: Document
) -> dict[str, CheckOutcome]:
    """Each id failing in ``failing``, with what it is in ``other`` (the report of
    ``document``): ``fail`` when it fails there too; ``not_checked`` when it has no
    result there, or when one of the tables or rows it failed on is not in ``document``
    (a pass there says nothing of them); else ``warn`` or ``pass``."""
    found: dict[str, CheckOutcome] = {}
    for check_id in failing.failed_ids:
        statuses = {result.status for result in other.results if result.id == check_id}
        subjects = [(r.table, r.code) for r in failing.failed if r.id == check_id]
        if "fail" in statuses:
            found[check_id] = "fail"
        elif not statuses or not all(has_subject(document, *s) for s in subjects):
            found[check_id] = "not_checked"
        else:
            found[check_id] = "warn" if "warn" in statuses else "pass"
    return found


def has_subject(document: Document, table: str | None, code: str | None) -> bool:
    """Whether ``document`` has what a check result names: a table (by id, ``sangong``,
    ``projects``) and a row of it by code; a name that is none of these counts as had."""
    if table is None:
        return True
    if table == "sangong":
        return document.sangong is not None
    if table == "projects":
        return bool(document.projects)
    if table not in TABLE_IDS and table not in FINAL_TABLE_IDS:
        return True
    found = document.tables.get(table)
    if found is None:
        return False
    return code is None or not isinstance(found, CodeTable) or found.get(code) is not None
