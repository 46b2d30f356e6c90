"""The JSON contract (docs/json.md) on both samples: keys, types and exact figures."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import budgetdiff
from budgetdiff.export.json_export import amount, document_dict, dumps

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture(params=SAMPLES, ids=lambda path: path.stem)
def exported(request: pytest.FixtureRequest) -> dict[str, Any]:
    document = budgetdiff.load(request.param)
    data: dict[str, Any] = json.loads(dumps(document_dict(document)))
    return data


def test_top_level_keys(exported: dict[str, Any]) -> None:
    assert exported["schema"] == "budgetdiff.document/1"
    assert set(exported) >= {
        "department",
        "year",
        "kind",
        "source",
        "tables",
        "sangong",
        "projects",
        "sections",
        "checks",
        "unparsed",
        "narrative",
    }
    assert set(exported["source"]) == {"path", "sha256", "encoding", "reader"}
    assert len(exported["source"]["sha256"]) == 64
    assert isinstance(exported["year"], int)
    assert exported["unparsed"] == []


def test_tables_have_rows_with_codes_levels_and_lines(exported: dict[str, Any]) -> None:
    tables = exported["tables"]
    assert list(tables) == [
        "finance_summary",
        "income",
        "expenditure",
        "fiscal_summary",
        "general_public",
        "gov_fund",
        "economic",
    ]
    for table in tables.values():
        assert {"title", "unit", "columns", "rows", "total"} <= set(table)
        for row in table["rows"]:
            assert set(row["values"]) <= set(table["columns"])
            assert isinstance(row["line"], int)
            for value in row["values"].values():
                assert value is None or isinstance(value, int)
        if table["kind"] == "classification":
            for row in table["rows"]:
                assert row["level"] == {3: "类", 5: "款", 7: "项"}[len(row["code"])]
    finance = tables["finance_summary"]
    assert finance["income_total"] == finance["expenditure_total"]
    assert {"income_items", "expenditure_items"} <= set(finance)


def test_sangong_projects_checks_shapes(exported: dict[str, Any]) -> None:
    sangong = exported["sangong"]
    for name in (
        "合计",
        "因公出国（境）费",
        "公务接待费",
        "公务用车购置及运行费",
        "公务用车购置费",
        "公务用车运行费",
        "机关运行经费",
    ):
        assert sangong[name] is None or isinstance(sangong[name], int)
    assert "prior_year" in sangong
    for project in exported["projects"]:
        assert {
            "name",
            "type",
            "use",
            "total_budget",
            "year_budget",
            "last_year_budget",
            "components",
            "indicators",
        } <= set(project)
        for component in project["components"]:
            assert set(component) >= {"name", "amount"}
        for indicator in project["indicators"]:
            assert set(indicator) >= {"category", "name", "target"}
    for check in exported["checks"]:
        assert check["status"] in ("pass", "warn", "fail")
        assert check["id"] and check["message"]
    for section in exported["sections"]:
        assert set(section) >= {"title", "text", "line"}


def test_exact_figures_of_the_port_office() -> None:
    data = document_dict(budgetdiff.load(ROOT / "samples" / "shanghai-port-office-2017.txt"))
    assert data["department"] == "上海市口岸服务办公室"
    assert data["kind"] == "部门预算"
    expenditure = data["tables"]["expenditure"]
    assert expenditure["total"] == {"合计": 194829473, "基本支出": 15906334, "项目支出": 178923139}
    row = next(r for r in expenditure["rows"] if r["code"] == "2010302")
    assert row == {
        "code": "2010302",
        "level": "项",
        "name": "一般行政管理事务",
        "values": {"合计": 177139745, "基本支出": None, "项目支出": 177139745},
        "line": 147,
    }
    assert data["sangong"]["合计"] == 1420500
    assert data["sangong"]["prior_year"]["合计"] == 1425000
    assert data["tables"]["gov_fund"]["note"].startswith("注：上海市口岸服务办公室")
    assert data["projects"][2]["components"][3] == {
        "name": "《上海口岸综合管理信息系统》年度运维",
        "amount": 449970,
        "line": 399,
    }
    assert data["narrative"]["budget_total"] == {"amount": 194830000, "wan": "19483", "line": 77}


def test_cooperation_ambiguous_change_has_no_guess() -> None:
    data = document_dict(budgetdiff.load(ROOT / "samples" / "shanghai-cooperation-office-2017.txt"))
    total = data["narrative"]["sangong_changes"][0]
    assert total["direction"] == "ambiguous"
    assert total["change"] is None and total["previous"] is None
    assert data["sangong"]["prior_year"]["合计"] is None
    assert data["sangong"]["公务用车购置费"] is None


def test_amounts_are_exact_numbers() -> None:
    assert amount(1420500) == 1420500
    assert amount(Decimal("1420500.00")) == 1420500
    assert amount(Decimal("1234.56")) == 1234.56
    assert json.dumps(amount(Decimal("1234.56"))) == "1234.56"
    assert amount(Decimal("0.1234567890123456789")) == "0.1234567890123456789"
    assert amount(None) is None


def test_dumps_escapes_c1_controls() -> None:
    assert dumps({"x": "a\x9bb\x1b"}, indent=None) == '{"x": "a\\u009bb\\u001b"}'


def test_diff_json_contract() -> None:
    """budgetdiff.diff/1 on the two samples: the keys of docs/json.md and exact figures."""
    from budgetdiff.diffing import diff
    from budgetdiff.render.diff_json import render_json

    a = budgetdiff.load(ROOT / "samples" / "shanghai-port-office-2017.txt")
    b = budgetdiff.load(ROOT / "samples" / "shanghai-cooperation-office-2017.txt")
    data = json.loads(render_json(diff(a, b)))
    assert data["schema"] == "budgetdiff.diff/1"
    assert set(data) == {
        "schema",
        "a",
        "b",
        "comparison",
        "unread",
        "reading",
        "identical",
        "identity",
        "cells",
        "rows",
        "rollups",
        "tables",
        "columns",
        "totals",
        "execution",
        "budgets",
        "sangong",
        "sangong_stated",
        "stated_previous",
        "projects",
        "text",
        "checks",
    }
    assert set(data["a"]) == {"path", "department", "year", "kind"}
    assert data["comparison"] == "other_department" and data["identical"] is False
    for cell in data["cells"]:
        assert {"table", "code", "name", "column", "a", "b", "delta", "pct"} <= set(cell)
        assert cell["delta"] == (cell["b"] or 0) - (cell["a"] or 0)
    one_sided = {
        (r["table"], r["code"]) for r in data["rows"] if r["change"] in ("added", "removed")
    }
    assert not one_sided & {(c["table"], c["code"]) for c in data["cells"]}
    total = next(s for s in data["sangong"] if s["item"] == "合计")
    assert (total["a"], total["b"], total["delta"]) == (1420500, 1376000, -44500)
    assert set(data["checks"]) == {
        "a",
        "b",
        "new",
        "fixed",
        "warning_in_b",
        "not_checked_in_a",
        "not_checked_in_b",
    }
    assert set(data["reading"]) == {"a", "b", "partly_read", "doubtful"}
    reading = {"partly": False, "unparsed": 0, "lines": 323, "unread_pages": []}
    assert data["reading"]["a"] == reading
