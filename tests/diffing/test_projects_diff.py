"""diff_projects on drafts planted in the samples: exactly the planted change, nothing more."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import budgetdiff
from budgetdiff.diffing.model import ChangeKind, FieldChange, ProjectChange
from budgetdiff.diffing.projects import (
    diff_projects,
    normalise,
    record,
    similarity,
    target_kind,
)
from budgetdiff.errors import NotABudgetDocument
from budgetdiff.model import Document, Target
from tests.conftest import COOP_PATH, PORT_PATH, replace_on_line
from tests.diffing.drafts import delete_lines

PORT_TEXT = PORT_PATH.read_text(encoding="utf-8")
COOP_TEXT = COOP_PATH.read_text(encoding="utf-8")
PORT = budgetdiff.parse(PORT_TEXT)
COOP = budgetdiff.parse(COOP_TEXT)


def _port_with(line: int, old: str, new: str) -> Document:
    return budgetdiff.parse(replace_on_line(PORT_TEXT, line, old, new))


def test_a_document_against_itself_or_a_reparse_has_no_changes() -> None:
    assert diff_projects(PORT, PORT) == ()
    assert diff_projects(PORT, budgetdiff.parse(PORT_TEXT)) == ()
    assert diff_projects(COOP, budgetdiff.load(COOP_PATH)) == ()


def test_identical_documents_do_not_import_deepdiff() -> None:
    script = (
        "import budgetdiff, sys; "
        f"d = budgetdiff.load({str(PORT_PATH)!r}); "
        "from budgetdiff.diffing.projects import diff_projects; "
        "assert diff_projects(d, d) == (); "
        "print('deepdiff' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_changed_component_amount() -> None:
    # coop line 300: 专题数据建设 31500 → 41500 in the first form (line 281)
    draft = budgetdiff.parse(replace_on_line(COOP_TEXT, 300, "31500", "41500"))
    assert diff_projects(COOP, draft) == (
        ProjectChange(
            "上海市在外地投资企业工商注册数据采集与分析系统（2017年运维）",
            "changed",
            fields=(FieldChange("components[专题数据建设].amount", 31_500, 41_500, "amount"),),
            a_line=281,
            b_line=281,
        ),
    )


def test_added_and_removed_component() -> None:
    draft = budgetdiff.parse(replace_on_line(COOP_TEXT, 300, "专题数据建设", "专题数据维护"))
    (change,) = diff_projects(COOP, draft)
    assert change.fields == (
        FieldChange("components[专题数据维护]", None, 31_500, "added"),
        FieldChange("components[专题数据建设]", 31_500, None, "removed"),
    )


def test_removed_project_and_the_moved_one_after_it_is_unchanged() -> None:
    # the second port form, 口岸大通关工作经费: its title (344) to the blank before the third;
    # the third form moves up 36 lines and is not reported
    draft = budgetdiff.parse(delete_lines(PORT_TEXT, 344, 379))
    assert [p.line for p in draft.projects] == [304, 344]
    assert diff_projects(PORT, draft) == (
        ProjectChange("口岸大通关工作经费", "removed", a_line=344),
    )
    assert diff_projects(draft, PORT) == (ProjectChange("口岸大通关工作经费", "added", b_line=344),)


def test_renamed_project() -> None:
    draft = _port_with(307, "单一窗口运维", "单一窗口平台运维")
    assert diff_projects(PORT, draft) == (
        ProjectChange("单一窗口平台运维", "renamed", "单一窗口运维", (), 304, 304),
    )


def test_name_too_different_is_removed_and_added() -> None:
    draft = _port_with(307, "单一窗口运维", "国际贸易平台建设")
    assert similarity(normalise("单一窗口运维"), normalise("国际贸易平台建设")) < 0.6
    assert diff_projects(PORT, draft) == (
        ProjectChange("国际贸易平台建设", "added", b_line=304),
        ProjectChange("单一窗口运维", "removed", a_line=304),
    )


def test_name_differing_only_in_brackets_is_the_same_project() -> None:
    draft = _port_with(
        383, "《上海口岸综合管理信息系统》（运维）", "上海口岸综合管理信息系统(运维)"
    )
    assert diff_projects(PORT, draft) == (
        ProjectChange(
            "上海口岸综合管理信息系统(运维)",
            "changed",
            fields=(
                FieldChange(
                    "name",
                    "《上海口岸综合管理信息系统》（运维）",
                    "上海口岸综合管理信息系统(运维)",
                    "changed",
                ),
            ),
            a_line=380,
            b_line=380,
        ),
    )


@pytest.mark.parametrize(("new", "kind"), [("≥80.00%", "weakened"), ("≥90.00%", "strengthened")])
def test_indicator_target_weakened_or_strengthened(new: str, kind: ChangeKind) -> None:
    # port line 339: 影响力目标 / 企业满意度 ≥85.00% in the first form
    draft = _port_with(339, "≥85.00%", new)
    assert diff_projects(PORT, draft) == (
        ProjectChange(
            "单一窗口运维",
            "changed",
            fields=(FieldChange("indicators[影响力目标/企业满意度].target", "≥85.00%", new, kind),),
            a_line=304,
            b_line=304,
        ),
    )


def test_equality_and_word_targets_are_just_changed() -> None:
    # 投入和管理目标 / 预算执行率, and 效果目标 / 通关效率提升情况 in words
    draft_text = replace_on_line(PORT_TEXT, 327, "=100.00%", "=95.00%")
    draft = budgetdiff.parse(replace_on_line(draft_text, 336, "有提升", "显著提升"))
    (change,) = diff_projects(PORT, draft)
    assert change.fields == (
        FieldChange(
            "indicators[投入和管理目标/预算执行率].target", "=100.00%", "=95.00%", "changed"
        ),
        FieldChange(
            "indicators[效果目标/通关效率提升情况].target", "有提升", "显著提升", "changed"
        ),
    )


def test_target_kinds() -> None:
    def t(text: str, op: str | None, number: str | None, unit: str | None = "%") -> Target:
        from decimal import Decimal

        return Target(text, op, Decimal(number) if number else None, unit)

    assert target_kind(t("≤5%", "≤", "5"), t("≤3%", "≤", "3")) == "strengthened"
    assert target_kind(t("≤5%", "≤", "5"), t("≤8%", "≤", "8")) == "weakened"
    assert target_kind(t("≥85%", "≥", "85"), t("≥85.00%", "≥", "85.00")) == "changed"
    assert target_kind(t("≥85%", "≥", "85"), t("≥85天", "≥", "85", "天")) == "changed"
    assert target_kind(t("≥85%", "≥", "85"), t("≤90%", "≤", "90")) == "changed"
    assert target_kind(t("100%", None, "100"), t("90%", None, "90")) == "changed"


def test_amounts_rounding_and_text_fields() -> None:
    # port line 317: 项目总预算 161770800 → 161770820 prints the same in 万元 (16,177.08)
    text = replace_on_line(PORT_TEXT, 317, "161770800\t\t", "161770820\t\t")
    text = replace_on_line(text, 317, "\t161770800\t", "\t171770800\t")  # 项目当年预算
    text = replace_on_line(text, 313, "单一窗口经费是", "单一窗口经费系")
    text = replace_on_line(text, 311, "63292537", "63292538")
    (change,) = diff_projects(PORT, budgetdiff.parse(text))
    assert change.kind == "changed"
    assert [(f.path, f.a, f.b, f.kind) for f in change.fields] == [
        ("phone", "63292537", "63292538", "changed"),
        ("total_budget", 161_770_800, 161_770_820, "rounding"),
        ("year_budget", 161_770_800, 171_770_800, "amount"),
        (
            "texts[项目概况]",
            PORT.projects[0].texts["项目概况"],
            PORT.projects[0].texts["项目概况"].replace("经费是", "经费系"),
            "changed",
        ),
    ]


def test_records_leave_out_lines_and_the_name() -> None:
    values = record(PORT.projects[2])
    assert "name" not in values and "lines" not in values
    assert values["components"]["上海口岸综合管理信息系统年度运维"] == (
        "《上海口岸综合管理信息系统》年度运维",
        449_970,
    )


def test_two_departments_share_no_project() -> None:
    # The port office's three forms and the cooperation office's three have nothing in
    # common. The most alike names, 上海口岸综合管理信息系统运维 and 合作交流综合信息服务平台
    # 建设运维, share only 综合信息…运维 (ratio 0.4, below 0.6), so every B project is
    # added and every A project removed; none is renamed.
    ratios = {
        (p.name, q.name): similarity(normalise(p.name or ""), normalise(q.name or ""))
        for p in PORT.projects
        for q in COOP.projects
    }
    assert max(ratios, key=lambda pair: ratios[pair]) == (
        "《上海口岸综合管理信息系统》（运维）",
        "合作交流综合信息服务平台建设(运维)",
    )
    assert max(ratios.values()) == pytest.approx(0.4)
    assert [(p.name, p.kind, p.a_line, p.b_line) for p in diff_projects(PORT, COOP)] == [
        ("上海市在外地投资企业工商注册数据采集与分析系统（2017年运维）", "added", None, 281),
        ("各地来沪投资数据采集与统计分析系统(运维)", "added", None, 323),
        ("合作交流综合信息服务平台建设(运维)", "added", None, 346),
        ("单一窗口运维", "removed", 304, None),
        ("口岸大通关工作经费", "removed", 344, None),
        ("《上海口岸综合管理信息系统》（运维）", "removed", 380, None),
    ]


def test_next_year_form_is_renamed_not_added() -> None:
    draft = budgetdiff.parse(replace_on_line(COOP_TEXT, 287, "2017年运维", "2018年运维"))
    (change,) = diff_projects(COOP, draft)
    assert (change.kind, change.name, change.old_name) == (
        "renamed",
        "上海市在外地投资企业工商注册数据采集与分析系统（2018年运维）",
        "上海市在外地投资企业工商注册数据采集与分析系统（2017年运维）",
    )


# -- properties ---------------------------------------------------------------------------

_FLIP: dict[str, str] = {
    "added": "removed",
    "removed": "added",
    "weakened": "strengthened",
    "strengthened": "weakened",
}


def _swapped(change: ProjectChange) -> tuple[object, ...]:
    """``change`` as the diff with sides swapped must report it (fields as a set; a path
    names a component or indicator as B prints it, so paths are compared normalised)."""
    kind = _FLIP.get(change.kind, change.kind)
    name, old = (change.old_name, change.name) if change.kind == "renamed" else (change.name, None)
    name = next((str(f.a) for f in change.fields if f.path == "name"), name)  # named as B has it
    fields = frozenset(
        (normalise(f.path), f.b, f.a, _FLIP.get(f.kind, f.kind)) for f in change.fields
    )
    return (name, kind, old, fields, change.b_line, change.a_line)


def _plain(change: ProjectChange) -> tuple[object, ...]:
    fields = frozenset((normalise(f.path), f.a, f.b, f.kind) for f in change.fields)
    return (change.name, change.kind, change.old_name, fields, change.a_line, change.b_line)


LINES = PORT_TEXT.split("\n")


@st.composite
def mutated_port(draw: st.DrawFn) -> str:
    """The port sample with a few lines of its forms edited, deleted or duplicated."""
    lines = list(LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        index = draw(st.integers(min_value=303, max_value=len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "edit", "digit"]))
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "digit":
            lines[index] = lines[index].replace(draw(st.sampled_from("0158")), "7", 1)
        else:
            at = draw(st.integers(min_value=0, max_value=len(lines[index])))
            new = draw(st.sampled_from(["≥", "9", "运维", "\t", "（", "项目", "x"]))
            lines[index] = lines[index][:at] + new + lines[index][at:]
    return "\n".join(lines)


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse(text: str) -> Document:
    try:
        return budgetdiff.parse(text)
    except NotABudgetDocument:
        assume(False)
        raise


@SETTINGS
@given(mutated_port())
def test_a_mutated_document_against_itself_has_no_changes(text: str) -> None:
    assert diff_projects(_parse(text), _parse(text)) == ()


@SETTINGS
@given(mutated_port())
def test_swapping_sides_swaps_a_and_b(text: str) -> None:
    draft = _parse(text)
    forward = {_swapped(c) for c in diff_projects(PORT, draft)}
    backward = {_plain(c) for c in diff_projects(draft, PORT)}
    assert forward == backward
