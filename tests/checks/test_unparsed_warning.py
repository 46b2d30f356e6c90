"""Issue 16, item 13: the unparsed-lines warning claims "figures there are in no table or
check" only for lines that hold figures.

Variations of samples/shanghai-port-office-2017.txt and of the PDF reader's text of
sh-putuo-govoffice-2025-dept.pdf: a line without any figure the parser cannot place (a
stamp before the title, a ``（续表）`` inside a table), one with figures (a row of
amounts under no code), and both.
"""

from __future__ import annotations

import budgetdiff
from budgetdiff.checks import check
from budgetdiff.model import Document
from budgetdiff.parser.pdf_reader import read_pdf
from tests.conftest import PORT_PATH
from tests.real.documents import REAL

ROW = "208\t05\t01\t归口管理的行政单位离退休\t29,880\t4,680\t25,200\n"


def _warning(document: Document) -> str:
    (found,) = [c for c in check(document) if c.id == "parse.unparsed"]
    assert found.status == "warn"
    return found.message


def _port() -> str:
    text = PORT_PATH.read_text(encoding="utf-8")
    assert text.count(ROW) == 2
    return text


def test_lines_without_figures_are_not_said_to_hold_figures():
    text = _port()
    stamped = "内部资料 注意保存\n" + text
    assert _warning(budgetdiff.parse(stamped)) == (
        "1 line could not be placed (line 1): it holds no figure; see show --unparsed"
    )
    continued = stamped.replace(ROW, "（续表）\n" + ROW, 1)
    at = continued.split("\n").index("（续表）") + 1
    message = _warning(budgetdiff.parse(continued))
    assert message == (
        f"2 lines could not be placed (line 1, {at}): they hold no figure; see show --unparsed"
    )


def test_lines_with_figures_are_named_among_the_others():
    stray = "其他\t1,200\t\t1,200"
    text = ("内部资料 注意保存\n" + _port()).replace(ROW, stray + "\n" + ROW, 1)
    at = text.split("\n").index(stray) + 1
    mixed = budgetdiff.parse(text)
    assert [item.line for item in mixed.unparsed] == [1, at]
    assert _warning(mixed) == (
        f"2 lines could not be placed (line 1, {at}): figures on 1 of them (line {at}) "
        "are in no table or check; see show --unparsed"
    )
    only = budgetdiff.parse(_port().replace(ROW, stray + "\n" + ROW, 1))
    assert _warning(only) == (
        f"1 line could not be placed (line {at - 1}): figures there are in no table or "
        "check; see show --unparsed"
    )


def test_a_pdf_line_without_figures_names_its_page():
    path = REAL / "sh-putuo-govoffice-2025-dept.pdf"
    text = read_pdf(path.read_bytes(), str(path)).tab_text()[0]
    row = "201\t03\t01\t行政运行\t12,029,501.84\t11,919,501.84\t110,000.00\n"
    assert text.count(row) == 2
    document = budgetdiff.parse(text.replace(row, "（续表）\n" + row, 1))
    assert [item.text for item in document.unparsed] == ["（续表）"]
    message = _warning(document)
    assert message.endswith(": it holds no figure; see show --unparsed")
    assert "figures" not in message
