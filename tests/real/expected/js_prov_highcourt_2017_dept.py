"""What js-prov-highcourt-2017-dept.pdf prints, copied from its page images.

Ground truth for issue 18 (Jiangsu provincial 部门预算). Every figure was read on the page
images (pdftoppm -r 110) and compared with ``pdftotext -layout``: the text layer agrees
with the images in every table and narrative figure. Amounts are the printed strings in
万元 (every table prints 单位：万元), a blank cell is None; rows are (code, name, *amounts)
in printed order, the 合计 row included where it is printed (above the codes). The
narrative prints figures without thousands separators and drops trailing zeros
("1733.3", "1600"); the tables print "1,733.30".

A Word 2007 document, 27 portrait A4 pages, nothing rotated; text and tables in one PDF.
Font names in the PDF are GBK bytes shown as mojibake (``ABCDEE+����_GB2312``). The text
layer has two glyph slips outside the figures: the 批复 number 苏财预〔2017〕19 号 (p19)
comes out as ``苏财预„2017‟19 号``, and 名词解释 八 (p26) is split "八、" / "“三公”经费".
Term syntax of HOLDS / PROBLEMS: tests/real/test_jiangsu_truth.py.
"""

SOURCE = "js-prov-highcourt-2017-dept.pdf"

PAGE_COUNT = 27

# The department is named in the cover title, in the 第二部分/第三部分 headings and in
# every table title; no 部门名称/编制部门 line anywhere.
IDENTITY = {
    "department": "江苏省高级人民法院",
    "year": 2017,
    "kind": "部门预算",
    "title": "2017 年度江苏省高级人民法院部门预算公开",
    "title_page": 1,
    "department_named_in": ("title", "part headings", "table titles"),
    "department_line": None,
}

# Contents on page 1, under the title: no page numbers, no dot leaders.
TOC = {
    "page": 1,
    "heading": "目 录",
    "dot_leaders": False,
    "page_numbers": False,
    "parts": (
        "第一部分 部门概况",
        "第二部分 江苏省高级人民法院 2017 年度部门预算表",
        "第三部分 江苏省高级人民法院 2017 年度部门预算情况说明",
        "第四部分 名词解释",
    ),
    "part_one_entries": (
        "一、主要职能。",
        "二、2017 年度部门主要工作任务及目标。",
        "三、部门机构设置和所属单位情况。",
        "四、部门收支预算编制的相关依据及测算分析情况。",
    ),
    "table_entries": (
        "一、收支预算总表",
        "二、收入预算总表",
        "三、支出预算总表",
        "四、财政拨款收支预算总表",
        "五、财政拨款支出预算表",
        "六、财政拨款基本支出预算表",
        "七、政府性基金支出预算表",
        "八、一般公共预算支出预算表",
        "九、一般公共预算基本支出预算表",
        "十、一般公共预算机关运行经费支出预算表",
        "十一、一般公共预算“三公”经费、会议费、培训费支出预算表",
        "十二、政府采购支出预算表",  # the table itself is titled …政府采购预算表
    ),
}

# (heading as printed, first page).
SECTIONS = (
    ("第一部分 部门概况", 2),
    ("一、主要职能", 2),
    ("二、2017 年度部门主要工作任务及目标", 3),
    ("三、部门机构设置和所属单位情况", 5),
    ("四、部门收支预算编制的相关依据及测算分析情况", 10),
    ("第二部分 江苏省高级人民法院 2017 年度部门预算表", 11),
    ("第三部分 江苏省高级人民法院 2017 年度部门预算情况说明", 19),  # on two lines
    ("第四部分 名词解释", 26),
)

# The twelve tables, tagged by the ordinal in their title (一、 … 十二、); titles carry
# year and department ("一、2017 年度江苏省高级人民法院部门收支预算总表"; 十一 and 十二
# print "2017 年" without 度). No 编制部门 line, 单位：万元 above each table at the right.
TABLES = {
    # concept finance_summary, two-sided; the expenditure side is two column groups
    # 功能分类 (功能科目名称, 金额) | 支出用途 (项目名称, 金额). The bottom rows span
    # both groups: 当年支出小计 / 支出合计 are printed once, in the 支出用途 金额 column.
    "finance_summary": {
        "concept": "finance_summary",
        "tag": "一、",
        "heading": "一、2017 年度江苏省高级人民法院部门收支预算总表",
        "pages": [11, 12],
        "unit": "万元",
        "prepared_by": None,
        "header": (
            ("收入", "支出"),
            ("项目名称", "金额", "功能分类", "支出用途"),
            ("功能科目名称", "金额", "项目名称", "金额"),
        ),
        "columns": ("金额",),
        "lists": ("income_items", "function_items", "use_items", "expenditure_totals"),
        "income_items": (
            ("一、财政拨款", "28,849.38"),
            ("1.一般公共预算", "28,849.38"),
            ("2.政府性基金预算", None),
            ("二、财政专户管理资金", None),
            ("三、其他资金", None),
            ("当年收入小计", "28,849.38"),
            ("上年结转资金", None),
            ("收入合计", "28,849.38"),
        ),
        # all twenty 类 are printed, blank where the department has none
        "function_items": (
            ("一、一般公共服务支出", None),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", "23,513.11"),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化体育与传媒支出", None),
            ("八、社会保障和就业支出", "2,347.13"),
            ("九、医疗卫生与计划生育支出", None),  # wrapped: 九、医疗卫生与计划生育支 / 出
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", None),
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、国土海洋气象等支出", None),
            ("十八、住房保障支出", "2,989.14"),
            ("十九、粮油物资储备支出", None),
            ("二十、其他支出", None),
        ),
        "use_items": (
            ("一、基本支出", "17,123.19"),
            ("二、项目支出", "11,543.27"),
            ("三、单位预留机动经费", "182.92"),
        ),
        "expenditure_totals": (
            ("当年支出小计", "28,849.38"),
            ("结转下年资金", None),
            ("支出合计", "28,849.38"),
        ),
        "rows": (),
    },
    # concept income, labelled categories without codes (收入预算总表): rows are
    # (group, item, 金额); 收入总计 spans the first two columns.
    "income": {
        "concept": "income",
        "classification": "labelled",
        "tag": "二、",
        "heading": "二、2017 年度江苏省高级人民法院部门收入预算总表",
        "pages": [12, 13],
        "unit": "万元",
        "prepared_by": None,
        "header": (("项目名称", "", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "收入总计", "28,849.38"),
            ("一般公共预算资金", "小计", "28,849.38"),
            ("一般公共预算资金", "公共财政拨款(补助)资金", "28,849.38"),
            ("一般公共预算资金", "专项收入", None),
            ("政府性基金", "小计", None),
            ("财政专户管理资金", "小计", None),
            ("财政专户管理资金", "专户管理教育收费", None),
            ("财政专户管理资金", "其他非税收入", None),
            ("其他资金", "小计", None),
            ("其他资金", "事业收入", None),  # page 13 from here
            ("其他资金", "经营收入", None),
            ("其他资金", "其他收入", None),
            ("其他资金", "债务资金(银行贷款)", None),
            ("上年结转和结余资金", "小计", None),
            ("上年结转和结余资金", "其中：动用上年结转和结余资金", None),
        ),
    },
    # concept expenditure (支出预算总表): one row of totals, no classification.
    "expenditure": {
        "concept": "expenditure",
        "classification": None,
        "tag": "三、",
        "heading": "三、2017 年度江苏省高级人民法院部门支出预算总表",
        "pages": [13],
        "unit": "万元",
        "prepared_by": None,
        "header": (("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),),
        "columns": ("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        "rows": ((None, None, "28,849.38", "17,123.19", "11,543.27", "182.92", None),),
    },
    # concept fiscal_summary (财政拨款收支预算总表): 收入 (项目名称, 金额) | 支出 支出用途
    # (项目名称, 金额); no functional side in 2017. An empty third income row.
    "fiscal_summary": {
        "concept": "fiscal_summary",
        "tag": "四、",
        "heading": "四、2017 年度江苏省高级人民法院部门财政拨款收支预算总表",
        "pages": [13],
        "unit": "万元",
        "prepared_by": None,
        "header": (("收入", "支出"), ("项目名称", "金额", "支出用途"), ("项目名称", "金额")),
        "columns": ("金额",),
        "lists": ("income_items", "use_items"),
        "income_items": (
            ("一、一般公共预算", "28,849.38"),
            ("二、政府性基金预算", None),
            ("收入合计", "28,849.38"),
        ),
        "use_items": (
            ("一、基本支出", "17,123.19"),
            ("二、项目支出", "11,543.27"),
            ("三、单位预留机动经费", "182.92"),
            ("支出合计", "28,849.38"),
        ),
        "rows": (),
    },
    # new concept fiscal_expenditure (财政拨款支出预算表): function codes, one 金额 column.
    "fiscal_expenditure": {
        "concept": "fiscal_expenditure",
        "classification": "function",
        "tag": "五、",
        "heading": "五、2017 年度江苏省高级人民法院部门财政拨款支出预算表",
        "pages": [13, 14],
        "unit": "万元",
        "prepared_by": None,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "合计", "28,849.38"),
            ("204", "公共安全支出", "23,513.11"),
            ("20405", "法院", "23,513.11"),
            ("2040501", "行政运行", "11,786.92"),
            ("2040502", "一般行政管理事务", "6,432.89"),
            ("2040503", "机关服务", "1,600.00"),
            ("2040504", "案件审判", "1,733.30"),
            ("2040505", "案件执行", "1,050.00"),
            ("2040599", "其他法院支出", "910.00"),
            ("208", "社会保障和就业支出", "2,347.13"),
            ("20805", "行政事业单位离退休", "2,347.13"),
            ("2080504", "未归口管理的行政单位离退休", "2,347.13"),
            ("221", "住房保障支出", "2,989.14"),
            ("22102", "住房改革支出", "2,989.14"),
            ("2210201", "住房公积金", "1,029.15"),  # page 14
            ("2210202", "提租补贴", "1,959.99"),
        ),
    },
    # new concept fiscal_basic (财政拨款基本支出预算表): economic codes, one column.
    "fiscal_basic": {
        "concept": "fiscal_basic",
        "classification": "economic",
        "tag": "六、",
        "heading": "六、2017 年度江苏省高级人民法院部门财政拨款基本支出预算表",
        "pages": [14],
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "合计", "17,123.19"),
            ("301", "工资福利支出", "7,687.65"),
            ("30101", "基本工资", "2,509.00"),
            ("30102", "津贴补贴", "4,220.60"),
            ("30103", "奖金", "206.16"),
            ("30104", "其他社会保障缴费", "64.80"),
            ("30107", "绩效工资", "65.62"),
            ("30199", "其他工资福利支出", "621.47"),
            ("302", "商品和服务支出", "3,528.37"),
            ("30201", "办公费", "380.00"),
            ("30205", "水费", "43.60"),
            ("30206", "电费", "235.00"),
            ("30207", "邮电费", "105.00"),
            ("30211", "差旅费", "265.00"),
            ("30213", "维修（护）费", "560.00"),
            ("30215", "会议费", "97.01"),
            ("30216", "培训费", "60.37"),
            ("30217", "公务接待费", "50.72"),
            ("30218", "专用材料费", "48.00"),
            ("30228", "工会经费", "458.00"),
            ("30229", "福利费", "110.00"),
            ("30231", "公务用车运行维护费", "304.40"),
            ("30239", "其他交通费用", "618.27"),
            ("30299", "其他商品和服务支出", "193.00"),
            ("303", "对个人和家庭的补助", "5,907.17"),
            ("30301", "离休费", "352.35"),
            ("30302", "退休费", "1,963.45"),
            ("30304", "抚恤金", "96.00"),
            ("30305", "生活补助", "169.90"),
            ("30307", "医疗费", "334.43"),
            ("30309", "奖励金", "1.90"),
            ("30311", "住房公积金", "1,029.15"),
            ("30312", "提租补贴", "1,959.99"),
        ),
    },
    # concept gov_fund (政府性基金支出预算表): empty, a 合计 row with a blank cell.
    "gov_fund": {
        "concept": "gov_fund",
        "classification": "function",
        "tag": "七、",
        "heading": "七、2017 年度江苏省高级人民法院部门政府性基金支出预算表",
        "pages": [15],
        "unit": "万元",
        "prepared_by": None,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "empty_note": None,
        "rows": ((None, "合计", None),),
    },
    # concept general_public (一般公共预算支出预算表): function codes, one column; the
    # same rows as fiscal_expenditure.
    "general_public": {
        "concept": "general_public",
        "classification": "function",
        "tag": "八、",
        "heading": "八、2017 年度江苏省高级人民法院部门一般公共预算支出预算表",
        "pages": [15],
        "unit": "万元",
        "prepared_by": None,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "合计", "28,849.38"),
            ("204", "公共安全支出", "23,513.11"),
            ("20405", "法院", "23,513.11"),
            ("2040501", "行政运行", "11,786.92"),
            ("2040502", "一般行政管理事务", "6,432.89"),
            ("2040503", "机关服务", "1,600.00"),
            ("2040504", "案件审判", "1,733.30"),
            ("2040505", "案件执行", "1,050.00"),
            ("2040599", "其他法院支出", "910.00"),
            ("208", "社会保障和就业支出", "2,347.13"),
            ("20805", "行政事业单位离退休", "2,347.13"),
            ("2080504", "未归口管理的行政单位离退休", "2,347.13"),
            ("221", "住房保障支出", "2,989.14"),
            ("22102", "住房改革支出", "2,989.14"),
            ("2210201", "住房公积金", "1,029.15"),
            ("2210202", "提租补贴", "1,959.99"),
        ),
    },
    # concept economic (一般公共预算基本支出预算表): the same rows as fiscal_basic.
    "economic": {
        "concept": "economic",
        "classification": "economic",
        "tag": "九、",
        "heading": "九、2017 年度江苏省高级人民法院部门一般公共预算基本支出预算表",
        "pages": [15, 16],
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "合计", "17,123.19"),
            ("301", "工资福利支出", "7,687.65"),
            ("30101", "基本工资", "2,509.00"),
            ("30102", "津贴补贴", "4,220.60"),
            ("30103", "奖金", "206.16"),
            ("30104", "其他社会保障缴费", "64.80"),
            ("30107", "绩效工资", "65.62"),
            ("30199", "其他工资福利支出", "621.47"),
            ("302", "商品和服务支出", "3,528.37"),
            ("30201", "办公费", "380.00"),
            ("30205", "水费", "43.60"),
            ("30206", "电费", "235.00"),  # page 16
            ("30207", "邮电费", "105.00"),
            ("30211", "差旅费", "265.00"),
            ("30213", "维修（护）费", "560.00"),
            ("30215", "会议费", "97.01"),
            ("30216", "培训费", "60.37"),
            ("30217", "公务接待费", "50.72"),
            ("30218", "专用材料费", "48.00"),
            ("30228", "工会经费", "458.00"),
            ("30229", "福利费", "110.00"),
            ("30231", "公务用车运行维护费", "304.40"),
            ("30239", "其他交通费用", "618.27"),
            ("30299", "其他商品和服务支出", "193.00"),
            ("303", "对个人和家庭的补助", "5,907.17"),
            ("30301", "离休费", "352.35"),
            ("30302", "退休费", "1,963.45"),
            ("30304", "抚恤金", "96.00"),
            ("30305", "生活补助", "169.90"),
            ("30307", "医疗费", "334.43"),
            ("30309", "奖励金", "1.90"),
            ("30311", "住房公积金", "1,029.15"),
            ("30312", "提租补贴", "1,959.99"),
        ),
    },
    # new concept agency_running (一般公共预算机关运行经费支出预算表): economic codes,
    # column 机关运行经费支出. Not a subset of the basic tables: it also counts project
    # spending (narrative p24), e.g. 30299 4,153.04 against 193.00 in 基本支出.
    "agency_running": {
        "concept": "agency_running",
        "classification": "economic",
        "tag": "十、",
        "heading": "十、2017 年度江苏省高级人民法院部门一般公共预算机关运行经费支出预算表",
        "pages": [16, 17],
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "机关运行经费支出"),),
        "columns": ("机关运行经费支出",),
        "rows": (
            (None, "合计", "9,193.40"),
            ("302", "商品和服务支出", "9,050.00"),
            ("30201", "办公费", "879.00"),
            ("30202", "印刷费", "73.00"),
            ("30205", "水费", "43.60"),
            ("30206", "电费", "305.00"),
            ("30207", "邮电费", "433.00"),
            ("30208", "取暖费", "109.96"),
            ("30209", "物业管理费", "470.00"),
            ("30211", "差旅费", "1,022.00"),
            ("30213", "维修（护）费", "841.00"),
            ("30215", "会议费", "228.00"),
            ("30218", "专用材料费", "78.00"),
            ("30229", "福利费", "110.00"),  # page 17
            ("30231", "公务用车运行维护费", "304.40"),
            ("30299", "其他商品和服务支出", "4,153.04"),
            ("310", "其他资本性支出", "143.40"),
            ("31002", "办公设备购置", "143.40"),
        ),
    },
    # concept sangong, with 会议费 and 培训费: one row, no codes. The printed 合计
    # (2,599.37) = 三公 小计 670.12 + 会议费 228.00 + 培训费 1,701.25.
    "sangong": {
        "concept": "sangong",
        "tag": "十一、",
        "heading": (
            "十一、2017 年江苏省高级人民法院部门一般公共预算“三公”经费、会议费、培训费支出预算表"
        ),
        "pages": [17],
        "unit": "万元",
        "prepared_by": None,
        "header": (
            ("合计", "“三公”经费", "会议费", "培训费"),
            ("小计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"),
            ("小计", "公务用车购置费", "公务用车运行维护费"),
        ),
        "columns": (
            "合计",
            "“三公”经费 小计",
            "因公出国（境）费",
            "公务用车购置及运行维护费 小计",
            "公务用车购置费",
            "公务用车运行维护费",
            "公务接待费",
            "会议费",
            "培训费",
        ),
        "rows": (
            (
                None,
                None,
                "2,599.37",
                "670.12",
                "180.00",
                "304.40",
                None,
                "304.40",
                "185.72",
                "228.00",
                "1,701.25",
            ),
        ),
    },
    # new concept procurement (政府采购预算表): rows (采购品目大类, 专项名称, 经济科目,
    # 采购物品名称, 采购组织形式, 总计). 专项名称 is printed once per project, 经济科目 once
    # per subtotal; the last 物业管理服务 cell spans two rows (430.00 部门集中采购 and 40.00
    # 分散自行组织). Continues on page 18 without a repeated header.
    "procurement": {
        "concept": "procurement",
        "classification": "labelled",
        "tag": "十二、",
        "heading": "十二、2017 年江苏省高级人民法院部门政府采购预算表",
        "pages": [17, 18],
        "unit": "万元",
        "prepared_by": None,
        "header": (
            ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),
        ),
        "columns": ("总计",),
        "amount_from": 5,
        "rows": (
            ("合计", None, None, None, None, "3,742.40"),
            ("一、货物 A", None, None, None, None, "525.40"),
            (None, "信息网络建设维护费", "信息网络及软件购置更新", None, None, "274.00"),
            (None, None, None, "PC 服务器", "部门集中采购", "24.00"),
            (None, None, None, "其他计算机设备及软件", "政府集中采购", "250.00"),
            (None, "审判专项业务费", "办公设备购置", None, None, "15.00"),
            (None, None, None, "其他办公设备", "分散自行组织", "15.00"),
            (None, None, "印刷费", None, None, "8.00"),
            (None, None, None, "印刷品", "分散自行组织", "8.00"),
            (None, "设备购置费", "办公设备购置", None, None, "118.40"),
            (None, None, None, "其他办公设备", "部门集中采购", "118.40"),
            (None, "办公设备购置", "办公设备购置", None, None, "10.00"),
            (None, None, None, "家具用具", "分散自行组织", "10.00"),
            (None, "交通运行费", "公务用车运行维护费", None, None, "100.00"),
            (None, None, None, "炼焦产品、炼油产品", "分散自行组织", "100.00"),
            ("二、工程 B", None, None, None, None, "500.00"),
            (None, "商品和服务支出", "维修（护）费", None, None, "500.00"),
            (None, None, None, "修缮工程", "分散自行组织", "500.00"),
            ("三、服务 C", None, None, None, None, "2,717.00"),
            (None, "应用软件购建费", "信息网络及软件购置更新", None, None, "606.00"),
            (None, None, None, "软件开发服务", "部门集中采购", "606.00"),  # page 18
            (None, "江苏法院云平台租赁费", "租赁费", None, None, "1,000.00"),
            (None, None, None, "租赁服务（不带操作员）", "政府集中采购", "1,000.00"),
            (None, "案件审判经费", "维修（护）费", None, None, "90.00"),
            (None, None, None, "计算机设备维修和保养服务", "分散自行组织", "50.00"),
            (None, None, None, "办公设备维修和保养服务", "分散自行组织", "40.00"),
            (None, None, "会议费", None, None, "104.00"),
            (None, None, None, "会议服务", "分散自行组织", "104.00"),
            (None, None, "印刷费", None, None, "35.00"),
            (None, None, None, "印刷服务", "分散自行组织", "35.00"),
            (None, "案件执行经费", "维修（护）费", None, None, "90.00"),
            (None, None, None, "计算机设备维修和保养服务", "分散自行组织", "50.00"),
            (None, None, None, "办公设备维修和保养服务", "分散自行组织", "40.00"),
            (None, None, "会议费", None, None, "20.00"),
            (None, None, None, "会议服务", "分散自行组织", "20.00"),
            (None, None, "印刷费", None, None, "30.00"),
            (None, None, None, "印刷服务", "分散自行组织", "30.00"),
            (None, "审判专项业务费", "维修（护）费", None, None, "1.00"),
            (None, None, None, "办公设备维修和保养服务", "分散自行组织", "1.00"),
            (None, None, "会议费", None, None, "1.75"),
            (None, None, None, "会议服务", "分散自行组织", "1.75"),
            (None, "交通运行费", "公务用车运行维护费", None, None, "170.00"),
            (None, None, None, "车辆维修和保养服务", "分散自行组织", "135.00"),
            (None, None, None, "机动车保险服务", "分散自行组织", "35.00"),
            (None, "商品和服务支出", "维修（护）费", None, None, "6.00"),
            (None, None, None, "其他维修和保养服务", "分散自行组织", "6.00"),
            (None, None, "会议费", None, None, "91.25"),
            (None, None, None, "会议服务", "分散自行组织", "91.25"),
            (None, None, "公务接待费", None, None, "2.00"),
            (None, None, None, "餐饮服务", "分散自行组织", "2.00"),
            (None, "物业管理费", "物业管理费", None, None, "470.00"),
            (None, None, None, "物业管理服务", "部门集中采购", "430.00"),
            (None, None, None, "物业管理服务", "分散自行组织", "40.00"),
        ),
    },
}

# 三公 in 万元 (table 十一, page 17). 合计 is the 三公 total (the table's 小计); the
# table's printed 合计 column is printed_total. The table prints 公务用车购置及运行维护费
# and 公务用车运行维护费; the narrative says 公务用车购置及运行费.
SANGONG = {
    "unit": "万元",
    "page": 17,
    "values": {
        "合计": "670.12",
        "因公出国（境）费": "180.00",
        "公务用车购置及运行费": "304.40",
        "公务用车购置费": None,
        "公务用车运行费": "304.40",
        "公务接待费": "185.72",
        "会议费": "228.00",
        "培训费": "1,701.25",
        "printed_total": "2,599.37",
        "机关运行经费": "9,193.40",
    },
}

# 第三部分 (pages 19-26): one numbered section per table, in table order. Changes are
# (word, amount, percent) as printed against 上年 (the 2016 budget, not in this set).
NARRATIVE = {
    "heading": "第三部分 江苏省高级人民法院 2017 年度部门预算情况说明",
    "pages": [19, 26],
    "approval": "苏财预〔2017〕19 号",
    # 一、收支预算总表情况说明 (p19-20)
    "total": "28849.38",
    "total_change": ("增加", "1808.29", "6.69"),
    "total_change_reasons": {"基本支出": "1408.29", "项目支出": "400"},
    "income_total": "28849.38",
    "fiscal_income": "28849.38",
    "general_public_income": "28849.38",
    "general_public_income_change": ("增加", "1808.29", "6.69"),
    "expenditure_total": "28849.38",
    "classes": {
        "204": {
            "name": "公共安全（类）",
            "amount": "23513.11",
            "change": ("增加", "410.44", "1.78"),
        },
        "208": {
            "name": "社会保障和就业（类）",
            "amount": "2347.13",
            "change": ("增加", "345.96", "17.29"),
        },
        "221": {
            "name": "住房保障（类）",
            "amount": "2989.14",
            "change": ("增加", "1051.89", "54.3"),
        },
    },
    "basic": "17123.19",
    "basic_change": ("增加", "1408.29", "8.96"),
    "project": "11543.27",
    "project_change": ("增加", "400", "3.59"),
    "reserve": "182.92",
    "reserve_change": ("与上年一致", None, None),
    # 二、收入预算情况说明 (p20)
    "income_shares": {"一般公共预算收入": ("28849.38", "100")},
    # 三、支出预算情况说明 (p20), with a pie chart 支出预算图 (p20-21) repeating the shares
    "expenditure_shares": {
        "基本支出": ("17123.19", "59.35"),
        "项目支出": ("11543.27", "40.01"),
        "单位预留机动经费": ("182.92", "0.64"),
    },
    # 四、财政拨款收支预算总表情况说明 (p21)
    "fiscal_total": "28849.38",
    "fiscal_total_change": ("增加", "1808.29", "6.69"),
    # 五、财政拨款支出预算表情况说明 (p21-22); per-项 figures in NARRATIVE_ITEMS
    "fiscal_expenditure": "28849.38",
    "fiscal_expenditure_share": "100",
    "fiscal_expenditure_change": ("增加", "1808.29", "6.69"),
    # 六、财政拨款基本支出预算表情况说明 (p22-23)
    "fiscal_basic": "17123.19",
    "fiscal_basic_personnel": "13594.82",
    "fiscal_basic_public": "3528.37",
    # 七 (p23)
    "gov_fund": "0",
    # 八 (p23)
    "general_public": "28849.38",
    "general_public_change": ("增加", "1808.29", "6.69"),
    # 九 (p23-24)
    "economic": "17123.19",
    "economic_personnel": "13594.82",
    "economic_public": "3528.37",
    # 十 (p24): 比 2016 年增加; then the change on the previous year's 口径
    "agency_running": "9193.40",
    "agency_running_change": ("增加", "5503.07", "149.12"),
    "agency_running_comparable_change": ("减少", "161.96", "4.39"),
    # 十一 (p24-25): shares of the 三公 total, then each item against 上年预算数 in words
    "sangong_shares": {
        "因公出国（境）费": ("180", "26.86"),
        "公务用车购置及运行费": ("304.4", "45.43"),
        "公务接待费": ("185.72", "27.71"),
    },
    "sangong_items": {
        "因公出国（境）费": ("180", "持平"),
        "公务用车购置及运行费": ("304.4", None),
        "公务用车购置费": ("0", "小于上年预算数"),
        "公务用车运行费": ("304.4", "持平"),
        "公务接待费": ("185.72", "小于上年预算数"),
        "会议费": ("228", "小于上年预算数"),
        "培训费": ("1701.25", "持平"),
    },
    # 十二 (p25-26)
    "procurement": {"total": "3742.4", "goods": "525.4", "works": "500", "services": "2717"},
}

# 五、财政拨款支出预算表情况说明: every 项 of the table, "<款>（款）<项>（项）支出 X 万元，
# 与上年相比增加 Y 万元，增长 Z%" (or 与上年一致), pages 21-22.
NARRATIVE_ITEMS = (
    {
        "code": "2040501",
        "printed": "法院（款）行政运行（项）",
        "amount": "11786.92",
        "change": ("增加", "10.44", "0.09"),
        "page": 21,
    },
    {
        "code": "2040502",
        # the table names 2040502 一般行政管理事务 (PROBLEMS)
        "printed": "法院（款）一般行政事务管理（项）",
        "amount": "6432.89",
        "change": ("增加", "450", "7.52"),
        "page": 21,
    },
    {
        "code": "2040503",
        "printed": "法院（款）机关服务（项）",
        "amount": "1600",
        "change": ("与上年一致", None, None),
        "page": 21,
    },
    {
        "code": "2040504",
        "printed": "法院（款）案件审判（项）",
        "amount": "1733.3",
        "change": ("减少", "200", "10.35"),
        "page": 22,
    },
    {
        "code": "2040505",
        "printed": "法院（款）案件执行（项）",
        "amount": "1050",
        "change": ("与上年一致", None, None),
        "page": 22,
    },
    {
        "code": "2040599",
        "printed": "法院（款）其他法院支出（项）",
        "amount": "910",
        "change": ("增加", "150", "19.74"),
        "page": 22,
    },
    {
        "code": "2080504",
        "printed": "行政事业单位离退休(款)未归口管理的行政单位离退休(项)",
        "amount": "2347.13",
        "change": ("增加", "345.96", "17.29"),
        "page": 22,
    },
    {
        "code": "2210201",
        "printed": "住房改革支出（款）住房公积金（项）",
        "amount": "1029.15",
        "change": ("增加", "186.32", "22.11"),
        "page": 22,
    },
    {
        "code": "2210202",
        "printed": "住房改革支出（款）提租补贴（项）",
        "amount": "1959.99",
        "change": ("增加", "865.57", "79.05"),
        "page": 22,
    },
)


def _item_holds(code: str, previous: str, percent: str | None) -> tuple[dict[str, object], ...]:
    return (
        {
            "kind": "sum",
            "what": f"narrative {code} = table",
            "total": f"I:{code}.amount",
            "parts": [f"fiscal_expenditure/{code}"],
        },
        {
            "kind": "change",
            "what": f"narrative {code}: previous year",
            "this": [f"I:{code}.amount"],
            "change": f"I:{code}.change",
            "previous": [previous],
        },
        *(
            ()
            if percent is None
            else (
                {
                    "kind": "percent",
                    "what": f"narrative {code}: stated percent",
                    "stated": percent,
                    "num": [f"I:{code}.change.1"],
                    "den": [previous],
                },
            )
        ),
    )


HOLDS = (
    {"kind": "tree", "table": "fiscal_expenditure"},
    {"kind": "tree", "table": "fiscal_basic"},
    {"kind": "tree", "table": "general_public"},
    {"kind": "tree", "table": "economic"},
    {"kind": "tree", "table": "agency_running"},
    {"kind": "procurement", "table": "procurement"},
    {"kind": "rowsum", "table": "expenditure", "total": 0, "parts": [1, 2, 3, 4]},
    # 收支预算总表
    {
        "kind": "sum",
        "what": "收入合计 = 当年收入小计 + 上年结转资金",
        "total": "finance_summary.income_items/收入合计",
        "parts": [
            "finance_summary.income_items/当年收入小计",
            "finance_summary.income_items/上年结转资金",
        ],
    },
    {
        "kind": "sum",
        "what": "当年收入小计 = 财政拨款 + 财政专户 + 其他资金",
        "total": "finance_summary.income_items/当年收入小计",
        "parts": [
            "finance_summary.income_items/一、财政拨款",
            "finance_summary.income_items/二、财政专户管理资金",
            "finance_summary.income_items/三、其他资金",
        ],
    },
    {
        "kind": "sum",
        "what": "财政拨款 = 一般公共预算 + 政府性基金预算",
        "total": "finance_summary.income_items/一、财政拨款",
        "parts": [
            "finance_summary.income_items/1.一般公共预算",
            "finance_summary.income_items/2.政府性基金预算",
        ],
    },
    {
        "kind": "sum",
        "what": "当年支出小计 = Σ 功能分类",
        "total": "finance_summary.expenditure_totals/当年支出小计",
        "parts": [
            "finance_summary.function_items/四、公共安全支出",
            "finance_summary.function_items/八、社会保障和就业支出",
            "finance_summary.function_items/十八、住房保障支出",
        ],
    },
    {
        "kind": "sum",
        "what": "当年支出小计 = Σ 支出用途",
        "total": "finance_summary.expenditure_totals/当年支出小计",
        "parts": [
            "finance_summary.use_items/一、基本支出",
            "finance_summary.use_items/二、项目支出",
            "finance_summary.use_items/三、单位预留机动经费",
        ],
    },
    {
        "kind": "sum",
        "what": "支出合计 = 当年支出小计 + 结转下年资金 = 收入合计",
        "total": "finance_summary.expenditure_totals/支出合计",
        "parts": ["finance_summary.income_items/收入合计"],
    },
    {
        "kind": "sum",
        "what": "功能分类 204 = fiscal_expenditure 204",
        "total": "finance_summary.function_items/四、公共安全支出",
        "parts": ["fiscal_expenditure/204"],
    },
    {
        "kind": "sum",
        "what": "功能分类 208 = fiscal_expenditure 208",
        "total": "finance_summary.function_items/八、社会保障和就业支出",
        "parts": ["fiscal_expenditure/208"],
    },
    {
        "kind": "sum",
        "what": "功能分类 221 = fiscal_expenditure 221",
        "total": "finance_summary.function_items/十八、住房保障支出",
        "parts": ["fiscal_expenditure/221"],
    },
    # 收入预算总表
    {
        "kind": "sum",
        "what": "收入总计 = Σ group 小计",
        "total": "income/收入总计",
        "parts": [
            "income/一般公共预算资金›小计",
            "income/政府性基金›小计",
            "income/财政专户管理资金›小计",
            "income/其他资金›小计",
            "income/上年结转和结余资金›小计",
        ],
    },
    {
        "kind": "sum",
        "what": "一般公共预算资金 小计 = its items",
        "total": "income/一般公共预算资金›小计",
        "parts": [
            "income/一般公共预算资金›公共财政拨款(补助)资金",
            "income/一般公共预算资金›专项收入",
        ],
    },
    {
        "kind": "sum",
        "what": "收入预算总表 总计 = 收支预算总表 收入合计",
        "total": "income/收入总计",
        "parts": ["finance_summary.income_items/收入合计"],
    },
    # 支出预算总表 and 财政拨款收支预算总表 against the summary
    {
        "kind": "sum",
        "what": "支出预算总表 合计 = 收支预算总表 当年支出小计",
        "total": "expenditure/#0/0",
        "parts": ["finance_summary.expenditure_totals/当年支出小计"],
    },
    {
        "kind": "sum",
        "what": "支出预算总表 基本支出 = 收支预算总表 基本支出",
        "total": "expenditure/#0/1",
        "parts": ["finance_summary.use_items/一、基本支出"],
    },
    {
        "kind": "sum",
        "what": "支出预算总表 项目支出 = 收支预算总表 项目支出",
        "total": "expenditure/#0/2",
        "parts": ["finance_summary.use_items/二、项目支出"],
    },
    {
        "kind": "sum",
        "what": "支出预算总表 单位预留机动经费 = 收支预算总表",
        "total": "expenditure/#0/3",
        "parts": ["finance_summary.use_items/三、单位预留机动经费"],
    },
    {
        "kind": "sum",
        "what": "财政拨款收支总表 收入合计 = 一般公共预算 + 政府性基金",
        "total": "fiscal_summary.income_items/收入合计",
        "parts": [
            "fiscal_summary.income_items/一、一般公共预算",
            "fiscal_summary.income_items/二、政府性基金预算",
        ],
    },
    {
        "kind": "sum",
        "what": "财政拨款收支总表 支出合计 = Σ 支出用途",
        "total": "fiscal_summary.use_items/支出合计",
        "parts": [
            "fiscal_summary.use_items/一、基本支出",
            "fiscal_summary.use_items/二、项目支出",
            "fiscal_summary.use_items/三、单位预留机动经费",
        ],
    },
    {
        "kind": "sum",
        "what": "财政拨款收支总表 支出合计 = 收入合计",
        "total": "fiscal_summary.use_items/支出合计",
        "parts": ["fiscal_summary.income_items/收入合计"],
    },
    {
        "kind": "sum",
        "what": "财政拨款收支总表 一般公共预算 = 收支预算总表 1.一般公共预算",
        "total": "fiscal_summary.income_items/一、一般公共预算",
        "parts": ["finance_summary.income_items/1.一般公共预算"],
    },
    {
        "kind": "sum",
        "what": "财政拨款支出预算表 合计 = 财政拨款收支总表 支出合计",
        "total": "fiscal_expenditure/合计",
        "parts": ["fiscal_summary.use_items/支出合计"],
    },
    {
        "kind": "sum",
        "what": "一般公共预算支出预算表 合计 = 财政拨款支出预算表 合计 − 政府性基金 合计",
        "total": "general_public/合计",
        "parts": ["fiscal_expenditure/合计", "-gov_fund/合计"],
    },
    {
        "kind": "sum",
        "what": "财政拨款基本支出 合计 = 财政拨款收支总表 基本支出",
        "total": "fiscal_basic/合计",
        "parts": ["fiscal_summary.use_items/一、基本支出"],
    },
    {
        "kind": "sum",
        "what": "一般公共预算基本支出 合计 = 财政拨款基本支出 合计 (no 政府性基金)",
        "total": "economic/合计",
        "parts": ["fiscal_basic/合计"],
    },
    # 三公
    {
        "kind": "sum",
        "what": "三公 小计 = 出国 + 车辆 + 接待",
        "total": "sangong/#0/1",
        "parts": ["sangong/#0/2", "sangong/#0/3", "sangong/#0/6"],
    },
    {
        "kind": "sum",
        "what": "公务用车 小计 = 购置 + 运行维护",
        "total": "sangong/#0/3",
        "parts": ["sangong/#0/4", "sangong/#0/5"],
    },
    {
        "kind": "sum",
        "what": "printed 合计 = 三公 小计 + 会议费 + 培训费",
        "total": "sangong/#0/0",
        "parts": ["sangong/#0/1", "sangong/#0/7", "sangong/#0/8"],
    },
    {"kind": "sum", "what": "SANGONG 合计 = 小计", "total": "S:合计", "parts": ["sangong/#0/1"]},
    {
        "kind": "sum",
        "what": "SANGONG printed_total",
        "total": "S:printed_total",
        "parts": ["sangong/#0/0"],
    },
    {
        "kind": "sum",
        "what": "公务用车运行维护费 = 基本支出 30231 (all of it in 基本支出)",
        "total": "S:公务用车运行费",
        "parts": ["economic/30231"],
    },
    {
        "kind": "sum",
        "what": "会议费 = 机关运行经费 30215",
        "total": "S:会议费",
        "parts": ["agency_running/30215"],
    },
    {
        "kind": "sum",
        "what": "SANGONG 机关运行经费 = table 十 合计",
        "total": "S:机关运行经费",
        "parts": ["agency_running/合计"],
    },
    # narrative against the tables
    {
        "kind": "sum",
        "what": "narrative total",
        "total": "N:total",
        "parts": ["finance_summary.income_items/收入合计"],
    },
    {
        "kind": "sum",
        "what": "narrative income_total",
        "total": "N:income_total",
        "parts": ["income/收入总计"],
    },
    {
        "kind": "sum",
        "what": "narrative general_public_income",
        "total": "N:general_public_income",
        "parts": ["income/一般公共预算资金›小计"],
    },
    {
        "kind": "sum",
        "what": "narrative expenditure_total",
        "total": "N:expenditure_total",
        "parts": ["expenditure/#0/0"],
    },
    {
        "kind": "sum",
        "what": "narrative 204",
        "total": "N:classes.204.amount",
        "parts": ["fiscal_expenditure/204"],
    },
    {
        "kind": "sum",
        "what": "narrative 208",
        "total": "N:classes.208.amount",
        "parts": ["fiscal_expenditure/208"],
    },
    {
        "kind": "sum",
        "what": "narrative 221",
        "total": "N:classes.221.amount",
        "parts": ["fiscal_expenditure/221"],
    },
    {"kind": "sum", "what": "narrative basic", "total": "N:basic", "parts": ["expenditure/#0/1"]},
    {
        "kind": "sum",
        "what": "narrative project",
        "total": "N:project",
        "parts": ["expenditure/#0/2"],
    },
    {
        "kind": "sum",
        "what": "narrative reserve",
        "total": "N:reserve",
        "parts": ["expenditure/#0/3"],
    },
    {
        "kind": "sum",
        "what": "narrative: 1808.29 = 1408.29 (基本) + 400 (项目) + 0 (机动 一致)",
        "total": "N:total_change.1",
        "parts": ["N:basic_change.1", "N:project_change.1"],
    },
    {
        "kind": "sum",
        "what": "narrative: Σ 类 changes = total change",
        "total": "N:total_change.1",
        "parts": ["N:classes.204.change.1", "N:classes.208.change.1", "N:classes.221.change.1"],
    },
    {
        "kind": "sum",
        "what": "narrative: Σ 204 项 changes = 204 change",
        "total": "N:classes.204.change.1",
        "parts": [
            "I:2040501.change.1",
            "I:2040502.change.1",
            "-I:2040504.change.1",
            "I:2040599.change.1",
        ],
    },
    {
        "kind": "sum",
        "what": "narrative: Σ 221 项 changes = 221 change",
        "total": "N:classes.221.change.1",
        "parts": ["I:2210201.change.1", "I:2210202.change.1"],
    },
    {
        "kind": "percent",
        "what": "total +6.69%",
        "stated": "6.69",
        "num": ["N:total_change.1"],
        "den": ["N:total", "-N:total_change.1"],
    },
    {
        "kind": "percent",
        "what": "基本 +8.96%",
        "stated": "8.96",
        "num": ["N:basic_change.1"],
        "den": ["N:basic", "-N:basic_change.1"],
    },
    {
        "kind": "percent",
        "what": "项目 +3.59%",
        "stated": "3.59",
        "num": ["N:project_change.1"],
        "den": ["N:project", "-N:project_change.1"],
    },
    {
        "kind": "percent",
        "what": "204 +1.78%",
        "stated": "1.78",
        "num": ["N:classes.204.change.1"],
        "den": ["N:classes.204.amount", "-N:classes.204.change.1"],
    },
    {
        "kind": "percent",
        "what": "208 +17.29%",
        "stated": "17.29",
        "num": ["N:classes.208.change.1"],
        "den": ["N:classes.208.amount", "-N:classes.208.change.1"],
    },
    {
        "kind": "percent",
        "what": "221 +54.3% (one decimal)",
        "stated": "54.3",
        "num": ["N:classes.221.change.1"],
        "den": ["N:classes.221.amount", "-N:classes.221.change.1"],
    },
    *_item_holds("2040501", "11776.48", "0.09"),
    *_item_holds("2040502", "5982.89", "7.52"),
    *_item_holds("2040503", "1600", None),
    *_item_holds("2040504", "1933.30", "10.35"),
    *_item_holds("2040505", "1050", None),
    *_item_holds("2040599", "760", "19.74"),
    *_item_holds("2080504", "2001.17", "17.29"),
    *_item_holds("2210201", "842.83", "22.11"),
    # 2210202: amount and change hold; its percent is a PROBLEM
    *_item_holds("2210202", "1094.42", None),
    {
        "kind": "sum",
        "what": "narrative 人员经费 = 301 + 303",
        "total": "N:fiscal_basic_personnel",
        "parts": ["fiscal_basic/301", "fiscal_basic/303"],
    },
    {
        "kind": "sum",
        "what": "narrative 公用经费 = 302",
        "total": "N:fiscal_basic_public",
        "parts": ["fiscal_basic/302"],
    },
    {
        "kind": "sum",
        "what": "narrative 基本支出",
        "total": "N:fiscal_basic",
        "parts": ["fiscal_basic/合计"],
    },
    {
        "kind": "sum",
        "what": "narrative 一般公共预算",
        "total": "N:general_public",
        "parts": ["general_public/合计"],
    },
    {
        "kind": "sum",
        "what": "narrative 政府性基金 0",
        "total": "N:gov_fund",
        "parts": ["gov_fund/合计"],
    },
    {
        "kind": "sum",
        "what": "narrative economic",
        "total": "N:economic",
        "parts": ["economic/合计"],
    },
    {
        "kind": "sum",
        "what": "narrative economic 人员经费",
        "total": "N:economic_personnel",
        "parts": ["economic/301", "economic/303"],
    },
    {
        "kind": "sum",
        "what": "narrative 机关运行经费",
        "total": "N:agency_running",
        "parts": ["agency_running/合计"],
    },
    {
        "kind": "percent",
        "what": "机关运行经费 +149.12% against 2016 (9193.40 − 5503.07 = 3690.33)",
        "stated": "149.12",
        "num": ["N:agency_running_change.1"],
        "den": ["N:agency_running", "-N:agency_running_change.1"],
    },
    {
        "kind": "sum",
        "what": "机关运行经费 on the old 口径: 3690.33 − 161.96 = 3528.37 = 基本支出 302",
        "total": "economic/302",
        "parts": [
            "N:agency_running",
            "-N:agency_running_change.1",
            "-N:agency_running_comparable_change.1",
        ],
    },
    {
        "kind": "percent",
        "what": "机关运行经费 comparable −4.39%",
        "stated": "4.39",
        "num": ["N:agency_running_comparable_change.1"],
        "den": ["N:agency_running", "-N:agency_running_change.1"],
    },
    {
        "kind": "sum",
        "what": "narrative 三公 出国",
        "total": "N:sangong_shares.因公出国（境）费.0",
        "parts": ["S:因公出国（境）费"],
    },
    {
        "kind": "sum",
        "what": "narrative 三公 车辆",
        "total": "N:sangong_shares.公务用车购置及运行费.0",
        "parts": ["S:公务用车购置及运行费"],
    },
    {
        "kind": "sum",
        "what": "narrative 三公 接待",
        "total": "N:sangong_shares.公务接待费.0",
        "parts": ["S:公务接待费"],
    },
    {
        "kind": "sum",
        "what": "narrative 会议费",
        "total": "N:sangong_items.会议费.0",
        "parts": ["S:会议费"],
    },
    {
        "kind": "sum",
        "what": "narrative 培训费",
        "total": "N:sangong_items.培训费.0",
        "parts": ["S:培训费"],
    },
    {
        "kind": "sum",
        "what": "narrative 购置 0",
        "total": "N:sangong_items.公务用车购置费.0",
        "parts": ["S:公务用车购置费"],
    },
    {
        "kind": "percent",
        "what": "出国 26.86% of 三公",
        "stated": "26.86",
        "num": ["S:因公出国（境）费"],
        "den": ["S:合计"],
    },
    {
        "kind": "percent",
        "what": "接待 27.71% of 三公",
        "stated": "27.71",
        "num": ["S:公务接待费"],
        "den": ["S:合计"],
    },
    {
        "kind": "percent",
        "what": "基本支出 59.35% of 支出",
        "stated": "59.35",
        "num": ["N:expenditure_shares.基本支出.0"],
        "den": ["N:expenditure_total"],
    },
    {
        "kind": "percent",
        "what": "项目支出 40.01% of 支出",
        "stated": "40.01",
        "num": ["N:expenditure_shares.项目支出.0"],
        "den": ["N:expenditure_total"],
    },
    {
        "kind": "sum",
        "what": "政府采购 narrative total = table 合计",
        "total": "N:procurement.total",
        "parts": ["procurement/合计"],
    },
    {
        "kind": "sum",
        "what": "政府采购 narrative parts = table 大类",
        "total": "N:procurement.total",
        "parts": ["procurement/一、货物 A", "procurement/二、工程 B", "procurement/三、服务 C"],
    },
    {
        "kind": "sum",
        "what": "政府采购 narrative 货物 + 工程 + 服务 = total",
        "total": "N:procurement.total",
        "parts": ["N:procurement.goods", "N:procurement.works", "N:procurement.services"],
    },
)

PROBLEMS = (
    {
        "kind": "percent",
        "what": "narrative 2210202 提租补贴: stated +79.05%",
        "where": "p22, 五 (三) 2: 1959.99 万元, 增加 865.57 万元, 增长 79.05%",
        "stated": "79.05",
        "num": ["I:2210202.change.1"],
        "den": ["I:2210202.amount", "-I:2210202.change.1"],
        "computed": "79.09",
        "difference": "-0.04",
        "verdict": "error",
        "note": "865.57 ÷ 1094.42 = 79.089%; the amount and the change agree with the table "
        "and with 221's +1051.89 (186.32 + 865.57), only the percent is wrong.",
    },
    {
        "kind": "percent",
        "what": "三公 share of 公务用车购置及运行费 45.43%",
        "where": "p25, 十一: 304.4 ÷ 670.12 = 45.4247%",
        "stated": "45.43",
        "num": ["S:公务用车购置及运行费"],
        "den": ["S:合计"],
        "computed": "45.42",
        "difference": "0.01",
        "verdict": "note",
        "note": "Forced so that the three shares add to 100.00% (26.86 + 45.43 + 27.71).",
    },
    {
        "kind": "percent",
        "what": "支出 share of 单位预留机动经费 0.64%",
        "where": "p20, 三 (and the pie chart): 182.92 ÷ 28849.38 = 0.6341%",
        "stated": "0.64",
        "num": ["N:expenditure_shares.单位预留机动经费.0"],
        "den": ["N:expenditure_total"],
        "computed": "0.63",
        "difference": "0.01",
        "verdict": "note",
        "note": "Forced so that the three shares add to 100.00% (59.35 + 40.01 + 0.64).",
    },
    {
        "kind": "text",
        "what": "narrative 项 name does not match the table",
        "where": (
            "p21, 五 (一) 2: 法院（款）一般行政事务管理（项） 6432.89; "
            "table 2040502 一般行政管理事务"
        ),
        "verdict": "error",
        "note": "The amount 6432.89 matches 2040502; the 项 name has 事务 and 管理 swapped. A "
        "reader resolving names to codes must not take it for a 项 missing from the table.",
    },
    {
        "kind": "text",
        "what": "table title differs from the contents",
        "where": "p1 contents 十二、政府采购支出预算表; p17 title …部门政府采购预算表",
        "verdict": "note",
    },
)

# Checked and not a problem.
NOT_PROBLEMS = (
    "机关运行经费 9,193.40 exceeds 基本支出 302 3,528.37: the narrative (p24) says the 2017 "
    "口径 includes project 商品和服务支出 and 办公设备购置; on the old 口径 it is 3528.37 (HOLDS).",
    "三公 公务接待费 185.72 against 基本支出 30217 50.72, 会议费 228.00 against 30215 97.01, "
    "培训费 1,701.25 against 30216 60.37: the 三公 table counts project spending too.",
    "TOC entries carry neither year nor department; the table titles carry both.",
)
