"""What js-prov-highcourt-2018-dept.pdf prints, copied from its page images.

Ground truth for issue 18 (Jiangsu provincial 部门预算), same conventions as
js_prov_highcourt_2017_dept: read on the page images (pdftoppm -r 110), compared with
``pdftotext -layout`` (every amount of the table pages agrees with the text layer),
amounts as printed in 万元, blank = None, rows (code, name, *amounts) with the 合计 row
where it is printed.

A Word 2007 document, 25 portrait A4 pages, nothing rotated; the cover (p1) holds only
the title (on two lines) and the date 2018 年 2 月 24 日, the contents are on p2. Font
names are GBK mojibake as in 2017; the text layer turns the 批复 number 苏财预〔2018〕13 号
(p16) into ``苏财预„2018‟13 号`` and splits 名词解释 八 ("八、" / "“三公”经费").
Compared with 2017: titles drop 部门 ("一、2018 年度江苏省高级人民法院收支预算总表");
the order of tables 七-十二 changes (一般公共预算 tables before 三公, then 政府性基金, then
机关运行经费); 政府性基金 is titled 政府性基金预算财政拨款支出预算表; a section 十三、
其他重要事项说明 (绩效目标) follows the tables' sections.
"""

from tests.real.expected.jiangsu_terms import eq, item, note, pct, prev, problem, tree

SOURCE = "js-prov-highcourt-2018-dept.pdf"

PAGE_COUNT = 25

PREVIOUS = "js_prov_highcourt_2017_dept"

IDENTITY = {
    "department": "江苏省高级人民法院",
    "year": 2018,
    "kind": "部门预算",
    "title": "2018 年度江苏省高级人民法院预算公开",  # two lines: …高级 / 人民法院预算公开
    "title_page": 1,
    "date": "2018 年 2 月 24 日",
    "department_named_in": ("title", "contents", "part headings", "table titles"),
    "department_line": None,
}

TOC = {
    "page": 2,
    "heading": "目 录",
    "dot_leaders": False,
    "page_numbers": False,
    "parts": (
        "第一部分 部门概况",
        "第二部分 江苏省高级人民法院 2018 年度预算表",
        "第三部分 江苏省高级人民法院 2018 年度预算安排情况说明",  # p16 heading: …年度预算情况说明
        "第四部分 名词解释",
    ),
    "part_one_entries": (
        "一、主要职能。",
        "二、2018 年度部门主要工作任务及目标。",
        "三、部门机构设置和所属单位情况。",
        "四、部门收支预算编制的相关依据及测算分析情况。",
    ),
    # entries carry year and department; 九, 十, 十一 wrap onto a second line
    "table_entries": (
        "一、2018 年度江苏省高级人民法院收支预算总表",
        "二、2018 年度江苏省高级人民法院收入预算总表",
        "三、2018 年度江苏省高级人民法院支出预算总表",
        "四、2018 年度江苏省高级人民法院财政拨款收支预算总表",
        "五、2018 年度江苏省高级人民法院财政拨款支出预算表",
        "六、2018 年度江苏省高级人民法院财政拨款基本支出预算表",
        "七、2018 年度江苏省高级人民法院一般公共预算支出预算表",
        "八、2018 年度江苏省高级人民法院一般公共预算基本支出预算表",
        "九、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支出预算表",
        "十、2018 年度江苏省高级人民法院政府性基金预算财政拨款支出预算表",
        "十一、2018 年度江苏省高级人民法院一般公共预算机关运行经费支出预算表",
        "十二、2018 年度江苏省高级人民法院政府采购支出预算表",  # table: …政府采购预算表
    ),
}

SECTIONS = (
    ("第一部分 部门概况", 3),
    ("一、主要职能", 3),
    ("二、2018 年度部门主要工作任务及目标", 4),
    ("三、部门机构设置和所属单位情况", 6),
    ("四、部门收支预算编制的相关依据及测算分析情况", 8),
    ("第二部分 江苏省高级人民法院 2018 年度预算表", 9),
    ("第三部分 江苏省高级人民法院 2018 年度预算情况说明", 16),  # on two lines
    ("十三、其他重要事项说明", 24),
    ("第四部分 名词解释", 24),
)

_FUNCTION_ROWS = (
    (None, "合计", "33,172.15"),
    ("204", "公共安全支出", "26,200.88"),
    ("20405", "法院", "26,200.88"),
    ("2040501", "行政运行", "14,857.61"),
    ("2040502", "一般行政管理事务", "6,049.97"),
    ("2040503", "机关服务", "1,600.00"),
    ("2040504", "案件审判", "1,833.30"),
    ("2040505", "案件执行", "950.00"),
    ("2040599", "其他法院支出", "910.00"),
    ("208", "社会保障和就业支出", "2,254.76"),
    ("20805", "行政事业单位离退休", "2,254.76"),
    ("2080504", "未归口管理的行政单位离退休", "397.23"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "1,326.81"),
    ("2080506", "机关事业单位职业年金缴费支出", "530.72"),
    ("221", "住房保障支出", "4,716.51"),
    ("22102", "住房改革支出", "4,716.51"),
    ("2210201", "住房公积金", "1,398.26"),
    ("2210202", "提租补贴", "3,318.25"),
)

_ECONOMIC_ROWS = (
    (None, "合计", "18,570.82"),
    ("301", "工资福利支出", "13,747.87"),
    ("30101", "基本工资", "2,679.68"),
    ("30102", "津贴补贴", "6,494.60"),
    ("30103", "奖金", "219.49"),
    ("30107", "绩效工资", "77.66"),
    ("30108", "机关事业单位基本养老保险缴费", "1,326.81"),
    ("30109", "职业年金缴费", "530.72"),
    ("30112", "其他社会保障缴费", "74.56"),
    ("30113", "住房公积金", "1,398.26"),
    ("30114", "医疗费", "331.32"),
    ("30199", "其他工资福利支出", "614.77"),
    ("302", "商品和服务支出", "3,407.38"),
    ("30201", "办公费", "350.00"),
    ("30205", "水费", "34.00"),
    ("30206", "电费", "266.00"),
    ("30207", "邮电费", "119.00"),
    ("30211", "差旅费", "305.00"),
    ("30213", "维修（护）费", "550.00"),
    ("30215", "会议费", "111.54"),
    ("30216", "培训费", "45.37"),
    ("30217", "公务接待费", "48.95"),
    ("30218", "专用材料费", "40.00"),
    ("30228", "工会经费", "410.00"),
    ("30229", "福利费", "111.00"),
    ("30231", "公务用车运行维护费", "266.80"),
    ("30239", "其他交通费用", "596.38"),
    ("30299", "其他商品和服务支出", "153.34"),
    ("303", "对个人和家庭的补助", "1,415.57"),
    ("30301", "离休费", "461.60"),
    ("30302", "退休费", "744.51"),
    ("30305", "生活补助", "202.78"),
    ("30307", "医疗费补助", "4.76"),
    ("30309", "奖励金", "1.92"),
)

# Tags 一、…十二、; titles "<tag>2018 年度江苏省高级人民法院<name>" (九 and 十二: "2018 年").
# No 编制部门 line; 单位：万元 above each table.
TABLES = {
    # finance_summary: as in 2017 (功能分类 | 支出用途), 三、单位预留机动经费 wraps in its cell.
    "finance_summary": {
        "concept": "finance_summary",
        "tag": "一、",
        "heading": "一、2018 年度江苏省高级人民法院收支预算总表",
        "pages": [9, 10],
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
            ("一、财政拨款", "33,172.15"),
            ("1.一般公共预算", "33,172.15"),
            ("2.政府性基金预算", None),
            ("二、财政专户管理资金", None),
            ("三、其他资金", None),
            ("当年收入小计", "33,172.15"),
            ("上年结转资金", None),
            ("收入合计", "33,172.15"),
        ),
        "function_items": (
            ("一、一般公共服务支出", None),
            ("二、外交支出", None),
            ("三、国防支出", None),
            ("四、公共安全支出", "26,200.88"),
            ("五、教育支出", None),
            ("六、科学技术支出", None),
            ("七、文化体育与传媒支出", None),
            ("八、社会保障和就业支出", "2,254.76"),
            ("九、医疗卫生与计划生育支出", None),
            ("十、节能环保支出", None),
            ("十一、城乡社区支出", None),
            ("十二、农林水支出", None),
            ("十三、交通运输支出", None),
            ("十四、资源勘探信息等支出", None),
            ("十五、商业服务业等支出", None),
            ("十六、金融支出", None),
            ("十七、国土海洋气象等支出", None),
            ("十八、住房保障支出", "4,716.51"),  # page 10
            ("十九、粮油物资储备支出", None),
            ("二十、其他支出", None),
        ),
        "use_items": (
            ("一、基本支出", "18,570.82"),
            ("二、项目支出", "11,343.27"),
            ("三、单位预留机动经费", "3,258.06"),  # wrapped: 三、单位预留机动经 / 费
        ),
        "expenditure_totals": (
            ("当年支出小计", "33,172.15"),
            ("结转下年资金", None),
            ("支出合计", "33,172.15"),
        ),
        "rows": (),
    },
    "income": {
        "concept": "income",
        "classification": "labelled",
        "tag": "二、",
        "heading": "二、2018 年度江苏省高级人民法院收入预算总表",
        "pages": [10],
        "unit": "万元",
        "prepared_by": None,
        "header": (("项目名称", "", "金额"),),
        "columns": ("金额",),
        "rows": (
            (None, "收入总计", "33,172.15"),
            ("一般公共预算资金", "小计", "33,172.15"),
            ("一般公共预算资金", "公共财政拨款(补助)资金", "33,172.15"),
            ("一般公共预算资金", "专项收入", None),
            ("政府性基金", "小计", None),
            ("财政专户管理资金", "小计", None),
            ("财政专户管理资金", "专户管理教育收费", None),
            ("财政专户管理资金", "其他非税收入", None),
            ("其他资金", "小计", None),
            ("其他资金", "事业收入", None),
            ("其他资金", "经营收入", None),
            ("其他资金", "其他收入", None),
            ("其他资金", "债务资金(银行贷款)", None),
            ("上年结转和结余资金", "小计", None),
            ("上年结转和结余资金", "其中：动用上年结转和结余资金", None),
        ),
    },
    "expenditure": {
        "concept": "expenditure",
        "classification": None,
        "tag": "三、",
        "heading": "三、2018 年度江苏省高级人民法院支出预算总表",
        "pages": [10],
        "unit": "万元",
        "prepared_by": None,
        "header": (("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),),
        "columns": ("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        "rows": ((None, None, "33,172.15", "18,570.82", "11,343.27", "3,258.06", None),),
    },
    # fiscal_summary: heading on p10, the table on p11 (header 收入 | 支出 at the foot of
    # p10, 项目名称… on p11).
    "fiscal_summary": {
        "concept": "fiscal_summary",
        "tag": "四、",
        "heading": "四、2018 年度江苏省高级人民法院财政拨款收支预算总表",
        "pages": [10, 11],
        "unit": "万元",
        "prepared_by": None,
        "header": (("收入", "支出"), ("项目名称", "金额", "支出用途"), ("项目名称", "金额")),
        "columns": ("金额",),
        "lists": ("income_items", "use_items"),
        "income_items": (
            ("一、一般公共预算", "33,172.15"),
            ("二、政府性基金预算", None),
            ("收入合计", "33,172.15"),
        ),
        "use_items": (
            ("一、基本支出", "18,570.82"),
            ("二、项目支出", "11,343.27"),
            ("三、单位预留机动经费", "3,258.06"),
            ("支出合计", "33,172.15"),
        ),
        "rows": (),
    },
    "fiscal_expenditure": {
        "concept": "fiscal_expenditure",
        "classification": "function",
        "tag": "五、",
        "heading": "五、2018 年度江苏省高级人民法院财政拨款支出预算表",
        "pages": [11],
        "unit": "万元",
        "prepared_by": None,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _FUNCTION_ROWS,
    },
    "fiscal_basic": {
        "concept": "fiscal_basic",
        "classification": "economic",
        "tag": "六、",
        "heading": "六、2018 年度江苏省高级人民法院财政拨款基本支出预算表",
        "pages": [11, 12],  # 30108 onwards on p12
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _ECONOMIC_ROWS,
    },
    "general_public": {
        "concept": "general_public",
        "classification": "function",
        "tag": "七、",
        "heading": "七、2018 年度江苏省高级人民法院一般公共预算支出预算表",
        "pages": [12, 13],  # 2040504 onwards on p13
        "unit": "万元",
        "prepared_by": None,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _FUNCTION_ROWS,
    },
    "economic": {
        "concept": "economic",
        "classification": "economic",
        "tag": "八、",
        "heading": "八、2018 年度江苏省高级人民法院一般公共预算基本支出预算表",
        "pages": [13, 14],  # 30231 onwards on p14
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "金额"),),
        "columns": ("金额",),
        "rows": _ECONOMIC_ROWS,
    },
    "sangong": {
        "concept": "sangong",
        "tag": "九、",
        "heading": "九、2018 年江苏省高级人民法院“三公”经费、会议费、培训费支出预算表",
        "pages": [14],
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
                "2,558.26",
                "620.75",
                "170.00",
                "266.80",
                None,
                "266.80",
                "183.95",
                "271.26",
                "1,666.25",
            ),
        ),
    },
    # gov_fund: titled 政府性基金预算财政拨款支出预算表; empty (合计 row, blank cell).
    "gov_fund": {
        "concept": "gov_fund",
        "classification": "function",
        "tag": "十、",
        "heading": "十、2018 年度江苏省高级人民法院政府性基金预算财政拨款支出预算表",
        "pages": [14],
        "unit": "万元",
        "prepared_by": None,
        "header": (("功能科目代码", "功能科目名称", "金额"),),
        "columns": ("金额",),
        "empty_note": None,
        "rows": ((None, "合计", None),),
    },
    # agency_running: in 2018 exactly the 302 rows of the basic tables (the narrative's
    # new 口径, p23).
    "agency_running": {
        "concept": "agency_running",
        "classification": "economic",
        "tag": "十一、",
        "heading": "十一、2018 年度江苏省高级人民法院一般公共预算机关运行经费支出预算表",
        "pages": [14, 15],  # 30231 onwards on p15
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "机关运行经费支出"),),
        "columns": ("机关运行经费支出",),
        "rows": (
            (None, "合计", "3,407.38"),
            ("302", "商品和服务支出", "3,407.38"),
            ("30201", "办公费", "350.00"),
            ("30205", "水费", "34.00"),
            ("30206", "电费", "266.00"),
            ("30207", "邮电费", "119.00"),
            ("30211", "差旅费", "305.00"),
            ("30213", "维修（护）费", "550.00"),
            ("30215", "会议费", "111.54"),
            ("30216", "培训费", "45.37"),
            ("30217", "公务接待费", "48.95"),
            ("30218", "专用材料费", "40.00"),
            ("30228", "工会经费", "410.00"),
            ("30229", "福利费", "111.00"),
            ("30231", "公务用车运行维护费", "266.80"),
            ("30239", "其他交通费用", "596.38"),
            ("30299", "其他商品和服务支出", "153.34"),
        ),
    },
    # procurement: as in 2017; the 网络通讯维护及专用线路租赁费 project has two 经济科目
    # (维修（护）费 607.10, 租赁费 370.00), 物业管理费 two 品目 rows.
    "procurement": {
        "concept": "procurement",
        "classification": "labelled",
        "tag": "十二、",
        "heading": "十二、2018 年江苏省高级人民法院政府采购预算表",
        "pages": [15, 16],
        "unit": "万元",
        "prepared_by": None,
        "header": (
            ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),
        ),
        "columns": ("总计",),
        "amount_from": 5,
        "rows": (
            ("合计", None, None, None, None, "4,641.62"),
            ("一、货物 A", None, None, None, None, "962.86"),
            (None, "信息网络建设维护费", "信息网络及软件购置更新", None, None, "676.00"),
            (None, None, None, "其他计算机设备及软件", "政府集中采购", "676.00"),
            (None, "办公设备购置", "办公设备购置", None, None, "10.00"),
            (None, None, None, "其他办公设备", "分散自行组织", "10.00"),
            (None, "设备购置费", "办公设备购置", None, None, "266.86"),
            (None, None, None, "其他通用设备", "部门集中采购", "266.86"),
            (None, "人员分类管理改革经费", "被装购置费", None, None, "10.00"),
            (None, None, None, "纺织原料、毛皮、被服装具", "分散自行组织", "10.00"),
            ("二、工程 B", None, None, None, None, "539.00"),
            (None, "商品和服务支出", "维修（护）费", None, None, "530.00"),
            (None, None, None, "修缮工程", "分散自行组织", "530.00"),
            (None, "审判专项业务费", "维修（护）费", None, None, "9.00"),
            (None, None, None, "修缮工程", "分散自行组织", "9.00"),
            ("三、服务 C", None, None, None, None, "3,139.76"),
            (None, "应用软件购建费", "信息网络及软件购置更新", None, None, "622.00"),
            (None, None, None, "软件开发服务", "政府集中采购", "622.00"),
            (None, "网络通讯维护及专用线路租赁费", "维修（护）费", None, None, "607.10"),
            (None, None, None, "运行维护服务", "分散自行组织", "607.10"),
            (None, None, "租赁费", None, None, "370.00"),
            (None, None, None, "其他电信和信息传输服务", "分散自行组织", "370.00"),
            (None, "商品和服务支出", "维修（护）费", None, None, "18.00"),
            (None, None, None, "其他信息技术服务", "分散自行组织", "18.00"),
            (None, None, "会议费", None, None, "111.54"),
            (None, None, None, "会议服务", "分散自行组织", "111.54"),
            (None, "审判专项业务费", "维修（护）费", None, None, "11.00"),
            (None, None, None, "其他信息技术服务", "分散自行组织", "9.00"),
            (None, None, None, "计算机设备维修和保养服务", "分散自行组织", "2.00"),  # p16
            (None, None, "会议费", None, None, "1.51"),
            (None, None, None, "会议服务", "分散自行组织", "1.51"),
            (None, None, "印刷费", None, None, "9.00"),
            (None, None, None, "其他服务", "分散自行组织", "9.00"),
            (None, "江苏法院云平台租赁费", "租赁费", None, None, "190.00"),
            (None, None, None, "租赁服务（不带操作员）", "部门集中采购", "190.00"),
            (None, "案件执行经费", "维修（护）费", None, None, "80.00"),
            (None, None, None, "办公设备维修和保养服务", "分散自行组织", "80.00"),
            (None, None, "会议费", None, None, "36.11"),
            (None, None, None, "会议服务", "分散自行组织", "36.11"),
            (None, None, "印刷费", None, None, "30.00"),
            (None, None, None, "印刷服务", "分散自行组织", "30.00"),
            (None, "案件审判经费", "维修（护）费", None, None, "100.00"),
            (None, None, None, "办公设备维修和保养服务", "分散自行组织", "100.00"),
            (None, None, "会议费", None, None, "122.10"),
            (None, None, None, "会议服务", "分散自行组织", "122.10"),
            (None, None, "印刷费", None, None, "30.00"),
            (None, None, None, "印刷服务", "分散自行组织", "30.00"),
            (None, "交通运行费", "公务用车运行维护费", None, None, "151.40"),
            (None, None, None, "车辆维修和保养服务", "分散自行组织", "151.40"),
            (None, "物业管理费", "物业管理费", None, None, "470.00"),
            (None, None, None, "物业管理服务", "部门集中采购", "430.00"),
            (None, None, None, "其他服务", "分散自行组织", "40.00"),
            (None, "办公房租赁费", "租赁费", None, None, "180.00"),
            (None, None, None, "其他房地产服务", "部门集中采购", "180.00"),
        ),
    },
}

SANGONG = {
    "unit": "万元",
    "page": 14,
    "values": {
        "合计": "620.75",
        "因公出国（境）费": "170.00",
        "公务用车购置及运行费": "266.80",
        "公务用车购置费": None,
        "公务用车运行费": "266.80",
        "公务接待费": "183.95",
        "会议费": "271.26",
        "培训费": "1,666.25",
        "printed_total": "2,558.26",
        "机关运行经费": "3,407.38",
    },
}

# 第三部分 (pages 16-24). Changes (word, amount, percent) against 上年 (= the 2017
# document: PREVIOUS); 三公 changes against 上年预算 with no percent.
NARRATIVE = {
    "heading": "第三部分 江苏省高级人民法院 2018 年度预算情况说明",
    "pages": [16, 24],
    "approval": "苏财预〔2018〕13 号",
    # 一、收支预算总体情况说明 (p16-18)
    "total": "33172.15",
    "total_change": ("增加", "4322.77", "14.98"),
    "income_total": "33172.15",
    "fiscal_income": "33172.15",
    "general_public_income": "33172.15",
    "general_public_income_change": ("增加", "4322.77", "14.98"),
    "expenditure_total": "33172.15",
    "classes": {
        "204": {
            "name": "公共安全（类）",
            "amount": "26200.88",
            "change": ("增加", "2687.77", "11.43"),
        },
        "208": {
            "name": "社会保障和就业（类）",
            "amount": "2254.76",
            "change": ("减少", "92.37", "3.94"),
        },
        "221": {
            "name": "住房保障（类）",
            "amount": "4716.51",
            "change": ("增加", "1727.37", "57.79"),
        },
    },
    "basic": "18570.82",
    "basic_change": ("增加", "1447.63", "8.45"),
    "project": "11343.27",
    "project_change": ("减少", "200", "1.73"),
    "reserve": "3258.06",
    "reserve_change": ("增加", "3075.14", "1681.14"),
    # 二 (p18)
    "income_shares": {"一般公共预算收入": ("33172.15", "100")},
    # 三 (p18), pie chart 支出预算图 repeating the shares
    "expenditure_shares": {
        "基本支出": ("18570.82", "55.98"),
        "项目支出": ("11343.27", "34.20"),
        "单位预留机动经费": ("3258.06", "9.82"),
    },
    # 四 (p19)
    "fiscal_total": "33172.15",
    "fiscal_total_change": ("增加", "4322.77", "14.98"),
    # 五 (p19-21)
    "fiscal_expenditure": "33172.15",
    "fiscal_expenditure_share": "100",
    "fiscal_expenditure_change": ("增加", "4322.77", "14.98"),
    # 六 (p21)
    "fiscal_basic": "18570.82",
    "fiscal_basic_personnel": "15163.44",
    "fiscal_basic_public": "3407.38",
    # 七 (p21)
    "general_public": "33172.15",
    "general_public_change": ("增加", "4322.77", "14.98"),
    # 八 (p22)
    "economic": "18570.82",
    "economic_personnel": "15163.44",
    "economic_public": "3407.38",
    # 九 (p22-23): shares, then each item against 上年预算 with an amount
    "sangong_shares": {
        "因公出国（境）费": ("170", "27.39"),
        "公务用车运行维护费": ("266.8", "42.98"),  # named so here, not 购置及运行费
        "公务接待费": ("183.95", "29.63"),
    },
    "sangong_items": {
        "因公出国（境）费": ("170", ("减少", "10", None)),
        "公务用车购置及运行费": ("266.8", None),
        "公务用车购置费": ("0", ("与上年一致", None, None)),
        "公务用车运行费": ("266.8", ("减少", "37.6", None)),
        "公务接待费": ("183.95", ("减少", "1.77", None)),
        "会议费": ("271.26", ("增加", "43.26", None)),
        "培训费": ("1666.25", ("减少", "35", None)),
    },
    # 十 (p23)
    "gov_fund": "0",
    # 十一 (p23-24)
    "agency_running": "3407.38",
    "agency_running_change": ("减少", "5786.02", "62.94"),
    # 十二 (p24)
    "procurement": {"total": "4641.62", "goods": "962.86", "works": "539", "services": "3139.76"},
    # 十三 (一) 预算绩效目标设置情况说明 (p24)
    "performance": {"projects": 6, "amount": "4481.3"},
}

NARRATIVE_ITEMS = (
    {
        "code": "2040501",
        "printed": "法院（款）行政运行（项）",
        "amount": "14857.61",
        "change": ("增加", "3070.69", "26.05"),
        "page": 19,
    },
    {
        "code": "2040502",
        "printed": "法院（款）一般行政事务管理（项）",  # as in 2017; the table: 一般行政管理事务
        "amount": "6049.97",
        "change": ("减少", "392.92", "5.95"),  # PROBLEMS: 382.92
        "page": 19,
    },
    {
        "code": "2040503",
        "printed": "法院（款）机关服务（项）",
        "amount": "1600",
        "change": ("与上年一致", None, None),
        "page": 19,
    },
    {
        "code": "2040504",
        "printed": "法院（款）案件审判（项）",
        "amount": "1833.3",
        "change": ("增加", "100", "5.77"),
        "page": 20,
    },
    {
        "code": "2040505",
        "printed": "法院（款）案件执行（项）",
        "amount": "950",
        "change": ("减少", "100", "9.52"),  # printed "减少 9.52，" without %
        "page": 20,
    },
    {
        "code": "2040599",
        "printed": "法院（款）其他法院支出（项）",
        "amount": "910",
        "change": ("与上年一致", None, None),
        "page": 20,
    },
    {
        "code": "2080504",
        "printed": "行政事业单位离退休(款)未归口管理的行政单位离退休(项)",
        "amount": "397.23",
        "change": ("减少", "1949.9", "83.08"),
        "page": 20,
    },
    {
        "code": "2080505",
        "printed": "行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）",
        "amount": "1326.81",
        "change": ("增加", "1326.81", "100"),
        "page": 20,
    },
    {
        "code": "2080506",
        "printed": "行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）",
        "amount": "530.72",
        "change": ("增加", "530.72", "100"),
        "page": 20,
    },
    {
        "code": "2210201",
        "printed": "住房改革支出（款）住房公积金（项）",
        "amount": "1398.26",
        "change": ("增加", "369.11", "35.87"),
        "page": 20,
    },
    {
        "code": "2210202",
        "printed": "住房改革支出（款）提租补贴（项）",
        "amount": "3318.25",
        "change": ("增加", "1358.26", "69.30"),
        "page": 20,
    },
)

_P = f"@{PREVIOUS} "

HOLDS = (
    tree("fiscal_expenditure"),
    tree("fiscal_basic"),
    tree("general_public"),
    tree("economic"),
    tree("agency_running"),
    {"kind": "procurement", "table": "procurement"},
    {"kind": "rowsum", "table": "expenditure", "total": 0, "parts": [1, 2, 3, 4]},
    # 收支预算总表
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
        "功能分类 204 = table 五 204",
        "finance_summary.function_items/四、公共安全支出",
        "fiscal_expenditure/204",
    ),
    eq(
        "功能分类 208 = table 五 208",
        "finance_summary.function_items/八、社会保障和就业支出",
        "fiscal_expenditure/208",
    ),
    eq(
        "功能分类 221 = table 五 221",
        "finance_summary.function_items/十八、住房保障支出",
        "fiscal_expenditure/221",
    ),
    # 收入预算总表
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
        "收入总计 = 收支预算总表 收入合计",
        "income/收入总计",
        "finance_summary.income_items/收入合计",
    ),
    # 支出预算总表, 财政拨款收支预算总表
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
        "表七 合计 = 表五 合计 − 政府性基金",
        "general_public/合计",
        "fiscal_expenditure/合计",
        "-gov_fund/合计",
    ),
    eq("表六 合计 = 基本支出", "fiscal_basic/合计", "fiscal_summary.use_items/一、基本支出"),
    eq("表八 合计 = 表六 合计", "economic/合计", "fiscal_basic/合计"),
    eq("机关运行经费 = 基本支出 302 (2018 口径)", "agency_running/合计", "economic/302"),
    # 三公
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
    eq("SANGONG 机关运行经费", "S:机关运行经费", "agency_running/合计"),
    # narrative against the tables
    eq("narrative total", "N:total", "finance_summary.income_items/收入合计"),
    eq("narrative income_total", "N:income_total", "income/收入总计"),
    eq(
        "narrative general_public_income", "N:general_public_income", "income/一般公共预算资金›小计"
    ),
    eq("narrative expenditure_total", "N:expenditure_total", "expenditure/#0/0"),
    eq("narrative 204", "N:classes.204.amount", "fiscal_expenditure/204"),
    eq("narrative 208", "N:classes.208.amount", "fiscal_expenditure/208"),
    eq("narrative 221", "N:classes.221.amount", "fiscal_expenditure/221"),
    eq("narrative basic", "N:basic", "expenditure/#0/1"),
    eq("narrative project", "N:project", "expenditure/#0/2"),
    eq("narrative reserve", "N:reserve", "expenditure/#0/3"),
    eq(
        "narrative: 4322.77 = 1447.63 − 200 + 3075.14",
        "N:total_change.1",
        "N:basic_change.1",
        "-N:project_change.1",
        "N:reserve_change.1",
    ),
    eq(
        "narrative: Σ 类 changes = total change",
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
    eq(
        "narrative: 221 change = Σ its 项 changes",
        "N:classes.221.change.1",
        "I:2210201.change.1",
        "I:2210202.change.1",
    ),
    pct("total +14.98%", "14.98", "N:total_change.1", ["N:total", "-N:total_change.1"]),
    pct("基本 +8.45%", "8.45", "N:basic_change.1", ["N:basic", "-N:basic_change.1"]),
    pct("项目 −1.73%", "1.73", "N:project_change.1", ["N:project", "N:project_change.1"]),
    pct("机动 +1681.14%", "1681.14", "N:reserve_change.1", ["N:reserve", "-N:reserve_change.1"]),
    pct(
        "204 +11.43%",
        "11.43",
        "N:classes.204.change.1",
        ["N:classes.204.amount", "-N:classes.204.change.1"],
    ),
    pct(
        "208 −3.94%",
        "3.94",
        "N:classes.208.change.1",
        ["N:classes.208.amount", "N:classes.208.change.1"],
    ),
    pct(
        "221 +57.79%",
        "57.79",
        "N:classes.221.change.1",
        ["N:classes.221.amount", "-N:classes.221.change.1"],
    ),
    # the stated changes give the 2017 document's figures
    prev("total against 2017", "N:total", "N:total_change", _P + "N:total"),
    prev("基本 against 2017", "N:basic", "N:basic_change", _P + "expenditure/#0/1"),
    prev("项目 against 2017", "N:project", "N:project_change", _P + "expenditure/#0/2"),
    prev("机动 against 2017", "N:reserve", "N:reserve_change", _P + "expenditure/#0/3"),
    prev(
        "204 against 2017",
        "N:classes.204.amount",
        "N:classes.204.change",
        _P + "general_public/204",
    ),
    prev(
        "208 against 2017",
        "N:classes.208.amount",
        "N:classes.208.change",
        _P + "general_public/208",
    ),
    prev(
        "221 against 2017",
        "N:classes.221.amount",
        "N:classes.221.change",
        _P + "general_public/221",
    ),
    *item("2040501", "fiscal_expenditure", _P + "fiscal_expenditure/2040501", "26.05"),
    eq("narrative 2040502 = table", "I:2040502.amount", "fiscal_expenditure/2040502"),
    pct(
        "narrative 2040502: 5.95% is the true decrease (382.92) over 2017's 6432.89",
        "5.95",
        [_P + "fiscal_expenditure/2040502", "-I:2040502.amount"],
        _P + "fiscal_expenditure/2040502",
    ),
    *item("2040503", "fiscal_expenditure", _P + "fiscal_expenditure/2040503"),
    *item("2040504", "fiscal_expenditure", _P + "fiscal_expenditure/2040504", "5.77"),
    *item("2040505", "fiscal_expenditure", _P + "fiscal_expenditure/2040505", "9.52"),
    *item("2040599", "fiscal_expenditure", _P + "fiscal_expenditure/2040599"),
    *item("2080504", "fiscal_expenditure", _P + "fiscal_expenditure/2080504", "83.08"),
    *item("2080505", "fiscal_expenditure", "0"),
    *item("2080506", "fiscal_expenditure", "0"),
    *item("2210201", "fiscal_expenditure", _P + "fiscal_expenditure/2210201", "35.87"),
    *item("2210202", "fiscal_expenditure", _P + "fiscal_expenditure/2210202", "69.30"),
    eq(
        "narrative 人员经费 = 301 + 303",
        "N:fiscal_basic_personnel",
        "fiscal_basic/301",
        "fiscal_basic/303",
    ),
    eq("narrative 公用经费 = 302", "N:fiscal_basic_public", "fiscal_basic/302"),
    eq("narrative 基本支出", "N:fiscal_basic", "fiscal_basic/合计"),
    eq("narrative 一般公共预算", "N:general_public", "general_public/合计"),
    eq("narrative 政府性基金 0", "N:gov_fund", "gov_fund/合计"),
    eq("narrative economic", "N:economic", "economic/合计"),
    eq("narrative economic 人员经费", "N:economic_personnel", "economic/301", "economic/303"),
    eq("narrative economic 公用经费", "N:economic_public", "economic/302"),
    eq("narrative 机关运行经费", "N:agency_running", "agency_running/合计"),
    prev(
        "机关运行经费 against 2017 (its 口径 differed, the narrative says)",
        "N:agency_running",
        "N:agency_running_change",
        _P + "agency_running/合计",
    ),
    pct(
        "机关运行经费 −62.94%",
        "62.94",
        "N:agency_running_change.1",
        ["N:agency_running", "N:agency_running_change.1"],
    ),
    eq("narrative 三公 出国", "N:sangong_shares.因公出国（境）费.0", "S:因公出国（境）费"),
    eq("narrative 三公 车辆", "N:sangong_shares.公务用车运行维护费.0", "S:公务用车运行费"),
    eq("narrative 三公 接待", "N:sangong_shares.公务接待费.0", "S:公务接待费"),
    eq(
        "narrative 车辆 购置及运行",
        "N:sangong_items.公务用车购置及运行费.0",
        "S:公务用车购置及运行费",
    ),
    eq("narrative 会议费", "N:sangong_items.会议费.0", "S:会议费"),
    eq("narrative 培训费", "N:sangong_items.培训费.0", "S:培训费"),
    pct("出国 27.39%", "27.39", "S:因公出国（境）费", "S:合计"),
    pct("车辆 42.98%", "42.98", "S:公务用车运行费", "S:合计"),
    pct("接待 29.63%", "29.63", "S:公务接待费", "S:合计"),
    prev(
        "出国 against 2017",
        "N:sangong_items.因公出国（境）费.0",
        "N:sangong_items.因公出国（境）费.1",
        _P + "S:因公出国（境）费",
    ),
    prev(
        "购置 against 2017",
        "N:sangong_items.公务用车购置费.0",
        "N:sangong_items.公务用车购置费.1",
        _P + "S:公务用车购置费",
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
    pct("基本支出 55.98%", "55.98", "N:expenditure_shares.基本支出.0", "N:expenditure_total"),
    pct("项目支出 34.20%", "34.20", "N:expenditure_shares.项目支出.0", "N:expenditure_total"),
    pct("机动经费 9.82%", "9.82", "N:expenditure_shares.单位预留机动经费.0", "N:expenditure_total"),
    eq("政府采购 total", "N:procurement.total", "procurement/合计"),
    eq("政府采购 货物", "N:procurement.goods", "procurement/一、货物 A"),
    eq("政府采购 工程", "N:procurement.works", "procurement/二、工程 B"),
    eq("政府采购 服务", "N:procurement.services", "procurement/三、服务 C"),
)

PROBLEMS = (
    problem(
        prev(
            "narrative 2040502: stated decrease 392.92",
            "I:2040502.amount",
            "I:2040502.change",
            _P + "fiscal_expenditure/2040502",
        ),
        where="p19, 五 (一) 2: 6049.97 万元, 与上年相比减少 392.92 万元, 减少 5.95%",
        difference="10.00",
        verdict="error",
        note=(
            "6432.89 (2017) − 6049.97 = 382.92; 5.95% is 382.92 ÷ 6432.89 (392.92 ÷ "
            "6442.89 would give 6.10%), and 204's +2687.77 = 3070.69 − 382.92 + 100 − 100 "
            "needs 382.92. The amount is a typo; report it once, not again as a percent or "
            "a 类 sum."
        ),
    ),
    problem(
        pct(
            "narrative 2040502 percent against the stated decrease",
            "5.95",
            "I:2040502.change.1",
            ["I:2040502.amount", "I:2040502.change.1"],
        ),
        where="p19, 五 (一) 2 (the same sentence)",
        computed="6.10",
        difference="-0.15",
        verdict="note",
        note="A consequence of the 392.92 typo (the entry above), not a second error.",
    ),
    problem(
        eq(
            "narrative: 204 change = Σ its 项 changes",
            "N:classes.204.change.1",
            "I:2040501.change.1",
            "-I:2040502.change.1",
            "I:2040504.change.1",
            "-I:2040505.change.1",
        ),
        where="p17 一 (二) 1 (+2687.77) against p19-20 五 (一) 1-6",
        difference="10.00",
        verdict="note",
        note="Another consequence of the 392.92 typo: with 382.92 the 项 changes add up.",
    ),
    note(
        "narrative 项 name does not match the table",
        "p19, 五 (一) 2: 法院（款）一般行政事务管理（项）; table 2040502 一般行政管理事务",
        verdict="error",
        note="As in 2017 (事务 and 管理 swapped); the amount 6049.97 matches 2040502.",
    ),
    note(
        "percent sign missing",
        "p20, 五 (一) 5: 减少 100 万元，减少 9.52，",
        note="9.52 is right (100 ÷ 1050 = 9.5238%); the % is missing.",
    ),
    note(
        "growth from zero stated as 100%",
        "p20, 五 (二) 2 and 3: 2080505 增加 1326.81 万元，增长 100%; "
        "2080506 增加 530.72 万元，增长 100%",
        note="The previous year had no such 项 (2017 document); a rate from 0 is undefined.",
    ),
    note(
        "titles differ from the contents",
        "p2 contents 第三部分 …2018 年度预算安排情况说明 vs p16 …2018 年度预算情况说明; contents "
        "九 and 十二 '2018 年度' vs titles '2018 年'; contents 十二 政府采购支出预算表 vs title "
        "政府采购预算表",
    ),
)

NOT_PROBLEMS = (
    "机关运行经费 −5786.02 (−62.94%) against 2017's 9,193.40: the 口径 changed back to 基本支出 "
    "商品和服务支出 (p23-24); the change does give 2017's printed figure (HOLDS).",
    "The narrative names the 三公 car item 公务用车运行维护费 (p22) and gives its share; the "
    "购置 part is 0, so 购置及运行费 = 运行维护费.",
    "会议费 271.26 = the four 会议费 rows of the 政府采购 table (111.54 + 1.51 + 36.11 + "
    "122.10); noted, not an identity of the template.",
)
