"""Consistency checks (勾稽关系) on the real samples and on drafts with planted errors.

A draft is a sample with a deliberate edit on a named source line (see
``conftest.replace_on_line``, which asserts the replaced text is on that line).
Each test states which identities the edit must break — and, as much, which
it must not: a false alarm costs as much trust as a miss.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.checks import run_checks
from budgetdiff.model import CheckResult, Document

ALL_CHECK_IDS = {
    "parse.unparsed",
    "tables.present",
    "table.unique_codes",
    "tables.total_present",
    "tree.sum",
    "row.sum",
    "finance_summary.balance",
    "finance_summary.items",
    "finance_summary.categories",
    "finance_summary.sources",
    "fiscal_summary.balance",
    "fiscal_summary.items",
    "fiscal_summary.categories",
    "fiscal_summary.income",
    "cross.income_expenditure",
    "cross.fiscal_income",
    "cross.general_public_within_expenditure",
    "cross.economic_basic",
    "sangong.sum",
    "sangong.economic_bound",
    "sangong.operating_cost_bound",
    "sangong.blank",
    "identity.department",
    "identity.placeholder",
    "identity.year",
    "narrative.facts_read",
    "narrative.totals",
    "narrative.categories",
    "narrative.sangong",
    "narrative.sangong_changes",
    "narrative.procurement",
    "projects.components",
    "projects.performance",
}


def not_passing(doc: Document) -> list[CheckResult]:
    return [check for check in check_report(doc) if check.status != "pass"]


def failing(doc: Document, check_id: str | None = None) -> list[CheckResult]:
    return [c for c in check_report(doc).failed if check_id is None or c.id == check_id]


def ids(checks: list[CheckResult]) -> set[str]:
    return {check.id for check in checks}


# --------------------------------------------------------------------------- the samples


@pytest.mark.parametrize("name", ["port", "coop"])
def test_samples_have_no_failures(docs, name):
    assert check_report(docs[name]).failed == ()


@pytest.mark.parametrize("name", ["port", "coop"])
def test_samples_run_every_identity(docs, name):
    assert ids(list(check_report(docs[name]))) == ALL_CHECK_IDS


def test_port_sample_is_clean(port_doc):
    assert not_passing(port_doc) == []


def test_coop_sample_warns_only_on_the_ambiguous_change(coop_doc):
    warnings = not_passing(coop_doc)
    assert len(warnings) == 2
    for check in warnings:
        assert (check.id, check.status, check.strict, check.line) == (
            "narrative.sangong_changes",
            "warn",
            False,
            259,
        )
        assert "比2016年预算增加减少13.9万元" in check.message
    # one says the phrase is self-contradictory, the other what the items add up to:
    # 0 + 19.7 − 33.6 = −13.9 (lines 261, 263, 265)
    assert any("增加 and 减少" in check.message for check in warnings)
    assert any("-13.9 万元" in check.message and "减少 13.9" in check.message for check in warnings)


def test_pass_results_count_their_instances(port_doc):
    (tree,) = [c for c in check_report(port_doc) if c.id == "tree.sum"]
    assert tree.status == "pass"
    assert "checked, all hold" in tree.message


def test_checks_are_a_step_of_their_own_after_parse(port_doc):
    import budgetdiff
    from budgetdiff.model import CheckReport

    report = budgetdiff.check(port_doc)
    assert isinstance(report, CheckReport)
    assert report.results == run_checks(port_doc)
    assert not hasattr(port_doc, "checks")  # parse returns only what it read


def test_a_replaced_document_is_checked_afresh(port_doc):
    """A table removed with ``replace`` is missing from the new document's checks: no stale
    results travel with a document."""
    from budgetdiff.record import replace

    tables = {k: v for k, v in port_doc.tables.items() if k != "fiscal_summary"}
    cut = replace(port_doc, tables=tables)
    assert cut != port_doc
    assert ("tables.present", "fiscal_summary") in {
        (c.id, c.table) for c in check_report(cut).failed
    }
    assert "tables.present" not in check_report(port_doc).failed_ids


# --------------------------------------------------------------------------- tree and row sums


@pytest.fixture(scope="module")
def basic_changed(port_text, edit):
    # line 146: 201 03 01 行政运行 13270,732 11663,914 1606,818 — 基本支出 +10 in the
    # expenditure table only (general_public line 191 keeps 11663,914)
    return budgetdiff.parse(edit(port_text, 146, "11663,914", "11663,924"))


def test_changed_cell_fails_only_tree_and_row_sums(basic_changed):
    assert ids(failing(basic_changed)) == {"tree.sum", "row.sum"}
    assert [c for c in not_passing(basic_changed) if c.status == "warn"] == []


def test_changed_cell_fails_the_parent_section(basic_changed):
    # 20103 (line 145) against its two 项; 201 and 合计 are compared with their direct
    # children (20103 and the 类), which did not change, so they still hold.
    (check,) = failing(basic_changed, "tree.sum")
    assert (check.table, check.code, check.line) == ("expenditure", "20103", 145)
    assert "基本支出" in check.message
    assert "11,663,914 元" in check.message
    assert "11,663,924 元" in check.message


def test_changed_cell_fails_its_row_sum(basic_changed):
    (check,) = failing(basic_changed, "row.sum")
    assert (check.table, check.code, check.line) == ("expenditure", "2010301", 146)
    assert "2010301" in check.message
    assert "line 146" in check.message
    # 合计 13,270,732 vs 11,663,924 + 1,606,818 = 13,270,742
    assert "13,270,732 元" in check.message
    assert "13,270,742 元" in check.message


def test_changed_total_row_fails_against_its_categories(port_text, edit):
    # line 163: 合计 194829,473 15906,334 178923,139 — 合计 and 基本支出 +10 (more than the
    # rounding of 5 printed whole-yuan figures), the row still adds up
    doc = budgetdiff.parse(edit(port_text, 163, "194829,473\t15906,334", "194829,483\t15906,344"))
    tree = failing(doc, "tree.sum")
    assert {(c.table, c.code, c.line) for c in tree} == {("expenditure", None, 163)}
    assert len(tree) == 2
    assert any("194,829,483 元" in c.message and "194,829,473 元" in c.message for c in tree)
    assert any("15,906,344 元" in c.message and "15,906,334 元" in c.message for c in tree)
    assert failing(doc, "row.sum") == []
    # the income table's 合计 (line 132) no longer matches
    (cross,) = failing(doc, "cross.income_expenditure")
    assert (cross.code, cross.line) == (None, 132)


def test_changed_drifted_total_fails(coop_text, edit):
    # line 243: 合计 30,248,466 24,738,466 5,510,000 (the economic table, one tab after 合计)
    doc = budgetdiff.parse(edit(coop_text, 243, "24,738,466", "24,738,476"))
    assert ids(failing(doc)) == {"tree.sum", "row.sum"}
    (row,) = failing(doc, "row.sum")
    assert (row.table, row.code, row.line) == ("economic", None, 243)
    assert "30,248,466 元" in row.message
    assert "30,248,476 元" in row.message


def test_one_yuan_off_is_rounding_not_an_error(port_text, edit):
    # domain.md: a 款 printed 1 yuan above the sum of its 项 is the rounding of hidden
    # decimals (half a printed unit per summed term); 10 yuan off is an error
    doc = budgetdiff.parse(edit(port_text, 163, "194829,473\t15906,334", "194829,474\t15906,335"))
    assert failing(doc, "tree.sum") == []
    (tree,) = [c for c in check_report(doc) if c.id == "tree.sum"]
    assert tree.status == "pass"
    assert "2 within rounding" in tree.message
    assert "expenditure 合计 合计 (line 163) 1 元 off" in tree.message


def test_income_row_sum(coop_text, edit):
    # line 88: 201 03 01 行政运行 26,912,226 21,332,226 _ _ 5,580,000 — 其他收入 changed
    # in one cell: the row no longer adds up to its 合计 and 20103 no longer to its 项
    doc = budgetdiff.parse(edit(coop_text, 88, "\t5,580,000", "\t5,580,100"))
    (row,) = failing(doc, "row.sum")
    assert (row.table, row.code, row.line) == ("income", "2010301", 88)
    assert "26,912,226 元" in row.message
    assert "26,912,326 元" in row.message
    (tree,) = failing(doc, "tree.sum")
    assert (tree.table, tree.code, tree.line) == ("income", "20103", 87)


# --------------------------------------------------------------------------- cross-table


@pytest.fixture(scope="module")
def income_shifted(port_text, edit):
    # +100 yuan to 2080599 in the income table, carried up consistently:
    # line 122 (2080599), 118 (20805), 117 (208) and the 合计 on line 132.
    text = edit(port_text, 122, "2,800\t2,800", "2,900\t2,900")
    text = edit(text, 118, "1317,404\t1317,404", "1317,504\t1317,504")
    text = edit(text, 117, "1317,404\t1317,404", "1317,504\t1317,504")
    text = edit(text, 132, "194829,473\t194829,473", "194829,573\t194829,573")
    return budgetdiff.parse(text)


def test_consistent_change_keeps_trees_whole(income_shifted):
    assert failing(income_shifted, "tree.sum") == []
    assert failing(income_shifted, "row.sum") == []


def test_consistent_change_fails_cross_tables(income_shifted):
    assert ids(failing(income_shifted)) == {
        "cross.income_expenditure",
        "cross.fiscal_income",
        "finance_summary.sources",
    }


def test_income_against_expenditure(income_shifted):
    checks = failing(income_shifted, "cross.income_expenditure")
    assert {(c.table, c.code, c.line) for c in checks} == {
        ("income", "2080599", 122),
        ("income", "20805", 118),
        ("income", "208", 117),
        ("income", None, 132),
    }
    (planted,) = [c for c in checks if c.code == "2080599"]
    assert "2,900 元" in planted.message
    assert "2,800 元" in planted.message
    assert "line 153" in planted.message  # the expenditure row it disagrees with
    (total,) = [c for c in checks if c.code is None]
    assert "194,829,573 元" in total.message
    assert "194,829,473 元" in total.message


def test_income_against_fiscal_tables(income_shifted):
    checks = failing(income_shifted, "cross.fiscal_income")
    assert {(c.code, c.line) for c in checks} == {
        ("2080599", 122),
        ("20805", 118),
        ("208", 117),
        (None, 132),
    }
    (planted,) = [c for c in checks if c.code == "20805"]
    assert "1,317,504 元" in planted.message
    assert "1,317,404 元" in planted.message


def test_finance_summary_against_income_sources(income_shifted):
    (check,) = failing(income_shifted, "finance_summary.sources")
    # line 95: 一、财政拨款收入 194829,473
    assert check.line == 95
    assert "194,829,473 元" in check.message
    assert "194,829,573 元" in check.message


def test_economic_total_against_general_public_basic(coop_text, edit):
    # a consistent +1,000 to 30201 办公费 (line 215), 302 (line 214) and 合计 (line 243)
    text = edit(coop_text, 215, "509,200\t\t509,200", "510,200\t\t510,200")
    text = edit(text, 214, "5,221,500\t\t5,221,500", "5,222,500\t\t5,222,500")
    text = edit(text, 243, "30,248,466\t24,738,466\t5,510,000", "30,249,466\t24,738,466\t5,511,000")
    doc = budgetdiff.parse(text)
    assert ids(failing(doc)) == {"cross.economic_basic"}
    (check,) = failing(doc, "cross.economic_basic")
    assert (check.table, check.line) == ("economic", 243)
    assert "30,249,466 元" in check.message
    assert "30,248,466 元" in check.message


def test_general_public_above_expenditure(coop_text, edit):
    # +1 to 行政运行 基本支出 in the general_public table (line 164), carried up consistently
    # to 20103 (line 163), 201 (line 162) and the 合计 (line 185); the expenditure table's
    # 行政运行 基本支出 (line 119) stays 21,332,226.
    text = edit(coop_text, 164, "21,332,226\t21,332,226", "21,332,227\t21,332,227")
    for line in (163, 162):
        text = edit(text, line, "34,234,410\t21,332,226", "34,234,411\t21,332,227")
    text = edit(text, 185, "43,596,950\t30,248,466", "43,596,951\t30,248,467")
    doc = budgetdiff.parse(text)
    assert failing(doc, "tree.sum") == []
    assert failing(doc, "row.sum") == []
    assert ids(failing(doc)) == {
        "cross.general_public_within_expenditure",
        "cross.fiscal_income",
        "cross.economic_basic",
        "fiscal_summary.categories",
        "fiscal_summary.income",
    }
    within = failing(doc, "cross.general_public_within_expenditure")
    assert {(c.table, c.code, c.line) for c in within} == {
        ("general_public", "2010301", 164),
        ("general_public", "20103", 163),
        ("general_public", "201", 162),
        ("general_public", None, 185),
    }
    (planted,) = [c for c in within if c.code == "2010301"]
    assert "基本支出" in planted.message
    assert "21,332,227 元" in planted.message
    assert "21,332,226 元" in planted.message
    assert "line 119" in planted.message


def test_two_sided_balance(port_text, edit):
    # line 101: 收入总计 194829,473 支出总计 194829,473 — 支出总计 +10
    doc = budgetdiff.parse(edit(port_text, 101, "支出总计\t194829,473", "支出总计\t194829,483"))
    assert ids(failing(doc)) == {"finance_summary.balance", "finance_summary.items"}
    (balance,) = failing(doc, "finance_summary.balance")
    assert balance.line == 101
    assert "194,829,473 元" in balance.message
    assert "194,829,483 元" in balance.message


# --------------------------------------------------------------------------- 三公


def test_sangong_sum(port_text, edit):
    # line 276: 142.05 84.15 47.4 … — 因公出国（境）费 84.15 → 85.15
    doc = budgetdiff.parse(edit(port_text, 276, "84.15", "85.15"))
    assert ids(failing(doc)) == {"sangong.sum"}
    (check,) = failing(doc, "sangong.sum")
    assert (check.table, check.line) == ("sangong", 276)
    # 合计 142.05 万元 vs 85.15 + 47.4 + 10.5 = 143.05 万元
    assert "1,420,500 元" in check.message
    assert "1,430,500 元" in check.message
    # the narrative still says 84.15 on line 284: a warning, not a failure
    (warning,) = [c for c in not_passing(doc) if c.status == "warn"]
    assert (warning.id, warning.line, warning.strict) == ("narrative.sangong", 284, False)
    assert "84.15 万元" in warning.message
    assert "851,500 元" in warning.message


def test_sangong_vehicle_subtotal(coop_text, edit):
    # line 253: 137.6 93.6 30 14 _ 14 551 — the empty 购置费 becomes 1
    doc = budgetdiff.parse(edit(coop_text, 253, "14\t\t14", "14\t1\t14"))
    (check,) = failing(doc, "sangong.sum")
    assert check.line == 253
    assert "140,000 元" in check.message
    assert "150,000 元" in check.message


def test_sangong_rounding_is_a_note_not_a_failure(port_text, edit):
    # 84.15 → 84.16: the parts exceed 合计 by 0.01 万元, within (3 + 1) × 0.005 万元
    doc = budgetdiff.parse(edit(port_text, 276, "84.15", "84.16"))
    (check,) = [c for c in check_report(doc) if c.id == "sangong.sum"]
    assert check.status == "pass"
    assert "within rounding" in check.message
    assert "100 元" in check.message


@pytest.fixture(scope="module")
def reception_raised(port_text, edit):
    # line 254: 302 17 公务接待费 36,000 — raised to 480,000, above 三公 公务接待费
    # 47.4 万元 = 474,000 (line 276); 30209 物业管理费 (line 247) lowered by the same
    # 444,000 so that the economic table still adds up.
    text = edit(port_text, 254, "36,000\t\t36,000", "480,000\t\t480,000")
    return budgetdiff.parse(edit(text, 247, "870,056\t\t870,056", "426,056\t\t426,056"))


def test_economic_line_above_sangong(reception_raised):
    assert ids(failing(reception_raised)) == {"sangong.economic_bound"}
    (check,) = failing(reception_raised, "sangong.economic_bound")
    assert (check.table, check.code, check.line) == ("economic", "30217", 254)
    assert "480,000 元" in check.message
    assert "474,000 元" in check.message


def test_economic_line_equal_to_sangong_passes(port_text, edit):
    text = edit(port_text, 254, "36,000\t\t36,000", "474,000\t\t474,000")
    doc = budgetdiff.parse(edit(text, 247, "870,056\t\t870,056", "432,056\t\t432,056"))
    assert check_report(doc).failed == ()


def test_operating_cost_above_public_expenses(port_text, edit):
    # line 276: 机关运行经费 422.08 → 422.09 万元 = 4,220,900 > 公用经费 4,220,802 (line 267)
    doc = budgetdiff.parse(edit(port_text, 276, "422.08", "422.09"))
    (check,) = failing(doc, "sangong.operating_cost_bound")
    assert check.line == 276
    assert "4,220,900 元" in check.message
    assert "4,220,802 元" in check.message


# --------------------------------------------------------------------------- forms


def test_component_amount(port_text, edit):
    # line 399: 《上海口岸综合管理信息系统》年度运维 449970 → 449980
    doc = budgetdiff.parse(edit(port_text, 399, "449970", "449980"))
    assert ids(failing(doc)) == {"projects.components"}
    (check,) = failing(doc, "projects.components")
    # the identity's subject is the form's 项目总预算 (line 393)
    assert (check.table, check.line) == ("projects", 393)
    assert "《上海口岸综合管理信息系统》（运维）" in check.message
    assert "999,970 元" in check.message
    assert "999,980 元" in check.message


def test_project_total(coop_text, edit):
    # line 339: 项目总预算（元） 200000 (components 156000 + 30000 + 14000, lines 342-344)
    doc = budgetdiff.parse(edit(coop_text, 339, "总预算（元）\t200000", "总预算（元）\t210000"))
    assert ids(failing(doc)) == {"projects.components"}
    (check,) = failing(doc, "projects.components")
    assert check.line == 339
    assert "210,000 元" in check.message
    assert "200,000 元" in check.message


# --------------------------------------------------------------------------- narrative


def test_narrative_total_warns(port_text, edit):
    # line 77: 预算支出总额为 19,483 万元 → 19,583; the table says 194,829,473 元
    doc = budgetdiff.parse(edit(port_text, 77, "总额为 19,483", "总额为 19,583"))
    assert check_report(doc).failed == ()
    (check,) = not_passing(doc)
    assert (check.id, check.status, check.strict, check.line) == (
        "narrative.totals",
        "warn",
        False,
        77,
    )
    assert "19,583 万元" in check.message
    assert "194,829,473 元" in check.message


@pytest.mark.parametrize(
    ("stated", "warns"),
    [
        ("19,483", False),  # 194,830,000 vs 194,829,473: 527 off, within 5,000
        # 194,829,473 元 is 19,482.9473 万元: cut, not rounded, it prints 19,482 (issue 16
        # item 12: a truncation note, never a failure); 19,481 is one more unit off.
        ("19,482", False),
        ("19,481", True),
        ("19,484", True),  # 194,840,000: 10,527 off
        ("19,483.0", True),  # one decimal printed: within 500 only
        ("19,482.9", False),  # 194,829,000: 473 off, within 500
    ],
)
def test_narrative_total_rounding(port_text, edit, stated, warns):
    doc = budgetdiff.parse(edit(port_text, 77, "总额为 19,483", f"总额为 {stated}"))
    warned = [c for c in not_passing(doc) if c.id == "narrative.totals"]
    assert bool(warned) == warns
    assert doc.narrative.budget_total.line == 77


def test_narrative_category_warns(coop_text, edit):
    # line 59: “住房保障支出”科目534万元 vs 类 221 5,337,720 元 in general_public
    doc = budgetdiff.parse(edit(coop_text, 59, "534万元", "543万元"))
    assert check_report(doc).failed == ()
    (check,) = [c for c in not_passing(doc) if c.id == "narrative.categories"]
    assert (check.status, check.line) == ("warn", 59)
    assert "543 万元" in check.message
    assert "5,337,720 元" in check.message


def test_narrative_change_direction(port_text, edit):
    # line 284: 比 2016 年预算增加 13.55 万元 → 减少: the items no longer add up to −0.45
    doc = budgetdiff.parse(edit(port_text, 284, "预算增加 13.55", "预算减少 13.55"))
    assert check_report(doc).failed == ()
    (check,) = [c for c in not_passing(doc) if c.id == "narrative.sangong_changes"]
    assert (check.status, check.line) == ("warn", 282)
    assert "-0.45" in check.message
    assert "-27.55" in check.message


def test_procurement_parts(port_text, edit):
    # line 296: 211.14 = 19.7 + 0 + 191.44 → 服务 192.44
    doc = budgetdiff.parse(edit(port_text, 296, "191.44", "192.44"))
    (check,) = [c for c in not_passing(doc) if c.id == "narrative.procurement"]
    assert check.line == 296
    assert "2,111,400 元" in check.message
    assert "2,121,400 元" in check.message


def test_narrative_rounding_and_truncation_are_notes_exactly():
    """19,483 万元 admits 194,825,000 up to 194,835,000 元 (half a unit either side) as
    rounding, and up to 194,839,999 元 (19,483.9999 cut at the unit) as truncation;
    194,840,000 and 194,824,999 are differences (docs/checks.md, the tolerance rule)."""
    from budgetdiff.checks.narrative import approx_finding
    from budgetdiff.model import Stated

    stated = Stated(Decimal("19483"), 77)

    def kind(amount: int) -> str | None:
        finding = approx_finding("x", stated, amount, "t")
        return (finding.note_kind if finding.note else "equal") if finding.holds else None

    assert kind(194_825_000) == "equal"  # 19,482.5 rounds half-up to 19,483
    assert kind(194_834_999) == "equal"
    assert kind(194_835_000) == "within rounding"  # exactly half a unit above
    assert kind(194_835_001) == "truncation"
    assert kind(194_839_999) == "truncation"
    assert kind(194_840_000) is None
    assert kind(194_824_999) is None


def test_unreadable_narrative_fact_warns(port_text):
    """A 预算绩效 statement the parser cannot read is named, not silently dropped."""
    text = port_text.replace("实行绩效目标管理的项目 13 个", "实行绩效目标管理的项目若干个", 1)
    doc = budgetdiff.parse(text)
    assert doc.narrative.performance is None
    warned = [c for c in check_report(doc) if c.id == "narrative.facts_read"]
    assert [(c.status, c.line) for c in warned] == [("warn", 300)]
    assert "四、预算绩效情况" in warned[0].message
