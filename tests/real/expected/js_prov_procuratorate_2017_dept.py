"""What js-prov-procuratorate-2017-dept.pdf prints, copied from its page images.

Ground truth for issue 18 (Jiangsu provincial 部门预算), same conventions as
js_prov_highcourt_2017_dept: read on the page images (pdftoppm -r 110), compared with
``pdftotext -layout`` (every amount of the table pages agrees with the text layer),
amounts as printed in 万元, blank = None, rows (code, name, *amounts) with the 合计 row
where it is printed.

Made with WPS Office (no Producer), 25 portrait A4 pages with printed page numbers from
p2, nothing rotated; fonts properly named (SimSun, FangSong, KaiTi, SimHei, ArialMT,
TimesNewRomanPSMT). A decorated cover (p1): 江苏省人民检察院 / 2017 年部门预算. The
narrative is a filled-in form: figures sit on underlined blanks, several in italics
(8.85, 8.8, 2.31, 13.69 …); the text layer puts long runs of spaces around them
("各增加                              1463.8   万元") and spreads one justified line into
single characters ("一 般 公 共 预 算 收 入").
Template: tables titled by ordinal and name only ("一、收支预算总表"), over a line
"部门：   江苏省人民检察院 … 单位：万元"; the department is called 省检察院 in the part
headings. This department has 其他资金 (15.00, 其他收入) besides 财政拨款, so the summary
tables (all funds) exceed the 财政拨款 tables by 15.00, in 基本支出 and in 204. The basic
tables print 30211 差旅费 after 30299 (out of code order). No 工程 in 政府采购.
"""

from tests.real.expected.jiangsu_terms import eq, note, pct, problem, tree

SOURCE = "js-prov-procuratorate-2017-dept.pdf"

PAGE_COUNT = 25

IDENTITY = {
    "department": "江苏省人民检察院",
    "year": 2017,
    "kind": "部门预算",
    "title": "江苏省人民检察院 2017 年部门预算",  # cover, two lines
    "title_page": 1,
    "department_named_in": ("title", "contents", "部门 lines", "narrative (省检察院)"),
    "department_line": "部门：江苏省人民检察院",  # printed 部门： then a wide gap
    "short_name": "省检察院",
}

# Contents p2-3 (第四部分 runs onto p3); 十一 wraps ("…支出预算" / "表").
TOC = {
    "pages": (2, 3),
    "heading": "目 录",
    "dot_leaders": False,
    "page_numbers": False,
    "parts": (
        "第一部分 部门概况",
        "第二部分 江苏省人民检察院 2017 年度部门预算表",  # p9 heading: 省检察院 2017 年度部门预算表
        "第三部分 江苏省人民检察院 2017 年度部门预算情况说明",  # p18: 省检察院 …
        "第四部分 名词解释",
    ),
    "part_one_entries": (
        "一、主要职能。",  # p3 heading: 一、主要职责
        "二、2017 年度部门主要工作任务及目标。",  # p5 heading: 二、2017 年主要工作任务
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
        "十二、政府采购支出预算表",
    ),
}

SECTIONS = (
    ("第一部分 部门概况", 3),
    ("一、主要职责", 3),
    ("二、2017 年主要工作任务", 5),
    ("三、部门机构设置和所属单位情况", 7),
    ("四、部门收支预算编制的相关依据及测算分析情况", 9),
    ("第二部分 省检察院 2017 年度部门预算表", 9),
    ("第三部分 省检察院 2017 年度部门预算情况说明", 18),
    ("第四部分 名词解释", 23),
)

_DEPT = "部门：江苏省人民检察院"

_FUNCTION_ROWS = (
    (None, "合计", "17,981.68"),
    ("204", "公共安全支出", "13,641.34"),
    ("20404", "检察", "13,641.34"),
    ("2040401", "行政运行", "7,968.14"),
    ("2040402", "一般行政管理事务", "3,644.20"),
    ("2040404", "查办和预防职务犯罪", "480.00"),
    ("2040405", "公诉和审判监督", "150.00"),
    ("2040406", "侦查监督", "100.00"),
    ("2040499", "其他检察支出", "1,299.00"),
    ("208", "社会保障和就业支出", "2,021.18"),
    ("20805", "行政事业单位离退休", "2,021.18"),
    ("2080504", "未归口管理的行政单位离退休", "2,021.18"),
    ("221", "住房保障支出", "2,319.16"),
    ("22102", "住房改革支出", "2,319.16"),
    ("2210201", "住房公积金", "784.22"),
    ("2210202", "提租补贴", "1,534.94"),
)

# 30211 差旅费 is printed after 30299, as here.
_ECONOMIC_ROWS = (
    (None, "合计", "12,308.48"),
    ("301", "工资福利支出", "5,343.83"),
    ("30101", "基本工资", "2,010.25"),
    ("30102", "津贴补贴", "3,090.82"),
    ("30103", "奖金", "167.12"),
    ("30104", "其他社会保障缴费", "75.64"),
    ("302", "商品和服务支出", "2,598.06"),
    ("30201", "办公费", "138.00"),
    ("30205", "水费", "15.70"),
    ("30206", "电费", "243.00"),
    ("30207", "邮电费", "59.00"),
    ("30213", "维修（护）费", "170.00"),
    ("30215", "会议费", "168.00"),
    ("30217", "公务接待费", "36.55"),
    ("30218", "专用材料费", "65.00"),
    ("30228", "工会经费", "129.00"),
    ("30229", "福利费", "21.00"),
    ("30231", "公务用车运行维护费", "267.80"),
    ("30239", "其他交通费用", "394.96"),
    ("30299", "其他商品和服务支出", "850.05"),
    ("30211", "差旅费", "40.00"),
    ("303", "对个人和家庭的补助", "4,366.59"),
    ("30301", "离休费", "344.31"),
    ("30302", "退休费", "1,652.57"),
    ("30307", "医疗费", "49.68"),
    ("30309", "奖励金", "0.87"),
    ("30311", "住房公积金", "784.22"),
    ("30312", "提租补贴", "1,534.94"),
)

TABLES = {
    # labels wrap in their cells: 1.一般公共预 / 算, 2.政府性基金 / 预算, 二、财政专户管理 /
    # 资金, 三、单位预留机 / 动经费.
    "finance_summary": {
        "concept": "finance_summary",
        "tag": "一、",
        "heading": "一、收支预算总表",
        "pages": [10],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (
            ("收入", "支出"),
            ("项目名称", "金额", "功能分类", "支出用途"),
            ("功能科目名称", "金额", "项目名称", "金额"),
        ),
        "columns": ("金额",),
        "lists": ("income_items", "function_items", "use_items", "expenditure_totals"),
        "income_items": (
            ("一、财政拨款", "17,981.68"),
            ("1.一般公共预算", "17,981.68"),
            ("2.政府性基金预算", None),
            ("二、财政专户管理资金", None),
            ("三、其他资金", "15.00"),
            ("当年收入小计", "17,996.68"),
            ("上年结转资金", None),
            ("收入合计", "17,996.68"),
        ),
        "function_items": (
            ("一、一般公共服务支出", None),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", "13,656.34"),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化体育与传媒支出", None),
            ("八、社会保障和就业支出", "2,021.18"),
            ("九、医疗卫生与计划生育支出", None),
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", None),
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、国土海洋气象等支出", None),
            ("十八、住房保障支出", "2,319.16"),
            ("十九、粮油物资储备支出", None),
            ("二十、其他支出", None),
        ),
        "use_items": (
            ("一、基本支出", "12,323.48"),
            ("二、项目支出", "5,533.00"),
            ("三、单位预留机动经费", "140.20"),
        ),
        "expenditure_totals": (
            ("当年支出小计", "17,996.68"),
            ("结转下年资金", None),
            ("支出合计", "17,996.68"),
        ),
        "rows": (),
    },
    "income": {
        "concept": "income",
        "classification": "labelled",
        "tag": "二、",
        "heading": "二、收入预算总表",
        "pages": [11],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("项目名称", "", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "收入总计", "17,996.68"),
            ("一般公共预算资金", "小计", "17,981.68"),
            ("一般公共预算资金", "公共财政拨款(补助)资金", "17,981.68"),
            ("一般公共预算资金", "专项收入", None),
            ("政府性基金", "小计", None),
            ("财政专户管理资金", "小计", None),
            ("财政专户管理资金", "专户管理教育收费", None),
            ("财政专户管理资金", "其他非税收入", None),
            ("其他资金", "小计", "15.00"),
            ("其他资金", "事业收入", None),
            ("其他资金", "经营收入", None),
            ("其他资金", "其他收入", "15.00"),
            ("其他资金", "债务资金(银行贷款)", None),
            ("上年结转和结余资金", "小计", None),
            ("上年结转和结余资金", "其中：动用上年结转和结余资金", None),
        ),
    },
    # headers wrap: 单位预留机动经 / 费, 结转下年资 / 金
    "expenditure": {
        "concept": "expenditure",
        "classification": None,
        "tag": "三、",
        "heading": "三、支出预算总表",
        "pages": [11],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),),
        "columns": ("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        "rows": ((None, None, "17,996.68", "12,323.48", "5,533.00", "140.20", None),),
    },
    # 财政拨款 only: 基本支出 12,308.48 (the summary's 12,323.48 less 其他资金 15.00)
    "fiscal_summary": {
        "concept": "fiscal_summary",
        "tag": "四、",
        "heading": "四、财政拨款收支预算总表",
        "pages": [11, 12],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("收入", "支出"), ("项目名称", "金额", "支出用途"), ("项目名称", "金额")),
        "columns": ("金额",),
        "lists": ("income_items", "use_items"),
        "income_items": (
            ("一、一般公共预算", "17,981.68"),
            ("二、政府性基金预算", None),
            ("收入合计", "17,981.68"),
        ),
        "use_items": (
            ("一、基本支出", "12,308.48"),
            ("二、项目支出", "5,533.00"),
            ("三、单位预留机动经费", "140.20"),
            ("支出合计", "17,981.68"),
        ),
        "rows": (),
    },
    "fiscal_expenditure": {
        "concept": "fiscal_expenditure",
        "classification": "function",
        "tag": "五、",
        "heading": "五、财政拨款支出预算表",
        "pages": [12],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _FUNCTION_ROWS,
    },
    "fiscal_basic": {
        "concept": "fiscal_basic",
        "classification": "economic",
        "tag": "六、",
        "heading": "六、财政拨款基本支出预算表",
        "pages": [12, 13],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _ECONOMIC_ROWS,
    },
    # empty: a 合计 row with a blank cell and three empty ruled rows
    "gov_fund": {
        "concept": "gov_fund",
        "classification": "function",
        "tag": "七、",
        "heading": "七、政府性基金支出预算表",
        "pages": [13],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "empty_note": None,
        "rows": ((None, "合计", None),),
    },
    "general_public": {
        "concept": "general_public",
        "classification": "function",
        "tag": "八、",
        "heading": "八、一般公共预算支出预算表",
        "pages": [14],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _FUNCTION_ROWS,
    },
    "economic": {
        "concept": "economic",
        "classification": "economic",
        "tag": "九、",
        "heading": "九、一般公共预算基本支出预算表",
        "pages": [14, 15],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _ECONOMIC_ROWS,
    },
    # includes project spending (narrative p22): 30209 物业管理费, 30211 差旅费 1,070.00,
    # 30299 2,729.05, 310 其他资本性支出.
    "agency_running": {
        "concept": "agency_running",
        "classification": "economic",
        "tag": "十、",
        "heading": "十、一般公共预算机关运行经费支出预算表",
        "pages": [15, 16],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "机关运行经费支出"),),
        "columns": ("机关运行经费支出",),
        "rows": (
            (None, "合计", "6,032.55"),
            ("302", "商品和服务支出", "5,890.55"),
            ("30201", "办公费", "138.00"),
            ("30205", "水费", "15.70"),
            ("30206", "电费", "243.00"),
            ("30207", "邮电费", "59.00"),
            ("30209", "物业管理费", "390.00"),
            ("30211", "差旅费", "1,070.00"),
            ("30213", "维修（护）费", "724.00"),
            ("30215", "会议费", "168.00"),
            ("30218", "专用材料费", "65.00"),  # page 16
            ("30229", "福利费", "21.00"),
            ("30231", "公务用车运行维护费", "267.80"),
            ("30299", "其他商品和服务支出", "2,729.05"),
            ("310", "其他资本性支出", "142.00"),
            ("31002", "办公设备购置", "142.00"),
        ),
    },
    # title wraps: 十一、一般公共预算“三公”经费、会议费、培训费支出预 / 算表
    "sangong": {
        "concept": "sangong",
        "tag": "十一、",
        "heading": "十一、一般公共预算“三公”经费、会议费、培训费支出预算表",
        "pages": [16],
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
            (
                None,
                None,
                "1,452.35",
                "584.35",
                "110.00",
                "317.80",
                "50.00",
                "267.80",
                "156.55",
                "168.00",
                "700.00",
            ),
        ),
    },
    # no 工程 row at all; one project (网络、电子检务…维护费) under both 货物 and 服务.
    "procurement": {
        "concept": "procurement",
        "classification": "labelled",
        "tag": "十二、",
        "heading": "十二、政府采购支出预算表",
        "pages": [16, 17, 18],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (
            ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),
        ),
        "columns": ("总计",),
        "amount_from": 5,
        "rows": (
            ("合计", None, None, None, None, "2,889.80"),
            ("一、货物 A", None, None, None, None, "334.00"),
            (None, "办公、办案设备更新购置费", "办公设备购置", None, None, "120.00"),
            (None, None, None, "台式计算机（20 万以上）", "政府集中采购", "35.00"),
            (None, None, None, "便携式计算机（20 万以上）", "政府集中采购", "45.00"),
            (None, None, None, "打印设备（20 万以上）", "政府集中采购", "20.00"),
            (None, None, None, "复印机", "分散自行组织", "8.00"),
            (None, None, None, "其他办公设备", "分散自行组织", "2.00"),
            (None, None, None, "政法、检测专用设备", "分散自行组织", "10.00"),
            (None, "办公办案设备更新购置费", "办公设备购置", None, None, "12.00"),
            (None, None, None, "台式计算机（20 万以下）", "分散自行组织", "12.00"),  # p17
            (None, "办公设备购置", "办公设备购置", None, None, "10.00"),
            (None, None, None, "台式计算机（20 万以下）", "政府集中采购", "7.00"),
            (None, None, None, "便携式计算机（20 万以下）", "政府集中采购", "1.00"),
            (None, None, None, "打印设备（20 万以下）", "政府集中采购", "0.60"),
            (None, None, None, "其他办公设备", "政府集中采购", "1.40"),
            (
                None,
                "网络、电子检务、实验室、机要通道、档案数字化系统运行维护费",
                "信息网络及软件购置更新",
                None,
                None,
                "112.00",
            ),
            (None, None, None, "防火墙", "分散自行组织", "30.00"),
            (None, None, None, "入侵检测设备", "分散自行组织", "30.00"),
            (None, None, None, "计算机软件", "分散自行组织", "30.00"),
            (None, None, None, "其他计算机设备及软件", "分散自行组织", "22.00"),
            (None, None, "专用设备购置", None, None, "30.00"),
            (None, None, None, "其他专用设备", "分散自行组织", "30.00"),
            (None, "执法执勤车辆购置", "公务用车购置", None, None, "50.00"),
            (None, None, None, "客车", "政府集中采购", "50.00"),
            ("三、服务 C", None, None, None, None, "2,555.80"),
            (
                None,
                "网络、电子检务、实验室、机要通道、档案数字化系统运行维护费",
                "维修（护）费",
                None,
                None,
                "420.00",
            ),
            (None, None, None, "运行维护服务", "分散自行组织", "420.00"),
            (None, None, "租赁费", None, None, "460.00"),
            (None, None, None, "租赁服务（不带操作员）", "分散自行组织", "460.00"),
            (None, "网络运行维护费", "租赁费", None, None, "16.00"),
            (None, None, None, "租赁服务（不带操作员）", "分散自行组织", "16.00"),
            (None, None, "维修（护）费", None, None, "4.00"),
            (None, None, None, "其他专业技术服务", "分散自行组织", "4.00"),
            (None, "交通运行费", "公务用车运行维护费", None, None, "267.80"),
            (None, None, None, "车辆维修和保养服务", "分散自行组织", "267.80"),  # p18
            (None, "物业管理费", "维修（护）费", None, None, "130.00"),
            (None, None, None, "空调、电梯维修和保养服务", "分散自行组织", "30.00"),
            (None, None, None, "其他维修和保养服务", "分散自行组织", "100.00"),
            (None, None, "物业管理费", None, None, "390.00"),
            (None, None, None, "物业管理服务", "分散自行组织", "370.00"),
            (None, None, None, "其他服务", "分散自行组织", "20.00"),
            (None, "商品和服务支出", "会议费", None, None, "168.00"),
            (None, None, None, "会议服务", "分散自行组织", "168.00"),
            (None, "检察教育培训经费", "培训费", None, None, "700.00"),
            (None, None, None, "教育服务", "分散自行组织", "700.00"),
        ),
    },
}

SANGONG = {
    "unit": "万元",
    "page": 16,
    "values": {
        "合计": "584.35",
        "因公出国（境）费": "110.00",
        "公务用车购置及运行费": "317.80",
        "公务用车购置费": "50.00",
        "公务用车运行费": "267.80",
        "公务接待费": "156.55",
        "会议费": "168.00",
        "培训费": "700.00",
        "printed_total": "1,452.35",
        "机关运行经费": "6,032.55",
    },
}

# 第三部分 (pages 18-23). Changes (word, amount, percent) against 上年 (2016, not in the
# set). Only 类 204 and 项 2040401 are described; 208 and 221 are not.
NARRATIVE = {
    "heading": "第三部分 省检察院 2017 年度部门预算情况说明",
    "pages": [18, 23],
    "approval": None,
    # 一 (p18-19)
    "total": "17996.68",
    "total_change": ("增加", "1463.8", "8.85"),
    "income_total": "17996.68",
    "fiscal_income": "17981.68",
    "general_public_income": "17981.68",
    "general_public_income_change": ("增加", "1454.35", "8.8"),
    "other_income": "15",
    "other_income_change": ("增加", "9.45", "170.27"),
    "expenditure_total": "17996.68",
    "classes": {
        "204": {
            "name": "公共安全（类）",
            "amount": "13656.34",
            "change": ("增加", "309.03", "2.31"),
        },
    },
    "basic": "12323.46",  # PROBLEMS: the tables print 12,323.48
    "basic_change": ("增加", "1483.8", "13.69"),
    "project": "5533",
    "project_change": ("减少", "20", "0.36"),
    "reserve": "140.2",
    "reserve_change": ("未发生变化", None, None),  # printed 与上年相未发生变化
    # 二 (p19)
    "income_shares": {
        "一般公共预算收入": ("17981.68", "99.92"),
        "其他资金": ("15", "0.08"),
    },
    # 三 (p19), no chart
    "expenditure_shares": {
        "基本支出": ("12323.48", "68.48"),
        "项目支出": ("5533", "30.74"),
        "单位预留机动经费": ("140.2", "0.78"),
    },
    # 四 (p20)
    "fiscal_total": "17981.68",
    "fiscal_total_change": ("增加", "1454.35", "8.8"),
    # 五 (p20)
    "fiscal_expenditure": "17981.68",
    "fiscal_expenditure_share": "99.92",
    "fiscal_expenditure_change": ("增加", "1454.35", "8.8"),
    # 六 (p20-21)
    "fiscal_basic": "12308.48",
    "fiscal_basic_personnel": "9710.42",
    "fiscal_basic_public": "2598.06",
    # 七 (p21): 0 万元，本部门无政府性基金预算
    "gov_fund": "0",
    # 八 (p21)
    "general_public": "17981.68",
    "general_public_change": ("增加", "1454.35", "8.8"),
    # 九 (p21-22)
    "economic": "12308.48",
    "economic_personnel": "9710.42",
    "economic_public": "2598.06",
    # 十 (p22): 比 2016 年增加; 口径 differs (project items included)
    "agency_running": "6032.55",
    "agency_running_change": ("增加", "3401.59", "129.97"),
    # 十一 (p22-23)
    "sangong_shares": {
        "因公出国（境）费": ("110", "18.85"),
        "公务用车购置及运行费": ("317.8", "54.43"),
        "公务接待费": ("156.55", "26.72"),
    },
    "sangong_items": {
        "因公出国（境）费": ("110", ("与上年预算数相等", None, None)),
        "公务用车购置及运行费": ("317.8", None),
        "公务用车购置费": ("50", ("与上年预算数相等", None, None)),
        "公务用车运行费": ("267.8", ("与上年预算数一致", None, None)),
        "公务接待费": ("156.55", ("小于上年预算数", "29.65", None)),
        "会议费": ("168", ("等于上年预算数", None, None)),
        "培训费": ("700", ("小于上年预算数", "220", None)),
    },
    # 十二 (p23)
    "procurement": {"total": "2889.8", "goods": "334", "works": "0", "services": "2555.8"},
}

NARRATIVE_ITEMS = (
    {
        "code": "2040401",
        "printed": "检察（款）行政运行（项）",
        "amount": "7968.14",
        "change": ("增加", "300.38", "3.92"),
        "page": 20,
    },
)

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
    eq(
        "功能分类 204 (all funds) = 财政拨款 204 + 其他资金",
        "finance_summary.function_items/四、公共安全支出",
        "fiscal_expenditure/204",
        "finance_summary.income_items/三、其他资金",
    ),
    eq(
        "功能分类 208 = 财政拨款 208",
        "finance_summary.function_items/八、社会保障和就业支出",
        "fiscal_expenditure/208",
    ),
    eq(
        "功能分类 221 = 财政拨款 221",
        "finance_summary.function_items/十八、住房保障支出",
        "fiscal_expenditure/221",
    ),
    eq(
        "基本支出 (all funds) = 财政拨款 基本支出 + 其他资金",
        "finance_summary.use_items/一、基本支出",
        "fiscal_summary.use_items/一、基本支出",
        "finance_summary.income_items/三、其他资金",
    ),
    eq(
        "项目支出 all funds = 财政拨款",
        "finance_summary.use_items/二、项目支出",
        "fiscal_summary.use_items/二、项目支出",
    ),
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
        "income/一般公共预算资金›公共财政拨款(补助)资金",
        "income/一般公共预算资金›专项收入",
    ),
    eq(
        "其他资金 小计 = its items",
        "income/其他资金›小计",
        "income/其他资金›事业收入",
        "income/其他资金›经营收入",
        "income/其他资金›其他收入",
        "income/其他资金›债务资金(银行贷款)",
    ),
    eq(
        "收入总计 = 收支预算总表 收入合计",
        "income/收入总计",
        "finance_summary.income_items/收入合计",
    ),
    eq(
        "其他资金 = 收支预算总表 其他资金",
        "income/其他资金›小计",
        "finance_summary.income_items/三、其他资金",
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
        "财政拨款收支总表 一般公共预算 = 收支预算总表",
        "fiscal_summary.income_items/一、一般公共预算",
        "finance_summary.income_items/1.一般公共预算",
    ),
    eq(
        "表五 合计 = 财政拨款支出合计",
        "fiscal_expenditure/合计",
        "fiscal_summary.use_items/支出合计",
    ),
    eq(
        "表八 合计 = 表五 合计 − 政府性基金",
        "general_public/合计",
        "fiscal_expenditure/合计",
        "-gov_fund/合计",
    ),
    eq(
        "表六 合计 = 财政拨款 基本支出",
        "fiscal_basic/合计",
        "fiscal_summary.use_items/一、基本支出",
    ),
    eq("表九 合计 = 表六 合计", "economic/合计", "fiscal_basic/合计"),
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
        "公务用车购置 = 政府采购 执法执勤车辆购置",
        "S:公务用车购置费",
        "procurement/执法执勤车辆购置",
    ),
    eq("培训费 = 政府采购 检察教育培训经费", "S:培训费", "procurement/检察教育培训经费"),
    eq("SANGONG 机关运行经费", "S:机关运行经费", "agency_running/合计"),
    eq("narrative total", "N:total", "finance_summary.income_items/收入合计"),
    eq("narrative income_total", "N:income_total", "income/收入总计"),
    eq("narrative fiscal_income", "N:fiscal_income", "finance_summary.income_items/一、财政拨款"),
    eq(
        "narrative general_public_income", "N:general_public_income", "income/一般公共预算资金›小计"
    ),
    eq("narrative other_income", "N:other_income", "income/其他资金›小计"),
    eq("narrative expenditure_total", "N:expenditure_total", "expenditure/#0/0"),
    eq(
        "narrative 204 (all funds)",
        "N:classes.204.amount",
        "finance_summary.function_items/四、公共安全支出",
    ),
    eq("narrative project", "N:project", "expenditure/#0/2"),
    eq("narrative reserve", "N:reserve", "expenditure/#0/3"),
    eq("narrative 三 基本支出", "N:expenditure_shares.基本支出.0", "expenditure/#0/1"),
    eq(
        "narrative: 1463.8 = 1483.8 (基本) − 20 (项目) + 0 (机动)",
        "N:total_change.1",
        "N:basic_change.1",
        "-N:project_change.1",
    ),
    eq(
        "narrative: 1463.8 = 1454.35 (一般公共预算) + 9.45 (其他资金)",
        "N:total_change.1",
        "N:general_public_income_change.1",
        "N:other_income_change.1",
    ),
    pct("total +8.85%", "8.85", "N:total_change.1", ["N:total", "-N:total_change.1"]),
    pct(
        "一般公共预算 +8.8% (one decimal)",
        "8.8",
        "N:general_public_income_change.1",
        ["N:general_public_income", "-N:general_public_income_change.1"],
    ),
    pct(
        "其他资金 +170.27%",
        "170.27",
        "N:other_income_change.1",
        ["N:other_income", "-N:other_income_change.1"],
    ),
    pct(
        "204 +2.31%: cut, not rounded (see PROBLEMS)",
        "2.31",
        "N:classes.204.change.1",
        ["N:classes.204.amount", "-N:classes.204.change.1"],
        rule="truncate",
    ),
    pct("基本 +13.69%", "13.69", "N:basic_change.1", ["N:basic", "-N:basic_change.1"]),
    pct("项目 −0.36%", "0.36", "N:project_change.1", ["N:project", "N:project_change.1"]),
    eq("narrative 2040401 = table", "I:2040401.amount", "fiscal_expenditure/2040401"),
    pct(
        "2040401 +3.92%",
        "3.92",
        "I:2040401.change.1",
        ["I:2040401.amount", "-I:2040401.change.1"],
    ),
    pct("一般公共预算 share 99.92%", "99.92", "N:general_public_income", "N:income_total"),
    pct("其他资金 share 0.08%", "0.08", "N:other_income", "N:income_total"),
    pct("基本支出 share 68.48%", "68.48", "N:expenditure_shares.基本支出.0", "N:expenditure_total"),
    pct("项目支出 share 30.74%", "30.74", "N:expenditure_shares.项目支出.0", "N:expenditure_total"),
    pct(
        "机动 share 0.78%", "0.78", "N:expenditure_shares.单位预留机动经费.0", "N:expenditure_total"
    ),
    pct("财政拨款 share 99.92%", "99.92", "N:fiscal_expenditure", "N:expenditure_total"),
    eq("narrative fiscal_total", "N:fiscal_total", "fiscal_summary.income_items/收入合计"),
    eq("narrative fiscal_expenditure", "N:fiscal_expenditure", "fiscal_expenditure/合计"),
    eq(
        "narrative 人员经费 = 301 + 303",
        "N:fiscal_basic_personnel",
        "fiscal_basic/301",
        "fiscal_basic/303",
    ),
    eq("narrative 公用经费 = 302", "N:fiscal_basic_public", "fiscal_basic/302"),
    eq("narrative 基本支出 (财政拨款)", "N:fiscal_basic", "fiscal_basic/合计"),
    eq("narrative 一般公共预算", "N:general_public", "general_public/合计"),
    eq("narrative 政府性基金 0", "N:gov_fund", "gov_fund/合计"),
    eq("narrative economic", "N:economic", "economic/合计"),
    eq("narrative economic 人员经费", "N:economic_personnel", "economic/301", "economic/303"),
    eq("narrative economic 公用经费", "N:economic_public", "economic/302"),
    eq("narrative 机关运行经费", "N:agency_running", "agency_running/合计"),
    eq("narrative 三公 出国", "N:sangong_shares.因公出国（境）费.0", "S:因公出国（境）费"),
    eq("narrative 三公 车辆", "N:sangong_shares.公务用车购置及运行费.0", "S:公务用车购置及运行费"),
    eq("narrative 三公 接待", "N:sangong_shares.公务接待费.0", "S:公务接待费"),
    eq("narrative 购置", "N:sangong_items.公务用车购置费.0", "S:公务用车购置费"),
    eq("narrative 运行", "N:sangong_items.公务用车运行费.0", "S:公务用车运行费"),
    eq("narrative 会议费", "N:sangong_items.会议费.0", "S:会议费"),
    eq("narrative 培训费", "N:sangong_items.培训费.0", "S:培训费"),
    eq("政府采购 total", "N:procurement.total", "procurement/合计"),
    eq("政府采购 货物", "N:procurement.goods", "procurement/一、货物 A"),
    eq("政府采购 服务", "N:procurement.services", "procurement/三、服务 C"),
    eq(
        "政府采购 货物 + 工程 + 服务 = total",
        "N:procurement.total",
        "N:procurement.goods",
        "N:procurement.works",
        "N:procurement.services",
    ),
)

PROBLEMS = (
    problem(
        eq("narrative 基本支出预算数 = 支出预算总表 基本支出", "N:basic", "expenditure/#0/1"),
        where="p19, 一 (二) 此外: 基本支出预算数为 12323.46 万元; tables 一 and 三: 12,323.48",
        difference="-0.02",
        verdict="error",
        note="A typo: section 三 (p19) states 基本支出 12323.48, and the change +1483.8 and "
        "13.69% hold with either figure.",
    ),
    problem(
        pct(
            "机关运行经费 stated +129.97%",
            "129.97",
            "N:agency_running_change.1",
            ["N:agency_running", "-N:agency_running_change.1"],
        ),
        where="p22, 十: 6032.55 万元，比 2016 年增加 3401.59 万元，增长 129.97%",
        computed="129.29",
        difference="0.68",
        verdict="error",
        note="3401.59 ÷ (6032.55 − 3401.59 = 2630.96) = 129.29%; digits transposed.",
    ),
    problem(
        pct("三公 share 因公出国（境）费 18.85%", "18.85", "S:因公出国（境）费", "S:合计"),
        where="p22, 十一: 110 ÷ 584.35 = 18.82%",
        computed="18.82",
        difference="0.03",
        verdict="error",
        note="The three shares (18.85 + 54.43 + 26.72 = 100.00) fit no single base: 110 ÷ "
        "0.1885 = 583.55, 317.8 ÷ 0.5443 = 583.87, 156.55 ÷ 0.2672 = 585.89.",
    ),
    problem(
        pct("三公 share 公务用车购置及运行费 54.43%", "54.43", "S:公务用车购置及运行费", "S:合计"),
        where="p22, 十一: 317.8 ÷ 584.35 = 54.39%",
        computed="54.39",
        difference="0.04",
        verdict="error",
    ),
    problem(
        pct("三公 share 公务接待费 26.72%", "26.72", "S:公务接待费", "S:合计"),
        where="p22, 十一: 156.55 ÷ 584.35 = 26.79%",
        computed="26.79",
        difference="-0.07",
        verdict="error",
    ),
    problem(
        pct(
            "204 stated +2.31%",
            "2.31",
            "N:classes.204.change.1",
            ["N:classes.204.amount", "-N:classes.204.change.1"],
        ),
        where="p19, 一 (二) 1: 13656.34 万元, 增加 309.03 万元, 增长 2.31%",
        computed="2.32",
        difference="-0.01",
        verdict="truncation",
        note="309.03 ÷ 13347.31 = 2.3153%: cut to 2.31 instead of rounded to 2.32.",
    ),
    note(
        "wording",
        "p19: 单位预留机动经费 … 与上年相未发生变化 (a word missing: 与上年相比未发生变化)",
    ),
    note(
        "the narrative describes one 类 and one 项 only",
        "p19 一 (二) names 公共安全（类） alone (208 2,021.18 and 221 2,319.16 are left out); "
        "p20 五 (一) describes 2040401 alone of the nine 项",
        note="Nothing to compare for the rest; a checker must not expect a statement per 项.",
    ),
)

NOT_PROBLEMS = (
    "Summary tables (一、三) against the 财政拨款 tables: 基本支出 12,323.48 vs 12,308.48 and "
    "204 13,656.34 vs 13,641.34 differ by 其他资金 15.00 (HOLDS); not a mismatch.",
    "机关运行经费 6,032.55 exceeds 基本支出 302 2,598.06: the narrative (p22) says project "
    "items are included from 2017.",
    "narrative 204 (13656.34) is the all-funds figure of table 一, not table 五's 13,641.34.",
    "The 三公 changes are stated in words against 上年预算数 (2016), not comparable here.",
)
