"""diff_sections on edits planted in the samples' narrative: exactly the planted change."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import budgetdiff
from budgetdiff.diffing.model import NumberChange, TextChange, TextSpan
from budgetdiff.diffing.text import diff_section, diff_sections, section_key, tokenise
from budgetdiff.errors import NotABudgetDocument
from budgetdiff.model import Document, Paragraph, Section
from tests.conftest import COOP_PATH, PORT_PATH, replace_on_line
from tests.diffing.drafts import delete_lines, insert_line

PORT_TEXT = PORT_PATH.read_text(encoding="utf-8")
PORT = budgetdiff.parse(PORT_TEXT)
COOP = budgetdiff.load(COOP_PATH)
BUDGET_NOTE = "2017 年部门预算编制说明"


def _port_with(line: int, old: str, new: str) -> Document:
    return budgetdiff.parse(replace_on_line(PORT_TEXT, line, old, new))


def test_tokens_keep_numbers_whole_and_skip_white_space() -> None:
    tokens = tokenise("为 19,483 万元，142.05 与 2016年")
    assert [key for key, _, _ in tokens] == [
        "为", "19483", "万", "元", "，", "142.05", "与", "2016", "年",
    ]  # fmt: skip
    assert tokens[1] == ("19483", 2, 8)


def test_same_document_reparsed_or_re_encoded_has_no_changes(tmp_path: Path) -> None:
    assert diff_sections(PORT, PORT) == ()
    assert diff_sections(PORT, budgetdiff.parse(PORT_TEXT)) == ()
    encoded = tmp_path / "port-gb18030.txt"
    encoded.write_bytes(PORT_TEXT.replace("\n", "\r\n").encode("gb18030"))
    assert diff_sections(PORT, budgetdiff.load(encoded)) == ()


def test_changed_number_in_a_sentence() -> None:
    # line 77: the first of three 19,483 on the line
    (change,) = diff_sections(PORT, _port_with(77, "总额为 19,483 万元", "总额为 19,583 万元"))
    assert (change.section, change.kind, change.a_line, change.b_line) == (
        BUDGET_NOTE, "changed", 75, 75,
    )  # fmt: skip
    assert change.spans == (TextSpan("replace", "19,483", "19,583", 77, 77),)
    assert change.numbers == (
        NumberChange("19,483", "19,583", 77, 77, "预算支出总额为 19,583 万元，其中：财"),
    )
    assert 0.99 < change.similarity < 1


def test_inserted_sentence() -> None:
    sentence = "另有结转资金 100 万元。"
    draft = _port_with(79, "工作的项目支出。", "工作的项目支出。" + sentence)
    (change,) = diff_sections(PORT, draft)
    assert change.section == BUDGET_NOTE
    assert change.spans == (TextSpan("insert", "", sentence, 79, 79),)
    assert change.numbers == ()
    # the other way round it is a deletion, at the same lines
    (back,) = diff_sections(draft, PORT)
    assert back.spans == (TextSpan("delete", sentence, "", 79, 79),)


def test_inserted_paragraph_is_placed_after_the_one_before() -> None:
    paragraph = "5. “节能环保支出”科目 10 万元。"
    (change,) = diff_sections(PORT, budgetdiff.parse(insert_line(PORT_TEXT, 85, paragraph + "\n")))
    assert change.spans == (TextSpan("insert", "", paragraph, 85, 86),)


def test_a_part_of_related_notes_is_named_under_its_parent() -> None:
    (change,) = diff_sections(PORT, _port_with(282, "预算为 142.05 万元", "预算为 142.15 万元"))
    assert (change.section, change.a_line) == ("相关情况说明/一、“三公”经费预算", 280)
    assert [(n.a, n.b, n.a_line, n.b_line) for n in change.numbers] == [
        ("142.05", "142.15", 282, 282)
    ]


def test_white_space_and_thousands_separators_are_not_changes() -> None:
    text = replace_on_line(PORT_TEXT, 77, "总额为 19,483 万元", "总额为19,483万元")
    text = replace_on_line(text, 79, "19,041", "19041")
    assert diff_sections(PORT, budgetdiff.parse(text)) == ()


def test_removed_and_added_section() -> None:
    draft = budgetdiff.parse(delete_lines(PORT_TEXT, 300, 303))  # 四、预算绩效情况
    removed = TextChange("相关情况说明/四、预算绩效情况", "removed", 0.0, a_line=300)
    assert diff_sections(PORT, draft) == (removed,)
    added = TextChange("相关情况说明/四、预算绩效情况", "added", 0.0, b_line=300)
    assert diff_sections(draft, PORT) == (added,)


def test_section_keys_drop_department_year_and_ordinal() -> None:
    departments = (PORT.department, COOP.department)
    keys = [
        ("", "主要职能"),
        ("", "机构设置"),
        ("", "预算编制说明"),
        ("", "相关情况说明"),
        ("相关情况说明", "三公经费预算"),
        ("相关情况说明", "机关运行经费预算"),
        ("相关情况说明", "政府采购情况"),
        ("相关情况说明", "预算绩效情况"),
    ]
    assert [section_key(s, departments) for s in PORT.sections] == keys
    assert [section_key(s, departments) for s in COOP.sections] == keys


def test_two_departments_match_sections_by_kind() -> None:
    # Every section of one office finds its namesake in the other (相关情况说明 itself
    # has no text on either side, so it is equal). The duties and units are about other
    # work: under a quarter alike. The short 机关运行经费 note is the same sentence with
    # another department and figure: over 90% alike, its number a NumberChange.
    changes = diff_sections(PORT, COOP)
    assert [(c.section, c.kind) for c in changes] == [
        ("上海市合作交流办公室主要职能", "changed"),
        ("上海市合作交流办公室机构设置", "changed"),
        ("上海市合作交流办公室2017年单位预算编制说明", "changed"),
        ("相关情况说明/一、“三公”经费预算", "changed"),
        ("相关情况说明/二、机关运行经费预算", "changed"),
        ("相关情况说明/三、政府采购情况", "changed"),
        ("相关情况说明/四、预算绩效情况", "changed"),
    ]
    duties, units, _, _, running, _, _ = changes
    assert duties.similarity < 0.25 and units.similarity < 0.25
    assert running.similarity > 0.9
    assert running.spans == (
        TextSpan("replace", "口岸服务", "合作交流", 292, 269),
        TextSpan("replace", "422.08", "551", 292, 269),
    )
    assert [(n.a, n.b, n.a_line, n.b_line) for n in running.numbers] == [
        ("422.08", "551", 292, 269)
    ]


def test_lines_of_a_paragraph_broken_across_source_lines() -> None:
    def section(text: str) -> Section:
        cut = text.index("乙")
        return Section("说明", 9, (Paragraph(text, 10, (10, 12), (0, cut)),))

    change = diff_section(section("甲甲甲甲乙乙 30 乙"), section("甲甲甲甲乙乙 40 乙"))
    assert change is not None
    assert change.numbers == (NumberChange("30", "40", 12, 12, "甲甲甲甲乙乙 40 乙"),)
    assert diff_section(section("甲乙 1"), section("甲 乙1")) is None


# -- properties ---------------------------------------------------------------------------

LINES = PORT_TEXT.split("\n")


@st.composite
def mutated_narrative(draw: st.DrawFn) -> str:
    """The port sample with a few narrative lines (31-302) edited, deleted or duplicated."""
    lines = list(LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        index = draw(st.integers(min_value=30, max_value=301))
        operation = draw(st.sampled_from(["delete", "duplicate", "edit", "digit"]))
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "digit":
            lines[index] = lines[index].replace(draw(st.sampled_from("0123")), "9", 1)
        else:
            at = draw(st.integers(min_value=0, max_value=len(lines[index])))
            new = draw(st.sampled_from(["，", "增加", "2018", " ", "19,999", "一、", "预算"]))
            lines[index] = lines[index][:at] + new + lines[index][at:]
    return "\n".join(lines)


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_FLIP = {"added": "removed", "removed": "added"}


def _parse(text: str) -> Document:
    try:
        return budgetdiff.parse(text)
    except NotABudgetDocument:
        assume(False)
        raise


@SETTINGS
@given(mutated_narrative())
def test_a_mutated_document_against_itself_has_no_changes(text: str) -> None:
    assert diff_sections(_parse(text), _parse(text)) == ()


@SETTINGS
@given(mutated_narrative())
def test_swapping_sides_swaps_a_and_b(text: str) -> None:
    # Which sections differ is symmetric; the alignment inside one need not be (difflib
    # may pick another of two equally good alignments), so spans are not compared.
    draft = _parse(text)
    forward = diff_sections(PORT, draft)
    backward = diff_sections(draft, PORT)
    assert {(_FLIP.get(c.kind, c.kind), c.b_line, c.a_line) for c in forward} == {
        (c.kind, c.a_line, c.b_line) for c in backward
    }
    for change in forward:
        assert (change.kind == "changed") == bool(change.spans)
        assert change.kind == "changed" or change.similarity == 0
