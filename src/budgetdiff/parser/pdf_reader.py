"""Read a PDF's text layer into pages of lines and cells (pypdfium2 character boxes).

Characters are grouped into lines by their vertical centre, then into cells:
inside a ruled table (thin vertical path objects) every line gets one cell per
column of the grid, so a blank cell stays blank and an amount never moves to
another column; elsewhere cells are separated by gaps wider than about one
character. Text is kept as printed (``91,016,775.35``).
"""

from __future__ import annotations

import bisect
import re
import zlib
from typing import Any

from budgetdiff.errors import InputError
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
    """True for bytes that start like a PDF: ``%PDF-``, after white space at most."""
    return data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n\f\x00").startswith(b"%PDF-")


def read_pdf(data: bytes, name: str) -> PagedDocument:
    """The text layer of the PDF ``data`` (named ``name`` in messages), page by page.

    Raises ``InputError`` with one sentence for anything that is not a readable
    PDF with text: not a PDF, truncated, damaged, password-protected or scanned.
    """
    if not is_pdf(data):
        raise InputError(f"{name} is not a PDF file.")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{name} is a truncated PDF (its end is missing).")
    import pypdfium2  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise InputError(f"{name} is a password-protected PDF.") from None
        raise InputError(f"{name} is a damaged PDF that cannot be opened.") from None
    pages: list[Page] = []
    grids: list[_Grid] = []
    # PDFium repairs what it can and silently drops the text of a damaged stream.
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) == -1 and _damaged_stream(data):
        pdf.close()
        raise InputError(f"{name} is a damaged PDF: part of its content cannot be decoded.")
    try:
        for index in range(len(pdf)):
            page, grids = _read_page(pdf[index], index + 1, pdfium_c, grids[-1] if grids else None)
            pages.append(page)
    except pypdfium2.PdfiumError:
        raise InputError(f"{name} is a damaged PDF: a page cannot be read.") from None
    finally:
        pdf.close()
    if not any(page.lines for page in pages):
        raise InputError(f"{name} has no text layer (a scanned document?).")
    return PagedDocument(name, tuple(pages))


_STREAM = re.compile(rb"stream\r?\n")
_FLATE_FIRST = re.compile(rb"/Filter\s*(?:\[\s*)?/FlateDecode")


def _damaged_stream(data: bytes) -> bool:
    """Whether a Flate-compressed stream of the file fails to decompress."""
    position = 0
    while match := _STREAM.search(data, position):
        end = data.find(b"endstream", match.end())
        if end < 0:
            return True
        position = end + 9
        dictionary = data[max(0, match.start() - 400) : match.start()]
        dictionary = dictionary[dictionary.rfind(b"<<") :]
        if not _FLATE_FIRST.search(dictionary) or b"/DecodeParms" in dictionary:
            continue
        try:
            zlib.decompressobj().decompress(data[match.end() : end])
        except zlib.error:
            return True
    return False


def _read_page(
    page: Any, number: int, pdfium_c: Any, previous: _Grid | None
) -> tuple[Page, list[_Grid]]:
    """The page's lines, and its ruled tables (the last may go on on the next page)."""
    textpage = page.get_textpage()
    try:
        # Text drawn outside the page box is not on the printed page (WPS leaves a
        # hidden copy of a page's text there): only what a reader sees is read.
        width, height = page.get_size()
        chars = [
            char
            for char in _chars(textpage, pdfium_c)
            if char.x0 >= -_MARGIN and char.x1 <= width + _MARGIN and 0 <= char.yc <= height
        ]
        shown = [line for line in _lines(chars) if _shown(line, textpage, pdfium_c)]
    finally:
        textpage.close()
    grids = _grids(page, pdfium_c)
    page.close()
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
    return Page(number, "\n".join(line.tab_text for line in lines), tuple(lines)), grids


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


def _chars(textpage: Any, pdfium_c: Any) -> list[_Char]:
    chars: list[_Char] = []
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    is_generated, unicode, box = (
        pdfium_c.FPDFText_IsGenerated,
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_GetLooseCharBox,
    )
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = unicode(raw, index)
        if code <= 0x20 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0x3000):
            continue
        if is_generated(raw, index) == 1 or not box(raw, index, rect):
            continue
        top, bottom = rect.top, rect.bottom
        yc = (top + bottom) / 2
        chars.append(_Char(chr(code), rect.left, rect.right, yc, top - bottom, index))
    return chars


def _shown(line: list[_Char], textpage: Any, pdfium_c: Any) -> bool:
    """False for a line its text object's clip path hides (WPS leaves a hidden copy of
    the next page's text there): judged by its first character, one look-up a line."""
    first = line[0]
    owner = pdfium_c.FPDFText_GetTextObject(textpage.raw, first.index)
    clip = pdfium_c.FPDFPageObj_GetClipPath(owner) if owner else None
    box = _clip_box(clip, pdfium_c) if clip else None
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


def _grids(page: Any, pdfium_c: Any) -> list[_Grid]:
    """The ruled tables of a page, from thin vertical path objects grouped by overlap."""
    rules = _rules(page.raw, pdfium_c)
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


def _rules(raw_page: Any, pdfium_c: Any) -> list[tuple[float, float, float]]:
    """Vertical rules (x, bottom, top), through the raw API: wrapping each of a page's
    thousands of text objects in a Python object costs more than reading the text."""
    import ctypes

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    rules: list[tuple[float, float, float]] = []
    stack = [
        pdfium_c.FPDFPage_GetObject(raw_page, i)
        for i in range(pdfium_c.FPDFPage_CountObjects(raw_page))
    ]
    while stack:
        obj = stack.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            stack.extend(pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            width, height = right.value - left.value, top.value - bottom.value
            if width <= _RULE_THICKNESS and height >= _MIN_RULE_LENGTH:
                rules.append(((left.value + right.value) / 2, bottom.value, top.value))
    return rules
