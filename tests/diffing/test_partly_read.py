"""Issue 16, item 14: a diff of a document only partly read says so first, with the
count, in every format, and marks each change it cannot vouch for.

The rule (``diffing.doubts``): a row on one side only is in doubt when the other side
has lines (or pages) not read in that table's region; a table on one side only, when
the other side has lines or pages not read where it would stand, or was only partly
read (``Document.reading.partly``).

The variations, all of the port-office sample (A) against the sample itself (B) unless
said otherwise:

- ``row``: line 152 (2080506 机关事业单位职业年金缴费支出 in the expenditure table) with
  every printed character replaced by U+FFFD, as text extracted from a PDF font without
  a Unicode map reads; A then has 1 line not read, in the expenditure table's region.
- ``row deleted``: the same line removed instead: the row is truly absent, the diff
  vouches for it (no doubt, no reading note).
- ``table``: lines 224–267 (the economic table, title to 合计) made unreadable the same
  way: 40 lines not read, A partly read, and the table only in B, where A's unread lines are.
- ``partly``: the economic table deleted (lines 224–268) and eight rows of the income
  table (119–122, 124–127) made unreadable: A is partly read, its unread lines are in the
  income table, not where the economic table would stand.
- ``page``: the govoffice 2025 部门预算 PDF with page 12 (the second page of its
  expenditure table) left out, and ``unread_pages`` saying so, as the PDF reader does
  for a page whose text it cannot read.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.diffing.model import Diff, Doubt
from budgetdiff.model import UnreadPage
from budgetdiff.parser import parse_paged, pdf_source
from budgetdiff.parser.paged import PagedDocument
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.record import replace
from budgetdiff.render.diff_csv import render_csv, render_csv_stat
from budgetdiff.render.diff_json import render_json
from budgetdiff.render.diff_text import render_markdown, render_plain, render_rich
from tests.cli.conftest import run_cli
from tests.conftest import PORT_PATH
from tests.diffing.drafts import delete_lines

PORT_TEXT = PORT_PATH.read_text(encoding="utf-8")
GOVOFFICE = Path(__file__).resolve().parents[2] / "samples" / "real"
GOVOFFICE_DEPT = GOVOFFICE / "sh-putuo-govoffice-2025-dept.pdf"


def unreadable(text: str, *lines: int) -> str:
    """``text`` with every printed character of ``lines`` (1-based; blank ones stay
    blank) replaced by U+FFFD."""
    rows = text.split("\n")
    for line in lines:
        rows[line - 1] = "".join(c if c.isspace() else "\ufffd" for c in rows[line - 1])
    return "\n".join(rows)


PORT = budgetdiff.parse(PORT_TEXT)
ROW = unreadable(PORT_TEXT, 152)
TABLE = unreadable(PORT_TEXT, *range(224, 268))
PARTLY = unreadable(delete_lines(PORT_TEXT, 224, 268), *range(119, 123), *range(124, 128))


def _diff(a_text: str) -> Diff:
    return budgetdiff.diff(budgetdiff.parse(a_text), PORT)


def test_a_row_unread_in_its_table_region_is_not_vouched_for() -> None:
    a = budgetdiff.parse(ROW)
    assert (a.reading.unparsed, a.reading.lines, a.reading.partly) == (1, 323, False)
    result = budgetdiff.diff(a, PORT)
    (row,) = result.rows
    assert (row.table, row.code, row.kind) == ("expenditure", "2080506", "added")
    assert row.doubt == Doubt("a", "unread_here", (152,))
    expenditure = next(t for t in result.tables if t.table == "expenditure")
    node = next(n for n in expenditure.nodes if n.key == "2080506")
    assert node.doubt == row.doubt  # the explorer's tree carries it too
    assert result.doubtful == (row,)


def test_a_row_truly_absent_is_vouched_for() -> None:
    a = budgetdiff.parse(delete_lines(PORT_TEXT, 152, 152))
    result = budgetdiff.diff(a, PORT)
    ((row),) = result.rows
    assert (row.code, row.kind, row.doubt) == ("2080506", "added", None)
    assert result.doubtful == () and result.partly_read == ()
    assert "reading:" not in render_plain(result)


def test_a_table_unread_where_it_stands() -> None:
    result = _diff(TABLE)
    assert result.partly_read == ("a",)
    assert result.a.reading.unparsed == 40
    (economic,) = [t for t in result.tables if t.presence != "both"]
    assert economic.table == "economic" and economic.presence == "added"
    assert economic.doubt is not None and economic.doubt.reason == "unread_here"
    assert economic.doubt.side == "a" and len(economic.doubt.lines) == 40
    assert economic.doubt.lines[0] == 224 and economic.doubt.lines[-1] == 267
    rows = [r for r in result.rows if r.table == "economic"]
    assert len(rows) == 33 and all(r.doubt == economic.doubt for r in rows)
    assert result.doubtful == (economic,)  # its rows are counted with it


def test_a_table_missing_from_a_partly_read_side() -> None:
    result = _diff(PARTLY)
    a = budgetdiff.parse(PARTLY)
    assert (a.reading.unparsed, a.reading.partly) == (8, True)
    economic = next(t for t in result.tables if t.table == "economic")
    assert economic.presence == "added" and economic.doubt == Doubt("a", "partly_read")
    income = [r for r in result.rows if r.table == "income"]
    assert {r.code for r in income} == {
        "2080501",
        "2080505",
        "2080506",
        "2080599",
        "21011",
        "2101101",
        "21099",
        "2109901",
    }
    lines = tuple([*range(119, 123), *range(124, 128)])
    assert all(r.doubt == Doubt("a", "unread_here", lines) for r in income)


def test_a_page_not_read() -> None:
    """A PDF page the reader could not read: the rows printed on it are only in B."""
    paged = read_pdf(GOVOFFICE_DEPT.read_bytes(), str(GOVOFFICE_DEPT))
    b = budgetdiff.load(GOVOFFICE_DEPT)
    kept = PagedDocument(paged.name, tuple(p for p in paged.pages if p.number != 12))
    a = parse_paged(kept, pdf_source(str(GOVOFFICE_DEPT), "x"))
    a = replace(a, unread_pages=(UnreadPage(12, "no text layer"),))
    assert a.reading.partly and a.reading.unparsed == 0
    result = budgetdiff.diff(a, b)
    added = [r for r in result.rows if r.kind == "added"]
    assert added and {r.table for r in added} == {"expenditure"}
    assert all(r.doubt == Doubt("a", "unread_here", (), (12,)) for r in added)
    plain = render_plain(result)
    assert "reading: A PARTLY READ: 0 of " in plain and "1 page not read (12)" in plain
    assert "A: 1 page not read here (12)" in plain


def _reading_first(lines: list[str], first: str) -> None:
    """The reading note is the first thing after the two documents are named."""
    notes = [line for line in lines[3:] if line.strip()]
    assert notes[0].lstrip("- ").startswith(first), notes[:2]


def test_every_human_format_says_so_first() -> None:
    result = _diff(TABLE)
    first = "reading: A PARTLY READ: 40 of 323 lines not read"
    doubt = "table economic only in B (33 rows)"
    for text in (render_plain(result), render_rich(result, color=False, width=200)):
        _reading_first(text.splitlines(), first)
        assert doubt in text
        assert "economic (元) — only in B (table added) (? A: 40 lines not read here" in text
        assert "+? 301 " in text
    markdown = render_markdown(result)
    notes = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert notes[2].startswith(f"- {first}")  # after the A and B lines
    assert doubt in markdown
    for stat in (render_plain(result, stat=True), render_markdown(result, stat=True)):
        assert first in stat
        assert "economic: 0 changed, 33 added, 0 removed" in stat
        assert "33 cannot be vouched for (?)" in stat


def test_json_has_a_field_and_marks_each_change() -> None:
    result = _diff(ROW)
    data = json.loads(render_json(result))
    assert data["reading"] == {
        "a": {"partly": False, "unparsed": 1, "lines": 323, "unread_pages": []},
        "b": {"partly": False, "unparsed": 0, "lines": 323, "unread_pages": []},
        "partly_read": [],
        "doubtful": 1,
    }
    (row,) = data["rows"]
    assert row["doubt"] == {"side": "a", "reason": "unread_here", "lines": [152], "pages": []}
    table = json.loads(render_json(_diff(TABLE)))
    assert table["reading"]["partly_read"] == ["a"]
    (economic,) = table["tables"]
    assert economic["doubt"]["reason"] == "unread_here"


def test_csv_reading_rows_come_first_and_each_change_says_why() -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(_diff(TABLE), bom=False))))
    reading = [(r["part"], r["name"], r["a"], r["b"], r["change"]) for r in rows[:4]]
    assert reading == [
        ("reading", "lines not read", "40", "0", "partly read: A"),
        ("reading", "non-blank lines", "323", "323", ""),
        ("reading", "pages not read", "0", "0", ""),
        ("reading", "changes not vouched for", "1", "0", ""),
    ]
    economic = [r for r in rows if r["table"] == "economic"]
    assert economic and all(r["doubt"].startswith("A: 40 lines not read here") for r in economic)
    stat = render_csv_stat(_diff(TABLE), bom=False).splitlines()
    assert stat[1].startswith("reading: A PARTLY READ: 40 of 323 lines not read")
    assert "economic,0,33,0,15906334,元,33,," in stat


@pytest.mark.parametrize("output", ["plain", "markdown", "rich", "json", "csv"])
def test_the_command_line_says_so_in_every_format(tmp_path: Path, output: str) -> None:
    a = tmp_path / "a.txt"
    a.write_text(TABLE, encoding="utf-8")
    result = run_cli(a, PORT_PATH, "--format", output, "--color", "never")
    assert result.returncode == 1, result.stderr
    if output == "json":
        assert json.loads(result.stdout)["reading"]["partly_read"] == ["a"]
    elif output == "csv":
        assert "reading,,,lines not read,,40,0,,,partly read: A" in result.stdout
    else:
        assert "reading: A PARTLY READ: 40 of 323 lines not read" in result.stdout


def test_identical_as_read_still_says_a_side_was_partly_read(tmp_path: Path) -> None:
    """The ``partly`` variation against itself: nothing differs in what was read, but
    both sides are partly read: a reader is told so, though the exit status says the two
    are identical."""
    a = tmp_path / "a.txt"
    a.write_text(PARTLY, encoding="utf-8")
    result = run_cli(a, a)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("budgetdiff: identical")
    assert lines[4:6] == [
        "reading: A PARTLY READ: 8 of 283 lines not read",
        "reading: B PARTLY READ: 8 of 283 lines not read",
    ]


def test_wholly_read_real_documents_have_no_reading_note() -> None:
    """The govoffice 2025 部门预算 against its 单位预算 (both PDFs read to the last line):
    a table on one side only or a project removed there is vouched for, and nothing is
    said of reading."""
    a = budgetdiff.load(GOVOFFICE_DEPT)
    b = budgetdiff.load(GOVOFFICE / "sh-putuo-govoffice-2025-unit.pdf")
    assert a.reading.complete and b.reading.complete
    result = budgetdiff.diff(a, b)
    assert [p.kind for p in result.projects] == ["removed"]
    assert result.doubtful == () and result.partly_read == ()
    for text in (render_plain(result), render_plain(result, stat=True), render_markdown(result)):
        assert "reading:" not in text
    assert "reading," not in render_csv(result, bom=False)
