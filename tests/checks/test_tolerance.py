"""The tolerance rule (checks/tolerance.py, docs/checks.md "Tolerance"), on the worked
examples docs/checks.md gives, most of them figures of the real documents; and a share
forced to make 100% in a document built from the 财政局 2024 决算 (issue 16, item 12)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import budgetdiff
from budgetdiff.checks import tolerance
from budgetdiff.checks.final_accounts import final_accounts_findings
from budgetdiff.parser.pdf_reader import read_pdf
from tests.real.documents import REAL


@pytest.mark.parametrize(
    ("printed", "exact", "verdict"),
    [
        ("268.78", "268.776", "equal"),  # 2,687,760 元 rounded
        ("268.77", "268.776", "truncation"),  # the same cut at two places (the case)
        ("268.76", "268.776", "difference"),
        ("268.77", "268.775", "within rounding"),  # exactly half a unit off
        ("19483", "19482.9473", "equal"),  # 194,829,473 元 as 19,483 万元
        ("19482", "19482.9473", "truncation"),
        ("19481", "19482.9473", "difference"),
        ("19483.0", "19482.9473", "difference"),  # one decimal printed: 0.05 allowed
        ("-1.72", "-1.728", "truncation"),  # a negative figure is cut towards zero
    ],
)
def test_a_printed_figure_against_its_exact_value(printed: str, exact: str, verdict: str) -> None:
    assert tolerance.figure(D(printed), D(exact)) == verdict


def test_slack_for_the_figures_behind_the_exact_one() -> None:
    # a 类 printed 236.63 against 236.64 in a table whose 类 sums two printed 项
    assert tolerance.figure(D("236.63"), D("236.64")) == "difference"
    assert tolerance.figure(D("236.63"), D("236.64"), D("0.005")) == "within rounding"


def test_a_printed_total_against_its_printed_terms() -> None:
    # planning 决算 p12-13: 9746.50 against its five 类, 9746.49: (5 + 1) × 0.005 allowed
    terms = [D("754.75"), D("236.63"), D("3832.36"), D("4461.67"), D("461.08")]
    assert tolerance.total(D("9746.50"), terms) == "within rounding"
    assert tolerance.total(D("9746.50"), terms, D("0.005")) == "within rounding"
    assert tolerance.total(D("9746.53"), terms, D("0.005")) == "difference"  # 0.04 > 0.03
    assert tolerance.total(D("9746.49"), terms) == "equal"
    # yuan: 1,420,500 元 against 1,430,500 元 of parts in 0.01 万元 (50 元 a half-unit)
    assert tolerance.total(1_420_500, [1_000_000, 430_500], D(50)) == "difference"
    assert tolerance.total(1_420_550, [1_000_000, 420_500], D(50)) == "within rounding"


@pytest.mark.parametrize(
    ("stated", "part", "whole", "verdict"),
    [
        ("95.46", "9746.50", "10210.34", "equal"),  # 95.457…% rounded
        ("95.45", "9746.50", "10210.34", "truncation"),  # planning p21: cut
        ("99.86", "9746.50", "9759.38", "truncation"),  # planning p21: 99.868…% cut
        ("71.73", "2106.66", "2940.05", "difference"),  # finance p21: 71.65%
        ("13.68", "0.39", "2.85", "equal"),
        ("0.00", "0.00", "0.00", "not checkable"),  # 0 of a 0 budget
        ("95.89", "10.00", "0.00", "difference"),  # spent against a 0 budget
    ],
)
def test_a_percentage_against_its_two_printed_operands(
    stated: str, part: str, whole: str, verdict: str
) -> None:
    assert tolerance.percent(D(stated), D(part), D(whole)) == verdict


def test_a_percentage_within_the_rounding_of_its_operands() -> None:
    # 25.77 against 60.13 (a change of −34.36, each printed to 0.01): −57.143…%; the
    # operands' rounding allows −57.16% … −57.13%, so 57.15 is rounding, 57.20 is not
    part_half, whole_half = D("0.01"), D("0.005")
    change = D("-34.36")
    assert tolerance.percent(D("-57.14"), change, D("60.13"), part_half, whole_half) == "equal"
    assert (
        tolerance.percent(D("-57.15"), change, D("60.13"), part_half, whole_half)
        == "within rounding"
    )
    assert tolerance.percent(D("-57.20"), change, D("60.13"), part_half, whole_half) == (
        "difference"
    )
    assert tolerance.percent(D("-1.10"), change, D("60.13"), part_half, whole_half) == (
        "difference"
    )


def test_shares_forced_to_100() -> None:
    thirds = [D(100) / 3] * 3
    assert tolerance.forced_to_100([D("33.33"), D("33.33"), D("33.34")], thirds)
    assert not tolerance.forced_to_100([D("33.33"), D("33.33"), D("33.35")], thirds)
    assert not tolerance.forced_to_100([D("33.33"), D("33.33"), D("33.33")], thirds)
    # finance 决算: 79.49% and 20.51% of 2940.05, each rounded: nothing was forced
    assert not tolerance.forced_to_100(
        [D("79.49"), D("20.51")], [D("2336.91") / D("29.4005"), D("603.14") / D("29.4005")]
    )


def test_a_bound_on_a_printed_ceiling() -> None:
    # economic 30217 against the 三公 公务接待费 printed 48.00 万元 (480,000 元)
    assert tolerance.bound(480_000, 480_000, D(50)) == "equal"
    assert tolerance.bound(480_040, 480_000, D(50)) == "within rounding"
    assert tolerance.bound(480_060, 480_000, D(50), cut_ceiling=True) == "truncation"
    assert tolerance.bound(480_060, 480_000, D(50)) == "difference"
    assert tolerance.bound(480_100, 480_000, D(50), cut_ceiling=True) == "difference"


def test_each_note_kind_holds_under_its_own_name() -> None:
    for kind in tolerance.NOTE_KINDS:
        finding = tolerance.judged("x", kind, "message", "the note")
        assert (finding.holds, finding.note, finding.note_kind) == (True, "the note", kind)
    assert tolerance.judged("x", "equal", "message").note is None
    assert not tolerance.judged("x", "difference", "message").holds


def test_a_share_forced_to_make_100_is_a_note() -> None:
    """The 财政局 决算's p21 二 rewritten: 本年收入合计 3000.00 万元 of three 1000.00 万元 sources,
    printed 33.33%, 33.33% and 33.34% (rounding gives 33.33% thrice, 99.99%): the third
    share was forced to make 100.00%, a note; printed 33.35% it is a failure."""
    path = REAL / "sh-putuo-finance-2024-final.pdf"
    text = read_pdf(path.read_bytes(), str(path)).tab_text()[0]
    original = (
        "本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他\n"
        "收入6.2万元，占0.21%；"
    )
    assert text.count(original) == 1

    def shares(last: str) -> list[tuple[bool, str, str]]:
        edited = text.replace(
            original,
            "本年收入合计3000.00万元，其中： 财政拨款收入1000.00万元，占33.33%；事业收入"
            f"1000.00万元，占33.33%；其他\n收入1000.00万元，占{last}%；",
        )
        findings = final_accounts_findings(budgetdiff.parse(edited))
        return [
            (f.holds, f.note_kind if f.note else "", f.message)
            for f in findings
            if f.id == "final.narrative.shares" and "收入 1000.00 万元" in f.message
        ]

    found = shares("33.34")
    assert [(holds, kind) for holds, kind, _ in found] == [(True, "")] * 2 + [
        (True, "forced to 100")
    ]
    found = shares("33.35")
    assert [(holds, kind) for holds, kind, _ in found] == [(True, "")] * 2 + [(False, "")]
    assert "其他收入 1000.00 万元 is 33.35%" in found[2][2]
