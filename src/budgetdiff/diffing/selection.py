"""Narrowing a diff for display: ``--only`` parts and small cell changes hidden.

Only cell changes are ever hidden by size; added, removed, renamed and moved
rows always show, however small.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from budgetdiff.diffing.model import SECTIONS, ChecksDiff, Diff
from budgetdiff.money import Amount
from budgetdiff.record import replace


def select(
    diff: Diff,
    only: Collection[str] = SECTIONS,
    min_abs: Decimal | None = None,
    min_pct: Decimal | None = None,
) -> Diff:
    """``diff`` with only the parts in ``only`` and without cell changes below the limits.

    A cell change is kept when |delta| ≥ ``min_abs`` and |pct| ≥ ``min_pct``
    (a change from an empty or zero cell has no percentage and passes ``min_pct``).
    """

    def shown(delta: Amount, pct: Decimal | None) -> bool:
        return (min_abs is None or abs(Decimal(delta)) >= min_abs) and (
            min_pct is None or pct is None or abs(pct) >= min_pct
        )

    cells = tuple(cell for cell in diff.cells if shown(cell.delta, cell.pct))
    sangong = tuple(change for change in diff.sangong if shown(change.delta, change.pct))
    kept_codes = {(cell.table, cell.code[:3]) for cell in cells if cell.code is not None}
    kept_codes |= {(row.table, row.code[:3]) for row in diff.rows if row.code is not None}
    return replace(
        diff,
        cells=cells if "tables" in only else (),
        rows=diff.rows if "tables" in only else (),
        tables=diff.tables if "tables" in only else (),
        rollups=tuple(r for r in diff.rollups if (r.table, r.code) in kept_codes)
        if "tables" in only
        else (),
        sangong=sangong if "sangong" in only else (),
        stated=diff.stated if "sangong" in only else (),
        projects=diff.projects if "projects" in only else (),
        text=diff.text if "text" in only else (),
        checks=diff.checks if "checks" in only else ChecksDiff((), ()),
    )
