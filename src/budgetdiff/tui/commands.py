"""Command palette (Ctrl+P): jump to a code, switch view, change units, export, theme."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from budgetdiff.names import UNITS
from budgetdiff.text import printable

if TYPE_CHECKING:
    from budgetdiff.tui.app import BudgetApp

VIEW_NAMES = {
    "overview": "概览 overview",
    "expenditure": "支出 expenditure",
    "income": "收入 income",
    "economic": "经济分类 economic",
    "sangong": "三公 sangong",
    "projects": "项目 projects",
    "narrative": "说明 narrative",
    "checks": "校验 checks",
}


class BudgetCommands(Provider):
    """Palette entries built from the open document."""

    def _entries(self) -> list[tuple[str, object, str]]:
        app: BudgetApp = self.app  # type: ignore[assignment]
        entries: list[tuple[str, object, str]] = []
        for view, label in VIEW_NAMES.items():
            entries.append((f"view: {label}", partial(app.action_view, view), "switch view"))
        for unit in UNITS:
            entries.append((f"unit: {unit}", partial(app.set_unit, unit), "display unit"))
        entries.append(("export current view to CSV", app.action_export_view, "write a CSV file"))
        for theme in ("textual-dark", "textual-light", "nord", "gruvbox", "monokai"):
            entries.append((f"theme: {theme}", partial(app.set_theme, theme), "colour theme"))
        for table_id, tree in app.trees().items():
            for code, node in tree.tree_nodes.items():
                entries.append(
                    (
                        f"jump: {code} {printable(node.name)} ({table_id})",
                        partial(app.jump_to, table_id, code, None),
                        "go to this row",
                    )
                )
        return entries

    async def discover(self) -> Hits:
        for text, callback, help_text in self._entries():
            if not text.startswith("jump:"):
                yield DiscoveryHit(text, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=help_text)  # type: ignore[arg-type]
