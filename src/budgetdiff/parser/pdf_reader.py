"""Read a PDF's text layer into pages of lines and cells (pypdfium2 character boxes).

Characters are grouped into lines by their vertical centre, then into cells:
inside a ruled table (thin vertical path objects) every line gets one cell per
column of the grid, so a blank cell stays blank and an amount never moves to
another column; elsewhere cells are separated by gaps wider than about one
character. Text is kept as printed (``91,016,775.35``).
"""

from __future__ import annotations

import bisect
import math
import re
import zlib
from collections.abc import Iterator
from typing import Any

from budgetdiff.errors import InputError
from budgetdiff.model import ReadNote, UnreadPage
from budgetdiff.parser.paged import Page, PagedDocument, PageLine

_RULE_THICKNESS = 2.0  # points: thicker paths are fills or boxes, not rules
_MIN_RULE_LENGTH = 8.0
_SAME_X = 1.5


_MARGIN = 2.0
"""Points a character may stand past the page's left or right edge and still count."""


class _Char:
    text: str
    x0: float
    x1: float
    yc: float
    height: float
    index: int
    """The character's index in PDFium's text page."""

    __slots__ = ("height", "index", "text", "x0", "x1", "yc")

    def __init__(
        self, text: str, x0: float, x1: float, yc: float, height: float, index: int
    ) -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.yc = yc
        self.height = height
        self.index = index


class _Grid:
    """One ruled table: its column boundaries and its vertical extent."""

    xs: list[float]
    bottom: float
    top: float
    rules: list[tuple[float, float, float]]

    __slots__ = ("bottom", "rules", "top", "xs")

    def __init__(
        self, xs: list[float], bottom: float, top: float, rules: list[tuple[float, float, float]]
    ) -> None:
        self.xs = xs
        self.bottom = bottom
        self.top = top
        self.rules = rules

    def breaks(self, yc: float) -> tuple[float, ...]:
        """The rules that cross the height ``yc`` (a spanning header cell has none)."""
        return tuple(sorted(x for x, bottom, top in self.rules if bottom - 1 <= yc <= top + 1))

    def covers(self, line: list[_Char]) -> bool:
        yc = line[0].yc
        return self.bottom - 1 <= yc <= self.top + 1 and (
            self.xs[0] - 1 <= line[0].x0 and line[-1].x1 <= self.xs[-1] + 1
        )


def is_pdf(data: bytes) -> bool:
    """True for bytes that start like a PDF: ``%PDF-`` after white space, or after other
    bytes within the first 1024 when the file also ends like a PDF (``startxref``)."""
    return _header(data) is not None


_WHITE = b"\xef\xbb\xbf \t\r\n\f\x00"


def _header(data: bytes) -> int | None:
    """Where ``%PDF-`` starts (None: not a PDF). PDF readers look for it in the first
    1024 bytes; junk before it counts only in a file that also ends like a PDF."""
    at = data[:1024].find(b"%PDF-")
    if at < 0:
        return None
    if not data[:at].strip(_WHITE) or data.rfind(b"startxref") > at:
        return at
    return None


TRAILING_BYTES = 2048
"""Bytes after the last ``%%EOF`` that pass without a note (a signature, padding)."""

_UPDATE = re.compile(rb"\d+\s+\d+\s+obj\b|\bxref\b|\btrailer\b|startxref")
"""What the part of a cut incremental update holds."""

INFLATE_LIMIT = 1 << 30
"""The most the file's compressed streams may expand to together: 100 times the file's
size, at least 32 MiB, at most this (1 GiB). Real budgets expand about 2 to 7 times."""
_INFLATE_RATIO = 100
_INFLATE_FLOOR = 32 << 20
_CHUNK = 1 << 20
"""Bytes inflated at a time: memory stays bounded, and Ctrl-C acts between chunks."""


def inflate_limit(size: int) -> int:
    """The limit on what the streams of a ``size``-byte PDF may expand to."""
    return min(INFLATE_LIMIT, max(_INFLATE_FLOOR, _INFLATE_RATIO * size))


def read_pdf(data: bytes, name: str) -> PagedDocument:
    """The text layer of the PDF ``data`` (named ``name`` in messages), page by page.

    Raises ``InputError`` with one sentence for anything that is not a readable
    PDF with text: not a PDF, truncated, damaged, password-protected, scanned, or
    a decompression bomb. A page whose text cannot be read is listed in
    ``PagedDocument.unread``; what was odd but read past, in ``notes``.
    """
    at = _header(data)
    if at is None:
        raise InputError(f"{name} is not a PDF file.")
    notes: list[ReadNote] = []
    if data[:at].strip(_WHITE):
        notes.append(ReadNote("file", None, f"{at:,} bytes before %PDF- were ignored"))
    _check_end(data, name, notes)
    import pypdfium2  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise InputError(f"{name} is a password-protected PDF.") from None
        raise InputError(f"{name} is a damaged PDF that cannot be opened.") from None
    try:
        # PDFium repairs what it can and silently drops the text of a damaged stream,
        # so the streams are checked first; those of an encrypted file (an owner
        # password only) in the copy PDFium decrypts.
        plain = data if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) == -1 else None
        if plain is None:
            plain = _decrypted(pdf, pdfium_c)
        suspects = _check_streams(plain, name, inflate_limit(len(data))) if plain else []
        damaged = _affected(pypdfium2, plain, suspects, len(pdf)) if plain and suspects else {}
        if suspects and not damaged:  # a font's program, say: which pages it changes is unknown
            raise InputError(f"{name} is a damaged PDF: part of its content cannot be decoded.")
        paged = _read_pages(pdf, name, pdfium_c, notes, damaged)
        broken = _broken_objects(data)  # object headers are never encrypted
        if broken > sum(item.reason == _EMPTY for item in paged.unread):
            raise InputError(f"{name} is a damaged PDF: some of its objects cannot be read.")
        return paged
    except pypdfium2.PdfiumError:
        raise InputError(f"{name} is a damaged PDF: a page cannot be read.") from None
    finally:
        pdf.close()


def _check_end(data: bytes, name: str, notes: list[ReadNote]) -> None:
    """Refuse a PDF whose end is missing; note bytes after its end."""
    end = data.rfind(b"%%EOF")
    if end < 0:
        raise InputError(f"{name} is a truncated PDF (its end is missing).")
    trailing = data[end + 5 :].removeprefix(b"\r").removeprefix(b"\n")
    if len(trailing) <= TRAILING_BYTES:
        return
    if _UPDATE.search(trailing):  # an update cut short: the file's real end is missing
        raise InputError(f"{name} is a truncated PDF (its end is missing).")
    notes.append(
        ReadNote("file", None, f"{len(trailing):,} bytes after the PDF's end (%%EOF) were ignored")
    )


def _decrypted(pdf: Any, pdfium_c: Any) -> bytes | None:
    """The file as PDFium decrypts it (an owner password only), None if it cannot save it."""
    import io

    out = io.BytesIO()
    try:
        pdf.save(out, flags=pdfium_c.FPDF_REMOVE_SECURITY)
    except RuntimeError:  # PdfiumError: without the copy, only the stream check is skipped
        return None
    return out.getvalue()


def _read_pages(
    pdf: Any, name: str, pdfium_c: Any, notes: list[ReadNote], damaged: dict[int, str]
) -> PagedDocument:
    pages: list[Page] = []
    unread: list[UnreadPage] = []
    grids: list[_Grid] = []
    for index in range(len(pdf)):
        number = index + 1
        page, grids, reason = _read_page(
            pdf[index], number, pdfium_c, grids[-1] if grids else None, notes
        )
        reason = damaged.get(number, reason)
        if reason is not None:
            unread.append(UnreadPage(number, reason))
            page, grids = Page(number, "", ()), []
        pages.append(page)
    if not any(page.lines for page in pages):
        if damaged:
            raise InputError(f"{name} is a damaged PDF: part of its content cannot be decoded.")
        if any(item.reason.startswith(_GARBLED) for item in unread):
            raise InputError(f"{name} has no readable text (its fonts cannot be decoded).")
        raise InputError(f"{name} has no text layer (a scanned document?).")
    return PagedDocument(name, tuple(pages), tuple(unread), tuple(notes))


_STREAM = re.compile(rb"stream\r?\n")


def _check_streams(data: bytes, name: str, limit: int) -> list[tuple[int, int, bool]]:
    """The Flate streams that fail to decompress or whose checksum is wrong, as (start,
    end, whether the data at least decodes whole); refuse a PDF whose streams expand
    beyond ``limit`` bytes together, inflating in bounded chunks and keeping nothing."""
    position, total = 0, 0
    suspects: list[tuple[int, int, bool]] = []
    while match := _STREAM.search(data, position):
        end = data.find(b"endstream", match.end())
        if end < 0:
            raise InputError(f"{name} is a damaged PDF: part of its content cannot be decoded.")
        position = end + 9
        dictionary = data[max(0, match.start() - 400) : match.start()]
        dictionary = dictionary[dictionary.rfind(b"<<") :]
        filters = _filters(dictionary)
        if filters is None:
            continue
        state = _inflate(memoryview(data)[match.end() : end], filters, limit - total)
        if state is None:
            raise InputError(
                f"{name} is refused: its compressed streams would expand to more than "
                f"{limit:,} bytes (a decompression bomb?)."
            )
        size, whole, checksum = state
        total += size
        if not (whole and checksum):
            suspects.append((match.end(), end, whole))
    return suspects


_REPLACEMENTS = (zlib.compress(b""), zlib.compress(b"0 0 m 1 1 l S"))
"""What a suspect stream is replaced by in the two copies compared: nothing, and a line
(a page or form drawing from the stream gains an object)."""


def _affected(
    pypdfium2: Any, plain: bytes, suspects: list[tuple[int, int, bool]], pages: int
) -> dict[int, str]:
    """The pages whose reading depends on a suspect stream, and why: found by reading two
    copies with those streams replaced (same length, so every offset holds) and comparing
    each page's objects, characters and their boxes."""
    whole = all(whole for _, _, whole in suspects)
    reason = (
        "its content fails its checksum (Adler-32), so its text may be damaged"
        if whole
        else "part of its content cannot be decoded (a damaged stream)"
    )
    copies = [plain]
    for replacement in _REPLACEMENTS:
        copy = bytearray(plain)
        for start, end, _ in suspects:
            if end - start >= len(replacement):
                copy[start:end] = replacement.ljust(end - start, b" ")
        copies.append(bytes(copy))
    documents = [pypdfium2.PdfDocument(copy) for copy in copies]
    try:
        if any(len(document) != pages for document in documents):
            return dict.fromkeys(range(1, pages + 1), reason)
        return {
            index + 1: reason
            for index in range(pages)
            if len({_signature(document, index) for document in documents}) > 1
        }
    finally:
        for document in documents:
            document.close()


def _signature(pdf: Any, index: int) -> tuple[object, ...]:
    """What a page's reading rests on: its objects, characters and their boxes."""
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    textpage = page.get_textpage()
    try:
        chars, _ = _chars(textpage, pdfium_c)
        return (
            pdfium_c.FPDFPage_CountObjects(page.raw),
            tuple((c.text, round(c.x0, 1), round(c.x1, 1), round(c.yc, 1)) for c in chars),
        )
    finally:
        textpage.close()
        page.close()


_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])\s*")
_XREF_SECTION = re.compile(rb"(?:^|[\r\n])xref\s+")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s+")
_OBJECT = re.compile(rb"(?<!\d)(\d+)\s+(\d+)\s+obj\b")


def _broken_objects(data: bytes) -> int:
    """Objects a classic cross-reference table lists in use that appear nowhere in the
    file (a damaged ``N G obj`` header): PDFium reads past them as missing."""
    listed: set[tuple[int, int]] = set()
    for section in _XREF_SECTION.finditer(data):
        position = section.end()
        while sub := _SUBSECTION.match(data, position):
            first, count = int(sub.group(1)), int(sub.group(2))
            position = sub.end()
            for number in range(first, first + count):
                entry = _XREF_ENTRY.match(data, position)
                if entry is None:
                    break
                position = entry.end()
                if entry.group(3) == b"n" and number:
                    listed.add((number, int(entry.group(2))))
    if not listed:
        return 0
    found = {(int(m.group(1)), int(m.group(2))) for m in _OBJECT.finditer(data)}
    return len(listed - found)


_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_FLATE = frozenset((b"FlateDecode", b"Fl"))
_HEX = frozenset((b"ASCIIHexDecode", b"AHx"))
_A85 = frozenset((b"ASCII85Decode", b"A85"))


def _filters(dictionary: bytes) -> tuple[list[bytes], int] | None:
    """The ASCII filters a stream's data goes through first, and how many Flate filters
    follow them; None for a stream with no Flate filter there (nothing to inflate)."""
    found = _FILTER.search(dictionary)
    if found is None:
        return None
    names = _NAME.findall(found.group(1))
    leading = 0
    while leading < len(names) and names[leading] in _HEX | _A85:
        leading += 1
    flates = 0
    while leading + flates < len(names) and names[leading + flates] in _FLATE:
        flates += 1
    return (names[:leading], flates) if flates else None


def _unascii(data: bytes | memoryview, names: list[bytes]) -> bytes | None:
    """The data through its ASCII filters (each output smaller than its input)."""
    import base64
    import binascii

    out = bytes(data)
    for name in names:
        try:
            if name in _HEX:
                digits = re.sub(rb"\s", b"", out.split(b">", 1)[0])
                out = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
            else:
                out = base64.a85decode(out.split(b"~>", 1)[0].strip(), ignorechars=b" \t\r\n\f")
        except ValueError:
            return None
    return out


class _Bomb(Exception):
    """More inflated than the limit allows."""


class _Layer:
    """One zlib layer, inflated in bounded chunks; its checksum compared at its end."""

    __slots__ = ("adler", "failed", "head", "inflater", "tail")

    def __init__(self) -> None:
        self.inflater = zlib.decompressobj(-15)  # raw: the checksum is compared here
        self.adler = 1
        self.head = b""
        self.tail = b""
        self.failed = False

    def feed(self, data: bytes | memoryview) -> Iterator[bytes]:
        inflater = self.inflater
        if self.failed:
            return
        if inflater.eof:
            self.tail = (self.tail + bytes(data[:4]))[:4]
            return
        if len(self.head) < 2:
            take = 2 - len(self.head)
            self.head += bytes(data[:take])
            data = data[take:]
            if len(self.head) < 2:
                return
            first, second = self.head
            if (first * 256 + second) % 31 or first & 0x0F != 8:
                self.failed = True
                return
        try:
            while not inflater.eof:
                out = inflater.decompress(data, _CHUNK)
                data = inflater.unconsumed_tail
                if out:
                    self.adler = zlib.adler32(out, self.adler)
                    yield out
                if not data and len(out) < _CHUNK:
                    break
        except zlib.error:
            self.failed = True
            return
        if inflater.eof:
            self.tail = (self.tail + inflater.unused_data)[:4]

    @property
    def whole(self) -> bool:
        return not self.failed and self.inflater.eof

    @property
    def checksum(self) -> bool:
        return len(self.tail) == 4 and int.from_bytes(self.tail, "big") == self.adler


def _inflate(
    stream: memoryview, filters: tuple[list[bytes], int], budget: int
) -> tuple[int, bool, bool] | None:
    """Inflate a stream through its filters in bounded chunks, keeping nothing: (bytes
    its layers expand to, whether its data is whole, whether every checksum holds);
    None beyond ``budget`` (every layer's output counts)."""
    ascii_names, flates = filters
    data = _unascii(stream, ascii_names) if ascii_names else stream
    if data is None:
        return 0, False, False
    chain = [_Layer() for _ in range(flates)]
    size = 0

    def run(level: int, chunk: bytes | memoryview) -> None:
        nonlocal size
        size += len(chunk) if level else 0
        if size > budget:
            raise _Bomb
        if level < len(chain):
            for out in chain[level].feed(chunk):
                run(level + 1, out)

    try:
        run(0, data)
    except _Bomb:
        return None
    return size, all(layer.whole for layer in chain), all(layer.checksum for layer in chain)


_GARBLED = "its text does not decode to characters"
_EMPTY = "nothing on it can be read (its content is missing or damaged, or it is blank)"
_SCANNED_SHARE = 0.3
"""An image covering this share of a page with almost no text: a scanned page."""
_FEW_CHARACTERS = 10
"""Characters a scanned page may carry as text (a page number) and still be an image."""
_BROKEN = 3
"""Undecodable characters (NUL, controls, U+FFFD) that make a page unread: never text."""
_PRIVATE_SHARE = 0.05
"""Private-use characters beyond this share of a page (and at least ``_BROKEN``) make it
unread: a font mapping its glyphs to no character; a few can be a symbol font's bullets."""


def _read_page(
    page: Any, number: int, pdfium_c: Any, previous: _Grid | None, notes: list[ReadNote]
) -> tuple[Page, list[_Grid], str | None]:
    """The page's lines, its ruled tables (the last may go on on the next page), and why
    its text cannot be read (None when it can)."""
    textpage = page.get_textpage()
    try:
        objects = _Objects(page, pdfium_c)
        chars, counts = _chars(textpage, pdfium_c)
        turn = _turn(textpage, chars, pdfium_c)
        box = _turned(_page_box(page, pdfium_c), turn)
        if objects.hidden:
            chars = _unhidden(chars, objects, textpage, pdfium_c, number, notes)
        # Text drawn outside the page box is not on the printed page (WPS leaves a
        # hidden copy of a page's text there): only what a reader sees is read.
        chars = [
            char
            for char in (_turned_char(char, turn) for char in chars)
            if char.x0 >= box[0] - _MARGIN
            and char.x1 <= box[2] + _MARGIN
            and box[1] <= char.yc <= box[3]
        ]
        shown = [line for line in _lines(chars) if _shown(line, textpage, pdfium_c, turn)]
    finally:
        textpage.close()
    page.close()
    reason = _unread(number, objects, counts, sum(len(line) for line in shown), box)
    grids = _grids([_turned(rule, turn) for rule in objects.rules])
    if previous and grids:
        grids[0] = _continued(previous, grids[0])
    rows: list[tuple[_Char, _Grid | None, list[tuple[str, float]]]] = []
    for line in shown:
        grid = next((g for g in grids if g.covers(line)), None)
        cells = _grid_cells(line, grid) if grid else _gap_cells(line)
        if rows and grid and _wraps_into(rows[-1], line[0], grid, cells):
            above = rows.pop()[2]
            cells = [(a[0] or b[0], b[1]) for a, b in zip(above, cells, strict=True)]
        rows.append((line[0], grid, cells))
    lines = [
        PageLine(number, line_no, tuple(c[0] for c in cells), tuple(c[1] for c in cells))
        for line_no, (_, _, cells) in enumerate(rows, start=1)
    ]
    page_text = "\n".join(line.tab_text for line in lines)
    return Page(number, page_text, tuple(lines)), grids, reason


def _unread(
    number: int, objects: _Objects, counts: tuple[int, int, int], shown: int, box: _Box
) -> str | None:
    """Why a page's text cannot be read, or None. A page with rules only (the empty end
    of a table) is read as it is; a cover (page 1) may be a picture."""
    total, broken, private = counts
    if objects.count == 0:
        return _EMPTY
    if broken >= _BROKEN or private >= max(_BROKEN, _PRIVATE_SHARE * total):
        return (
            f"{_GARBLED} ({broken + private} of {total} are not characters: "
            "a font without a usable ToUnicode map?)"
        )
    area = (box[2] - box[0]) * (box[3] - box[1])
    if number > 1 and shown < _FEW_CHARACTERS and objects.image_area >= _SCANNED_SHARE * area:
        return "it is an image with no text layer (a scanned page?)"
    return None


def _wraps_into(
    above: tuple[_Char, _Grid | None, list[tuple[str, float]]],
    char: _Char,
    grid: _Grid,
    cells: list[tuple[str, float]],
) -> bool:
    """Whether the line above is the first line of a cell wrapped around this row.

    A name wrapped onto two lines in a row of one-line amounts prints its first
    line half a line above the amounts: it belongs to this row (as pdftotext
    puts it), and its second line stays a line of its own.
    """
    first, above_grid, above_cells = above
    return (
        above_grid is grid
        and first.yc - char.yc < 0.8 * char.height
        and all(not (a[0] and b[0]) for a, b in zip(above_cells, cells, strict=True))
    )


def _continued(previous: _Grid, grid: _Grid) -> _Grid:
    """A table's last rows alone on a page (a 合计 row) have merged cells: when every
    rule of the page's first table is one of the previous table's, use all of those."""
    if (
        len(grid.xs) < len(previous.xs)
        and all(any(abs(x - seen) <= _SAME_X for seen in previous.xs) for x in grid.xs)
        and abs(grid.xs[0] - previous.xs[0]) <= _SAME_X
        and abs(grid.xs[-1] - previous.xs[-1]) <= _SAME_X
    ):
        return _Grid(previous.xs, grid.bottom, grid.top, grid.rules)
    return grid


def _chars(textpage: Any, pdfium_c: Any) -> tuple[list[_Char], tuple[int, int, int]]:
    """The page's characters, and (characters, undecodable ones, private-use ones)."""
    chars: list[_Char] = []
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    is_generated, unicode, box = (
        pdfium_c.FPDFText_IsGenerated,
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_GetLooseCharBox,
    )
    total = broken = private = 0
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = unicode(raw, index)
        if is_generated(raw, index) == 1:
            continue
        if code not in _LINE_ENDS:
            total += 1
            if code < 0x20 or 0x7F <= code <= 0x9F or code in (0xFFFD, 0xFFFE, 0xFFFF):
                broken += 1
                continue
            if 0xE000 <= code <= 0xF8FF or code >= 0xF0000:
                private += 1
        if code <= 0x20 or 0xD800 <= code <= 0xDFFF or code == 0x3000:
            continue
        if not box(raw, index, rect):
            continue
        top, bottom = rect.top, rect.bottom
        yc = (top + bottom) / 2
        chars.append(_Char(chr(code), rect.left, rect.right, yc, top - bottom, index))
    return chars, (total, broken, private)


_LINE_ENDS = frozenset((0x09, 0x0A, 0x0D, 0x20))


def _turn(textpage: Any, chars: list[_Char], pdfium_c: Any) -> int:
    """Quarter turns (0-3) of most of the page's text: text drawn turned on a page shown
    turned back (``/Rotate``) is read as a reader sees it."""
    if not chars:
        return 0
    votes = [0, 0, 0, 0]
    step = max(1, len(chars) // 200)
    for char in chars[::step]:
        angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, char.index)
        if angle >= 0:  # PDFium measures it clockwise
            votes[-round(angle / (math.pi / 2)) % 4] += 1
    return votes.index(max(votes))


_Box = tuple[float, float, float, float]
"""left, bottom, right, top."""


def _turned(box: _Box, turn: int) -> _Box:
    """A box of page space in the reading frame: page space turned back ``turn`` quarters."""
    left, bottom, right, top = box
    if turn == 1:
        return bottom, -right, top, -left
    if turn == 2:
        return -right, -top, -left, -bottom
    if turn == 3:
        return -top, left, -bottom, right
    return box


def _turned_char(char: _Char, turn: int) -> _Char:
    if not turn:
        return char
    half = char.height / 2
    left, bottom, right, top = _turned((char.x0, char.yc - half, char.x1, char.yc + half), turn)
    return _Char(char.text, left, right, (bottom + top) / 2, top - bottom, char.index)


def _page_box(page: Any, pdfium_c: Any) -> _Box:
    """The visible page (crop box within media box) in page space, unturned by /Rotate."""
    rect = pdfium_c.FS_RECTF()
    if pdfium_c.FPDF_GetPageBoundingBox(page.raw, rect):
        return rect.left, rect.bottom, rect.right, rect.top
    width, height = page.get_size()
    if page.get_rotation() in (90, 270):
        width, height = height, width
    return 0.0, 0.0, width, height


class _Objects:
    """What a page draws, from one walk of its objects (into forms): vertical rules,
    images' area, the boxes of non-white fills, and the text objects no reader sees."""

    __slots__ = ("backgrounds", "count", "hidden", "image_area", "rules")

    def __init__(self, page: Any, pdfium_c: Any) -> None:
        import ctypes

        self.rules: list[_Box] = []
        self.backgrounds: list[_Box] = []
        self.image_area = 0.0
        self.hidden: dict[int, str] = {}
        """Text objects (by address) no reader can see, and why."""
        whites: list[tuple[int, _Box]] = []
        raw = page.raw
        self.count = pdfium_c.FPDFPage_CountObjects(raw)
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
        stack = [pdfium_c.FPDFPage_GetObject(raw, i) for i in range(self.count)]
        paint = _Paint(pdfium_c)
        while stack:
            obj = stack.pop()
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                stack.extend(pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
                continue
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                # most text objects are seen: their bounds are looked up only if white
                seen = paint.seen(obj)
                if seen is None:
                    continue
                address = ctypes.cast(obj, ctypes.c_void_p).value or 0
                if seen != "white":
                    self.hidden[address] = seen
                elif pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                    whites.append((address, (left.value, bottom.value, right.value, top.value)))
                continue
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                continue
            box = (left.value, bottom.value, right.value, top.value)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                width, height = box[2] - box[0], box[3] - box[1]
                if min(width, height) <= _RULE_THICKNESS <= _MIN_RULE_LENGTH <= max(width, height):
                    self.rules.append(box)  # vertical or horizontal: the page may be turned
                if paint.fills(obj):
                    self.backgrounds.append(box)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                self.image_area += (box[2] - box[0]) * (box[3] - box[1])
                self.backgrounds.append(box)
        for address, box in whites:
            x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            if not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in self.backgrounds):
                self.hidden[address] = "white on white"


_FILL_MODES = frozenset((0, 2, 4, 6))
_STROKE_MODES = frozenset((1, 2, 5, 6))
_WHITE_CHANNEL = 0xF0


class _Paint:
    """How objects are painted, through PDFium calls with arguments made once a page
    (a page has thousands of text objects: two calls each on the common path)."""

    __slots__ = ("_channels", "_fill", "_modes", "_pdfium")

    def __init__(self, pdfium_c: Any) -> None:
        import ctypes

        self._pdfium = pdfium_c
        self._channels = [ctypes.c_uint() for _ in range(4)]
        self._modes = (ctypes.c_int(), ctypes.c_int())
        self._fill = pdfium_c.FPDFPageObj_GetFillColor

    def _invisible(self, obj: Any, stroke: bool) -> str | None:
        """``transparent``, ``white`` or None for the fill (or stroke) of ``obj``."""
        get = self._pdfium.FPDFPageObj_GetStrokeColor if stroke else self._fill
        r, g, b, a = self._channels
        if not get(obj, r, g, b, a):
            return None
        if a.value == 0:
            return "transparent"
        return "white" if min(r.value, g.value, b.value) >= _WHITE_CHANNEL else None

    def seen(self, obj: Any) -> str | None:
        """None for a text object a reader sees; else why not (``white``: unless on a
        fill)."""
        mode = self._pdfium.FPDFTextObj_GetTextRenderMode(obj)
        if mode == 0:  # filled, the common case: one more call
            r, g, b, a = self._channels
            if (
                self._fill(obj, r, g, b, a)
                and a.value
                and min(r.value, g.value, b.value) < _WHITE_CHANNEL
            ):
                return None
        if mode in (3, 7):  # neither filled nor stroked
            return "invisible text"
        marks = []
        if mode in _FILL_MODES:
            marks.append(self._invisible(obj, stroke=False))
        if mode in _STROKE_MODES:
            marks.append(self._invisible(obj, stroke=True))
        if not marks or any(mark is None for mark in marks):
            return None
        return "transparent text" if "transparent" in marks and "white" not in marks else "white"

    def fills(self, obj: Any) -> bool:
        """Whether a path is filled with a colour that is not white."""
        fill, stroke = self._modes
        if not self._pdfium.FPDFPath_GetDrawMode(obj, fill, stroke) or not fill.value:
            return False
        return self._invisible(obj, stroke=False) is None


_HIDDEN_SAMPLE = 40


def _unhidden(
    chars: list[_Char],
    objects: _Objects,
    textpage: Any,
    pdfium_c: Any,
    number: int,
    notes: list[ReadNote],
) -> list[_Char]:
    """The characters a reader sees; a note of the hidden ones (not data)."""
    import ctypes

    kept: list[_Char] = []
    hidden: list[_Char] = []
    why: set[str] = set()
    for char in chars:
        owner = pdfium_c.FPDFText_GetTextObject(textpage.raw, char.index)
        reason = objects.hidden.get(ctypes.cast(owner, ctypes.c_void_p).value or 0)
        if reason is None:
            kept.append(char)
        else:
            hidden.append(char)
            why.add(reason)
    if hidden:
        text = "".join(char.text for char in hidden)
        sample = text[:_HIDDEN_SAMPLE] + ("…" if len(text) > _HIDDEN_SAMPLE else "")
        notes.append(
            ReadNote(
                "hidden_text",
                number,
                f"{len(hidden)} character{'s' if len(hidden) != 1 else ''} of text no reader "
                f"can see ({', '.join(sorted(why))}) not read: “{sample}”",
            )
        )
    return kept


def _shown(line: list[_Char], textpage: Any, pdfium_c: Any, turn: int) -> bool:
    """False for a line its text object's clip path hides (WPS leaves a hidden copy of
    the next page's text there): judged by its first character, one look-up a line."""
    first = line[0]
    owner = pdfium_c.FPDFText_GetTextObject(textpage.raw, first.index)
    clip = pdfium_c.FPDFPageObj_GetClipPath(owner) if owner else None
    box = _clip_box(clip, pdfium_c) if clip else None
    if box is not None:
        box = _turned(box, turn)
    return box is None or (
        box[0] <= (first.x0 + first.x1) / 2 <= box[2] and box[1] <= first.yc <= box[3]
    )


def _clip_box(clip: Any, pdfium_c: Any) -> tuple[float, float, float, float] | None:
    """The bounding box of a clip path (None when it has no points)."""
    xs: list[float] = []
    ys: list[float] = []
    import ctypes  # here, not at the top: reading a text document never needs it

    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        for number in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, path)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, path, number)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _lines(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped by vertical centre, top to bottom, each line left to right."""
    lines: list[list[_Char]] = []
    centre = 0.0
    for char in sorted(chars, key=lambda c: -c.yc):
        if lines and abs(char.yc - centre) <= 0.3 * max(char.height, lines[-1][0].height):
            lines[-1].append(char)
        else:
            lines.append([char])
            centre = char.yc
    result = []
    for line in lines:
        visible = sorted((c for c in line if not c.text.isspace()), key=lambda c: c.x0)
        if visible:
            result.append(visible)
    return result


def _words(line: list[_Char], rules: tuple[float, ...] = ()) -> list[tuple[str, float, float]]:
    """Runs of characters split at gaps wider than half a character height or at a rule."""
    words: list[tuple[str, float, float]] = []
    text, x0, x1, column = "", 0.0, 0.0, 0
    for char in line:
        here = bisect.bisect(rules, (char.x0 + char.x1) / 2)
        if text and (char.x0 - x1 > 0.5 * char.height or here != column):
            words.append((text, x0, x1))
            text = ""
        if not text:
            x0 = char.x0
        elif char.x0 - x1 > 0.25 * char.height:
            text += " "
        text += char.text
        x1, column = char.x1, here
    if text:
        words.append((text, x0, x1))
    return words


def _gap_cells(line: list[_Char]) -> list[tuple[str, float]]:
    return [(text, x0) for text, x0, _ in _words(line)]


def _grid_cells(line: list[_Char], grid: _Grid) -> list[tuple[str, float]]:
    """One cell per column of the grid; a word goes to the column holding its centre."""
    xs = grid.xs
    cells = [""] * (len(xs) - 1)
    for text, x0, x1 in _words(line, grid.breaks(line[0].yc)):
        column = min(len(cells) - 1, max(0, bisect.bisect(xs, (x0 + x1) / 2) - 1))
        cells[column] = f"{cells[column]} {text}" if cells[column] else text
    return [(text, xs[index]) for index, text in enumerate(cells)]


def _grids(boxes: list[_Box]) -> list[_Grid]:
    """The ruled tables of a page, from thin vertical path objects grouped by overlap."""
    rules = [
        ((left + right) / 2, bottom, top)
        for left, bottom, right, top in boxes
        if right - left <= _RULE_THICKNESS and top - bottom >= _MIN_RULE_LENGTH
    ]
    grids: list[_Grid] = []
    for x, bottom, top in sorted(rules, key=lambda r: -r[2]):
        grid = next((g for g in grids if bottom <= g.top + 2 and top >= g.bottom - 2), None)
        if grid is None:
            grids.append(_Grid([x], bottom, top, [(x, bottom, top)]))
            continue
        grid.rules.append((x, bottom, top))
        grid.bottom, grid.top = min(grid.bottom, bottom), max(grid.top, top)
        if all(abs(x - seen) > _SAME_X for seen in grid.xs):
            grid.xs.append(x)
    for grid in grids:
        grid.xs.sort()
    return [grid for grid in grids if len(grid.xs) >= 2]
