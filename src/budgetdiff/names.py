"""Names shared by the model and the command line, in a module that imports nothing.

The CLI builds its argument parser from these without loading the model.
"""

from __future__ import annotations

TABLE_IDS: tuple[str, ...] = (
    "finance_summary",
    "income",
    "expenditure",
    "fiscal_summary",
    "general_public",
    "gov_fund",
    "state_capital",
    "economic",
    "sangong",
)
"""The tables of a department budget, in the order documents print them (documents
before about 2019 have no ``state_capital``, 国有资本经营预算支出功能分类预算表)."""

OPTIONAL_TABLE_IDS: frozenset[str] = frozenset({"state_capital"})
"""Tables a correct document may lack: older layouts have none."""

UNITS: tuple[str, ...] = ("元", "万元", "亿元")
"""The display units: yuan, ten thousand yuan, hundred million yuan."""
