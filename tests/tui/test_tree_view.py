"""Pilot tests of TreeView: what it shows at 80 × 24 and 140 × 40 after each key or call."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from rich.text import Text
from textual.app import App, ComposeResult

from budgetdiff.tui.tree_view import TreeColumn, TreeRow, TreeView

NARROW = (80, 24)
WIDE = (140, 40)

# (key, parent, name, A, B)
TREE: list[tuple[str, str | None, str, int, int]] = [
    ("201", None, "一般公共服务支出", 1000, 1300),
    ("20101", "201", "人大事务", 400, 400),
    ("2010101", "20101", "行政运行", 300, 300),
    ("2010102", "20101", "一般行政管理事务", 100, 100),
    ("20103", "201", "政府办公厅事务", 600, 900),
    ("2010301", "20103", "行政运行", 500, 850),
    ("2010350", "20103", "事业运行", 100, 50),
    ("205", None, "教育支出", 700, 700),
    ("20502", "205", "普通教育", 700, 700),
    ("2050201", "20502", "学前教育", 200, 200),
    ("2050202", "20502", "小学教育", 500, 500),
    ("208", None, "社会保障和就业支出", 90, 90),
    ("20805", "208", "行政事业单位养老支出", 90, 90),
    ("2080501", "20805", "机关事业单位基本养老保险缴费支出", 90, 90),
]
OTHER_LEAVES = 30
LONG_NAME = "机关事业单位基本养老保险缴费支出"


def tree_rows() -> list[TreeRow]:
    """The tree above plus 209 其他支出 with 30 leaves (enough to scroll)."""
    changed = {"201", "20103", "2010301", "2010350"}
    rows = [
        TreeRow(
            key,
            parent,
            name,
            f"{key} {name}",
            key in changed,
            {"name": name, "a": Decimal(a), "b": Decimal(b), "delta": Decimal(b - a)},
        )
        for key, parent, name, a, b in TREE
    ]
    rows.append(
        TreeRow("209", None, "其他支出", "209 其他支出", False, {"name": "其他支出", "delta": 0})
    )
    rows += [
        TreeRow(
            f"20999{n:02d}",
            "209",
            f"其他项目{n}",
            f"20999{n:02d} 其他项目{n}",
            False,
            {"name": f"其他项目{n:02d}"},
        )
        for n in range(1, OTHER_LEAVES + 1)
    ]
    return rows


AMOUNTS = {key: (Decimal(a), Decimal(b)) for key, _, _, a, b in TREE}
ALL_ROWS = len(TREE) + 1 + OTHER_LEAVES

COLUMNS = [
    TreeColumn("code", "编码", 8, "left", priority=1),
    TreeColumn("a", "A", 14, priority=3),
    TreeColumn("b", "B", 14, priority=4),
    TreeColumn("delta", "Δ", 14, priority=10),
    TreeColumn("pct", "Δ%", 8, priority=9),
    TreeColumn("basic", "基本", 14, priority=2),
    TreeColumn("project", "项目", 14, priority=2),
]


@dataclass(frozen=True)
class Unit:
    name: str
    divisor: Decimal


def cells(row: TreeRow, unit: Unit) -> list[Text]:
    a, b = AMOUNTS.get(row.key, (Decimal(0), Decimal(0)))
    delta = b - a
    pct = f"{delta / a:.1%}" if a else ""
    return [
        Text(row.key),
        Text(f"{a / unit.divisor:,.2f}"),
        Text(f"{b / unit.divisor:,.2f}"),
        Text(f"{delta / unit.divisor:+,.2f}" if delta else "", style="red"),
        Text(pct),
        Text(f"基{row.key}"),
        Text(f"项{row.key}"),
    ]


class TreeApp(App[None]):
    def __init__(self, rows: list[TreeRow] | None = None) -> None:
        super().__init__()
        self.rows = tree_rows() if rows is None else rows
        self.highlighted: list[str] = []
        self.selected: list[str] = []

    def compose(self) -> ComposeResult:
        yield TreeView(
            self.rows,
            COLUMNS,
            cells,
            Unit("元", Decimal(1)),
            label_header="名称",
            label_key="name",
        )

    def on_tree_view_row_highlighted(self, message: TreeView.RowHighlighted) -> None:
        self.highlighted.append(message.key)

    def on_tree_view_row_selected(self, message: TreeView.RowSelected) -> None:
        self.selected.append(message.key)


def tree_of(app: TreeApp) -> TreeView[Unit]:
    tree: TreeView[Unit] = app.query_one(TreeView)
    return tree


def screen(app: TreeApp) -> list[str]:
    """The tree's lines as drawn (header first), trailing blanks removed."""
    tree = tree_of(app)
    return [tree.render_line(y).text.rstrip() for y in range(tree.size.height)]


def names(app: TreeApp) -> list[str]:
    """The label of each body line, stripped: '▸ 教育支出', '行政运行' (labels have no 3 spaces)."""
    return [line.strip().split("   ")[0] for line in screen(app)[1:] if line.strip()]


def cursor_line(app: TreeApp) -> str:
    """The one body line drawn reversed and bold (the cursor)."""
    tree = tree_of(app)
    found = []
    for y in range(1, tree.size.height):
        strip = tree.render_line(y)
        styles = [segment.style for segment in strip if segment.text.strip()]
        if styles and all(s is not None and s.reverse and s.bold for s in styles):
            found.append(strip.text.rstrip())
    assert len(found) == 1, found
    return found[0]


BOTH = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "140x40"])


@BOTH
async def test_first_screen_is_the_collapsed_roots(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = screen(app)
        assert lines[0].startswith("名称")
        assert "Δ%" in lines[0] and " Δ " in lines[0] + " "
        assert names(app) == [
            "▸ 一般公共服务支出",
            "▸ 教育支出",
            "▸ 社会保障和就业支出",
            "▸ 其他支出",
        ]
        assert "▸ 一般公共服务支出" in cursor_line(app)
        assert "+300.00" in lines[1] and "30.0%" in lines[1]


@BOTH
async def test_enter_space_right_left_toggle(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        assert names(app)[:4] == [
            "▾ 一般公共服务支出",
            "▸ 人大事务",
            "▸ 政府办公厅事务",
            "▸ 教育支出",
        ]
        await pilot.press("space")
        assert names(app)[:2] == ["▸ 一般公共服务支出", "▸ 教育支出"]
        await pilot.press("right", "j", "l")
        assert names(app)[:5] == [
            "▾ 一般公共服务支出",
            "▾ 人大事务",
            "行政运行",
            "一般行政管理事务",
            "▸ 政府办公厅事务",
        ]
        await pilot.press("j", "h")  # ← on a leaf goes to the parent
        assert "人大事务" in cursor_line(app)
        await pilot.press("h")  # ← on an open node collapses it
        assert names(app)[:3] == ["▾ 一般公共服务支出", "▸ 人大事务", "▸ 政府办公厅事务"]
        await pilot.press("h", "h")  # to the root, then collapse it
        assert names(app)[:2] == ["▸ 一般公共服务支出", "▸ 教育支出"]


@BOTH
async def test_expand_all_then_collapse_all(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        tree = tree_of(app)
        await pilot.press("E")
        assert tree.row_count == ALL_ROWS
        shown = names(app)
        assert shown[:7] == [
            "▾ 一般公共服务支出",
            "▾ 人大事务",
            "行政运行",
            "一般行政管理事务",
            "▾ 政府办公厅事务",
            "行政运行",
            "事业运行",
        ]
        assert len(shown) == min(ALL_ROWS, size[1] - 1)
        await pilot.press("j", "j", "j", "j", "j")  # on 2010301
        assert tree.cursor_key == "2010301"
        await pilot.press("C")
        assert names(app) == [
            "▸ 一般公共服务支出",
            "▸ 教育支出",
            "▸ 社会保障和就业支出",
            "▸ 其他支出",
        ]
        assert tree.cursor_key == "201"  # the cursor's row's root


@BOTH
async def test_g_and_G_go_to_top_and_bottom(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        await pilot.press("E", "G")
        assert tree_of(app).cursor_key == f"20999{OTHER_LEAVES:02d}"
        assert f"其他项目{OTHER_LEAVES}" in cursor_line(app)
        assert names(app)[-1] == f"其他项目{OTHER_LEAVES}"
        if size == NARROW:  # scrolled: the first rows are off screen
            assert "一般公共服务支出" not in "".join(names(app))
        await pilot.press("g")
        assert names(app)[0] == "▾ 一般公共服务支出"
        assert "一般公共服务支出" in cursor_line(app)
        await pilot.press("pagedown")  # one page: the view scrolls by one row
        tree = tree_of(app)
        assert tree.cursor_key == tree.visible_keys[size[1] - 1]
        assert screen(app)[-1] == cursor_line(app)
        assert names(app)[0] == "▾ 人大事务"


@BOTH
async def test_sort_orders_siblings_and_keeps_the_tree(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        tree = tree_of(app)
        await pilot.press("E")
        before = tree.visible_keys
        tree.sort_by("delta", descending=True)
        await pilot.pause()
        after = tree.visible_keys
        assert sorted(after) == sorted(before)
        assert after[:7] == ["201", "20103", "2010301", "2010350", "20101", "2010101", "2010102"]
        assert "Δ↓" in screen(app)[0]
        assert names(app)[:3] == ["▾ 一般公共服务支出", "▾ 政府办公厅事务", "行政运行"]
        parents = {row.key: row.parent for row in tree_rows()}

        def depth(key: str) -> int:
            parent = parents[key]
            return 0 if parent is None else depth(parent) + 1

        for position, key in enumerate(after):  # each row's parent: the nearest shallower row
            above = [k for k in after[:position] if depth(k) == depth(key) - 1]
            assert parents[key] == (above[-1] if above else None)
        tree.sort_by("name", descending=True)  # every row has a name
        await pilot.pause()
        assert tree.cursor_key == "201" and "一般公共服务支出" in cursor_line(app)
        assert "名称↓" in screen(app)[0]
        await pilot.press("g")
        roots = [n for n in names(app) if n.startswith("▾")][:3]
        assert roots == ["▾ 社会保障和就业支出", "▾ 行政事业单位养老支出", "▾ 教育支出"]
        assert tree.visible_keys[-7:][:4] == ["201", "20103", "2010301", "2010350"]
        assert tree.visible_keys[-OTHER_LEAVES - 8 :][:2] == ["209", f"20999{OTHER_LEAVES}"]
        tree.sort_by(None)
        await pilot.pause()
        assert tree.visible_keys == before


@BOTH
async def test_filter_changed_only_keeps_ancestors(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        tree = tree_of(app)
        tree.filter(changed_only=True)
        await pilot.pause()
        assert tree.visible_keys == ["201", "20103", "2010301", "2010350"]
        assert names(app) == ["▾ 一般公共服务支出", "▾ 政府办公厅事务", "行政运行", "事业运行"]
        tree.filter()
        await pilot.pause()
        assert tree.row_count > 4 and "20101" in tree.visible_keys


@BOTH
async def test_text_filter(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        tree = tree_of(app)
        tree.filter("行政运行")
        await pilot.pause()
        assert tree.visible_keys == ["201", "20101", "2010101", "20103", "2010301"]
        assert names(app) == [
            "▾ 一般公共服务支出",
            "▾ 人大事务",
            "行政运行",
            "▾ 政府办公厅事务",
            "行政运行",
        ]
        tree.filter("学前", changed_only=True)
        await pilot.pause()
        assert tree.row_count == 0 and names(app) == []
        tree.filter("学前")
        await pilot.pause()
        assert names(app) == ["▾ 教育支出", "▾ 普通教育", "学前教育"]
        tree.filter("普通教育")  # its children do not match: shown as a leaf
        await pilot.pause()
        assert names(app) == ["▾ 教育支出", "普通教育"]


@BOTH
async def test_search_and_n_N_cycle_and_wrap(size: tuple[int, int]) -> None:
    app = TreeApp()
    async with app.run_test(size=size) as pilot:
        tree = tree_of(app)
        assert tree.search("行政运行") == "2010101"
        await pilot.pause()
        assert (tree.match_count, tree.match_index) == (2, 0)
        assert tree.cursor_key == "2010101"
        assert names(app)[:3] == ["▾ 一般公共服务支出", "▾ 人大事务", "行政运行"]
        await pilot.press("n")
        assert (tree.cursor_key, tree.match_index) == ("2010301", 1)
        assert "行政运行" in cursor_line(app)
        await pilot.press("n")
        assert (tree.cursor_key, tree.match_index) == ("2010101", 0)  # wrapped
        await pilot.press("N")
        assert (tree.cursor_key, tree.match_index) == ("2010301", 1)  # wrapped backwards
        tree.search("其他项目30")
        await pilot.pause()
        assert tree.cursor_key == "2099930" and "其他项目30" in cursor_line(app)
        assert tree.search("没有这个") is None and tree.match_count == 0


async def test_priority_columns_and_truncation_at_80() -> None:
    app = TreeApp()
    async with app.run_test(size=NARROW) as pilot:
        tree_of(app).reveal("2080501")
        await pilot.pause()
        header = screen(app)[0]
        assert tree_of(app).shown_columns == ["a", "b", "delta", "pct"]
        assert header.split()[-4:] == ["A", "B", "Δ", "Δ%"]
        assert "编码" not in header and "基本" not in header
        assert "+3▸" in header  # three columns are hidden to the right
        line = cursor_line(app)
        assert LONG_NAME not in line and "机关事业单位" in line
        assert line.strip().split("   ")[0].endswith("…")
        assert len(line) <= 80


async def test_all_columns_and_full_names_at_140() -> None:
    app = TreeApp()
    async with app.run_test(size=WIDE) as pilot:
        tree_of(app).reveal("2080501")
        await pilot.pause()
        header = screen(app)[0]
        assert header.split() == ["名称", "编码", "A", "B", "Δ", "Δ%", "基本", "项目"]
        assert LONG_NAME in cursor_line(app) and "2080501" in cursor_line(app)


async def test_horizontal_scroll_shows_dropped_columns() -> None:
    app = TreeApp()
    async with app.run_test(size=NARROW) as pilot:
        tree = tree_of(app)
        await pilot.press("greater_than_sign")
        assert tree.shown_columns[0] == "code"
        assert "编码" in screen(app)[0] and "201" in screen(app)[1].split()
        await pilot.press("shift+right")
        assert "basic" in tree.shown_columns
        assert "基本" in screen(app)[0] and "基201" in screen(app)[1]
        assert {"delta", "pct"} <= set(tree.shown_columns)  # the top priorities stay
        assert "Δ%" in screen(app)[0] and "+300.00" in screen(app)[1]
        await pilot.press("shift+right", "shift+right")  # past the end: stays on the last
        assert "project" in tree.shown_columns and "◂" in screen(app)[0]
        await pilot.press("less_than_sign", "less_than_sign", "shift+left")
        assert tree.shown_columns == ["a", "b", "delta", "pct"]


async def test_messages_are_posted() -> None:
    app = TreeApp()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.highlighted == ["201"]
        await pilot.press("j", "k")
        assert app.highlighted == ["201", "205", "201"]
        await pilot.press("enter")  # a node: toggles, selects nothing
        assert app.selected == [] and tree_of(app).is_expanded("201")
        await pilot.press("j", "l", "j", "enter")
        await pilot.pause()
        assert app.selected == ["2010101"]
        assert app.highlighted[-1] == "2010101"


async def test_refresh_cells_redraws_in_the_new_unit() -> None:
    app = TreeApp()
    async with app.run_test(size=WIDE) as pilot:
        tree = tree_of(app)
        assert "1,300.00" in screen(app)[1]
        tree.context = Unit("千元", Decimal(1000))
        await pilot.pause()
        assert "1.30" in screen(app)[1] and "1,300.00" not in screen(app)[1]


async def test_reveal_set_rows_and_click() -> None:
    app = TreeApp()
    async with app.run_test(size=WIDE) as pilot:
        tree = tree_of(app)
        tree.reveal("2050202")
        await pilot.pause()
        assert tree.cursor_key == "2050202" and "小学教育" in cursor_line(app)
        renamed = [
            TreeRow(r.key, r.parent, r.label + "（新）", r.search_text) if r.key == "2050202" else r
            for r in tree_rows()
        ]
        tree.set_rows(renamed)
        await pilot.pause()
        assert tree.cursor_key == "2050202" and "小学教育（新）" in cursor_line(app)
        await pilot.click(TreeView, offset=(3, 1))
        assert tree.cursor_key == "201" and "一般公共服务支出" in cursor_line(app)


async def test_cursor_is_reverse_and_bold_for_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = TreeApp()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("j")
        assert "教育支出" in cursor_line(app)


async def test_toggling_another_row_keeps_the_cursor_row() -> None:
    app = TreeApp()
    async with app.run_test(size=NARROW) as pilot:
        tree = tree_of(app)
        await pilot.press("E", "G")
        last = f"20999{OTHER_LEAVES:02d}"
        tree.collapse_row("201")
        await pilot.pause()
        assert tree.cursor_key == last and f"其他项目{OTHER_LEAVES}" in cursor_line(app)
        assert "20101" not in tree.visible_keys
        tree.expand_row("201")
        await pilot.pause()
        assert tree.cursor_key == last and f"其他项目{OTHER_LEAVES}" in cursor_line(app)
        assert tree.visible_keys[:2] == ["201", "20101"]
