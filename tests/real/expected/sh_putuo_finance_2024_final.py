"""What sh-putuo-finance-2024-final.pdf prints: identity, parts, every table row, the
narrative facts and the problems a correct checker must report.

Ground truth for issues 8 and 10, read from the page images (pdftoppm -r 80; tables and
narrative again at -r 100/110/160). This is a 部门决算 (final accounts), not a budget.
Every table is in 万元 with two decimals. Amounts are the exact printed strings; a blank
cell is None. Codes are the printed 类/款/项 (or 类/款) columns joined: 201 | 06 | 01 is
"2010601". The text layer (pdftotext -layout) agrees with the images on every figure;
where its line order differs (figures printed top-aligned in a cell, wrapped names, the
narrative's item 4), the image's order is the one written here.

Row shapes: coded tables give (code, name, amount per column in `columns` order after the
name); two-sided tables give `income_rows` / `expenditure_rows` of (name, amounts...).
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

# Every heading that names the department (parts on pages 4, 6, 21; the notes under
# tables 八/九 on pages 19-20; the narrative sections) prints 上海市普陀区财政局: no
# misprinted department in this document.
HEADING_MISPRINTS: list[tuple[str, int]] = []

# The nine tables by id, with every row in printed order. "n" is the TOC's number;
# headings are printed without year or prefix; every table prints 单位：万元 at its top
# right and no 编制部门 line. "total_position" says where the 合计 row stands.
TABLES = {
    "income_expenditure_summary": {
        "n": "一",
        "heading": "收入支出决算总表",
        "pages": [6, 7],
        "unit": "万元",
        "columns": ["收入 项目", "收入 决算数", "支出 项目", "支出 决算数"],
        "total_position": "bottom",
        # Page 6 holds the 8 income and 26 expenditure items and the 本年收入合计 /
        # 本年支出合计 line; page 7 holds only the three carry-over/总计 lines.
        "income_rows": [
            ("一、一般公共预算财政拨款收入", "2,940.05"),
            ("二、政府性基金预算财政拨款收入", None),
            ("三、国有资本经营预算财政拨款收入", None),
            ("四、上级补助收入", None),
            ("五、事业收入", None),
            ("六、经营收入", None),
            ("七、附属单位上缴收入", None),
            ("八、其他收入", "6.20"),
        ],
        "expenditure_rows": [
            ("一、一般公共服务支出", "2,106.66"),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", None),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化旅游体育与传媒支出", None),
            ("八、社会保障和就业支出", "326.71"),  # 326.72 in tables 二, 三, 五
            ("九、卫生健康支出", "60.99"),
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", None),
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探工业信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、援助其他地区支出", None),
            ("十八、自然资源海洋气象等支出", None),
            ("十九、住房保障支出", "445.69"),
            ("二十、粮油物资储备支出", None),
            ("二十一、国有资本经营预算支出", None),
            ("二十二、灾害防治及应急管理支出", None),
            ("二十三、其他支出", None),
            ("二十四、债务还本支出", None),
            ("二十五、债务付息支出", None),
            ("二十六、抗疫特别国债安排的支出", None),
        ],
        "income_row_count": 8,
        "expenditure_row_count": 26,
        # The lines below the items, (income side, expenditure side), each (name, amount).
        # The carry-over lines are indented in the image; 总计 is not.
        "total_rows": [
            (("本年收入合计", "2,946.25"), ("本年支出合计", "2,940.05")),  # page 6
            (("使用非财政拨款结余（含专用结余）", None), ("结余分配", None)),  # page 7
            (("年初结转和结余", "49.14"), ("年末结转和结余", "55.34")),  # page 7
            (("总计", "2,995.39"), ("总计", "2,995.39")),  # page 7
        ],
        "totals": {
            "本年收入合计": "2,946.25",
            "本年支出合计": "2,940.05",
            "使用非财政拨款结余（含专用结余）": None,
            "结余分配": None,
            "年初结转和结余": "49.14",
            "年末结转和结余": "55.34",
            "收入总计": "2,995.39",
            "支出总计": "2,995.39",
        },
        "note": None,
    },
    "income": {
        "n": "二",
        "heading": "收入决算表",
        "pages": [8, 9],
        "unit": "万元",
        # Header cells wrap: 本年收入合/计, 财政拨款收/入, 上级补助/收入, 事业收/入,
        # 经营收/入, 附属单/位上/缴收入, 其他收/入. Code header: 项目 / 支出功能分类
        # 科目编码 / 类 款 项.
        "columns": [
            "类",
            "款",
            "项",
            "科目名称",
            "本年收入合计",
            "财政拨款收入",
            "上级补助收入",
            "事业收入",
            "经营收入",
            "附属单位上缴收入",
            "其他收入",
        ],
        "total_position": "top",
        "total": ("合计", "2,946.25", "2,940.05", None, None, None, None, "6.20"),
        "row_count": 19,
        # Page 8 holds 合计 and the rows through 21011; page 9 the last five.
        "rows": [
            ("201", "一般公共服务支出", "2,112.86", "2,106.66", None, None, None, None, "6.20"),
            ("20106", "财政事务", "2,112.86", "2,106.66", None, None, None, None, "6.20"),
            ("2010601", "行政运行", "1,511.90", "1,511.89", None, None, None, None, "0.01"),
            ("2010602", "一般行政管理事务", "16.19", "10.00", None, None, None, None, "6.19"),
            ("2010607", "信息化建设", "135.25", "135.25", None, None, None, None, None),
            ("2010608", "财政委托业务支出", "449.52", "449.52", None, None, None, None, None),
            ("208", "社会保障和就业支出", "326.72", "326.72", None, None, None, None, None),
            ("20805", "行政事业单位养老支出", "326.72", "326.72", None, None, None, None, None),
            ("2080501", "行政单位离退休", "84.65", "84.65", None, None, None, None, None),
            # Name wraps 机关事业单位基本养老保险 / 缴费支出; code and figures centred
            # on the two-line cell (the text layer puts them on a line above the name).
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "160.75",
                "160.75",
                None,
                None,
                None,
                None,
                None,
            ),
            # Name wraps 机关事业单位职业年金缴费 / 支出; code and figures centred.
            (
                "2080506",
                "机关事业单位职业年金缴费支出",
                "80.38",
                "80.38",
                None,
                None,
                None,
                None,
                None,
            ),
            ("2080599", "其他行政事业单位养老支出", "0.94", "0.94", None, None, None, None, None),
            ("210", "卫生健康支出", "60.99", "60.99", None, None, None, None, None),
            ("21011", "行政事业单位医疗", "60.99", "60.99", None, None, None, None, None),
            ("2101101", "行政单位医疗", "60.99", "60.99", None, None, None, None, None),  # p9
            ("221", "住房保障支出", "445.69", "445.69", None, None, None, None, None),
            ("22102", "住房改革支出", "445.69", "445.69", None, None, None, None, None),
            ("2210201", "住房公积金", "187.19", "187.19", None, None, None, None, None),
            ("2210203", "购房补贴", "258.50", "258.50", None, None, None, None, None),
        ],
        "note": None,
    },
    "expenditure": {
        "n": "三",
        "heading": "支出决算表",
        "pages": [10, 11],
        "unit": "万元",
        # Header cells wrap: 本年支出合/计, 项目支/出, 上缴上级支/出, 经营支/出,
        # 对附属单位/补/助支出.
        "columns": [
            "类",
            "款",
            "项",
            "科目名称",
            "本年支出合计",
            "基本支出",
            "项目支出",
            "上缴上级支出",
            "经营支出",
            "对附属单位补助支出",
        ],
        "total_position": "top",
        # In the image the 基本支出/项目支出 figures of 合计, 201, 20106 (and 基本支出
        # of 2010601, 项目支出 of 2010607/2010608) sit at the top of their tall cells,
        # above the line of the code and 本年支出合计: the text layer prints them on a
        # line of their own before the row.
        "total": ("合计", "2,940.05", "2,336.91", "603.14", None, None, None),
        "row_count": 19,
        # Page 10 holds 合计 and the rows through 2080506; page 11 the last eight
        # (its 221 printed in a sans-serif font, same digits).
        "rows": [
            ("201", "一般公共服务支出", "2,106.66", "1,503.52", "603.14", None, None, None),
            ("20106", "财政事务", "2,106.66", "1,503.52", "603.14", None, None, None),
            ("2010601", "行政运行", "1,511.89", "1,503.52", "8.37", None, None, None),
            ("2010602", "一般行政管理事务", "10.00", None, "10.00", None, None, None),
            ("2010607", "信息化建设", "135.25", None, "135.25", None, None, None),
            ("2010608", "财政委托业务支出", "449.52", None, "449.52", None, None, None),
            ("208", "社会保障和就业支出", "326.72", "326.72", None, None, None, None),
            ("20805", "行政事业单位养老支出", "326.72", "326.72", None, None, None, None),
            ("2080501", "行政单位离退休", "84.65", "84.65", None, None, None, None),
            # Name wraps 机关事业单位基本养老保险缴 / 费支出; code and figures centred.
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "160.75",
                "160.75",
                None,
                None,
                None,
                None,
            ),
            # Name wraps 机关事业单位职业年金缴费支 / 出; code and figures centred.
            ("2080506", "机关事业单位职业年金缴费支出", "80.38", "80.38", None, None, None, None),
            ("2080599", "其他行政事业单位养老支出", "0.94", "0.94", None, None, None, None),  # p11
            ("210", "卫生健康支出", "60.99", "60.99", None, None, None, None),
            ("21011", "行政事业单位医疗", "60.99", "60.99", None, None, None, None),
            ("2101101", "行政单位医疗", "60.99", "60.99", None, None, None, None),
            ("221", "住房保障支出", "445.69", "445.69", None, None, None, None),
            ("22102", "住房改革支出", "445.69", "445.69", None, None, None, None),
            ("2210201", "住房公积金", "187.19", "187.19", None, None, None, None),
            ("2210203", "购房补贴", "258.50", "258.50", None, None, None, None),
        ],
        "note": None,
    },
    "fiscal_summary": {
        "n": "四",
        "heading": "财政拨款收入支出决算总表",
        "pages": [12, 13, 14],
        "unit": "万元",
        # Header cells wrap: 一般公共预算/财/政拨款, 政府性基金预/算/财政拨款,
        # 国有资本经营/预/算财政拨/款.
        "columns": [
            "收入 项目",
            "收入 决算数",
            "支出 项目",
            "支出 合计",
            "一般公共预算财政拨款",
            "政府性基金预算财政拨款",
            "国有资本经营预算财政拨款",
        ],
        "total_position": "bottom",
        # Income side: 3 items, two of them wrapped (…财政拨 / 款, …财政 / 拨款).
        # The 2,940.05 of item 一 sits at the top of its tall cell.
        "income_rows": [
            ("一、一般公共预算财政拨款", "2,940.05"),
            ("二、政府性基金预算财政拨款", None),
            ("三、国有资本经营预算财政拨款", None),
        ],
        # Expenditure side: (name, 合计, 一般公共预算, 政府性基金, 国有资本经营). Names
        # wrapped onto two lines: 七 (…传媒支 / 出), 十四 (…信息等 / 支出), 十八
        # (…气象等 / 支出), 二十一 (…经营预算 / 支出), 二十二 (…应急管 / 理支出),
        # 二十六 (…国债安排 / 的支出). Page 12 holds 一 to 十三, page 13 the rest.
        "expenditure_rows": [
            ("一、一般公共服务支出", "2,106.66", "2,106.66", None, None),
            ("二、外交支出", None, None, None, None),
            ("三、国防支出", None, None, None, None),
            ("四、公共安全支出", None, None, None, None),
            ("五、教育支出", None, None, None, None),
            ("六、科学技术支出", None, None, None, None),
            ("七、文化旅游体育与传媒支出", None, None, None, None),
            ("八、社会保障和就业支出", "326.71", "326.71", None, None),  # 326.72 elsewhere
            ("九、卫生健康支出", "60.99", "60.99", None, None),
            ("十、节能环保支出", None, None, None, None),
            ("十一、城乡社区支出", None, None, None, None),
            ("十二、农林水支出", None, None, None, None),
            ("十三、交通运输支出", None, None, None, None),
            ("十四、资源勘探工业信息等支出", None, None, None, None),
            ("十五、商业服务业等支出", None, None, None, None),
            ("十六、金融支出", None, None, None, None),
            ("十七、援助其他地区支出", None, None, None, None),
            ("十八、自然资源海洋气象等支出", None, None, None, None),
            ("十九、住房保障支出", "445.69", "445.69", None, None),
            ("二十、粮油物资储备支出", None, None, None, None),
            ("二十一、国有资本经营预算支出", None, None, None, None),
            ("二十二、灾害防治及应急管理支出", None, None, None, None),
            ("二十三、其他支出", None, None, None, None),
            ("二十四、债务还本支出", None, None, None, None),
            ("二十五、债务付息支出", None, None, None, None),
            ("二十六、抗疫特别国债安排的支出", None, None, None, None),
        ],
        "income_row_count": 3,
        "expenditure_row_count": 26,
        # All on page 13: (income side (name, 决算数)) and (expenditure side (name, 合计,
        # 一般公共预算, 政府性基金, 国有资本经营)). The carry-over detail lines have an
        # empty expenditure side. The 2,940.05 of 本年收入合计 and of 本年支出合计 合计
        # sit at the top of their cells; the 一般公共预算 2,940.05 is centred. Page 14
        # holds one empty ruled row.
        "total_rows": [
            (("本年收入合计", "2,940.05"), ("本年支出合计", "2,940.05", "2,940.05", None, None)),
            (
                ("年初财政拨款结转和结余", "21.63"),
                ("年末财政拨款结转和结余", "21.63", "21.63", None, None),
            ),
            (("一、一般公共预算财政拨款", "21.63"), None),
            (("二、政府性基金预算财政拨款", None), None),  # wraps …财政拨 / 款
            (("三、国有资本经营预算财政拨款", None), None),  # wraps …财政 / 拨款
            (("总计", "2,961.68"), ("总计", "2,961.68", "2,961.68", None, None)),
        ],
        "totals": {
            "本年收入合计": "2,940.05",
            "本年支出合计": ("2,940.05", "2,940.05", None, None),
            "年初财政拨款结转和结余": "21.63",
            "年初 一般公共预算财政拨款": "21.63",
            "年初 政府性基金预算财政拨款": None,
            "年初 国有资本经营预算财政拨款": None,
            "年末财政拨款结转和结余": ("21.63", "21.63", None, None),
            "收入总计": "2,961.68",
            "支出总计": ("2,961.68", "2,961.68", None, None),
        },
        "note": None,
    },
    "general_public": {
        "n": "五",
        "heading": "一般公共预算财政拨款支出决算表",
        "pages": [15],
        "unit": "万元",
        "columns": ["类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"],
        # Unlike tables 二 and 三, the 合计 row (label spanning the code and name
        # columns) is the LAST row here.
        "total_position": "bottom",
        "total": ("合计", "2,940.05", "2,336.91", "603.14"),
        "row_count": 19,
        # No wrapped names in this table (2080505 fits on one line).
        "rows": [
            ("201", "一般公共服务支出", "2,106.66", "1,503.52", "603.14"),
            ("20106", "财政事务", "2,106.66", "1,503.52", "603.14"),
            ("2010601", "行政运行", "1,511.89", "1,503.52", "8.37"),
            ("2010602", "一般行政管理事务", "10.00", None, "10.00"),
            ("2010607", "信息化建设", "135.25", None, "135.25"),
            ("2010608", "财政委托业务支出", "449.52", None, "449.52"),
            ("208", "社会保障和就业支出", "326.72", "326.72", None),
            ("20805", "行政事业单位养老支出", "326.72", "326.72", None),
            ("2080501", "行政单位离退休", "84.65", "84.65", None),
            ("2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75", None),
            ("2080506", "机关事业单位职业年金缴费支出", "80.38", "80.38", None),
            ("2080599", "其他行政事业单位养老支出", "0.94", "0.94", None),
            ("210", "卫生健康支出", "60.99", "60.99", None),
            ("21011", "行政事业单位医疗", "60.99", "60.99", None),
            ("2101101", "行政单位医疗", "60.99", "60.99", None),
            ("221", "住房保障支出", "445.69", "445.69", None),
            ("22102", "住房改革支出", "445.69", "445.69", None),
            ("2210201", "住房公积金", "187.19", "187.19", None),
            ("2210203", "购房补贴", "258.50", "258.50", None),
        ],
        "note": None,
    },
    "basic_expenditure": {
        "n": "六",
        "heading": "一般公共预算财政拨款基本支出决算表",
        "pages": [16, 17],
        "unit": "万元",
        # Two side-by-side column groups, each 经济分类科目编码 (类, 款) / 科目名称 /
        # 决算数: 人员经费 codes (301, 303) left, 公用经费 codes (302, 310) right.
        "columns": [
            "类",
            "款",
            "科目名称",
            "决算数",
            "类",
            "款",
            "科目名称",
            "决算数",
        ],
        # No overall 合计 row: the last line holds the two group totals side by side.
        "total_position": "bottom",
        "total": None,
        "group_totals": {"人员经费合计": "2,152.26", "公用经费合计": "184.65"},
        "total_row": (("人员经费合计", "2,152.26"), ("公用经费合计", "184.65")),
        "left_row_count": 26,
        "right_row_count": 38,
        # In the image the 类 codes (and the left group's 款 codes) sit at the top of
        # each tall cell while names, right-group 款 codes and figures are centred; the
        # text layer therefore prints the codes and names on different lines. Page 16
        # holds 19 lines (left 301 … 30304, right 302 … 30224); page 17 opens with one
        # empty ruled line, then 19 lines (left 30305 … 30399 beside right 30225 …
        # 30239, then right-only 30240 … 31099), then the group totals.
        "left_rows": [
            ("301", "工资福利支出", "2,082.85"),
            ("30101", "基本工资", "262.33"),
            ("30102", "津贴补贴", "1,238.58"),
            ("30103", "奖金", None),
            ("30106", "伙食补助费", None),
            ("30107", "绩效工资", None),
            # Wraps 机关事业单位基本养老保险缴 / 费; code on the first line.
            ("30108", "机关事业单位基本养老保险缴费", "160.75"),
            ("30109", "职业年金缴费", "80.38"),
            ("30110", "职工基本医疗保险缴费", "60.99"),
            ("30111", "公务员医疗补助缴费", None),
            ("30112", "其他社会保障缴费", "1.61"),
            ("30113", "住房公积金", "187.19"),
            ("30114", "医疗费", None),
            ("30199", "其他工资福利支出", "91.03"),
            ("303", "对个人和家庭的补助", "69.41"),
            ("30301", "离休费", None),
            ("30302", "退休费", "69.10"),
            ("30303", "退职（役）费", None),
            ("30304", "抚恤金", None),  # last line of page 16
            ("30305", "生活补助", None),  # page 17
            ("30307", "医疗费补助", None),
            ("30308", "助学金", None),
            ("30309", "奖励金", "0.31"),
            ("30310", "个人农业生产补贴", None),
            ("30311", "代缴社会保险费", None),
            ("30399", "其他对个人和家庭的补助", None),
        ],
        "right_rows": [
            ("302", "商品和服务支出", "171.07"),
            ("30201", "办公费", "21.21"),
            ("30202", "印刷费", "7.61"),
            ("30203", "咨询费", None),
            ("30204", "手续费", "0.09"),
            ("30205", "水费", None),
            ("30206", "电费", None),
            ("30207", "邮电费", "4.88"),
            ("30208", "取暖费", None),
            ("30209", "物业管理费", None),
            ("30211", "差旅费", "1.20"),
            # Letter-spaced and wrapped: 因 公 出 国 （ 境 ） 费 / 用.
            ("30212", "因公出国（境）费用", None),
            ("30213", "维修（护）费", "2.83"),
            ("30214", "租赁费", None),
            ("30215", "会议费", None),
            ("30216", "培训费", "4.05"),
            ("30217", "公务接待费", None),
            ("30218", "专用材料费", None),
            ("30224", "被装购置费", None),  # last line of page 16
            ("30225", "专用燃料费", None),  # page 17
            ("30226", "劳务费", "2.01"),
            ("30227", "委托业务费", None),
            ("30228", "工会经费", "24.42"),
            ("30229", "福利费", "42.77"),
            # Letter-spaced and wrapped: 公 务 用 车 运 行 维 护 / 费.
            ("30231", "公务用车运行维护费", None),
            ("30239", "其他交通费用", "48.49"),
            ("30240", "税金及附加费用", None),
            # Letter-spaced and wrapped: 其 他 商 品 和 服 务 支 / 出.
            ("30299", "其他商品和服务支出", "11.53"),
            ("310", "资本性支出", "13.58"),
            ("31001", "房屋建筑物购建", None),
            ("31002", "办公设备购置", "13.58"),
            ("31003", "专用设备购置", None),
            ("31007", "信息网络及软件购置更新", None),  # wraps …购置更 / 新
            ("31013", "公务用车购置", None),
            ("31019", "其他交通工具购置", None),
            ("31021", "文物和陈列品购置", None),
            ("31022", "无形资产购置", None),
            ("31099", "其他资本性支出", None),
        ],
        "note": None,
    },
    "sangong": {
        "n": "七",
        "heading": "财政拨款“三公”经费支出决算表",
        "pages": [18],
        "unit": "万元",
        # Header: 财政拨款“三公”经费 spanning all; 合计 | 因公出国（境）费 |
        # 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费;
        # then 预算数 / 决算数 under each. One data row, no code, no 合计 label.
        "columns": [
            "合计 预算数",
            "合计 决算数",
            "因公出国（境）费 预算数",
            "因公出国（境）费 决算数",
            "公务用车购置及运行费 小计 预算数",
            "公务用车购置及运行费 小计 决算数",
            "公务用车购置费 预算数",
            "公务用车购置费 决算数",
            "公务用车运行费 预算数",
            "公务用车运行费 决算数",
            "公务接待费 预算数",
            "公务接待费 决算数",
        ],
        "total_position": None,
        "row_count": 1,
        "rows": [
            ("0.95", None, None, None, None, None, None, None, None, None, "0.95", None),
        ],
        "note": None,
    },
    "gov_fund": {
        "n": "八",
        "heading": "政府性基金预算财政拨款收入支出决算表",
        "pages": [19],
        "unit": "万元",
        # Header: 项目 (支出功能分类科目编码 类/款/项, 科目名称) | 年初结转和结余 |
        # 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余.
        "columns": [
            "类",
            "款",
            "项",
            "科目名称",
            "年初结转和结余",
            "本年收入",
            "本年支出 小计",
            "本年支出 基本支出",
            "本年支出 项目支出",
            "年末结转和结余",
        ],
        # Eight empty ruled rows, then an empty 合计 row at the bottom.
        "total_position": "bottom",
        "total": ("合计", None, None, None, None, None, None),
        "empty_ruled_rows": 8,
        "row_count": 0,
        "rows": [],
        "note": "注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。",
        "empty_note": "注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。",
    },
    "state_capital": {
        "n": "九",
        "heading": "国有资本经营预算财政拨款收入支出决算表",
        "pages": [20],
        "unit": "万元",
        "columns": [
            "类",
            "款",
            "项",
            "科目名称",
            "年初结转和结余",
            "本年收入",
            "本年支出 小计",
            "本年支出 基本支出",
            "本年支出 项目支出",
            "年末结转和结余",
        ],
        "total_position": "bottom",
        "total": ("合计", None, None, None, None, None, None),
        "empty_ruled_rows": 8,
        "row_count": 0,
        "rows": [],
        "note": "注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。",
        "empty_note": "注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。",
    },
}

# No table in this document prints a `注：本表反映…` note or template instructions;
# only 八 and 九 print the 注 quoted above.

# 三公 per item: (预算数, 决算数) as printed; blank cells None. The narrative (page 23)
# states the budget 0.95 and every 决算 as 0.00 万元.
SANGONG = {
    "合计": ("0.95", None),
    "因公出国（境）费": (None, None),
    "公务用车购置及运行费": (None, None),
    "公务用车购置费": (None, None),
    "公务用车运行费": (None, None),
    "公务接待费": ("0.95", None),
}

# 五（三）一般公共预算财政拨款支出决算具体情况, per 项 (all on page 22; the section
# opens on page 21 with the overall statement, NARRATIVE["general_public_execution"]).
# No per-项 statement prints a completion rate (completion_pct None); where the two
# figures are equal the sentence is 决算数与预算数基本持平 (direction "持平"). The text
# layer scrambles item 4's lines (449.52万元 before 年初预算为450.52万元); the image
# reads in the order quoted. Spaces around figures are as printed (年初预算为 1560.05 万元).
NARRATIVE_ITEMS = [
    {
        "n": 1,
        "class": "一般公共服务支出",
        "section": "财政事务",
        "item": "行政运行",
        "code": "2010601",
        "budget": "1560.05",
        "actual": "1511.89",
        "completion_pct": None,
        "direction": "小于",
        "sentence": "决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
        "page": 22,
    },
    {
        "n": 2,
        "class": "一般公共服务支出",
        "section": "财政事务",
        "item": "一般行政管理事务",
        "code": "2010602",
        "budget": "10.00",
        "actual": "10.00",
        "completion_pct": None,
        "direction": "持平",
        "sentence": "决算数与预算数基本持平。",
        "page": 22,
    },
    {
        "n": 3,
        "class": "一般公共服务支出",
        "section": "财政事务",
        "item": "信息化建设",
        "code": "2010607",
        "budget": "135.90",
        "actual": "135.25",
        "completion_pct": None,
        "direction": "小于",
        "sentence": (
            "决算数小于预算数的主要原因：因产业政策扶持资金管理系统项目进度，调减相关经费。"
        ),
        "page": 22,
    },
    {
        "n": 4,
        "class": "一般公共服务支出",
        "section": "财政事务",
        "item": "财政委托业务支出",
        "code": "2010608",
        "budget": "450.52",
        "actual": "449.52",
        "completion_pct": None,
        "direction": "小于",
        "sentence": (
            "决算数小于预算数的主要原因：因个别项目评审费未能实施或未来得及支付完毕，"
            "于明年重新申请。"
        ),
        "page": 22,
    },
    {
        "n": 5,
        "class": "社会保障和就业支出",
        "section": "行政事业单位养老支出",
        "item": "行政单位离退休",
        "code": "2080501",
        "budget": "85.55",
        "actual": "84.65",
        "completion_pct": None,
        "direction": "小于",
        "sentence": "决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。",
        "page": 22,
    },
    {
        "n": 6,
        "class": "社会保障和就业支出",
        "section": "行政事业单位养老支出",
        "item": "机关事业单位基本养老保险缴费支出",
        "code": "2080505",
        "budget": "161.62",
        "actual": "160.75",
        "completion_pct": None,
        "direction": "小于",
        "sentence": "决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。",
        "page": 22,
    },
    {
        "n": 7,
        "class": "社会保障和就业支出",
        "section": "行政事业单位养老支出",
        "item": "机关事业单位职业年金缴费支出",
        "code": "2080506",
        "budget": "80.81",
        "actual": "80.38",
        "completion_pct": None,
        "direction": "小于",
        "sentence": "决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。",
        "page": 22,
    },
    {
        "n": 8,
        "class": "社会保障和就业支出",
        "section": "行政事业单位养老支出",
        "item": "其他行政事业单位养老支出",
        "code": "2080599",
        "budget": "0.94",
        "actual": "0.94",
        "completion_pct": None,
        "direction": "持平",
        "sentence": "决算数与预算数基本持平。",
        "page": 22,
    },
    {
        "n": 9,
        "class": "卫生健康支出",
        "section": "行政事业单位医疗",
        "item": "行政单位医疗",
        "code": "2101101",
        "budget": "62.29",
        "actual": "60.99",
        "completion_pct": None,
        "direction": "小于",
        "sentence": "决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。",
        "page": 22,
    },
    {
        "n": 10,
        "class": "住房保障支出",
        "section": "住房改革支出",
        "item": "住房公积金",
        "code": "2210201",
        "budget": "187.75",
        "actual": "187.19",
        "completion_pct": None,
        "direction": "小于",
        "sentence": "决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。",
        "page": 22,
    },
    {
        "n": 11,
        "class": "住房保障支出",
        "section": "住房改革支出",
        "item": "购房补贴",
        "code": "2210203",
        "budget": "258.50",
        "actual": "258.50",
        "completion_pct": None,
        "direction": "持平",
        "sentence": "决算数与预算数基本持平。",
        "page": 22,
    },
]

# Document-level statements of part three (pages 21-24), amounts as printed (no
# thousands separators in the prose; 6.2 and 0.3 with one decimal).
NARRATIVE = {
    "total": {  # 一、收入支出决算总体情况说明, page 21
        "收入支出总计": "2995.39",
        "change_vs_2023": ("减少", "56.95"),
        "change_pct": ("下降", "1.87"),
        "reason": ("基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。"),
        "page": 21,
    },
    "income": {  # 二、收入决算情况说明, page 21
        "本年收入合计": "2946.25",
        "parts": [("财政拨款收入", "2940.05", "99.79"), ("其他收入", "6.2", "0.21")],
        "page": 21,
    },
    "expenditure": {  # 三、支出决算情况说明, page 21
        "本年支出合计": "2940.05",
        "parts": [("基本支出", "2336.91", "79.49"), ("项目支出", "603.14", "20.51")],
        "page": 21,
    },
    "fiscal_total": {  # 四、财政拨款收入支出决算总体情况说明, page 21
        # Sic: 0.3万元 (image and text layer agree); table 四 prints 总计 2,961.68.
        "财政拨款收入支出总计": "0.3",
        "change_vs_2023": ("持平", None),
        "reason": ("基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。"),
        "page": 21,
    },
    "general_public_total": {  # 五（一）, page 21
        "一般公共预算财政拨款支出": "2940.05",
        "share_of_本年支出合计_pct": "100.00",
        "change_vs_2023": ("减少", "63.14"),
        "change_pct": ("下降", "2.10"),
        "page": 21,
    },
    "general_public_structure": {  # 五（二）, page 21: (类, 万元, 占 %)
        "一般公共预算财政拨款支出": "2940.05",
        "parts": [
            ("一般公共服务支出", "201", "2106.66", "71.73"),
            ("社会保障和就业支出", "208", "326.72", "11.11"),
            ("卫生健康支出", "210", "60.99", "2.07"),
            ("住房保障支出", "221", "445.69", "15.16"),
        ],
        "page": 21,
    },
    "general_public_execution": {  # 五（三）, page 21
        "年初预算": "2993.92",
        "支出决算": "2940.05",
        "completion_pct": "98.20",
        "direction": "小于",
        "reason": "因年度工作计划安排，个别信息化项目和中介机构服务调减。",
        "page": 21,
    },
    "basic": {  # 六、一般公共预算财政拨款基本支出决算情况说明, page 23
        "基本支出": "2336.91",
        "人员经费": "2152.26",
        "人员经费_includes": [
            "基本工资",
            "津贴补贴",
            "机关事业单位基本养老保险缴费",
            "职业年金缴费",
            "职工基本医疗保险缴费",
            "其他社会保障缴费",
            "住房公积金",
            "其他工资福利支出",
            "退休费",
            "个人农业生产补贴",
        ],
        "公用经费": "184.65",
        "公用经费_includes": [
            "办公费",
            "印刷费",
            "手续费",
            "邮电费",
            "差旅费",
            "维修（护）费",
            "培训费",
            "劳务费",
            "工会经费",
            "福利费",
            "其他交通费用",
            "其他商品和服务支出",
            "办公设备购置",
        ],
        "page": 23,
    },
    "sangong": {  # 七（一）, page 23
        "budget": "0.95",
        "actual": "0.00",
        "completion_pct": "0",
        "items": [
            # (item as printed, 决算, completion % as printed); no item budget is stated.
            ("因公出国（境）费", "0.00", "0"),
            ("公务用车购置及运行维护费", "0.00", "0"),
            ("公务接待费", "0.00", "0"),
        ],
        "direction": "小于",
        "reason": "当年度无“三公”经费支出。",
        "vs_2023": "持平",  # and 持平 for each of the three items
        "detail": "上海市普陀区财政局2024年度无“三公”经费财政拨款支出。",  # 七（二）
        "page": 23,
    },
    "gov_fund": {
        "text": "上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。",
        "page": 23,
    },
    "state_capital": {
        "text": "上海市普陀区财政局2024年度无国有资本经营预算财政拨款收入和支出。",
        "page": 23,
    },
    "performance": {  # 十、预算绩效管理情况, page 23
        "绩效目标_projects": 4,
        "绩效目标_amount": "598.42",
        "绩效跟踪_projects": 4,
        "绩效跟踪_amount": "598.42",
        "绩效自评_projects": 4,
        "绩效自评_amount": "598.42",
        "average_score": "99.43",
        "ratings": {"优": 4, "良": 0, "合格": 0, "不合格": 0},
        "problems_found": 0,
        "rectified": 0,
        "rectifying": 0,
        "page": 23,
    },
    "running_costs": {  # 十一（一）机关运行经费, page 24 (heading on page 23)
        "机关运行经费": "184.65",
        "change_vs_2023": ("增加", "2.55"),
        "change_pct": ("增长", "1.40"),
        "reason": ("优化办公环境、提升照明效率，更换了老旧照明设施，导致相关支出略有增加。"),
        "page": 24,
    },
    "procurement": {  # 十一（二）政府采购, page 24
        "政府采购金额": "251.25",
        "货物": "4.79",
        "工程": "0",
        "服务": "246.47",
        "中小企业预留预算": "246.47",
        "小微企业预留预算": "0",
        "中小企业预留_中小企业中标": "246.47",
        "小微企业预留_小微企业中标": "0",
        "其他项目_中小企业中标": "4.79",
        "page": 24,
    },
    "assets": {  # 十一（三）国有资产占有使用情况, page 24
        "as_of": "2024年12月31日",
        "vehicles": 0,
        "vehicles_by_kind": {
            "部级领导干部用车": 0,
            "主要领导干部用车": 0,
            "机要通信用车": 0,
            "应急保障用车": 0,
            "执法执勤用车": 0,
            "特种专业技术用车": 0,
            "离退休干部用车": 0,
            "其他用车": 0,
        },
        "equipment_over_1m_yuan": "2台（套）",
        "page": 24,
    },
}

# What a correct checker must report, worked out with decimal.Decimal on the strings
# above (blank = 0). Rule (docs/domain.md): a difference no larger than half a unit of
# the printed precision (0.005 万元) per summed term is rounding; larger is an error.
PROBLEMS = [
    {
        "identity": "合计 = Σ 类 (per column)",
        "table": "income",
        "code": None,
        "columns": ("本年收入合计", "财政拨款收入"),
        "where": "收入决算表 合计 row (top), page 8",
        "printed": ("2,946.25", "2,940.05"),
        "computed": ("2,946.26", "2,940.06"),
        "computed_from": (
            "201 + 208 + 210 + 221: 2,112.86 + 326.72 + 60.99 + 445.69 and "
            "2,106.66 + 326.72 + 60.99 + 445.69"
        ),
        "difference": "-0.01",
        "terms": 4,
        "verdict": "rounding",
        "note": "0.01 ≤ 4 × 0.005; the same 208 rounding as the cross-table entry below.",
    },
    {
        "identity": "合计 = Σ 类 (per column)",
        "table": "expenditure",
        "code": None,
        "columns": ("本年支出合计", "基本支出"),
        "where": "支出决算表 合计 row (top), page 10",
        "printed": ("2,940.05", "2,336.91"),
        "computed": ("2,940.06", "2,336.92"),
        "computed_from": (
            "2,106.66 + 326.72 + 60.99 + 445.69 and 1,503.52 + 326.72 + 60.99 + 445.69"
        ),
        "difference": "-0.01",
        "terms": 4,
        "verdict": "rounding",
        "note": "项目支出 603.14 holds exactly (only 201 has 项目支出).",
    },
    {
        "identity": "合计 = Σ 类 (per column)",
        "table": "general_public",
        "code": None,
        "columns": ("合计", "基本支出"),
        "where": "一般公共预算财政拨款支出决算表 合计 row (bottom), page 15",
        "printed": ("2,940.05", "2,336.91"),
        "computed": ("2,940.06", "2,336.92"),
        "computed_from": (
            "2,106.66 + 326.72 + 60.99 + 445.69 and 1,503.52 + 326.72 + 60.99 + 445.69"
        ),
        "difference": "-0.01",
        "terms": 4,
        "verdict": "rounding",
        "note": "The example of issue 10; 项目支出 603.14 holds exactly.",
    },
    {
        "identity": "cross-table: the same 类 agrees in every table",
        "table": "income_expenditure_summary / fiscal_summary vs income / expenditure / "
        "general_public",
        "code": "208",
        "columns": ("决算数 / 合计 / 一般公共预算财政拨款", "本年收入合计 / 本年支出合计 / 合计"),
        "where": (
            "八、社会保障和就业支出 326.71 on page 6 (table 一) and page 12 (table 四, "
            "合计 and 一般公共预算财政拨款); 208 社会保障和就业支出 326.72 on page 8 "
            "(table 二, both columns), page 10 (table 三, 本年支出合计 and 基本支出) and "
            "page 15 (table 五, 合计 and 基本支出); the narrative (page 21) also says 326.72"
        ),
        "printed": ("326.71", "326.72"),
        "computed": "326.72",
        "computed_from": "Σ 项 of 208 in table 五: 84.65 + 160.75 + 80.38 + 0.94",
        "difference": "-0.01",
        "terms": 4,
        "verdict": "rounding",
        "note": (
            "326.71 is 0.01 below the sum of its four 项 (≤ 4 × 0.005), and with 326.71 "
            "tables 一 and 四 add up exactly to 2,940.05: a 类 rounded from hidden decimals, "
            "while tables 二/三/五 print the sum of the rounded 项. One finding (or one "
            "per pair of tables), all rounding."
        ),
    },
    {
        "identity": "类 = Σ 款 (basic_expenditure, 人员经费 group)",
        "table": "basic_expenditure",
        "code": "301",
        "columns": ("决算数",),
        "where": "301 工资福利支出, page 16 (left group)",
        "printed": "2,082.85",
        "computed": "2,082.86",
        "computed_from": (
            "262.33 + 1,238.58 + 160.75 + 80.38 + 60.99 + 1.61 + 187.19 + 91.03 "
            "(8 non-blank 款 of 13)"
        ),
        "difference": "-0.01",
        "terms": 8,
        "verdict": "rounding",
        "note": "人员经费合计 2,152.26 = 301 2,082.85 + 303 69.41 exactly.",
    },
    {
        "identity": "类 = Σ 款 (basic_expenditure, 公用经费 group)",
        "table": "basic_expenditure",
        "code": "302",
        "columns": ("决算数",),
        "where": "302 商品和服务支出, page 16 (right group); its 款 on pages 16-17",
        "printed": "171.07",
        "computed": "171.09",
        "computed_from": (
            "21.21 + 7.61 + 0.09 + 4.88 + 1.20 + 2.83 + 4.05 + 2.01 + 24.42 + 42.77 + "
            "48.49 + 11.53 (12 non-blank 款 of 27)"
        ),
        "difference": "-0.02",
        "terms": 12,
        "verdict": "rounding",
        "note": (
            "0.02 ≤ 12 × 0.005 (0.06), so rounding by the rule, though the largest "
            "difference in the document. 公用经费合计 184.65 = 302 171.07 + 310 13.58 "
            "exactly."
        ),
    },
    {
        "identity": "narrative Σ 项 年初预算 = stated 年初预算",
        "table": "narrative",
        "code": None,
        "columns": ("年初预算",),
        "where": "五（三） page 21 (2993.92) against the eleven 项 on page 22",
        "printed": "2993.92",
        "computed": "2993.93",
        "computed_from": (
            "1560.05 + 10.00 + 135.90 + 450.52 + 85.55 + 161.62 + 80.81 + 0.94 + 62.29 + "
            "187.75 + 258.50"
        ),
        "difference": "-0.01",
        "terms": 11,
        "verdict": "rounding",
        "note": (
            "Only if the checker adds the 项 budgets up (issue 10 does not require it). "
            "The 项 决算 likewise add up to 2940.06 against the stated 2940.05: the same "
            "208 rounding as above."
        ),
    },
    {
        "identity": "narrative total against the table (财政拨款收入支出总计)",
        "table": "narrative / fiscal_summary",
        "code": None,
        "columns": ("总计",),
        "where": (
            "四、财政拨款收入支出决算总体情况说明, page 21: "
            "“上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。” against table 四 "
            "总计 2,961.68 (page 13)"
        ),
        "printed": "0.3",
        "computed": "2,961.68",
        "computed_from": "财政拨款收入支出决算总表 总计 (both sides)",
        "difference": "-2961.38",
        "terms": 1,
        "verdict": "error",
        "note": (
            "Image and text layer both print 0.3. The same paragraph says the total is "
            "持平 with 2023 yet gives a reason for a reduction (减少支付), and section 一 "
            "says the overall total fell 56.95万元: the whole paragraph looks like an "
            "unfilled template."
        ),
    },
    {
        "identity": "narrative share = amount ÷ total (to the printed 0.01%)",
        "table": "narrative / general_public",
        "code": "201",
        "columns": ("占 %",),
        "where": (
            "五（二）, page 21: “一般公共服务支出（类）2106.66万元，占71.73%” "
            "(of 一般公共预算财政拨款支出 2940.05)"
        ),
        "printed": "71.73",
        "computed": "71.65",
        "computed_from": "2106.66 ÷ 2940.05 × 100 = 71.6539…",
        "difference": "0.08",
        "terms": 1,
        "verdict": "error",
        "note": (
            "The four stated shares add up to 100.07% (71.73 + 11.11 + 2.07 + 15.16); "
            "the other three are right (11.11, 2.07, 15.16)."
        ),
    },
    {
        "identity": "政府采购 total = 货物 + 工程 + 服务",
        "table": "narrative",
        "code": None,
        "columns": ("政府采购金额",),
        "where": "十一（二）, page 24",
        "printed": "251.25",
        "computed": "251.26",
        "computed_from": "4.79 + 0 + 246.47",
        "difference": "-0.01",
        "terms": 3,
        "verdict": "rounding",
        "note": (
            "Only if the checker reads 政府采购 (issue 10 does not require it). Also "
            "中小企业中标 246.47 + 其他项目中小企业 4.79 = 251.26."
        ),
    },
]

# Identities checked that hold exactly (Decimal, blank = 0).
CHECKED = [
    (
        "income_expenditure_summary: Σ income items 2,940.05 + 6.20 = 本年收入合计 2,946.25; "
        "Σ expenditure items 2,106.66 + 326.71 + 60.99 + 445.69 = 本年支出合计 2,940.05; "
        "2,946.25 + 49.14 = 总计 2,995.39 = 2,940.05 + 55.34."
    ),
    (
        "fiscal_summary: income items 2,940.05 = 本年收入合计; expenditure items = "
        "本年支出合计 2,940.05 in 合计 and 一般公共预算 (政府性基金 / 国有资本经营 blank); "
        "2,940.05 + 21.63 = 总计 2,961.68 = 2,940.05 + 21.63 in 合计 and in 一般公共预算; "
        "年初 21.63 = its 一般公共预算 line 21.63."
    ),
    (
        "Carry-over between tables 一 and 四: non-fiscal 年初 49.14 − 21.63 = 27.51, plus "
        "其他收入 6.20 (none of it spent: 本年支出合计 = 财政拨款 spending) = 33.71 = "
        "55.34 − 21.63."
    ),
    (
        "income, expenditure, general_public: every 类 = Σ 款 and 款 = Σ 项 per column "
        "(201 = 2010601 + 2010602 + 2010607 + 2010608 = 2,106.66; 208 = 326.72; 210 = "
        "60.99; 221 = 187.19 + 258.50 = 445.69)."
    ),
    (
        "Row sums: income 本年收入合计 = 财政拨款收入 + 其他收入 in every row and in 合计 "
        "(1,511.90 = 1,511.89 + 0.01; 16.19 = 10.00 + 6.19; 2,946.25 = 2,940.05 + 6.20); "
        "expenditure / general_public 合计 = 基本支出 + 项目支出 in every row and in 合计 "
        "(1,511.89 = 1,503.52 + 8.37; 2,940.05 = 2,336.91 + 603.14)."
    ),
    (
        "expenditure = general_public per code and column (19 codes, same 合计); income "
        "财政拨款收入 = general_public 合计 per code."
    ),
    (
        "basic_expenditure: 303 69.41 = 69.10 + 0.31; 310 13.58 = 13.58; 人员经费合计 "
        "2,152.26 = 301 + 303; 公用经费合计 184.65 = 302 + 310; 2,152.26 + 184.65 = "
        "2,336.91 = general_public 基本支出 合计 (and expenditure 基本支出 合计)."
    ),
    (
        "sangong: 合计 预算数 0.95 = 因公出国 (blank) + 公务用车购置及运行费 (blank) + "
        "公务接待费 0.95; 小计 (blank) = 购置 + 运行 (blank); every 决算数 blank = 0."
    ),
    (
        "Narrative per 项 (11 items): every 支出决算 equals table 五's 合计 for its code; "
        "every direction word matches (8 × 小于 with 决算 < 预算; 3 × 基本持平 with equal "
        "figures: 10.00, 0.94, 258.50)."
    ),
    (
        "Narrative totals: 收入支出总计 2995.39 = table 一 总计; 本年收入合计 2946.25, "
        "财政拨款收入 2940.05 (99.79%), 其他收入 6.2 (0.21%); 本年支出合计 2940.05, 基本支出 "
        "2336.91 (79.49%), 项目支出 603.14 (20.51%); 一般公共预算财政拨款支出 2940.05 "
        "(100.00%); 类 amounts 2106.66 / 326.72 / 60.99 / 445.69 = table 五; shares 11.11, "
        "2.07, 15.16 right."
    ),
    ("Narrative 五（三）: 2940.05 ÷ 2993.92 = 98.20% as stated; 小于 matches."),
    ("Narrative 六: 基本支出 2336.91, 人员经费 2152.26, 公用经费 184.65 = table 六 / 五."),
    (
        "Narrative 三公 (page 23): 年初预算 0.95 = table 合计 预算数; 支出决算 0.00 = blank "
        "决算数; 0.00 ÷ 0.95 = 0%; 小于 matches; 公务接待费 决算 0.00, 0% of its 0.95."
    ),
    ("Narrative 机关运行经费 184.65 = 公用经费合计 184.65."),
    (
        "Year-over-year (previous = this year ∓ change): 2995.39 + 56.95 = 3052.34, "
        "56.95 ÷ 3052.34 = 1.87%; 2940.05 + 63.14 = 3003.19, 63.14 ÷ 3003.19 = 2.10%; "
        "184.65 − 2.55 = 182.10, 2.55 ÷ 182.10 = 1.40%: all as stated."
    ),
    (
        "Headings: every part heading and the notes under 八/九 name 上海市普陀区财政局 "
        "as on the cover."
    ),
]

# Things a checker must NOT report as errors.
NOT_PROBLEMS = [
    (
        "三公 (page 23): 因公出国（境）费 and 公务用车购置及运行维护费 are said to be "
        "“完成预算的0%” though their 预算数 cells are blank (0): 0 ÷ 0 is undefined, but "
        "nothing is spent and nothing budgeted; at most a note, never a failure."
    ),
    (
        "The narrative writes 公务用车购置及运行维护费 where the table's header reads "
        "公务用车购置及运行费: the same item."
    ),
    ("Blank cells in 三公 决算数 stand for 0.00 (the narrative says 0.00万元)."),
    (
        "Tables 八 and 九 are empty by design (their 注 says so) and 财政拨款收入支出决算总表 "
        "prints blank 政府性基金 / 国有资本经营 columns: not missing tables or values."
    ),
    ("No per-项 completion rate is printed; the checker must not require one."),
]

OBSERVATIONS = [
    (
        "收入支出决算总表 (page 6) and 财政拨款收入支出决算总表 "
        "(page 12) print 八、社会保障和就业支出 326.71; "
        "一般公共预算财政拨款支出决算表 (page 15) prints 208 "
        "社会保障和就业支出 326.72 (its 项 sum to 326.72), so "
        "its 类 rows sum to 2,940.06 against its 合计 2,940.05: "
        "a 0.01万元 difference, within rounding."
    ),
    (
        "Narrative 六 (page 23) lists 个人农业生产补贴 among the 人员经费 items, but table "
        "六 prints 30310 个人农业生产补贴 blank, and omits 奖励金 (30309, 0.31): a wording "
        "slip outside issue 10's identities."
    ),
    (
        "Narrative 四 (page 21) says 财政拨款收入支出总计 is 持平 with 2023 while giving a "
        "reason for a reduction; not checkable without the 2023 figure."
    ),
    (
        "十、预算绩效管理情况 (page 23): 4 projects, 598.42万元 at every stage, average "
        "99.43, 4 rated 优; 十一（三）: 0 vehicles, 2 items of equipment ≥ 100万元."
    ),
]
