"""What ``show`` displays, independent of how: titled grids of cells.

Both the plain (tabulate) and the Rich renderer draw these views, so piped and
terminal output always carry the same figures. All document text passes
through ``printable`` here.
"""

from __future__ import annotations

from budgetdiff.model import (
    SANGONG_ITEMS,
    CheckReport,
    CodeTable,
    Document,
    Sangong,
    TwoSidedTable,
    Values,
)
from budgetdiff.money import Amount, fen_places, percent_of
from budgetdiff.render.numbers import completion, format_amount
from budgetdiff.text import printable


class GridView:
    """A titled grid: header cells, rows of cells, and how each row should look."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    styles: list[str]
    right: set[int]
    note: str | None

    __slots__ = ("headers", "note", "right", "rows", "styles", "title")

    def __init__(
        self,
        title: str,
        headers: list[str],
        rows: list[list[str]] | None = None,
        styles: list[str] | None = None,
        right: set[int] | None = None,
        note: str | None = None,
    ) -> None:
        self.title = title
        self.headers = headers
        self.rows = [] if rows is None else rows
        self.styles = [] if styles is None else styles
        self.right = set() if right is None else right
        self.note = note

    def add(self, cells: list[str], style: str = "") -> None:
        self.rows.append(cells)
        self.styles.append(style)


INDENT = "  "
UNCERTAIN_NOTE = (
    "类型后的 ? ：勾选框读取不确定，所示为最可能的一项（见 docs/domain.md）; "
    "? after a type: the checkbox reading is uncertain, the likeliest option is shown"
)
_LEVEL_STYLE = {"类": "category", "款": "section", "项": "item"}


def _unit_label(unit: str) -> str:
    return f"单位：{unit}"


def code_table_view(table: CodeTable, unit: str) -> GridView:
    """A classification table as an indented tree with aligned amounts."""
    view = GridView(
        f"{table.id}: {printable(table.title)} ({_unit_label(unit)})",
        ["编码", "名称", *table.columns],
        right=set(range(2, 2 + len(table.columns))),
        note=printable(table.note) if table.note else None,
    )
    places = _places(unit, [table.total or {}, *(row.values for row in table.rows)])
    for depth, row in table.walk():
        amounts = [format_amount(row.value(c), unit, places=places) for c in table.columns]
        name = INDENT * depth + printable(row.name)
        view.add([row.code, name, *amounts], _LEVEL_STYLE.get(row.level, ""))
    if table.total is not None:
        total = [format_amount(table.total.get(c), unit, places=places) for c in table.columns]
        view.add(["", "合计", *total], "total")
    return view


def _places(unit: str, rows: list[Values]) -> int | None:
    """Decimals for a 元 table printed with fen, so its column aligns; None otherwise."""
    if unit != "元":
        return None
    return fen_places(value for values in rows for value in values.values())


def two_sided_view(table: TwoSidedTable, unit: str) -> list[GridView]:
    """A two-sided table as two grids: income items, then expenditure items."""
    views = []
    sides = (
        ("收入", table.income_columns, table.income_items, table.income_total, "收入总计"),
        (
            "支出",
            table.expenditure_columns,
            table.expenditure_items,
            table.expenditure_total,
            "支出总计",
        ),
    )
    places = _places(
        unit,
        [
            table.income_total or {},
            table.expenditure_total or {},
            *(item.values for item in table.income_items + table.expenditure_items),
        ],
    )
    final = table.has_carry_over
    below = {"收入": table.income_below, "支出": table.expenditure_below}
    grand = {"收入": table.income_grand_total, "支出": table.expenditure_grand_total}
    for side, columns, items, total, total_name in sides:
        if final:
            total_name = f"本年{side}合计"
        view = GridView(
            f"{table.id} {side}: {printable(table.title)} ({_unit_label(unit)})",
            ["项目", *columns],
            right=set(range(1, 1 + len(columns))),
        )
        for item in items:
            name = INDENT * (item.level - 1) + printable(item.name)
            view.add(
                [name, *[format_amount(item.values.get(c), unit, places=places) for c in columns]]
            )
        if total is not None:
            amounts = [format_amount(total.get(c), unit, places=places) for c in columns]
            view.add([total_name, *amounts], "total")
        for item in below[side]:
            name = INDENT * (item.level - 1) + printable(item.name)
            view.add(
                [name, *[format_amount(item.values.get(c), unit, places=places) for c in columns]]
            )
        if grand[side] is not None:
            values = grand[side] or {}
            amounts = [format_amount(values.get(c), unit, places=places) for c in columns]
            view.add(["总计", *amounts], "total")
        views.append(view)
    return views


def sangong_view(document: Document, unit: str) -> GridView | None:
    """The seven 三公 values, with the previous year derived from the narrative."""
    sangong = document.sangong
    if sangong is None:
        return None
    if sangong.budget:
        return _sangong_final_view(sangong, unit)
    view = GridView(
        f"sangong: {printable(sangong.title)} ({_unit_label(unit)}; 原表单位：{sangong.unit})",
        ["项目", "本年", "上年（据说明推算）", "增减"],
        right={1, 2, 3},
    )
    for item in SANGONG_ITEMS:
        current = sangong[item]
        prior: Amount | None = sangong.prior_year.get(item)
        change = current - prior if current is not None and prior is not None else None
        view.add(
            [
                item,
                format_amount(current, unit),
                format_amount(prior, unit),
                format_amount(change, unit, signed=True),
            ],
            "total" if item == "合计" else "",
        )
    return view


def _sangong_final_view(sangong: Sangong, unit: str) -> GridView:
    """A 决算's 三公 table: each item's 预算数, 决算数 and 完成率 (决算 ÷ 预算)."""
    view = GridView(
        f"sangong: {printable(sangong.title)} ({_unit_label(unit)}; 原表单位：{sangong.unit})",
        ["项目", "预算数", "决算数", "完成率"],
        right={1, 2, 3},
    )
    for item in SANGONG_ITEMS:
        if item not in sangong.budget and item not in sangong.values:
            continue
        budget, actual = sangong.budget.get(item), sangong[item]
        view.add(
            [
                item,
                format_amount(budget, unit),
                format_amount(actual, unit),
                completion(percent_of(actual, budget)),
            ],
            "total" if item == "合计" else "",
        )
    return view


def projects_view(document: Document, unit: str) -> GridView | None:
    """One row per performance form: name, type, budgets, components and indicators."""
    if not document.projects:
        return None
    view = GridView(
        f"projects: 绩效目标申报表 ({_unit_label(unit)})",
        ["项目名称", "类型", "总预算", "当年预算", "上年预算", "子项目", "指标"],
        right={2, 3, 4, 5, 6},
    )
    for project in document.projects:
        kind = project.type.selected if project.type and project.type.selected else ""
        if project.type and project.type.uncertain and kind:
            kind += "?"
            view.note = UNCERTAIN_NOTE
        view.add(
            [
                printable(project.name or "（无名称）"),
                printable(kind),
                format_amount(project.total_budget, unit),
                format_amount(project.year_budget, unit),
                format_amount(project.last_year_budget, unit),
                str(len(project.components)),
                str(len(project.indicators)),
            ]
        )
    return view


def document_views(document: Document, table_id: str | None, unit: str) -> list[GridView]:
    """The grids ``show`` prints: one table, or every table, 三公 and the projects."""
    views: list[GridView] = []
    for table in document.tables.values():
        if table_id not in (None, table.id):
            continue
        if isinstance(table, CodeTable):
            views.append(code_table_view(table, unit))
        else:
            views.extend(two_sided_view(table, unit))
    if table_id in (None, "sangong") and (view := sangong_view(document, unit)):
        views.append(view)
    if table_id in (None, "projects") and (view := projects_view(document, unit)):
        views.append(view)
    return views


def heading_lines(document: Document, report: CheckReport) -> list[str]:
    """The lines naming the document: title, source, and the check summary."""
    title = " ".join(
        str(part) for part in (document.department, document.year, document.kind) if part
    )
    source = document.source
    counts = report.counts()
    return [
        printable(title or "（无标题）"),
        printable(
            f"source: {source.path or '-'}  encoding: {source.encoding}  "
            f"sha256: {source.sha256[:12]}"
        ),
        f"checks: {counts['pass']} pass, {counts['fail']} fail, {counts['warn']} warn; "
        f"unparsed lines: "
        f"{len(document.unparsed)}",
        *_reading_lines(document),
    ]


def _reading_lines(document: Document) -> list[str]:
    """PARTLY READ and each unread page; what the PDF reader read past."""
    lines = []
    reading = document.reading
    if reading.unread_pages:
        lines.append("PARTLY READ: figures of the pages below are in no table or check")
    elif reading.partly:
        lines.append(f"PARTLY READ: {reading.unparsed} of {reading.lines} lines not read")
    lines.extend(
        printable(f"page {item.page} not read: {item.reason}") for item in document.unread_pages
    )
    lines.extend(
        printable(f"page {note.page}: {note.text}" if note.page else f"read past: {note.text}")
        for note in document.read_notes
    )
    return lines
