"""What sh-putuo-finance-2024-final.pdf prints: identity and table headings only.

Ground truth for issue 8, read from the page images (pdftoppm -r 80). This is a
部门决算 (final accounts), not a budget: budgetdiff must recognise it as 决算 and
refuse it in one sentence (exit 2) until a later issue reads it, never report it as
a budget with missing tables. Every table is in 万元 with two decimals.
"""

SOURCE = "sh-putuo-finance-2024-final.pdf"

PAGE_COUNT = 25

# The cover prints the department on one line and 2024年度部门决算 on the next; there
# is no 预算主管部门 line.
IDENTITY = {
    "department": "上海市普陀区财政局",
    "year": 2024,
    "kind": "部门决算",
    "title": "上海市普陀区财政局2024年度部门决算",
    "title_lines": ["上海市普陀区财政局", "2024年度部门决算"],
    "title_page": 1,
}

# (heading as printed, page). The TOC (pages 2-3) has no dot leaders and no page
# numbers. Part three's heading wraps: "…2024年度部门决算情况" / "说明".
PARTS = [
    ("第一部分 上海市普陀区财政局概况", 4),
    ("第二部分 上海市普陀区财政局2024年度部门决算表", 6),
    ("第三部分上海市普陀区财政局2024年度部门决算情况说明", 21),
    ("第四部分 名词解释", 25),
]

# The nine tables, headings as printed (no year, no prefix; the number is the TOC's).
# 收入支出决算总表's page 7 holds only 年初/年末结转和结余 and 总计 (2,995.39 both
# sides); 财政拨款收入支出决算总表's page 14 holds only one empty ruled row.
TABLES = [
    {"n": "一", "heading": "收入支出决算总表", "pages": [6, 7], "unit": "万元"},
    {"n": "二", "heading": "收入决算表", "pages": [8, 9], "unit": "万元"},
    {"n": "三", "heading": "支出决算表", "pages": [10, 11], "unit": "万元"},
    {"n": "四", "heading": "财政拨款收入支出决算总表", "pages": [12, 13, 14], "unit": "万元"},
    {"n": "五", "heading": "一般公共预算财政拨款支出决算表", "pages": [15], "unit": "万元"},
    {"n": "六", "heading": "一般公共预算财政拨款基本支出决算表", "pages": [16, 17], "unit": "万元"},
    {"n": "七", "heading": "财政拨款“三公”经费支出决算表", "pages": [18], "unit": "万元"},
    {
        "n": "八",
        "heading": "政府性基金预算财政拨款收入支出决算表",
        "pages": [19],
        "unit": "万元",
        "empty_note": ("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。"),
    },
    {
        "n": "九",
        "heading": "国有资本经营预算财政拨款收入支出决算表",
        "pages": [20],
        "unit": "万元",
        "empty_note": ("注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。"),
    },
]

# Seen while checking headings; for the later 决算 issue, not checked exhaustively.
OBSERVATIONS = [
    (
        "收入支出决算总表 (page 6) and 财政拨款收入支出决算总表 "
        "(page 12) print 八、社会保障和就业支出 326.71; "
        "一般公共预算财政拨款支出决算表 (page 15) prints 208 "
        "社会保障和就业支出 326.72 (its 项 sum to 326.72), so "
        "its 类 rows sum to 2,940.06 against its 合计 2,940.05: "
        "a 0.01万元 difference, within rounding."
    )
]
