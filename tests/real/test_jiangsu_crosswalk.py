"""Three years of three Jiangsu departments across the classification changes they cross
(issue 18, item 5), on the ground truth (tests/real/expected/js_prov_*.py: what the nine
部门预算 print, copied from their page images).

Each document's coded tables (一般公共预算支出预算表 by function, 一般公共预算基本支出预算表
by economic code), its summary table's function 类 (收支预算总表, labelled items) and its
narrative's per-项 statements (``…（项）1,895万元，比上年减少134万元``) are built from its
module, and consecutive years are diffed with the package's crosswalk
(src/budgetdiff/data/classification_crosswalk.toml). What must come out:

- the procuratorate's 2017 2040404 查办和预防职务犯罪 + 2040405 公诉和审判监督 + 2040406 侦查监督
  + 2040499 其他检察支出 (480 + 150 + 100 + 1,299 万元) merged into 2018's 2040405
  (1,895), which its 2018 narrative compares with 2,029; that 2040405 renumbered 2040410
  检察监督 in 2019 (1,185.60, compared with 1,895); 2040450 and 2040499 new 项 in 2019;
- the 2018 economic classification: 30104 → 30112 and 30311 → 30113 renumbered, 30312 提租补贴
  merged into 30102 津贴补贴, 30307 医疗费 split into 30114 医疗费 and 30307 医疗费补助 (the
  high court prints both parts, the others 30114 alone);
- the 2019 renames of 类 207, 210 and 220 in the summary tables of the high court and the
  procuratorate (the CPPCC office's 2019 summary keeps the 2018 names: nothing to match);
- every previous-year figure the later narrative states agrees with the earlier document,
  across those changes, but the high court's 2018 2040502 (减少 392.92 where 2017 printed
  6,432.89: its ground truth's documented error).

These hold on the transcribed figures whatever the parser does; the last test runs the
same diff on the PDFs once the parser reads the Jiangsu template (until then it is skipped,
saying so).
"""

from __future__ import annotations

import importlib
import re
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import budgetdiff
from budgetdiff.diffing.model import Diff
from budgetdiff.model import (
    LEVEL_OF_LENGTH,
    CheckReport,
    CodeTable,
    Document,
    ItemFigure,
    Narrative,
    Row,
    SideItem,
    Source,
    Stated,
    StatedChange,
    Table,
    TwoSidedTable,
)
from budgetdiff.money import yuan_of_wan

DEPARTMENTS = ("procuratorate", "highcourt", "cppccoffice")
REAL2 = Path(__file__).resolve().parents[3] / "shared" / "real2"


def _module(department: str, year: int) -> ModuleType:
    return importlib.import_module(f"tests.real.expected.js_prov_{department}_{year}_dept")


def _wan(printed: str | None) -> Decimal | None:
    return None if printed is None else Decimal(printed.replace(",", ""))


def _yuan(printed: str | None) -> int | Decimal | None:
    wan = _wan(printed)
    return None if wan is None else yuan_of_wan(wan)


def _code_table(module: ModuleType, concept: str, classification: str, first: int) -> CodeTable:
    """A coded table, its rows on lines from ``first`` on (one line a row, as printed)."""
    printed = module.TABLES[concept]
    column = printed["columns"][0]
    rows, total = [], None
    for line, (code, name, amount) in enumerate(printed["rows"], first):
        values = {column: _yuan(amount)}
        if code is None:
            total = values
        else:
            rows.append(Row(code, LEVEL_OF_LENGTH[len(code)], name, values, line))
    return CodeTable(
        concept,
        printed["heading"],
        first - 1,
        "万元",
        classification,
        (column,),
        tuple(rows),
        total,
        first + len(printed["rows"]),
    )


_ITEM = re.compile(r"^(?P<ordinal>[一二三四五六七八九十]+)、(?P<label>.+)$")


def _summary(module: ModuleType) -> TwoSidedTable:
    """The summary table's function 类 (功能分类, labelled items) as its expenditure side."""
    items = []
    for line, (name, amount) in enumerate(module.TABLES["finance_summary"]["function_items"], 1):
        found = _ITEM.match(name)
        assert found is not None, name
        values = {"金额": _yuan(amount)}
        items.append(SideItem(name, found["label"], found["ordinal"], 1, values, line))
    return TwoSidedTable(
        "finance_summary", "收支预算总表", 1, "万元", ("金额",), ("金额",), (), tuple(items)
    )


_WORDS = {"增加": "增加", "减少": "减少"}


def _items(module: ModuleType) -> tuple[ItemFigure, ...]:
    """The narrative's per-项 statements: amount, and the stated change against 上年."""
    year = module.IDENTITY["year"]
    found = []
    for item in getattr(module, "NARRATIVE_ITEMS", ()):
        amount = Stated(_wan(item["amount"]), 1)
        change = None
        if item["change"] is not None:
            word, magnitude, _ = item["change"]
            if word in _WORDS or "一致" in word:
                direction = _WORDS.get(word, "持平")
                change = StatedChange(
                    item["printed"],
                    amount,
                    direction,
                    _wan(magnitude),
                    year - 1,
                    word,
                    1,
                )
        found.append(ItemFigure((item["printed"],), item["code"], amount, 1, change=change))
    return tuple(found)


def document(department: str, year: int) -> Document:
    module = _module(department, year)
    tables: dict[str, Table] = {
        "finance_summary": _summary(module),
        "general_public": _code_table(module, "general_public", "functional", 100),
        "economic": _code_table(module, "economic", "economic", 200),
    }
    return Document(
        module.IDENTITY["department"],
        year,
        "部门预算",
        1,
        Source(f"{module.__name__}.py", "", "utf-8"),
        tables,
        narrative=Narrative(items=_items(module)),
    )


def diff(department: str, a: int, b: int) -> Diff:
    return budgetdiff.diff(
        document(department, a), document(department, b), checks=(CheckReport(), CheckReport())
    )


def changes(found: Diff, table: str) -> dict[str, Any]:
    """What the diff of ``table`` says: the groups the classification joined (kind, A's
    codes, B's codes, A's sum, B's sum in 万元, by which classifications), and the rows
    added and removed."""
    groups, added, removed = [], set(), set()
    for row in found.rows:
        if row.table != table:
            continue
        if row.kind == "added":
            added.add(row.code)
        elif row.kind == "removed":
            removed.add(row.code)
        elif row.reclassified is not None:
            column = next(iter(row.values))
            change = row.change(column)
            assert change is not None, row
            groups.append(
                (
                    row.kind,
                    tuple(c.code for c in row.reclassified.old),
                    tuple(c.code for c in row.reclassified.new),
                    Decimal(change.a or 0) / 10_000,
                    Decimal(change.b or 0) / 10_000,
                    row.reclassified.label,
                )
            )
        else:
            raise AssertionError(f"unexpected {row.kind} row {row.code}")
    return {"groups": groups, "added": added, "removed": removed}


Y18, Y19 = "the 2018 classification", "the 2019 classification"

FUNCTION = {
    ("procuratorate", 2017, 2018): {
        "groups": [
            (
                "merged",
                ("2040404", "2040405", "2040406", "2040499"),
                ("2040405",),
                Decimal("2029"),
                Decimal("1895"),
                Y18,
            )
        ],
        "added": {"2080505", "2080506"},
        "removed": set(),
    },
    ("procuratorate", 2018, 2019): {
        "groups": [("moved", ("2040405",), ("2040410",), Decimal("1895"), Decimal("1185.6"), Y19)],
        "added": {"2040450", "2040499"},
        "removed": set(),
    },
    ("highcourt", 2017, 2018): {"groups": [], "added": {"2080505", "2080506"}, "removed": set()},
    ("highcourt", 2018, 2019): {"groups": [], "added": set(), "removed": set()},
    ("cppccoffice", 2017, 2018): {"groups": [], "added": {"2080505", "2080506"}, "removed": set()},
    ("cppccoffice", 2018, 2019): {"groups": [], "added": set(), "removed": set()},
}


def _allowances(a: str, b: str) -> tuple[object, ...]:
    """30102 津贴补贴 + 30312 提租补贴 (2017) into 30102 (2018)."""
    return ("merged", ("30102", "30312"), ("30102",), Decimal(a), Decimal(b), Y18)


def _moved(old: str, new: str, a: str, b: str) -> tuple[object, ...]:
    return ("moved", (old,), (new,), Decimal(a), Decimal(b), Y18)


ECONOMIC = {
    ("procuratorate", 2017, 2018): {
        "groups": [
            _allowances("4625.76", "5081.98"),
            _moved("30104", "30112", "75.64", "78.09"),
            _moved("30311", "30113", "784.22", "1073.77"),
            _moved("30307", "30114", "49.68", "49.68"),
        ],
        "added": {"30108", "30109", "30199"},
        "removed": set(),
    },
    ("procuratorate", 2018, 2019): {"groups": [], "added": {"30216"}, "removed": set()},
    ("highcourt", 2017, 2018): {
        "groups": [
            _allowances("6180.59", "6494.6"),
            _moved("30104", "30112", "64.8", "74.56"),
            _moved("30311", "30113", "1029.15", "1398.26"),
            ("split", ("30307",), ("30114", "30307"), Decimal("334.43"), Decimal("336.08"), Y18),
        ],
        "added": {"30108", "30109"},
        "removed": {"30304"},
    },
    ("highcourt", 2018, 2019): {"groups": [], "added": set(), "removed": set()},
    ("cppccoffice", 2017, 2018): {
        "groups": [
            _allowances("2015.53", "1863.72"),
            _moved("30311", "30113", "341.75", "391.66"),
            _moved("30307", "30114", "20.4", "20.16"),
        ],
        "added": {"30108", "30109", "30216"},
        "removed": {"30229"},
    },
    ("cppccoffice", 2018, 2019): {
        "groups": [],
        "added": {"30199"},
        "removed": {"30215", "30216", "30217"},
    },
}


def test_the_function_codes_of_one_year_become_the_next_years():
    # every department and pair of years, those that cross no change of a code among them
    found = {pair: changes(diff(*pair), "general_public") for pair in FUNCTION}
    assert found == FUNCTION


def test_the_economic_codes_of_one_year_become_the_next_years():
    found = {pair: changes(diff(*pair), "economic") for pair in ECONOMIC}
    assert found == ECONOMIC


def test_two_years_at_once_cross_both_changes():
    # 2017's three 项 are 2019's 2040410 (merged in 2018, renumbered in 2019); 2040499 is
    # printed in both years under its name, so it is itself
    found = changes(diff("procuratorate", 2017, 2019), "general_public")
    assert found["groups"] == [
        (
            "merged",
            ("2040404", "2040405", "2040406"),
            ("2040410",),
            Decimal("730"),
            Decimal("1185.6"),
            "the 2018 and 2019 classifications",
        )
    ]
    assert found["added"] == {"2040450", "2080505", "2080506"}


def test_the_2019_class_renames_in_the_summary_table():
    renames = {
        ("支出:文化体育与传媒支出", "支出:文化旅游体育与传媒支出"),
        ("支出:医疗卫生与计划生育支出", "支出:卫生健康支出"),
        ("支出:国土海洋气象等支出", "支出:自然资源海洋气象等支出"),
    }
    for department in DEPARTMENTS:
        found = diff(department, 2018, 2019)
        renamed = {
            (r.old_name, r.name)
            for r in found.rows
            if r.table == "finance_summary" and r.reclassified is not None
        }
        added = [r.name for r in found.rows if r.table == "finance_summary" and r.kind == "added"]
        if department == "cppccoffice":  # its 2019 summary prints the 2018 names
            assert (renamed, added) == (set(), []), department
        else:  # 灾害防治及应急管理支出: a new 类 of 2019, not a rename
            assert (renamed, added) == (renames, ["支出:灾害防治及应急管理支出"]), department


@pytest.mark.parametrize("department", DEPARTMENTS)
@pytest.mark.parametrize(("a", "b"), [(2017, 2018), (2018, 2019)])
def test_the_stated_previous_figures_agree_across_the_changes(department, a, b):
    # the narratives state changes "比上年", with no base: against the previous budget
    found = diff(department, a, b).priors
    assert found, "every later document states its 项's changes"
    disagree = {p.code for p in found if p.matches is False}
    expected = {"2040502"} if (department, b) == ("highcourt", 2018) else set()
    assert disagree == expected
    assert all(p.matches is not None for p in found)
    if department == "procuratorate":
        code, old, earlier = {
            2018: ("2040405", ["2040404", "2040405", "2040406", "2040499"], 20_290_000),
            2019: ("2040410", ["2040405"], 18_950_000),
        }[b]
        (prior,) = [p for p in found if p.code == code]
        assert prior.reclassified is not None
        assert [c.code for c in prior.reclassified.old] == old
        assert (prior.stated, prior.earlier, prior.matches) == (earlier, earlier, True)


def _read(name: str) -> budgetdiff.Document | None:
    path = REAL2 / name
    if not path.exists():
        return None
    try:
        return budgetdiff.load(str(path))
    except budgetdiff.BudgetDiffError:
        return None


def test_the_published_documents_once_read():
    a = _read("js-prov-procuratorate-2017-dept.pdf")
    b = _read("js-prov-procuratorate-2018-dept.pdf")
    tables = [
        t
        for d in (a, b)
        if d is not None
        for t in d.tables.values()
        if isinstance(t, CodeTable) and t.get("2040405") is not None
    ]
    if a is None or b is None or len(tables) < 2:
        pytest.skip("the Jiangsu template is not read yet: no function table with 2040405")
    found = budgetdiff.diff(a, b)
    merged = [
        r
        for r in found.rows
        if r.kind == "merged" and r.code == "2040405" and r.reclassified is not None
    ]
    assert merged and all(
        [c.code for c in r.reclassified.old] == ["2040404", "2040405", "2040406", "2040499"]
        for r in merged
    )
    assert not [r for r in found.rows if r.code in ("2040404", "2040406") and r.kind == "removed"]


def _old_codes(found: Document) -> list[str | None]:
    from budgetdiff.checks.identity import identity_findings

    return [
        f.code
        for f in identity_findings(found)
        if f.id == "identity.classification" and not f.holds
    ]


def test_a_later_year_printing_an_ended_code_is_warned_a_kept_one_is_not():
    # each document under its own year prints its own classification: no warning
    for department in DEPARTMENTS:
        for year in (2017, 2018, 2019):
            assert _old_codes(document(department, year)) == [], (department, year)
    # the procuratorate's 2017 tables in a document said to be of 2018: the 项 the 2018
    # classification merged away and the economic codes it moved, but not 2040499 (kept:
    # the classification still has it) nor 30102 (what 30312 was merged into)
    relabelled = budgetdiff.replace(document("procuratorate", 2017), year=2018)
    assert sorted(filter(None, _old_codes(relabelled))) == [
        "2040404",
        "2040405",
        "2040406",
        "30104",
        "30307",
        "30311",
        "30312",
    ]
    # its 2018 tables said to be of 2019: 2040405 became 2040410 检察监督
    assert _old_codes(budgetdiff.replace(document("procuratorate", 2018), year=2019)) == ["2040405"]
