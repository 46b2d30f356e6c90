"""The same document in other encodings, line endings and number styles parses the same.

``Document.__eq__`` leaves ``source`` out, so equal documents differ only in where
they came from; ``source`` records the encoding and line ending actually read.
"""

from __future__ import annotations

import codecs
import re

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.errors import InputError
from budgetdiff.parser import parse_bytes

# (variant, bytes of the text, expected encoding, expected newline)
VARIANTS = {
    "gb18030": (lambda text: text.encode("gb18030"), "gb18030", "\n"),
    "utf-16-bom": (lambda text: text.encode("utf-16"), "utf-16", "\n"),
    "utf-16-le-bom-crlf": (
        lambda text: codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"),
        "utf-16",
        "\r\n",
    ),
    "utf-8-bom-crlf": (
        lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
        "utf-8-sig",
        "\r\n",
    ),
    "cr-only": (lambda text: text.replace("\n", "\r").encode("utf-8"), "utf-8", "\r"),
    "gb18030-crlf": (
        lambda text: text.replace("\n", "\r\n").encode("gb18030"),
        "gb18030",
        "\r\n",
    ),
}


@pytest.mark.parametrize("name", ["port", "coop"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_reencoded_document_parses_equal(tmp_path, docs, sample_texts, name, variant):
    encode, encoding, newline = VARIANTS[variant]
    path = tmp_path / f"{name}-{variant}.txt"
    data = encode(sample_texts[name])
    path.write_bytes(data)
    assert data != sample_texts[name].encode("utf-8")

    doc = budgetdiff.load(path)

    assert doc == docs[name]
    assert doc.source.encoding == encoding
    assert doc.source.newline == newline
    assert doc.source.path == str(path)
    assert doc.source.sha256 != docs[name].source.sha256
    assert doc.unparsed == ()


def test_original_source_records_utf8_and_lf(docs):
    for doc in docs.values():
        assert (doc.source.encoding, doc.source.newline) == ("utf-8", "\n")


def test_equality_ignores_source_but_not_content(port_doc, port_text, edit):
    again = budgetdiff.parse(port_text)
    assert again.source.path is None
    assert again.source.encoding == "str"
    assert again == port_doc
    # line 254: 302 17 公务接待费 36,000
    changed = budgetdiff.parse(edit(port_text, 254, "36,000\t\t36,000", "36,001\t\t36,001"))
    assert changed != port_doc


_RUN_TOGETHER = re.compile(r"(?<![\d,.])(\d{1,3})(\d{3}),(\d{3})(?![\d,])")


def with_proper_separators(text: str) -> str:
    """``194829,473`` → ``194,829,473``: the separators the PDF extraction dropped."""
    return _RUN_TOGETHER.sub(r"\1,\2,\3", text)


def test_separator_regex_on_known_lines(source_lines):
    port = source_lines["port"]
    # line 95: 一、财政拨款收入 194829,473 一、一般公共服务支出 190410,477
    assert with_proper_separators(port[94]) == (
        "一、财政拨款收入\t194,829,473\t一、一般公共服务支出\t190,410,477"
    )
    # line 96: 1317,404 → 1,317,404
    assert "\t1,317,404" in with_proper_separators(port[95])
    # line 77 (prose, already right) is left alone
    assert with_proper_separators(port[76]) == port[76]
    # line 150: 29,880 4,680 25,200 are already right
    assert with_proper_separators(port[149]) == port[149]


def test_proper_thousands_separators_parse_equal(tmp_path, port_doc, port_text):
    fixed = with_proper_separators(port_text)
    assert fixed != port_text
    assert "194,829,473" in fixed
    assert not re.search(r"\d{4},\d{3}", fixed)
    path = tmp_path / "port-separators.txt"
    path.write_text(fixed, encoding="utf-8")
    doc = budgetdiff.load(path)
    assert doc == port_doc
    assert doc.code_table("expenditure").total["合计"] == 194_829_473


def test_encoding_override(tmp_path, port_doc, port_text):
    path = tmp_path / "port-gb18030.txt"
    path.write_bytes(port_text.encode("gb18030"))
    doc = budgetdiff.load(path, encoding="gb18030")
    assert doc == port_doc
    assert doc.source.encoding == "gb18030"


def test_encoding_override_gbk_alias(tmp_path, coop_doc, coop_text):
    path = tmp_path / "coop-gbk.txt"
    path.write_bytes(coop_text.encode("gbk"))
    doc = budgetdiff.load(path, encoding="gbk")
    assert doc == coop_doc
    assert doc.source.encoding == "gbk"


def test_wrong_encoding_override_is_an_input_error(tmp_path, port_text):
    path = tmp_path / "port-gb18030.txt"
    path.write_bytes(port_text.encode("gb18030"))
    with pytest.raises(InputError):
        budgetdiff.load(path, encoding="utf-8")


def test_unknown_encoding_override_is_an_input_error(tmp_path, port_text):
    path = tmp_path / "port.txt"
    path.write_text(port_text, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        budgetdiff.load(path, encoding="no-such-codec")


def test_parse_bytes_matches_load(port_doc, port_text):
    doc = parse_bytes(port_text.encode("utf-16"), path="from-bytes")
    assert doc == port_doc
    assert doc.source.path == "from-bytes"
    assert doc.source.encoding == "utf-16"


def test_parse_accepts_a_leading_bom_in_text(port_doc, port_text):
    assert budgetdiff.parse("\ufeff" + port_text) == port_doc


# --------------------------------------------------------------------------- trailing blanks


def _strip_trailing(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n"))


@pytest.mark.parametrize(
    "name",
    ["coop", "port"],
)
def test_trailing_whitespace_stripped_parses_the_same_tables(docs, sample_texts, name):
    # Editors and some extractions drop trailing tabs: an empty last cell is still empty.
    doc = budgetdiff.parse(_strip_trailing(sample_texts[name]))
    assert doc.unparsed == ()
    for table_id, table in docs[name].tables.items():
        assert doc.tables[table_id] == table, table_id
    assert doc.sangong == docs[name].sangong
    assert doc.narrative == docs[name].narrative
    assert check_report(doc).failed == ()


def test_trailing_whitespace_stripped_income_total(port_text):
    # line 132 prints 合计, three cells the label spans, then 194829,473 194829,473
    doc = budgetdiff.parse(_strip_trailing(port_text))
    assert dict(doc.code_table("income").total) == {
        "合计": 194_829_473,
        "财政拨款收入": 194_829_473,
        "事业收入": None,
        "事业单位经营收入": None,
        "其他收入": None,
    }
