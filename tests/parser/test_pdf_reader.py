"""The PDF reader on the real published budgets in samples/real/ and on broken PDFs.

Every expected row below was read from the page images
(``pdftoppm -r 70 -f N -l N -png FILE.pdf``), not from the reader's output.
"""

from __future__ import annotations

import pytest

from budgetdiff.errors import InputError
from budgetdiff.parser.paged import PagedDocument
from budgetdiff.parser.pdf_reader import is_pdf, read_pdf
from tests.real.documents import BUDGETS, FINALS, REAL


@pytest.fixture(scope="module")
def docs() -> dict[str, PagedDocument]:
    return {name: read_pdf((REAL / f"{name}.pdf").read_bytes(), name) for name in BUDGETS + FINALS}


def cells_on(doc: PagedDocument, page: int) -> list[tuple[str, ...]]:
    return [line.cells for line in doc.pages[page - 1].lines]


@pytest.mark.parametrize(
    ("name", "page", "row"),
    [
        # 收入预算总表: zeros printed as 0, the 项 cell of a 款 row blank.
        (
            "sh-putuo-wanli-2024-dept",
            11,
            ("201", "05", "", "统计信息事务", "257,700", "257,700", "0", "0", "0"),
        ),
        (
            "sh-putuo-wanli-2024-dept",
            11,
            ("201", "05", "07", "专项普查活动", "257,700", "257,700", "0", "0", "0"),
        ),
        # 三公 in 万元 with decimals, under a note that calls the table empty.
        ("sh-putuo-wanli-2024-dept", 31, ("47.91", "0", "1.35", "46.56", "25", "21.56", "443.18")),
        # Decimals and blank cells where other documents print 0.
        (
            "sh-putuo-govoffice-2025-unit",
            9,
            ("201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84", "", "", ""),
        ),
        # Two-sided table: an income item with a blank amount beside an expenditure item.
        (
            "sh-putuo-govoffice-2025-dept",
            8,
            ("2. 政府性基金", "", "三、卫生健康支出", "1,097,073.43"),
        ),
        (
            "sh-putuo-govoffice-2025-dept",
            8,
            ("收入总计", "91,016,775.35", "支出总计", "91,016,775.35"),
        ),
        # 三公 with four blank cells: every figure stays in its own column.
        ("sh-putuo-commerce-2025-dept", 21, ("1.00", "", "1.00", "", "", "", "171.01")),
        (
            "sh-putuo-commerce-2025-dept",
            10,
            ("206", "05", "03", "科技条件专项", "17,200,000.00", "17,200,000.00", "", "", ""),
        ),
    ],
)
def test_table_rows_as_printed(
    docs: dict[str, PagedDocument], name: str, page: int, row: tuple[str, ...]
) -> None:
    assert row in cells_on(docs[name], page)


def test_a_wrapped_name_keeps_its_columns(docs: dict[str, PagedDocument]) -> None:
    rows = cells_on(docs["sh-putuo-govoffice-2025-unit"], 9)
    first = (
        "201",
        "03",
        "99",
        "其他政府办公厅（室）及相关机构事",
        "20,120,000.00",
        "20,120,000.00",
        "",
        "",
        "",
    )
    at = rows.index(first)
    assert rows[at + 1] == ("", "", "", "务支出", "", "", "", "", "")


def test_a_total_alone_on_its_page_gets_the_table_columns(docs: dict[str, PagedDocument]) -> None:
    """Page 15 of wanli holds only the 收入预算总表's 合计 row, its code cells merged."""
    total = ("", "", "", "合计", "156,211,123", "156,211,123", "0", "0", "0")
    assert cells_on(docs["sh-putuo-wanli-2024-dept"], 15) == [total]


def test_headers_spanning_columns_stay_whole(docs: dict[str, PagedDocument]) -> None:
    rows = cells_on(docs["sh-putuo-commerce-2025-dept"], 21)
    assert ("", "", "", "“三公”经费预算数", "", "", "") in rows
    # 机关运行经费预算数 wraps: its last character is on the row of 合计.
    assert ("", "", "", "", "公务用车购置及运行费", "", "机关运行经费预算") in rows
    assert ("合计", "因公出国(境)费", "公务接待费", "", "", "", "数") in rows


def test_text_outside_tables_is_split_at_wide_gaps(docs: dict[str, PagedDocument]) -> None:
    rows = cells_on(docs["sh-putuo-wanli-2024-dept"], 11)
    assert rows[:2] == [
        ("2024年部门收入预算总表",),
        ("编制部门：上海市普陀区人民政府万里街道办事处", "单位：元"),
    ]


def test_pages_and_provenance(docs: dict[str, PagedDocument]) -> None:
    doc = docs["sh-putuo-wanli-2024-dept"]
    assert len(doc.pages) == 33
    text, origin = doc.tab_text()
    lines = text.split("\n")
    at = lines.index("201\t05\t07\t专项普查活动\t257,700\t257,700\t0\t0\t0") + 1
    page, line = origin[at]
    assert page == 11
    assert doc.pages[10].text.split("\n")[line - 1] == lines[at - 1]


@pytest.mark.parametrize(("name", "pages"), [(FINALS[0], 25), (FINALS[1], 30)])
def test_final_accounts_are_read_as_pages(
    docs: dict[str, PagedDocument], name: str, pages: int
) -> None:
    doc = docs[name]
    assert len(doc.pages) == pages
    assert any("决算" in line.tab_text for line in doc.lines())


def test_recognised_by_header_not_name() -> None:
    data = (REAL / "sh-putuo-commerce-2025-dept.pdf").read_bytes()
    assert is_pdf(data)
    assert not is_pdf(b"201\t05\t07\t%PDF-")
    assert is_pdf(b"\n%PDF-1.7\n")
    assert len(read_pdf(data, "budget.txt").pages) == 26


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A minimal PDF with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


CATALOG = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]


def _image_only() -> bytes:
    drawing = b"0 0 1 rg 100 100 200 200 re f"
    return _pdf(
        [
            *CATALOG,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawing), drawing),
        ]
    )


def _encrypted() -> bytes:
    return _pdf(
        [
            *CATALOG,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"41" * 32, b"42" * 32),
        ],
        b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (b"43" * 16, b"43" * 16),
    )


def _flipped(data: bytes, start: int, length: int) -> bytes:
    return (
        data[:start]
        + bytes(b ^ 0x55 for b in data[start : start + length])
        + data[start + length :]
    )


COMMERCE = REAL / "sh-putuo-commerce-2025-dept.pdf"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: _encrypted(), "x.pdf is a password-protected PDF."),
        (lambda: _image_only(), "x.pdf has no text layer (a scanned document?)."),
        (
            lambda: COMMERCE.read_bytes()[: COMMERCE.stat().st_size // 2],
            "x.pdf is a truncated PDF (its end is missing).",
        ),
        (
            lambda: _flipped(COMMERCE.read_bytes(), COMMERCE.stat().st_size // 3, 4000),
            "x.pdf is a damaged PDF: part of its content cannot be decoded.",
        ),
        (
            lambda: _flipped(COMMERCE.read_bytes(), 9, 4000),
            "x.pdf is a damaged PDF: a page cannot be read.",
        ),
        (lambda: b"", "x.pdf is not a PDF file."),
        (lambda: "预算".encode(), "x.pdf is not a PDF file."),
    ],
    ids=[
        "encrypted",
        "image-only",
        "truncated",
        "flipped-content",
        "flipped-header",
        "empty",
        "text",
    ],
)
def test_unreadable_pdfs_give_one_sentence(make: object, message: str) -> None:
    assert callable(make)
    with pytest.raises(InputError) as caught:
        read_pdf(make(), "x.pdf")
    assert str(caught.value) == message


def test_text_the_page_clips_away_is_not_read(docs):
    # commerce p.3 (the page image) ends with item 9 of 主要职能; the PDF also draws
    # items 10-13 there, hidden by a clip path (and part of the page above the top):
    # they belong to p.4, where they are printed
    commerce = docs["sh-putuo-commerce-2025-dept"]
    page3, page4 = commerce.pages[2].text, commerce.pages[3].text
    assert "9、组织协调本区商品交易市场规划" in page3
    assert "11、负责依法管理本区外商投资企业" not in page3
    assert "13、完成区委、区政府交办的其他任务。" not in page3
    assert "11、负责依法管理本区外商投资企业" in page4
    assert page4.count("帮困对象粮油供应管理") == 1
