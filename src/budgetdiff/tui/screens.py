"""Modal screens: the source behind a figure (a PDF's page), a project form, the key help."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, Vertical, VerticalScroll
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from budgetdiff.model import Document, Project
from budgetdiff.money import format_amount
from budgetdiff.text import printable

CONTEXT = 6


class _Modal(ModalScreen[None]):
    BINDINGS: ClassVar = [Binding("escape,q,s", "dismiss", "关闭")]
    DEFAULT_CSS = """
    _Modal, SourceScreen, ProjectScreen, HelpScreen { align: center middle; }
    #modal-body { width: 90%; height: 80%; border: round $accent; background: $surface;
                  padding: 0 1; }
    """

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)


@dataclass(frozen=True)
class SourceView:
    """What the source screen shows of one side: a heading, numbered lines, the row's."""

    heading: str
    lines: tuple[tuple[int, str], ...]
    highlighted: int | None
    """Index in ``lines`` of the row's line, or None when it is not among them."""

    @property
    def text(self) -> Text:
        text = Text(no_wrap=True, overflow="ignore")
        for index, (number, content) in enumerate(self.lines):
            shown = printable(content.replace("\t", " │ "))
            if index == self.highlighted:  # marked, not by style alone
                text.append(f"▶ {number:>6}  {shown}", style="reverse bold")
            else:
                text.append(f"  {number:>6}  {shown}")
            if index < len(self.lines) - 1:
                text.append("\n")
        return text


def source_view(document: Document, line: int, title: str = "") -> SourceView:
    """The page behind ``line`` for a document read page by page (a PDF), else the
    source lines around it."""
    where = document.origin.get(line)
    path = printable(document.source.path or "-")
    name = f"{printable(title)} — " if title else ""
    if where is not None and 0 < where[0] <= len(document.page_texts):
        page, in_page = where
        page_lines = document.page_texts[page - 1].split("\n")
        numbered = tuple(enumerate(page_lines, 1))
        found = in_page - 1 if 0 < in_page <= len(page_lines) else None
        return SourceView(f"{name}page {page}, line {in_page} ({path})", numbered, found)
    first = max(1, line - CONTEXT)
    last = min(len(document.text_lines), line + CONTEXT)
    numbered = tuple((number, document.source_line(number)) for number in range(first, last + 1))
    found = line - first if first <= line <= last else None
    return SourceView(f"{name}source line {line} ({path})", numbered, found)


class SourcePane(Vertical):
    """One side of the source screen: its heading, and its lines scrolled to the row."""

    DEFAULT_CSS = """
    SourcePane { height: 1fr; }
    SourcePane .source-heading { height: auto; text-style: bold; }
    SourcePane .source-scroll { height: 1fr; scrollbar-size-vertical: 1; }
    SourcePane .source-scroll:focus { background-tint: $foreground 5%; }
    SourcePane .source-lines { width: auto; }
    """

    def __init__(self, view: SourceView | str, body_id: str) -> None:
        super().__init__()
        self.view, self.body_id = view, body_id

    def compose(self) -> ComposeResult:
        if isinstance(self.view, str):
            yield Static(Text(self.view), classes="source-heading")
            return
        yield Static(Text(self.view.heading), classes="source-heading")
        with ScrollableContainer(classes="source-scroll"):
            yield Static(self.view.text, id=self.body_id, classes="source-lines")

    def on_mount(self) -> None:
        self.call_after_refresh(self.scroll_to_row)

    def scroll_to_row(self) -> None:
        """Scroll so the row's line stands in the middle of the pane (lines never wrap)."""
        if isinstance(self.view, str) or self.view.highlighted is None:
            return
        row = Region(0, self.view.highlighted, 1, 1)
        self.query_one(".source-scroll").scroll_to_region(row, center=True, animate=False)


class SourceScreen(_Modal):
    """The source behind a row, its line highlighted: the page of a PDF, or the lines
    around it in a text document. In diff mode ``other`` is A, shown above B (Tab
    moves between them)."""

    BINDINGS: ClassVar = [Binding("tab", "switch_side", "A/B 切换")]
    DEFAULT_CSS = """
    SourceScreen #modal-body { width: 96%; height: 1fr; }
    SourceScreen SourcePane.a { border-bottom: solid $accent; }
    """

    def __init__(
        self,
        document: Document,
        line: int | None,
        title: str = "",
        other: Document | None = None,
        other_line: int | None = None,
    ) -> None:
        """``document`` and ``line`` are B (or the only document); ``other`` is A."""
        super().__init__()
        self.document, self.line, self.title_text = document, line, title
        self.other, self.other_line = other, other_line

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "switch_side" or self.other is not None

    def on_mount(self) -> None:
        self._focus_side(-1)

    def action_switch_side(self) -> None:
        """Arrow keys and PageUp/PageDown scroll the side that has the focus."""
        panes = list(self.query(".source-scroll"))
        current = next((i for i, pane in enumerate(panes) if pane.has_focus), -1)
        self._focus_side(current + 1)

    def _focus_side(self, index: int) -> None:
        panes = list(self.query(".source-scroll"))
        if panes:
            panes[index % len(panes)].focus()

    def compose(self) -> ComposeResult:
        with Vertical(id="modal-body"):
            if self.other is None:
                yield self._pane(self.document, self.line, "", "source-text")
            else:
                a = self._pane(self.other, self.other_line, "A", "source-text-a")
                a.add_class("a")
                yield a
                yield self._pane(self.document, self.line, "B", "source-text")
        yield Footer(compact=True)

    def _pane(self, document: Document, line: int | None, side: str, body_id: str) -> SourcePane:
        title = f"{side}: {self.title_text}" if side else self.title_text
        if line is None:
            return SourcePane(f"{printable(title)} — 这份文件没有这一行", body_id)
        return SourcePane(source_view(document, line, title), body_id)


class ProjectScreen(_Modal):
    """One performance form: budgets, components and indicators."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project

    def compose(self) -> ComposeResult:
        p = self.project
        facts = Table.grid(padding=(0, 2))
        for label, value in (
            ("项目名称", p.name),
            ("类型", p.type.selected if p.type else None),
            ("资金用途", p.use.selected if p.use else None),
            ("负责人", p.leader),
            ("时间", f"{p.start or ''} – {p.end or ''}"),
            ("项目总预算", format_amount(p.total_budget)),
            ("当年预算", format_amount(p.year_budget)),
            ("上年预算", format_amount(p.last_year_budget)),
        ):
            facts.add_row(Text(label, style="bold"), Text(printable(str(value or ""))))
        components = Table(title="子项目", title_justify="left")
        components.add_column("名称")
        components.add_column("金额 (元)", justify="right")
        for component in p.components:
            components.add_row(printable(component.name), format_amount(component.amount))
        indicators = Table(title="绩效指标", title_justify="left")
        for header in ("分解目标", "指标", "目标值"):
            indicators.add_column(header)
        for indicator in p.indicators:
            indicators.add_row(
                printable(indicator.category),
                printable(indicator.name),
                printable(indicator.target.text),
            )
        with VerticalScroll(id="modal-body"):
            yield Static(facts)
            yield Static(components)
            yield Static(indicators)


class HelpScreen(_Modal):
    """Every key of the explorer."""

    KEYS = (
        ("1…8", "视图: 概览 支出 收入 经济分类 三公 项目 说明 校验"),
        ("Enter / Space", "展开或折叠节点 (项目: 打开表单; 校验: 跳转)"),
        ("→ / l, ← / h", "展开 / 折叠 (折叠时回到上级)"),
        ("E / C", "全部展开 / 全部折叠"),
        ("↑ ↓ / j k", "移动"),
        ("/", "按编码或名称搜索 (边输入边定位)"),
        ("u", "单位: 元 → 万元 → 亿元"),
        ("s", "查看该行的原文: PDF 显示所在页, 对比模式 A 与 B 上下并列 (Tab 切换)"),
        ("y", "复制当前行 (编码、名称、金额), 经 SSH 也可 (OSC 52)"),
        ("c", "对比模式: 仅显示变化的行"),
        ("] / [", "对比模式: 下一处 / 上一处变化"),
        ("m", "对比模式: 切换度量列"),
        ("Ctrl+P", "命令面板: 跳转编码、切换视图、单位、导出 CSV、主题"),
        ("?", "本帮助"),
        ("q", "退出"),
    )

    def compose(self) -> ComposeResult:
        table = Table(title="按键", title_justify="left", show_edge=False)
        table.add_column("键", style="bold")
        table.add_column("作用")
        for key, what in self.KEYS:
            table.add_row(key, what)
        with VerticalScroll(id="modal-body"):
            yield Static(table, id="help-keys")
