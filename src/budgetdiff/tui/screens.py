"""Modal screens: the source lines behind a figure, a project form, and the key help."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

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


class SourceScreen(_Modal):
    """The source lines around ``line``, that line highlighted."""

    def __init__(self, document: Document, line: int, title: str = "") -> None:
        super().__init__()
        self.document, self.line, self.title_text = document, line, title

    def compose(self) -> ComposeResult:
        text = Text()
        text.append(
            f"{printable(self.title_text)} — source line {self.line} "
            f"({printable(self.document.source.path or '-')})\n\n",
            style="bold",
        )
        first = max(1, self.line - CONTEXT)
        last = min(len(self.document.text_lines), self.line + CONTEXT)
        for number in range(first, last + 1):
            content = printable(self.document.source_line(number).replace("\t", " │ "))
            style = "reverse bold" if number == self.line else ""
            text.append(f"{number:>6}  {content}\n", style=style)
        with VerticalScroll(id="modal-body"):
            yield Static(text, id="source-text")


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
        ("s", "查看该行的原文及上下文"),
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
