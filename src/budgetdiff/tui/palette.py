"""The command palette (Ctrl+P): switch view, unit or theme, export the view, open a
recent file, jump to a row of a table."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider

from budgetdiff.names import UNITS
from budgetdiff.text import printable

THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "monokai")

Entry = tuple[str, Callable[[], object], str]
"""What the palette shows, what it runs, and its help line."""


class BudgetCommands(Provider):
    """Palette entries built from the open documents."""

    def _entries(self) -> Iterator[Entry]:
        from budgetdiff.tui.app import BudgetApp

        app = self.app
        if not isinstance(app, BudgetApp):
            return
        for view in app.view_names():
            label = app.label(view)
            yield f"视图: {label}", partial(app.action_view, view), "切换视图"
        for unit in UNITS:
            yield f"单位: {unit}", partial(app.set_unit, unit), "金额的显示单位"
        yield "导出当前视图为 CSV", app.action_export_view, "写一个 CSV 文件（先询问路径）"
        if app.settings.recent:
            yield "打开最近的文件…", app.action_open_recent, "从最近打开的文件中选一个"
        for theme in THEMES:
            yield f"主题: {theme}", partial(app.set_theme, theme), "配色主题"
        for view, rows in app.table_rows.items():
            label = app.label(view)
            for row in rows.rows:
                if row.code:
                    yield (
                        f"跳转: {row.code} {printable(row.name)}（{label}）",
                        partial(app.jump_to, view, row.key, None),
                        "到这一行",
                    )

    async def discover(self) -> Hits:
        for text, callback, help_text in self._entries():
            if not text.startswith("跳转:"):
                yield DiscoveryHit(text, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=help_text)


class Palette(CommandPalette):
    """Textual's command palette, whose PageUp and PageDown wait until its list has a size.

    Textual 8.2's list pages by the lines it lays out when it is first drawn: PageDown
    pressed with Ctrl+P (both keys in one read from the terminal) came before that and
    raised ``KeyError: 0``, which ended the app. A page key that comes first is acted on
    after the next refresh; one that finds no list even then (no command matches) does
    nothing.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pagedown", "page('page_down')", "下一页", show=False),
        Binding("pageup", "page('page_up')", "上一页", show=False),
    ]

    def action_page(self, action: str, waited: bool = False) -> None:
        """Pass ``page_down`` or ``page_up`` on to the list, once it has been laid out."""
        commands = self.query_one(CommandList)
        if not commands.option_count:
            return
        if not commands.scrollable_content_region:
            if not waited:
                self.call_after_refresh(self.action_page, action, True)
            return
        getattr(commands, f"action_{action}")()
