"""Issue 16, item 1: a table header spread over several lines, in any order.

The bundled documents centre a header's name label (``功能分类科目名称``) and its column
names (``合计 | 基本支出 | 项目支出``) on one line between the two rows of the code
heading. Another producer top-aligns the label and bottom-aligns the columns, or the
reverse; an extractor then prints them on separate lines. Before, the line of column
names, led by ``合计``, was read as an empty table's 合计 row: the 合计 column became
``列1`` and every row "a table row before the table's header" (a 决算's 支出 table: 19
rows and its total lost, 26 false alarms, a diff reporting the table removed).

The variations are made here from the real documents in samples/real:

- in the PDF itself (pypdfium2 moves the characters of a header word up or down onto
  another header row, ``_moved``), then read from the PDF and from ``pdftotext -layout``
  of the changed PDF;
- in the tab-separated sample ``shanghai-port-office-2017.txt`` (lines edited).

Each variation must read exactly what the unmodified document reads (every row's code,
name and amounts; the totals; tests/real holds those against the page images), with no
unparsed line, the same check results, and a diff against the unmodified document
that reports nothing.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import budgetdiff
from budgetdiff.checks import check
from budgetdiff.model import CodeTable, Document, TwoSidedTable
from budgetdiff.money import parse_amount
from budgetdiff.parser import parse_bytes
from tests.conftest import PORT_PATH
from tests.real.documents import REAL

Move = tuple[str, str | float]
"""(word, a word on the row it moves to, or points up): the word's characters move."""

LABEL_UP = [("功能分类科目名称", "功能分类科目编码"), ("经济分类科目名称", "部门预算经济分类科目")]
LABEL_DOWN = [("功能分类科目名称", "类款项"), ("经济分类科目名称", "类款")]
COLUMNS = ("合计基本支出项目支出", "合计财政拨款收入事业收入其他收入", "合计人员经费公用经费")
COLUMNS_DOWN = [(columns, "类款") for columns in COLUMNS]
COLUMNS_UP = [
    *((columns, "功能分类科目编码") for columns in COLUMNS[:2]),
    (COLUMNS[2], "部门预算经济分类科目"),
]


def _rows(page: pdfium.PdfPage) -> dict[float, list[tuple[float, pdfium.PdfObject, str]]]:
    """The page's characters by visual row (vertical centre), each row left to right."""
    textpage = page.get_textpage()
    rows: dict[float, list[tuple[float, pdfium.PdfObject, str]]] = {}
    for obj in page.get_objects():
        if obj.type != pdfium.raw.FPDF_PAGEOBJ_TEXT:
            continue
        left, bottom, right, top = obj.get_bounds()
        char = textpage.get_text_bounded(left, bottom, right, top).strip()
        if char:
            middle = (bottom + top) / 2
            key = next((y for y in rows if abs(y - middle) < 3), middle)
            rows.setdefault(key, []).append((left, obj, char))
    return {y: sorted(row, key=lambda item: item[0]) for y, row in rows.items()}


def _find(
    rows: dict[float, list[tuple[float, pdfium.PdfObject, str]]], word: str
) -> tuple[float, list[pdfium.PdfObject]] | None:
    """The topmost row printing ``word`` (its characters adjacent, left to right), and
    the word's character objects."""
    for y in sorted(rows, reverse=True):
        row = rows[y]
        at = "".join(char for _, _, char in row).find(word)
        if at < 0:
            continue
        objects, count = [], 0
        for _, obj, char in row:
            if at <= count < at + len(word):
                objects.append(obj)
            count += len(char)
        return y, objects
    return None


def _moved(path: Path, moves: list[Move], page: str | None = None) -> tuple[bytes, int]:
    """The PDF with each word of ``moves`` moved onto the row of its target word (or by
    so many points), on every page printing both (and ``page``); how many words moved."""
    pdf = pdfium.PdfDocument(path)
    done = 0
    for sheet in pdf:
        rows = _rows(sheet)
        if page is not None and _find(rows, page) is None:
            continue
        shifts = []
        for word, target in moves:
            found = _find(rows, word)
            row = _find(rows, target) if isinstance(target, str) else None
            if found is not None and row is not None:
                shifts.append((found[1], row[0] - found[0]))
            elif found is not None and not isinstance(target, str):
                shifts.append((found[1], target))
        for objects, dy in shifts:
            for obj in objects:
                obj.transform(pdfium.PdfMatrix().translate(0, dy))
        if shifts:
            sheet.gen_content()
            done += len(shifts)
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue(), done


def _layout(data: bytes, folder: Path) -> bytes:
    path = folder / "document.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
    ).stdout


def _tables(document: Document) -> dict[str, object]:
    """Every table as plain data: columns, rows (code, name, amounts), totals."""
    out: dict[str, object] = {}
    for table_id, table in document.tables.items():
        if isinstance(table, CodeTable):
            out[table_id] = (
                table.columns,
                [(row.code, row.name, row.values) for row in table.rows],
                table.total,
                [(total.name, total.values) for total in table.group_totals],
            )
        elif isinstance(table, TwoSidedTable):
            out[table_id] = (
                table.income_columns,
                table.expenditure_columns,
                [(item.name, item.values) for item in table.income_items],
                [(item.name, item.values) for item in table.expenditure_items],
                table.income_total,
                table.expenditure_total,
            )
    return out


def _checks(document: Document) -> Counter[tuple[str, str, str]]:
    """Each check's id, status and message (line numbers aside: a header line more or
    less moves the lines below it)."""
    return Counter(
        (c.id, c.status, re.sub(r"line \d+", "line N", c.message)) for c in check(document)
    )


def _same_reading(base: Document, variant: Document) -> None:
    assert [(u.text, u.reason) for u in variant.unparsed] == []
    assert _tables(variant) == _tables(base)
    assert _checks(variant) == _checks(base)
    result = budgetdiff.diff(base, variant)
    assert result.identical, result


def _wan(printed: str | None) -> object:
    return None if printed is None else parse_amount(printed, "万元")


# --- budgets: the PDF and its pdftotext -layout text ----------------------------------

BUDGET_VARIANTS = {
    # the label top-aligned onto the code heading's row, the columns on the middle row
    "label-above": LABEL_UP,
    # the label bottom-aligned onto the 类 款 项 row
    "label-below": LABEL_DOWN,
    # label at the top, column names at the bottom (beside 类 款 项)
    "label-top-columns-bottom": [*LABEL_UP, *COLUMNS_DOWN],
    # column names at the top (beside 功能分类科目编码), label at the bottom
    "columns-top-label-bottom": [*LABEL_DOWN, *COLUMNS_UP],
}


@pytest.fixture(scope="module")
def govoffice() -> tuple[Path, Document]:
    path = REAL / "sh-putuo-govoffice-2025-dept.pdf"
    return path, budgetdiff.load(path)


@pytest.mark.parametrize("variant", BUDGET_VARIANTS)
def test_a_budget_pdf_whose_header_labels_sit_on_other_lines(govoffice, variant, tmp_path):
    path, base = govoffice
    data, moved = _moved(path, BUDGET_VARIANTS[variant])
    assert moved >= 7  # one label (or label and columns) in each of the 7 code tables' headers
    document = parse_bytes(data, "variant.pdf")
    _same_reading(base, document)
    # the figures on page 11 (支出预算总表), as its image prints them
    expenditure = document.code_table("expenditure")
    assert expenditure.columns == ("合计", "基本支出", "项目支出")
    assert len(expenditure.rows) == 20
    assert expenditure.get("2010301").values == {
        "合计": parse_amount("12,029,501.84"),
        "基本支出": parse_amount("11,919,501.84"),
        "项目支出": parse_amount("110,000.00"),
    }
    assert expenditure.total == {
        "合计": parse_amount("91,016,775.35"),
        "基本支出": parse_amount("24,606,775.35"),
        "项目支出": parse_amount("66,410,000.00"),
    }
    assert document.code_table("income").columns == (
        "合计",
        "财政拨款收入",
        "事业收入",
        "事业单位经营收入",
        "其他收入",
    )
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    original = parse_bytes(_layout(path.read_bytes(), tmp_path), "original.txt")
    _same_reading(original, parse_bytes(_layout(data, tmp_path), "variant.txt"))


@pytest.mark.parametrize(
    "stem",
    ["sh-putuo-wanli-2024-dept", "sh-putuo-govoffice-2025-unit", "sh-putuo-commerce-2025-dept"],
)
def test_other_budgets_with_the_label_above_and_the_columns_below(stem, tmp_path):
    path = REAL / f"{stem}.pdf"
    data, moved = _moved(path, [*LABEL_UP, *COLUMNS_DOWN])
    assert moved >= 7
    _same_reading(budgetdiff.load(path), parse_bytes(data, "variant.pdf"))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    original = parse_bytes(_layout(path.read_bytes(), tmp_path), "original.txt")
    _same_reading(original, parse_bytes(_layout(data, tmp_path), "variant.txt"))


# --- final accounts (决算): the PDF ---------------------------------------------------

FINAL_VARIANTS = {
    # 合计 基本支出 项目支出 bottom-aligned onto the 类 款 项 row: the case
    "columns-on-the-code-labels": [("合计基本支出项目支出", "类款项")],
    # top-aligned onto the 项目 row
    "columns-at-the-top": [("合计基本支出项目支出", "项目")],
    # 科目名称 top-aligned beside 支出功能分类, the columns alone below it
    "name-label-above": [("科目名称", "支出功能分类")],
}


@pytest.fixture(scope="module")
def finance() -> tuple[Path, Document]:
    path = REAL / "sh-putuo-finance-2024-final.pdf"
    return path, budgetdiff.load(path)


def test_a_final_accounts_pdf_whose_column_names_sit_on_another_line(finance):
    path, base = finance
    for variant, moves in FINAL_VARIANTS.items():
        data, moved = _moved(path, moves)
        assert moved >= 1, variant
        document = parse_bytes(data, "variant.pdf")
        _same_reading(base, document)
        # page 15 (一般公共预算财政拨款支出决算表), as its image prints it
        table = document.code_table("general_public")
        assert table.columns == ("合计", "基本支出", "项目支出"), variant
        assert len(table.rows) == 19
        assert table.get("2010601").values == {
            "合计": _wan("1,511.89"),
            "基本支出": _wan("1,503.52"),
            "项目支出": _wan("8.37"),
        }
        assert table.total == {
            "合计": _wan("2,940.05"),
            "基本支出": _wan("2,336.91"),
            "项目支出": _wan("603.14"),
        }


def test_final_accounts_with_the_column_names_alone_under_the_code_heading():
    # planning's 一般公共预算财政拨款支出决算表 (page 14, 7-digit codes, no 类 款 项 row):
    # 合计 基本支出 项目支出 bottom-aligned in their tall header cells, on a line of
    # their own under 功能分类 / 科目编码 and 科目名称
    path = REAL / "sh-putuo-planning-2024-final.pdf"
    data, moved = _moved(
        path, [("合计基本支出项目支出", -32.0)], page="一般公共预算财政拨款支出决算表"
    )
    assert moved == 1
    document = parse_bytes(data, "variant.pdf")
    _same_reading(budgetdiff.load(path), document)
    table = document.code_table("general_public")
    assert table.columns == ("合计", "基本支出", "项目支出")
    assert table.get("2120201").values == {
        "合计": _wan("2739.56"),
        "基本支出": _wan("488.68"),
        "项目支出": _wan("2250.88"),
    }


# --- tab-separated text -----------------------------------------------------------------

PORT_HEADER = (
    "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出\n类\t款\t项\t\t\t\t\n"
)
TAB_VARIANTS = {
    "label-line-above": (
        "功能分类科目编码\t\t\t功能分类科目名称\t\t\t\n\t\t\t\t合计\t基本支出\t项目支出\n"
        "类\t款\t项\t\t\t\t\n"
    ),
    "label-line-below": (
        "\t\t\t\t合计\t基本支出\t项目支出\n功能分类科目编码\t\t\t功能分类科目名称\t\t\t\n"
        "类\t款\t项\t\t\t\t\n"
    ),
    "columns-last": (
        "功能分类科目编码\t\t\t功能分类科目名称\t\t\t\n类\t款\t项\t\t\t\t\n"
        "\t\t\t\t合计\t基本支出\t项目支出\n"
    ),
    "科目名称": (
        "科目编码\t\t\t科目名称\t\t\t\n\t\t\t\t合计\t基本支出\t项目支出\n类\t款\t项\t\t\t\t\n"
    ),
    "功能分类科目-only": "功能分类科目\t\t\t\t\t\t\n\t\t\t\t合计\t基本支出\t项目支出\n",
    "columns-on-the-code-labels": (
        "功能分类科目编码\t\t\t功能分类科目名称\t\t\t\n类\t款\t项\t\t合计\t基本支出\t项目支出\n"
    ),
}


def test_tab_separated_headers_over_several_lines_in_any_order():
    text = PORT_PATH.read_text(encoding="utf-8")
    assert text.count(PORT_HEADER) == 3  # expenditure, general_public, gov_fund
    base = budgetdiff.parse(text)
    for variant, header in TAB_VARIANTS.items():
        document = budgetdiff.parse(text.replace(PORT_HEADER, header))
        _same_reading(base, document)
        table = document.code_table("general_public")
        assert table.columns == ("合计", "基本支出", "项目支出"), variant
        assert len(table.rows) == 19
        assert table.get("2010301").values == {
            "合计": 13_270_732,
            "基本支出": 11_663_914,
            "项目支出": 1_606_818,
        }
        assert table.total == {"合计": 194_829_473, "基本支出": 15_906_334, "项目支出": 178_923_139}


def test_a_header_repeated_over_two_lines_inside_a_table_is_furniture():
    # a page break inside the expenditure and general_public tables repeats their
    # header, the label line above the column names: neither line is a row, and the
    # 合计 line is not a second total
    text = PORT_PATH.read_text(encoding="utf-8")
    row = "208\t\t\t社会保障和就业支出\t1317,404\t1164,828\t152,576\n"
    assert text.count(row) == 2
    repeated = "功能分类科目编码\t\t\t功能分类科目名称\t\t\t\n\t\t\t\t合计\t基本支出\t项目支出\n"
    _same_reading(budgetdiff.parse(text), budgetdiff.parse(text.replace(row, repeated + row)))


def test_an_empty_table_whose_total_row_shares_its_line_with_column_labels():
    # gov_fund's 合计 row printed on the line of the header's column names (as planning's
    # 决算 fund tables print theirs): a total without figures, and the labels name the
    # columns
    text = PORT_PATH.read_text(encoding="utf-8")
    empty = "项目\t\t\t政府性基金预算支出\t\t\t\n" + PORT_HEADER + "合计\t\t\t\t\t\t\n"
    assert text.count(empty) == 1
    shared = (
        "项目\t\t\t政府性基金预算支出\t\t\t\n"
        "功能分类科目编码\t\t\t功能分类科目名称\t\t\t\n类\t款\t项\t\t\t\t\n"
        "合计\t\t\t\t合计\t基本支出\t项目支出\n"
    )
    document = budgetdiff.parse(text.replace(empty, shared))
    table = document.code_table("gov_fund")
    assert table.columns == ("合计", "基本支出", "项目支出")
    assert table.rows == ()
    assert table.total == {"合计": None, "基本支出": None, "项目支出": None}
    assert [(u.text, u.reason) for u in document.unparsed] == []
    _same_reading(budgetdiff.parse(text), document)


# --- two-sided tables -----------------------------------------------------------------


def test_two_sided_side_labels_below_the_column_names(tmp_path):
    # 财政拨款收入 / 财政拨款支出 (the sides) printed under 项目 预算数 项目 合计 …: they
    # name no column (before, 合计 became 财政拨款支出)
    path = REAL / "sh-putuo-govoffice-2025-dept.pdf"
    base = budgetdiff.load(path)
    from budgetdiff.parser.pdf_reader import read_pdf

    text = read_pdf(path.read_bytes(), str(path)).tab_text()[0]
    sides = "财政拨款收入\t\t\t\t财政拨款支出\t\t\n"
    columns = "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算\n"
    assert text.count(sides + columns) == 1
    document = budgetdiff.parse(text.replace(sides + columns, columns + sides))
    fiscal = document.table("fiscal_summary")
    assert isinstance(fiscal, TwoSidedTable)
    assert fiscal.expenditure_columns == (
        "合计",
        "一般公共预算",
        "政府性基金预算",
        "国有资本经营预算",
    )
    assert _tables(document)["fiscal_summary"] == _tables(base)["fiscal_summary"]
    assert [(u.text, u.reason) for u in document.unparsed] == []
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    layout = _layout(path.read_bytes(), tmp_path).decode("utf-8")
    lines = layout.split("\n")
    at = next(i for i, line in enumerate(lines) if line.split() == ["财政拨款收入", "财政拨款支出"])
    below = next(i for i in range(at + 1, len(lines)) if lines[i].strip())
    assert lines[below].split()[:3] == ["项目", "预算数", "项目"]
    lines[at], lines[below] = lines[below], lines[at]
    original = parse_bytes(layout.encode("utf-8"), "original.txt")
    _same_reading(original, parse_bytes("\n".join(lines).encode("utf-8"), "variant.txt"))
