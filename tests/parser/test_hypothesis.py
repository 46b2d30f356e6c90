"""Whatever text it is given, ``parse`` returns a Document or raises NotABudgetDocument.

Arbitrary text, and the samples mutated the way extraction and drafting damage
documents: lines deleted or duplicated, cells edited, characters (tabs, digits,
commas, …) inserted. Anything else escaping ``parse`` is a bug.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.errors import InputError, NotABudgetDocument
from budgetdiff.model import Document
from budgetdiff.parser import parse_bytes

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_LINES = {
    name: (SAMPLES / f"shanghai-{name}-office-2017.txt").read_text(encoding="utf-8").split("\n")
    for name in ("port", "cooperation")
}

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters that matter to the parser: cell and line structure, numbers, units,
# ordinals, headings' words, checkbox debris.
NASTY = st.sampled_from(
    [
        "\t",
        "\t\t",
        ",",
        ".",
        "-",
        "—",
        "%",
        "≥",
        "=",
        " ",
        "\r",
        "\x0c",
        "\u2028",
        "\ufeff",
        "合计",
        "类",
        "款",
        "项",
        "万元",
        "元",
        "单位：",
        "一、",
        "1. ",
        "注：",
        "增加",
        "减少",
        "持平",
        "比2016年预算",
        "三公",
        '<input checked="" type="checkbox"/>',
        '<input type="checkbox"/>',
        "<p>",
        "</p>",
        "项目名称\t",
        "预算表",
        "绩效目标申报表",
        "2017年部门支出预算总表",
        "201\t03\t01\t",
        "302\t17\t",
    ]
)
FRAGMENT = st.one_of(
    NASTY,
    st.text(alphabet="0123456789,.\t-", min_size=1, max_size=12),
    st.text(min_size=1, max_size=6),
)


def _check(text: str) -> None:
    try:
        document = budgetdiff.parse(text)
    except NotABudgetDocument:
        return
    assert isinstance(document, Document)
    # a parsed document must be usable: checks ran and every result is well-formed
    for check in check_report(document):
        assert check.status in ("pass", "warn", "fail")
        assert check.message
    assert document.line_count >= 0


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_text(text):
    _check(text)


@SETTINGS
@given(st.lists(st.one_of(FRAGMENT, st.just("\n")), max_size=80).map("".join))
def test_arbitrary_fragments(text):
    _check(text)


@st.composite
def mutated(draw, name: str) -> str:
    lines = list(SAMPLE_LINES[name])
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        if not lines:
            break
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "cell", "insert", "swap"]))
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif operation == "cell":
            cells = lines[index].split("\t")
            cell = draw(st.integers(min_value=0, max_value=len(cells) - 1))
            cells[cell] = draw(st.one_of(st.just(""), FRAGMENT))
            lines[index] = "\t".join(cells)
        else:
            line = lines[index]
            at = draw(st.integers(min_value=0, max_value=len(line)))
            lines[index] = line[:at] + draw(FRAGMENT) + line[at:]
    return "\n".join(lines)


@SETTINGS
@given(mutated("port"))
def test_mutated_port_sample(text):
    _check(text)


@SETTINGS
@given(mutated("cooperation"))
def test_mutated_cooperation_sample(text):
    _check(text)


@st.composite
def spliced(draw) -> str:
    """A window of one sample's lines, possibly followed by a window of the other's."""
    first = SAMPLE_LINES[draw(st.sampled_from(sorted(SAMPLE_LINES)))]
    start = draw(st.integers(min_value=0, max_value=len(first) - 1))
    end = draw(st.integers(min_value=start, max_value=len(first)))
    lines = first[start:end]
    if draw(st.booleans()):
        second = SAMPLE_LINES[draw(st.sampled_from(sorted(SAMPLE_LINES)))]
        start = draw(st.integers(min_value=0, max_value=len(second) - 1))
        lines += second[start : draw(st.integers(min_value=start, max_value=len(second)))]
    return "\n".join(lines)


@SETTINGS
@given(spliced())
def test_cut_and_spliced_samples(text):
    _check(text)


@SETTINGS
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.sampled_from(
            [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]
        ).flatmap(lambda bom: st.binary(max_size=400).map(lambda data: bom + data)),
        mutated("port").map(lambda text: text.encode("gb18030")),
    )
)
def test_arbitrary_bytes(data):
    # bytes may also be unreadable as text: InputError is documented for parse_bytes
    try:
        document = parse_bytes(data)
    except (NotABudgetDocument, InputError):
        return
    assert isinstance(document, Document)
