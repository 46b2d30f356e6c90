"""What comparing the 2024 budget fixture with the real 2024 final accounts must show.

The pair: ``samples/pairs/sh-putuo-finance-2024-budget.txt`` (a 部门预算 written for this
test, see samples/pairs/README.md) against ``samples/real/sh-putuo-finance-2024-final.pdf``
(the real 部门决算 of 上海市普陀区财政局, 2024). Written from the figures, not from
budgetdiff's output:

- budget per 项 = the 年初预算 that the final accounts' narrative states for it
  (五（三）, page 22; NARRATIVE_ITEMS of sh_putuo_finance_2024_final). The narrative covers
  all eleven 项 of the 一般公共预算财政拨款支出决算表, so no 项 falls back to its 决算 figure;
- 款, 类 and 合计 = exact sums of their 项 (Decimal);
- final = the 一般公共预算财政拨款支出决算表 (table 五, page 15; TABLES["general_public"]
  of sh_putuo_finance_2024_final), as printed;
- 三公 budget = the 预算数 of the 财政拨款“三公”经费支出决算表 (table 七, page 18).

Every table of both documents is in 万元 with two decimals; amounts are the printed
strings (thousands separator as the tables print them), a blank cell is None.
Difference = final − budget; completion = final ÷ budget × 100, rounded half-up to
0.01 (given for the 合计 column only: a blank 基本支出/项目支出 budget has none).
"""

BUDGET = "samples/pairs/sh-putuo-finance-2024-budget.txt"
MISSTATED = "samples/pairs/sh-putuo-finance-2024-budget-misstated.txt"
FINAL = "samples/real/sh-putuo-finance-2024-final.pdf"
UNIT = "万元"

IDENTITY = {
    "department": "上海市普陀区财政局",
    "year": 2024,
    "kind": "部门预算",
    "title": "上海市普陀区财政局2024年部门预算",
    "department_line": "预算主管部门：上海市普陀区财政局",
}
FINAL_IDENTITY = {"department": "上海市普陀区财政局", "year": 2024, "kind": "部门决算"}

COLUMNS = ("合计", "基本支出", "项目支出")

# The 一般公共预算 table, code by code in printed order: (code, name, budget (合计,
# 基本支出, 项目支出), final (合计, 基本支出, 项目支出)). Codes and names are the final
# accounts' (both documents print the same 19 codes with the same names).
# The split of 行政运行 into 基本支出 1,558.05 and 项目支出 2.00 is the fixture's choice,
# not printed in the final accounts (see samples/pairs/README.md); every other 项 is
# all 基本支出 or all 项目支出 as in the final accounts.
GENERAL_PUBLIC = [
    (
        "201",
        "一般公共服务支出",
        ("2,156.47", "1,558.05", "598.42"),
        ("2,106.66", "1,503.52", "603.14"),
    ),
    ("20106", "财政事务", ("2,156.47", "1,558.05", "598.42"), ("2,106.66", "1,503.52", "603.14")),
    ("2010601", "行政运行", ("1,560.05", "1,558.05", "2.00"), ("1,511.89", "1,503.52", "8.37")),
    ("2010602", "一般行政管理事务", ("10.00", None, "10.00"), ("10.00", None, "10.00")),
    ("2010607", "信息化建设", ("135.90", None, "135.90"), ("135.25", None, "135.25")),
    ("2010608", "财政委托业务支出", ("450.52", None, "450.52"), ("449.52", None, "449.52")),
    ("208", "社会保障和就业支出", ("328.92", "328.92", None), ("326.72", "326.72", None)),
    ("20805", "行政事业单位养老支出", ("328.92", "328.92", None), ("326.72", "326.72", None)),
    ("2080501", "行政单位离退休", ("85.55", "85.55", None), ("84.65", "84.65", None)),
    (
        "2080505",
        "机关事业单位基本养老保险缴费支出",
        ("161.62", "161.62", None),
        ("160.75", "160.75", None),
    ),
    (
        "2080506",
        "机关事业单位职业年金缴费支出",
        ("80.81", "80.81", None),
        ("80.38", "80.38", None),
    ),
    ("2080599", "其他行政事业单位养老支出", ("0.94", "0.94", None), ("0.94", "0.94", None)),
    ("210", "卫生健康支出", ("62.29", "62.29", None), ("60.99", "60.99", None)),
    ("21011", "行政事业单位医疗", ("62.29", "62.29", None), ("60.99", "60.99", None)),
    ("2101101", "行政单位医疗", ("62.29", "62.29", None), ("60.99", "60.99", None)),
    ("221", "住房保障支出", ("446.25", "446.25", None), ("445.69", "445.69", None)),
    ("22102", "住房改革支出", ("446.25", "446.25", None), ("445.69", "445.69", None)),
    ("2210201", "住房公积金", ("187.75", "187.75", None), ("187.19", "187.19", None)),
    ("2210203", "购房补贴", ("258.50", "258.50", None), ("258.50", "258.50", None)),
]
GENERAL_PUBLIC_TOTAL = (
    "合计",
    ("2,993.93", "2,395.51", "598.42"),
    ("2,940.05", "2,336.91", "603.14"),
)

# The 年初预算 the final accounts' narrative states per 项 (page 22, printed without
# thousands separator); the budget's 合计 for the code equals each of them.
NARRATIVE_BUDGET = {
    "2010601": "1560.05",
    "2010602": "10.00",
    "2010607": "135.90",
    "2010608": "450.52",
    "2080501": "85.55",
    "2080505": "161.62",
    "2080506": "80.81",
    "2080599": "0.94",
    "2101101": "62.29",
    "2210201": "187.75",
    "2210203": "258.50",
}

# What `budgetdiff BUDGET FINAL` should show on the 合计 column of the 一般公共预算 table:
# code -> (budget, final, difference, completion %).
COMPARISON = {
    "201": ("2,156.47", "2,106.66", "-49.81", "97.69"),
    "20106": ("2,156.47", "2,106.66", "-49.81", "97.69"),
    "2010601": ("1,560.05", "1,511.89", "-48.16", "96.91"),
    "2010602": ("10.00", "10.00", "0.00", "100.00"),
    "2010607": ("135.90", "135.25", "-0.65", "99.52"),
    "2010608": ("450.52", "449.52", "-1.00", "99.78"),
    "208": ("328.92", "326.72", "-2.20", "99.33"),
    "20805": ("328.92", "326.72", "-2.20", "99.33"),
    "2080501": ("85.55", "84.65", "-0.90", "98.95"),
    "2080505": ("161.62", "160.75", "-0.87", "99.46"),
    "2080506": ("80.81", "80.38", "-0.43", "99.47"),
    "2080599": ("0.94", "0.94", "0.00", "100.00"),
    "210": ("62.29", "60.99", "-1.30", "97.91"),
    "21011": ("62.29", "60.99", "-1.30", "97.91"),
    "2101101": ("62.29", "60.99", "-1.30", "97.91"),
    "221": ("446.25", "445.69", "-0.56", "99.87"),
    "22102": ("446.25", "445.69", "-0.56", "99.87"),
    "2210201": ("187.75", "187.19", "-0.56", "99.70"),
    "2210203": ("258.50", "258.50", "0.00", "100.00"),
    "合计": ("2,993.93", "2,940.05", "-53.88", "98.20"),
}
# The same for the two other columns' totals (基本支出, 项目支出).
COMPARISON_TOTAL_COLUMNS = {
    "基本支出": ("2,395.51", "2,336.91", "-58.60", "97.55"),
    "项目支出": ("598.42", "603.14", "4.72", "100.79"),
}

# The misstated budget: one 项 of the 一般公共预算 table (and the same 项 in the income
# and expenditure tables, the narrative statement, and the totals above it) raised by
# 0.50, so that the budget's own checks still pass but the final accounts' narrative
# `年初预算为 85.55 万元` no longer agrees with it.
MISSTATED_ITEM = {
    "code": "2080501",
    "name": "行政单位离退休",
    "column": "基本支出",  # 合计 and 基本支出 both move; 项目支出 stays blank
    "budget": "85.55",
    "misstated": "86.05",
    "change": "0.50",
    "final_narrative_budget": "85.55",  # 年初预算为 85.55 万元 (page 22, item 5)
    "final": "84.65",
}
# Every figure the misstated budget prints differently, (correct, misstated).
MISSTATED_CARRIED = {
    "income/expenditure/general_public 2080501 合计": ("85.55", "86.05"),
    "expenditure/general_public 2080501 基本支出": ("85.55", "86.05"),
    "income/expenditure/general_public 20805 合计": ("328.92", "329.42"),
    "income/expenditure/general_public 208 合计": ("328.92", "329.42"),
    "income/expenditure/general_public 合计 合计": ("2,993.93", "2,994.43"),
    "expenditure/general_public 基本支出 (20805, 208)": ("328.92", "329.42"),
    "expenditure/general_public 合计 基本支出": ("2,395.51", "2,396.01"),
    "finance_summary / fiscal_summary 二、社会保障和就业支出": ("328.92", "329.42"),
    "finance_summary / fiscal_summary 收入总计, 支出总计, 一、财政拨款收入": (
        "2,993.93",
        "2,994.43",
    ),
    "economic 30302 退休费": ("71.17", "71.67"),
    "economic 303 对个人和家庭的补助": ("71.49", "71.99"),
    "economic 合计 合计": ("2,395.51", "2,396.01"),
    "economic 合计 人员经费": ("2,205.30", "2,205.80"),
    "narrative 收入预算, 财政拨款收入, 支出预算, 财政拨款支出预算, 一般公共预算拨款支出预算": (
        "2993.93",
        "2994.43",
    ),
    "narrative item 5 (行政单位离退休)": ("85.55", "86.05"),
}
# The comparison of the misstated budget with the final accounts where it differs from
# COMPARISON: code -> (budget, final, difference, completion %).
MISSTATED_COMPARISON = {
    "2080501": ("86.05", "84.65", "-1.40", "98.37"),
    "20805": ("329.42", "326.72", "-2.70", "99.18"),
    "208": ("329.42", "326.72", "-2.70", "99.18"),
    "合计": ("2,994.43", "2,940.05", "-54.38", "98.18"),
}
MISSTATED_COMPARISON_TOTAL_COLUMNS = {
    "基本支出": ("2,396.01", "2,336.91", "-59.10", "97.53"),
    "项目支出": ("598.42", "603.14", "4.72", "100.79"),
}
# The one budget-against-narrative disagreement a checker must find in the misstated pair
# (and none in the correct pair): the final's stated 年初预算 against the budget's table.
MISSTATED_DISAGREEMENT = ("2080501", "85.55", "86.05", "-0.50")  # (code, stated, budget, Δ)

# 三公 budget per item as the budget's table prints it (万元); it equals the 预算数 of the
# final accounts' table 七 (blank 预算数 cells there are 0.00 here). 机关运行经费 is not
# from the final accounts (which print no 机关运行经费 budget): the fixture sets it to the
# budget's 公用经费 合计.
SANGONG_BUDGET = {
    "合计": "0.95",
    "因公出国（境）费": "0.00",
    "公务接待费": "0.95",
    "公务用车购置及运行费": "0.00",
    "公务用车购置费": "0.00",
    "公务用车运行费": "0.00",
    "机关运行经费": "190.21",
}
# The final accounts' table 七, (预算数, 决算数) as printed (blank = None).
SANGONG_FINAL = {
    "合计": ("0.95", None),
    "因公出国（境）费": (None, None),
    "公务接待费": ("0.95", None),
    "公务用车购置及运行费": (None, None),
    "公务用车购置费": (None, None),
    "公务用车运行费": (None, None),
}
# The comparison of 三公: item -> (budget, final, difference, completion %); the final's
# blank 决算数 is 0.00 (its narrative says 支出决算为0.00万元, 完成预算的0%). Completion is
# None where the budget is 0.00.
SANGONG_COMPARISON = {
    "合计": ("0.95", "0.00", "-0.95", "0.00"),
    "因公出国（境）费": ("0.00", "0.00", "0.00", None),
    "公务接待费": ("0.95", "0.00", "-0.95", "0.00"),
    "公务用车购置及运行费": ("0.00", "0.00", "0.00", None),
    "公务用车购置费": ("0.00", "0.00", "0.00", None),
    "公务用车运行费": ("0.00", "0.00", "0.00", None),
}

# Differences of 0.01 a comparison meets that are the final accounts' own rounding, not
# the budget's: at most a rounding note, never a finding.
ROUNDING_NOTES = [
    (
        "The final's narrative (五（三）, page 21) states 一般公共预算财政拨款支出年初预算为"
        "2993.92万元; its eleven 项 budgets add up to 2993.93, the budget's 合计. Both give a "
        "completion of 98.20% (2940.05 ÷ 2993.92 = 98.2007…%, ÷ 2993.93 = 98.2004…%)."
    ),
    (
        "The final's 合计 2,940.05 (table 五) is 0.01 below the sum of its 类 (2,940.06), and "
        "its 收入支出决算总表 / 财政拨款收入支出决算总表 print 208 as 326.71 against 326.72 in "
        "table 五: compare on table 五's rows and its printed 合计."
    ),
]
