"""The optional orjson path of ``dumps`` writes exactly what the standard library writes."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import budgetdiff
from budgetdiff.checks import check
from budgetdiff.export import json_export
from budgetdiff.export.json_export import amount, document_dict, dumps
from budgetdiff.record import replace
from budgetdiff.render.diff_json import diff_dict

pytest.importorskip("orjson")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*/*.txt"))
PDFS = sorted(SAMPLES.glob("real/*.pdf"))


def stdlib(data: Any) -> str:
    """What ``dumps`` writes without orjson."""
    return json_export._escape_c1(json.dumps(data, ensure_ascii=False, indent=2))


def fast(data: Any) -> str:
    """What the orjson path writes (as ``dumps`` returns it: without the newline)."""
    encoded = json_export._fast_dumps(data)
    assert encoded is not None, "orjson did not write it"
    assert encoded.endswith(b"}\n")
    return encoded.decode("utf-8")[:-1]


def assert_same(fast_text: str, stdlib_text: str) -> None:
    """Equal texts; else where they part (pytest's own diff of megabytes takes minutes)."""
    if fast_text != stdlib_text:
        at = next(
            (i for i, (a, b) in enumerate(zip(fast_text, stdlib_text, strict=False)) if a != b),
            min(len(fast_text), len(stdlib_text)),
        )
        pytest.fail(
            f"at {at}: {fast_text[at - 30 : at + 30]!r} != {stdlib_text[at - 30 : at + 30]!r}"
        )


@cache
def document(path: Path) -> budgetdiff.Document:
    return budgetdiff.load(path)


@pytest.mark.parametrize("path", TEXTS + PDFS, ids=lambda path: path.name)
def test_a_document_is_the_same_text_either_way(path: Path) -> None:
    parsed = document(path)
    data = document_dict(parsed, check(parsed))
    assert_same(fast(data), stdlib(data))


def test_a_diff_is_the_same_text_either_way() -> None:
    draft = document(SAMPLES / "drafts" / "shanghai-port-office-2017-draft.txt")
    published = document(SAMPLES / "shanghai-port-office-2017.txt")
    data = diff_dict(budgetdiff.diff(draft, published))
    assert_same(fast(data), stdlib(data))


def large(value: Any) -> dict[str, Any]:
    """Data big enough for the fast path, holding ``value`` in each row."""
    return {"tables": {"t": {"rows": [{"v": value}] * json_export._FAST_FROM}}}


@pytest.mark.parametrize(
    "value",
    [
        amount(Decimal("0.00001")),  # json: 1e-05, orjson alone: 0.00001
        amount(Decimal("-0.0000025")),
        amount(Decimal("1234.56")),
        amount(Decimal("0.0001")),
        "控制\x85字符\u2028与\u202e方向\x7f",  # escaped after either writer
        "\x7f",
        "\x9f",
        "\u2069",
        "·—“”…\u00a0\u2027\u202f\u2065\u206a",  # neighbours of the escaped, kept as they are
        '\x00\x1f\t\n"\\',
        {1: "a key that is not a string", None: "and none"},
    ],
    ids=repr,
)
def test_the_fast_path_writes_what_json_writes(value: Any) -> None:
    data = large(value)
    assert_same(fast(data), stdlib(data))


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1, "\ud800"], ids=repr)
def test_what_orjson_cannot_write_falls_back_to_json(value: Any) -> None:
    data = large(value)
    assert json_export._fast_dumps(data) is None
    assert_same(dumps(data), stdlib(data))


def test_large_data_goes_through_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    data = large(1)

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("the standard library wrote large data")

    monkeypatch.setattr(json_export.json, "dumps", refuse)
    assert_same(dumps(data), fast(data))


def test_small_data_does_not_import_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "orjson", None)  # any import of it raises
    data = {"rows": [{"v": 1}] * 10}
    assert_same(dumps(data), stdlib(data))


def test_without_orjson_the_standard_library_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    data = large(amount(Decimal("12.5")))
    monkeypatch.setitem(sys.modules, "orjson", None)
    assert json_export._fast_dumps(data) is None
    assert_same(dumps(data), stdlib(data))


@pytest.mark.parametrize("orjson", [True, False], ids=["orjson", "stdlib"])
def test_encode_is_dumps_and_a_newline_in_utf8(
    orjson: bool, port_doc: budgetdiff.Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not orjson:
        monkeypatch.setitem(sys.modules, "orjson", None)
    for data in (large("控制\x85字符"), large(amount(Decimal("0.00001"))), document_dict(port_doc)):
        assert json_export.encode(data) == (stdlib(data) + "\n").encode("utf-8")


def test_rows_with_and_without_fractional_yuan_are_written_exactly(
    port_doc: budgetdiff.Document,
) -> None:
    table = port_doc.tables["economic"]
    first, *rest = table.rows
    fractional = replace(first, values={**first.values, "合计": Decimal("1234.56")})
    for rows in (table.rows, (fractional, *rest)):
        written = json_export._rows(rows)
        assert written == [
            {
                "code": row.code,
                "level": str(row.level),
                "name": row.name,
                "values": json_export.values(row.values),
                "line": row.line,
            }
            for row in rows
        ]
    assert written[0]["values"]["合计"] == 1234.56
    assert type(json_export._rows(table.rows)[0]["values"]["合计"]) is int
