"""The narrative facts of the real budgets (issue 8): per-项 statements and totals.

The expected figures come from tests/real/expected/, written down from the page
images. Each PDF is read as the parser sees it (read_pdf → tab_text → parse);
its ``pdftotext -layout`` text, when pdftotext is installed, must give the same
facts.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

import budgetdiff
from budgetdiff.model import Document, Narrative, Stated, StatedChange
from budgetdiff.parser.pdf_reader import read_pdf
from tests.real.documents import BUDGETS, REAL, expected

TOTALS = {
    # Narrative field: (the total's name in the model, wanli/commerce key, govoffice "what")
    "income_total": ("收入预算", "income_total", "收入预算"),
    "fiscal_income": ("财政拨款收入", "fiscal_income", "财政拨款收入"),
    "budget_total": ("支出预算", "expenditure_total", "支出预算"),
    "fiscal_total": ("财政拨款支出预算", "fiscal_expenditure", "财政拨款支出预算"),
    "general_public_total": (
        "一般公共预算拨款支出预算",
        "general_public",
        "一般公共预算拨款支出预算",
    ),
    "gov_fund_total": ("政府性基金拨款支出预算", "gov_fund", "政府性基金拨款支出预算"),
    "state_capital_total": (
        "国有资本经营预算拨款支出预算",
        "state_capital",
        "国有资本经营预算拨款支出预算",
    ),
}
Origin = dict[int, tuple[int, int]]
PdfDocs = dict[str, tuple[Document, Origin]]
Change = tuple[str, str | None, str | None]
"""(direction, figure as printed without separators, base words such as 预算执行数)."""


def _printed(figure: str | None) -> str | None:
    return None if figure is None else figure.replace(",", "")


def _base(words: str) -> str:
    """``比2023年预算执行数`` → ``预算执行数``."""
    return words.split("年", 1)[1]


def expected_items(stem: str) -> list[dict[str, Any]]:
    """The per-项 statements of the page images, in one shape for every module."""
    module = expected(stem)
    items = []
    if hasattr(module, "NARRATIVE_ITEMS"):
        for item in module.NARRATIVE_ITEMS:
            change = item["change"]
            items.append(
                {
                    "names": (item["lei"], item["kuan"], item["xiang"]),
                    "code": item["code"],
                    "page": item["page"],
                    "amount": _printed(item["amount"]),
                    "previous": _printed(item["previous_executed"]),
                    "planned": _printed(item["planned"]),
                    "change": None
                    if change is None
                    else (change[0], change[1] and change[1].rstrip("%"), "预算执行数"),
                }
            )
        return items
    for item in module.NARRATIVE["items"]:
        items.append(
            {
                "names": (item["class"], item["kuan"], item["xiang"]),
                "code": item["code"],
                "page": item["page"],
                "amount": _printed(item["amount"]),
                "previous": None,
                "planned": None,
                "change": None,
            }
        )
    return items


def expected_totals(stem: str) -> tuple[dict[str, str], dict[str, Change]]:
    """The totals of 预算编制说明 (field → figure) and their changes (name → change)."""
    narrative = expected(stem).NARRATIVE
    figures: dict[str, str] = {}
    changes: dict[str, Change] = {}
    if "totals" in narrative:
        by_what = {total["what"]: total for total in narrative["totals"]}
        for field, (name, _, what) in TOTALS.items():
            total = by_what[what]
            figures[field] = total["amount"].replace(",", "")
            if total["change"] is not None:
                words, direction, figure = total["change"]
                changes[name] = (direction, _printed(figure), _base(words))
        return figures, changes
    for field, (name, key, _) in TOTALS.items():
        figures[field] = narrative[key].replace(",", "")
        if (change := narrative.get(f"{key}_change")) is not None:
            direction, figure, words = change
            changes[name] = (direction, _printed(figure), _base(words))
    return figures, changes


def expected_sangong(stem: str) -> dict[str, tuple[str, Change]]:
    """The 三公 statements: item → (figure, change)."""
    narrative = expected(stem).NARRATIVE
    result: dict[str, tuple[str, Change]] = {}
    if "sangong" in narrative:
        for what, figure, (words, direction, magnitude) in narrative["sangong"]["statements"]:
            item = "合计" if what == "“三公”经费预算数" else what
            result[item] = (figure, (direction, _printed(magnitude), _base(words)))
        return result
    direction, magnitude, words = narrative["sangong_total_change"]
    result["合计"] = (narrative["sangong_total"], (direction, magnitude, _base(words)))
    for item, (figure, (direction, magnitude)) in narrative["sangong_items"].items():
        result[item] = (figure, (direction, magnitude, _base(words)))
    return result


def _wan(stated: Stated | None) -> str | None:
    return None if stated is None else str(stated.wan)


def _change(change: StatedChange | None) -> Change | None:
    if change is None:
        return None
    figure = change.percent if change.percent is not None else change.magnitude
    return (change.direction, None if figure is None else str(figure), change.base)


def read(stem: str) -> tuple[Document, Origin]:
    path = REAL / f"{stem}.pdf"
    text, origin = read_pdf(path.read_bytes(), str(path)).tab_text()
    return budgetdiff.parse(text), origin


@pytest.fixture(scope="module")
def pdf_docs() -> PdfDocs:
    return {stem: read(stem) for stem in BUDGETS}


@pytest.fixture(scope="module")
def layout_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    folder = tmp_path_factory.mktemp("layout")
    docs = {}
    for stem in BUDGETS:
        out = folder / f"{stem}.txt"
        subprocess.run(["pdftotext", "-layout", str(REAL / f"{stem}.pdf"), str(out)], check=True)
        docs[stem] = budgetdiff.load(out)
    return docs


def _facts(narrative: Narrative) -> list[dict[str, Any]]:
    return [
        {
            "names": item.names,
            "amount": _wan(item.amount),
            "previous": _wan(item.previous),
            "planned": _wan(item.planned),
            "change": _change(item.change),
        }
        for item in narrative.items
    ]


def _without(items: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    return [{key: value for key, value in item.items() if key not in keys} for item in items]


@pytest.mark.parametrize("stem", BUDGETS)
def test_per_item_statements_from_the_pdf(pdf_docs: PdfDocs, stem: str) -> None:
    document, origin = pdf_docs[stem]
    want = expected_items(stem)
    assert _facts(document.narrative) == _without(want, "code", "page")
    assert [item.code for item in document.narrative.items] == [item["code"] for item in want]
    assert [origin[item.line][0] for item in document.narrative.items] == [
        item["page"] for item in want
    ]


@pytest.mark.parametrize("stem", BUDGETS)
def test_per_item_codes_name_the_expenditure_rows(pdf_docs: PdfDocs, stem: str) -> None:
    document, _ = pdf_docs[stem]
    table = document.code_table("expenditure")
    assert len(document.narrative.items) == len(expected_items(stem))
    for item in document.narrative.items:
        assert item.code is not None
        row = table.get(item.code)
        assert row is not None and row.level == "项"
        assert row.name == item.names[-1]


def test_every_item_of_wanli_is_read_whole_across_line_and_page_breaks(pdf_docs: PdfDocs) -> None:
    # item 12 continues on a new paragraph; items 14, 24 and 31 wrap their figures
    # (“增加” / “28.89%”, “执行数为” / “1899.77万元”).
    items = {item.code: item for item in pdf_docs["sh-putuo-wanli-2024-dept"][0].narrative.items}
    assert _change(items["2080501"].change) == ("增加", "19.75", "预算执行数")
    assert _change(items["2080505"].change) == ("增加", "28.89", "预算执行数")
    assert _wan(items["2120101"].previous) == "1899.77"
    housing = items["2210201"]
    assert (_wan(housing.amount), _wan(housing.planned), _wan(housing.previous)) == (
        "350.35",
        "352.67",
        "348.52",
    )
    assert housing.planned is not None and housing.previous is not None
    assert housing.planned.line == housing.previous.line


@pytest.mark.parametrize("stem", BUDGETS)
def test_totals_and_their_changes(pdf_docs: PdfDocs, stem: str) -> None:
    narrative = pdf_docs[stem][0].narrative
    figures, changes = expected_totals(stem)
    assert {field: _wan(getattr(narrative, field)) for field in figures} == figures
    assert {change.item: _change(change) for change in narrative.total_changes} == changes


@pytest.mark.parametrize("stem", BUDGETS)
def test_sangong_statements(pdf_docs: PdfDocs, stem: str) -> None:
    narrative = pdf_docs[stem][0].narrative
    want = expected_sangong(stem)
    got = {c.item: (_wan(c.current), _change(c)) for c in narrative.sangong_changes}
    assert got == want


@pytest.mark.parametrize("stem", BUDGETS)
def test_operating_cost_procurement_and_performance(pdf_docs: PdfDocs, stem: str) -> None:
    narrative = pdf_docs[stem][0].narrative
    module = expected(stem).NARRATIVE
    if "operating_costs" in module:
        operating = module["operating_costs"]["amount"]
        procurement = module["procurement"]
        performance = module["performance"]
        count, amount, units = performance["projects"], performance["amount"], None
    else:
        operating = module["agency_running_cost"]
        procurement = {
            **module["procurement"],
            "sme_reserved": module.get("procurement_sme_reserved"),
            "small_micro_reserved": module.get("procurement_small_micro_reserved"),
        }
        performance = module["performance_projects"]
        count, amount, units = performance["count"], performance["amount"], performance["units"]
    assert _wan(narrative.operating_cost) == operating
    assert narrative.procurement is not None
    for part in ("total", "goods", "works", "services", "sme_reserved", "small_micro_reserved"):
        assert _wan(getattr(narrative.procurement, part)) == procurement.get(part), part
    assert narrative.performance is not None
    assert (narrative.performance.project_count, _wan(narrative.performance.amount)) == (
        count,
        amount,
    )
    if units is not None:
        assert narrative.performance.units == units


def test_wrapped_procurement_figure_keeps_its_own_line(pdf_docs: PdfDocs) -> None:
    # 政府采购服务预算 / 752.59万元。 (page 32): the figure is on the next line.
    document, origin = pdf_docs["sh-putuo-wanli-2024-dept"]
    procurement = document.narrative.procurement
    assert procurement is not None and procurement.services is not None
    assert procurement.total is not None
    assert procurement.services.line == procurement.total.line + 1
    assert origin[procurement.services.line][0] == 32


@pytest.mark.parametrize("stem", BUDGETS)
def test_layout_text_gives_the_same_facts(
    pdf_docs: PdfDocs, layout_docs: dict[str, Document], stem: str
) -> None:
    pdf, layout = pdf_docs[stem][0].narrative, layout_docs[stem].narrative
    assert len(pdf.items) == len(expected_items(stem))
    assert _facts(layout) == _facts(pdf)
    assert [_change(c) for c in layout.total_changes] == [_change(c) for c in pdf.total_changes]
    assert [(c.item, _wan(c.current), _change(c)) for c in layout.sangong_changes] == [
        (c.item, _wan(c.current), _change(c)) for c in pdf.sangong_changes
    ]
    for field in (*TOTALS, "sangong_total", "operating_cost"):
        assert _wan(getattr(layout, field)) == _wan(getattr(pdf, field)), field


@pytest.mark.parametrize("stem", BUDGETS)
def test_layout_text_resolves_the_same_codes(
    pdf_docs: PdfDocs, layout_docs: dict[str, Document], stem: str
) -> None:
    codes = [item["code"] for item in expected_items(stem)]
    assert [item.code for item in pdf_docs[stem][0].narrative.items] == codes
    assert [item.code for item in layout_docs[stem].narrative.items] == codes
