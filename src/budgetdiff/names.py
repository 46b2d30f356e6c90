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
    "economic",
    "sangong",
)
"""The eight tables of a department budget, in the order documents print them."""

UNITS: tuple[str, ...] = ("元", "万元", "亿元")
"""The display units: yuan, ten thousand yuan, hundred million yuan."""
