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

FINAL_TABLE_IDS: tuple[str, ...] = (
    "income_expenditure_summary",
    "income",
    "expenditure",
    "fiscal_summary",
    "general_public",
    "basic_expenditure",
    "sangong",
    "gov_fund",
    "state_capital",
)
"""The nine tables of final accounts (部门决算), in the order documents print them:
收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表,
一般公共预算财政拨款支出决算表, 一般公共预算财政拨款基本支出决算表, 财政拨款“三公”经费支出决算表,
政府性基金预算财政拨款收入支出决算表, 国有资本经营预算财政拨款收入支出决算表. Ids shared
with budgets name the same kind of table; a document's ``kind`` says which set applies."""

FINAL_KINDS: frozenset[str] = frozenset({"部门决算", "单位决算"})
"""Document kinds that are final accounts."""
