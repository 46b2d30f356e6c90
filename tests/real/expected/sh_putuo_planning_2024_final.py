"""What sh-putuo-planning-2024-final.pdf is: identity, table headings and pages only.

A 部门决算 (final accounts) in 万元, made with Word 2010, 30 pages; read on the page images
(pdftoppm -r 80). budgetdiff must recognise it as 决算 and refuse it with one sentence (exit 2)
until a later issue reads 决算; the figures are not transcribed here.
"""

SOURCE = "sh-putuo-planning-2024-final.pdf"

PAGE_COUNT = 30

# The cover (p1) prints the title on three lines, as in title_lines.
IDENTITY = {
    "department": "上海市普陀区规划和自然资源局",
    "year": 2024,
    "kind": "部门决算",
    "title": "上海市普陀区规划和自然资源局2024年度部门决算",
    "title_lines": ("上海市普陀区规划和自然", "资源局", "2024年度部门决算"),
    "title_page": 1,
}

# (heading of each part as printed, the page it starts on).
TOC = {
    "pages": (2, 3),
    "heading": "目录",
    "dot_leaders": False,
    "page_numbers": False,
    "parts": (
        ("第一部分 上海市普陀区规划和自然资源局概况", 4),
        ("第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算表", 7),
        ("第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算情况说明", 20),
        ("第四部分 名词解释", 29),
    ),
}

# The page-7 line above the first table reads 上海市规划和自然资源局… (sic: without
# 普陀区). Every table prints 单位：万元 and no 编制部门 line.
TABLES = {
    "income_expenditure_summary": {
        "heading": "收入支出决算总表",
        "heading_above": "上海市规划和自然资源局2024年度部门决算表",
        "pages": (7,),
        "unit": "万元",
    },
    "income": {
        "heading": "收入决算表",
        "pages": (8, 9),
        "unit": "万元",
    },
    "expenditure": {
        "heading": "支出决算表",
        "pages": (10, 11),
        "unit": "万元",
    },
    "fiscal_summary": {
        "heading": "财政拨款收入支出决算总表",
        "pages": (12, 13),
        "unit": "万元",
    },
    "general_public": {
        "heading": "一般公共预算财政拨款支出决算表",
        "pages": (14, 15),
        "unit": "万元",
    },
    "economic": {
        "heading": "一般公共预算财政拨款基本支出决算表",
        "pages": (16,),
        "unit": "万元",
    },
    "sangong": {
        "heading": "财政拨款“三公”经费支出决算表",
        "pages": (17,),
        "unit": "万元",
    },
    "gov_fund": {
        "heading": "政府性基金预算财政拨款收入支出决算表",
        "pages": (18,),
        "unit": "万元",
        "empty_note": (
            "说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，"
            "故本表无数据。"
        ),
    },
    "state_capital": {
        "heading": "国有资本经营预算财政拨款收入支出决算表",
        "pages": (19,),
        "unit": "万元",
        "empty_note": (
            "说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，"
            "故本表无数据。"
        ),
    },
}

EXPECTED = {
    "recognised_as": "部门决算",
    "exit_status": 2,
    "stderr": "one sentence saying the file is a 部门决算 (final accounts), not read yet",
    "must_not": "report it as a budget with missing tables, or read 决算 figures as budget figures",
}

# Seen in passing, not a full check of the 决算 (for the later issue).
OBSERVED = (
    (
        "收入支出决算总表 (p7) prints 十一、城乡社区支出 3845.25 and 九、卫生健康支出 "
        "236.63; 支出决算表 (p10-11) prints 212 3845.24 and 210 236.64 (0.01 万元 each way, "
        "same 合计 9759.38): rounding"
    ),
    (
        "收入支出决算总表: 本年收入合计 9746.50 + 年初结转和结余 112.88 = 总计 9859.38 = "
        "本年支出合计 9759.38 + 年末结转和结余 100.00"
    ),
    (
        "一般公共预算财政拨款基本支出决算表 (p16): 人员经费合计 4884.09 + 公用经费合计 "
        "480.66 = 5364.75 = 一般公共预算财政拨款支出决算表 合计 基本支出 (p15)"
    ),
    "三公 (p17): 预算数 2.85 / 决算数 0.39, all of it 公务接待费",
)
