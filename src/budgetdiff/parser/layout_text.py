"""Read ``pdftotext -layout`` text into pages of lines and cells.

pdftotext pads by characters (a CJK character takes one position, like a digit)
and spaces each page on its own, so column positions are found per table and
page: the data rows' fields give the columns (amounts right-aligned, names and
codes left-aligned), and a header cell over no data (a column blank on the
whole page, as in most 三公 tables) adds an empty column at its place.
"""

from __future__ import annotations

import re

from budgetdiff.parser.paged import Page, PagedDocument, PageLine
from budgetdiff.parser.table_lines import heads_labels
from budgetdiff.text import squeeze as _squeeze

_FIELD = re.compile(r"\S+(?: \S+)*")
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)")
_UNIT = re.compile(r"单位[：:]")


# A total row's label (合计, 收入总计) is often centred across the code and name columns: it is
# placed in a column, never used to find one.
_TOTALS = ("合计", "总计")


class _Field:
    text: str
    start: int
    end: int

    __slots__ = ("end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end


class _Column:
    start: int
    end: int
    numeric: bool
    headed: bool
    amount: bool

    __slots__ = ("amount", "end", "headed", "numeric", "start")

    def __init__(
        self, start: int, end: int, numeric: bool, headed: bool = False, amount: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.numeric = numeric
        self.headed = headed
        self.amount = amount


def read_layout_text(text: str, name: str = "-") -> PagedDocument:
    """``pdftotext -layout`` output (pages separated by form feeds) as paged cells."""
    chunks = text.split("\f")
    if chunks and not chunks[-1].strip():
        chunks.pop()
    pages: list[Page] = []
    previous: list[_Column] | None = None
    for number, chunk in enumerate(chunks, start=1):
        page, previous = _read_page(chunk, number, previous)
        pages.append(page)
    return PagedDocument(name, tuple(pages))


def looks_like_layout(text: str) -> bool:
    """True for ``pdftotext -layout`` text: table rows whose name and amounts stand on one
    line, apart by runs of spaces (``201   一般公共服务支出     2,932,700``)."""
    rows = 0
    for line in text.splitlines():
        fields = re.split(r"\s{2,}", line.strip())
        if len(fields) >= 3 and sum(1 for f in fields if _NUMBER.fullmatch(f)) >= 2:
            rows += 1
            if rows >= _LAYOUT_ROWS:
                return True
    return False


_LAYOUT_ROWS = 5
_SPACED_ROW = re.compile(r"^\d{3}(?: \d{1,2}){0,2} \S+(?: -?[\d,]+(?:\.\d+)?){2,}$")
"""A code-table row with single spaces between its cells: ``201 03 01 行政运行 12,029,501.84 …``."""


def looks_space_separated(text: str) -> bool:
    """True for text whose table rows have single spaces between cells (``pdftotext
    -raw``, pdfplumber's ``extract_text``): an empty cell leaves no trace there."""
    rows = sum(1 for line in text.splitlines() if _SPACED_ROW.match(line.strip()))
    return rows >= _LAYOUT_ROWS


def table_count(text: str) -> int:
    """How many ``单位：`` lines (one above each table) the text has."""
    return sum(1 for line in text.splitlines() if _UNIT.search(line))


def looks_one_cell_per_line(text: str) -> bool:
    """True when the tables come one cell per line (``pdftotext`` without ``-layout``).

    Such text has many lines that are one bare amount, and almost no line that
    holds a name and an amount together, which every table row of a readable
    extraction (tab-separated or ``-layout``) does.
    """
    alone = together = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if _AMOUNT.fullmatch(stripped):
            alone += 1
        elif "\t" in stripped or re.search(r"\S\s{2,}\S", stripped):
            fields = re.split(r"\t|\s{2,}", stripped)
            if any(_AMOUNT.fullmatch(f.strip()) for f in fields):
                together += 1
    return alone >= 10 and together * 5 < alone


def _fields(line: str) -> list[_Field]:
    """Fields separated by two or more spaces; a single space splits two numbers too."""
    fields: list[_Field] = []
    for match in _FIELD.finditer(line):
        words = match.group().split(" ")
        position = match.start()
        current: list[str] = []
        current_start = position
        for word in words:
            if current and (_NUMBER.fullmatch(word) or _NUMBER.fullmatch(current[-1])):
                joined = " ".join(current)
                fields.append(_Field(joined, current_start, current_start + len(joined)))
                current, current_start = [], position
            current.append(word)
            position += len(word) + 1
        joined = " ".join(current)
        fields.append(_Field(joined, current_start, current_start + len(joined)))
    return fields


def _words(line: str) -> list[_Field]:
    """A header row's cells: pdftotext may leave one space between two headers."""
    return [_Field(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", line)]


def _is_data(fields: list[_Field]) -> bool:
    """A table row: an amount, two numbers after a text cell, or a bare 合计 row.

    (Prose has numbers between single spaces: ``下属 5 家预算单位``.)"""
    if any(_AMOUNT.fullmatch(f.text) for f in fields):
        return True
    if len(fields) == 1 and _squeeze(fields[0].text) in _TOTALS:
        return True
    seen_text = False
    numbers = 0
    for field in fields:
        if _NUMBER.fullmatch(field.text):
            numbers += seen_text
        else:
            seen_text = True
    return numbers >= 2


def _read_page(
    chunk: str, number: int, previous: list[_Column] | None
) -> tuple[Page, list[_Column] | None]:
    """The page's lines, and the columns of its last table (for a continuation page)."""
    rows = chunk.split("\n")
    fields = [_fields(row) for row in rows]
    # Prose keeps single spaces around numbers (``下属 5 家``): a table row has at
    # least two cells between wider gaps, or is a bare total.
    for index, row in enumerate(rows):
        if len(_FIELD.findall(row)) < 2 and len(fields[index]) > 1:
            fields[index] = [_Field(row.strip(), len(row) - len(row.lstrip()), len(row.rstrip()))]
    layout: dict[int, list[_Column]] = {}
    headers: set[int] = set()
    last_columns: list[_Column] | None = None
    for first, last in _segments(rows, fields):
        data = [i for i in range(first, last) if fields[i] and _is_data(fields[i])]
        if not data:
            continue
        header = [i for i in range(first, data[0]) if fields[i]]
        headers.update(header)
        columns = _columns([fields[i] for i in data], [_words(rows[i]) for i in header])
        if first == 0 and not header and previous and len(previous) > len(columns):
            columns = _continue(previous, columns)
        if not columns:
            continue
        for i in range(first, data[-1] + 1):
            if fields[i]:
                layout[i] = columns
        last_columns = columns
    lines: list[PageLine] = []
    for index, row_fields in enumerate(fields):
        if not row_fields:
            continue
        placed = layout.get(index)
        if placed is None:
            whole = list(_FIELD.finditer(rows[index]))
            cells = tuple(m.group() for m in whole)
            xs = tuple(float(m.start()) for m in whole)
        else:
            # A header's labels may stand one space apart over two narrow columns
            # (``政府性基金预算 国有资本经营预算``): placed word by word, as they were found.
            words = _words(rows[index]) if index in headers else row_fields
            cells = _place(words if len(words) <= len(placed) else row_fields, placed)
            xs = tuple(float(c.start) for c in placed)
        lines.append(PageLine(number, index + 1, cells, xs))
    return Page(number, chunk, tuple(lines)), last_columns


def _segments(rows: list[str], fields: list[list[_Field]]) -> list[tuple[int, int]]:
    """Line ranges of possible tables: after each ``单位：`` line, else the page start."""
    starts = [i + 1 for i, row in enumerate(rows) if _UNIT.search(row)]
    if not starts or any(fields[i] and _is_data(fields[i]) for i in range(starts[0])):
        starts.insert(0, 0)
    ends = [*starts[1:], len(rows)]
    return list(zip(starts, ends, strict=True))


def _overlap(a: _Field | _Column, start: int, end: int) -> int:
    return min(a.end, end) - max(a.start, start)


def _columns(data: list[list[_Field]], header: list[list[_Field]]) -> list[_Column]:
    rows = [[f for f in row if not _squeeze(f.text).endswith(_TOTALS)] for row in data]
    columns = _union(rows)
    if any(len(set(_align(row, columns))) < len(row) for row in rows):
        columns = _widest(rows)
    # Codes are numbers too, but left-aligned: numbers are amounts (right-aligned) when
    # they have a separator or decimals, or stand right of a text or amount column.
    seen = False
    for column in columns:
        numeric = column.amount or (column.numeric and seen)
        seen = seen or column.amount or not column.numeric
        column.numeric = numeric
    blanks: list[_Column] = []
    # Only a row of column headers adds a blank column; a row with few cells above it
    # holds group headers (本年收入 over 项目 and 预算数).
    fullest = max((len(row) for row in header), default=0)
    for row_index, row in enumerate(header):
        below = [f for later in header[row_index + 1 :] for f in later]
        for field in row:
            # A cell with a narrower cell under it spans columns (or wraps): not a leaf.
            if any(_overlap(other, field.start - 2, field.end + 2) > 0 for other in below):
                continue
            hit = [c for c in columns if _overlap(c, field.start, field.end) > 0]
            if hit:
                if len(hit) == 1:
                    hit[0].headed = True
                continue
            owner = _owner(columns, field)
            # a code or name heading (科目名称) centred right of the names adds no blank
            # column to a table with rows; an empty table's columns are its header's
            labels = bool(columns) and heads_labels(field.text)
            if owner is None and len(row) >= max(2, 0.75 * fullest) and not labels:
                blanks.append(_Column(field.start, field.end, False, True))
            elif owner is not None:
                owner.headed = True
    return sorted(columns + blanks, key=lambda c: c.start)


def _union(rows: list[list[_Field]]) -> list[_Column]:
    """Columns as the union of the fields' extents (overlapping fields share a column)."""
    columns: list[_Column] = []
    for field in sorted((f for row in rows for f in row), key=lambda f: f.start):
        numeric = bool(_NUMBER.fullmatch(field.text))
        amount = bool(_AMOUNT.fullmatch(field.text))
        if columns and field.start < columns[-1].end:
            last = columns[-1]
            last.end = max(last.end, field.end)
            last.numeric = last.numeric and numeric
            last.amount = last.amount or amount
        else:
            columns.append(_Column(field.start, field.end, numeric, amount=amount))
    return columns


def _widest(rows: list[list[_Field]]) -> list[_Column]:
    """Columns from the row with most fields, widened by the fields aligned to them.

    For pages where pdftotext squeezed a crowded row so that fields of
    neighbouring columns overlap, and a plain union would merge the columns.
    """
    seed = max(rows, key=len)
    columns = [_Column(f.start, f.end, True) for f in seed]
    for row in rows:
        if len(row) > len(columns):
            continue
        for field, index in zip(row, _align(row, columns), strict=True):
            column = columns[index]
            column.numeric = column.numeric and bool(_NUMBER.fullmatch(field.text))
            column.amount = column.amount or bool(_AMOUNT.fullmatch(field.text))
    return columns


def _continue(previous: list[_Column], columns: list[_Column]) -> list[_Column]:
    """A table continued from the last page without its header: the previous columns,
    those with data on this page moved to where this page has them."""
    merged = [_Column(c.start, c.end, c.numeric, c.headed, c.amount) for c in previous]
    for column, index in zip(columns, _align(columns, merged, typed=True), strict=True):
        merged[index] = column
    return merged


def _align(
    items: list[_Field] | list[_Column], columns: list[_Column], typed: bool = False
) -> list[int]:
    """Column index for each item, in order, each in its own column, nearest overall.

    ``typed``: the items are columns of another page, matched amounts to amounts
    (positions shift from page to page).
    """
    n, m = len(items), len(columns)
    if n > m:
        return [_nearest(item, columns) for item in items]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        cost[0][j] = 0.0
    for i in range(1, n + 1):
        item = items[i - 1]
        for j in range(i, m + 1):
            column = columns[j - 1]
            mismatch = typed and isinstance(item, _Column) and item.numeric != column.numeric
            take = cost[i - 1][j - 1] + _distance(item, column) + (1000 if mismatch else 0)
            skip = cost[i][j - 1]
            if take <= skip:
                cost[i][j], back[i][j] = take, 1
            else:
                cost[i][j], back[i][j] = skip, 0
    result = [0] * n
    i, j = n, m
    while i > 0:
        if back[i][j] == 1:
            result[i - 1] = j - 1
            i -= 1
        j -= 1
    return result


def _distance(item: _Field | _Column, column: _Column) -> float:
    gap = max(column.start - item.end, item.start - column.end, 0)
    centre = abs((column.start + column.end) - (item.start + item.end)) / 2
    return gap + 0.01 * centre


def _nearest(item: _Field | _Column, columns: list[_Column]) -> int:
    return min(range(len(columns)), key=lambda j: _distance(item, columns[j]))


def _owner(columns: list[_Column], field: _Field) -> _Column | None:
    """The data column a header cell beside it names, when it is close enough."""
    centre = (field.start + field.end) / 2
    best: _Column | None = None
    for column in columns:
        if column.headed:
            continue
        gap = max(column.start - field.end, field.start - column.end)
        if gap > 3:
            continue
        if column.numeric and centre > column.end + 1:
            continue
        if not column.numeric and centre < column.start - 1:
            continue
        if best is None or gap < max(best.start - field.end, field.start - best.end):
            best = column
    return best


def _place(fields: list[_Field], columns: list[_Column]) -> tuple[str, ...]:
    """Each field in its own column, in order, nearest overall (two share one only if
    there are more fields than columns)."""
    cells = [""] * len(columns)
    indexes = _align(fields, columns)
    is_total = len(fields) > 1 and _squeeze(fields[0].text) in _TOTALS
    if is_total and any(_NUMBER.fullmatch(field.text) for field in fields[1:]):
        # A total row's 合计 goes in the name column: the last text column before the
        # amounts (a header's 合计 stays over its own column).
        names = [j for j in range(indexes[1]) if not columns[j].numeric]
        if names:
            indexes[0] = names[-1]
    for field, index in zip(fields, indexes, strict=True):
        cells[index] = f"{cells[index]} {field.text}" if cells[index] else field.text
    return tuple(cells)
