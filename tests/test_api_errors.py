"""``load``, ``parse`` and ``parse_bytes`` raise only the errors docs/errors.md lists:
InputError, NotABudgetDocument, and TypeError for an argument of the wrong type."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import budgetdiff
from budgetdiff.errors import InputError, NotABudgetDocument
from budgetdiff.parser import parse_bytes

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "shanghai-port-office-2017.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
DOCUMENTED = (InputError, NotABudgetDocument, TypeError)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: budgetdiff.parse(None), TypeError, "parse() takes the document's text as str"),
        (lambda: budgetdiff.parse(b"x"), TypeError, "use parse_bytes for bytes"),
        (lambda: budgetdiff.parse(TEXT + "\ud800"), InputError, "unpaired surrogate"),
        (lambda: budgetdiff.load(123), TypeError, "load() takes a file name"),
        (lambda: budgetdiff.load("a\0b"), InputError, "it contains a NUL character"),
        (lambda: budgetdiff.load(""), InputError, "no file name given"),
        (lambda: budgetdiff.load("\ud800"), InputError, "is not a valid file name"),
        (lambda: budgetdiff.load(SAMPLE, encoding=5), TypeError, "encoding as str or None"),
        (lambda: budgetdiff.load(SAMPLE, encoding="a\0"), InputError, "unknown encoding"),
        (lambda: budgetdiff.load(SAMPLE, encoding="idna"), InputError, "cannot be decoded"),
        (lambda: parse_bytes(TEXT), TypeError, "parse_bytes() takes the document as bytes"),
    ],
    ids=[
        "parse-None",
        "parse-bytes",
        "parse-surrogate",
        "load-int",
        "load-nul",
        "load-empty",
        "load-surrogate-name",
        "load-int-encoding",
        "load-nul-encoding",
        "load-idna",
        "parse_bytes-str",
    ],
)
def test_each_bad_argument_has_its_documented_error(
    call: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert type(caught.value) is error
    assert message in str(caught.value)


def test_bytearray_and_memoryview_are_bytes() -> None:
    data = SAMPLE.read_bytes()
    assert parse_bytes(bytearray(data)).department == "上海市口岸服务办公室"
    assert parse_bytes(memoryview(data)).year == 2017


ANYTHING = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.text(),
    st.binary(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.builds(object),
)


def _raises_only_documented(call: Any, *args: Any, **kwargs: Any) -> None:
    with contextlib.suppress(*DOCUMENTED):
        call(*args, **kwargs)


@SETTINGS
@given(ANYTHING, st.one_of(st.none(), st.text(max_size=8), st.integers()))
def test_parse_raises_only_documented_errors(value: object, path: object) -> None:
    _raises_only_documented(budgetdiff.parse, value)
    _raises_only_documented(parse_bytes, value, path=path)


@SETTINGS
@given(st.text(max_size=400))
def test_parse_of_any_text(text: str) -> None:
    _raises_only_documented(budgetdiff.parse, text)
    _raises_only_documented(budgetdiff.parse, TEXT[:2000] + text)


@SETTINGS
@given(st.binary(max_size=400), st.one_of(st.none(), st.text(max_size=12)))
def test_parse_bytes_of_any_bytes(data: bytes, encoding: str | None) -> None:
    _raises_only_documented(parse_bytes, data, encoding=encoding)
    _raises_only_documented(parse_bytes, SAMPLE.read_bytes()[:3000] + data, encoding=encoding)


@settings(max_examples=200, deadline=None)
@given(st.one_of(ANYTHING, st.text(alphabet=st.characters(codec=None), max_size=300)))
def test_load_raises_only_documented_errors(value: object) -> None:
    if isinstance(value, str) and _exists(value):
        return  # an existing file of this machine: not what this test is about
    _raises_only_documented(budgetdiff.load, value)


def _exists(name: str) -> bool:
    try:
        return os.path.lexists(name)
    except (ValueError, UnicodeError):
        return False


def test_load_of_an_empty_name_does_not_say_directory() -> None:
    with pytest.raises(InputError) as caught:
        budgetdiff.load("")
    assert str(caught.value) == "no file name given"
