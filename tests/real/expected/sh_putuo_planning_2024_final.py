"""What sh-putuo-planning-2024-final.pdf prints: identity, every table row, 三公, narrative.

A 部门决算 (final accounts) in 万元, made with Word 2010, 30 pages; read on the page images
(pdftoppm -r 80; pages 16-17 at -r 130), figures as the exact printed strings. Ground truth
for issue 10: TABLES (every row), SANGONG, NARRATIVE_ITEMS and NARRATIVE (决算情况说明),
PROBLEMS (what a correct check must report; worked out with decimal.Decimal) and HOLDS
(identities that hold). EXPECTED is issue 8's refusal, obsolete once 决算 is read.
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
# 普陀区). Every table prints 单位：万元 and no 编制部门 line. Tables 2, 3, 5 print one
# 7-digit code column (功能分类科目编码, header cell "功能分类" / "科目编码" under 项目).
# Rows: (code, name, amounts in column order); None is a blank cell. Every figure was
# read on the page images (-r 80, pages 16-17 at -r 130); the text layer agrees with them
# except where a comment says otherwise.
TABLES = {
    "income_expenditure_summary": {
        "heading": "收入支出决算总表",
        "heading_above": "上海市规划和自然资源局2024年度部门决算表",
        "pages": (7,),
        "unit": "万元",
        # Two sides: 收入 (项目, 决算数) and 支出 (项目, 决算数).
        "columns": ("项目", "决算数", "项目", "决算数"),
        # (name, 决算数) in printed order, 本年 items then the bottom block.
        "income_rows": (
            ("一、一般公共预算财政拨款收入", "9746.50"),
            ("二、政府性基金预算财政拨款收入", None),
            ("三、国有资本经营预算财政拨款收入", None),
            ("四、上级补助收入", None),
            ("五、事业收入", None),
            ("六、经营收入", None),
            ("七、附属单位上缴收入", None),
            ("八、其他收入", None),
        ),
        "expenditure_rows": (
            ("一、一般公共服务支出", None),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", None),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化旅游体育与传媒支出", None),
            ("八、社会保障和就业支出", "754.75"),
            ("九、卫生健康支出", "236.63"),  # 支出决算表 210: 236.64
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", "3845.25"),  # 支出决算表 212: 3845.24
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探工业信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、援助其他地区支出", None),
            ("十八、自然资源海洋气象等支出", "4461.67"),
            ("十九、住房保障支出", "461.08"),
            ("二十、粮油物资储备支出", None),
            ("二十一、国有资本经营预算支出", None),
            ("二十二、灾害防治及应急管理支出", None),
            ("二十三、其他支出", None),
            ("二十四、抗疫特别国债安排的支出", None),
        ),
        "data_rows": {"income": 8, "expenditure": 24},
        # The bottom block, left and right on the same printed line.
        "totals": (
            (("本年收入合计", "9746.50"), ("本年支出合计", "9759.38")),
            (("使用非财政拨款结余", None), ("结余分配", None)),
            (("年初结转和结余", "112.88"), ("年末结转和结余", "100.00")),
            (("总计", "9859.38"), ("总计", "9859.38")),
        ),
        "income_total": "9746.50",
        "expenditure_total": "9759.38",
        "carry_in": "112.88",
        "carry_out": "100.00",
        "grand_total": ("9859.38", "9859.38"),
        "total_position": "bottom",
        "note": "注：本表反映部门本年度的总收支和年末结转结余情况。",
    },
    "income": {
        "heading": "收入决算表",
        "pages": (8, 9),
        "unit": "万元",
        "columns": (
            "功能分类科目编码",
            "科目名称",
            "本年收入合计",
            "财政拨款收入",
            "上级补助收入",
            "事业收入",
            "经营收入",
            "附属单位上缴收入",
            "其他收入",
        ),
        # The 合计 row is the first body row (its label spans the code and name cells).
        "total_position": "top",
        "total": ("合计", "9746.50", "9746.50", None, None, None, None, None),
        "data_rows": 24,
        # Page 8 ends after 2101102; page 9 starts at 212. The two wrapped names carry the
        # code and the figures on their first line.
        "rows": (
            ("208", "社会保障和就业支出", "754.75", "754.75", None, None, None, None, None),
            ("20805", "行政事业单位养老支出", "754.75", "754.75", None, None, None, None, None),
            ("2080501", "行政单位离退休", "54.53", "54.53", None, None, None, None, None),
            ("2080502", "事业单位离退休", "28.11", "28.11", None, None, None, None, None),
            # printed "机关事业单位基本养老保险缴" / "费支出"
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "446.11",
                "446.11",
                None,
                None,
                None,
                None,
                None,
            ),
            # printed "机关事业单位职业年金缴费支" / "出"
            (
                "2080506",
                "机关事业单位职业年金缴费支出",
                "225.12",
                "225.12",
                None,
                None,
                None,
                None,
                None,
            ),
            ("2080599", "其他行政事业单位养老支出", "0.88", "0.88", None, None, None, None, None),
            ("210", "卫生健康支出", "236.64", "236.64", None, None, None, None, None),
            ("21011", "行政事业单位医疗", "236.64", "236.64", None, None, None, None, None),
            ("2101101", "行政单位医疗", "40.35", "40.35", None, None, None, None, None),
            ("2101102", "事业单位医疗", "196.29", "196.29", None, None, None, None, None),
            ("212", "城乡社区支出", "3832.36", "3832.36", None, None, None, None, None),
            ("21201", "城乡社区管理事务", "1092.80", "1092.80", None, None, None, None, None),
            ("2120101", "行政运行", "1092.80", "1092.80", None, None, None, None, None),
            ("21202", "城乡社区规划与管理", "2739.56", "2739.56", None, None, None, None, None),
            ("2120201", "城乡社区规划与管理", "2739.56", "2739.56", None, None, None, None, None),
            ("220", "自然资源海洋气象等支出", "4461.67", "4461.67", None, None, None, None, None),
            ("22001", "自然资源事务", "4461.67", "4461.67", None, None, None, None, None),
            ("2200150", "事业运行", "4416.67", "4416.67", None, None, None, None, None),
            ("2200199", "其他自然资源事务支出", "45.00", "45.00", None, None, None, None, None),
            ("221", "住房保障支出", "461.08", "461.08", None, None, None, None, None),
            ("22102", "住房改革支出", "461.08", "461.08", None, None, None, None, None),
            ("2210201", "住房公积金", "289.59", "289.59", None, None, None, None, None),
            ("2210203", "购房补贴", "171.49", "171.49", None, None, None, None, None),
        ),
        "row_pages": {"2101102": 8, "212": 9},
        "note": "注：本表反映部门本年度取得的各项收入情况。",
    },
    "expenditure": {
        "heading": "支出决算表",
        "pages": (10, 11),
        "unit": "万元",
        "columns": (
            "功能分类科目编码",
            "科目名称",
            "本年支出合计",
            "基本支出",
            "项目支出",
            "上缴上级支出",
            "经营支出",
            "对附属单位补助支出",
        ),
        "total_position": "top",
        "total": ("合计", "9759.38", "5377.64", "4381.74", None, None, None),
        "data_rows": 24,
        # Page 10 ends after 2101102; page 11 starts at 212. Wrapped names carry the code
        # and figures on their first line. This table covers all funds: it includes the
        # 12.88 spent from 年初结转和结余 (in 2120101), so it differs from table 5 there.
        "rows": (
            ("208", "社会保障和就业支出", "754.75", "754.75", "0.00", None, None, None),
            ("20805", "行政事业单位养老支出", "754.75", "754.75", "0.00", None, None, None),
            ("2080501", "行政单位离退休", "54.53", "54.53", "0.00", None, None, None),
            ("2080502", "事业单位离退休", "28.11", "28.11", "0.00", None, None, None),
            # printed "机关事业单位基本养老保" / "险缴费支出"
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "446.11",
                "446.11",
                "0.00",
                None,
                None,
                None,
            ),
            # printed "机关事业单位职业年金缴" / "费支出"
            (
                "2080506",
                "机关事业单位职业年金缴费支出",
                "225.12",
                "225.12",
                "0.00",
                None,
                None,
                None,
            ),
            # printed "其他行政事业单位养老支" / "出"
            ("2080599", "其他行政事业单位养老支出", "0.88", "0.88", "0.00", None, None, None),
            ("210", "卫生健康支出", "236.64", "236.64", "0.00", None, None, None),
            ("21011", "行政事业单位医疗", "236.64", "236.64", "0.00", None, None, None),
            ("2101101", "行政单位医疗", "40.35", "40.35", "0.00", None, None, None),
            ("2101102", "事业单位医疗", "196.29", "196.29", "0.00", None, None, None),
            ("212", "城乡社区支出", "3845.24", "1585.59", "2259.65", None, None, None),
            ("21201", "城乡社区管理事务", "1105.68", "1096.91", "8.77", None, None, None),
            ("2120101", "行政运行", "1105.68", "1096.91", "8.77", None, None, None),
            ("21202", "城乡社区规划与管理", "2739.56", "488.68", "2250.88", None, None, None),
            ("2120201", "城乡社区规划与管理", "2739.56", "488.68", "2250.88", None, None, None),
            ("220", "自然资源海洋气象等支出", "4461.67", "2339.58", "2122.09", None, None, None),
            ("22001", "自然资源事务", "4461.67", "2339.58", "2122.09", None, None, None),
            ("2200150", "事业运行", "4416.67", "2339.58", "2077.09", None, None, None),
            ("2200199", "其他自然资源事务支出", "45.00", "0.00", "45.00", None, None, None),
            ("221", "住房保障支出", "461.08", "461.08", "0.00", None, None, None),
            ("22102", "住房改革支出", "461.08", "461.08", "0.00", None, None, None),
            ("2210201", "住房公积金", "289.59", "289.59", "0.00", None, None, None),
            ("2210203", "购房补贴", "171.49", "171.49", "0.00", None, None, None),
        ),
        "row_pages": {"2101102": 10, "212": 11},
        "note": "注：本表反映部门本年度各项支出情况。",
    },
    "fiscal_summary": {
        "heading": "财政拨款收入支出决算总表",
        "pages": (12, 13),
        "unit": "万元",
        # 支出 side columns: 项目, 合计, 一般公共预算财政拨款, 政府性基金预算财政拨款,
        # 国有资本经营预算财政拨款 (the last three headers wrap onto three lines).
        "columns": (
            "项目",
            "决算数",
            "项目",
            "合计",
            "一般公共预算财政拨款",
            "政府性基金预算财政拨款",
            "国有资本经营预算财政拨款",
        ),
        "income_rows": (
            ("一、一般公共预算财政拨款", "9746.50"),
            ("二、政府性基金预算财政拨款", None),
            ("三、国有资本经营预算财政拨款", None),
        ),
        # (name, 合计, 一般公共预算, 政府性基金, 国有资本经营). Page 12 ends after 十五.
        "expenditure_rows": (
            ("一、一般公共服务支出", None, None, None, None),
            ("二、外交支出", None, None, None, None),
            ("三、国防支出", None, None, None, None),
            ("四、公共安全支出", None, None, None, None),
            ("五、教育支出", None, None, None, None),
            ("六、科学技术支出", None, None, None, None),
            ("七、文化旅游体育与传媒支出", None, None, None, None),
            ("八、社会保障和就业支出", "754.75", "754.75", None, None),
            ("九、卫生健康支出", "236.63", "236.63", None, None),  # table 5 210: 236.64
            ("十、节能环保支出", None, None, None, None),
            ("十一、城乡社区支出", "3832.36", "3832.36", None, None),
            ("十二、农林水支出", None, None, None, None),
            ("十三、交通运输支出", None, None, None, None),
            ("十四、资源勘探工业信息等支出", None, None, None, None),
            ("十五、商业服务业等支出", None, None, None, None),
            ("十六、金融支出", None, None, None, None),
            ("十七、援助其他地区支出", None, None, None, None),
            ("十八、自然资源海洋气象等支出", "4461.67", "4461.67", None, None),
            ("十九、住房保障支出", "461.08", "461.08", None, None),
            ("二十、粮油物资储备支出", None, None, None, None),
            ("二十一、国有资本经营预算支出", None, None, None, None),
            # printed "二十二、灾害防治及应急管理支" / "出"
            ("二十二、灾害防治及应急管理支出", None, None, None, None),
            ("二十三、其他支出", None, None, None, None),
            # printed "二十四、抗疫特别国债安排的支" / "出"
            ("二十四、抗疫特别国债安排的支出", None, None, None, None),
        ),
        "data_rows": {"income": 3, "expenditure": 24},
        # Bottom block on page 13: left (name, 决算数), right (name, 合计, 一般公共预算,
        # 政府性基金, 国有资本经营). The three carry-in sub-rows have an empty right side.
        "totals": (
            (("本年收入合计", "9746.50"), ("本年支出合计", "9746.50", "9746.50", None, None)),
            (("年初财政拨款结转和结余", None), ("年末财政拨款结转和结余", None, None, None, None)),
            (("一、一般公共预算财政拨款", None), None),
            (("二、政府性基金预算财政拨款", None), None),
            (("三、国有资本经营预算财政拨款", None), None),
            (("总计", "9746.50"), ("总计", "9746.50", "9746.50", None, None)),
        ),
        "income_total": "9746.50",
        "expenditure_total": ("9746.50", "9746.50", None, None),
        "carry_in": None,
        "carry_out": None,
        "grand_total": ("9746.50", "9746.50"),
        "total_position": "bottom",
        "note": "注：本表反映部门本年度财政拨款总收支和结转结余情况。",
    },
    "general_public": {
        "heading": "一般公共预算财政拨款支出决算表",
        "pages": (14, 15),
        "unit": "万元",
        "columns": ("功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"),
        # Here the 合计 row is the LAST body row (page 15).
        "total_position": "bottom",
        "total": ("合计", "9746.50", "5364.75", "4381.74"),
        "data_rows": 24,
        # The name column is narrow: most names wrap onto two lines, 2080505 and 2080506
        # onto three. Code and figures are vertically centred in the cell: on the middle
        # line of a three-line name, between the two lines of a two-line name (pdftotext
        # puts them on a line of their own there). Page 14 ends after 221; page 15 holds
        # 22102, 2210201, 2210203 and 合计.
        "rows": (
            ("208", "社会保障和就业支出", "754.75", "754.75", "0.00"),  # 社会保障和就 / 业支出
            ("20805", "行政事业单位养老支出", "754.75", "754.75", "0.00"),
            ("2080501", "行政单位离退休", "54.53", "54.53", "0.00"),  # 行政单位离退 / 休
            ("2080502", "事业单位离退休", "28.11", "28.11", "0.00"),  # 事业单位离退 / 休
            # 机关事业单位 / 基本养老保险 / 缴费支出
            ("2080505", "机关事业单位基本养老保险缴费支出", "446.11", "446.11", "0.00"),
            # 机关事业单位 / 职业年金缴费 / 支出
            ("2080506", "机关事业单位职业年金缴费支出", "225.12", "225.12", "0.00"),
            ("2080599", "其他行政事业单位养老支出", "0.88", "0.88", "0.00"),
            ("210", "卫生健康支出", "236.64", "236.64", "0.00"),
            ("21011", "行政事业单位医疗", "236.64", "236.64", "0.00"),
            ("2101101", "行政单位医疗", "40.35", "40.35", "0.00"),
            ("2101102", "事业单位医疗", "196.29", "196.29", "0.00"),
            ("212", "城乡社区支出", "3832.36", "1572.70", "2259.65"),
            ("21201", "城乡社区管理事务", "1092.80", "1084.02", "8.77"),
            ("2120101", "行政运行", "1092.80", "1084.02", "8.77"),
            ("21202", "城乡社区规划与管理", "2739.56", "488.68", "2250.88"),
            ("2120201", "城乡社区规划与管理", "2739.56", "488.68", "2250.88"),
            ("220", "自然资源海洋气象等支出", "4461.67", "2339.58", "2122.09"),
            ("22001", "自然资源事务", "4461.67", "2339.58", "2122.09"),
            ("2200150", "事业运行", "4416.67", "2339.58", "2077.09"),
            ("2200199", "其他自然资源事务支出", "45.00", "0.00", "45.00"),
            ("221", "住房保障支出", "461.08", "461.08", "0.00"),
            ("22102", "住房改革支出", "461.08", "461.08", "0.00"),
            ("2210201", "住房公积金", "289.59", "289.59", "0.00"),
            ("2210203", "购房补贴", "171.49", "171.49", "0.00"),
        ),
        "row_pages": {"221": 14, "22102": 15},
        "note": "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
    },
    "basic_expenditure": {
        # (This key was "economic" in the identity-only version of this module.)
        "heading": "一般公共预算财政拨款基本支出决算表",
        "pages": (16,),
        "unit": "万元",
        # Two side-by-side groups, each 经济分类科目编码 / 科目名称 / 决算数: 301 and 303
        # (人员经费) on the left, 302 and 310 (公用经费) on the right. The left group ends
        # after 30399; its cells are blank beside 30299 … 31099. 项 names are indented
        # under their 类. No overall 合计 row: the last line holds 人员经费合计 (left) and
        # 公用经费合计 (right).
        "columns": (
            "经济分类科目编码",
            "科目名称",
            "决算数",
            "经济分类科目编码",
            "科目名称",
            "决算数",
        ),
        "total_position": "bottom",
        "personnel_total": ("人员经费合计", "4884.09"),
        "public_total": ("公用经费合计", "480.66"),
        "data_rows": {"left": 27, "right": 38},
        # Text layer: from 30207 on, the right group's codes and names fall on separate
        # lines (and 31007's name is split around its code); the image shows them on one
        # row each, as here.
        "left_rows": (
            ("301", "工资福利支出", "4816.14"),
            ("30101", "基本工资", "537.64"),
            ("30102", "津贴补贴", "987.86"),
            ("30103", "奖金", "0.00"),
            ("30106", "伙食补助费", "0.00"),
            ("30107", "绩效工资", "1594.02"),
            # printed "机关事业单位基本养老保" / "险缴费"; code and figure centred
            ("30108", "机关事业单位基本养老保险缴费", "446.11"),
            ("30109", "职业年金缴费", "225.12"),
            ("30110", "职工基本医疗保险缴费", "236.63"),
            ("30111", "公务员医疗补助缴费", "0.00"),
            ("30112", "其他社会保障缴费", "17.94"),
            ("30113", "住房公积金", "289.59"),
            ("30114", "医疗费", "0.00"),
            ("30199", "其他工资福利支出", "481.23"),
            ("303", "对个人和家庭的补助", "67.96"),
            ("30301", "离休费", "0.00"),
            ("30302", "退休费", "67.96"),
            ("30303", "退职（役）费", "0.00"),
            ("30304", "抚恤金", "0.00"),
            ("30305", "生活补助", "0.00"),
            ("30306", "救济费", "0.00"),
            ("30307", "医疗费补助", "0.00"),
            ("30308", "助学金", "0.00"),
            ("30309", "奖励金", "0.00"),
            ("30310", "个人农业生产补贴", "0.00"),
            ("30311", "代缴社会保险费", "0.00"),
            ("30399", "其他对个人和家庭的补助", "0.00"),
        ),
        "right_rows": (
            ("302", "商品和服务支出", "440.90"),
            ("30201", "办公费", "84.62"),
            ("30202", "印刷费", "0.00"),
            ("30203", "咨询费", "0.00"),
            ("30204", "手续费", "0.08"),
            ("30205", "水费", "0.92"),
            ("30206", "电费", "18.86"),
            ("30207", "邮电费", "8.05"),
            ("30208", "取暖费", "0.00"),
            ("30209", "物业管理费", "82.20"),
            ("30211", "差旅费", "1.50"),
            ("30212", "因公出国（境）费用", "0.00"),
            ("30213", "维修（护）费", "29.65"),
            ("30214", "租赁费", "0.00"),
            ("30215", "会议费", "0.00"),
            ("30216", "培训费", "1.21"),
            ("30217", "公务接待费", "0.39"),
            ("30218", "专用材料费", "0.00"),
            ("30224", "被装购置费", "0.00"),
            ("30225", "专用燃料费", "0.00"),
            ("30226", "劳务费", "2.40"),
            ("30227", "委托业务费", "19.16"),
            ("30228", "工会经费", "56.29"),
            ("30229", "福利费", "73.19"),
            ("30231", "公务用车运行维护费", "0.00"),
            ("30239", "其他交通费用", "33.50"),
            ("30240", "税金及附加费用", "0.00"),
            ("30299", "其他商品和服务支出", "28.86"),
            ("310", "资本性支出", "39.76"),
            ("31001", "房屋建筑物购建", "0.00"),
            ("31002", "办公设备购置", "39.76"),
            ("31003", "专用设备购置", "0.00"),
            # printed "信息网络及软件购置" / "更新"; code and figure centred
            ("31007", "信息网络及软件购置更新", "0.00"),
            ("31013", "公务用车购置", "0.00"),
            ("31019", "其他交通工具购置", "0.00"),
            ("31021", "文物和陈列品购置", "0.00"),
            ("31022", "无形资产购置", "0.00"),
            ("31099", "其他资本性支出", "0.00"),
        ),
        "note": "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
    },
    "sangong": {
        "heading": "财政拨款“三公”经费支出决算表",
        "pages": (17,),
        "unit": "万元",
        # Header: 财政拨款“三公”经费 spanning all; then 合计 | 因公出国（境）费 (printed
        # "因公出国" / "（境）费") | 公务用车购置及运行维护费 (over 小计, 公务用车购置费
        # ("公务用车" / "购置费"), 公务用车运行维护费 ("公务用车" / "运行维护费")) |
        # 公务接待费; each item split into 预算数 / 决算数. One data row.
        "columns": (
            ("合计", "预算数"),
            ("合计", "决算数"),
            ("因公出国（境）费", "预算数"),
            ("因公出国（境）费", "决算数"),
            ("公务用车购置及运行维护费 小计", "预算数"),
            ("公务用车购置及运行维护费 小计", "决算数"),
            ("公务用车购置费", "预算数"),
            ("公务用车购置费", "决算数"),
            ("公务用车运行维护费", "预算数"),
            ("公务用车运行维护费", "决算数"),
            ("公务接待费", "预算数"),
            ("公务接待费", "决算数"),
        ),
        "data_rows": 1,
        "rows": (
            (
                "2.85",
                "0.39",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "2.85",
                "0.39",
            ),
        ),
        "note": "注：本表反映部门本年度“三公”经费支出预决算情况。",
    },
    "gov_fund": {
        "heading": "政府性基金预算财政拨款收入支出决算表",
        "pages": (18,),
        "unit": "万元",
        "columns": (
            "功能分类科目编码",
            "科目名称",
            "年初结转和结余",
            "本年收入",
            "本年支出 合计",
            "本年支出 基本支出",
            "本年支出 项目支出",
            "年末结转和结余",
        ),
        # A 合计 row with no figures, then three empty ruled rows. The 本年支出 sub-headers
        # (合计 / 基本支出 / 项目支出) are printed in the 合计 row's own line, not above it.
        "total_position": "top",
        "total": ("合计", None, None, None, None, None, None),
        "data_rows": 0,
        "empty_ruled_rows": 3,
        "rows": (),
        "note": "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
        "empty_note": (
            "说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，"
            "故本表无数据。"
        ),
    },
    "state_capital": {
        "heading": "国有资本经营预算财政拨款收入支出决算表",
        "pages": (19,),
        "unit": "万元",
        "columns": (
            "功能分类科目编码",
            "科目名称",
            "年初结转和结余",
            "本年收入",
            "本年支出 合计",
            "本年支出 基本支出",
            "本年支出 项目支出",
            "年末结转和结余",
        ),
        # Laid out as the 政府性基金 table (p18).
        "total_position": "top",
        "total": ("合计", None, None, None, None, None, None),
        "data_rows": 0,
        "empty_ruled_rows": 3,
        "rows": (),
        "note": "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。",
        "empty_note": (
            "说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，"
            "故本表无数据。"
        ),
    },
}

# 财政拨款“三公”经费支出决算表 (p17): (预算数, 决算数) per item.
SANGONG = {
    "合计": ("2.85", "0.39"),
    "因公出国（境）费": ("0.00", "0.00"),
    "公务用车购置及运行维护费": ("0.00", "0.00"),  # the 小计 column
    "公务用车购置费": ("0.00", "0.00"),
    "公务用车运行维护费": ("0.00", "0.00"),
    "公务接待费": ("2.85", "0.39"),
}

# 第三部分 决算情况说明, 五（三） (pp21-24): the per-项 statements, in printed order.
# Each reads "n、<类>（类）<款>（款）<项>（项）。主要用于：…。年初预算为 B 万元，支出决算为 A
# 万元，完成年初预算的 R%。决算数小于预算数的主要原因：…" or "…。决算数同预算数持平。".
# "code" is the 表五 row the statement resolves to (by its names where they match the
# table, by the figures where a name does not: see name_as_printed_differs).
# "pages" are where the statement runs (its figures are on the last of them unless noted).
NARRATIVE_ITEMS = (
    {
        "n": 1,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "行政单位离退休",
        "code": "2080501",
        "purpose": "行政单位退休人员支出",
        "budget": "54.53",
        "actual": "54.53",
        "rate": "100.00",
        "direction": "持平",
        "direction_text": "决算数同预算数持平。",
        "reason": None,
        "pages": (21,),
    },
    {
        "n": 2,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "事业单位离退休",
        "code": "2080502",
        "purpose": "事业单位退休人员支出",
        "budget": "28.11",
        "actual": "28.11",
        "rate": "100.00",
        "direction": "持平",
        "direction_text": "决算数同预算数持平。",
        "reason": None,
        "pages": (21, 22),
    },
    {
        "n": 3,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "机关事业单位基本养老保险缴费支出",
        "code": "2080505",
        "purpose": "行政事业单位养老保险支出",
        "budget": "452.40",
        "actual": "446.11",
        "rate": "98.61",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": "机构改革人员变动，年中社会保险缴费基数变更等因素综合导致。",
        "pages": (22,),
    },
    {
        "n": 4,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "机关事业单位职业年金缴费支出",
        "code": "2080506",
        "purpose": "行政事业单位职业年金支出",
        "budget": "226.25",
        "actual": "225.12",
        "rate": "99.50",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": "年中社会保险缴费基数变更导致。",
        "pages": (22,),
    },
    {
        "n": 5,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        # Not a 项 of any table: the tables print 2080599 其他行政事业单位养老支出 0.88, the
        # only 0.88 row and the only 20805 项 without a statement of its own.
        "xiang": "机关事业单位退休人员活动费支出",
        "code": "2080599",
        "name_as_printed_differs": {"xiang": "其他行政事业单位养老支出"},
        "purpose": "退休人员开展活动支出",
        "budget": "0.88",
        # printed "支出决算为 0.88 万元。完成年初预算的 100.00%" (a 。 where the others have ，)
        "actual": "0.88",
        "rate": "100.00",
        "direction": "持平",
        "direction_text": "决算数同预算数持平。",
        "reason": None,
        "pages": (22,),
    },
    {
        "n": 6,
        "lei": "卫生健康支出",
        "kuan": "行政事业单位医疗",
        "xiang": "行政单位医疗",
        "code": "2101101",
        "purpose": "行政单位医疗保险支出",
        "budget": "42.73",
        "actual": "40.35",
        "rate": "94.43",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": "医疗保险基数变更，医疗保险单位部分降低，导致支出减少。",
        "pages": (22, 23),  # figures on p22, the reason ends on p23
    },
    {
        "n": 7,
        "lei": "卫生健康支出",
        "kuan": "行政事业单位医疗",
        "xiang": "事业单位医疗",
        "code": "2101102",
        "purpose": "事业单位医疗保险支出",
        "budget": "196.40",
        "actual": "196.29",
        "rate": "99.94",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": "年中社会保险缴费基数变更导致。",
        "pages": (23,),
    },
    {
        "n": 8,
        "lei": "城乡社区支出",
        "kuan": "城乡社区管理事务",
        "xiang": "行政运行",
        "code": "2120101",
        "purpose": "行政单位人员支出、公用支出",
        "budget": "1115.48",
        "actual": "1092.80",  # = 表五 2120101; 支出决算表 prints 1105.68 (all funds)
        "rate": "97.97",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": "严格贯彻控制机关运行成本相关规定，勤俭节约，合理支出人员及公用经费。",
        "pages": (23,),
    },
    {
        "n": 9,
        "lei": "城乡社区支出",
        "kuan": "城乡社区规划与管理",
        "xiang": "城乡社区规划与管理",
        "code": "2120201",
        "purpose": "事业单位人员支出、公用支出、行政事业单位项目支出",
        "budget": "3110.14",
        "actual": "2739.56",
        "rate": "88.08",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": (
            "部分项目支出未完成，规划服务商务单元更新提升方案年末政府采购流程未及时完毕"
            "致使项目进度拖延。"
        ),
        "pages": (23,),
    },
    {
        "n": 10,
        "lei": "自然资源海洋气象等支出",
        "kuan": "自然资源事务",
        "xiang": "事业运行",
        "code": "2200150",
        "purpose": "事业单位人员支出、公用支出、项目支出",
        "budget": "4477.33",
        "actual": "4416.67",
        "rate": "98.65",
        "direction": "小于",
        "direction_text": "决算数小于预算数的主要原因：",
        "reason": "严格贯彻控制机关运行成本相关规定，勤俭节约，合理支出人员及公用经费。",
        "pages": (23,),
    },
    {
        "n": 11,
        "lei": "自然资源海洋气象等支出",
        "kuan": "自然资源事务",
        # The tables print 2200199 其他自然资源事务支出 45.00.
        "xiang": "其他国土资源事务支出",
        "code": "2200199",
        "name_as_printed_differs": {"xiang": "其他自然资源事务支出"},
        "purpose": "事业单位项目支出",
        "budget": "45.00",
        "actual": "45.00",
        "rate": "100.00",
        "direction": "持平",
        "direction_text": "决算数同预算数持平。",
        "reason": None,
        "pages": (24,),
    },
    {
        "n": 12,
        "lei": "住房保障支出",
        # The tables print 22102 住房改革支出.
        "kuan": "住房保障支出",
        "xiang": "住房公积金",
        "code": "2210201",
        "name_as_printed_differs": {"kuan": "住房改革支出"},
        "purpose": "行政单位、事业单位住房公积金支出",
        "budget": "289.59",
        "actual": "289.59",
        "rate": "100.00",
        "direction": "持平",
        "direction_text": "决算数同预算数持平。",
        "reason": None,
        "pages": (24,),
    },
    {
        "n": 13,
        "lei": "住房保障支出",
        "kuan": "住房保障支出",  # as in item 12: the tables print 22102 住房改革支出
        "xiang": "购房补贴",
        "code": "2210203",
        "name_as_printed_differs": {"kuan": "住房改革支出"},
        "purpose": "行政单位购房补贴支出",
        "budget": "171.49",
        "actual": "171.49",
        "rate": "100.00",
        "direction": "持平",
        "direction_text": "决算数同预算数持平。",
        "reason": None,
        "pages": (24,),
    },
)

# The document-level statements of 决算情况说明 (figures as printed, 万元 unless a %).
NARRATIVE = {
    "一、收入支出决算总体情况说明": {
        "page": 20,
        "total": "9859.38",  # 收入支出总计
        "change_vs_2023": "增加 1062.85",
        "change_pct": "12.08",  # 增长
        "reason": (
            "项目支出增加，较上一度增加 1133.95 万元，主要由于上海市普陀区自然资源确权登记"
            "事务中心办公大楼装修等。"
        ),
    },
    "二、收入决算情况说明": {
        "page": 20,
        "income_total": "9746.50",  # 本年收入合计
        "fiscal_income": "9746.50",  # 财政拨款收入
        "fiscal_share_pct": "100.00",
    },
    "三、支出决算情况说明": {
        "page": 20,
        "expenditure_total": "9759.38",  # 本年支出合计
        "basic": "5377.64",
        "basic_share_pct": "55.10",
        "project": "4381.74",
        "project_share_pct": "44.90",
    },
    "四、财政拨款收入支出决算总体情况说明": {
        "page": 20,
        "total": "9746.50",  # 财政拨款收入支出总计
        "change_vs_2023": "增加 1193.20",
        "change_pct": "13.95",  # 增长
        "reason": "same sentence as in 一 (项目支出增加 1133.95 万元 …办公大楼装修等)",
    },
    "五（一）一般公共预算财政拨款支出决算总体情况": {
        "page": 21,
        "total": "9746.50",
        "share_of_expenditure_total_pct": "99.86",  # 占本年支出合计的 99.86%
        "change_vs_2023": "增加 1193.20",
        "change_pct": "13.95",  # printed "增长 13.95。" without the % sign
    },
    "五（二）一般公共预算财政拨款支出决算结构情况": {
        "page": 21,
        "total": "9746.50",
        # (类, 万元, 占 %)
        "classes": (
            ("社会保障和就业支出", "754.75", "7.74"),
            ("卫生健康支出", "236.63", "2.43"),  # 表五 210: 236.64; 表四 236.63
            ("城乡社区支出", "3832.36", "39.32"),
            ("自然资源海洋气象等支出", "4461.67", "45.78"),
            ("住房保障支出", "461.08", "4.73"),
        ),
    },
    "五（三）一般公共预算财政拨款支出决算具体情况": {
        "page": 21,
        "budget": "10210.34",  # 年初预算
        "actual": "9746.50",  # 支出决算
        "rate": "95.45",
        "direction": "小于",
        "reason": (
            "城乡社区支出（类）未完成年初预期，其中项目支出规划服务较年初完成 92%，"
            "部分项目未开展完成。"
        ),
        "items": "NARRATIVE_ITEMS (13 statements, one per 项 of 表五)",
    },
    "六、一般公共预算财政拨款基本支出决算情况说明": {
        "pages": (24, 25),
        "basic": "5377.64",  # 表五/表六 print 5364.75 (5377.64 is 支出决算表's 基本支出)
        "personnel": "4896.98",  # 表六 人员经费合计 4884.09
        "public": "480.66",  # = 表六 公用经费合计
    },
    "七、财政拨款“三公”经费支出决算情况说明": {
        "pages": (25, 26),
        # （一）总体: (年初预算, 支出决算, 完成预算 %)
        "total": ("2.85", "0.39", "13.68"),
        # per item (决算, 完成预算 %); the budgets are not restated per item
        "因公出国（境）费": ("0.00", "0.00"),
        "公务用车购置及运行维护费": ("0.00", "0.00"),
        "公务接待费": ("0.39", "13.68"),
        "direction": "小于",
        "reason": "严格落实中央八项规定，控制“三公”经费支出。",
        # vs 2023: 减少 0.15, printed "下降（增长）27.78%" (template text left in)
        "change_vs_2023": ("减少 0.15", "27.78"),
        "change_items": {
            "因公出国（境）费": "与上一年度持平",
            "公务用车购置及运行维护费": "与上一年度持平",
            "公务接待费": ("减少 0.15", "下降 27.78"),
        },
        # （二）具体: (决算, 占 %)
        "shares": {
            "因公出国（境）费": ("0.00", "0.00"),
            "公务用车购置及运行维护费": ("0.00", "0.00"),
            "公务接待费": ("0.39", "100.00"),
        },
        "出国团组": "团组 0 个、累计 0 人次",
        "公务用车购置支出": "0.00",
        "公务用车运行维护支出": "0.00",
        "公务用车保有量": "0 辆",
        "国内公务接待支出": "0.39",  # printed "0.39 万（含外宾接待支出 0.00 万元）"
        "公务接待": "2 批次、26 人次，其中：接待外宾 0 批次、0 人次",
    },
    "八、政府性基金预算财政拨款收入支出决算情况说明": {
        "page": 26,
        "text": "上海市普陀区规划与自然资源局 2024 年度无政府性基金预算财政拨款收入和支出。",
    },
    "九、国有资本经营预算财政拨款收入支出决算情况说明": {
        "page": 26,
        "text": "上海市普陀区规划与自然资源局 2024 年度无国有资本经营预算财政拨款收入和支出。",
    },
    "十、预算绩效管理情况": {
        "pages": (26, 27),
        # 编报绩效目标 / 绩效跟踪评价 / 绩效自评: each 2024年度项目39个，涉及预算金额4415.48万元
        "projects": 39,
        "amount": "4415.48",
        "average_score": "99.33",
        "grades": {"优": 39, "良": 0, "合格": 0, "不合格": 0},
        "problems_found": 0,
    },
    "十一（一）机关运行经费支出情况": {
        "page": 27,
        "amount": "142.80",
        "change_vs_2023": "减少 13.52",
        "change_pct": "8.65",  # 下降
        "reason": (
            "严格落实中央八项规定，控制机关运行成本相关规定，勤俭节约，合理支出。"
            "较上一年度减少了培训费支出等。"
        ),
    },
    "十一（二）政府采购支出情况": {
        "pages": (27, 28),
        "total": "2319.21",  # （以合同签订为准）
        "goods": "122.43",
        "works": "1387.72",
        "services": "809.07",
        "reserved_sme_budget": "225.10",
        "reserved_micro_budget": "164.87",
        "sme_awarded": "225.10",
        "micro_awarded": "164.87",
        "other_sme_awarded": "0.00",
    },
    "十一（三）国有资产占有使用情况说明": {
        "page": 28,
        "as_of": "2024 年 12 月 31 日",
        "vehicles": 0,  # every category 0 辆
        "equipment_over_1m": "0 台（套）",  # 单价 100 万元（含）以上设备（不含车辆）
    },
}

# What a correct checker must report, worked out with decimal.Decimal from the figures
# above. verdict: "rounding" (difference no larger than half a unit of the printed
# precision, 0.005, per summed term), "truncation" (the printed figure is the exact value
# cut, not rounded, at its printed places: a note, never an error, by the tolerance rule
# of issue 16 item 12, docs/checks.md), "error" (larger), "note" (not an identity
# failure, but worth a line). Differences are printed minus computed (or first minus
# second).
PROBLEMS = (
    # --- cross-table disagreements (rounding) ---
    {
        "check": "收入支出决算总表 类 vs 支出决算表 类",
        "where": "p7 九、卫生健康支出 vs p10 210",
        "figures": ("236.63", "236.64"),
        "difference": "-0.01",
        "verdict": "rounding",
    },
    {
        "check": "收入支出决算总表 类 vs 支出决算表 类",
        "where": "p7 十一、城乡社区支出 vs p11 212",
        "figures": ("3845.25", "3845.24"),
        "difference": "0.01",
        "verdict": "rounding",
    },
    {
        "check": "财政拨款收入支出决算总表 类 vs 一般公共预算财政拨款支出决算表 类",
        "where": "p12 九、卫生健康支出 (合计 and 一般公共预算 columns) vs p14 210",
        "figures": ("236.63", "236.64"),
        "difference": "-0.01",
        "verdict": "rounding",
    },
    {
        "check": "财政拨款收入支出决算总表: items = 本年支出合计",
        "where": "p12-13, 合计 and 一般公共预算 columns",
        # 754.75 + 236.63 + 3832.36 + 4461.67 + 461.08
        "figures": ("9746.50", "9746.49"),
        "difference": "0.01",
        "verdict": "rounding",  # 5 terms
    },
    # --- row identities of 表五 (合计 = 基本支出 + 项目支出) ---
    {
        "check": "一般公共预算财政拨款支出决算表 row: 合计 = 基本支出 + 项目支出",
        "where": "p14 21201 and 2120101 (1084.02 + 8.77)",
        "figures": ("1092.80", "1092.79"),
        "difference": "0.01",
        "verdict": "rounding",  # reported once per row: 21201 and 2120101
    },
    {
        "check": "一般公共预算财政拨款支出决算表 row: 合计 = 基本支出 + 项目支出",
        "where": "p14 212 (1572.70 + 2259.65)",
        "figures": ("3832.36", "3832.35"),
        "difference": "0.01",
        "verdict": "rounding",
    },
    {
        "check": "一般公共预算财政拨款支出决算表 row: 合计 = 基本支出 + 项目支出",
        "where": "p15 合计 (5364.75 + 4381.74)",
        "figures": ("9746.50", "9746.49"),
        "difference": "0.01",
        "verdict": "rounding",
    },
    # --- 基本支出决算表 tree sums ---
    {
        "check": "一般公共预算财政拨款基本支出决算表: 人员经费合计 = 301 + 303",
        "where": "p16 (4816.14 + 67.96)",
        "figures": ("4884.09", "4884.10"),
        "difference": "-0.01",
        "verdict": "rounding",
    },
    {
        "check": "一般公共预算财政拨款基本支出决算表: 302 = its 27 款",
        "where": "p16 302 商品和服务支出",
        "figures": ("440.90", "440.88"),
        "difference": "0.02",
        "verdict": "rounding",  # 27 terms: tolerance 0.135
    },
    # --- narrative against the tables ---
    {
        "check": "narrative 六 一般公共预算财政拨款基本支出 vs 表五 合计 基本支出 / 表六 sum",
        "where": "p24 vs p15 and p16 (4884.09 + 480.66)",
        "figures": ("5377.64", "5364.75"),
        "difference": "12.89",
        "verdict": "error",  # 5377.64 is 支出决算表's 基本支出 (all funds), not 财政拨款
    },
    {
        "check": "narrative 六 人员经费 vs 表六 人员经费合计",
        "where": "p24 vs p16",
        "figures": ("4896.98", "4884.09"),
        "difference": "12.89",
        "verdict": "error",
    },
    {
        "check": "narrative 五（二） 卫生健康支出（类） vs 表五 210",
        "where": "p21 vs p14 (it agrees with 表四's 236.63)",
        "figures": ("236.63", "236.64"),
        "difference": "-0.01",
        "verdict": "rounding",
    },
    {
        "check": "narrative 五（三）: 年初预算 total vs the sum of the 13 项 年初预算",
        "where": "p21 vs NARRATIVE_ITEMS (pp21-24)",
        "figures": ("10210.34", "10210.33"),
        "difference": "0.01",
        "verdict": "rounding",  # 13 terms
    },
    # --- stated percentages against their own figures ---
    {
        "check": "narrative 五（三） completion rate 决算 ÷ 年初预算",
        "where": "p21: 9746.50 ÷ 10210.34 = 95.4572…%",
        "figures": ("95.45", "95.46"),
        "difference": "-0.01",
        # truncated instead of rounded: 95.4572… cut at two places is 95.45. Written down as
        # "error" before issue 16; by its tolerance rule a truncation is a note.
        "verdict": "truncation",
    },
    {
        "check": "narrative 五（一） share 9746.50 ÷ 本年支出合计 9759.38",
        "where": "p21: = 99.8680…%",
        "figures": ("99.86", "99.87"),
        "difference": "-0.01",
        # truncated as well: 99.8680… cut is 99.86 (an "error" before issue 16's rule)
        "verdict": "truncation",
    },
    # --- names that do not resolve to a table row ---
    {
        "check": "narrative per-项 names resolve to 表五",
        "where": "p22 item 5: 机关事业单位退休人员活动费支出（项）",
        "figures": ("机关事业单位退休人员活动费支出", "2080599 其他行政事业单位养老支出"),
        "difference": None,
        "verdict": "error",  # no such 项 in any table; the figures (0.88/0.88) match 2080599
    },
    {
        "check": "narrative per-项 names resolve to 表五",
        "where": "p24 item 11: 其他国土资源事务支出（项）",
        "figures": ("其他国土资源事务支出", "2200199 其他自然资源事务支出"),
        "difference": None,
        "verdict": "error",  # figures 45.00/45.00 match 2200199
    },
    {
        "check": "narrative per-项 names resolve to 表五",
        "where": "p24 items 12 and 13: 住房保障支出（款）",
        "figures": ("住房保障支出", "22102 住房改革支出"),
        "difference": None,
        "verdict": "error",  # the 项 names (住房公积金, 购房补贴) and figures do resolve
    },
    # --- notes (no identity fails, but a reader should see them) ---
    {
        "check": "支出决算表 vs 一般公共预算财政拨款支出决算表",
        "where": "p10-11 vs p14-15: 合计 9759.38 vs 9746.50; 基本支出 5377.64 vs 5364.75; "
        "212/21201/2120101 合计 +12.88, 基本支出 +12.89; every other row equal",
        "figures": ("9759.38", "9746.50"),
        "difference": "12.88",
        # Expected: 支出决算表 covers all funds, and 12.88 = 年初结转和结余 112.88 − 年末
        # 100.00 (p7) was spent from non-财政拨款 carry-over (表四 has no 财政拨款 carry-over).
        # Not an error; a checker may compare the two only after this carry-over.
        "verdict": "note",
    },
    {
        "check": "三公 narrative 因公出国（境）费 / 公务用车 完成预算的 0.00%",
        "where": "p25: budget 0.00, 决算 0.00",
        "figures": ("0.00", "0.00"),
        "difference": None,
        "verdict": "note",  # 0 ÷ 0: the rate is undefined; not checkable, not an error
    },
    {
        "check": "wording",
        "where": "p21 五（一） '增长 13.95。' (no %); p25 '下降（增长）27.78%' (template left)",
        "figures": None,
        "difference": None,
        "verdict": "note",
    },
    {
        "check": "narrative 十一（二） 政府采购 parts = total",
        "where": "p27: 122.43 + 1387.72 + 809.07",
        "figures": ("2319.21", "2319.22"),
        "difference": "-0.01",
        "verdict": "rounding",  # 3 terms; not a table identity, listed for completeness
    },
)

# Headings and statements that misprint the department (the cover prints
# 上海市普陀区规划和自然资源局).
DEPARTMENT_MISPRINTS = (
    ("上海市规划和自然资源局2024年度部门决算表", 7),  # heading above 表一, without 普陀区
    ("上海市普陀区规划与自然资源局", 26),  # 与 for 和: 三公 (二) 2, and 八, 九 (three times)
)

# Identities checked that hold exactly (Decimal).
HOLDS = (
    "收入支出决算总表: 本年收入合计 9746.50 + 年初结转和结余 112.88 = 总计 9859.38 = "
    "本年支出合计 9759.38 + 年末结转和结余 100.00",
    "收入支出决算总表: 支出 items sum to 9759.38 (754.75+236.63+3845.25+4461.67+461.08); "
    "收入 items sum to 9746.50",
    "财政拨款收入支出决算总表: 本年收入合计 9746.50 = 本年支出合计 9746.50 = 总计 9746.50 "
    "both sides (carry-over rows blank); 合计 column = 一般公共预算 column on every row",
    "收入决算表: 合计 and every 类/款 = sum of its children; 本年收入合计 = 财政拨款收入 on "
    "every row; its rows equal 表五's 合计 column code by code",
    "支出决算表: tree sums in all three columns (9759.38 / 5377.64 / 4381.74); every row "
    "本年支出合计 = 基本支出 + 项目支出",
    "一般公共预算财政拨款支出决算表: tree sums in all three columns (合计 9746.50, 基本 "
    "5364.75, 项目 4381.74 from the 类); row sums except 21201, 2120101, 212 and 合计 (PROBLEMS)",
    "表五 合计 9746.50 = 表四 一般公共预算 本年支出合计 = "
    "收入支出决算总表 一般公共预算财政拨款收入",
    "基本支出决算表: 301 = its 13 款 (4816.14); 303 = its 12 款 (67.96); 310 = its 9 款 "
    "(39.76); 公用经费合计 480.66 = 302 + 310; 人员经费合计 + 公用经费合计 = 5364.75 = 表五 "
    "合计 基本支出",
    "三公: 合计 = 因公出国 + 小计 + 公务接待 and 小计 = 购置 + 运行, per 预算数 and 决算数; "
    "the narrative's 2.85 / 0.39 / 13.68% and per-item 决算 agree with the table",
    "narrative per-项: every 支出决算 equals 表五's 合计 for its code; every completion rate "
    "rounds from 决算 ÷ 年初预算 to the printed 0.01%; every direction word matches "
    "(小于 where 决算 < 预算, 持平 where equal); 五（三） actual 9746.50 = 表五 合计",
    "narrative 二/三/四/五（二） totals and shares (100.00, 55.10, 44.90, 7.74, 2.43, 39.32, "
    "45.78, 4.73) agree with the tables and their own figures; year-on-year rates 12.08 "
    "(1062.85 ÷ 8796.53), 13.95 (1193.20 ÷ 8553.30), 27.78 (0.15 ÷ 0.54), 8.65 "
    "(13.52 ÷ 156.32) agree with their figures",
)

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
