"""PDF integrity (issue 17): a lost page is never "ok", rotated pages read, hidden text
is not data, bombs are bounded, odd but readable files are read.

``base.pdf`` is samples/real/sh-putuo-govoffice-2025-dept.pdf. Every variation is made
here with pikepdf (or by editing bytes) and described where it is made.
"""

from __future__ import annotations

import functools
import io
import os
import random
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pikepdf
import pytest

import budgetdiff
from budgetdiff.checks import check
from budgetdiff.commands.check import check_file, verdict
from budgetdiff.errors import BudgetDiffError, InputError
from budgetdiff.export.json_export import document_dict
from budgetdiff.model import Document
from budgetdiff.parser import parse_bytes, parse_paged, pdf_source
from budgetdiff.parser.paged import Page, PagedDocument, PageLine
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.render.document_view import heading_lines
from tests.parser.pdf_mutants import MUTANTS
from tests.real.documents import BUDGETS, FINALS, REAL

BASE = REAL / "sh-putuo-govoffice-2025-dept.pdf"
ROOT = Path(__file__).resolve().parents[2]
SHARED = [
    folder
    for parent in (ROOT.parent / "shared", Path("/work/shared"))
    for folder in sorted(parent.glob("real*"))
    if folder.is_dir()
]


@pytest.fixture(scope="module")
def base() -> Document:
    return parse_bytes(BASE.read_bytes(), path="base.pdf")


def _save(pdf: pikepdf.Pdf, **options: object) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def _owner_only(data: bytes, revision: int = 6) -> bytes:
    """``data`` encrypted with an owner password and no user password."""
    encryption = pikepdf.Encryption(
        owner="owner", user="", R=revision, aes=revision >= 4, metadata=revision >= 4
    )
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _save(pdf, encryption=encryption)


def _unread(document: Document) -> list[int]:
    return [item.page for item in document.unread_pages]


# Item 1: every page is accounted for.


def _damaged_header(data: bytes) -> bytes:
    """The issue's reproduction: page 22's content object header ``65 0 obj`` → ``obx``."""
    at = data.find(b"65 0 obj")
    return data[: at + 7] + b"x" + data[at + 8 :]


def _scanned_page_22(data: bytes) -> bytes:
    """Page 22 (the project page) replaced by a picture of a page: an image covering the
    page, no text."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[21]
        image = pikepdf.Stream(pdf, bytes(range(256)) * 16)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 64, 64, 8
        image.ColorSpace = pikepdf.Name.DeviceGray
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pikepdf.Stream(pdf, b"q 595 0 0 842 0 0 cm /Im0 Do Q")
        return _save(pdf)


def _renamed_font(data: bytes, page: int = 6) -> bytes:
    """The font of page 6 (编制说明) renamed in its resources, so its text is drawn with a
    font PDFium does not find (mojibake, as two flipped bits in the name give)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = pdf.pages[page - 1].Resources.Font
        (key,) = list(fonts.keys())
        fonts["/FT77"] = fonts[key]
        del fonts[key]
        return _save(pdf)


@pytest.mark.parametrize(
    ("make", "page", "reason"),
    [
        (_damaged_header, 22, "nothing on it can be read"),
        (_scanned_page_22, 22, "it is an image with no text layer"),
        (_renamed_font, 6, "its text does not decode to characters"),
    ],
    ids=["object-header", "scanned", "font"],
)
def test_a_page_not_read_is_partly_read(make, page, reason, base) -> None:
    document = parse_bytes(make(BASE.read_bytes()), path="x.pdf")
    assert _unread(document) == [page]
    assert document.unread_pages[0].reason.startswith(reason)
    assert document.reading.partly
    assert document != base
    (finding,) = [c for c in check(document) if c.id == "parse.pages"]
    assert finding.status == "warn"
    assert finding.message.startswith(f"page {page} not read: {reason}")
    assert f"page {page} not read: {reason}" in "\n".join(heading_lines(document, check(document)))
    exported = document_dict(document)
    assert exported["partly_read"] is True
    assert [item["page"] for item in exported["unread_pages"]] == [page]


def test_check_says_partly_read_naming_the_page(tmp_path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(_damaged_header(BASE.read_bytes()))
    report = check_file(str(path), cache=False)
    assert report.unread_pages == (22,)
    assert verdict(report).text == "PARTLY READ, page 22 not read"


def test_a_page_the_table_of_contents_promises_is_missing() -> None:
    """wanli's 目录 prints no page numbers: its first entry is given one (``…… 40``)
    beyond the document's 33 pages, as a TOC of a file that lost its end would."""
    paged = read_pdf((REAL / "sh-putuo-wanli-2024-dept.pdf").read_bytes(), "wanli.pdf")
    document = parse_paged(paged, pdf_source("wanli.pdf", "0" * 64))
    entry = next(document.origin[n] for n in document.toc_lines if "……" in document.source_line(n))
    pages = list(paged.pages)
    page = pages[entry[0] - 1]
    lines = [
        PageLine(line.page, line.line, (*line.cells[:-1], line.cells[-1] + "……40"), line.x)
        if line.line == entry[1]
        else line
        for line in page.lines
    ]
    pages[entry[0] - 1] = Page(page.number, page.text, tuple(lines))
    document = parse_paged(PagedDocument("wanli.pdf", tuple(pages)), document.source)
    assert _unread(document) == [40]
    assert "the table of contents lists it" in document.unread_pages[0].reason
    assert document.reading.partly


def _real_pdfs() -> list[Path]:
    found = {path.name: path for path in sorted(REAL.glob("*.pdf"))}
    for folder in SHARED:
        found.update({path.name: path for path in sorted(folder.glob("*.pdf"))})
    return sorted(found.values())


@pytest.mark.parametrize("path", _real_pdfs(), ids=lambda path: path.stem)
def test_no_page_of_a_real_document_is_flagged(path: Path) -> None:
    """Blank table ends (finance p.14: rules only), picture covers (Jiangsu), every page of
    every shared PDF (real2 and real3 when ../shared is beside the checkout)."""
    paged = read_pdf(path.read_bytes(), path.name)
    assert paged.unread == ()
    assert paged.notes == ()


# Item 2: an owner password only gets the same checks.


@pytest.mark.parametrize("revision", [3, 4, 6])
def test_owner_password_only_is_read_the_same(revision, base) -> None:
    document = parse_bytes(_owner_only(BASE.read_bytes(), revision), path="base.pdf")
    assert document == base
    assert document.unread_pages == ()


def _stream_of(data: bytes, page: int) -> tuple[int, int]:
    """The data span of page ``page``'s content stream in ``data`` (no object streams)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        number = pdf.pages[page - 1].Contents.objgen[0]
    header = re.search(rb"(?<!\d)%d 0 obj" % number, data)
    assert header is not None
    start = data.index(b"stream", header.end()) + 6
    start += 2 if data[start : start + 2] == b"\r\n" else 1
    return start, data.index(b"endstream", start)


@pytest.mark.parametrize(
    "damage",
    ["header", "stream", "scanned", "font"],
)
def test_owner_password_only_damage_is_found(damage) -> None:
    plain = BASE.read_bytes()
    if damage == "scanned":
        data = _owner_only(_scanned_page_22(plain))
    elif damage == "font":
        data = _owner_only(_renamed_font(plain))
    else:
        data = _owner_only(plain)
        with pikepdf.open(io.BytesIO(data)) as pdf:
            number = pdf.pages[21].Contents.objgen[0]
        if damage == "header":
            at = re.search(rb"(?<!\d)%d 0 obj" % number, data)
            assert at is not None
            data = data[: at.end() - 1] + b"x" + data[at.end() :]
        else:  # one byte of page 22's encrypted content flipped
            start, end = _stream_of(data, 22)
            middle = (start + end) // 2
            data = data[:middle] + bytes([data[middle] ^ 0x10]) + data[middle + 1 :]
    try:
        document = parse_bytes(data, path="x.pdf")
    except InputError as error:  # refused in one sentence is the other honest outcome
        assert str(error).startswith("x.pdf is a damaged PDF")
        return
    assert _unread(document) == [6 if damage == "font" else 22]


# Item 3: rotated pages read exactly.


def _rotated(data: bytes, angle: int, turn_content: bool) -> bytes:
    """Every page given ``/Rotate angle``. With ``turn_content`` the page's drawing is
    first turned the other way (cm) and its box swapped, so the pages look as before on
    screen: a document stored as rotated pages (Jiangsu's A3 tables)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            left, bottom, right, top = (float(v) for v in page.MediaBox)
            width, height = right - left, top - bottom
            if turn_content:
                # 90: turn the drawing a quarter anticlockwise; 270: clockwise.
                matrix = (
                    b"0 1 -1 0 %f 0 cm" % height if angle == 90 else b"0 -1 1 0 0 %f cm" % width
                )
                page.contents_add(pikepdf.Stream(pdf, b"q " + matrix + b"\n"), prepend=True)
                page.contents_add(pikepdf.Stream(pdf, b"\nQ"))
                page.MediaBox = [0, 0, height, width]
            page.Rotate = angle
        return _save(pdf)


@pytest.mark.parametrize("angle", [90, 270])
@pytest.mark.parametrize("turn_content", [False, True], ids=["rotate", "stored-rotated"])
def test_rotated_pages_read_exactly(angle, turn_content, base) -> None:
    document = parse_bytes(_rotated(BASE.read_bytes(), angle, turn_content), path="base.pdf")
    assert document == base
    assert document.unread_pages == ()


# Item 4: hidden text is not data.


def _hidden_amount(data: bytes, how: str) -> bytes:
    """``5,000`` drawn in the blank 事业收入 cell of the 201 row of page 9 (收入预算表),
    invisible (render mode 3) or white on the white page."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    textpage = pdf[8].get_textpage()
    searcher = textpage.search("82,096,797.42")
    found = searcher.get_next()
    assert found is not None
    left, bottom, right, _ = textpage.get_charbox(found[0] + found[1] - 1)
    pdf.close()
    x = right + 2 * (right - left) * 13  # two amount columns to the right: 事业收入
    style = b"3 Tr" if how == "invisible" else b"1 1 1 rg"
    drawing = b"q BT /FHid 9 Tf %s %f %f Td (5,000) Tj ET Q" % (style, x, bottom + 1)
    with pikepdf.open(io.BytesIO(data)) as doc:
        page = doc.pages[8]
        page.Resources.Font["/FHid"] = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        page.contents_add(pikepdf.Stream(doc, drawing))
        return _save(doc)


@pytest.mark.parametrize("how", ["invisible", "white"])
def test_hidden_text_is_not_data(how, base) -> None:
    document = parse_bytes(_hidden_amount(BASE.read_bytes(), how), path="base.pdf")
    assert document == base  # the 事业收入 cell stays blank
    (note,) = document.read_notes
    assert (note.kind, note.page) == ("hidden_text", 9)
    assert "5,000" in note.text
    (finding,) = [c for c in check(document) if c.id == "parse.hidden_text"]
    assert finding.status == "warn"
    assert finding.message.startswith("page 9: 5 characters of text no reader can see")
    assert not document.reading.partly


# Item 6: decompression bombs are bounded.


@functools.cache
def _zeros(mebibytes: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(mebibytes)) + compressor.flush()


def _bomb(data: bytes, mebibytes: int, where: str = "unreferenced") -> bytes:
    """A Flate stream of ``mebibytes`` MiB of zeros: unreferenced (appended before the
    last ``%%EOF``), page 22's content, or unreferenced behind two Flate filters or
    behind ASCIIHexDecode."""
    packed = _zeros(mebibytes)
    if where == "page-content":
        with pikepdf.open(io.BytesIO(data)) as pdf:
            stream = pikepdf.Stream(pdf, b"")
            stream.write(packed, filter=pikepdf.Name.FlateDecode)
            pdf.pages[21].Contents = stream
            return _save(pdf)
    filters = b"/FlateDecode"
    if where == "double-flate":
        packed, filters = zlib.compress(packed, 9), b"[/FlateDecode /FlateDecode]"
    elif where == "hex-flate":
        packed, filters = packed.hex().encode() + b">", b"[/AHx /Fl]"
    end = data.rfind(b"%%EOF")
    obj = b"\n999 0 obj\n<< /Length %d /Filter %s >>\nstream\n" % (len(packed), filters)
    return data[:end] + obj + packed + b"\nendstream\nendobj\n%%EOF\n"


@pytest.mark.parametrize("where", ["unreferenced", "page-content", "double-flate", "hex-flate"])
def test_a_decompression_bomb_is_refused_in_one_sentence(where) -> None:
    with pytest.raises(InputError) as caught:
        read_pdf(_bomb(BASE.read_bytes(), 64, where), "x.pdf")
    assert re.fullmatch(
        r"x\.pdf is refused: its compressed streams would expand to more than [\d,]+ bytes "
        r"\(a decompression bomb\?\)\.",
        str(caught.value),
    )


_MEASURE = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
from budgetdiff.errors import InputError
from budgetdiff.parser.pdf_reader import read_pdf
try:
    read_pdf(open(sys.argv[1], "rb").read(), "x.pdf")
except InputError as error:
    print(error, file=sys.stderr)
# VmHWM: this process image's peak (ru_maxrss keeps the forking parent's across exec)
status = open("/proc/self/status").read()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
"""


def _peak_kib(path: Path, limit: int) -> int:
    """The peak memory (KiB) of a fresh process reading ``path``, under an address-space
    limit of ``limit`` bytes."""
    if not Path("/proc/self/status").is_file():
        pytest.skip("the peak is read from /proc/self/status (Linux)")
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(limit)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(Path(budgetdiff.__file__).parents[1])},
    )
    return int(result.stdout.split()[-1])


def test_peak_memory_stays_within_twenty_times_the_input(tmp_path) -> None:
    """A bomb of 64 MiB of zeros (200 KB on disk) took about 110 MB more than reading the
    base file (1 GiB took 2.1 GB); now at most 20 times its size more, measured in fresh
    processes under an address-space limit of 2 GiB."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_bomb(BASE.read_bytes(), 64))
    extra = _peak_kib(path, 2 << 30) - _peak_kib(BASE, 2 << 30)
    assert extra * 1024 <= 20 * path.stat().st_size


# Item 14: odd but readable files are read, and what was odd is said.


def _adler_broken(data: bytes) -> bytes:
    """The last byte of page 22's content stream's Adler-32 inverted."""
    start, end = _stream_of(data, 22)
    inflater = zlib.decompressobj()
    inflater.decompress(data[start:end])
    at = end - len(inflater.unused_data) - 1
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


@pytest.mark.parametrize(
    ("make", "note"),
    [
        (lambda d: d + bytes(3000), "3,000 bytes after the PDF's end (%%EOF) were ignored"),
        (lambda d: b"\x89MAIL\x00" * 100 + d, "600 bytes before %PDF- were ignored"),
    ],
    ids=["after-eof", "before-header"],
)
def test_odd_but_readable_files_are_read(make, note, base) -> None:
    document = parse_bytes(make(BASE.read_bytes()), path="base.pdf")
    assert document == base
    assert [n.text for n in document.read_notes] == [note]
    (finding,) = [c for c in check(document) if c.id == "parse.pdf_repaired"]
    assert finding.status == "pass"
    assert note in finding.message


def test_a_bad_checksum_is_read_with_its_page_named(base) -> None:
    """A wrong Adler-32 cannot tell a damaged checksum from damaged data (a flipped bit in
    the data gives the same): the file is read, the page it draws is named."""
    document = parse_bytes(_adler_broken(BASE.read_bytes()), path="base.pdf")
    assert _unread(document) == [22]
    assert "checksum" in document.unread_pages[0].reason


def test_a_cut_update_is_still_truncated() -> None:
    data = BASE.read_bytes()
    cut = data + b"\n70 0 obj\n<< /Type /Page " + b"x" * 3000
    with pytest.raises(InputError, match="is a truncated PDF"):
        read_pdf(cut, "x.pdf")


# Acceptance: the mutation test.

MUTATION_SEED = int(os.environ.get("BUDGETDIFF_MUTATION_SEED", "17"))
MUTANT_COUNT = 24


def test_a_mutant_is_read_as_before_refused_or_partly_read() -> None:
    """Byte flips in streams, damaged object headers, deleted streams, rotation and
    encryption of the real PDFs: never ``ok`` with a different reading."""
    rng = random.Random(MUTATION_SEED)
    names = BUDGETS + FINALS
    originals = {name: (REAL / f"{name}.pdf").read_bytes() for name in names}
    bases = {name: parse_bytes(data, path="x.pdf") for name, data in originals.items()}
    outcomes: dict[str, int] = {}
    for number in range(MUTANT_COUNT):
        name = rng.choice(names)
        mutant = rng.choice(MUTANTS)
        data = mutant(originals[name], rng)
        try:
            document = parse_bytes(data, path="x.pdf")
        except BudgetDiffError as error:
            assert "\n" not in str(error)
            outcome = "refused"
        else:
            if document.reading.partly:
                assert document.unread_pages or document.unparsed
                outcome = "partly read"
            else:
                assert document == bases[name], (number, name, mutant.__name__)
                outcome = "read as before"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert sum(outcomes.values()) == MUTANT_COUNT
