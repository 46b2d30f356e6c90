"""Input that is not a readable budget document: the documented errors, and cut-off drafts."""

from __future__ import annotations

import codecs
import os

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.errors import BudgetDiffError, InputError, NotABudgetDocument
from budgetdiff.model import TABLE_IDS, Level

PNG_LIKE = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    + bytes(range(256)) * 8
)


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"", "empty"),
        (b"\n\n  \r\n\t\n", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF8 + b"\r\n", "empty"),
        (PNG_LIKE, "binary"),
        (b"\x00" * 64, "empty"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
    ids=["zero-bytes", "whitespace", "bom-only", "bom-newline", "png", "nuls", "controls"],
)
def test_unreadable_contents(tmp_path, content, what):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=what) as caught:
        budgetdiff.load(path)
    assert str(path) in str(caught.value)


def test_missing_path(tmp_path):
    path = tmp_path / "no-such-file.txt"
    with pytest.raises(InputError, match="does not exist"):
        budgetdiff.load(path)


def test_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        budgetdiff.load(tmp_path)


def test_unreadable_file(tmp_path, port_text):
    path = tmp_path / "locked.txt"
    path.write_text(port_text, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read a mode-000 file (root)")
        with pytest.raises(InputError, match="permission denied"):
            budgetdiff.load(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    ("error", "what"),
    [(PermissionError(13, "Permission denied"), "permission denied"), (OSError(5, "I/O"), "I/O")],
)
def test_read_errors_become_input_errors(tmp_path, monkeypatch, error, what):
    # Where the test runs as root, chmod 000 does not stop reading: simulate the OS refusing.
    path = tmp_path / "locked.txt"
    path.write_text("x", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr("budgetdiff.parser.decoding.open", refuse, raising=False)
    with pytest.raises(InputError, match=what):
        budgetdiff.load(path)


def test_input_error_is_a_budgetdiff_error():
    assert issubclass(InputError, BudgetDiffError)
    assert issubclass(NotABudgetDocument, BudgetDiffError)


@pytest.mark.parametrize(
    "text",
    [
        "Hello, world.\nThis is a plain text file, not a budget.\n",
        "name,amount\nfoo,1\nbar,2\n",
        "上海市口岸服务办公室\n\n主要职能包括：\n1. 贯彻执行国家有关口岸工作的法律。\n",
        "201\t03\t01\t行政运行\t13270,732\t11663,914\t1606,818\n",
    ],
    ids=["english", "csv", "chinese-prose", "bare-row"],
)
def test_text_that_is_not_a_budget(tmp_path, text):
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotABudgetDocument):
        budgetdiff.load(path)
    with pytest.raises(NotABudgetDocument):
        budgetdiff.parse(text)


# --------------------------------------------------------------------------- cut off mid-table


@pytest.fixture(scope="module")
def truncated_doc(port_text, truncate):
    # line 150 is `208 05 01 归口管理的行政单位离退休 29,880 4,680 25,200`, inside the
    # expenditure table (lines 134-163): no 合计, and no table after it.
    return budgetdiff.parse(truncate(port_text, 150))


def test_truncated_keeps_what_is_there(truncated_doc):
    doc = truncated_doc
    assert (doc.department, doc.year, doc.kind) == ("上海市口岸服务办公室", 2017, "部门预算")
    assert set(doc.tables) == {"finance_summary", "income", "expenditure"}
    assert doc.sangong is None
    assert doc.projects == ()
    expenditure = doc.code_table("expenditure")
    assert expenditure.total is None
    assert expenditure.total_line is None
    assert [row.line for row in expenditure.rows] == [143, *range(145, 151)]
    last = expenditure.rows[-1]
    assert (last.code, last.level, last.name) == ("2080501", Level.ITEM, "归口管理的行政单位离退休")
    assert dict(last.values) == {"合计": 29_880, "基本支出": 4_680, "项目支出": 25_200}
    # the income table before it is whole (合计 on line 132)
    assert doc.code_table("income").total_line == 132
    assert doc.narrative.budget_total.wan == 19483


def test_truncated_fails_tables_present(truncated_doc):
    failures = [c for c in check_report(truncated_doc).failed if c.id == "tables.present"]
    missing = {"fiscal_summary", "general_public", "gov_fund", "economic", "sangong"}
    assert {c.table for c in failures} == missing
    for check in failures:
        assert check.table in check.message
        assert "missing" in check.message
        assert check.strict


def test_truncated_fails_total_present(truncated_doc):
    failures = [c for c in check_report(truncated_doc).failed if c.id == "tables.total_present"]
    assert len(failures) == 1
    (check,) = failures
    assert check.table == "expenditure"
    assert check.line == 134
    assert "合计" in check.message
    assert "expenditure" in check.message


def test_truncated_reports_no_missing_for_present_tables(truncated_doc):
    present = {
        c.table
        for c in check_report(truncated_doc)
        if c.id == "tables.present" and c.status == "fail"
    }
    assert present.isdisjoint({"finance_summary", "income", "expenditure"})
    assert present <= set(TABLE_IDS)


def test_truncated_file_loads_too(tmp_path, port_text, truncate):
    path = tmp_path / "cut.txt"
    path.write_text(truncate(port_text, 150), encoding="utf-8")
    doc = budgetdiff.load(path)
    assert "economic" not in doc.tables
    assert doc.line_count == 150
