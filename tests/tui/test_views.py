"""The explorer's list views and screens, each in a small app of its own fed from the
samples: 三公 with 同比 Δ and Δ%, 校验 with its details pane, the project form, the
source side by side, the key help from bindings, the recent files, the overview and
the narrative in Chinese. Every test asserts what is on screen, at 80×24 and 140×40."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.segment import Segment
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widget import Widget

import budgetdiff
from budgetdiff import record
from budgetdiff.diffing.model import Diff
from budgetdiff.model import Document
from budgetdiff.render.colours import Colours
from budgetdiff.tui.narrative import narrative
from budgetdiff.tui.overview import overview
from budgetdiff.tui.screens import (
    CheckScreen,
    HelpScreen,
    ProjectScreen,
    RecentScreen,
    ScreenRequested,
    SourceScreen,
    project_parts,
)
from budgetdiff.tui.tables import (
    ChecksView,
    JumpRequested,
    ProjectsTable,
    SangongTable,
    SangongView,
)

SMALL, LARGE = (80, 24), (140, 40)
SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "140x40"])
ROOT = Path(__file__).resolve().parents[2]
GOVOFFICE = ROOT / "samples" / "real" / "sh-putuo-govoffice-2025-dept.pdf"


class ViewApp(App[None]):
    """Composes one widget (or pushes one screen) and does what the explorer does with
    the messages the views post: pushes requested screens, records jumps."""

    def __init__(
        self,
        make: Callable[[], Widget] | None = None,
        fill: Callable[[Any], None] | None = None,
        screen: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__()
        self.make, self.fill, self.make_screen = make, fill, screen
        self.jumps: list[tuple[str | None, str | None, int | None]] = []
        self.results: list[object] = []

    def compose(self) -> ComposeResult:
        if self.make is not None:
            yield self.make()

    def on_mount(self) -> None:
        if self.make is not None and self.fill is not None:
            widget = self.query_one("#view")
            self.fill(widget)
            widget.focus()
        if self.make_screen is not None:
            self.push_screen(self.make_screen(), self.results.append)

    @on(ScreenRequested)
    def _push(self, message: ScreenRequested) -> None:
        self.push_screen(message.screen, message.callback)

    @on(JumpRequested)
    def _jump(self, message: JumpRequested) -> None:
        self.jumps.append((message.table, message.code, message.line))


def _screen(pilot: Pilot[None]) -> str:
    """What the terminal shows, as text."""
    return "\n".join(strip.text for strip in pilot.app.screen._compositor.render_strips())


def _flat(pilot: Pilot[None]) -> str:
    """What the terminal shows, without spaces and line breaks (for wrapped text)."""
    return "".join(_screen(pilot).split())


def _line_with(pilot: Pilot[None], text: str) -> str:
    found = [line for line in _screen(pilot).split("\n") if text in line]
    assert found, f"{text!r} is not on screen:\n{_screen(pilot)}"
    return found[0]


def _segments_with(pilot: Pilot[None], text: str) -> list[Segment]:
    return [
        segment
        for strip in pilot.app.screen._compositor.render_strips()
        for segment in strip
        if text in segment.text
    ]


@pytest.fixture(scope="module")
def port_draft(port: Document, draft: Document) -> Diff:
    """A: the published port office budget, B: its draft (公务接待费 474,000 → 475,000)."""
    return budgetdiff.diff(port, draft)


# -- 三公 ----------------------------------------------------------------------------------


@SIZES
async def test_sangong_one_document_shows_the_change_from_the_stated_year(
    port: Document, size: tuple[int, int]
) -> None:
    app = ViewApp(lambda: SangongView(id="view"), lambda view: view.show(port, "元"))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        header = _line_with(pilot, "项目")
        for label in ("上年", "本年", "Δ", "Δ%"):
            assert label in header
        row = _line_with(pilot, "因公出国（境）费")
        assert "706,000" in row and "841,500" in row
        assert "▲ +135,500" in row and "+19.19%" in row  # Δ% inside 80 columns
        assert "▼ -140,000" in _line_with(pilot, "公务用车购置及运行费")
        assert "-57.14%" in _line_with(pilot, "公务用车购置及运行费")
        # no previous year stated: no Δ
        assert _line_with(pilot, "机关运行经费").split("4,220,800")[1].strip() == ""
        # the details pane follows the cursor: the statement in full
        await pilot.press("down")
        await pilot.pause()
        assert "说明: 比 2016 年预算增加 13.55 万元" in _screen(pilot)
        await pilot.press("down", "down", "down", "down")
        await pilot.pause()
        assert "说明: （说明中没有这一项的增减）" in _screen(pilot)


@SIZES
async def test_sangong_diff_mode_takes_delta_and_pct_from_the_diff(
    port: Document, draft: Document, port_draft: Diff, size: tuple[int, int]
) -> None:
    app = ViewApp(
        lambda: SangongView(id="view"), lambda view: view.show(draft, "元", port, port_draft)
    )
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        header = _line_with(pilot, "项目")
        assert " A " in header and " B " in header and "Δ%" in header
        row = _line_with(pilot, "公务接待费")
        assert "474,000" in row and "475,000" in row
        assert "▲ +1,000" in row and "+0.21%" in row
        # unchanged in the diff: Δ 0 and no percentage
        assert _line_with(pilot, "机关运行经费").rstrip().endswith("0")


async def test_sangong_units_and_no_color_marks(
    port: Document, draft: Document, port_draft: Diff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ViewApp(
        lambda: SangongView(id="view"),
        lambda view: view.show(draft, "万元", port, port_draft, Colours(no_color=True)),
    )
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "▲ +0.10" in _line_with(pilot, "公务接待费")
        assert "+0.21%" in _line_with(pilot, "公务接待费")
        marked = _segments_with(pilot, "▲ +0.10")
        assert marked and all(s.style is not None and s.style.bold for s in marked)
        cells = app.query_one(SangongTable).get_row("公务接待费")
        assert [str(cell.style) for cell in cells[3:5]] == ["bold", "bold"]  # no colour


async def test_sangong_view_exports_plain_values(
    port: Document, draft: Document, port_draft: Diff
) -> None:
    app = ViewApp(
        lambda: SangongView(id="view"), lambda view: view.show(draft, "万元", port, port_draft)
    )
    async with app.run_test(size=SMALL):
        table = app.query_one(SangongView).view_table()
    assert table.header[:5] == ("项目", "A", "B", "Δ", "Δ%")
    reception = next(row for row in table.rows if row[0] == "公务接待费")
    assert reception[1:5] == (474000, 475000, 1000, Decimal("0.21"))


# -- 校验 ----------------------------------------------------------------------------------


@SIZES
async def test_checks_show_status_id_and_place_and_the_full_message_below(
    draft: Document, port_draft: Diff, size: tuple[int, int]
) -> None:
    report = budgetdiff.check(draft)
    app = ViewApp(lambda: ChecksView(id="view"), lambda view: view.show(report, port_draft))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        header = _line_with(pilot, "状态")
        assert "校验" in header and "位置" in header
        first = _line_with(pilot, "finance_summary.categories")
        assert "✗ 新失败" in first and "财务收支总表 208 第96行" in first
        message = (
            "finance_summary 二、社会保障和就业支出 (line 96) 预算数: 1,317,404 元, "
            "but expenditure 类 208 is 1,318,404 元"
        )
        assert message.replace(" ", "") in _flat(pilot)  # wrapped, but whole
        await pilot.press("down")
        await pilot.pause()
        assert "expenditure208社会保障和就业支出(line148)" in _flat(pilot)
        assert "收入 208 第117行" in _line_with(pilot, "cross.income_expenditure")


async def test_enter_on_a_check_shows_it_whole_and_enter_again_jumps(
    draft: Document, port_draft: Diff
) -> None:
    report = budgetdiff.check(draft)
    app = ViewApp(lambda: ChecksView(id="view"), lambda view: view.show(report, port_draft))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen)
        shown = _screen(pilot)
        assert "cross.income_expenditure" in shown and "严格" in shown
        assert "合计 1,318,404 元" in shown
        assert "⏎ 跳转到该处" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CheckScreen)
        assert app.jumps == [("income", "208", 117)]
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert app.jumps == [("income", "208", 117)]  # Esc closes without a jump


# -- 项目 ----------------------------------------------------------------------------------

FORM_LABELS = (
    "表单", "项目名称", "年度", "申报单位", "项目类型", "资金用途", "项目负责人", "联系人",
    "联系电话", "起止时间", "来源", "项目总预算", "当年预算", "上年预算", "上年执行",
    "子项目合计（所述）", "子项目", "绩效指标", "单位负责人", "填报人", "填报日期",
)  # fmt: skip


def _text(parts: list[Any], width: int = 140) -> str:
    console = Console(width=width, record=True, color_system=None)
    for part in parts:
        console.print(part)
    return console.export_text()


def test_the_form_has_every_field_of_the_model(port: Document) -> None:
    project = port.projects[0]
    text = _text(project_parts(project))
    for label in (*FORM_LABELS, *project.texts):
        assert label in text, label
    for value in ("单一窗口运维", "杨旭波", "63292537", "2017-01-01 至 2017-12-31", "161,770,800"):
        assert value in text
    assert "其他一次性项目（勾选位置不确定，可能是: 其他一次性项目 / 经常性专项业务费）" in text
    assert "企业满意度" in text and "≥85.00%" in text
    assert "张超美" in text and "2016年9月30日" in text


def test_a_project_in_prose_shows_its_parts() -> None:
    project = budgetdiff.load(GOVOFFICE).projects[0]
    assert project.source == "prose"
    text = _text(project_parts(project))
    for section in project.sections:
        assert section.title in text
    assert "项目经费情况说明" in text


@SIZES
async def test_the_form_scrolls_with_j_k_and_page_keys(
    port: Document, size: tuple[int, int]
) -> None:
    app = ViewApp(screen=lambda: ProjectScreen(port.projects[0]))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        body = app.screen.query_one("#modal-body", VerticalScroll)
        assert "■ 基本信息" in _screen(pilot)
        assert "填报日期" not in _screen(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        assert body.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == 1
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 10
        await pilot.press("G")
        await pilot.pause()
        assert "2016年9月30日" in _line_with(pilot, "填报日期")
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert body.scroll_y == 3
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ProjectScreen)


@SIZES
async def test_projects_table_opens_the_form_with_its_changes(
    port: Document, size: tuple[int, int]
) -> None:
    first = port.projects[0]
    assert first.year_budget is not None
    changed = record.replace(first, year_budget=first.year_budget + 1000)
    b = record.replace(port, projects=(changed, port.projects[1]))
    result = budgetdiff.diff(port, b)
    app = ViewApp(lambda: ProjectsTable(id="view"), lambda view: view.show(b, "元", result, port))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert _line_with(pilot, "单一窗口运维").startswith(" *  单一窗口运维")
        assert "仅 A 有" in _line_with(pilot, "上海口岸综合管理信息系统")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProjectScreen)
        shown = _screen(pilot)
        assert "对比: 有变化" in shown
        row = _line_with(pilot, "year_budget")
        assert "161,770,800" in row and "161,771,800" in row and "金额变化" in row


# -- source ------------------------------------------------------------------------------


def _panes(app: App[None]) -> list[Widget]:
    return list(app.screen.query("SourcePane"))


async def test_source_side_by_side_when_wide(port: Document, draft: Document) -> None:
    app = ViewApp(screen=lambda: SourceScreen(draft, 153, "2080599", port, 153))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        a, b = _panes(app)
        assert a.region.y == b.region.y and a.region.x < b.region.x
        line = _line_with(pilot, "A: 2080599 — 原文第 153 行")
        assert "B: 2080599 — 原文第 153 行" in line
        for _ in range(50):  # each pane scrolls to its marked line after its own layout
            marked = _line_with(pilot, "▶    153  208 │ 05 │ 99")
            if marked.count("▶    153") == 2:
                break
            await pilot.pause(0.02)
        assert marked.count("▶    153") == 2 and "2,800" in marked and "3,800" in marked


async def test_source_lines_stay_side_by_side_with_a_long_path(
    port: Document, draft: Document
) -> None:
    """A heading too long for its pane is cut, not wrapped: both panes' lines stay level."""
    long = record.replace(draft.source, path="/" + "deep-folder/" * 12 + "draft.txt")
    far = record.replace(draft, source=long)
    app = ViewApp(screen=lambda: SourceScreen(far, 153, "2080599", port, 153))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.pause()
        marked = _line_with(pilot, "▶    153  208 │ 05 │ 99")
        assert marked.count("▶    153") == 2, marked


async def test_source_stacked_at_80_columns(port: Document, draft: Document) -> None:
    app = ViewApp(screen=lambda: SourceScreen(draft, 153, "2080599", port, 153))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        a, b = _panes(app)
        assert a.region.y < b.region.y
        assert "tab A/B 切换" in _screen(pilot)


@SIZES
async def test_source_shows_only_the_side_that_has_the_row(
    port: Document, draft: Document, size: tuple[int, int]
) -> None:
    app = ViewApp(screen=lambda: SourceScreen(draft, 153, "2080599", port, None))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert len(_panes(app)) == 1
        shown = _screen(pilot)
        assert "B: 2080599 — 原文第 153 行" in shown and "A 没有这一行" in shown
        assert "A/B 切换" not in shown


# -- help --------------------------------------------------------------------------------

BINDINGS = [
    Binding("1", "view('overview')", "概览"),
    Binding("2", "view('expenditure')", "支出"),
    Binding("j,down", "cursor_down", "下移", show=False),
    Binding("slash", "search", "搜索"),
    Binding("n", "next_match", "下一个匹配"),
    Binding("u", "cycle_unit", "单位"),
    Binding("question_mark", "help", "帮助"),
    Binding("q", "quit", "退出"),
    Binding("escape", "close_search", "", show=False),
]


@SIZES
async def test_help_is_built_from_the_bindings_grouped(size: tuple[int, int]) -> None:
    extra = Binding("o", "cycle_sort", "排序: 编码 → 金额 → Δ → Δ%")
    app = ViewApp(screen=lambda: HelpScreen([*BINDINGS, extra, ("y", "复制当前行", "行与导出")]))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = _screen(pilot)
        order = [
            shown.index(group)
            for group in ("视图", "移动", "搜索与筛选", "显示", "行与导出", "通用")
        ]
        assert order == sorted(order)
        assert "j / ↓" in _line_with(pilot, "下移")
        assert "/" in _line_with(pilot, "搜索 ")
        assert "?" in _line_with(pilot, "帮助")
        assert "o" in _line_with(pilot, "排序: 编码 → 金额 → Δ → Δ%")
        assert "close_search" not in shown and "Esc" not in _line_with(pilot, "搜索 ")
        await pilot.press("question_mark")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


# -- recent files --------------------------------------------------------------------------


def test_settings_remember_recent_files_once_and_bounded(tmp_path: Path) -> None:
    from budgetdiff.tui.config import RECENT_LIMIT, Settings

    files = [tmp_path / f"{n}.txt" for n in range(RECENT_LIMIT + 2)]
    for file in files:
        file.write_text("", encoding="utf-8")
    settings = Settings()
    for file in files:
        settings = settings.remember(str(file))
    settings = settings.remember(str(files[3]), "-", str(files[3]))
    assert len(settings.recent) == RECENT_LIMIT
    assert settings.recent[0] == str(files[3]) and settings.recent.count(str(files[3])) == 1
    assert settings.recent[1] == str(files[-1])
    files[-1].unlink()
    assert str(files[-1]) not in settings.recent_files()
    assert settings.recent_files()[:2] == (str(files[3]), str(files[-2]))


@SIZES
async def test_recent_screen_opens_a_picked_file(tmp_path: Path, size: tuple[int, int]) -> None:
    paths = [str(tmp_path / "a" / "port-2017.txt"), str(tmp_path / "b" / "port-2018.txt")]
    app = ViewApp(screen=lambda: RecentScreen(paths))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "port-2018.txt —" in _screen(pilot)
        assert "port-2017.txt —" in _screen(pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.results == [paths[1]]


async def test_recent_screen_without_files_says_so() -> None:
    app = ViewApp(screen=lambda: RecentScreen([]))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "还没有最近打开的文件" in _screen(pilot)
        await pilot.press("escape")
        assert app.results == [None]


# -- overview and narrative in Chinese -----------------------------------------------------


def test_overview_of_one_document_has_the_sangong_change(port: Document) -> None:
    text = _text([overview(port, budgetdiff.check(port), "万元", None, None)], width=80)
    assert "上年（说明推算）" in text
    line = next(line for line in text.splitlines() if "因公出国（境）费" in line)
    assert "▲ +13.55" in line and "+19.19%" in line


def test_overview_of_a_diff_is_in_chinese(
    port: Document, draft: Document, port_draft: Diff
) -> None:
    text = _text([overview(draft, budgetdiff.check(draft), "元", port_draft, port)], width=80)
    assert "B 相对于 A 的变化 — 同一部门同一年度：草稿与正式版" in text
    assert "支出 2017年部门支出预算总表: 金额变化" in text
    assert "三公: 2 项变化, 合计 Δ ▲ +1,000" in text
    assert "校验: B 新增失败 finance_summary.categories" in text
    for english in ("relative", "draft vs", "changed", "no differences"):
        assert english not in text


def test_narrative_changes_are_marked_without_colour(port: Document) -> None:
    section = port.sections[0]
    paragraph = section.paragraphs[0]
    edited = record.replace(
        paragraph, text=paragraph.text.replace(paragraph.text[:4], "新的开头", 1)
    )
    b = record.replace(
        port,
        sections=(
            record.replace(section, paragraphs=(edited, *section.paragraphs[1:])),
            *port.sections[1:],
        ),
    )
    text = _text([narrative(b, budgetdiff.diff(port, b))])
    assert f"[−{paragraph.text[:4]}][+新的开头]" in text
    assert "相似]" in text and "changed" not in text
