"""Modal screens: the source behind a figure (a PDF's page; A's and B's side by side),
a project form, a check in full, the recent files, and the key help built from the
bindings. Widgets open them by posting ``ScreenRequested``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, Vertical, VerticalScroll
from textual.geometry import Region
from textual.keys import format_key
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from budgetdiff.diffing.model import ProjectChange
from budgetdiff.model import CheckResult, Choice, Document, Project
from budgetdiff.money import Amount
from budgetdiff.render.numbers import format_amount
from budgetdiff.text import printable

CONTEXT = 6
WIDE = 120
"""From this many columns, the source screen shows A and B side by side."""

_MODAL_CSS = """
    align: center middle;
    & > #modal-body { width: 90%; height: 80%; border: round $accent; background: $surface;
                      padding: 0 1; }
"""


class ScreenRequested(Message):
    """A widget asks for ``screen`` to be pushed; ``callback`` gets its result."""

    def __init__(self, screen: Screen[Any], callback: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self.screen, self.callback = screen, callback


class _Modal(ModalScreen[None]):
    BINDINGS: ClassVar = [Binding("escape,q", "close", "关闭")]
    DEFAULT_CSS = "_Modal {" + _MODAL_CSS + "}"

    def action_close(self) -> None:
        self.dismiss(None)


class _Scrolling(_Modal):
    """A modal whose body scrolls with j/k, ↑/↓, PageUp/PageDown, g/G and Home/End."""

    BINDINGS: ClassVar = [
        Binding("j,down", "scroll('down')", "下移", show=False),
        Binding("k,up", "scroll('up')", "上移", show=False),
        Binding("pagedown,space", "scroll('page_down')", "下一页", key_display="PgDn"),
        Binding("pageup", "scroll('page_up')", "上一页", key_display="PgUp"),
        Binding("g,home", "scroll('home')", "开头", show=False),
        Binding("G,end", "scroll('end')", "末尾", show=False),
    ]

    def action_scroll(self, where: str) -> None:
        body = self.query_one("#modal-body", VerticalScroll)
        {
            "down": body.scroll_down,
            "up": body.scroll_up,
            "page_down": body.scroll_page_down,
            "page_up": body.scroll_page_up,
            "home": body.scroll_home,
            "end": body.scroll_end,
        }[where](animate=False)


# -- source ------------------------------------------------------------------------------


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
        return SourceView(f"{name}第 {page} 页第 {in_page} 行 ({path})", numbered, found)
    first = max(1, line - CONTEXT)
    last = min(len(document.text_lines), line + CONTEXT)
    numbered = tuple((number, document.source_line(number)) for number in range(first, last + 1))
    found = line - first if first <= line <= last else None
    return SourceView(f"{name}原文第 {line} 行 ({path})", numbered, found)


class SourcePane(Vertical):
    """One side of the source screen: its heading, and its lines scrolled to the row."""

    DEFAULT_CSS = """
    SourcePane { height: 1fr; width: 1fr; }
    SourcePane .source-heading {
        height: 1; text-style: bold; text-wrap: nowrap; text-overflow: ellipsis;
    }
    SourcePane .source-scroll { height: 1fr; scrollbar-size-vertical: 1; }
    SourcePane .source-scroll:focus { background-tint: $foreground 5%; }
    SourcePane .source-lines { width: auto; }
    """

    def __init__(self, view: SourceView, body_id: str, note: str = "") -> None:
        super().__init__()
        self.view, self.body_id, self.note = view, body_id, note

    def compose(self) -> ComposeResult:
        yield Static(Text(self.view.heading), classes="source-heading")
        if self.note:
            yield Static(Text(self.note), classes="source-note")
        with ScrollableContainer(classes="source-scroll"):
            yield Static(self.view.text, id=self.body_id, classes="source-lines")

    def on_mount(self) -> None:
        self.call_after_refresh(self.scroll_to_row)

    def scroll_to_row(self) -> None:
        """Scroll so the row's line stands in the middle of the pane (lines never wrap)."""
        if self.view.highlighted is None:
            return
        row = Region(0, self.view.highlighted, 1, 1)
        self.query_one(".source-scroll").scroll_to_region(row, center=True, animate=False)


class SourceScreen(_Modal):
    """The source behind a row, its line marked ▶: the page of a PDF, or the lines
    around it in a text document. In diff mode ``other`` is A: A and B side by side
    from ``WIDE`` columns, A above B below that (Tab moves between them); only the
    side that has the row when the other lacks it."""

    BINDINGS: ClassVar = [
        Binding("escape,q,s", "close", "关闭"),
        Binding("tab", "switch_side", "A/B 切换"),
    ]
    DEFAULT_CSS = """
    SourceScreen #modal-body { width: 96%; height: 1fr; }
    SourceScreen #modal-body.wide { layout: horizontal; }
    SourceScreen SourcePane.a { border-bottom: solid $accent; }
    SourceScreen #modal-body.wide SourcePane.a { border-bottom: none; border-right: solid $accent; }
    """

    def __init__(
        self,
        document: Document,
        line: int | None,
        title: str = "",
        other: Document | None = None,
        other_line: int | None = None,
    ) -> None:
        """``document`` and ``line`` are B (or the only document); ``other`` and
        ``other_line`` are A's."""
        super().__init__()
        self.document, self.line, self.title_text = document, line, title
        self.other, self.other_line = other, other_line

    @property
    def both(self) -> bool:
        return self.other is not None and self.line is not None and self.other_line is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "switch_side" or self.both

    def compose(self) -> ComposeResult:
        with Vertical(id="modal-body"):
            yield from self._panes()
        yield Footer(compact=True)

    def _panes(self) -> Iterable[SourcePane]:
        title = printable(self.title_text)
        if self.other is None:
            if self.line is not None:
                yield SourcePane(source_view(self.document, self.line, title), "source-text")
            return
        if self.other_line is not None:
            note = "" if self.line is not None else "B 没有这一行"
            pane = SourcePane(
                source_view(self.other, self.other_line, f"A: {title}"), "source-text-a", note
            )
            pane.add_class("a")
            yield pane
        if self.line is not None:
            note = "" if self.other_line is not None else "A 没有这一行"
            yield SourcePane(
                source_view(self.document, self.line, f"B: {title}"), "source-text", note
            )

    def on_mount(self) -> None:
        self._layout(self.app.size.width)
        self._focus_side(-1)

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.query_one("#modal-body").set_class(self.both and width >= WIDE, "wide")

    def action_switch_side(self) -> None:
        """Arrow keys and PageUp/PageDown scroll the side that has the focus."""
        panes = list(self.query(".source-scroll"))
        current = next((i for i, pane in enumerate(panes) if pane.has_focus), -1)
        self._focus_side(current + 1)

    def _focus_side(self, index: int) -> None:
        panes = list(self.query(".source-scroll"))
        if panes:
            panes[index % len(panes)].focus()


# -- project form ------------------------------------------------------------------------

KIND_NAMES = {
    "added": "新增",
    "removed": "删除",
    "renamed": "改名",
    "changed": "有变化",
    "amount": "金额变化",
    "weakened": "目标降低",
    "strengthened": "目标提高",
}


def _choice(choice: Choice | None) -> str:
    if choice is None:
        return ""
    shown = choice.selected or "（未勾选）"
    if choice.uncertain:
        others = " / ".join(choice.candidates) if choice.candidates else "无法确定"
        shown += f"（勾选位置不确定，可能是: {others}）"
    return shown


def _facts(rows: Iterable[tuple[str, object]], unit: str = "元") -> Table:
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for label, value in rows:
        if isinstance(value, Decimal):
            shown = format_amount(value, unit)
        else:
            shown = "" if value is None else str(value)
        grid.add_row(Text(label, style="bold"), Text(printable(shown) or "—"))
    return grid


def _heading(text: str) -> Text:
    return Text(f"■ {text}", style="bold underline")


def project_parts(
    project: Project, change: ProjectChange | None = None, unit: str = "元"
) -> list[RenderableType]:
    """Every field of the form (or of a project described in prose), in reading order;
    in diff mode its changes first."""
    p = project

    def amount(value: Amount | None) -> str | None:
        return format_amount(value, unit) or None

    parts: list[RenderableType] = []
    if change is not None:
        parts.append(_heading(f"对比: {KIND_NAMES.get(change.kind, change.kind)}"))
        if change.old_name:
            parts.append(Text(printable(f"A 的名称: {change.old_name}")))
        if change.fields:
            fields = Table(show_edge=False, expand=True)
            for header in ("字段", "A", "B", "变化"):
                fields.add_column(header, overflow="fold")
            for field in change.fields:
                fields.add_row(
                    printable(field.path),
                    printable(_value(field.a, unit)),
                    printable(_value(field.b, unit)),
                    KIND_NAMES.get(field.kind, field.kind),
                )
            parts.append(fields)
        parts.append(Text(""))
    parts.append(_heading("基本信息"))
    parts.append(
        _facts(
            (
                ("表单", p.title),
                ("项目名称", p.name),
                ("年度", p.year),
                ("申报单位", p.applicant),
                ("项目类型", _choice(p.type)),
                ("资金用途", _choice(p.use)),
                ("项目负责人", p.leader),
                ("联系人", p.contact),
                ("联系电话", p.phone),
                ("起止时间", f"{p.start or '?'} 至 {p.end or '?'}" if p.start or p.end else None),
                ("来源", "绩效目标申报表" if p.source == "form" else "项目经费情况说明"),
                ("所在行", f"第 {p.line} 行"),
            )
        )
    )
    parts.append(Text(""))
    parts.append(_heading(f"预算 ({unit})"))
    parts.append(
        _facts(
            (
                ("项目总预算", amount(p.total_budget)),
                ("当年预算", amount(p.year_budget)),
                ("上年预算", amount(p.last_year_budget)),
                ("上年执行", amount(p.last_year_spent)),
                ("子项目合计（所述）", amount(p.stated_sum)),
            )
        )
    )
    if p.source == "prose" and p.sections:
        for section in p.sections:
            parts.append(Text(""))
            parts.append(_heading(printable(section.title)))
            parts.append(Text(printable(section.text) or "—"))
    else:
        for label, text in p.texts.items():
            parts.append(Text(""))
            parts.append(_heading(printable(label)))
            parts.append(Text(printable(text) or "—"))
    parts.append(Text(""))
    components = Table(title=f"子项目 ({len(p.components)})", title_justify="left", expand=True)
    components.add_column("名称", ratio=1)
    components.add_column(f"金额 ({unit})", justify="right")
    components.add_column("行", justify="right")
    for component in p.components:
        components.add_row(
            printable(component.name), format_amount(component.amount, unit), str(component.line)
        )
    parts.append(components if p.components else _heading("子项目: 无"))
    parts.append(Text(""))
    if p.indicators:
        indicators = Table(
            title=f"绩效指标 ({len(p.indicators)})", title_justify="left", expand=True
        )
        for header in ("分解目标", "指标", "目标值"):
            indicators.add_column(header, overflow="fold")
        for indicator in p.indicators:
            indicators.add_row(
                printable(indicator.category),
                printable(indicator.name),
                printable(indicator.target.text),
            )
        parts.append(indicators)
    else:
        parts.append(_heading("绩效指标: 无"))
    parts.append(Text(""))
    parts.append(_heading("签章"))
    parts.append(
        _facts((("单位负责人", p.signer), ("填报人", p.preparer), ("填报日期", p.filed_on)))
    )
    return parts


def _value(value: object, unit: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return format_amount(value, unit)
    return str(value)


class ProjectScreen(_Scrolling):
    """One performance form, every field the model has; scrolls with the usual keys."""

    DEFAULT_CSS = "ProjectScreen {" + _MODAL_CSS + "}"

    def __init__(
        self, project: Project, change: ProjectChange | None = None, unit: str = "元"
    ) -> None:
        super().__init__()
        self.project, self.change, self.unit = project, change, unit

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="modal-body"):
            for index, part in enumerate(project_parts(self.project, self.change, self.unit)):
                yield Static(part, id=f"project-part-{index}")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#modal-body").focus()


# -- a check in full ---------------------------------------------------------------------


class CheckScreen(ModalScreen[CheckResult | None]):
    """One check result in full; Enter goes to its row or source line (dismissed with the
    check), Esc closes."""

    BINDINGS: ClassVar = [
        Binding("enter", "jump", "跳转到该处"),
        Binding("escape,q", "close", "关闭"),
    ]
    DEFAULT_CSS = (
        "CheckScreen {"
        + _MODAL_CSS
        + "} CheckScreen #modal-body { height: auto; max-height: 80%; }"
    )

    def __init__(self, check: CheckResult, status: str, where: str) -> None:
        super().__init__()
        self.check, self.status, self.where = check, status, where

    def compose(self) -> ComposeResult:
        check = self.check
        with VerticalScroll(id="modal-body"):
            yield Static(
                _facts(
                    (
                        ("状态", self.status),
                        ("校验", check.id),
                        ("类型", "严格（必须相等）" if check.strict else "近似（允许尾差）"),
                        ("位置", self.where or None),
                    )
                )
            )
            yield Static(Text(printable(check.message)), id="check-message")
        yield Footer(compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "jump" or (self.check.code, self.check.line) != (None, None)

    def action_jump(self) -> None:
        self.dismiss(self.check)

    def action_close(self) -> None:
        self.dismiss(None)


# -- recent files ------------------------------------------------------------------------


class RecentScreen(ModalScreen[str | None]):
    """Pick one of the recent files (``Settings.recent_files()``); dismissed with its path."""

    BINDINGS: ClassVar = [Binding("escape,q", "close", "关闭")]
    DEFAULT_CSS = (
        "RecentScreen {"
        + _MODAL_CSS
        + "} RecentScreen #modal-body { height: auto; max-height: 80%; }"
    )

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__()
        self.paths = tuple(paths)

    def compose(self) -> ComposeResult:
        with Vertical(id="modal-body"):
            yield Static(Text("最近打开的文件 (Enter 打开)", style="bold"))
            if self.paths:
                yield OptionList(
                    *(
                        Option(Text(printable(recent_label(path))), id=str(index))
                        for index, path in enumerate(self.paths)
                    ),
                    id="recent-list",
                )
            else:
                yield Static(Text("还没有最近打开的文件。"), id="recent-empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        for found in self.query("#recent-list"):
            found.focus()

    @on(OptionList.OptionSelected, "#recent-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.paths[int(event.option.id or 0)])

    def action_close(self) -> None:
        self.dismiss(None)


def recent_label(path: str) -> str:
    """``port-2017.txt — /data/budgets``: the file's name first, then its folder."""
    where = Path(path)
    return f"{where.name} — {where.parent}"


# -- key help ----------------------------------------------------------------------------

KeyEntry = Binding | tuple[str, str] | tuple[str, str, str]
"""A binding, or (key, description) or (key, description, group)."""

GROUPS: tuple[tuple[str, str], ...] = (
    ("视图", r"^view\b|^switch_view"),
    ("移动", r"cursor|scroll|page|^(top|bottom|first|last|home|end)\b|parent"),
    ("展开与折叠", r"toggle_(node|row)|expand|collapse|^toggle$"),
    ("搜索与筛选", r"search|match|filter|change"),
    ("显示", r"unit|sort|metric|measure|column|theme"),
    ("行与导出", r"source|copy|export|^open$|jump|select"),
    ("通用", r"help|quit|palette|close|dismiss|recent"),
)
"""Help groups, in the order shown, each with the actions it holds (by name)."""
OTHER_GROUP = "其他"

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "enter": "Enter",
    "escape": "Esc",
    "space": "空格",
    "tab": "Tab",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "shift+left": "Shift+←",
    "shift+right": "Shift+→",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "less_than_sign": "<",
    "greater_than_sign": ">",
}


def key_label(keys: str) -> str:
    """``j,down`` → ``j / ↓``; ``ctrl+p`` → ``Ctrl+P``."""
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if key in KEY_NAMES:
            shown.append(KEY_NAMES[key])
        elif key.startswith("ctrl+"):
            shown.append("Ctrl+" + key[5:].upper())
        else:
            shown.append(format_key(key))
    return " / ".join(dict.fromkeys(shown))


def help_groups(entries: Iterable[KeyEntry]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys by group, in ``GROUPS`` order: (group, [(keys, description)]); keys that do
    the same thing (same description) are listed together, a binding without a
    description is left out."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for entry in entries:
        if isinstance(entry, Binding):
            keys = entry.key_display or entry.key
            description, action = entry.description, entry.action
            group = entry.group.description if entry.group is not None else _group_of(action)
        else:
            keys, description = entry[0], entry[1]
            group = entry[2] if len(entry) == 3 else OTHER_GROUP
        if not description:
            continue
        grouped.setdefault(group, {}).setdefault(description, []).append(key_label(keys))
    order = [name for name, _ in GROUPS] + [OTHER_GROUP]
    known = [group for group in order if group in grouped]
    extra = [group for group in grouped if group not in order]
    return [
        (group, [(" / ".join(dict.fromkeys(keys)), what) for what, keys in grouped[group].items()])
        for group in known + extra
    ]


def _group_of(action: str) -> str:
    name = action.split("(")[0].split(".")[-1]
    for group, pattern in GROUPS:
        if re.search(pattern, name):
            return group
    return OTHER_GROUP


class HelpScreen(_Scrolling):
    """Every key of the explorer, grouped, built from the bindings it is given."""

    BINDINGS: ClassVar = [Binding("escape,q,question_mark", "close", "关闭")]
    DEFAULT_CSS = (
        "HelpScreen {" + _MODAL_CSS + "}"
        " HelpScreen #modal-body { height: 90%; }"
        " HelpScreen #modal-body.wide { layout: grid; grid-size: 2; grid-rows: auto;"
        " grid-gutter: 0 2; }"
    )

    def __init__(self, bindings: Iterable[KeyEntry]) -> None:
        super().__init__()
        self.groups = help_groups(bindings)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="modal-body"):
            for index, (group, keys) in enumerate(self.groups):
                grid = Table.grid(padding=(0, 2), expand=True)
                grid.add_column(no_wrap=True, min_width=12)
                grid.add_column(ratio=1)
                grid.add_row(_heading(group), "")
                for key, what in keys:
                    grid.add_row(Text(key, style="bold"), Text(printable(what)))
                yield Static(grid, id=f"help-group-{index}")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._layout(self.app.size.width)
        self.query_one("#modal-body").focus()

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        """Two columns of groups from ``WIDE`` columns."""
        self.query_one("#modal-body").set_class(width >= WIDE, "wide")
