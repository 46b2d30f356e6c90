"""What js-prov-procuratorate-2019-dept.pdf prints, copied from its page images.

Ground truth for issue 18 (Jiangsu provincial 部门预算), same conventions as
js_prov_highcourt_2017_dept: read on the page images (pdftoppm -r 110), compared with
``pdftotext -layout`` (every amount of the table pages agrees with the text layer),
amounts as printed in 万元, blank = None, rows (code, name, *amounts) with the 合计 row
where it is printed.

A Word 2007 document, 33 portrait A4 pages with printed page numbers, nothing rotated;
font names GBK mojibake. Template as 江苏省高级人民法院 2019: tag "公开 NN 表" on its own
line, the title (no year or department) below it, then "部门： 江苏省人民检察院" (公开01,
07, 12) or "部门名称： 江苏省人民检察院" (the others) and 单位：万元. Two tags are orphaned
at a page foot, their tables on the next page (公开04 p15 → p16, 公开06 p16 → p17).
Number formats differ from table to table: 公开01/05-08/11/12 print "24,169.74";
公开02/03/04 print "24169.74" without separator and 公开04 even "4335.3" and "3990.4";
the 三公 table prints "1276.7", "80", "237", "700". The 公开05 footnote lost its 注
("：“科目编码”…"). The narrative mixes "24,169.74" and "2214.39" in one sentence, and
the text layer spreads justified lines ("江 苏 省 人 民 检 察 院 2019 年 度 …").
No 其他资金 this year: the summary tables and the 财政拨款 tables agree.
2019 classification: the narrative compares 2040410 检察监督 with 2018's 2040405
公诉、审判、侦查、执行等检察监督支出 (1,895 − 709.4 = 1,185.6), and 2040450 事业运行 and
2040499 其他检察支出 are new ("上年《财政拨款支出预算表》（表5）无此项级科目").
"""

from tests.real.expected.jiangsu_terms import eq, note, pct, prev, problem, tree

SOURCE = "js-prov-procuratorate-2019-dept.pdf"

PAGE_COUNT = 33

PREVIOUS = "js_prov_procuratorate_2018_dept"

IDENTITY = {
    "department": "江苏省人民检察院",
    "year": 2019,
    "kind": "部门预算",
    "title": "江苏省人民检察院 2019年度部门预算公开",  # cover, two lines
    "title_page": 1,
    "department_named_in": ("title", "部门/部门名称 lines", "narrative"),
    "department_line": "部门名称：江苏省人民检察院",
    "short_name": "省检察院",
}

TOC = {
    "page": 2,
    "heading": "目 录",
    "dot_leaders": False,
    "page_numbers": False,
    "parts": (
        "第一部分 部门概况",
        "第二部分 2019年度部门预算表",
        "第三部分 2019年度部门预算情况说明",
        "第四部分 名词解释",
    ),
    "part_one_entries": (
        "一、主要职能",  # p3: 一、主要职责
        "二、部门机构设置及预算单位构成情况",
        "三、2019年度部门主要工作任务及目标",  # p5: 三、2019 年部门主要工作任务及目标
    ),
    "table_entries": (
        "一、收支预算总表",
        "二、收入预算总表",
        "三、支出预算总表",
        "四、财政拨款收支预算总表",
        "五、财政拨款支出预算表",
        "六、财政拨款基本支出预算表",
        "七、一般公共预算支出预算表",
        "八、一般公共预算基本支出预算表",
        "九、一般公共预算“三公”经费、会议费、培训费支出预算表",
        "十、政府性基金财政拨款支出预算表",  # 公开10: 政府性基金预算财政拨款支出预算表
        "十一、一般公共预算机关运行经费支出预算表",
        "十二、政府采购支出预算表",
    ),
}

SECTIONS = (
    ("第一部分 部门概况", 3),
    ("一、主要职责", 3),
    ("二、部门机构设置及预算单位构成情况", 5),
    ("三、2019 年部门主要工作任务及目标", 5),
    ("第二部分 2019年度部门预算表", 14),
    ("第三部分 2019年度部门预算情况说明", 25),
    ("十三、国有资产占用情况", 32),
    ("十四、预算绩效目标设置情况说明", 32),
    ("第四部分 名词解释", 32),
)

_DEPT = "部门名称：江苏省人民检察院"
_DEPT_SHORT = "部门：江苏省人民检察院"
_NOTE = "注：“科目编码”和“科目名称”为必填项。"

_FUNCTION_ROWS = (
    (None, "合 计", "24,169.74"),
    ("204", "公共安全支出", "16,593.12"),
    ("20404", "检察", "16,593.12"),
    ("2040401", "行政运行", "12,268.62"),
    ("2040402", "一般行政管理事务", "2,354.40"),
    ("2040410", "检察监督", "1,185.60"),
    ("2040450", "事业运行", "315.00"),
    ("2040499", "其他检察支出", "469.50"),
    ("208", "社会保障和就业支出", "1,890.27"),
    ("20805", "行政事业单位离退休", "1,890.27"),
    ("2080504", "未归口管理的行政单位离退休", "400.02"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "1,064.46"),
    ("2080506", "机关事业单位职业年金缴费支出", "425.79"),
    ("221", "住房保障支出", "5,686.35"),
    ("22102", "住房改革支出", "5,686.35"),
    ("2210201", "住房公积金", "1,442.74"),
    ("2210202", "提租补贴", "4,243.61"),
)

_ECONOMIC_ROWS = (
    (None, "合计", "15,844.04"),  # 公开06: 合计 left in the code column; 公开08: 合 计
    ("301", "工资福利支出", "11,960.62"),
    ("30101", "基本工资", "2,171.78"),
    ("30102", "津贴补贴", "6,372.51"),
    ("30103", "奖金", "180.14"),
    ("30108", "机关事业单位基本养老保险缴费", "1,064.46"),
    ("30109", "职业年金缴费", "425.79"),
    ("30112", "其他社会保障缴费", "89.55"),
    ("30113", "住房公积金", "1,442.74"),
    ("30114", "医疗费", "55.68"),
    ("30199", "其他工资福利支出", "157.97"),
    ("302", "商品和服务支出", "2,391.92"),
    ("30201", "办公费", "158.00"),
    ("30205", "水费", "16.79"),
    ("30206", "电费", "354.00"),
    ("30207", "邮电费", "42.00"),
    ("30211", "差旅费", "37.00"),  # back in code order this year
    ("30213", "维修（护）费", "55.00"),
    ("30215", "会议费", "158.44"),
    ("30216", "培训费", "70.00"),
    ("30217", "公务接待费", "33.26"),
    ("30218", "专用材料费", "10.00"),
    ("30228", "工会经费", "130.05"),
    ("30229", "福利费", "13.00"),
    ("30231", "公务用车运行维护费", "237.00"),
    ("30239", "其他交通费用", "473.82"),
    ("30299", "其他商品和服务支出", "603.56"),
    ("303", "对个人和家庭的补助", "1,491.50"),
    ("30301", "离休费", "426.00"),
    ("30302", "退休费", "1,064.45"),
    ("30309", "奖励金", "1.05"),
)

TABLES = {
    "finance_summary": {
        "concept": "finance_summary",
        "tag": "公开01表",
        "heading": "收支预算总表",
        "pages": [14],
        "unit": "万元",
        "prepared_by": _DEPT_SHORT,
        "header": (
            ("收入", "支出"),
            ("项目名称", "金额", "功能分类", "支出用途"),
            ("功能科目名称", "金额", "项目名称", "金额"),
        ),
        "columns": ("金额",),
        "lists": ("income_items", "function_items", "use_items", "expenditure_totals"),
        "income_items": (
            ("一、财政拨款", "24,169.74"),
            ("1.一般公共预算", "24,169.74"),
            ("2.政府性基金预算", None),
            ("二、财政专户管理资金", None),
            ("三、其他资金", None),
            ("当年收入小计", "24,169.74"),
            ("上年结转资金", None),
            ("收入合计", "24,169.74"),
        ),
        "function_items": (
            ("一、一般公共服务支出", None),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", "16,593.12"),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化旅游体育与传媒支出", None),
            ("八、社会保障和就业支出", "1,890.27"),
            ("九、卫生健康支出", None),
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", None),
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、自然资源海洋气象等支出", None),
            ("十八、住房保障支出", "5,686.35"),
            ("十九、粮油物资储备支出", None),
            ("二十、灾害防治及应急管理支出", None),
            ("二十一、其他支出", None),
        ),
        "use_items": (
            ("一、基本支出", "15,844.04"),
            ("二、项目支出", "4,335.30"),
            ("三、单位预留机动经费", "3,990.40"),
        ),
        "expenditure_totals": (
            ("当年支出小计", "24,169.74"),
            ("结转下年资金", None),
            ("支出合计", "24,169.74"),
        ),
        "rows": (),
    },
    # amounts without separators; no 债务资金 row under 其他资金 this year
    "income": {
        "concept": "income",
        "classification": "labelled",
        "tag": "公开02表",
        "heading": "收入预算总表",
        "pages": [15],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("项目名称", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "收入总计", "24169.74"),
            ("一般公共预算资金", "小计", "24169.74"),
            ("一般公共预算资金", "公共财政拨款（补助）资金", "24169.74"),
            ("一般公共预算资金", "专项收入", None),
            ("政府性基金", "小计", None),
            ("财政专户管理资金", "小计", None),
            ("财政专户管理资金", "专户管理教育收费", None),
            ("财政专户管理资金", "其他非税收入", None),
            ("其他资金", "小计", None),
            ("其他资金", "事业收入", None),
            ("其他资金", "经营收入", None),
            ("其他资金", "其他收入", None),
            ("上年结转和结余资金", "小计", None),
            ("上年结转和结余资金", "其中：动用上年结转和结余资金", None),
        ),
    },
    "expenditure": {
        "concept": "expenditure",
        "classification": None,
        "tag": "公开03表",
        "heading": "支出预算总表",
        "pages": [15],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),),
        "columns": ("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        "rows": ((None, None, "24169.74", "15844.04", "4335.30", "3990.4", None),),
    },
    # tag 公开 04 表 at the foot of p15, the table on p16; 单位:万元
    "fiscal_summary": {
        "concept": "fiscal_summary",
        "tag": "公开04表",
        "heading": "财政拨款收支预算总表",
        "pages": [15, 16],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("收入", "支出"), ("项目名称", "金额", "支出用途"), ("项目名称", "金额")),
        "columns": ("金额",),
        "lists": ("income_items", "use_items"),
        "income_items": (
            ("一、一般公共预算", "24169.74"),
            ("二、政府性基金预算", None),
            ("收入合计", "24169.74"),
        ),
        "use_items": (
            ("一、基本支出", "15844.04"),
            ("二、项目支出", "4335.3"),
            ("三、单位预留机动经费", "3990.4"),
            ("支出合计", "24169.74"),
        ),
        "rows": (),
    },
    "fiscal_expenditure": {
        "concept": "fiscal_expenditure",
        "classification": "function",
        "tag": "公开05表",
        "heading": "财政拨款支出预算表（功能科目）",
        "pages": [16],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "footnote": "：“科目编码”和“科目名称”为必填项。",
        "rows": _FUNCTION_ROWS,
    },
    # tag 公开 06 表 at the foot of p16, the table on p17
    "fiscal_basic": {
        "concept": "fiscal_basic",
        "classification": "economic",
        "tag": "公开06表",
        "heading": "财政拨款基本支出预算表（经济科目）",
        "pages": [16, 17],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "footnote": _NOTE,
        "rows": _ECONOMIC_ROWS,
    },
    # header 科目代码 (not 功能科目代码)
    "general_public": {
        "concept": "general_public",
        "classification": "function",
        "tag": "公开07表",
        "heading": "一般公共预算支出预算表（功能科目）",
        "pages": [18],
        "unit": "万元",
        "prepared_by": _DEPT_SHORT,
        "header": (("科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "footnote": _NOTE,
        "rows": _FUNCTION_ROWS,
    },
    "economic": {
        "concept": "economic",
        "classification": "economic",
        "tag": "公开08表",
        "heading": "一般公共预算基本支出预算表（经济科目）",
        "pages": [18, 19],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "footnote": _NOTE,
        "rows": _ECONOMIC_ROWS,
    },
    # amounts without trailing zeros: 1276.7, 80, 237, 700
    "sangong": {
        "concept": "sangong",
        "tag": "公开09表",
        "heading": "“三公”经费、会议费、培训费支出预算表",
        "pages": [20],
        "unit": "万元",
        "prepared_by": _DEPT,
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
            (None, None, "1276.7", "418.26", "80", "237", None, "237", "101.26", "158.44", "700"),
        ),
    },
    # empty: 合 计 blank, 此表为空 in the first body row, four empty rows
    "gov_fund": {
        "concept": "gov_fund",
        "classification": "function",
        "tag": "公开10表",
        "heading": "政府性基金预算财政拨款支出预算表",
        "pages": [20],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目编码", "功能科目名称", "金 额"),),
        "columns": ("金额",),
        "footnote": "注：“科目编码”和“科目名称”为必填项",
        "empty_note": "此表为空",
        "rows": ((None, "合 计", None),),
    },
    "agency_running": {
        "concept": "agency_running",
        "classification": "economic",
        "tag": "公开11表",
        "heading": "一般公共预算机关运行经费支出预算表",
        "pages": [21],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "机关运行经费支出"),),
        "columns": ("机关运行经费支出",),
        "footnote": "注：1.“机关运行经费”指行政单位（含参照公务员法管理的事业单位）使用一般公共"
        "预算安排的基本支出中的日常公用经费支出，… 2.“科目编码”和“科目名称”为必填项。",
        "rows": (
            (None, "合计", "2,391.92"),
            ("302", "商品和服务支出", "2,391.92"),
            ("30201", "办公费", "158.00"),
            ("30205", "水费", "16.79"),
            ("30206", "电费", "354.00"),
            ("30207", "邮电费", "42.00"),
            ("30211", "差旅费", "37.00"),
            ("30213", "维修（护）费", "55.00"),
            ("30215", "会议费", "158.44"),
            ("30216", "培训费", "70.00"),
            ("30217", "公务接待费", "33.26"),
            ("30218", "专用材料费", "10.00"),
            ("30228", "工会经费", "130.05"),
            ("30229", "福利费", "13.00"),
            ("30231", "公务用车运行维护费", "237.00"),
            ("30239", "其他交通费用", "473.82"),
            ("30299", "其他商品和服务支出", "603.56"),
        ),
    },
    # no 工程; footnotes 注：1.采购组织形式… 2.采购品目名称…
    "procurement": {
        "concept": "procurement",
        "classification": "labelled",
        "tag": "公开12表",
        "heading": "政府采购支出预算表",
        "pages": [22, 23, 24],
        "unit": "万元",
        "prepared_by": _DEPT_SHORT,
        "header": (
            ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),
        ),
        "columns": ("总计",),
        "amount_from": 5,
        "rows": (
            ("合 计", None, None, None, None, "2,744.84"),
            ("一、货物 A", None, None, None, None, "303.40"),
            (None, "办公设备购置", "办公设备购置", None, None, "9.00"),
            (None, None, None, "台式计算机（20 万以下）", "分散自行组织", "9.00"),
            (None, "办公、办案设备更新购置费", "办公设备购置", None, None, "131.40"),
            (None, None, None, "台式计算机（20 万以下）", "政府集中采购", "15.00"),
            (None, None, None, "便携式计算机（20 万以下）", "政府集中采购", "15.00"),
            (None, None, None, "打印设备（20 万以上）", "部门集中采购", "5.00"),
            (None, None, None, "复印机", "部门集中采购", "8.00"),
            (None, None, None, "其他办公设备", "部门集中采购", "83.40"),
            (None, None, None, "家具用具", "分散自行组织", "5.00"),
            (
                None,
                "网络、电子检务、实验室、机要通道、档案数字化系统运行维护费",
                "信息网络及软件购置更新",
                None,
                None,
                "100.00",
            ),
            (None, None, None, "路由器", "部门集中采购", "25.00"),
            (None, None, None, "交换设备", "部门集中采购", "25.00"),
            (None, None, None, "计算机软件", "部门集中采购", "50.00"),
            (None, None, "专用设备购置", None, None, "63.00"),  # p23
            (None, None, None, "其他专用设备", "分散自行组织", "63.00"),
            ("三、服务 C", None, None, None, None, "2,441.44"),
            (
                None,
                "网络、电子检务、实验室、机要通道、档案数字化系统运行维护费",
                "维修（护）费",
                None,
                None,
                "470.00",
            ),
            (None, None, None, "软件开发服务", "部门集中采购", "70.00"),
            (None, None, None, "信息系统集成实施服务", "分散自行组织", "150.00"),
            (None, None, None, "运行维护服务", "分散自行组织", "250.00"),
            (None, None, "租赁费", None, None, "390.00"),
            (None, None, None, "互联网信息服务", "分散自行组织", "390.00"),
            (None, "网络运行维护费", "维修（护）费", None, None, "4.00"),
            (None, None, None, "互联网信息服务", "分散自行组织", "4.00"),
            (None, None, "租赁费", None, None, "14.00"),
            (None, None, None, "互联网信息服务", "分散自行组织", "14.00"),
            (None, "交通运行费", "公务用车运行维护费", None, None, "237.00"),
            (None, None, None, "车辆维修和保养服务", "分散自行组织", "237.00"),
            (None, "商品和服务支出", "会议费", None, None, "158.44"),
            (None, None, None, "会议服务", "分散自行组织", "158.44"),
            (None, None, "培训费", None, None, "70.00"),
            (None, None, None, "专业技能培训服务", "分散自行组织", "70.00"),
            (None, "物业管理费", "物业管理费", None, None, "356.00"),
            (None, None, None, "物业管理服务", "分散自行组织", "36.00"),  # p24
            (None, None, None, "物业管理服务", "部门集中采购", "320.00"),
            (None, None, "维修（护）费", None, None, "112.00"),
            (None, None, None, "其他房地产服务", "分散自行组织", "112.00"),
            (None, "检察教育培训经费", "培训费", None, None, "630.00"),
            (None, None, None, "专业技能培训服务", "分散自行组织", "630.00"),
        ),
    },
}

SANGONG = {
    "unit": "万元",
    "page": 20,
    "values": {
        "合计": "418.26",
        "因公出国（境）费": "80",
        "公务用车购置及运行费": "237",
        "公务用车购置费": None,
        "公务用车运行费": "237",
        "公务接待费": "101.26",
        "会议费": "158.44",
        "培训费": "700",
        "printed_total": "1276.7",
        "机关运行经费": "2,391.92",
    },
}

# 第三部分 (pages 25-32). Changes against 上年 (the 2018 document: PREVIOUS); the
# summary changes compare with 2018's all-funds figures (2018 had 其他资金 14.39).
NARRATIVE = {
    "heading": "第三部分 2019年度部门预算情况说明",
    "pages": [25, 32],
    "approval": None,
    "total": "24,169.74",
    "total_change": ("增加", "2214.39", "10.06"),
    "income_total": "24,169.74",
    "fiscal_income": "24,169.74",
    "general_public_income": "24,169.74",
    "general_public_income_change": ("增加", "2228.78", "10.15"),
    "expenditure_total": "24,169.74",
    "classes": {
        "204": {
            "name": "公共安全（类）",
            "amount": "16,593.12",
            "change": ("增加", "134.37", "0.82"),
        },
        "208": {
            "name": "社会保障和就业支出",
            "amount": "1890.27",
            "change": ("增加", "54.05", "2.94"),  # printed 增幅2.94%
        },
        "221": {
            "name": "住房保障支出",
            "amount": "5686.35",
            "change": ("增加", "2025.97", "55.35"),
        },
    },
    "basic": "15,844.04",
    "basic_change": ("增加", "1849.73", "13.22"),
    "project": "4335.3",
    "project_change": ("减少", "1237.7", "13.22"),  # PROBLEMS: 22.21
    "project_reasons": {"training_fee_dropped": "700"},
    "reserve": "3990.4",
    "reserve_change": ("增加", "1602.36", "67.1"),
    "income_shares": {"一般公共预算收入": ("24,169.74", "100")},
    "expenditure_shares": {
        "基本支出": ("15,844.04", "65.56"),
        "项目支出": ("4335.3", "17.94"),
        "单位预留机动经费": ("3990.4", "16.5"),
    },
    "fiscal_total": "24,169.74",
    "fiscal_total_change": ("增加", "2228.78", "10.15"),
    "fiscal_expenditure": "24,169.74",
    "fiscal_expenditure_share": "100",
    "fiscal_expenditure_change": ("增加", "2228.78", "10.15"),
    "fiscal_basic": "15,844.04",
    "fiscal_basic_personnel": "13,452.12",
    "fiscal_basic_public": "2391.92",
    "general_public": "24,169.74",
    "general_public_change": ("增加", "2228.78", "10.15"),
    "economic": "15,844.04",
    "economic_personnel": "13,452.12",
    "economic_public": "2391.92",
    "sangong_shares": {
        "因公出国（境）费": ("80", "19.1"),
        "公务用车购置及运行费": ("237", "56.7"),
        "公务接待费": ("101.26", "24.2"),
    },
    "sangong_items": {
        "因公出国（境）费": ("80", ("减少", "20", None)),
        "公务用车购置及运行费": ("237", None),
        "公务用车购置费": None,  # not mentioned
        "公务用车运行费": ("237", ("减少", "30.8", None)),
        "公务接待费": ("101.26", ("减少", "15.24", None)),
        "会议费": ("158.44", ("减少", "42", None)),
        "培训费": ("700", ("与上年持平", None, None)),
    },
    "gov_fund": None,  # 十: 省检察院无政府性基金预算相关收支项目。
    "agency_running": "2391.92",
    "agency_running_change": ("减少", "330.65", "12.14"),
    "procurement": {"total": "2744.84", "goods": "303.4", "works": None, "services": "2441.44"},
    "assets": {"vehicles": 55, "general": 13, "enforcement": 40, "other": 2, "equipment": 63},
    "performance": {"projects": 0, "amount": None},
}

NARRATIVE_ITEMS = (
    {
        "code": "2040401",
        "printed": "检察（款）行政运行（项）",
        "amount": "12,268.62",
        "change": ("增加", "1385.26", "12.73"),
        "page": 27,
    },
    {
        "code": "2040402",
        "printed": "检察（款）一般行政管理事务(项)",
        "amount": "2354.4",
        "change": ("减少", "1311.6", "35.77"),
        "page": 27,
    },
    {
        "code": "2040410",
        "printed": "检察（款）检察监督(项)",
        "amount": "1185.6",
        "change": ("减少", "709.4", "37.44"),
        "page": 28,
    },
    {
        "code": "2040450",
        "printed": "检察（款）事业运行(项)",
        "amount": "315",
        "change": None,  # 上年…无此项级科目
        "page": 28,
    },
    {
        "code": "2040499",
        "printed": "检察（款）其他检察支出(项)",
        "amount": "469.5",
        "change": None,
        "page": 28,
    },
    {
        "code": "2080504",
        "printed": "行政事业单位离退休（款）未归口管理的行政单位离退休（项）",
        "amount": "400.02",
        "change": ("增加", "28.1", "7.57"),
        "page": 28,
    },
    {
        "code": "2080505",
        "printed": "行政事业单位离退休（款）机关事业单位基本养老保险费（项）",
        "amount": "1064.46",
        "change": ("增加", "18.53", "1.77"),
        "page": 28,
    },
    {
        "code": "2080506",
        "printed": "行政事业单位离退休（款）机关事业单位职业年金（项）",
        "amount": "425.79",
        "change": ("增加", "7.42", "1.77"),
        "page": 28,
    },
    {
        "code": "2210201",
        "printed": "住房改革支出（款）住房公积金（项）",
        "amount": "1442.74",
        "change": ("增加", "368.97", "34.38"),
        "page": 29,
    },
    {
        "code": "2210202",
        "printed": "住房改革支出（款）提租补贴（项）",
        "amount": "4243.61",
        "change": ("增加", "1657", "64.07"),
        "page": 29,
    },
)

_P = f"@{PREVIOUS} "
_F = "fiscal_expenditure"


def _item(code: str, previous: str, percent: str | None) -> tuple[dict[str, object], ...]:
    out: list[dict[str, object]] = [
        eq(f"narrative {code} = table", f"I:{code}.amount", f"{_F}/{code}"),
        prev(f"{code} against 2018", f"I:{code}.amount", f"I:{code}.change", previous),
    ]
    if percent is not None:
        out.append(
            pct(
                f"{code} stated percent",
                percent,
                f"I:{code}.change.1",
                previous,
                rule="truncate" if code == "2040402" else "round",
            )
        )
    return tuple(out)


HOLDS = (
    tree("fiscal_expenditure"),
    tree("fiscal_basic"),
    tree("general_public"),
    tree("economic"),
    tree("agency_running"),
    {"kind": "procurement", "table": "procurement"},
    {"kind": "rowsum", "table": "expenditure", "total": 0, "parts": [1, 2, 3, 4]},
    eq(
        "收入合计 = 当年收入小计 + 上年结转资金",
        "finance_summary.income_items/收入合计",
        "finance_summary.income_items/当年收入小计",
        "finance_summary.income_items/上年结转资金",
    ),
    eq(
        "当年收入小计 = 财政拨款 + 财政专户 + 其他资金",
        "finance_summary.income_items/当年收入小计",
        "finance_summary.income_items/一、财政拨款",
        "finance_summary.income_items/二、财政专户管理资金",
        "finance_summary.income_items/三、其他资金",
    ),
    eq(
        "财政拨款 = 一般公共预算 + 政府性基金预算",
        "finance_summary.income_items/一、财政拨款",
        "finance_summary.income_items/1.一般公共预算",
        "finance_summary.income_items/2.政府性基金预算",
    ),
    eq(
        "当年支出小计 = Σ 功能分类",
        "finance_summary.expenditure_totals/当年支出小计",
        "finance_summary.function_items/四、公共安全支出",
        "finance_summary.function_items/八、社会保障和就业支出",
        "finance_summary.function_items/十八、住房保障支出",
    ),
    eq(
        "当年支出小计 = Σ 支出用途",
        "finance_summary.expenditure_totals/当年支出小计",
        "finance_summary.use_items/一、基本支出",
        "finance_summary.use_items/二、项目支出",
        "finance_summary.use_items/三、单位预留机动经费",
    ),
    eq(
        "支出合计 = 收入合计",
        "finance_summary.expenditure_totals/支出合计",
        "finance_summary.income_items/收入合计",
    ),
    eq("功能分类 204", "finance_summary.function_items/四、公共安全支出", f"{_F}/204"),
    eq("功能分类 208", "finance_summary.function_items/八、社会保障和就业支出", f"{_F}/208"),
    eq("功能分类 221", "finance_summary.function_items/十八、住房保障支出", f"{_F}/221"),
    eq(
        "收入总计 = Σ group 小计",
        "income/收入总计",
        "income/一般公共预算资金›小计",
        "income/政府性基金›小计",
        "income/财政专户管理资金›小计",
        "income/其他资金›小计",
        "income/上年结转和结余资金›小计",
    ),
    eq(
        "一般公共预算资金 小计 = its items",
        "income/一般公共预算资金›小计",
        "income/一般公共预算资金›公共财政拨款（补助）资金",
        "income/一般公共预算资金›专项收入",
    ),
    eq(
        "收入总计 = 收支预算总表 收入合计",
        "income/收入总计",
        "finance_summary.income_items/收入合计",
    ),
    eq("支出预算总表 合计", "expenditure/#0/0", "finance_summary.expenditure_totals/当年支出小计"),
    eq("支出预算总表 基本支出", "expenditure/#0/1", "finance_summary.use_items/一、基本支出"),
    eq("支出预算总表 项目支出", "expenditure/#0/2", "finance_summary.use_items/二、项目支出"),
    eq(
        "支出预算总表 机动经费",
        "expenditure/#0/3",
        "finance_summary.use_items/三、单位预留机动经费",
    ),
    eq(
        "财政拨款收支总表 收入合计",
        "fiscal_summary.income_items/收入合计",
        "fiscal_summary.income_items/一、一般公共预算",
        "fiscal_summary.income_items/二、政府性基金预算",
    ),
    eq(
        "财政拨款收支总表 支出合计 = Σ 支出用途",
        "fiscal_summary.use_items/支出合计",
        "fiscal_summary.use_items/一、基本支出",
        "fiscal_summary.use_items/二、项目支出",
        "fiscal_summary.use_items/三、单位预留机动经费",
    ),
    eq(
        "财政拨款收支总表 支出合计 = 收入合计",
        "fiscal_summary.use_items/支出合计",
        "fiscal_summary.income_items/收入合计",
    ),
    eq(
        "财政拨款 基本支出 = 收支预算总表 (no 其他资金)",
        "fiscal_summary.use_items/一、基本支出",
        "finance_summary.use_items/一、基本支出",
    ),
    eq("05 合计 = 财政拨款支出合计", f"{_F}/合 计", "fiscal_summary.use_items/支出合计"),
    eq("07 合计 = 05 合计", "general_public/合 计", f"{_F}/合 计"),
    eq("06 合计 = 基本支出", "fiscal_basic/合计", "fiscal_summary.use_items/一、基本支出"),
    eq("08 合计 = 06 合计", "economic/合计", "fiscal_basic/合计"),
    eq("机关运行经费 = 基本支出 302", "agency_running/合计", "economic/302"),
    eq(
        "三公 小计 = 出国 + 车辆 + 接待",
        "sangong/#0/1",
        "sangong/#0/2",
        "sangong/#0/3",
        "sangong/#0/6",
    ),
    eq("公务用车 小计 = 购置 + 运行维护", "sangong/#0/3", "sangong/#0/4", "sangong/#0/5"),
    eq(
        "printed 合计 = 三公 小计 + 会议费 + 培训费",
        "sangong/#0/0",
        "sangong/#0/1",
        "sangong/#0/7",
        "sangong/#0/8",
    ),
    eq("SANGONG 合计", "S:合计", "sangong/#0/1"),
    eq("SANGONG printed_total", "S:printed_total", "sangong/#0/0"),
    eq("公务用车运行维护费 = 基本支出 30231", "S:公务用车运行费", "economic/30231"),
    eq("会议费 = 基本支出 30215", "S:会议费", "economic/30215"),
    eq(
        "培训费 = 基本支出 30216 + 政府采购 检察教育培训经费",
        "S:培训费",
        "economic/30216",
        "procurement/检察教育培训经费",
    ),
    eq("SANGONG 机关运行经费", "S:机关运行经费", "agency_running/合计"),
    eq("narrative total", "N:total", "finance_summary.income_items/收入合计"),
    eq("narrative income_total", "N:income_total", "income/收入总计"),
    eq(
        "narrative general_public_income", "N:general_public_income", "income/一般公共预算资金›小计"
    ),
    eq("narrative expenditure_total", "N:expenditure_total", "expenditure/#0/0"),
    eq("narrative 204", "N:classes.204.amount", f"{_F}/204"),
    eq("narrative 208", "N:classes.208.amount", f"{_F}/208"),
    eq("narrative 221", "N:classes.221.amount", f"{_F}/221"),
    eq("narrative basic", "N:basic", "expenditure/#0/1"),
    eq("narrative project", "N:project", "expenditure/#0/2"),
    eq("narrative reserve", "N:reserve", "expenditure/#0/3"),
    eq(
        "narrative: 2214.39 = 1849.73 − 1237.7 + 1602.36",
        "N:total_change.1",
        "N:basic_change.1",
        "-N:project_change.1",
        "N:reserve_change.1",
    ),
    eq(
        "narrative: Σ 类 changes = total change",
        "N:total_change.1",
        "N:classes.204.change.1",
        "N:classes.208.change.1",
        "N:classes.221.change.1",
    ),
    eq(
        "narrative: 208 change = Σ its 项 changes",
        "N:classes.208.change.1",
        "I:2080504.change.1",
        "I:2080505.change.1",
        "I:2080506.change.1",
    ),
    eq(
        "narrative: 221 change = Σ its 项 changes",
        "N:classes.221.change.1",
        "I:2210201.change.1",
        "I:2210202.change.1",
    ),
    pct(
        "204 +0.82%",
        "0.82",
        "N:classes.204.change.1",
        ["N:classes.204.amount", "-N:classes.204.change.1"],
    ),
    pct(
        "208 +2.94%",
        "2.94",
        "N:classes.208.change.1",
        ["N:classes.208.amount", "-N:classes.208.change.1"],
    ),
    pct(
        "221 +55.35%",
        "55.35",
        "N:classes.221.change.1",
        ["N:classes.221.amount", "-N:classes.221.change.1"],
    ),
    pct("基本 +13.22%", "13.22", "N:basic_change.1", ["N:basic", "-N:basic_change.1"]),
    pct("机动 +67.1%", "67.1", "N:reserve_change.1", ["N:reserve", "-N:reserve_change.1"]),
    pct(
        "一般公共预算 +10.15%: cut (see PROBLEMS)",
        "10.15",
        "N:general_public_income_change.1",
        ["N:general_public_income", "-N:general_public_income_change.1"],
        rule="truncate",
    ),
    # against the 2018 document: the summary figures against its all-funds tables
    prev(
        "total against 2018",
        "N:total",
        "N:total_change",
        _P + "finance_summary.income_items/收入合计",
    ),
    prev(
        "一般公共预算 against 2018",
        "N:general_public_income",
        "N:general_public_income_change",
        _P + "finance_summary.income_items/1.一般公共预算",
    ),
    prev(
        "财政拨款 against 2018",
        "N:fiscal_total",
        "N:fiscal_total_change",
        _P + "fiscal_summary.income_items/收入合计",
    ),
    prev(
        "204 against 2018 (all funds)",
        "N:classes.204.amount",
        "N:classes.204.change",
        _P + "finance_summary.function_items/四、公共安全支出",
    ),
    prev("208 against 2018", "N:classes.208.amount", "N:classes.208.change", _P + f"{_F}/208"),
    prev("221 against 2018", "N:classes.221.amount", "N:classes.221.change", _P + f"{_F}/221"),
    prev("基本 against 2018 (all funds)", "N:basic", "N:basic_change", _P + "expenditure/#0/1"),
    prev("项目 against 2018", "N:project", "N:project_change", _P + "expenditure/#0/2"),
    prev("机动 against 2018", "N:reserve", "N:reserve_change", _P + "expenditure/#0/3"),
    *_item("2040401", _P + f"{_F}/2040401", "12.73"),
    *_item("2040402", _P + f"{_F}/2040402", "35.77"),
    # 2019's 2040410 检察监督 against 2018's 2040405 (classification change)
    *_item("2040410", _P + f"{_F}/2040405", "37.44"),
    eq("narrative 2040450 = table (new 项)", "I:2040450.amount", f"{_F}/2040450"),
    eq("narrative 2040499 = table (new 项)", "I:2040499.amount", f"{_F}/2040499"),
    *_item("2080505", _P + f"{_F}/2080505", "1.77"),
    *_item("2080506", _P + f"{_F}/2080506", "1.77"),
    eq("narrative 2080504 = table", "I:2080504.amount", f"{_F}/2080504"),
    prev("2080504 against 2018", "I:2080504.amount", "I:2080504.change", _P + f"{_F}/2080504"),
    eq("narrative 2210201 = table", "I:2210201.amount", f"{_F}/2210201"),
    prev("2210201 against 2018", "I:2210201.amount", "I:2210201.change", _P + f"{_F}/2210201"),
    eq("narrative 2210202 = table", "I:2210202.amount", f"{_F}/2210202"),
    prev("2210202 against 2018", "I:2210202.amount", "I:2210202.change", _P + f"{_F}/2210202"),
    eq(
        "narrative 人员经费 = 301 + 303",
        "N:fiscal_basic_personnel",
        "fiscal_basic/301",
        "fiscal_basic/303",
    ),
    eq("narrative 公用经费 = 302", "N:fiscal_basic_public", "fiscal_basic/302"),
    eq("narrative 基本支出 (财政拨款)", "N:fiscal_basic", "fiscal_basic/合计"),
    eq("narrative 一般公共预算", "N:general_public", "general_public/合 计"),
    eq("narrative economic", "N:economic", "economic/合计"),
    eq("narrative economic 人员经费", "N:economic_personnel", "economic/301", "economic/303"),
    eq("narrative 机关运行经费", "N:agency_running", "agency_running/合计"),
    prev(
        "机关运行经费 against 2018",
        "N:agency_running",
        "N:agency_running_change",
        _P + "agency_running/合 计",
    ),
    pct(
        "机关运行经费 −12.14%",
        "12.14",
        "N:agency_running_change.1",
        ["N:agency_running", "N:agency_running_change.1"],
    ),
    eq("narrative 三公 出国", "N:sangong_shares.因公出国（境）费.0", "S:因公出国（境）费"),
    eq("narrative 三公 车辆", "N:sangong_shares.公务用车购置及运行费.0", "S:公务用车购置及运行费"),
    eq("narrative 三公 接待", "N:sangong_shares.公务接待费.0", "S:公务接待费"),
    eq("narrative 会议费", "N:sangong_items.会议费.0", "S:会议费"),
    eq("narrative 培训费", "N:sangong_items.培训费.0", "S:培训费"),
    pct("出国 19.1%", "19.1", "S:因公出国（境）费", "S:合计"),
    pct("车辆 56.7%", "56.7", "S:公务用车购置及运行费", "S:合计"),
    pct("接待 24.2%", "24.2", "S:公务接待费", "S:合计"),
    prev(
        "出国 against 2018",
        "N:sangong_items.因公出国（境）费.0",
        "N:sangong_items.因公出国（境）费.1",
        _P + "S:因公出国（境）费",
    ),
    prev(
        "运行 against 2018",
        "N:sangong_items.公务用车运行费.0",
        "N:sangong_items.公务用车运行费.1",
        _P + "S:公务用车运行费",
    ),
    prev(
        "接待 against 2018",
        "N:sangong_items.公务接待费.0",
        "N:sangong_items.公务接待费.1",
        _P + "S:公务接待费",
    ),
    prev(
        "会议费 against 2018",
        "N:sangong_items.会议费.0",
        "N:sangong_items.会议费.1",
        _P + "S:会议费",
    ),
    prev(
        "培训费 against 2018",
        "N:sangong_items.培训费.0",
        "N:sangong_items.培训费.1",
        _P + "S:培训费",
    ),
    pct("项目支出 share 17.94%", "17.94", "N:expenditure_shares.项目支出.0", "N:expenditure_total"),
    pct(
        "机动 share 16.5%", "16.5", "N:expenditure_shares.单位预留机动经费.0", "N:expenditure_total"
    ),
    eq("政府采购 total", "N:procurement.total", "procurement/合 计"),
    eq("政府采购 货物", "N:procurement.goods", "procurement/一、货物 A"),
    eq("政府采购 服务", "N:procurement.services", "procurement/三、服务 C"),
)

PROBLEMS = (
    problem(
        pct("total stated +10.06%", "10.06", "N:total_change.1", ["N:total", "-N:total_change.1"]),
        where="p25, 一: 24,169.74 万元, 各增加 2214.39 万元, 增长 10.06%",
        computed="10.09",
        difference="-0.03",
        verdict="error",
        note="2214.39 ÷ 21,955.35 (2018) = 10.086%; the amount agrees with the 2018 document.",
    ),
    problem(
        pct(
            "项目支出 stated 减少 13.22%",
            "13.22",
            "N:project_change.1",
            ["N:project", "N:project_change.1"],
        ),
        where="p26: 项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少 13.22 %",
        computed="22.21",
        difference="-8.99",
        verdict="error",
        note="1237.7 ÷ 5,573 = 22.21%; 13.22 is the 基本支出 percent of the sentence before.",
    ),
    problem(
        pct(
            "一般公共预算 stated +10.15%",
            "10.15",
            "N:general_public_income_change.1",
            ["N:general_public_income", "-N:general_public_income_change.1"],
        ),
        where="p25 一, p27 四 and 五, p29 七: 增加 2228.78 万元, 增长 10.15%",
        computed="10.16",
        difference="-0.01",
        verdict="truncation",
        note="2228.78 ÷ 21,940.96 = 10.158%.",
    ),
    problem(
        pct(
            "2040402 stated 减少 35.77%",
            "35.77",
            "I:2040402.change.1",
            _P + f"{_F}/2040402",
        ),
        where="p27, 五 (一) 2: 减少1311.6 万元, 减少35.77%",
        computed="35.78",
        difference="-0.01",
        verdict="truncation",
        note="1311.6 ÷ 3,666.00 = 35.777%.",
    ),
    problem(
        pct("2080504 stated +7.57%", "7.57", "I:2080504.change.1", _P + f"{_F}/2080504"),
        where="p28, 五 (二) 1: 400.02万元, 增加 28.1万元, 增加7.57%",
        computed="7.56",
        difference="0.01",
        verdict="error",
        note="28.1 ÷ 371.92 = 7.555%: neither rounded (7.56) nor cut (7.55).",
    ),
    problem(
        pct("2210201 stated +34.38%", "34.38", "I:2210201.change.1", _P + f"{_F}/2210201"),
        where="p29, 五 (三) 1: 1442.74万元, 增加368.97万元, 增加34.38%",
        computed="34.36",
        difference="0.02",
        verdict="error",
        note="368.97 ÷ 1,073.77 = 34.362%.",
    ),
    problem(
        pct("2210202 stated +64.07%", "64.07", "I:2210202.change.1", _P + f"{_F}/2210202"),
        where="p29, 五 (三) 2: 4243.61万元, 增加1657万元, 增加64.07%",
        computed="64.06",
        difference="0.01",
        verdict="error",
        note="1657 ÷ 2,586.61 = 64.061%.",
    ),
    problem(
        pct(
            "基本支出 share 65.56%",
            "65.56",
            "N:expenditure_shares.基本支出.0",
            "N:expenditure_total",
        ),
        where="p26, 三: 15,844.04 ÷ 24,169.74 = 65.553%",
        computed="65.55",
        difference="0.01",
        verdict="note",
        note="Forced: 100 − 17.94 − 16.5 = 65.56.",
    ),
    note(
        "titles differ from the contents",
        "contents 十 政府性基金财政拨款支出预算表 vs 公开10表 政府性基金预算财政拨款支出预算表; "
        "contents 一、主要职能 vs p3 一、主要职责; contents 三、2019年度… vs p5 三、2019 年…",
    ),
    note(
        "amounts printed in three formats",
        "公开01/05-08/11/12 24,169.74; 公开02/03/04 24169.74 (公开04 4335.3, 3990.4); "
        "公开09 1276.7, 80, 237, 700",
        note="Every figure is right; a reader must take each form.",
    ),
)

NOT_PROBLEMS = (
    "The summary changes (+2214.39 total, 204 +134.37, 基本 +1849.73) are against 2018's "
    "all-funds figures (2018 had 其他资金 14.39) and hold; the 财政拨款 change +2228.78 is "
    "against 2018's 财政拨款 21,940.96 and holds.",
    "2040410 检察监督 −709.4 against 2018's 2040405 (1,895): the 2019 classification "
    "renumbers it; 2040450 事业运行 315 and 2040499 其他检察支出 469.5 are new 项 (the "
    "narrative says so). Crosswalk entries.",
    "三公 购置 is not mentioned (blank in the table); 十 says 无政府性基金预算相关收支项目.",
    "绩效: 0 projects this year (整体支出绩效目标 being tried).",
)
