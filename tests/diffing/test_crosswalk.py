"""Years across a change of the classification (issue 18, item 5): a renamed, renumbered,
merged or split code is one change "by the <year> classification", never a removal and
an addition, in the Diff, every output and the explorer's rows.

A is 上海市普陀区人民政府万里街道办事处's 2024 部门预算 (samples/real, the PDF reader's
tab-separated text). B is a copy dated the next year (every 2024 → 2025, 2023 → 2024) whose
类 212 城乡社区支出 is recoded as a classification of 2025 would have it. The 2025
classification is made up for these tests (``TEST_CROSSWALK``: no such change was made
in 2025); the edits, in the three tables printing 212 (收入预算总表, 支出预算总表,
一般公共预算支出功能分类预算表) and in the narrative, are:

- merge: 2120101 行政运行 16,603,248 + 2120102 一般行政管理事务 17,591,003 + 2120104 城管执法
  6,043,390 (40,237,641) become 2120101 城乡社区管理运行 40,238,641: 1,000 of 基本支出 taken
  from 2120199 其他城乡社区管理事务支出 (54,212,362 → 54,211,362), so 21201 and every total
  stay as printed; the narrative's three statements 24-26 become one,
  ``城乡社区管理运行（项）”4023.86万元 … 比2024年预算增加0.10万元`` (and 27's 5421.24 万元 is
  5421.14);
- renumbering: 2120399 其他城乡社区公共设施支出 becomes 2120303 城乡社区公共设施维护;
- rename: 2120501 城乡社区环境卫生 becomes 城乡社区环境卫生保障 (its 款 21205 keeps its name);
- split: 2129999 其他城乡社区支出 9,220,200 becomes 2129901 城乡社区应急保障 5,000,000 and
  2129999 其他城乡社区支出 4,220,200 (statement 30: 422.02 万元, 减少76.84% of 1822.46).
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import budgetdiff
from budgetdiff.classification import ClassificationChange, parse_crosswalk
from budgetdiff.diffing.model import Diff, TableDiff
from tests.real.documents import REAL, replace_once, tab_text

WANLI = "sh-putuo-wanli-2024-dept"

TEST_CROSSWALK = """
[[change]]
classification = "functional"
since = 2025
old = [{ code = "2120501", name = "城乡社区环境卫生" }]
new = [{ code = "2120501", name = "城乡社区环境卫生保障" }]
source = "a classification made up for the tests"

[[change]]
classification = "functional"
since = 2025
old = [{ code = "2120399", name = "其他城乡社区公共设施支出" }]
new = [{ code = "2120303", name = "城乡社区公共设施维护" }]
source = "a classification made up for the tests"

[[change]]
classification = "functional"
since = 2025
old = [
  { code = "2120101", name = "行政运行" },
  { code = "2120102", name = "一般行政管理事务" },
  { code = "2120104", name = "城管执法" },
]
new = [{ code = "2120101", name = "城乡社区管理运行" }]
source = "a classification made up for the tests"

[[change]]
classification = "functional"
since = 2025
old = [{ code = "2129999", name = "其他城乡社区支出" }]
new = [
  { code = "2129901", name = "城乡社区应急保障" },
  { code = "2129999", name = "其他城乡社区支出" },
]
source = "a classification made up for the tests"
"""

CODE_TABLES = ("income", "expenditure", "general_public")
"""The three tables that print 类 212."""


def shifted(text: str, years: int) -> str:
    """``text`` with every year from 2022 to 2025 moved on by ``years``."""
    marks = {str(year): f"〈{year}〉" for year in range(2022, 2026)}
    for year, mark in marks.items():
        text = text.replace(year, mark)
    for year, mark in marks.items():
        text = text.replace(mark, str(int(year) + years))
    return text


def replace_n(text: str, old: str, new: str, count: int) -> str:
    assert text.count(old) == count, (old, text.count(old))
    return text.replace(old, new)


def recoded(text: str) -> str:
    """The 2024 text as the 2025 copy described in the module's docstring."""
    text = shifted(text, 1)
    income = (
        "212\t01\t01\t行政运行\t16,603,248\t16,603,248\t0\t0\t0\n"
        "212\t01\t02\t一般行政管理事务\t17,591,003\t17,591,003\t0\t0\t0\n"
        "212\t01\t04\t城管执法\t6,043,390\t6,043,390\t0\t0\t0\n"
        "212\t01\t99\t其他城乡社区管理事务支出\t54,212,362\t54,212,362\t0\t0\t0\n"
    )
    merged_income = (
        "212\t01\t01\t城乡社区管理运行\t40,238,641\t40,238,641\t0\t0\t0\n"
        "212\t01\t99\t其他城乡社区管理事务支出\t54,211,362\t54,211,362\t0\t0\t0\n"
    )
    spent = (
        "212\t01\t01\t行政运行\t16,603,248\t16,353,248\t250,000\n"
        "212\t01\t02\t一般行政管理事务\t17,591,003\t0\t17,591,003\n"
        "212\t01\t04\t城管执法\t6,043,390\t6,043,390\t0\n"
        "212\t01\t99\t其他城乡社区管理事务支出\t54,212,362\t54,212,362\t0\n"
    )
    merged_spent = (
        "212\t01\t01\t城乡社区管理运行\t40,238,641\t22,397,638\t17,841,003\n"
        "212\t01\t99\t其他城乡社区管理事务支出\t54,211,362\t54,211,362\t0\n"
    )
    text = replace_n(text, income, merged_income, 1)
    text = replace_n(text, spent, merged_spent, 2)
    text = replace_n(
        text, "212\t03\t99\t其他城乡社区公共设施支出\t", "212\t03\t03\t城乡社区公共设施维护\t", 3
    )
    text = replace_n(
        text, "212\t05\t01\t城乡社区环境卫生\t", "212\t05\t01\t城乡社区环境卫生保障\t", 3
    )
    text = replace_n(
        text,
        "212\t99\t99\t其他城乡社区支出\t9,220,200\t9,220,200\t0\t0\t0\n",
        "212\t99\t01\t城乡社区应急保障\t5,000,000\t5,000,000\t0\t0\t0\n"
        "212\t99\t99\t其他城乡社区支出\t4,220,200\t4,220,200\t0\t0\t0\n",
        1,
    )
    text = replace_n(
        text,
        "212\t99\t99\t其他城乡社区支出\t9,220,200\t0\t9,220,200\n",
        "212\t99\t01\t城乡社区应急保障\t5,000,000\t0\t5,000,000\n"
        "212\t99\t99\t其他城乡社区支出\t4,220,200\t0\t4,220,200\n",
        2,
    )
    start, end = text.index("24. “城乡社区支出"), text.index("27. “城乡社区支出")
    merged_item = (
        "24. “城乡社区支出（类）城乡社区管理事务（款）城乡社区管理运行（项）”4023.86万元，"
        "主要用于城乡社区管理运行，比2024年预算增加0.10万元。\n"
    )
    text = text[:start] + merged_item + text[end:]
    text = replace_n(text, "5421.24万元", "5421.14万元", 2)
    text = replace_once(
        text,
        "城乡社区公共设施（款）其他城乡社区公共设施支出（项）",
        "城乡社区公共设施（款）城乡社区公共设施维护（项）",
    )
    text = replace_once(
        text,
        "城乡社区环境卫生（款）城乡社区环境卫生（项）",
        "城乡社区环境卫生（款）城乡社区环境卫生保障（项）",
    )
    text = replace_once(
        text, "其他城乡社区支出（项）”922.02万元", "其他城乡社区支出（项）”422.02万元"
    )
    return replace_once(
        text,
        "2025年预算安排922.02万元，比2024年预算执行数减少49.41%",
        "2025年预算安排422.02万元，比2024年预算执行数减少76.84%",
    )


@pytest.fixture(scope="module")
def crosswalk() -> tuple[ClassificationChange, ...]:
    return parse_crosswalk(TEST_CROSSWALK)


@pytest.fixture(scope="module")
def pair() -> tuple[budgetdiff.Document, budgetdiff.Document]:
    text = tab_text(WANLI)
    return budgetdiff.parse(text), budgetdiff.parse(recoded(text))


@pytest.fixture(scope="module")
def result(pair, crosswalk) -> Diff:
    return budgetdiff.diff(*pair, crosswalk=crosswalk)


def _table(diff: Diff, table_id: str) -> TableDiff:
    (found,) = [t for t in diff.tables if t.table == table_id]
    return found


def _groups(diff: Diff, table_id: str) -> list[tuple[object, ...]]:
    found = []
    for row in diff.rows:
        if row.table != table_id:
            continue
        why = row.reclassified
        old = tuple(coded.code for coded in why.old) if why else ()
        new = tuple(coded.code for coded in why.new) if why else ()
        change = row.change("合计")
        before = change.a if change is not None else None
        label = why.label if why else None
        found.append((row.kind, old, new, before, row.values.get("合计"), label))
    return found


def test_the_copy_is_the_next_year_and_checks_as_the_original(pair):
    a, b = pair
    assert (a.year, b.year, a.department) == (2024, 2025, b.department)
    failing = {(r.id, r.status) for r in budgetdiff.check(b).results if r.status != "pass"}
    # the published document's own two problems (tests/real), nothing the copy made
    assert failing == {("sangong.empty_note", "warn"), ("narrative.items", "fail")}


def test_each_change_of_the_classification_is_one_change(result):
    for table_id in CODE_TABLES:
        assert _groups(result, table_id) == [
            (
                "merged",
                ("2120101", "2120102", "2120104"),
                ("2120101",),
                40_237_641,
                40_238_641,
                "the 2025 classification",
            ),
            ("moved", ("2120399",), ("2120303",), 9_721_800, 9_721_800, "the 2025 classification"),
            ("renamed", ("2120501",), ("2120501",), None, 5_993_300, "the 2025 classification"),
            (
                "split",
                ("2129999",),
                ("2129901", "2129999"),
                9_220_200,
                9_220_200,
                "the 2025 classification",
            ),
        ], table_id
        changed = {(c.code, c.column, c.delta) for c in result.cells if c.table == table_id}
        assert ("2120199", "合计", -1_000) in changed  # the 1,000 the merged 项 took
        assert {code for code, _, _ in changed} == {"2120199"}


def test_without_the_crosswalk_they_are_removals_and_additions(pair):
    plain = budgetdiff.diff(*pair, crosswalk=())
    kinds = {(r.code, r.kind) for r in plain.rows if r.table == "expenditure"}
    assert kinds == {
        ("2120101", "renamed"),
        ("2120102", "removed"),
        ("2120104", "removed"),
        ("2120399", "removed"),
        ("2120303", "added"),
        ("2120501", "renamed"),
        ("2129901", "added"),
    }


def test_the_union_tree_has_one_node_per_change(result):
    nodes = {n.key: n for n in _table(result, "expenditure").nodes}
    merged = nodes["2120101"]
    assert (merged.kind, merged.a["合计"], merged.b["合计"]) == ("merged", 40_237_641, 40_238_641)
    assert merged.change("基本支出").delta == 1_000
    assert "2120102" not in nodes and "2120104" not in nodes and "2120399" not in nodes
    moved = nodes["2120303"]
    assert (moved.kind, moved.old_code, moved.parent, moved.a["合计"]) == (
        "moved",
        "2120399",
        "21203",
        9_721_800,
    )
    split = nodes["reclassified:2129999"]
    assert (split.kind, split.code, split.parent) == ("split", "2129999", "21299")
    assert (split.a["合计"], split.b["合计"], split.change("合计").delta) == (
        9_220_200,
        9_220_200,
        0,
    )
    for code, amount in (("2129901", 5_000_000), ("2129999", 4_220_200)):
        part = nodes[code]
        assert (part.kind, part.part_of, part.a, part.b["合计"]) == (
            "split",
            "reclassified:2129999",
            None,
            amount,
        )
    # nothing beneath 212 is added or removed
    assert {n.kind for n in nodes.values()} <= {
        None,
        "amount",
        "merged",
        "moved",
        "renamed",
        "split",
    }


def test_the_explorer_shows_what_the_diff_carries(result):
    from budgetdiff.render.colours import Colours
    from budgetdiff.tui.rows import diff_rows
    from budgetdiff.tui.trees import CellContext, cells_of, describe

    rows = diff_rows(_table(result, "expenditure"))
    context = CellContext(rows.by_key, rows.columns, True, "元", "合计", Colours(no_color=True))
    shown = {
        row.key: (
            row.mark,
            [cell.plain for cell in cells_of(row, context)],
            describe(row, "合计", "元"),
        )
        for row in rows.rows
        if row.kind in ("merged", "moved", "renamed", "split")
    }
    mark, cells, said = shown["2120101"]
    assert (mark, cells) == ("⇉", ["40,237,641", "40,238,641", "▲ +1,000", "+<0.01%"])
    assert (
        "合并  ·  2025年科目调整  ·  原 2120101 行政运行 + 2120102 一般行政管理事务 + "
        "2120104 城管执法" in said
    )
    assert (
        shown["2120303"][0] == "→"
        and "改编码  ·  2025年科目调整  ·  原 2120399" in shown["2120303"][2]
    )
    assert "改名  ·  2025年科目调整  ·  原名称 城乡社区环境卫生" in shown["2120501"][2]
    mark, cells, said = shown["2129901"]
    assert (mark, cells) == ("⇶", ["", "5,000,000", "", ""])  # a part: A is on the split's row
    assert "由 2129999 其他城乡社区支出 拆分" in said
    mark, cells, said = shown["reclassified:2129999"]
    assert cells[:2] == ["9,220,200", "9,220,200"]
    assert "现 2129901 城乡社区应急保障 + 2129999 其他城乡社区支出" in said


def test_every_output_says_by_the_classification(result):
    from budgetdiff.render.diff_csv import render_csv, render_csv_stat
    from budgetdiff.render.diff_json import render_json
    from budgetdiff.render.diff_text import render_markdown, render_plain, render_rich

    merged = (
        "城乡社区管理运行 (was 2120101 行政运行 + 2120102 一般行政管理事务 + 2120104 城管执法; "
        "merged by the 2025 classification)"
    )
    split = (
        "城乡社区应急保障 + 其他城乡社区支出 (was 2129999 其他城乡社区支出; split by the 2025 "
        "classification)"
    )
    moved = (
        "城乡社区公共设施维护 (was 2120399 其他城乡社区公共设施支出; renumbered by the 2025 "
        "classification)"
    )
    renamed = (
        "城乡社区环境卫生保障 (was 2120501 城乡社区环境卫生; renamed by the 2025 classification)"
    )
    plain = render_plain(result)
    line = next(line for line in plain.splitlines() if merged in line)
    assert line.startswith("⇉ 2120101") and "40,237,641  40,238,641  ▲ +1,000" in line
    line = next(line for line in plain.splitlines() if split in line)
    assert line.startswith("⇶ 2129901+2129999") and "9,220,200   9,220,200         0" in line
    assert moved in plain and renamed in plain
    markdown = render_markdown(result)
    assert merged in markdown and split in markdown and moved in markdown
    rich = render_rich(result, width=400, color=False)
    assert merged in rich and split in rich and moved in rich
    stat = render_plain(result, stat=True)
    assert (
        "expenditure: 1 changed, 0 added, 0 removed, 4 by the 2025 classification, total Δ 0 (元)"
        in stat
    )
    lines = render_csv(result, bom=False).splitlines()
    assert (
        f"row,expenditure,2120101,{merged},合计,40237641,40238641,1000,0.0025,merged,元," in lines
    )
    assert f"row,expenditure,2129901+2129999,{split},合计,9220200,9220200,0,0.00,split,元," in lines
    assert f"row,expenditure,2120303,{moved},合计,9721800,9721800,0,0.00,moved,元," in lines
    assert (
        "expenditure,1,0,0,0,元,0,,4 by the 2025 classification"
        in render_csv_stat(result, bom=False).splitlines()
    )
    data = json.loads(render_json(result))
    (row,) = [r for r in data["rows"] if r["table"] == "expenditure" and r["change"] == "merged"]
    assert (
        row["code"],
        row["old_values"]["合计"],
        row["values"]["合计"],
        row["delta"]["合计"],
    ) == (
        "2120101",
        40237641,
        40238641,
        1000,
    )
    assert row["reclassified"]["by"] == "the 2025 classification"
    assert [c["code"] for c in row["reclassified"]["old"]] == ["2120101", "2120102", "2120104"]
    assert row["reclassified"]["changes"] == [
        {
            "since": 2025,
            "shape": "merge",
            "source": "a classification made up for the tests",
            "basis": "classification",
        }
    ]
    (row,) = [r for r in data["rows"] if r["table"] == "expenditure" and r["change"] == "split"]
    assert [c["code"] for c in row["reclassified"]["new"]] == ["2129901", "2129999"]


def test_the_stated_previous_figure_is_compared_across_the_change(result):
    priors = {p.code: p for p in result.priors if p.code and p.code.startswith("212")}
    merged = priors["2120101"]
    # 4023.86 − 0.10 万元 against A's 2120101 + 2120102 + 2120104
    assert (merged.base, merged.stated, merged.earlier, merged.matches) == (
        "预算",
        40_237_600,
        40_237_641,
        True,
    )
    assert [c.code for c in merged.reclassified.old] == ["2120101", "2120102", "2120104"]
    moved = priors["2120303"]  # its 预算执行数: listed beside A's 2120399, not judged
    assert (moved.earlier, moved.matches, moved.reclassified.old[0].code) == (
        9_721_800,
        None,
        "2120399",
    )
    part = priors["2129999"]  # a part of a split: A printed it within a larger 项
    assert (part.earlier, part.matches) == (None, None)


def test_the_later_year_given_first_reads_a_merge_as_a_split(pair, crosswalk):
    a, b = pair
    backwards = budgetdiff.diff(b, a, crosswalk=crosswalk)
    assert _groups(backwards, "expenditure") == [
        (
            "split",
            ("2120101",),
            ("2120101", "2120102", "2120104"),
            40_238_641,
            40_237_641,
            "the 2025 classification",
        ),
        ("moved", ("2120303",), ("2120399",), 9_721_800, 9_721_800, "the 2025 classification"),
        ("renamed", ("2120501",), ("2120501",), None, 5_993_300, "the 2025 classification"),
        (
            "merged",
            ("2129901", "2129999"),
            ("2129999",),
            9_220_200,
            9_220_200,
            "the 2025 classification",
        ),
    ]


def test_a_code_printed_alike_in_both_years_stays_itself(pair, crosswalk):
    # an entry that also folds 2120199 其他城乡社区管理事务支出 into the merged 2120101 (as a
    # department's own narrative may): both years print 2120199 under its name, so it is
    # compared with itself, and the merge keeps its three 项
    folding = TEST_CROSSWALK.replace(
        '{ code = "2120104", name = "城管执法" },',
        (
            '{ code = "2120104", name = "城管执法" },\n'
            '  { code = "2120199", name = "其他城乡社区管理事务支出" },'
        ),
    )
    found = budgetdiff.diff(*pair, crosswalk=parse_crosswalk(folding))
    assert _groups(found, "expenditure")[0][:3] == (
        "merged",
        ("2120101", "2120102", "2120104"),
        ("2120101",),
    )
    assert ("2120199", "合计", -1_000) in {(c.code, c.column, c.delta) for c in found.cells}


def test_documents_of_one_year_cross_no_change(pair, crosswalk):
    a, b = pair
    same = budgetdiff.replace(b, year=2024)
    found = budgetdiff.diff(a, same, crosswalk=crosswalk)
    assert all(r.reclassified is None for r in found.rows)
    assert {(r.code, r.kind) for r in found.rows if r.table == "expenditure"} >= {
        ("2120102", "removed"),
        ("2120303", "added"),
    }


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('classification = "budget"', "classification 'budget' is not known"),
        ('old = [{ code = "2120", name = "行政运行" }]', "not a 类, 款 or 项"),
        ("source = ''", "no source"),
    ],
)
def test_a_crosswalk_entry_that_is_not_one_is_refused(entry, problem):
    base = {
        "classification": 'classification = "functional"',
        "old": 'old = [{ code = "2120101", name = "行政运行" }]',
        "source": 'source = "财政部《2025年政府收支分类科目》"',
    }
    base[entry.split(" ")[0]] = entry
    text = "[[change]]\nsince = 2025\n" + "\n".join(base.values())
    text += '\nnew = [{ code = "2120101", name = "城乡社区管理运行" }]\n'
    with pytest.raises(ValueError, match=problem):
        parse_crosswalk(text)


def test_several_codes_into_several_is_not_one_change():
    text = """
[[change]]
classification = "economic"
since = 2018
old = [{ code = "30102", name = "津贴补贴" }, { code = "30312", name = "提租补贴" }]
new = [{ code = "30102", name = "津贴补贴" }, { code = "30113", name = "住房公积金" }]
source = "财政部《2018年政府收支分类科目》"
"""
    with pytest.raises(ValueError, match="several codes into several"):
        parse_crosswalk(text)


# -- the package's crosswalk: the 2019 renames of 类 207 and 210 ---------------------------


@pytest.fixture(scope="module")
def renamed_2019() -> Diff:
    """wanli's 2024 budget dated 2018 with the 2018 classification's names of 类 207 and
    210 (文化体育与传媒支出, 医疗卫生与计划生育支出: in its tables, the summary tables' items
    五 and 七 and the narrative), against the same budget dated 2019 as printed."""
    text = tab_text(WANLI)
    old = shifted(text, -6)
    old = replace_n(old, "文化旅游体育与传媒支出", "文化体育与传媒支出", 6)
    old = replace_n(old, "卫生健康支出", "医疗卫生与计划生育支出", 8)
    return budgetdiff.diff(budgetdiff.parse(old), budgetdiff.parse(shifted(text, -5)))


def test_the_2019_renames_are_renames_by_the_2019_classification(renamed_2019):
    from budgetdiff.render.diff_text import render_plain

    rows = {
        (r.table, r.code or r.name, r.kind, r.reclassified.label if r.reclassified else None)
        for r in renamed_2019.rows
    }
    by = "the 2019 classification"
    assert rows == {
        *((t, code, "renamed", by) for t in CODE_TABLES for code in ("207", "210")),
        *(
            (t, f"支出:{name}", "renamed", by)
            for t in ("finance_summary", "fiscal_summary")
            for name in ("文化旅游体育与传媒支出", "卫生健康支出")
        ),
    }
    assert renamed_2019.cells == ()
    plain = render_plain(renamed_2019)
    assert (
        "卫生健康支出 (was 210 医疗卫生与计划生育支出; renamed by the 2019 classification)" in plain
    )
    assert (
        "支出:卫生健康支出 (was 支出:医疗卫生与计划生育支出; renamed by the 2019 classification)"
        in plain
    )
    summary = _table(renamed_2019, "finance_summary")
    (node,) = [n for n in summary.nodes if n.name.endswith("卫生健康支出")]
    why = node.reclassified
    assert (node.name, node.kind, node.old_name) == (
        "七、卫生健康支出",
        "renamed",
        "七、医疗卫生与计划生育支出",
    )
    assert why is not None and why.label == by


def test_shanghai_2017_against_2025_crosses_the_2018_and_2019_changes():
    # the port office's 2017 budget (samples/, the 2017 classification: 30104 其他社会保障缴费,
    # 30311 住房公积金 under 303, 310 其他资本性支出, 210 医疗卫生与计划生育支出) against the
    # district government office's 2025 budget (30112, 30113 under 301, 310 资本性支出, 210
    # 卫生健康支出): another department, but the same classification changes between them
    from tests.conftest import PORT_PATH

    a = budgetdiff.load(str(PORT_PATH))
    b = budgetdiff.load(str(REAL / "sh-putuo-govoffice-2025-dept.pdf"))
    found = budgetdiff.diff(a, b)
    assert found.comparison == "other_department"
    crossed = {
        (r.table, r.kind, tuple(str(c) for c in r.reclassified.old), r.reclassified.label)
        for r in found.rows
        if r.reclassified is not None
    }
    renamed_210 = ("renamed", ("210 医疗卫生与计划生育支出",), "the 2019 classification")
    tables = ("finance_summary", "income", "expenditure", "fiscal_summary", "general_public")
    assert crossed == {
        *((table, *renamed_210) for table in tables),
        ("economic", "moved", ("30104 其他社会保障缴费",), "the 2018 classification"),
        ("economic", "moved", ("30311 住房公积金",), "the 2018 classification"),
        ("economic", "renamed", ("310 其他资本性支出",), "the 2018 classification"),
    }
    moved = {r.code: r.change("合计") for r in found.rows if r.kind == "moved"}
    assert (moved["30113"].a, moved["30113"].b) == (882_912, Decimal("1741445.22"))


def test_shanghai_2017_against_2025_in_every_format():
    # B prints an empty 国有资本经营预算支出功能分类预算表 that A (2017) has no place for: a
    # table of one side only without a row, which the human formats once failed to draw
    from budgetdiff.render.diff_csv import render_csv
    from budgetdiff.render.diff_json import render_json
    from budgetdiff.render.diff_text import render_markdown, render_plain, render_rich
    from tests.conftest import PORT_PATH

    a = budgetdiff.load(str(PORT_PATH))
    b = budgetdiff.load(str(REAL / "sh-putuo-govoffice-2025-dept.pdf"))
    found = budgetdiff.diff(a, b)
    moved = "住房公积金 (was 30311 住房公积金; renumbered by the 2018 classification)"
    for text in (
        render_plain(found, "万元"),
        render_markdown(found, "万元"),
        render_rich(found, "万元", width=300, color=False),
    ):
        assert moved in text
        assert "state_capital (万元) — only in B" in text and "(no rows)" in text
    assert f"row,economic,30113,{moved},合计,882912,1741445.22,858533.22,97.24,moved,元," in (
        render_csv(found, bom=False).splitlines()
    )
    rows = json.loads(render_json(found))["rows"]
    (row,) = [r for r in rows if r["code"] == "30113"]
    assert row["reclassified"]["by"] == "the 2018 classification"


def test_the_review_sets_a_merge_and_a_split_against_both_sides(result):
    """A change to review shows A's amount (the sum of the merged codes) and B's, not a
    row of B alone."""
    from budgetdiff.review.changes import change_items

    rows = {
        (item.code, item.kind): item
        for item in change_items(result)
        if item.table == "expenditure" and item.kind in ("merged", "split")
    }
    merged = rows[("2120101", "merged")]
    assert (merged.amount_a, merged.amount_b) == (40_237_641, 40_238_641)
    assert merged.b is not None and merged.b.startswith("2120101 城乡社区管理运行")
