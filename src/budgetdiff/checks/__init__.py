"""Consistency identities (勾稽关系) over a document model: a step of its own, after
parsing (``budgetdiff.check(document)``).

``check`` returns a ``CheckReport``:  one ``pass`` result per identity that holds everywhere
(saying how many instances were checked), and one ``fail`` or ``warn`` result per
instance that does not, naming the table, code, line and both amounts. Strict
identities fail; approximate ones (narrative figures in rounded 万元) warn.
Identities that need a missing table are skipped; the missing table itself
fails ``tables.present``.
"""

from __future__ import annotations

import re

from budgetdiff.checks.basic_split import basic_split_findings
from budgetdiff.checks.cross import cross_table_findings
from budgetdiff.checks.final_accounts import final_accounts_findings
from budgetdiff.checks.findings import Finding, summarise
from budgetdiff.checks.identity import identity_findings
from budgetdiff.checks.narrative import narrative_findings
from budgetdiff.checks.reading import reading_findings
from budgetdiff.checks.sangong import sangong_findings
from budgetdiff.checks.summary_rows import summary_row_findings
from budgetdiff.checks.tables import table_findings
from budgetdiff.checks.two_sided import two_sided_findings
from budgetdiff.model import CheckReport, CheckResult, Document
from budgetdiff.names import FINAL_KINDS
from budgetdiff.record import replace

__all__ = ["CheckReport", "Finding", "check", "run_checks"]


def check(document: Document) -> CheckReport:
    """Every identity (勾稽关系) checked on ``document``."""
    return CheckReport(run_checks(document))


def run_checks(document: Document) -> tuple[CheckResult, ...]:
    """Every identity's results for ``document``, in a stable order."""
    findings: list[Finding] = []
    findings.extend(reading_findings(document))
    if document.kind in FINAL_KINDS:
        findings.extend(final_accounts_findings(document))
        findings.extend(identity_findings(document))
        return _results(findings, document)
    findings.extend(table_findings(document))
    findings.extend(two_sided_findings(document))
    findings.extend(summary_row_findings(document))
    findings.extend(cross_table_findings(document))
    findings.extend(sangong_findings(document))
    findings.extend(narrative_findings(document))
    findings.extend(basic_split_findings(document))
    findings.extend(identity_findings(document))
    return _results(findings, document)


def _results(findings: list[Finding], document: Document) -> tuple[CheckResult, ...]:
    results = summarise(findings)
    if document.origin:
        results = tuple(_located(result, document) for result in results)
    return results


_LINE = re.compile(r"(?<!\d )\bline (\d+)")
"""``line N`` not already said as ``page P line N``."""


def _located(result: CheckResult, document: Document) -> CheckResult:
    """``result`` with each ``line N`` of its message said as page and line of the page."""
    message = _LINE.sub(lambda found: document.where(int(found.group(1))), result.message)
    page, page_line = (
        document.origin.get(result.line, (None, None)) if result.line else (None, None)
    )
    return replace(result, message=message, page=page, page_line=page_line)
