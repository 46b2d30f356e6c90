"""``pdftotext -layout`` text read into cells, and equal to the PDF read directly.

The expected rows were read from the page images; the equality test compares
every table row (a line with an amount) of the four budget PDFs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from budgetdiff.parser.layout_text import looks_one_cell_per_line, read_layout_text
from budgetdiff.parser.paged import PagedDocument
from budgetdiff.parser.pdf_reader import read_pdf

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "samples" / "real"
BUDGETS = (
    "sh-putuo-wanli-2024-dept",
    "sh-putuo-govoffice-2025-dept",
    "sh-putuo-govoffice-2025-unit",
    "sh-putuo-commerce-2025-dept",
)
AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)")
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

# Page 21 of the commerce budget (三公, 万元) as pdftotext -layout prints it: the
# seven columns hold three figures; the header places the four blank ones.
SANGONG = """\
                    2025年部门“三公”经费和机关运行经费预算表
编制部门：上海市普陀区商务委员会                                                单位:万元

                            “三公”经费预算数
                                                             机关运行经费预算
                                          公务用车购置及运行费
                                                                 数
   合计          因公出国(境)费   公务接待费
                                     小计      购置费       运行费


        1.00                  1.00                                171.01
"""


def test_blank_columns_are_placed_by_the_header() -> None:
    doc = read_layout_text(SANGONG)
    assert doc.lines()[-1].cells == ("1.00", "", "1.00", "", "", "", "171.01")
    assert doc.lines()[-1].line == 12


def test_pages_split_at_form_feeds() -> None:
    doc = read_layout_text("第一页\n\n  正文\f第二页\n\f")
    assert [(line.page, line.line, line.cells) for line in doc.lines()] == [
        (1, 1, ("第一页",)),
        (1, 3, ("正文",)),
        (2, 1, ("第二页",)),
    ]


def test_prose_keeps_its_single_spaces() -> None:
    line = "  上海市普陀区人民政府万里街道办事处部门预算是包括万里街道本部以及下属 5 家预算单位。"
    assert read_layout_text(line).lines()[0].cells == (line.strip(),)


def _layout(path: Path, *options: str) -> str:
    result = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def both() -> dict[str, tuple[PagedDocument, PagedDocument]]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return {
        name: (
            read_pdf((REAL / f"{name}.pdf").read_bytes(), name),
            read_layout_text(_layout(REAL / f"{name}.pdf", "-layout"), name),
        )
        for name in BUDGETS
    }


def _table_rows(doc: PagedDocument) -> dict[int, list[tuple[str, ...]]]:
    rows: dict[int, list[tuple[str, ...]]] = {}
    for line in doc.lines():
        if any(AMOUNT.fullmatch(cell) for cell in line.cells):
            rows.setdefault(line.page, []).append(line.cells)
    return rows


@needs_pdftotext
@pytest.mark.parametrize("name", BUDGETS)
def test_layout_text_equals_the_pdf_on_every_table_row(
    both: dict[str, tuple[PagedDocument, PagedDocument]], name: str
) -> None:
    from_pdf, from_layout = both[name]
    assert len(from_layout.pages) == len(from_pdf.pages)
    pdf_rows, layout_rows = _table_rows(from_pdf), _table_rows(from_layout)
    assert sum(map(len, pdf_rows.values())) > 60
    assert layout_rows == pdf_rows


@needs_pdftotext
@pytest.mark.parametrize(
    ("name", "page", "row"),
    [
        # A continuation page without the header: the blank 事业收入… columns stay.
        (
            "sh-putuo-govoffice-2025-unit",
            10,
            ("221", "02", "03", "购房补贴", "1,867,680.00", "1,867,680.00", "", "", ""),
        ),
        # A 合计 row alone on its page, printed from the left margin by pdftotext.
        (
            "sh-putuo-wanli-2024-dept",
            15,
            ("", "", "", "合计", "156,211,123", "156,211,123", "0", "0", "0"),
        ),
        # One space between an amount and the next item in the two-sided table.
        (
            "sh-putuo-govoffice-2025-unit",
            13,
            (
                "一、一般公共预算资金",
                "91,016,775.35",
                "一、一般公共服务支出",
                "82,096,797.42",
                "82,096,797.42",
                "",
                "",
            ),
        ),
        ("sh-putuo-wanli-2024-dept", 31, ("47.91", "0", "1.35", "46.56", "25", "21.56", "443.18")),
    ],
)
def test_layout_rows_as_printed(
    both: dict[str, tuple[PagedDocument, PagedDocument]],
    name: str,
    page: int,
    row: tuple[str, ...],
) -> None:
    assert row in [line.cells for line in both[name][1].pages[page - 1].lines]


@needs_pdftotext
def test_one_cell_per_line_text_is_recognised() -> None:
    for name in BUDGETS:
        pdf = REAL / f"{name}.pdf"
        assert looks_one_cell_per_line(_layout(pdf)), name
        assert not looks_one_cell_per_line(_layout(pdf, "-layout")), name


def test_tab_separated_samples_are_not_one_cell_per_line() -> None:
    for sample in (ROOT / "samples").glob("*.txt"):
        assert not looks_one_cell_per_line(sample.read_text(encoding="utf-8")), sample


def test_a_total_without_columns_is_kept_as_text() -> None:
    doc = read_layout_text("编制部门：某部门        单位：元\n\n               合计\n")
    assert [line.cells for line in doc.lines()] == [("编制部门：某部门", "单位：元"), ("合计",)]
