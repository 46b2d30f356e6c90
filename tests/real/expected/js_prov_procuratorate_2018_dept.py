"""What js-prov-procuratorate-2018-dept.pdf prints, copied from its page images.

Ground truth for issue 18 (Jiangsu provincial 部门预算), same conventions as
js_prov_highcourt_2017_dept: read on the page images (pdftoppm -r 110), compared with
``pdftotext -layout`` (every amount of the table pages agrees with the text layer),
amounts as printed in 万元, blank = None, rows (code, name, *amounts) with the 合计 row
where it is printed.

A Word 2007 document, 31 portrait A4 pages with printed page numbers, nothing rotated;
font names GBK mojibake plus Showcard Gothic (the decorated cover: 江苏省人民检察院 /
2018年部门预算). The contents and the start of 第一部分 share p2. The narrative is the
2017 fill-in form again (underlined blanks, italic percents); the text layer spreads
justified lines into single characters ("江 苏 省 人 民 检 察 院 2018 年 度 …").
Template: tags and titles on one line, "公开 01 表：收支预算总表" (公开NN表 + full-width
colon + name, no year or department), over "部门：   江苏省人民检察院 … 单位：万元" (单位:
万元 on 公开01). Narrative amounts carry thousands separators this year ("21,955.35").
The 2040405 row prints "1895.00" without a separator in both function tables. In the
2018 classification 2040405 is 公诉、审判、侦查、执行等检察监督支出: the narrative compares
it with 2017's 2040404 + 2040405 + 2040406 + 2040499 (480 + 150 + 100 + 1,299 = 2,029).
"""

from tests.real.expected.jiangsu_terms import eq, note, pct, prev, problem, tree

SOURCE = "js-prov-procuratorate-2018-dept.pdf"

PAGE_COUNT = 31

PREVIOUS = "js_prov_procuratorate_2017_dept"

IDENTITY = {
    "department": "江苏省人民检察院",
    "year": 2018,
    "kind": "部门预算",
    "title": "江苏省人民检察院 2018年部门预算",  # cover, two lines
    "title_page": 1,
    "department_named_in": ("title", "部门 lines", "narrative (江苏省人民检察院, 省检察院)"),
    "department_line": "部门：江苏省人民检察院",
    "short_name": "省检察院",
}

TOC = {
    "page": 2,
    "heading": "目 录",
    "dot_leaders": False,
    "page_numbers": False,
    "parts": (
        "第一部分 部门概况",
        "第二部分 2018 年度部门预算表",
        "第三部分 2018 年度部门预算情况说明",
        "第四部分 名词解释",
    ),
    "part_one_entries": (
        "一、主要职能",  # p3 heading: 一、主要职责
        "二、部门机构设置和预算单位构成情况",  # p4 heading: …设置及预算单位构成情况
        "三、2018 年度部门主要工作任务及目标",  # p6 heading: 三、2018 年主要工作任务
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
        "九、一般公共预算“三公”经费、会议费、培训费支出预算表",  # wraps: …预算 / 表
        "十、政府性基金财政拨款支出预算表",  # 公开10表: 政府性基金支出预算表
        "十一、一般公共预算机关运行经费支出预算表",
        "十二、政府采购支出预算表",
    ),
}

SECTIONS = (
    ("第一部分 部门概况", 2),
    ("一、主要职责", 3),
    ("二、部门机构设置及预算单位构成情况", 4),
    ("三、2018 年主要工作任务", 6),
    ("第二部分 2018 年度部门预算表", 13),
    ("第三部分 2018 年度部门预算情况说明", 23),
    ("十三、其他重要事项说明", 30),
    ("第四部分 名词解释", 30),
)

_DEPT = "部门：江苏省人民检察院"

_FUNCTION_ROWS = (
    (None, "合计", "21,940.96"),  # 公开07: 合 计
    ("204", "公共安全支出", "16,444.36"),
    ("20404", "检察", "16,444.36"),
    ("2040401", "行政运行", "10,883.36"),
    ("2040402", "一般行政管理事务", "3,666.00"),
    ("2040405", "公诉、审判、侦查、执行等检察监督支出", "1895.00"),  # no separator, as printed
    ("208", "社会保障和就业支出", "1,836.22"),
    ("20805", "行政事业单位离退休", "1,836.22"),
    ("2080504", "未归口管理的行政单位离退休", "371.92"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "1,045.93"),
    ("2080506", "机关事业单位职业年金缴费支出", "418.37"),
    ("221", "住房保障支出", "3,660.38"),
    ("22102", "住房改革支出", "3,660.38"),
    ("2210201", "住房公积金", "1,073.77"),
    ("2210202", "提租补贴", "2,586.61"),
)

_ECONOMIC_ROWS = (
    (None, "合 计", "13,979.92"),
    ("301", "工资福利支出", "10,204.52"),
    ("30101", "基本工资", "2,117.68"),
    ("30102", "津贴补贴", "5,081.98"),
    ("30103", "奖金", "175.44"),
    ("30108", "机关事业单位基本养老保险缴费", "1,045.93"),
    ("30109", "职业年金缴费", "418.37"),
    ("30112", "其他社会保障缴费", "78.09"),
    ("30113", "住房公积金", "1,073.77"),
    ("30114", "医疗费", "49.68"),
    ("30199", "其他工资福利支出", "163.58"),
    ("302", "商品和服务支出", "2,722.57"),
    ("30201", "办公费", "130.00"),
    ("30205", "水费", "18.92"),
    ("30206", "电费", "262.00"),
    ("30207", "邮电费", "60.00"),
    ("30213", "维修（护）费", "65.00"),
    ("30215", "会议费", "200.44"),
    ("30217", "公务接待费", "36.50"),
    ("30218", "专用材料费", "30.00"),
    ("30228", "工会经费", "128.00"),
    ("30229", "福利费", "16.00"),
    ("30231", "公务用车运行维护费", "267.80"),
    ("30239", "其他交通费用", "468.37"),
    ("30299", "其他商品和服务支出", "994.54"),
    ("30211", "差旅费", "45.00"),  # after 30299, as in 2017
    ("303", "对个人和家庭的补助", "1,052.83"),
    ("30301", "离休费", "428.51"),
    ("30302", "退休费", "623.28"),
    ("30309", "奖励金", "1.04"),
)

TABLES = {
    "finance_summary": {
        "concept": "finance_summary",
        "tag": "公开01表",
        "heading": "公开 01 表：收支预算总表",
        "pages": [13, 14],
        "unit": "万元",  # 单位:万元
        "prepared_by": _DEPT,
        "header": (
            ("收入", "支出"),
            ("项目名称", "金额", "功能分类", "支出用途"),
            ("功能科目名称", "金额", "项目名称", "金额"),
        ),
        "columns": ("金额",),
        "lists": ("income_items", "function_items", "use_items", "expenditure_totals"),
        "income_items": (
            ("一、财政拨款", "21,940.96"),
            ("1.一般公共预算", "21,940.96"),
            ("2.政府性基金预算", None),
            ("二、财政专户管理资金", None),
            ("三、其他资金", "14.39"),
            ("当年收入小计", "21,955.35"),
            ("上年结转资金", None),
            ("收入合计", "21,955.35"),
        ),
        # 十七、国土海洋气象等支 / 出 wraps across the page break (p13 → p14)
        "function_items": (
            ("一、一般公共服务支出", None),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", "16,458.75"),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化体育与传媒支出", None),
            ("八、社会保障和就业支出", "1,836.22"),
            ("九、医疗卫生与计划生育支出", None),
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", None),
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、国土海洋气象等支出", None),
            ("十八、住房保障支出", "3,660.38"),
            ("十九、粮油物资储备支出", None),
            ("二十、其他支出", None),
        ),
        "use_items": (
            ("一、基本支出", "13,994.31"),
            ("二、项目支出", "5,573.00"),
            ("三、单位预留机动经费", "2,388.04"),
        ),
        "expenditure_totals": (
            ("当年支出小计", "21,955.35"),
            ("结转下年资金", None),
            ("支出合计", "21,955.35"),
        ),
        "rows": (),
    },
    "income": {
        "concept": "income",
        "classification": "labelled",
        "tag": "公开02表",
        "heading": "公开 02 表：收入预算总表",
        "pages": [14],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("项目名称", "", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "收入总计", "21,955.35"),
            ("一般公共预算资金", "小计", "21,940.96"),
            ("一般公共预算资金", "公共财政拨款(补助)资金", "21,940.96"),
            ("一般公共预算资金", "专项收入", None),
            ("政府性基金", "小计", None),
            ("财政专户管理资金", "小计", None),
            ("财政专户管理资金", "专户管理教育收费", None),
            ("财政专户管理资金", "其他非税收入", None),
            ("其他资金", "小计", "14.39"),
            ("其他资金", "事业收入", None),
            ("其他资金", "经营收入", None),
            ("其他资金", "其他收入", "14.39"),
            ("其他资金", "债务资金(银行贷款)", None),
            ("上年结转和结余资金", "小计", None),
            ("上年结转和结余资金", "其中：动用上年结转和结余资金", None),
        ),
    },
    "expenditure": {
        "concept": "expenditure",
        "classification": None,
        "tag": "公开03表",
        "heading": "公开 03 表：支出预算总表",
        "pages": [15],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),),
        "columns": ("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        "rows": ((None, None, "21,955.35", "13,994.31", "5,573.00", "2,388.04", None),),
    },
    "fiscal_summary": {
        "concept": "fiscal_summary",
        "tag": "公开04表",
        "heading": "公开 04 表：财政拨款收支预算总表",
        "pages": [15],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("收入", "支出"), ("项目名称", "金额", "支出用途"), ("项目名称", "金额")),
        "columns": ("金额",),
        "lists": ("income_items", "use_items"),
        "income_items": (
            ("一、一般公共预算", "21,940.96"),
            ("二、政府性基金预算", None),
            ("收入合计", "21,940.96"),
        ),
        "use_items": (
            ("一、基本支出", "13,979.92"),
            ("二、项目支出", "5,573.00"),
            ("三、单位预留机动经费", "2,388.04"),
            ("支出合计", "21,940.96"),
        ),
        "rows": (),
    },
    "fiscal_expenditure": {
        "concept": "fiscal_expenditure",
        "classification": "function",
        "tag": "公开05表",
        "heading": "公开 05 表：财政拨款支出预算表",
        "pages": [15, 16],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _FUNCTION_ROWS,
    },
    "fiscal_basic": {
        "concept": "fiscal_basic",
        "classification": "economic",
        "tag": "公开06表",
        "heading": "公开 06 表：财政拨款基本支出预算表",
        "pages": [16, 17],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _ECONOMIC_ROWS,
    },
    "general_public": {
        "concept": "general_public",
        "classification": "function",
        "tag": "公开07表",
        "heading": "公开 07 表：一般公共预算支出预算表",
        "pages": [17, 18],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _FUNCTION_ROWS,
    },
    "economic": {
        "concept": "economic",
        "classification": "economic",
        "tag": "公开08表",
        "heading": "公开 08 表：一般公共预算基本支出预算表",
        "pages": [18, 19],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _ECONOMIC_ROWS,
    },
    # title wraps: 公开 09 表：一般公共预算“三公”经费、会议费、培训费 / 支出预算表
    "sangong": {
        "concept": "sangong",
        "tag": "公开09表",
        "heading": "公开 09 表：一般公共预算“三公”经费、会议费、培训费支出预算表",
        "pages": [19],
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
                "1,384.74",
                "484.30",
                "100.00",
                "267.80",
                None,
                "267.80",
                "116.50",
                "200.44",
                "700.00",
            ),
        ),
    },
    # empty: 合计 blank, "此表为空" in the first body row, then 说明：本部门无相关收支项目。
    "gov_fund": {
        "concept": "gov_fund",
        "classification": "function",
        "tag": "公开10表",
        "heading": "公开 10 表：政府性基金支出预算表",
        "pages": [19],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "empty_note": "此表为空",
        "note_below": "说明：本部门无相关收支项目。",
        "rows": ((None, "合计", None),),
    },
    "agency_running": {
        "concept": "agency_running",
        "classification": "economic",
        "tag": "公开11表",
        "heading": "公开 11 表：一般公共预算机关运行经费支出预算表",
        "pages": [20],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (("科目编码", "科目名称", "机关运行经费支出"),),
        "columns": ("机关运行经费支出",),
        "rows": (
            (None, "合 计", "2,722.57"),
            ("302", "商品和服务支出", "2,722.57"),
            ("30201", "办公费", "130.00"),
            ("30205", "水费", "18.92"),
            ("30206", "电费", "262.00"),
            ("30207", "邮电费", "60.00"),
            ("30213", "维修（护）费", "65.00"),
            ("30215", "会议费", "200.44"),
            ("30217", "公务接待费", "36.50"),
            ("30218", "专用材料费", "30.00"),
            ("30228", "工会经费", "128.00"),
            ("30229", "福利费", "16.00"),
            ("30231", "公务用车运行维护费", "267.80"),
            ("30239", "其他交通费用", "468.37"),
            ("30299", "其他商品和服务支出", "994.54"),
            ("30211", "差旅费", "45.00"),
        ),
    },
    # narrow 品目/形式 columns: every cell wraps (分散自行组 / 织); an opening （ that starts
    # a cell's line is drawn compressed, like a half-width (, but is U+FF08 in the text
    # layer (打印设备（20 / 万以下）). No 工程. The
    # 物业管理服务 cell spans two rows (330.00 部门集中采购, 20.00 分散自行组织).
    "procurement": {
        "concept": "procurement",
        "classification": "labelled",
        "tag": "公开12表",
        "heading": "公开 12 表：政府采购支出预算表",
        "pages": [20, 21, 22, 23],
        "unit": "万元",
        "prepared_by": _DEPT,
        "header": (
            ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),
        ),
        "columns": ("总计",),
        "amount_from": 5,
        "rows": (
            ("合计", None, None, None, None, "3,096.24"),
            ("一、货物 A", None, None, None, None, "268.00"),
            (
                None,
                "网络、电子检务、实验室、机要通道、档案数字化系统运行维护费",
                "信息网络及软件购置更新",
                None,
                None,
                "60.00",
            ),
            (None, None, None, "PC 服务器", "部门集中采购", "40.00"),
            (None, None, None, "交换设备", "分散自行组织", "20.00"),
            (None, None, "专用设备购置", None, None, "40.00"),  # p21
            (None, None, None, "政法、检测专用设备", "分散自行组织", "20.00"),
            (None, None, None, "其他专用设备", "分散自行组织", "20.00"),
            (None, "办公、办案设备更新购置费", "办公设备购置", None, None, "146.00"),
            (None, None, None, "台式计算机（20 万以上）", "部门集中采购", "27.00"),
            (None, None, None, "便携式计算机（20 万以下）", "分散自行组织", "16.00"),
            (None, None, None, "打印设备（20 万以下）", "分散自行组织", "15.00"),
            (None, None, None, "复印机", "分散自行组织", "8.00"),
            (None, None, None, "其他办公设备", "分散自行组织", "60.00"),
            (None, None, None, "家具用具", "分散自行组织", "20.00"),
            (None, "办公办案设备更新购置费", "办公设备购置", None, None, "12.00"),
            (None, None, None, "台式计算机（20 万以上）", "分散自行组织", "12.00"),
            (None, "办公设备购置", "办公设备购置", None, None, "10.00"),
            (None, None, None, "台式计算机（20 万以下）", "政府集中采购", "1.60"),
            (None, None, None, "打印设备（20 万以下）", "政府集中采购", "1.00"),
            (None, None, None, "空调机（总预算 20 万以下）", "分散自行组织", "7.40"),
            ("三、服务 C", None, None, None, None, "2,828.24"),
            (
                None,
                "网络、电子检务、实验室、机要通道、档案数字化系统运行维护费",
                "信息网络及软件购置更新",
                None,
                None,
                "60.00",
            ),
            (None, None, None, "软件开发服务", "分散自行组织", "40.00"),
            (None, None, None, "信息系统集成实施服务", "分散自行组织", "20.00"),
            (None, None, "维修（护）费", None, None, "580.00"),  # p22
            (None, None, None, "数据处理服务", "分散自行组织", "100.00"),
            (None, None, None, "运行维护服务", "分散自行组织", "270.00"),
            (None, None, None, "信息技术咨询服务", "分散自行组织", "100.00"),
            (None, None, None, "其他信息技术服务", "分散自行组织", "110.00"),
            (None, None, "租赁费", None, None, "480.00"),
            (None, None, None, "电信服务", "分散自行组织", "320.00"),
            (None, None, None, "互联网信息服务", "分散自行组织", "70.00"),
            (None, None, None, "其他电信和信息传输服务", "分散自行组织", "90.00"),
            (None, "网络运行维护费", "维修（护）费", None, None, "4.00"),
            (None, None, None, "运行维护服务", "分散自行组织", "4.00"),
            (None, None, "租赁费", None, None, "16.00"),
            (None, None, None, "租赁服务（不带操作员）", "分散自行组织", "16.00"),
            (None, "交通运行费", "公务用车运行维护费", None, None, "267.80"),
            (None, None, None, "车辆维修和保养服务", "分散自行组织", "267.80"),
            (None, "物业管理费", "维修（护）费", None, None, "150.00"),
            (None, None, None, "空调、电梯维修和保养服务", "分散自行组织", "50.00"),
            (None, None, None, "其他维修和保养服务", "分散自行组织", "70.00"),
            (None, None, None, "环境服务", "分散自行组织", "30.00"),
            (None, None, "物业管理费", None, None, "370.00"),
            (None, None, None, "物业管理服务", "部门集中采购", "330.00"),
            (None, None, None, "物业管理服务", "分散自行组织", "20.00"),
            (None, None, None, "其他服务", "分散自行组织", "20.00"),
            (None, "商品和服务支出", "会议费", None, None, "200.44"),  # p23
            (None, None, None, "会议服务", "分散自行组织", "200.44"),
            (None, "检察教育培训经费", "培训费", None, None, "700.00"),
            (None, None, None, "教育服务", "分散自行组织", "700.00"),
        ),
    },
}

SANGONG = {
    "unit": "万元",
    "page": 19,
    "values": {
        "合计": "484.30",
        "因公出国（境）费": "100.00",
        "公务用车购置及运行费": "267.80",
        "公务用车购置费": None,
        "公务用车运行费": "267.80",
        "公务接待费": "116.50",
        "会议费": "200.44",
        "培训费": "700.00",
        "printed_total": "1,384.74",
        "机关运行经费": "2,722.57",
    },
}

# 第三部分 (pages 23-30). Changes against 上年 (the 2017 document: PREVIOUS).
NARRATIVE = {
    "heading": "第三部分 2018 年度部门预算情况说明",
    "pages": [23, 30],
    "approval": None,
    # 一 (p23-25)
    "total": "21,955.35",
    "total_change": ("增加", "3,958.67", "21.95"),
    "income_total": "21,955.35",
    "fiscal_income": "21,940.96",
    "general_public_income": "21,940.96",
    "general_public_income_change": ("增加", "3,959.28", "22"),
    "other_income": "14.39",
    "other_income_change": ("减少", "0.61", None),
    "expenditure_total": "21,955.35",
    "classes": {
        "204": {
            "name": "公共安全（类）",
            "amount": "16,458.75",  # all funds (table 公开01)
            "change": ("增加", "2,802.41", "20.52"),
        },
        "208": {
            "name": "社会保障和就业支出",
            "amount": "1,836.22",
            "change": ("减少", "184.96", "9.1"),  # printed 降幅 9.1%
            # "这一因素较上年减少部门支出 1,653 万元 … 增加部门预算 1,464.3 万元"
            "factors": {"pension_paid_by_fund": "1,653", "contributions": "1,464.3"},
        },
        "221": {
            "name": "住房保障支出",
            "amount": "3,660.38",
            "change": ("增加", "1,341.22", "57.83"),
        },
    },
    "basic": "13,994.31",
    "basic_change": ("增加", "1,670.85", "13.56"),
    "project": "5,573",
    "project_change": ("增加", "40", "0.72"),
    "reserve": "2,388.04",
    "reserve_change": ("增加", "2,247.84", None),  # 增长 16 倍; 上年 140.2 stated
    "reserve_previous": "140.2",
    "reserve_times": "16",
    # 二 (p25)
    "income_shares": {
        "一般公共预算收入": ("21,940.96", "99.94"),
        "其他资金": ("14.39", "0.06"),
    },
    # 三 (p25)
    "expenditure_shares": {
        "基本支出": ("13,994.31", "63.75"),
        "项目支出": ("5,573", "25.38"),
        "单位预留机动经费": ("2,388.04", "10.87"),
    },
    # 四 (p25)
    "fiscal_total": "21,940.96",
    "fiscal_total_change": ("增加", "3,958.98", "22"),
    # 五 (p26-27)
    "fiscal_expenditure": "21,940.96",
    "fiscal_expenditure_share": "99.94",
    "fiscal_expenditure_change": ("增加", "3,958.98", "22"),
    "kuan": {"20404": "16,444.36", "20805": "1,836.22", "22102": "3,660.38"},
    # 六 (p27)
    "fiscal_basic": "13,979.92",
    "fiscal_basic_personnel": "11,257.35",
    "fiscal_basic_public": "2,722.57",
    # 七 (p28)
    "general_public": "21,940.96",
    "general_public_change": ("增加", "3,958.98", "22"),
    # 八 (p28)
    "economic": "13,979.92",
    "economic_personnel": "11,257.35",
    "economic_public": "2,722.57",
    # 九 (p28-29)
    "sangong_shares": {
        "因公出国（境）费": ("100", "20.65"),
        "公务用车购置及运行费": ("267.8", "55.3"),
        "公务接待费": ("116.5", "24"),
    },
    "sangong_items": {
        "因公出国（境）费": ("100", ("与上年预算数相等", None, None)),
        "公务用车购置及运行费": ("267.8", None),
        "公务用车购置费": (None, ("2018 年无公务用车购置预算安排", None, None)),
        "公务用车运行费": ("267.8", ("与上年预算数一致", None, None)),
        "公务接待费": ("116.5", ("小于上年预算数", "40.05", None)),
        "会议费": ("200.44", ("增加", "32.44", None)),
        "培训费": ("700", ("与上年预算数一致", None, None)),
    },
    # 十 (p29)
    "gov_fund": "0",
    # 十一 (p29): 比上年相比减少
    "agency_running": "2,722.57",
    "agency_running_change": ("减少", "3,309.98", "54.9"),
    # 十二 (p30): no 工程 mentioned
    "procurement": {"total": "3,096.24", "goods": "268", "works": None, "services": "2,828.24"},
    # 十三 (p30)
    "performance": {"projects": 5, "amount": "5,086"},
    "state_capital": "2018 年本部门无国有资本经营预算收入。",
}

# 五 (p26-27): 项 under "检察（款）: 2018 年预算支出合计 16,444.36 万元。其中：".
NARRATIVE_ITEMS = (
    {
        "code": "2040401",
        "printed": "行政运行（项）",
        "amount": "10,883.36",
        "change": ("增加", "2,915.22", "36.58"),
        "page": 26,
    },
    {
        "code": "2040402",
        "printed": "一般行政管理事务（项）",
        "amount": "3,666",
        "change": ("增加", "21.8", "0.06"),
        "page": 26,
    },
    {
        "code": "2040405",
        "printed": "公诉、审判、侦查、执行等检察监督支出（项）",
        "amount": "1,895",
        "change": ("减少", "134", "0.66"),
        "page": 26,
    },
    {
        "code": "2080504",
        "printed": "未归口管理行政单位离退休费（项）",  # table: 未归口管理的行政单位离退休
        "amount": "371.92",
        "change": ("减少", "1,649.26", "81.6"),
        "page": 26,
    },
    {
        "code": "2080505",
        "printed": "机关事业单位基本养老保险缴费（项）",
        "amount": "1,045.93",
        "change": ("增加", "1,045.93", None),
        "page": 27,
    },
    {
        "code": "2080506",
        "printed": "机关事业单位职业年金缴费（项）",
        "amount": "418.37",
        "change": ("增加", "418.37", None),
        "page": 27,
    },
    {
        "code": "2210201",
        "printed": "住房公积金(项)",
        "amount": "1,073.77",
        "change": None,
        "page": 27,
    },
    {
        "code": "2210202",
        "printed": "提租补贴(项)",
        "amount": "2,586.61",
        "change": None,
        "page": 27,
    },
)

_P = f"@{PREVIOUS} "
_F = "fiscal_expenditure"
# 2017's 2040404 + 2040405 + 2040406 + 2040499, which 2018's 2040405 replaces
_OLD_0405 = [_P + f"{_F}/{c}" for c in ("2040404", "2040405", "2040406", "2040499")]

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
        f"{_F}/204",
        "finance_summary.income_items/三、其他资金",
    ),
    eq("功能分类 208", "finance_summary.function_items/八、社会保障和就业支出", f"{_F}/208"),
    eq("功能分类 221", "finance_summary.function_items/十八、住房保障支出", f"{_F}/221"),
    eq(
        "基本支出 (all funds) = 财政拨款 基本支出 + 其他资金",
        "finance_summary.use_items/一、基本支出",
        "fiscal_summary.use_items/一、基本支出",
        "finance_summary.income_items/三、其他资金",
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
    eq("05 合计 = 财政拨款支出合计", f"{_F}/合计", "fiscal_summary.use_items/支出合计"),
    eq("07 合计 = 05 合计 − 政府性基金", "general_public/合计", f"{_F}/合计", "-gov_fund/合计"),
    eq(
        "06 合计 = 财政拨款 基本支出", "fiscal_basic/合 计", "fiscal_summary.use_items/一、基本支出"
    ),
    eq("08 合计 = 06 合计", "economic/合 计", "fiscal_basic/合 计"),
    eq("机关运行经费 = 基本支出 302", "agency_running/合 计", "economic/302"),
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
    eq("培训费 = 政府采购 检察教育培训经费", "S:培训费", "procurement/检察教育培训经费"),
    eq("SANGONG 机关运行经费", "S:机关运行经费", "agency_running/合 计"),
    # narrative against the tables
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
    eq("narrative 208", "N:classes.208.amount", f"{_F}/208"),
    eq("narrative 221", "N:classes.221.amount", f"{_F}/221"),
    eq("narrative basic", "N:basic", "expenditure/#0/1"),
    eq("narrative project", "N:project", "expenditure/#0/2"),
    eq("narrative reserve", "N:reserve", "expenditure/#0/3"),
    eq("narrative 20404", "N:kuan.20404", f"{_F}/20404"),
    eq("narrative 20805", "N:kuan.20805", f"{_F}/20805"),
    eq("narrative 22102", "N:kuan.22102", f"{_F}/22102"),
    *(
        eq(f"narrative {c}", f"I:{c}.amount", f"{_F}/{c}")
        for c in (
            "2040401",
            "2040402",
            "2040405",
            "2080504",
            "2080505",
            "2080506",
            "2210201",
            "2210202",
        )
    ),
    eq(
        "narrative 208 factor: contributions 1,464.3 = 2080505 + 2080506",
        "N:classes.208.factors.contributions",
        f"{_F}/2080505",
        f"{_F}/2080506",
    ),
    eq(
        "narrative: total change = 一般公共预算 + 其他资金 changes",
        "N:total_change.1",
        "N:general_public_income_change.1",
        "-N:other_income_change.1",
    ),
    eq(
        "narrative: Σ 类 changes (all funds) = total change",
        "N:total_change.1",
        "N:classes.204.change.1",
        "-N:classes.208.change.1",
        "N:classes.221.change.1",
    ),
    eq(
        "narrative: 208 change = Σ its 项 changes",
        "-N:classes.208.change.1",
        "-I:2080504.change.1",
        "I:2080505.change.1",
        "I:2080506.change.1",
    ),
    pct(
        "一般公共预算 +22% (no decimals)",
        "22",
        "N:general_public_income_change.1",
        ["N:general_public_income", "-N:general_public_income_change.1"],
    ),
    pct(
        "204 +20.52%",
        "20.52",
        "N:classes.204.change.1",
        ["N:classes.204.amount", "-N:classes.204.change.1"],
    ),
    pct(
        "208 降幅 9.1%: cut (see PROBLEMS)",
        "9.1",
        "N:classes.208.change.1",
        ["N:classes.208.amount", "N:classes.208.change.1"],
        rule="truncate",
    ),
    pct(
        "221 +57.83%",
        "57.83",
        "N:classes.221.change.1",
        ["N:classes.221.amount", "-N:classes.221.change.1"],
    ),
    pct("基本 +13.56%", "13.56", "N:basic_change.1", ["N:basic", "-N:basic_change.1"]),
    pct("项目 +0.72%", "0.72", "N:project_change.1", ["N:project", "-N:project_change.1"]),
    pct(
        "2040401 +36.58%: cut (see PROBLEMS)",
        "36.58",
        "I:2040401.change.1",
        ["I:2040401.amount", "-I:2040401.change.1"],
        rule="truncate",
    ),
    pct(
        "2080504 −81.6%",
        "81.6",
        "I:2080504.change.1",
        ["I:2080504.amount", "I:2080504.change.1"],
    ),
    pct("项目支出 share 25.38%", "25.38", "N:expenditure_shares.项目支出.0", "N:expenditure_total"),
    pct(
        "机动 share 10.87%: cut",
        "10.87",
        "N:expenditure_shares.单位预留机动经费.0",
        "N:expenditure_total",
        rule="truncate",
    ),
    pct("其他资金 share 0.06%: cut", "0.06", "N:other_income", "N:income_total", rule="truncate"),
    pct("三公 出国 20.65%", "20.65", "S:因公出国（境）费", "S:合计"),
    pct("三公 车辆 55.3%", "55.3", "S:公务用车购置及运行费", "S:合计"),
    pct("三公 接待 24%", "24", "S:公务接待费", "S:合计"),
    # stated changes against the 2017 document
    prev("total against 2017", "N:total", "N:total_change", _P + "N:total"),
    prev(
        "一般公共预算 against 2017",
        "N:general_public_income",
        "N:general_public_income_change",
        _P + "finance_summary.income_items/1.一般公共预算",
    ),
    prev(
        "其他资金 against 2017",
        "N:other_income",
        "N:other_income_change",
        _P + "finance_summary.income_items/三、其他资金",
    ),
    prev(
        "204 (all funds) against 2017",
        "N:classes.204.amount",
        "N:classes.204.change",
        _P + "finance_summary.function_items/四、公共安全支出",
    ),
    prev("208 against 2017", "N:classes.208.amount", "N:classes.208.change", _P + f"{_F}/208"),
    prev("221 against 2017", "N:classes.221.amount", "N:classes.221.change", _P + f"{_F}/221"),
    prev("项目 against 2017", "N:project", "N:project_change", _P + "expenditure/#0/2"),
    prev("机动 against 2017", "N:reserve", "N:reserve_change", _P + "expenditure/#0/3"),
    eq("机动: stated 上年 140.2 = 2017", "N:reserve_previous", _P + "expenditure/#0/3"),
    prev("2040401 against 2017", "I:2040401.amount", "I:2040401.change", _P + f"{_F}/2040401"),
    prev("2040402 against 2017", "I:2040402.amount", "I:2040402.change", _P + f"{_F}/2040402"),
    prev(
        "2040405 against 2017's 2040404 + 2040405 + 2040406 + 2040499 (classification change)",
        "I:2040405.amount",
        "I:2040405.change",
        _OLD_0405,
    ),
    prev("2080504 against 2017", "I:2080504.amount", "I:2080504.change", _P + f"{_F}/2080504"),
    prev("2080505 new", "I:2080505.amount", "I:2080505.change", "0"),
    prev("2080506 new", "I:2080506.amount", "I:2080506.change", "0"),
    prev(
        "机关运行经费 against 2017",
        "N:agency_running",
        "N:agency_running_change",
        _P + "agency_running/合计",
    ),
    pct(
        "机关运行经费 −54.9%",
        "54.9",
        "N:agency_running_change.1",
        ["N:agency_running", "N:agency_running_change.1"],
    ),
    prev(
        "运行 against 2017",
        "N:sangong_items.公务用车运行费.0",
        "N:sangong_items.公务用车运行费.1",
        _P + "S:公务用车运行费",
    ),
    prev(
        "接待 against 2017",
        "N:sangong_items.公务接待费.0",
        "N:sangong_items.公务接待费.1",
        _P + "S:公务接待费",
    ),
    prev(
        "会议费 against 2017",
        "N:sangong_items.会议费.0",
        "N:sangong_items.会议费.1",
        _P + "S:会议费",
    ),
    prev(
        "培训费 against 2017",
        "N:sangong_items.培训费.0",
        "N:sangong_items.培训费.1",
        _P + "S:培训费",
    ),
    eq("narrative fiscal_total", "N:fiscal_total", "fiscal_summary.income_items/收入合计"),
    eq("narrative fiscal_expenditure", "N:fiscal_expenditure", f"{_F}/合计"),
    eq(
        "narrative 人员经费 = 301 + 303",
        "N:fiscal_basic_personnel",
        "fiscal_basic/301",
        "fiscal_basic/303",
    ),
    eq("narrative 公用经费 = 302", "N:fiscal_basic_public", "fiscal_basic/302"),
    eq("narrative 基本支出 (财政拨款)", "N:fiscal_basic", "fiscal_basic/合 计"),
    eq("narrative 一般公共预算", "N:general_public", "general_public/合计"),
    eq("narrative 政府性基金 0", "N:gov_fund", "gov_fund/合计"),
    eq("narrative economic", "N:economic", "economic/合 计"),
    eq("narrative economic 人员经费", "N:economic_personnel", "economic/301", "economic/303"),
    eq("narrative 机关运行经费", "N:agency_running", "agency_running/合 计"),
    eq("narrative 三公 出国", "N:sangong_shares.因公出国（境）费.0", "S:因公出国（境）费"),
    eq("narrative 三公 车辆", "N:sangong_shares.公务用车购置及运行费.0", "S:公务用车购置及运行费"),
    eq("narrative 三公 接待", "N:sangong_shares.公务接待费.0", "S:公务接待费"),
    eq("narrative 会议费", "N:sangong_items.会议费.0", "S:会议费"),
    eq("narrative 培训费", "N:sangong_items.培训费.0", "S:培训费"),
    eq("政府采购 total", "N:procurement.total", "procurement/合计"),
    eq("政府采购 货物", "N:procurement.goods", "procurement/一、货物 A"),
    eq("政府采购 服务", "N:procurement.services", "procurement/三、服务 C"),
    eq(
        "政府采购 货物 + 服务 = total",
        "N:procurement.total",
        "N:procurement.goods",
        "N:procurement.services",
    ),
)

PROBLEMS = (
    problem(
        pct("total stated +21.95%", "21.95", "N:total_change.1", ["N:total", "-N:total_change.1"]),
        where="p23, 一: 21,955.35 万元, 各增加 3,958.67 万元, 增长 21.95%",
        computed="22.00",
        difference="-0.05",
        verdict="error",
        note="3,958.67 ÷ 17,996.68 = 21.997%; the amount agrees with the 2017 document.",
    ),
    problem(
        prev(
            "财政拨款 stated increase 3,958.98",
            "N:fiscal_total",
            "N:fiscal_total_change",
            _P + "fiscal_summary.income_items/收入合计",
        ),
        where="p25 四, p26 五 and p28 七: 21,940.96 万元, 各增加 3,958.98 万元, 增长 22%",
        difference="0.30",
        verdict="error",
        note="21,940.96 − 17,981.68 (2017) = 3,959.28, as section 一 (p23) itself states for "
        "一般公共预算收入. The same wrong figure three times: one error.",
    ),
    problem(
        prev(
            "基本支出 stated increase 1,670.85",
            "N:basic",
            "N:basic_change",
            _P + "expenditure/#0/1",
        ),
        where="p24: 基本支出预算数为 13,994.31 万元, 与上年相比增加 1,670.85 万元",
        difference="-0.02",
        verdict="error",
        note="13,994.31 − 12,323.48 (2017 tables) = 1,670.83; 1,670.85 is taken from the 2017 "
        "narrative's misprinted 12323.46. The 13.56% holds either way.",
    ),
    problem(
        eq(
            "narrative: 基本 + 项目 + 机动 changes = total change",
            "N:total_change.1",
            "N:basic_change.1",
            "N:project_change.1",
            "N:reserve_change.1",
        ),
        where="p23-25: 3,958.67 against 1,670.85 + 40 + 2,247.84 = 3,958.69",
        difference="-0.02",
        verdict="note",
        note="A consequence of the 1,670.85 entry above.",
    ),
    problem(
        pct(
            "2040402 stated +0.06%",
            "0.06",
            "I:2040402.change.1",
            ["I:2040402.amount", "-I:2040402.change.1"],
        ),
        where="p26, 五 (一) 2: 3,666 万元, 增加 21.8 万元, 增长 0.06%",
        computed="0.60",
        difference="-0.54",
        verdict="error",
        note="21.8 ÷ 3,644.20 = 0.598%: a factor of ten (0.06 for 0.60).",
    ),
    problem(
        pct(
            "2040405 stated 降幅 0.66%",
            "0.66",
            "I:2040405.change.1",
            ["I:2040405.amount", "I:2040405.change.1"],
        ),
        where="p26, 五 (一) 3: 1,895 万元, 减少 134 万元, 降幅 0.66%",
        computed="6.60",
        difference="-5.94",
        verdict="error",
        note="134 ÷ 2,029 = 6.604%: a factor of ten (0.66 for 6.60). The 134 holds against "
        "2017's four 项 (HOLDS).",
    ),
    problem(
        prev(
            "三公 因公出国（境）费 '与上年预算数相等'",
            "N:sangong_items.因公出国（境）费.0",
            "N:sangong_items.因公出国（境）费.1",
            _P + "S:因公出国（境）费",
        ),
        where="p28-29, 九 1: 因公出国（境）费预算支出 100 万元，与上年预算数相等",
        difference="-10.00",
        verdict="error",
        note="The 2017 document budgets 110.00 (p16 table, p22 narrative): 100 is 10 less.",
    ),
    problem(
        pct(
            "208 stated 降幅 9.1%",
            "9.1",
            "N:classes.208.change.1",
            ["N:classes.208.amount", "N:classes.208.change.1"],
        ),
        where="p24, 一 (二) 2: 减少 184.96 万元, 降幅 9.1%",
        computed="9.2",
        difference="-0.1",
        verdict="truncation",
        note="184.96 ÷ 2,021.18 = 9.151%.",
    ),
    problem(
        pct(
            "2040401 stated +36.58%",
            "36.58",
            "I:2040401.change.1",
            ["I:2040401.amount", "-I:2040401.change.1"],
        ),
        where="p26, 五 (一) 1: 增加 2,915.22 万元, 增长 36.58%",
        computed="36.59",
        difference="-0.01",
        verdict="truncation",
        note="2,915.22 ÷ 7,968.14 = 36.586%.",
    ),
    problem(
        pct("其他资金 share 0.06%", "0.06", "N:other_income", "N:income_total"),
        where="p25, 二: 其他资金 14.39 万元, 占 0.06%",
        computed="0.07",
        difference="-0.01",
        verdict="truncation",
        note="14.39 ÷ 21,955.35 = 0.0655%.",
    ),
    problem(
        pct("一般公共预算 share 99.94%", "99.94", "N:general_public_income", "N:income_total"),
        where="p25, 二 (and p26 五: 财政拨款 占本年支出合计的 99.94%)",
        computed="99.93",
        difference="0.01",
        verdict="note",
        note="21,940.96 ÷ 21,955.35 = 99.934%: forced to 100 − 0.06.",
    ),
    problem(
        pct(
            "机动 share 10.87%",
            "10.87",
            "N:expenditure_shares.单位预留机动经费.0",
            "N:expenditure_total",
        ),
        where="p25, 三: 2,388.04 ÷ 21,955.35 = 10.877%",
        computed="10.88",
        difference="-0.01",
        verdict="truncation",
    ),
    problem(
        pct(
            "基本支出 share 63.75%",
            "63.75",
            "N:expenditure_shares.基本支出.0",
            "N:expenditure_total",
        ),
        where="p25, 三: 13,994.31 ÷ 21,955.35 = 63.740%",
        computed="63.74",
        difference="0.01",
        verdict="note",
        note="Forced: 100 − 25.38 − 10.87 = 63.75.",
    ),
    note(
        "208 factor 1,653 does not reconcile",
        "p24, 一 (二) 2: 退休人员基本养老金 … 较上年减少部门支出 1,653 万元 … 增加部门预算 "
        "1,464.3 万元",
        note="−1,653 + 1,464.3 = −188.7 against the stated −184.96; the 项 figure is −1,649.26 "
        "(2080504). Stated as a rough factor; not an identity.",
    ),
    note(
        "titles differ from the contents",
        "contents 十 政府性基金财政拨款支出预算表 vs 公开10表 政府性基金支出预算表; contents "
        "一 主要职能 / 二 …设置和… / 三 2018 年度部门主要工作任务及目标 vs headings 主要职责 "
        "(p3) / …设置及… (p4) / 2018 年主要工作任务 (p6)",
    ),
    note(
        "amount printed without thousands separator",
        "p16 and p17: 2040405 1895.00 among 1,xxx.xx amounts",
        note="A reader must accept both forms in one column.",
    ),
)

NOT_PROBLEMS = (
    "2040405 −134 against 2017: the 2018 classification folds 2017's 2040404 查办和预防职务"
    "犯罪, 2040405 公诉和审判监督, 2040406 侦查监督 and 2040499 其他检察支出 into 2040405 "
    "公诉、审判、侦查、执行等检察监督支出; 2,029 − 1,895 = 134 (HOLDS). A crosswalk entry.",
    "机关运行经费 −3,309.98 against 2017's 6,032.55: the 口径 changed (p29); the figure holds.",
    "增长 16 倍: 2,247.84 ÷ 140.2 = 16.03 times; right as a whole number of times.",
    "Three 三公 shares 20.65 + 55.3 + 24 = 99.95 each round correctly at their own places.",
    "绩效: 5 projects, 5,086 万元 (项目支出 5,573): not comparable to a table figure.",
)
