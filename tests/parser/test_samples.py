"""The two real samples, figure by figure.

Every expected value below was transcribed from the source text of the samples
(``cat -n samples/…``), with the source line number it sits on; none was copied
from the parser's output. ``port`` is shanghai-port-office-2017.txt (thousands
separators lost: ``194829,473``), ``coop`` is shanghai-cooperation-office-2017.txt
(separators right: ``43,596,950``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import budgetdiff
from budgetdiff.checks import check as check_report
from budgetdiff.model import (
    SANGONG_ITEMS,
    TABLE_IDS,
    CodeTable,
    Document,
    Level,
    Stated,
    TwoSidedTable,
)

N = None  # an empty cell

# --------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("name", "department", "year", "kind", "title_line"),
    [
        ("port", "上海市口岸服务办公室", 2017, "部门预算", 3),
        ("coop", "上海市合作交流办公室", 2017, "单位预算", 3),
    ],
)
def test_title(docs, name, department, year, kind, title_line):
    doc = docs[name]
    assert (doc.department, doc.year, doc.kind, doc.title_line) == (
        department,
        year,
        kind,
        title_line,
    )


@pytest.mark.parametrize("name", ["port", "coop"])
def test_nothing_unparsed(docs, name):
    assert docs[name].unparsed == ()


@pytest.mark.parametrize(("name", "lines"), [("port", 424), ("coop", 386)])
def test_line_count(docs, name, lines):
    # Both files end without a final newline: their last line is the signature line.
    assert docs[name].line_count == lines


@pytest.mark.parametrize("name", ["port", "coop"])
def test_all_eight_tables(docs, name):
    doc = docs[name]
    assert set(doc.tables) == set(TABLE_IDS) - {"sangong", "state_capital"}
    assert doc.sangong is not None


# --------------------------------------------------------------------------- table heads

TABLE_HEADS = {
    # (table id): (title line, title as printed, unit, total line)
    "port": {
        "finance_summary": (87, "2017 年部门财务收支预算总表", 101),
        "income": (103, "2017 年部门收入预算总表", 132),
        "expenditure": (134, "2017年部门支出预算总表", 163),
        "fiscal_summary": (165, "2017年部门财政拨款收支预算总表", 178),
        "general_public": (180, "2017年部门一般公共预算支出功能分类预算表", 209),
        "gov_fund": (211, "2017 年部门政府性基金预算支出功能分类预算表", 220),
        "economic": (224, "2017 年部门一般公共预算基本支出经济分类预算表", 267),
    },
    "coop": {
        "finance_summary": (61, "2017年预算单位财务收支预算总表", 75),
        "income": (77, "2017年预算单位收入预算总表", 106),
        "expenditure": (108, "2017年预算单位支出预算总表", 137),
        "fiscal_summary": (139, "2017年预算单位财政拨款收支预算总表", 151),
        "general_public": (153, "2017年预算单位一般公共预算支出功能分类预算表", 185),
        "gov_fund": (187, "2017年预算单位政府性基金预算支出功能分类预算表", 196),
        "economic": (198, "2017年预算单位一般公共预算基本支出经济分类预算表", 243),
    },
}
PREPARERS = {"port": "上海市口岸服务办公室", "coop": "上海市合作交流办公室"}


@pytest.mark.parametrize(
    ("name", "table_id"),
    [(name, table_id) for name, heads in TABLE_HEADS.items() for table_id in heads],
)
def test_table_heads(docs, name, table_id):
    title_line, title, total_line = TABLE_HEADS[name][table_id]
    table = docs[name].table(table_id)
    assert table.line == title_line
    assert table.title == title
    assert table.unit == "元"
    assert table.preparer == PREPARERS[name]
    if isinstance(table, TwoSidedTable):
        assert table.income_total_line == total_line
        assert table.expenditure_total_line == total_line
    else:
        assert table.total_line == total_line


CODE_COLUMNS = {
    "income": ("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"),
    "expenditure": ("合计", "基本支出", "项目支出"),
    "general_public": ("合计", "基本支出", "项目支出"),
    "gov_fund": ("合计", "基本支出", "项目支出"),
    "economic": ("合计", "人员经费", "公用经费"),
}


@pytest.mark.parametrize("name", ["port", "coop"])
@pytest.mark.parametrize("table_id", sorted(CODE_COLUMNS))
def test_code_table_columns(docs, name, table_id):
    table = docs[name].code_table(table_id)
    assert table.columns == CODE_COLUMNS[table_id]
    expected = "economic" if table_id == "economic" else "functional"
    assert table.classification == expected


@pytest.mark.parametrize("name", ["port", "coop"])
def test_two_sided_columns(docs, name):
    doc = docs[name]
    finance, fiscal = doc.table("finance_summary"), doc.table("fiscal_summary")
    assert isinstance(finance, TwoSidedTable)
    assert isinstance(fiscal, TwoSidedTable)
    assert (finance.income_columns, finance.expenditure_columns) == (("预算数",), ("预算数",))
    assert fiscal.income_columns == ("预算数",)
    assert fiscal.expenditure_columns == ("合计", "一般公共预算", "政府性基金预算")


# --------------------------------------------------------------------------- table totals

CODE_TOTALS = {
    "port": {
        # line 132: 合计 194829,473 194829,473 (and three empty cells)
        "income": (194_829_473, 194_829_473, N, N, N),
        # line 163: 合计 194829,473 15906,334 178923,139
        "expenditure": (194_829_473, 15_906_334, 178_923_139),
        # line 209
        "general_public": (194_829_473, 15_906_334, 178_923_139),
        # line 220: 合计 with every cell empty
        "gov_fund": (N, N, N),
        # line 267: 合计 15906,334 11685,532 4220,802
        "economic": (15_906_334, 11_685_532, 4_220_802),
    },
    "coop": {
        # line 106: 合计 49,176,950 43,596,950 _ _ 5,580,000
        "income": (49_176_950, 43_596_950, N, N, 5_580_000),
        # line 137
        "expenditure": (49_176_950, 30_248_466, 18_928_484),
        # line 185
        "general_public": (43_596_950, 30_248_466, 13_348_484),
        # line 196
        "gov_fund": (N, N, N),
        # line 243: 合计 30,248,466 24,738,466 5,510,000 (one tab: column drift)
        "economic": (30_248_466, 24_738_466, 5_510_000),
    },
}


@pytest.mark.parametrize(
    ("name", "table_id"),
    [(name, table_id) for name, totals in CODE_TOTALS.items() for table_id in totals],
)
def test_code_table_totals(docs, name, table_id):
    table = docs[name].code_table(table_id)
    expected = dict(zip(CODE_COLUMNS[table_id], CODE_TOTALS[name][table_id], strict=True))
    assert table.total is not None
    assert dict(table.total) == expected


TWO_SIDED_TOTALS = {
    "port": {
        # line 101: 收入总计 194829,473 支出总计 194829,473
        "finance_summary": ({"预算数": 194_829_473}, {"预算数": 194_829_473}),
        # line 178: 收入总计 194829,473 支出总计 194829,473 194829,473 _
        "fiscal_summary": (
            {"预算数": 194_829_473},
            {"合计": 194_829_473, "一般公共预算": 194_829_473, "政府性基金预算": N},
        ),
    },
    "coop": {
        # line 75
        "finance_summary": ({"预算数": 49_176_950}, {"预算数": 49_176_950}),
        # line 151
        "fiscal_summary": (
            {"预算数": 43_596_950},
            {"合计": 43_596_950, "一般公共预算": 43_596_950, "政府性基金预算": N},
        ),
    },
}


@pytest.mark.parametrize(
    ("name", "table_id"),
    [(name, table_id) for name, totals in TWO_SIDED_TOTALS.items() for table_id in totals],
)
def test_two_sided_totals(docs, name, table_id):
    table = docs[name].table(table_id)
    assert isinstance(table, TwoSidedTable)
    income, expenditure = TWO_SIDED_TOTALS[name][table_id]
    assert dict(table.income_total) == income
    assert dict(table.expenditure_total) == expenditure


# (line, name as printed, level, values); a tuple of values is in the order 合计,
# 一般公共预算, 政府性基金预算 (the fiscal_summary's expenditure side)
TWO_SIDED_ITEMS = {
    ("port", "finance_summary"): (
        [
            (95, "一、财政拨款收入", 1, {"预算数": 194_829_473}),
            (96, "1. 一般公共预算资金", 2, {"预算数": 194_829_473}),
            (97, "2. 政府性基金", 2, {"预算数": N}),
            (98, "二、事业收入", 1, {"预算数": N}),
            (99, "三、事业单位经营收入", 1, {"预算数": N}),
            (100, "四、其他收入", 1, {"预算数": N}),
        ],
        [
            (95, "一、一般公共服务支出", 1, {"预算数": 190_410_477}),
            (96, "二、社会保障和就业支出", 1, {"预算数": 1_317_404}),
            (97, "三、医疗卫生与计划生育支出", 1, {"预算数": 604_080}),
            (98, "四、住房保障支出", 1, {"预算数": 2_497_512}),
        ],
    ),
    ("coop", "finance_summary"): (
        [
            (69, "一、财政拨款收入", 1, {"预算数": 43_596_950}),
            (70, "1. 一般公共预算资金", 2, {"预算数": 43_596_950}),
            (71, "2. 政府性基金", 2, {"预算数": N}),
            (72, "二、事业收入", 1, {"预算数": N}),
            (73, "三、事业单位经营收入", 1, {"预算数": N}),
            (74, "四、其他收入", 1, {"预算数": 5_580_000}),
        ],
        [
            (69, "一、一般公共服务支出", 1, {"预算数": 39_814_410}),
            (70, "二、社会保障和就业支出", 1, {"预算数": 2_610_416}),
            (71, "三、医疗卫生与计划生育支出", 1, {"预算数": 1_414_404}),
            (72, "四、住房保障支出", 1, {"预算数": 5_337_720}),
        ],
    ),
    ("port", "fiscal_summary"): (
        [
            (173, "一、一般公共预算资金", 1, {"预算数": 194_829_473}),
            # blank line 174
            (175, "二、政府性基金", 1, {"预算数": N}),
        ],
        [
            # line 173 prints 一般公共预算支出 where 一般公共服务支出 is meant: kept as printed.
            (173, "一、一般公共预算支出", 1, (190_410_477, 190_410_477, N)),
            (175, "二、社会保障和就业支出", 1, (1_317_404, 1_317_404, N)),
            (176, "三、医疗卫生与计划生育支出", 1, (604_080, 604_080, N)),
            (177, "四、住房保障支出", 1, (2_497_512, 2_497_512, N)),
        ],
    ),
    ("coop", "fiscal_summary"): (
        [
            (147, "一、一般公共预算资金", 1, {"预算数": 43_596_950}),
            (148, "二、政府性基金", 1, {"预算数": N}),
        ],
        [
            (147, "一、一般公共服务支出", 1, (34_234_410, 34_234_410, N)),
            (148, "二、社会保障和就业支出", 1, (2_610_416, 2_610_416, N)),
            (149, "三、医疗卫生与计划生育支出", 1, (1_414_404, 1_414_404, N)),
            (150, "四、住房保障支出", 1, (5_337_720, 5_337_720, N)),
        ],
    ),
}
FISCAL_EXPENDITURE_COLUMNS = ("合计", "一般公共预算", "政府性基金预算")


def _side(items):
    return [
        (line, name, level, dict(zip(FISCAL_EXPENDITURE_COLUMNS, values, strict=True)))
        if isinstance(values, tuple)
        else (line, name, level, values)
        for line, name, level, values in items
    ]


@pytest.mark.parametrize(("name", "table_id"), sorted(TWO_SIDED_ITEMS))
def test_two_sided_items(docs, name, table_id):
    table = docs[name].table(table_id)
    assert isinstance(table, TwoSidedTable)
    income, expenditure = TWO_SIDED_ITEMS[(name, table_id)]
    got_income = [(i.line, i.name, i.level, dict(i.values)) for i in table.income_items]
    got_expenditure = [(i.line, i.name, i.level, dict(i.values)) for i in table.expenditure_items]
    assert got_income == _side(income)
    assert got_expenditure == _side(expenditure)


@pytest.mark.parametrize(
    ("index", "ordinal", "label"),
    [
        (0, "一", "财政拨款收入"),  # line 95: 一、财政拨款收入
        (1, "1", "一般公共预算资金"),  # line 96: 1. 一般公共预算资金
        (2, "2", "政府性基金"),  # line 97: 2. 政府性基金
        (5, "四", "其他收入"),  # line 100: 四、其他收入
    ],
)
def test_side_item_ordinal_and_label(port_doc, index, ordinal, label):
    item = port_doc.table("finance_summary").income_items[index]
    assert (item.ordinal, item.label) == (ordinal, label)


# --------------------------------------------------------------------------- code table rows

类, 款, 项 = "类", "款", "项"

# (line, code, level, name as printed, values in the table's column order)
PORT_INCOME = [
    (112, "201", 类, "一般公共服务支出", 190_410_477, 190_410_477, N, N, N),
    # line 113 prints half-width (室); the expenditure table prints （室）
    (113, "20103", 款, "政府办公厅(室)及相关机构事务", 190_410_477, 190_410_477, N, N, N),
    (114, "2010301", 项, "行政运行", 13_270_732, 13_270_732, N, N, N),
    # blank line 115 (page break)
    (116, "2010302", 项, "一般行政管理事务", 177_139_745, 177_139_745, N, N, N),
    (117, "208", 类, "社会保障和就业支出", 1_317_404, 1_317_404, N, N, N),
    (118, "20805", 款, "行政事业单位离退休", 1_317_404, 1_317_404, N, N, N),
    (119, "2080501", 项, "归口管理的行政单位离退休", 29_880, 29_880, N, N, N),
    (120, "2080505", 项, "机关事业单位基本养老保险缴费支出", 1_160_148, 1_160_148, N, N, N),
    (121, "2080506", 项, "机关事业单位职业年金缴费支出", 124_576, 124_576, N, N, N),
    (122, "2080599", 项, "其他行政事业单位离退休支出", 2_800, 2_800, N, N, N),
    (123, "210", 类, "医疗卫生与计划生育支出", 604_080, 604_080, N, N, N),
    (124, "21011", 款, "行政事业单位医疗", 580_080, 580_080, N, N, N),
    (125, "2101101", 项, "行政单位医疗", 580_080, 580_080, N, N, N),
    (126, "21099", 款, "其他医疗卫生与计划生育支出", 24_000, 24_000, N, N, N),
    (127, "2109901", 项, "其他医疗卫生与计划生育支出", 24_000, 24_000, N, N, N),
    (128, "221", 类, "住房保障支出", 2_497_512, 2_497_512, N, N, N),
    (129, "22102", 款, "住房改革支出", 2_497_512, 2_497_512, N, N, N),
    (130, "2210201", 项, "住房公积金", 882_912, 882_912, N, N, N),
    (131, "2210203", 项, "购房补贴", 1_614_600, 1_614_600, N, N, N),
]

PORT_EXPENDITURE = [
    (143, "201", 类, "一般公共服务支出", 190_410_477, 11_663_914, 178_746_563),
    # blank line 144
    (145, "20103", 款, "政府办公厅（室）及相关机构事务", 190_410_477, 11_663_914, 178_746_563),
    (146, "2010301", 项, "行政运行", 13_270_732, 11_663_914, 1_606_818),
    (147, "2010302", 项, "一般行政管理事务", 177_139_745, N, 177_139_745),
    (148, "208", 类, "社会保障和就业支出", 1_317_404, 1_164_828, 152_576),
    (149, "20805", 款, "行政事业单位离退休", 1_317_404, 1_164_828, 152_576),
    (150, "2080501", 项, "归口管理的行政单位离退休", 29_880, 4_680, 25_200),
    (151, "2080505", 项, "机关事业单位基本养老保险缴费支出", 1_160_148, 1_160_148, N),
    (152, "2080506", 项, "机关事业单位职业年金缴费支出", 124_576, N, 124_576),
    (153, "2080599", 项, "其他行政事业单位离退休支出", 2_800, N, 2_800),
    (154, "210", 类, "医疗卫生与计划生育支出", 604_080, 580_080, 24_000),
    (155, "21011", 款, "行政事业单位医疗", 580_080, 580_080, N),
    (156, "2101101", 项, "行政单位医疗", 580_080, 580_080, N),
    (157, "21099", 款, "其他医疗卫生与计划生育支出", 24_000, N, 24_000),
    (158, "2109901", 项, "其他医疗卫生与计划生育支出", 24_000, N, 24_000),
    (159, "221", 类, "住房保障支出", 2_497_512, 2_497_512, N),
    (160, "22102", 款, "住房改革支出", 2_497_512, 2_497_512, N),
    (161, "2210201", 项, "住房公积金", 882_912, 882_912, N),
    (162, "2210203", 项, "购房补贴", 1_614_600, 1_614_600, N),
]

PORT_ECONOMIC = [
    # three code columns before the page break: `301	01		基本工资`
    (233, "301", 类, "工资福利支出", 9_183_340, 9_183_340, N),
    (234, "30101", 款, "基本工资", 1_946_772, 1_946_772, N),
    (235, "30102", 款, "津贴补贴", 5_208_532, 5_208_532, N),
    (236, "30103", 款, "奖金", 160_032, 160_032, N),
    (237, "30104", 款, "其他社会保障缴费", 707_856, 707_856, N),
    (238, "30108", 款, "机关事业单位基本养老保险缴费", 1_160_148, 1_160_148, N),
    (239, "302", 类, "商品和服务支出", 4_170_802, N, 4_170_802),
    (240, "30201", 款, "办公费", 228_000, N, 228_000),
    # blank line 241 (page break); two code columns after it: `302	02	印刷费`
    (242, "30202", 款, "印刷费", 15_000, N, 15_000),
    (243, "30204", 款, "手续费", 2_840, N, 2_840),
    (244, "30205", 款, "水费", 19_944, N, 19_944),
    (245, "30206", 款, "电费", 100_000, N, 100_000),
    (246, "30207", 款, "邮电费", 180_000, N, 180_000),
    (247, "30209", 款, "物业管理费", 870_056, N, 870_056),
    (248, "30211", 款, "差旅费", 320_000, N, 320_000),
    (249, "30212", 款, "因公出国（境）费用", 330_000, N, 330_000),
    (250, "30213", 款, "维修（护）费", 25_520, N, 25_520),
    (251, "30214", 款, "租赁费", 322_246, N, 322_246),
    (252, "30215", 款, "会议费", 77_340, N, 77_340),
    (253, "30216", 款, "培训费", 50_000, N, 50_000),
    (254, "30217", 款, "公务接待费", 36_000, N, 36_000),
    (255, "30226", 款, "劳务费", 280_000, N, 280_000),
    (256, "30228", 款, "工会经费", 228_756, N, 228_756),
    (257, "30229", 款, "福利费", 147_600, N, 147_600),
    (258, "30231", 款, "公务用车运行维护费", 105_000, N, 105_000),
    (259, "30239", 款, "其他交通费用", 463_500, N, 463_500),
    (260, "30299", 款, "其他商品和服务支出", 369_000, N, 369_000),
    (261, "303", 类, "对个人和家庭的补助", 2_502_192, 2_502_192, N),
    (262, "30302", 款, "退休费", 4_680, 4_680, N),
    (263, "30311", 款, "住房公积金", 882_912, 882_912, N),
    (264, "30313", 款, "购房补贴", 1_614_600, 1_614_600, N),
    (265, "310", 类, "其他资本性支出", 50_000, N, 50_000),
    (266, "31002", 款, "办公设备购置", 50_000, N, 50_000),
]

COOP_INCOME = [
    (86, "201", 类, "一般公共服务支出", 39_814_410, 34_234_410, N, N, 5_580_000),
    (87, "20103", 款, "政府办公厅（室）及相关机构事务", 39_814_410, 34_234_410, N, N, 5_580_000),
    (88, "2010301", 项, "行政运行", 26_912_226, 21_332_226, N, N, 5_580_000),
    (89, "2010302", 项, "一般行政管理事务", 12_902_184, 12_902_184, N, N, N),
    (90, "208", 类, "社会保障和就业支出", 2_610_416, 2_610_416, N, N, N),
    (91, "20805", 款, "行政事业单位离退休", 2_610_416, 2_610_416, N, N, N),
    (92, "2080501", 项, "归口管理的行政单位离退休", 130_944, 130_944, N, N, N),
    (93, "2080505", 项, "机关事业单位基本养老保险缴费支出", 2_093_172, 2_093_172, N, N, N),
    (94, "2080506", 项, "机关事业单位职业年金缴费支出", 121_000, 121_000, N, N, N),
    (95, "2080599", 项, "其他行政事业单位离退休支出", 265_300, 265_300, N, N, N),
    (96, "210", 类, "医疗卫生与计划生育支出", 1_414_404, 1_414_404, N, N, N),
    (97, "21011", 款, "行政事业单位医疗", 1_354_404, 1_354_404, N, N, N),
    # blank line 98
    (99, "2101101", 项, "行政单位医疗", 1_354_404, 1_354_404, N, N, N),
    (100, "21099", 款, "其他医疗卫生与计划生育支出", 60_000, 60_000, N, N, N),
    (101, "2109901", 项, "其他医疗卫生与计划生育支出", 60_000, 60_000, N, N, N),
    (102, "221", 类, "住房保障支出", 5_337_720, 5_337_720, N, N, N),
    (103, "22102", 款, "住房改革支出", 5_337_720, 5_337_720, N, N, N),
    (104, "2210201", 项, "住房公积金", 1_846_920, 1_846_920, N, N, N),
    (105, "2210203", 项, "购房补贴", 3_490_800, 3_490_800, N, N, N),
]

COOP_GENERAL_PUBLIC = [
    (162, "201", 类, "一般公共服务支出", 34_234_410, 21_332_226, 12_902_184),
    (163, "20103", 款, "政府办公厅（室）及相关机构事务", 34_234_410, 21_332_226, 12_902_184),
    (164, "2010301", 项, "行政运行", 21_332_226, 21_332_226, N),
    (165, "2010302", 项, "一般行政管理事务", 12_902_184, N, 12_902_184),
    (166, "208", 类, "社会保障和就业支出", 2_610_416, 2_224_116, 386_300),
    (167, "20805", 款, "行政事业单位离退休", 2_610_416, 2_224_116, 386_300),
    (168, "2080501", 项, "归口管理的行政单位离退休", 130_944, 130_944, N),
    (169, "2080505", 项, "机关事业单位基本养老保险缴费支出", 2_093_172, 2_093_172, N),
    (170, "2080506", 项, "机关事业单位职业年金缴费支出", 121_000, N, 121_000),
    (171, "2080599", 项, "其他行政事业单位离退休支出", 265_300, N, 265_300),
    (172, "210", 类, "医疗卫生与计划生育支出", 1_414_404, 1_354_404, 60_000),
    (173, "21011", 款, "行政事业单位医疗", 1_354_404, 1_354_404, N),
    (174, "2101101", 项, "行政单位医疗", 1_354_404, 1_354_404, N),
    # lines 175-178: page break and the three-line header printed again
    (179, "21099", 款, "其他医疗卫生与计划生育支出", 60_000, N, 60_000),
    (180, "2109901", 项, "其他医疗卫生与计划生育支出", 60_000, N, 60_000),
    (181, "221", 类, "住房保障支出", 5_337_720, 5_337_720, N),
    (182, "22102", 款, "住房改革支出", 5_337_720, 5_337_720, N),
    (183, "2210201", 项, "住房公积金", 1_846_920, 1_846_920, N),
    (184, "2210203", 项, "购房补贴", 3_490_800, 3_490_800, N),
]

COOP_ECONOMIC = [
    # two code columns throughout: `301	01	基本工资`
    (207, "301", 类, "工资福利支出", 19_269_802, 19_269_802, N),
    (208, "30101", 款, "基本工资", 4_015_392, 4_015_392, N),
    (209, "30102", 款, "津贴补贴", 11_077_556, 11_077_556, N),
    (210, "30103", 款, "奖金", 338_786, 338_786, N),
    (211, "30104", 款, "其他社会保障缴费", 1_600_896, 1_600_896, N),
    (212, "30108", 款, "机关事业单位基本养老保险缴费", 2_093_172, 2_093_172, N),
    (213, "30199", 款, "其他工资福利支出", 144_000, 144_000, N),
    (214, "302", 类, "商品和服务支出", 5_221_500, N, 5_221_500),
    (215, "30201", 款, "办公费", 509_200, N, 509_200),
    (216, "30202", 款, "印刷费", 200_000, N, 200_000),
    (217, "30203", 款, "咨询费", 100_000, N, 100_000),
    (218, "30205", 款, "水费", 20_000, N, 20_000),
    (219, "30206", 款, "电费", 180_000, N, 180_000),
    # blank line 220
    (221, "30207", 款, "邮电费", 200_000, N, 200_000),
    (222, "30209", 款, "物业管理费", 10_500, N, 10_500),
    (223, "30211", 款, "差旅费", 200_000, N, 200_000),
    (224, "30212", 款, "因公出国（境）费用", 936_000, N, 936_000),
    (225, "30213", 款, "维修（护）费", 100_000, N, 100_000),
    (226, "30215", 款, "会议费", 151_000, N, 151_000),
    (227, "30216", 款, "培训费", 150_000, N, 150_000),
    (228, "30217", 款, "公务接待费", 300_000, N, 300_000),
    (229, "30226", 款, "劳务费", 100_000, N, 100_000),
    (230, "30228", 款, "工会经费", 280_000, N, 280_000),
    (231, "30229", 款, "福利费", 316_800, N, 316_800),
    (232, "30231", 款, "公务用车运行维护费", 140_000, N, 140_000),
    (233, "30239", 款, "其他交通费用", 970_000, N, 970_000),
    (234, "30299", 款, "其他商品和服务支出", 358_000, N, 358_000),
    (235, "303", 类, "对个人和家庭的补助", 5_468_664, 5_468_664, N),
    (236, "30301", 款, "离休费", 101_424, 101_424, N),
    (237, "30302", 款, "退休费", 29_520, 29_520, N),
    (238, "30311", 款, "住房公积金", 1_846_920, 1_846_920, N),
    (239, "30313", 款, "购房补贴", 3_490_800, 3_490_800, N),
    (240, "310", 类, "其他资本性支出", 288_500, N, 288_500),
    (241, "31002", 款, "办公设备购置", 288_500, N, 288_500),
    # line 243 is the 合计; line 244 is a `----` rule, not a row
]

ROW_TABLES = {
    ("port", "income"): PORT_INCOME,
    ("port", "expenditure"): PORT_EXPENDITURE,
    ("port", "economic"): PORT_ECONOMIC,
    ("coop", "income"): COOP_INCOME,
    ("coop", "general_public"): COOP_GENERAL_PUBLIC,
    ("coop", "economic"): COOP_ECONOMIC,
}


def _expected_rows(name: str, table_id: str):
    columns = CODE_COLUMNS[table_id]
    return [
        (code, Level(level), row_name, dict(zip(columns, values, strict=True)), line)
        for line, code, level, row_name, *values in ROW_TABLES[(name, table_id)]
    ]


@pytest.mark.parametrize(("name", "table_id"), sorted(ROW_TABLES))
def test_code_table_rows(docs, name, table_id):
    table = docs[name].code_table(table_id)
    got = [(row.code, row.level, row.name, dict(row.values), row.line) for row in table.rows]
    expected = _expected_rows(name, table_id)
    # Row by row first, so a failure names the row.
    for got_row, expected_row in zip(got, expected, strict=False):
        assert got_row == expected_row
    assert len(got) == len(expected)


def test_port_general_public_matches_expenditure_but_for_lines(port_doc):
    # Lines 189-208 repeat the expenditure table's figures (lines 143-162) and names.
    general = port_doc.code_table("general_public")
    expected = [
        (code, level, row_name, values)
        for code, level, row_name, values, _ in _expected_rows("port", "expenditure")
    ]
    got = [(row.code, row.level, row.name, dict(row.values)) for row in general.rows]
    assert got == expected
    assert [row.line for row in general.rows] == [
        *range(189, 203),
        *range(204, 209),
    ]


def test_coop_expenditure_rows(coop_doc):
    table = coop_doc.code_table("expenditure")
    # lines 117-136, blank line 129
    assert [row.line for row in table.rows] == [*range(117, 129), *range(130, 137)]
    # line 119: 201 03 01 行政运行 26,912,226 21,332,226 5,580,000
    row = table.get("2010301")
    assert row is not None
    assert dict(row.values) == {"合计": 26_912_226, "基本支出": 21_332_226, "项目支出": 5_580_000}
    # line 120: 一般行政管理事务 has no 基本支出
    row = table.get("2010302")
    assert row is not None
    assert row.value("基本支出") is None
    assert row.value("项目支出") == 12_902_184


def test_tree_navigation(port_doc):
    table = port_doc.code_table("expenditure")
    assert [row.code for row in table.roots()] == ["201", "208", "210", "221"]
    section = table.get("20805")
    assert section is not None
    assert [row.code for row in table.children(section)] == [
        "2080501",
        "2080505",
        "2080506",
        "2080599",
    ]
    item = table.get("2080599")
    assert item is not None
    assert table.parent(item) == section
    assert item.parent_code == "20805"


def test_port_economic_tree_across_the_drift(port_doc):
    # the rows after the page break at line 241 still hang on 302
    table = port_doc.code_table("economic")
    goods = table.get("302")
    assert goods is not None
    children = table.children(goods)
    assert [row.code for row in children][:3] == ["30201", "30202", "30204"]
    assert len(children) == 20  # line 240, lines 242-260
    assert sum(row.value("合计") or 0 for row in children) == 4_170_802


# --------------------------------------------------------------------------- empty gov_fund


def test_port_gov_fund_empty_with_note(port_doc):
    table = port_doc.code_table("gov_fund")
    assert table.rows == ()
    assert table.total_line == 220
    assert table.note == "注：上海市口岸服务办公室 2017 年度无政府性基金预算支出，故本表无数据。"
    assert table.note_line == 222


def test_coop_gov_fund_empty_without_note(coop_doc):
    table = coop_doc.code_table("gov_fund")
    assert table.rows == ()
    assert table.note is None


# --------------------------------------------------------------------------- 三公

SANGONG = {
    # line 276: 142.05 84.15 47.4 10.5 0 10.5 422.08
    "port": (
        269,
        "2017年上海市口岸服务办公室“三公”经费和机关运行经费预算情况表",
        276,
        ("142.05", "84.15", "47.4", "10.5", "0", "10.5", "422.08"),
        (1_420_500, 841_500, 474_000, 105_000, 0, 105_000, 4_220_800),
    ),
    # line 253: 137.6 93.6 30 14 _ 14 551 (购置费 empty)
    "coop": (
        246,
        "2017年上海市合作交流办公室“三公”经费和机关运行经费预算情况表",
        253,
        ("137.6", "93.6", "30", "14", "", "14", "551"),
        (1_376_000, 936_000, 300_000, 140_000, N, 140_000, 5_510_000),
    ),
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_sangong(docs, name):
    title_line, title, line, raw, values = SANGONG[name]
    sangong = docs[name].sangong
    assert sangong is not None
    assert (sangong.title_line, sangong.title, sangong.line, sangong.unit) == (
        title_line,
        title,
        line,
        "万元",
    )
    assert dict(sangong.raw) == dict(zip(SANGONG_ITEMS, raw, strict=True))
    assert dict(sangong.values) == dict(zip(SANGONG_ITEMS, values, strict=True))
    for value in sangong.values.values():
        assert value is None or isinstance(value, int | Decimal)
        assert not isinstance(value, float)
    assert sangong.total == values[0]
    assert sangong["公务接待费"] == values[2]


def test_sangong_zero_and_empty_differ(port_doc, coop_doc):
    assert port_doc.sangong["公务用车购置费"] == 0
    assert port_doc.sangong["公务用车购置费"] is not None
    assert coop_doc.sangong["公务用车购置费"] is None


SANGONG_PRIOR = {
    # line 282: 142.05 比 2016 年预算减少 0.45 → 142.50; line 284: 84.15 增加 13.55 → 70.60;
    # line 286: 47.4 持平; line 288: 10.5 减少 14 → 24.5
    "port": {
        "合计": 1_425_000,
        "因公出国（境）费": 706_000,
        "公务接待费": 474_000,
        "公务用车购置及运行费": 245_000,
    },
    # line 259: 增加减少13.9 (ambiguous) → unknown; line 261: 93.6 持平;
    # line 263: 30 增加 19.7 → 10.3; line 265: 14 减少 33.6 → 47.6
    "coop": {
        "合计": N,
        "因公出国（境）费": 936_000,
        "公务接待费": 103_000,
        "公务用车购置及运行费": 476_000,
    },
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_sangong_prior_year(docs, name):
    assert dict(docs[name].sangong.prior_year) == SANGONG_PRIOR[name]


# --------------------------------------------------------------------------- narrative


def _stated(stated: Stated | None):
    return None if stated is None else (stated.wan, stated.line)


NARRATIVE_TOTALS = {
    # line 77: 预算支出总额为 19,483 万元 … 财政拨款支出预算 19,483 万元 …
    # 一般公共预算拨款支出预算 19,483 万元
    "port": ((Decimal("19483"), 77), (Decimal("19483"), 77), (Decimal("19483"), 77)),
    # line 54: 4,918万元 … 4,360万元 … 4,360万元
    "coop": ((Decimal("4918"), 54), (Decimal("4360"), 54), (Decimal("4360"), 54)),
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_narrative_totals(docs, name):
    narrative = docs[name].narrative
    budget, fiscal, general = NARRATIVE_TOTALS[name]
    assert _stated(narrative.budget_total) == budget
    assert _stated(narrative.fiscal_total) == fiscal
    assert _stated(narrative.general_public_total) == general
    assert narrative.gov_fund_total is None


def test_narrative_total_in_yuan(port_doc):
    total = port_doc.narrative.budget_total
    assert total.yuan == 194_830_000
    assert total.half_step_yuan == 5_000


NARRATIVE_CATEGORIES = {
    "port": [
        ("一般公共服务支出", Decimal("19041"), 79),
        ("社会保障和就业支出", Decimal("132"), 81),
        ("医疗卫生与计划生育支出", Decimal("60"), 83),
        ("住房保障支出", Decimal("250"), 85),
    ],
    "coop": [
        ("一般公共服务支出", Decimal("3423"), 56),
        ("社会保障和就业支出", Decimal("261"), 57),
        ("医疗卫生与计划生育支出", Decimal("141"), 58),
        ("住房保障支出", Decimal("534"), 59),
    ],
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_narrative_categories(docs, name):
    got = [(c.name, c.amount.wan, c.amount.line) for c in docs[name].narrative.categories]
    assert got == NARRATIVE_CATEGORIES[name]


# (item, current 万元, direction, magnitude, signed change, line)
SANGONG_CHANGES = {
    "port": [
        ("合计", Decimal("142.05"), "减少", Decimal("0.45"), Decimal("-0.45"), 282),
        ("因公出国（境）费", Decimal("84.15"), "增加", Decimal("13.55"), Decimal("13.55"), 284),
        ("公务接待费", Decimal("47.4"), "持平", N, Decimal(0), 286),
        ("公务用车购置及运行费", Decimal("10.5"), "减少", Decimal("14"), Decimal("-14"), 288),
    ],
    "coop": [
        # line 259: 比2016年预算增加减少13.9万元
        ("合计", Decimal("137.6"), "ambiguous", Decimal("13.9"), N, 259),
        ("因公出国（境）费", Decimal("93.6"), "持平", N, Decimal(0), 261),
        ("公务接待费", Decimal("30"), "增加", Decimal("19.7"), Decimal("19.7"), 263),
        ("公务用车购置及运行费", Decimal("14"), "减少", Decimal("33.6"), Decimal("-33.6"), 265),
    ],
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_narrative_sangong(docs, name):
    narrative = docs[name].narrative
    total = {"port": (Decimal("142.05"), 282), "coop": (Decimal("137.6"), 259)}[name]
    assert _stated(narrative.sangong_total) == total
    got = [
        (
            c.item,
            c.current.wan if c.current else None,
            c.direction,
            c.magnitude,
            c.change,
            c.line,
        )
        for c in narrative.sangong_changes
    ]
    assert got == SANGONG_CHANGES[name]
    assert all(c.prior_year == 2016 for c in narrative.sangong_changes)


def test_ambiguous_change_keeps_its_text(coop_doc):
    change = coop_doc.narrative.sangong_changes[0]
    assert change.text == "比2016年预算增加减少13.9万元"
    assert change.change is None
    assert change.previous is None


@pytest.mark.parametrize(
    ("name", "line", "purchase", "running"),
    [
        # line 288: 公务用车购置费 0 万元，公务用车运行费 10.5 万元
        ("port", 288, Decimal("0"), Decimal("10.5")),
        # line 265: （其中，公务用车购置费0万元，公务用车运行费14万元）
        ("coop", 265, Decimal("0"), Decimal("14")),
    ],
)
def test_narrative_sangong_parts(docs, name, line, purchase, running):
    parts = docs[name].narrative.sangong_parts
    assert _stated(parts["公务用车购置费"]) == (purchase, line)
    assert _stated(parts["公务用车运行费"]) == (running, line)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("port", (Decimal("422.08"), 292)), ("coop", (Decimal("551"), 269))],
)
def test_narrative_operating_cost(docs, name, expected):
    assert _stated(docs[name].narrative.operating_cost) == expected


PROCUREMENT = {
    # line 296: 211.14 = 货物 19.7 + 工程 0 + 服务 191.44; line 298: 36.24, 小微 30
    "port": (
        (Decimal("211.14"), 296),
        (Decimal("19.7"), 296),
        (Decimal("0"), 296),
        (Decimal("191.44"), 296),
        (Decimal("36.24"), 298),
        (Decimal("30"), 298),
    ),
    # line 273: 122.8 = 货物 36 + 服务 86.8 (no 工程 stated); line 275: 40.6, 小微 20
    "coop": (
        (Decimal("122.8"), 273),
        (Decimal("36"), 273),
        N,
        (Decimal("86.8"), 273),
        (Decimal("40.6"), 275),
        (Decimal("20"), 275),
    ),
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_narrative_procurement(docs, name):
    procurement = docs[name].narrative.procurement
    assert procurement is not None
    got = tuple(
        _stated(part)
        for part in (
            procurement.total,
            procurement.goods,
            procurement.works,
            procurement.services,
            procurement.sme_reserved,
            procurement.small_micro_reserved,
        )
    )
    assert got == PROCUREMENT[name]


@pytest.mark.parametrize(
    ("name", "count", "amount", "line"),
    [
        # line 302: 项目 13 个，涉及预算金额 17954.37 万元
        ("port", 13, Decimal("17954.37"), 302),
        # line 279: 项目8个，涉及预算金额744.2万元
        ("coop", 8, Decimal("744.2"), 279),
    ],
)
def test_narrative_performance(docs, name, count, amount, line):
    performance = docs[name].narrative.performance
    assert performance is not None
    assert (performance.project_count, performance.amount.wan, performance.line) == (
        count,
        amount,
        line,
    )


# --------------------------------------------------------------------------- projects

FORM_TITLE = "上海市财政支出项目绩效目标申报表"

# title line, name, total, this year, last year's budget, last year's spending
PROJECTS = {
    "port": [
        (304, "单一窗口运维", 161_770_800, 161_770_800, 0, 0),
        (344, "口岸大通关工作经费", 10_000_000, 10_000_000, 0, 0),
        # line 393: 项目当年预算（元） with no number;
        # line 394: 同名项目上年预算执行数（元） with no number
        (380, "《上海口岸综合管理信息系统》（运维）", 999_970, N, 0, N),
    ],
    "coop": [
        (
            281,
            "上海市在外地投资企业工商注册数据采集与分析系统（2017年运维）",
            206_450,
            206_450,
            89_150,
            89_000,
        ),
        (323, "各地来沪投资数据采集与统计分析系统(运维)", 200_000, 200_000, 0, 0),
        (346, "合作交流综合信息服务平台建设(运维)", 193_690, 193_690, 0, 0),
    ],
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_projects(docs, name):
    projects = docs[name].projects
    got = [
        (p.line, p.name, p.total_budget, p.year_budget, p.last_year_budget, p.last_year_spent)
        for p in projects
    ]
    assert got == PROJECTS[name]
    assert all(p.year == 2017 for p in projects)
    assert all(p.applicant == PREPARERS[name] for p in projects)


def test_project_titles(port_doc, coop_doc):
    # line 380 has the typo 绩效标申报表 (for 绩效目标申报表): kept as printed
    assert [p.title for p in port_doc.projects] == [
        FORM_TITLE,
        FORM_TITLE,
        "上海市财政支出项目绩效标申报表",
    ]
    assert [p.title for p in coop_doc.projects] == [FORM_TITLE] * 3


def test_port_project_people_and_dates(port_doc):
    first, second, third = port_doc.projects
    # line 311: 项目负责人 杨旭波 联系人 杨旭波 联系电话 63292537; line 312: dates
    assert (first.leader, first.contact, first.phone) == ("杨旭波", "杨旭波", "63292537")
    assert (first.start, first.end) == ("2017-01-01", "2017-12-31")
    # line 342: 填报单位负责人（签名）：张超美 填报人：杨旭波 填报日期：2016年9月30日
    assert (first.signer, first.preparer, first.filed_on) == ("张超美", "杨旭波", "2016年9月30日")
    # line 350
    assert (second.leader, second.phone) == ("刘太秋", "63292508")
    # line 424: 填报人：邵永表
    assert third.preparer == "邵永表"


def test_coop_project_missing_people(coop_doc):
    first, _, third = coop_doc.projects
    # line 290: 项目负责人 (empty) 联系人 联系电话; line 291: 结束时间 with no date
    assert first.leader is None
    assert (first.start, first.end) == ("2017-01-01", None)
    # line 356: both dates
    assert (third.start, third.end) == ("2017-01-01", "2017-12-31")


COMPONENTS = {
    "port": [
        [],
        [],
        [
            ("《上海口岸综合管理信息系统》电信政府专网租用", 210_000, 396),
            ("《上海口岸综合管理信息系统》安全测评费", 140_000, 397),
            ("《上海口岸综合管理信息系统》政务专业邮件系统", 200_000, 398),
            ("《上海口岸综合管理信息系统》年度运维", 449_970, 399),
        ],
    ],
    "coop": [
        [
            ("数据采集子系统、统计分析子系统等", 152_950, 299),
            ("专题数据建设", 31_500, 300),
            ("主机-PC服务器", 22_000, 301),
        ],
        [
            ("统计分析子系统、补充数据采集子系统等", 156_000, 342),
            ("增加值和就业估算数据采集子系统", 30_000, 343),
            ("主机-PC服务器", 14_000, 344),
        ],
        [
            ("综合信息报送系统、区县招商引资项目交流系统等", 112_070, 364),
            ("IDC服务费", 45_000, 365),
            ("主机-PC服务器与小型机、网络设备-交换机等硬件", 36_620, 366),
        ],
    ],
}


@pytest.mark.parametrize("name", ["port", "coop"])
def test_project_components(docs, name):
    got = [[(c.name, c.amount, c.line) for c in p.components] for p in docs[name].projects]
    assert got == COMPONENTS[name]


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        # port: lines 327-340; 367-376; 405-422 without blank line 407
        ("port", [14, 10, 17]),
        # coop: lines 308-319; none (the form stops at line 344); 373-384
        ("coop", [12, 0, 12]),
    ],
)
def test_indicator_counts(docs, name, counts):
    assert [len(p.indicators) for p in docs[name].projects] == counts


def test_coop_cut_short_form(coop_doc):
    form = coop_doc.projects[1]
    assert form.name == "各地来沪投资数据采集与统计分析系统(运维)"
    assert form.indicators == ()
    assert form.signer is None
    assert len(form.components) == 3


# (project index, line, category, indicator, target text, operator, number, unit)
INDICATORS = {
    "port": [
        (0, 327, "投入和管理目标", "预算执行率", "=100.00%", "=", Decimal("100.00"), "%"),
        (0, 328, "投入和管理目标", "资金使用情况", "资金使用合规", N, N, N),
        (0, 336, "效果目标", "通关效率提升情况", "有提升", N, N, N),
        (0, 339, "影响力目标", "企业满意度", "≥85.00%", "≥", Decimal("85.00"), "%"),
        (0, 340, "影响力目标", "工作人员满意度", "≥85.00%", "≥", Decimal("85.00"), "%"),
        (1, 368, "投入和管理目标", "所选方案价值优化率", "=0.00", "=", Decimal("0.00"), N),
        (1, 370, "产出目标", "财政投入乘数", "=2.00", "=", Decimal("2.00"), N),
        (1, 375, "影响力目标", "报关企业满意度", "≥85.00%", "≥", Decimal("85.00"), "%"),
        (2, 408, "投入和管理目标", "财务管理制度健全性", "健全", N, N, N),
        (2, 418, "效果目标", "系统运行效率", "有提高", N, N, N),
        (2, 422, "影响力目标", "主管单位满意度", "≥85.00%", "≥", Decimal("85.00"), "%"),
    ],
    "coop": [
        (0, 308, "投入和管理目标", "信息安全管理制度健全性", "健全", N, N, N),
        (0, 309, "投入和管理目标", "资金到位及时率", "100%", N, Decimal("100"), "%"),
        (0, 315, "效果目标", "相关人员满意度", "≥85%", "≥", Decimal("85"), "%"),
        (0, 319, "影响力目标", "系统故障应急处理预案", "建立", N, N, N),
        (2, 378, "产出目标", "运维工作完成率", "100%", N, Decimal("100"), "%"),
        (2, 379, "效果目标", "相关人员满意度", "≥85.00%", "≥", Decimal("85.00"), "%"),
    ],
}


@pytest.mark.parametrize(
    ("name", "index", "line", "category", "indicator", "text", "operator", "number", "unit"),
    [(name, *row) for name, rows in INDICATORS.items() for row in rows],
)
def test_indicator_targets(
    docs, name, index, line, category, indicator, text, operator, number, unit
):
    project = docs[name].projects[index]
    found = [i for i in project.indicators if i.line == line]
    assert len(found) == 1, f"no indicator on line {line}"
    got = found[0]
    assert (got.category, got.name) == (category, indicator)
    target = got.target
    assert (target.text, target.operator, target.number, target.unit) == (
        text,
        operator,
        number,
        unit,
    )


# (project index, type selected, type uncertain, use selected, use uncertain)
CHOICES = {
    "port": [
        # lines 308-309: 7 boxes for 5 labels; the one checked box sits after 其他一次性项目
        # and is no label's box under the box-before pairing. Line 310: boxes both sides of
        # every label; checked box between 信息化建设类 and 政策补贴类.
        (0, "其他一次性项目", True, "信息化建设类", True),
        # line 348/349: label then box; checked after 其他经常性项目 / 政策补贴类
        (1, "其他经常性项目", False, "政策补贴类", False),
        # line 384/385: checked after 经常性专项业务费 / 信息化建设类
        (2, "经常性专项业务费", False, "信息化建设类", False),
    ],
    "coop": [
        # line 288/289: label then box
        (0, "经常性专项业务费", False, "政府购买服务", False),
        # line 330-331/332: box then label
        (1, "经常性专项业务费", False, "政府购买服务", False),
        # line 353/354
        (2, "经常性专项业务费", False, "政府购买服务", False),
    ],
}
TYPE_OPTIONS = (
    "市委市政府已确定的新增项目",
    "结转项目",
    "其他一次性项目",
    "经常性专项业务费",
    "其他经常性项目",
)
USE_OPTIONS = (
    "基本建设工程类",
    "信息化建设类",
    "政策补贴类",
    "政府购买服务",
    "资产购置类",
    "其他事业专业类",
)


@pytest.mark.parametrize(
    ("name", "index", "type_selected", "type_uncertain", "use_selected", "use_uncertain"),
    [(name, *row) for name, rows in CHOICES.items() for row in rows],
)
def test_checkboxes(docs, name, index, type_selected, type_uncertain, use_selected, use_uncertain):
    project = docs[name].projects[index]
    assert project.type is not None
    assert project.use is not None
    assert (project.type.selected, project.type.uncertain) == (type_selected, type_uncertain)
    assert (project.use.selected, project.use.uncertain) == (use_selected, use_uncertain)
    assert project.type.options == TYPE_OPTIONS
    assert project.use.options == USE_OPTIONS
    for choice in (project.type, project.use):
        assert "checkbox" in choice.raw
        if choice.uncertain:
            assert choice.selected in choice.candidates
        else:
            assert choice.candidates == ()


def test_uncertain_use_lists_both_readings(port_doc):
    # line 310: `信息化建设类 <input checked=""…/> 政策补贴类` — the checked box is after one
    # label and before the next, so both are candidates.
    use = port_doc.projects[0].use
    assert use.line == 310
    assert set(use.candidates) == {"信息化建设类", "政策补贴类"}


def test_checkbox_lines(port_doc, coop_doc):
    assert [(p.type.line, p.use.line) for p in port_doc.projects] == [
        (308, 310),
        (348, 349),
        (384, 385),
    ]
    assert [(p.type.line, p.use.line) for p in coop_doc.projects] == [
        (288, 289),
        (330, 332),
        (353, 354),
    ]


# --------------------------------------------------------------------------- source lines


def _digits(line: str) -> str:
    return line.replace(",", "")


@pytest.mark.parametrize("name", ["port", "coop"])
def test_code_rows_sit_on_their_lines(docs, source_lines, name):
    lines = source_lines[name]
    doc: Document = docs[name]
    for table in doc.tables.values():
        if not isinstance(table, CodeTable):
            continue
        assert table.title in lines[table.line - 1]
        for row in table.rows:
            text = lines[row.line - 1]
            cells = text.split("\t")
            assert cells[0] == row.code[:3], (table.id, row)
            assert row.name in cells, (table.id, row)
            for value in row.values.values():
                if value is not None:
                    assert str(value) in _digits(text), (table.id, row)
        if table.total_line is not None:
            assert lines[table.total_line - 1].startswith("合计")
            for value in (table.total or {}).values():
                if value is not None:
                    assert str(value) in _digits(lines[table.total_line - 1])


@pytest.mark.parametrize("name", ["port", "coop"])
def test_side_items_sit_on_their_lines(docs, source_lines, name):
    lines = source_lines[name]
    for table_id in ("finance_summary", "fiscal_summary"):
        table = docs[name].table(table_id)
        for item in (*table.income_items, *table.expenditure_items):
            text = lines[item.line - 1]
            assert item.name in text.split("\t")
            for value in item.values.values():
                if value is not None:
                    assert str(value) in _digits(text)


@pytest.mark.parametrize("name", ["port", "coop"])
def test_narrative_figures_sit_on_their_lines(docs, source_lines, name):
    lines = source_lines[name]
    narrative = docs[name].narrative
    stated = [
        narrative.budget_total,
        narrative.fiscal_total,
        narrative.general_public_total,
        narrative.sangong_total,
        narrative.operating_cost,
        narrative.performance.amount,
        *(c.amount for c in narrative.categories),
        *(c.current for c in narrative.sangong_changes),
        *narrative.sangong_parts.values(),
    ]
    procurement = narrative.procurement
    stated += [
        procurement.total,
        procurement.goods,
        procurement.works,
        procurement.services,
        procurement.sme_reserved,
        procurement.small_micro_reserved,
    ]
    for figure in stated:
        if figure is None:
            continue
        assert f"{figure.wan}" in _digits(lines[figure.line - 1]), figure
    for change in narrative.sangong_changes:
        assert change.text in lines[change.line - 1]
    for category in narrative.categories:
        assert f"“{category.name}”" in lines[category.amount.line - 1]


@pytest.mark.parametrize("name", ["port", "coop"])
def test_project_fields_sit_on_their_lines(docs, source_lines, name):
    lines = source_lines[name]
    for project in docs[name].projects:
        assert lines[project.line - 1].startswith(project.title)
        assert project.name in lines[project.lines["name"] - 1]
        if project.total_budget is not None:
            assert str(project.total_budget) in lines[project.lines["total_budget"] - 1]
        for component in project.components:
            text = lines[component.line - 1]
            assert component.name in text
            assert str(component.amount) in text
        for indicator in project.indicators:
            cells = lines[indicator.line - 1].split("\t")
            assert indicator.name in cells
            assert indicator.target.text in cells
        for choice in (project.type, project.use):
            assert lines[choice.line - 1].strip().split()[-1] in choice.raw


@pytest.mark.parametrize(
    ("name", "line", "expected"),
    [
        ("port", 146, "201\t03\t01\t行政运行\t13270,732\t11663,914\t1606,818"),
        ("port", 242, "302\t02\t印刷费\t15,000\t\t15,000"),
        ("port", 276, "142.05\t84.15\t47.4\t10.5\t0\t10.5\t422.08"),
        ("coop", 243, "合计\t30,248,466\t24,738,466\t5,510,000"),
        ("coop", 253, "137.6\t93.6\t30\t14\t\t14\t551"),
    ],
)
def test_spot_lines_are_what_the_tests_assume(source_lines, name, line, expected):
    # Guards the transcription above: these are the lines as printed.
    assert source_lines[name][line - 1] == expected


def test_spot_checks(port_doc, coop_doc):
    expenditure = port_doc.code_table("expenditure")
    assert expenditure.get("2010301").line == 146
    economic = port_doc.code_table("economic")
    assert economic.get("30202").line == 242
    assert economic.get("30217").value("合计") == 36_000
    assert port_doc.sangong.line == 276
    assert coop_doc.code_table("economic").total_line == 243
    assert coop_doc.sangong.line == 253
    assert port_doc.projects[2].components[3].line == 399
    assert coop_doc.narrative.sangong_changes[0].line == 259


@pytest.mark.parametrize("name", ["port", "coop"])
def test_paragraphs_sit_on_their_lines(docs, source_lines, name):
    lines = source_lines[name]
    for section in docs[name].sections:
        assert section.title in lines[section.line - 1]
        for paragraph in section.paragraphs:
            assert paragraph.line == paragraph.lines[0]
            for number in paragraph.lines:
                assert lines[number - 1].strip() in paragraph.text


def test_paragraph_broken_by_page_break_is_joined(port_doc, source_lines):
    # lines 43 and 45 are one duty, broken mid-word (涉外作业 / 区对外开通) by a page break
    duties = port_doc.sections[0]
    (paragraph,) = [p for p in duties.paragraphs if p.line == 43]
    assert paragraph.lines == (43, 45)
    assert "涉外作业区对外开通启用" in paragraph.text


# --------------------------------------------------------------------------- page-break joins

# (line, text before which the sample line is broken by a page break, i.e. "\n\n")
PAGE_BREAKS = {
    # line 77 → 77 + blank 78 + 79:
    # “…财政拨款支出预算中，” / “一般公共预算拨款支出预算 19,483 万元。…”
    "general_public_total": (77, "一般公共预算拨款支出预算 19,483"),
    # line 284 → 284 + 286:
    # “…境外培训研修等的国际旅费、” / “国外城市间交通费…比 2016 年预算增加 13.55 万元…”
    "sangong_change": (284, "国外城市间交通费"),
    # line 292 → 292 + 294:
    # “…上海市口岸服务办公室 2017 年度” / “机关运行经费财政拨款预算 422.08 万元。”
    "operating_cost": (292, "机关运行经费财政拨款预算 422.08"),
}


def _broken(port_text, edit, case):
    line, before = PAGE_BREAKS[case]
    return budgetdiff.parse(edit(port_text, line, before, "\n\n" + before))


@pytest.mark.parametrize("case", sorted(PAGE_BREAKS))
def test_page_break_mid_sentence_keeps_the_facts(port_text, edit, port_doc, case):
    doc = _broken(port_text, edit, case)
    line, _ = PAGE_BREAKS[case]
    assert doc.unparsed == ()
    assert check_report(doc).failed == ()
    assert [c for c in check_report(doc) if c.status == "warn"] == []
    (paragraph,) = [p for s in doc.sections for p in s.paragraphs if p.line == line]
    assert paragraph.lines == (line, line + 2)
    narrative, before = doc.narrative, port_doc.narrative
    assert narrative.general_public_total.wan == before.general_public_total.wan
    assert [c.change for c in narrative.sangong_changes] == [
        c.change for c in before.sangong_changes
    ]
    assert narrative.operating_cost.wan == before.operating_cost.wan


# A figure in a paragraph joined across a page break keeps the line it is printed on,
# not the paragraph's first line (a bug at commit 105be0a: facts.py used paragraph.line).


def test_page_break_general_public_total_line(port_text, edit):
    doc = _broken(port_text, edit, "general_public_total")
    assert doc.narrative.budget_total.line == 77
    assert doc.narrative.general_public_total.line == 79


def test_page_break_sangong_change_line(port_text, edit):
    doc = _broken(port_text, edit, "sangong_change")
    (change,) = [c for c in doc.narrative.sangong_changes if c.item == "因公出国（境）费"]
    assert change.current.line == 284
    assert change.line == 286


def test_page_break_operating_cost_line(port_text, edit):
    doc = _broken(port_text, edit, "operating_cost")
    assert doc.narrative.operating_cost.line == 294


def test_uncertain_checkbox_lists_both_neighbours(docs):
    """Port form 1 项目类型 (lines 308-309): the checked box sits between two labels."""
    choice = docs["port"].projects[0].type
    assert choice.uncertain
    assert choice.selected == "其他一次性项目"
    assert set(choice.candidates) == {"其他一次性项目", "经常性专项业务费"}
    use = docs["port"].projects[0].use
    assert use.uncertain and set(use.candidates) == {"信息化建设类", "政策补贴类"}


def test_short_fragment_ending_in_a_comma_is_joined(port_text):
    """A page break after "项目 13 个，" must not lose the 预算绩效 fact."""
    text = port_text.replace("项目 13 个，", "项目 13 个，\n\n", 1)
    doc = budgetdiff.parse(text)
    assert doc.narrative.performance is not None
    assert doc.narrative.performance.project_count == 13
    assert doc.narrative.performance.line == 302
    assert doc.narrative.performance.amount.line == 304
