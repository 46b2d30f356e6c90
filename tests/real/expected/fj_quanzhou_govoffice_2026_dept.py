"""What fj-quanzhou-govoffice-2026-dept.pdf prints, copied from its page images.

Ground truth for issue 18 (Quanzhou municipal 部门预算). Every figure was read on the page
images (pdftoppm -r 110; the forms at -r 80 tiled) and compared with ``pdftotext
-layout``, which agrees with the images in every amount. Amounts are the printed
strings in 万元: two decimals, never a thousands separator ("15184.81"), 0.00 for zero;
codes are printed joined in one 科目编码 column, the narrative writes "2010301-行政运行".
Pages are 1-based PDF pages; printed page numbers run three behind (PDF p4 is "1").

The PDF: Microsoft Word 2010, 41 A4 pages, no /Rotate; p14 (收入预算总表) and p15
(支出预算总表) landscape by MediaBox, the rest portrait. The cover prints the title over
three lines: "2026 年度" / "泉州市人民政府办公室" / "部门预算". Each part opens on a divider
page (第一部分 部门概况, p4; 第二部分, p12; 第三部分, p23; 第四部分, p39).

Template: each table page has the 目录 entry as a heading ("一、收支预算总表", bold, left)
and a centred title with the year ("2026 年度收支预算总表"), then 单位：万元. No 编制部门/
部门名称 line: the department is named on the cover, in the narrative and in the 部门整体
支出绩效目标表 (部门名称 泉州市人民政府办公室, 部门预算编码 103). The 合计 row comes first and
spans the code and name columns; the coded tables list 项 only (no 类/款 rows). The 三公
table is a column of labelled rows (1、…, 其中：（1）…). The 收入预算总表 is by 单位名称 (six
units; the narrative's list has 13 units). The 绩效目标表 are forms, one per project
(8) plus the 部门整体 form.
"""

from tests.real.expected.real3_terms import colsum, eq, note, prev, problem, rate, rowsum

SOURCE = "fj-quanzhou-govoffice-2026-dept.pdf"

PAGE_COUNT = 41

IDENTITY = {
    "department": "泉州市人民政府办公室",
    "year": 2026,
    "kind": "部门预算",
    "title": "2026 年度泉州市人民政府办公室部门预算",
    "title_lines": ("2026 年度", "泉州市人民政府办公室", "部门预算"),
    "title_page": 1,
    "department_named_in": ("cover", "narrative", "部门整体支出绩效目标表 部门名称"),
    "department_line": None,
    "budget_code": "103",  # 部门预算编码, p37
    "units_listed": 13,  # p7 table 序号 1-13
}

# Printed page numbers (pdf − 3), dot leaders.
TOC = {
    "pages": (2, 3),
    "heading": "目 录",
    "dot_leaders": True,
    "page_numbers": True,
    "entries": (
        ("第一部分 部门概况", "1"),
        ("一、部门主要职责", "2"),
        ("二、部门预算单位构成", "4"),
        ("三、部门主要工作任务", "5"),
        ("第二部分 2026 年度部门预算表", "9"),
        ("一、收支预算总表", "10"),
        ("二、收入预算总表", "11"),
        ("三、支出预算总表", "12"),
        ("四、财政拨款收支预算总表", "13"),
        ("五、一般公共预算拨款支出预算表", "14"),
        ("六、政府性基金预算拨款支出预算表", "15"),
        ("七、国有资本经营预算拨款支出预算表", "16"),
        ("八、一般公共预算支出经济分类情况表", "17"),
        ("九、一般公共预算基本支出经济分类情况表", "18"),
        ("十、一般公共预算“三公”经费支出预算表", "19"),
        ("第三部分 2026 年度部门预算情况说明", "20"),
        ("一、预算收支总体情况", "21"),
        ("二、一般公共预算拨款支出情况", "21"),
        ("三、政府性基金预算拨款支出情况", "23"),
        ("四、国有资本经营预算拨款支出情况", "23"),
        ("五、一般公共预算拨款基本支出情况", "23"),
        ("六、一般公共预算“三公”经费支出情况", "24"),
        ("七、预算绩效目标情况", "25"),
        ("八、其他重要事项说明", "35"),
        ("第四部分 名词解释", "36"),
    ),
}

SECTIONS = (
    ("第一部分 部门概况", 4),  # divider page
    ("一、部门主要职责", 5),
    ("二、部门预算单位构成", 7),
    ("三、部门主要工作任务", 8),
    ("第二部分 2026 年度部门预算表", 12),
    ("第三部分 2026 年度部门预算情况说明", 23),
    ("一、 预算收支总体情况", 24),
    ("二、一般公共预算拨款支出情况", 24),
    ("三、政府性基金预算拨款支出情况", 26),
    ("四、国有资本经营预算拨款支出情况", 26),
    ("五、一般公共预算拨款基本支出情况", 26),
    ("六、一般公共预算“三公”经费支出情况", 27),
    ("七、预算绩效目标情况", 28),
    ("八、其他重要事项说明", 38),
    ("第四部分 名词解释", 39),
    ("名词解释", 40),
)

# The 26 类 of 收支预算总表 / 财政拨款收支预算总表, zeros printed 0.00.
_CLASSES = (
    ("一、一般公共服务支出", None),  # filled per table
    ("二、外交支出", "0.00"),
    ("三、国防支出", "0.00"),
    ("四、公共安全支出", "0.00"),
    ("五、教育支出", "0.00"),
    ("六、科学技术支出", "0.00"),
    ("七、文化旅游体育与传媒支出", "0.00"),
    ("八、社会保障和就业支出", "1095.52"),
    ("九、卫生健康支出", "176.62"),
    ("十、节能环保支出", "0.00"),
    ("十一、城乡社区支出", "0.00"),
    ("十二、农林水支出", "0.00"),
    ("十三、交通运输支出", "0.00"),
    ("十四、资源勘探工业信息等支出", "0.00"),
    ("十五、商业服务业等支出", "0.00"),
    ("十六、金融支出", "0.00"),
    ("十七、援助其他地区支出", "0.00"),
    ("十八、自然资源海洋气象等支出", "0.00"),
    ("十九、住房保障支出", "696.98"),
    ("二十、粮油物资储备支出", "0.00"),
    ("二十一、国有资本经营预算支出", "0.00"),
    ("二十二、灾害防治及应急管理支出", "0.00"),
    ("二十三、其他支出", "0.00"),
    ("二十四、债务还本支出", "0.00"),
    ("二十五、债务付息支出", "0.00"),
    ("二十六、债务发行费用支出", "0.00"),
)


def _classes(first: str) -> tuple[tuple[str, str | None], ...]:
    return ((_CLASSES[0][0], first), *_CLASSES[1:])


_Z = "0.00"

# 项 rows of 三、支出预算总表 / 五、一般公共预算拨款支出预算表 differ only in 2010399.
_ITEMS = (
    ("2010301", "行政运行", "3452.35", "3452.35", _Z),
    ("2010302", "一般行政管理事务", "1126.82", _Z, "1126.82"),
    ("2010350", "事业运行", "493.91", "493.91", _Z),
    ("2010399", "其他政府办公厅（室）及相关机构事务支出", None, _Z, None),
    ("2080501", "行政单位离退休", "653.08", "653.08", _Z),
    ("2080505", "机关事业单位基本养老保险缴费支出", "442.44", "442.44", _Z),
    ("2101101", "行政单位医疗", "125.11", "125.11", _Z),
    ("2101102", "事业单位医疗", "18.28", "18.28", _Z),
    ("2101103", "公务员医疗补助", "33.23", "33.23", _Z),
    ("2210201", "住房公积金", "539.87", "539.87", _Z),
    ("2210202", "提租补贴", "144.48", "144.48", _Z),
    ("2210203", "购房补贴", "12.63", "12.63", _Z),
)


def _items(other: str, extra: int) -> tuple[tuple[str | None, ...], ...]:
    """The 12 项 rows with 2010399 = ``other`` (项目支出), padded with ``extra`` 0.00."""
    rows = []
    for row in _ITEMS:
        if row[0] == "2010399":
            row = (row[0], row[1], other, _Z, other)
        rows.append((*row, *(_Z,) * extra))
    return tuple(rows)


def _form(
    heading: str,
    page: int,
    total: str,
    fiscal: str,
    other: str,
    goal: str,
    indicators: tuple[tuple[str, str, str, str], ...],
) -> dict[str, object]:
    return {
        "heading": heading,
        "page": page,
        "funds": {"资金总额": total, "财政拨款": fiscal, "其他资金": other},
        "goal": goal,
        "indicators": indicators,
    }


_FORMS = (
    _form(
        "市级机关保留公务用车委托管理费项目绩效目标表",
        29,
        "1778.31",
        "1778.31",
        "0.00",
        "优化平台驾驶员、车辆配比，提高车辆使用效益，有效保障市直机关单位日常公务出行。",
        (
            ("成本指标", "经济成本指标", "预算执行率", "≥90%"),
            ("产出指标", "时效指标", "目标完成率", "≥90%"),
            ("产出指标", "数量指标", "财政支出项目完成率", "≥90%"),
            ("产出指标", "质量指标", "政府采购项目合规率", "=100%"),
            ("效益指标", "经济效益指标", "固定资产利用率", "≥100%"),
            ("满意度指标", "服务对象满意度指标", "公车使用单位满意率", "≥90%"),
        ),
    ),
    _form(
        "市行政中心保安服务项目绩效目标表",
        30,
        "4200.00",
        "0.00",
        "4200.00",
        "有效保障市行政中心保安服务，提升机关事务服务水平。",
        (
            ("成本指标", "经济成本指标", "保安服务费标准控制率", "≤100%"),
            ("产出指标", "时效指标", "服务响应及时率", "≥90%"),
            ("产出指标", "数量指标", "保安服务覆盖率", "≥90%"),
            ("产出指标", "质量指标", "政府采购项目合规率", "=100%"),
            ("效益指标", "社会效益指标", "安全事故发生数", "=0 起"),
            ("满意度指标", "服务对象满意度指标", "保安服务满意率", "≥90%"),
        ),
    ),
    _form(
        "市行政中心钢结构修缮项目绩效目标表",
        31,
        "121.60",
        "121.60",
        "0.00",
        "对市行政中心钢结构建筑，如主楼屋盖、幕墙、连廊等进行全面检查，对腐蚀严重的地方进行"
        "油漆补涂施工，确保市行政中心钢结构建筑安全。",
        (
            ("成本指标", "经济成本指标", "预算执行率", "≥90%"),
            ("产出指标", "时效指标", "目标完成率", "≥90%"),
            ("产出指标", "数量指标", "财政支出项目完成率", "≥90%"),
            ("产出指标", "质量指标", "政府采购项目合规率", "=100%"),
            ("效益指标", "社会效益指标", "安全施工达标率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "用户使用满意度", "≥90%"),
        ),
    ),
    _form(
        "96196 电梯应急处置服务平台项目绩效目标表",
        32,
        "57.00",
        "57.00",
        "0.00",
        "开通 96196 电梯应急救援热线电话，设置 24 小时话务坐席统一接听，指派专人专门负责电梯"
        "困人接警、安抚、协调救援和平台工单录入、处理等操作，并适时推动取消号码，整体并入 "
        "12345 热线。",
        (
            ("成本指标", "经济成本指标", "预算执行率", "≥90%"),
            ("产出指标", "时效指标", "支出进度", "≥90%"),
            ("产出指标", "数量指标", "坐席设置及配套设施完成情况", "≥100%"),
            ("产出指标", "质量指标", "热线接通率达标", "≥100%"),
            ("效益指标", "社会效益指标", "电梯应急救援诉求承接、处置情况", "≥100%"),
            ("满意度指标", "服务对象满意度指标", "群众回访率达标", "≥100%"),
        ),
    ),
    _form(
        "话务场地租赁费用项目绩效目标表",
        33,
        "175.09",
        "175.09",
        "0.00",
        "保障泉州市 12345 政务服务便民热线中心话务场地使用费、水电费、物业费、电梯维护费、"
        "场地装修费等。",
        (
            ("成本指标", "经济成本指标", "预算执行率", "≥100%"),
            ("产出指标", "时效指标", "支出进度", "≥100%"),
            ("产出指标", "数量指标", "配套设施完成情况", "≥100%"),
            ("产出指标", "质量指标", "热线接通率达标", "≥100%"),
            ("效益指标", "社会效益指标", "12345 平台解决群众合理诉求", "≥100%"),
            ("满意度指标", "服务对象满意度指标", "群众满意率达标", "≥100%"),
        ),
    ),
    _form(
        "“泉州政务”新媒体号运营资金项目绩效目标表",
        34,
        "85.50",
        "85.50",
        "0.00",
        "更好地发挥政务新媒体在深化政民互动、回应社会关切、收集社情民意、引导公众舆论等方面"
        "的作用。",
        (
            ("成本指标", "经济成本指标", "预算执行率", "≥90%"),
            ("产出指标", "时效指标", "目标完成率", "≥90%"),
            ("产出指标", "数量指标", "政策解读类新闻原创短视频", "≥30 条"),
            ("产出指标", "质量指标", "围绕市委、市政府中心工作策划原创采编专题", "≥4 个"),
            ("效益指标", "社会效益指标", "及时发布政务新闻消息", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "公众满意度", "≥95%"),
        ),
    ),
    _form(
        "泉州城市形象专题宣传经费项目绩效目标表",
        35,
        "47.50",
        "47.50",
        "0.00",
        "提升泉州城市形象专题宣传。",
        (
            ("成本指标", "经济成本指标", "预算完成率", "≥90%"),
            ("产出指标", "时效指标", "目标完成率", "≥90%"),
            ("产出指标", "数量指标", "开设专栏", "≥1 个"),
            ("产出指标", "质量指标", "业务处理及时性", "≥90%"),
            ("效益指标", "社会效益指标", "宣传效果", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "部门群众的认可", "≥80%"),
        ),
    ),
    _form(
        "驻沪办房屋修缮经费项目绩效目标表",
        36,
        "28.50",
        "28.50",
        "0.00",
        "对 1007 室重新铺设管线，墙壁、天花板进行修缮，卫生间、厨房进行修缮防水处理。1001、"
        "1004 室卫生间、厨房进行简单修缮，墙壁、天花板进行修缮。",
        (
            ("成本指标", "经济成本指标", "预算执行率", "≥100%"),
            ("产出指标", "时效指标", "目标完成率", "≥100%"),
            ("产出指标", "数量指标", "项目完成率", "≥100%"),
            ("产出指标", "质量指标", "项目验收通过率", "≥100%"),
            ("效益指标", "经济效益指标", "房屋出租率", "≥100%"),
            ("满意度指标", "服务对象满意度指标", "物业及租户满意度", "≥100%"),
        ),
    ),
)

TABLES = {
    # finance_summary: two-sided; 26 类 with ordinals (no codes), zeros printed 0.00.
    "finance_summary": {
        "concept": "finance_summary",
        "classification": "labelled",
        "tag": "一、",
        "section_heading": "一、收支预算总表",
        "heading": "2026 年度收支预算总表",
        "pages": (13,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("收入", "支出"), ("项目", "预算数", "项目", "预算数")),
        "columns": ("预算数",),
        "lists": ("income_items", "expenditure_items"),
        "income_items": (
            ("一、一般公共预算拨款收入", "10984.81"),
            ("二、政府性基金预算拨款收入", _Z),
            ("三、国有资本经营预算拨款收入", _Z),
            ("四、财政专户管理资金收入", _Z),
            ("五、事业收入", _Z),
            ("六、事业单位经营收入", _Z),
            ("七、上级补助收入", _Z),
            ("八、附属单位上缴收入", _Z),
            ("九、其他收入", "4200.00"),
            ("本年收入合计", "15184.81"),
            ("上年结转结余", _Z),
            ("收入合计", "15184.81"),  # bold; 收入总计 elsewhere
        ),
        "expenditure_items": (
            *_classes("13215.69"),
            ("本年支出合计", "15184.81"),
            ("结转下年支出", _Z),
            ("支出合计", "15184.81"),
        ),
        "rows": (),
    },
    # income: by 单位名称 (合计 first, six units), 11 sources in one header row.
    "income": {
        "concept": "income",
        "classification": "units",
        "tag": "二、",
        "section_heading": "二、收入预算总表",
        "heading": "2026 年度收入预算总表",
        "pages": (14,),
        "unit": "万元",
        "prepared_by": None,
        "header": (
            (
                "单位名称",
                "总计",
                "一般公共预算拨款收入",
                "政府性基金预算拨款收入",
                "国有资本经营预算拨款收入",
                "财政专户管理资金收入",
                "事业收入",
                "事业单位经营收入",
                "上级补助收入",
                "附属单位上缴收入",
                "其他收入",
                "上年结转结余",
            ),
        ),
        "columns": (
            "总计",
            "一般公共预算拨款收入",
            "政府性基金预算拨款收入",
            "国有资本经营预算拨款收入",
            "财政专户管理资金收入",
            "事业收入",
            "事业单位经营收入",
            "上级补助收入",
            "附属单位上缴收入",
            "其他收入",
            "上年结转结余",
        ),
        "amount_from": 1,
        "rows": (
            ("合计", "15184.81", "10984.81", *(_Z,) * 7, "4200.00", _Z),
            ("泉州市 12345 政务服务便民热线中心", "1182.04", "1182.04", *(_Z,) * 9),
            ("泉州市人民政府公报室", "45.96", "45.96", *(_Z,) * 9),
            ("泉州市人民政府办公室", "5898.74", "5898.74", *(_Z,) * 9),
            ("泉州市人民政府发展研究中心", "453.95", "453.95", *(_Z,) * 9),
            ("泉州市外事翻译与对外交流服务中心", "115.90", "115.90", *(_Z,) * 9),
            ("泉州市机关事务服务中心", "7488.22", "3288.22", *(_Z,) * 7, "4200.00", _Z),
        ),
    },
    # expenditure: 项 codes only, 合计 first (spanning code and name).
    "expenditure": {
        "concept": "expenditure",
        "classification": "function",
        "tag": "三、",
        "section_heading": "三、支出预算总表",
        "heading": "2026 年度支出预算总表",
        "pages": (15,),
        "unit": "万元",
        "prepared_by": None,
        "header": (
            (
                "科目编码",
                "科目名称",
                "小计",
                "基本支出",
                "项目支出",
                "事业单位经营支出",
                "上缴上级支出",
                "对附属单位补助支出",
            ),
        ),
        "columns": (
            "小计",
            "基本支出",
            "项目支出",
            "事业单位经营支出",
            "上缴上级支出",
            "对附属单位补助支出",
        ),
        "rows": (
            (None, "合计", "15184.81", "5915.38", "9269.43", _Z, _Z, _Z),
            *_items("8142.61", 3),
        ),
    },
    "fiscal_summary": {
        "concept": "fiscal_summary",
        "classification": "labelled",
        "tag": "四、",
        "section_heading": "四、财政拨款收支预算总表",
        "heading": "2026 年度财政拨款收支预算总表",
        "pages": (16,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("收入", "支出"), ("项目", "预算数", "项目", "预算数")),
        "columns": ("预算数",),
        "lists": ("income_items", "expenditure_items"),
        "income_items": (
            ("一、一般公共预算拨款收入", "10984.81"),
            ("二、政府性基金预算拨款收入", _Z),
            ("三、国有资本经营预算拨款收入", _Z),
            ("收入合计", "10984.81"),
        ),
        "expenditure_items": (*_classes("9015.69"), ("支出合计", "10984.81")),
        "rows": (),
    },
    "general_public": {
        "concept": "general_public",
        "classification": "function",
        "tag": "五、",
        "section_heading": "五、一般公共预算拨款支出预算表",
        "heading": "2026 年度一般公共预算拨款支出预算表",
        "pages": (17,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "小计", "其中："), ("基本支出", "项目支出")),
        "columns": ("小计", "基本支出", "项目支出"),
        "wrapped_names": {"2010399": ("其他政府办公厅（室）及相关机构事务", "支出")},
        "rows": ((None, "合计", "10984.81", "5915.38", "5069.43"), *_items("3942.61", 0)),
    },
    "gov_fund": {
        "concept": "gov_fund",
        "classification": "function",
        "tag": "六、",
        "section_heading": "六、政府性基金预算拨款支出预算表",
        "heading": "2026 年度政府性基金预算拨款支出预算表",
        "pages": (18,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "小计", "其中："), ("基本支出", "项目支出")),
        "columns": ("小计", "基本支出", "项目支出"),
        "empty_note": "备注：本部门 2026 年没有使用政府性基金预算拨款安排的支出。",
        "rows": ((None, "合计", _Z, _Z, _Z),),
    },
    "state_capital": {
        "concept": "state_capital",
        "classification": "function",
        "tag": "七、",
        "section_heading": "七、国有资本经营预算拨款支出预算表",
        "heading": "2026 年度国有资本经营预算拨款支出预算表",
        "pages": (19,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "小计", "其中："), ("基本支出", "项目支出")),
        "columns": ("小计", "基本支出", "项目支出"),
        "empty_note": "备注：本部门 2026 年没有使用国有资本经营预算拨款安排的支出。",
        "rows": ((None, "合计", _Z, _Z, _Z),),
    },
    # new concept: 一般公共预算支出经济分类情况表 (basic + project by economic 类, one
    # column, every 类 of the classification listed).
    "economic_all": {
        "concept": "general_public_economic",
        "classification": "economic",
        "tag": "八、",
        "section_heading": "八、一般公共预算支出经济分类情况表",
        "heading": "2026 年度一般公共预算支出经济分类情况表",
        "pages": (20,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "预算数"),),
        "columns": ("预算数",),
        "rows": (
            (None, "合计", "10984.81"),
            ("301", "工资福利支出", "4417.07"),
            ("302", "商品和服务支出", "5474.56"),
            ("303", "对个人和家庭的补助", "701.61"),
            ("307", "债务利息及费用支出", _Z),
            ("309", "资本性支出（基本建设）", _Z),
            ("310", "资本性支出", "391.57"),
            ("311", "对企业补助（基本建设）", _Z),
            ("312", "对企业补助", _Z),
            ("313", "对社会保障基金补助", _Z),
            ("399", "其他支出", _Z),
        ),
    },
    # economic: basic only, 类 (bold) and 款, one column.
    "economic": {
        "concept": "economic",
        "classification": "economic",
        "tag": "九、",
        "section_heading": "九、一般公共预算基本支出经济分类情况表",
        "heading": "2026 年度一般公共预算基本支出经济分类情况表",
        "pages": (21,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("科目编码", "科目名称", "预算数"),),
        "columns": ("预算数",),
        "rows": (
            (None, "合计", "5915.38"),
            ("301", "工资福利支出", "4407.07"),
            ("30101", "基本工资", "1027.39"),
            ("30102", "津贴补贴", "974.62"),
            ("30103", "奖金", "1184.21"),
            ("30107", "绩效工资", "56.00"),
            ("30108", "机关事业单位基本养老保险缴费", "442.44"),
            ("30110", "职工基本医疗保险缴费", "137.87"),
            ("30111", "公务员医疗补助缴费", "33.23"),
            ("30112", "其他社会保障缴费", "6.64"),
            ("30113", "住房公积金", "539.87"),
            ("30199", "其他工资福利支出", "4.80"),
            ("302", "商品和服务支出", "832.69"),
            ("30201", "办公费", "250.93"),
            ("30215", "会议费", "5.00"),
            ("30216", "培训费", "7.00"),
            ("30217", "公务接待费", "8.35"),
            ("30226", "劳务费", "1.50"),
            ("30228", "工会经费", "42.49"),
            ("30231", "公务用车运行维护费", "32.00"),
            ("30239", "其他交通费用", "215.83"),
            ("30299", "其他商品和服务支出", "269.59"),
            ("303", "对个人和家庭的补助", "673.62"),
            ("30301", "离休费", "26.39"),
            ("30305", "生活补助", "21.32"),
            ("30399", "其他对个人和家庭的补助", "625.91"),
            ("310", "资本性支出", "2.00"),
            ("31002", "办公设备购置", "2.00"),
        ),
    },
    # sangong: a column of labelled rows.
    "sangong": {
        "concept": "sangong",
        "classification": "labelled",
        "tag": "十、",
        "section_heading": "十、一般公共预算“三公”经费支出预算表",
        "heading": "2026 年度一般公共预算“三公”经费支出预算表",
        "pages": (22,),
        "unit": "万元",
        "prepared_by": None,
        "header": (("项目", "预算数"),),
        "columns": ("预算数",),
        "amount_from": 1,
        "rows": (
            ("合计", "312.75"),
            ("1、因公出国（境）费用", _Z),
            ("2、公务接待费", "18.85"),
            ("3、公务用车购置及运行费", "293.90"),
            ("其中：（1）公务用车购置费", "261.90"),
            ("（2）公务用车运行费", "32.00"),
        ),
    },
    # new concept: 项目支出绩效目标表, one form per project (p29-36).
    "project_targets": {
        "concept": "project_performance_targets",
        "classification": "labelled",
        "tag": "1.",
        "section_heading": "1.项目支出绩效目标表",
        "heading": "项目绩效目标表",
        "pages": tuple(range(29, 37)),
        "unit": "万元",
        "prepared_by": None,
        "header": (
            ("专项资金情况（万元）", "资金总额：", "财政拨款：", "其他资金："),
            ("一级指标", "二级指标", "三级指标", "目标值"),
        ),
        "columns": ("资金总额", "财政拨款", "其他资金"),
        "amount_from": 1,
        "rows": tuple((f["heading"], *f["funds"].values()) for f in _FORMS),
        "forms": _FORMS,
    },
    # new concept: 部门整体支出绩效目标表 (p37).
    "department_targets": {
        "concept": "department_performance_targets",
        "classification": "labelled",
        "tag": "2.",
        "section_heading": "2.部门整体支出绩效目标表",
        "heading": "部门整体支出绩效目标表",
        "subtitle": "（2026 年度）",
        "pages": (37,),
        "unit": "万元",
        "prepared_by": "部门名称 泉州市人民政府办公室 | 部门预算编码 103",
        "header": (("年度预算安排（万元）",),),
        "columns": ("金额",),
        "amount_from": 1,
        "rows": (
            ("资金总额", "8200.95"),
            ("项目支出", "2285.57"),
            ("基本支出", "5915.38"),
            ("其他资金", "0.00"),
        ),
        "goal": "保障政府高效运行，提高行政效率。",
        "indicators": (
            ("一般性支出情况", "一般性支出情况", "“三公”经费控制率", "≤100%"),
            ("一般性支出情况", "一般性支出情况", "“三公”经费违规使用次数", "≤0 次"),
            ("一般性支出情况", "一般性支出情况", "会议费、差旅费超标准使用次数", "≤0 次"),
            ("成本指标", "经济成本指标", "预算执行率", "≥85%"),
            ("产出指标", "时效指标", "资金支付及时率", "≥90%"),
            ("产出指标", "数量指标", "组织举办会议（活动）数", "≥100 场"),
            ("产出指标", "质量指标", "资金使用合规性", "=100%"),
            ("效益指标", "经济效益指标", "招商引资项目数", "≥10 个"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ),
    },
}

SANGONG = {
    "unit": "万元",
    "page": 22,
    "values": {
        "合计": "312.75",
        "因公出国（境）费": "0.00",
        "公务接待费": "18.85",
        "公务用车购置及运行费": "293.90",
        "公务用车购置费": "261.90",
        "公务用车运行费": "32.00",
        "机关运行经费": "758.24",  # narrative 八（一）, no table
    },
}

# 第三部分 (p24-38). Changes against 上年 (no figure printed), 三公 items with 增加 0.00 /
# 增长 0.00% / 与上年持平 together.
NARRATIVE = {
    "heading": "第三部分 2026 年度部门预算情况说明",
    "pages": (24, 38),
    # 一 (p24)
    "income_total": "15184.81",
    "income_change": ("增加", "4385.72", None),
    "income_items": {
        "一般公共预算拨款收入": "10984.81",
        "政府性基金预算财政拨款收入": "0.00",
        "国有资本经营预算拨款收入": "0.00",
        "财政专户管理资金收入": "0.00",
        "事业收入": "0.00",
        "事业单位经营收入": "0.00",
        "上级补助收入": "0.00",
        "附属单位上缴收入": "0.00",
        "其他收入": "4200.00",
        "上年结转结余": "0.00",
    },
    "expenditure_total": "15184.81",
    "expenditure_change": ("增加", "4385.72", None),
    "expenditure_items": {
        "基本支出": "5915.38",
        "项目支出": "9269.43",
        "事业单位经营支出": "0.00",
        "上缴上级支出": "0.00",
        "对附属单位补助支出": "0.00",
    },
    # 二 (p24-26)
    "general_public": "10984.81",
    "general_public_change": ("增加", "185.72", "1.72"),
    # 五 (p26-27)
    "basic": "5915.38",
    "basic_personnel": "5080.69",
    "basic_public": "834.69",
    # 六 (p27)
    "sangong": {
        "因公出国（境）经费": ("0.00", ("增加", "0.00", "0.00")),  # "…增长 0.00%，与上年持平"
        "公务接待费": ("18.85", ("增加", "0.00", "0.00")),
        "公务用车购置及运行费": ("293.90", None),
        "公务用车运行费": ("32.00", ("增加", "0.00", "0.00")),
        "公务用车购置费": ("261.90", ("减少", "2.30", "0.87")),
        "total": None,  # no 三公 total in the narrative
    },
    # 七 (p28-37): 8 project forms and the 部门整体 form, "本部门无其他需要说明的绩效目标情况"
    "performance": {"project_forms": 8, "department_form": True},
    # 八 (p38)
    "agency_running": "758.24",
    "agency_running_change": ("增加", "19.92", "2.70"),
    "procurement": {"total": "5514.93", "goods": "320.07", "works": "0.00", "services": "5194.86"},
    "assets": {
        "as_of": "截至 2025 年 12 月 31 日",
        "vehicles": 194,
        "vehicle_kinds": {
            "省部级领导干部用车": 0,
            "机要通信用车": 0,
            "应急保障用车": 153,
            "执法执勤用车": 0,
            "特种专业技术用车": 0,
            "其他用车": 41,
        },
        "equipment_over_1m": 2,
        "vehicles_to_buy": 13,
        "equipment_to_buy": 0,
    },
    "commissioned": "961.76",
}

# 二 (p24-26): "（N）2010301-行政运行 3452.35 万元。主要用于…" (code-name joined by a
# hyphen, no change per item).
NARRATIVE_ITEMS = tuple(
    {"n": n, "code": code, "amount": amount, "page": page}
    for n, code, amount, page in (
        (1, "2010301", "3452.35", 25),
        (2, "2010302", "1126.82", 25),
        (3, "2010350", "493.91", 25),
        (4, "2010399", "3942.61", 25),
        (5, "2080501", "653.08", 25),
        (6, "2080505", "442.44", 25),
        (7, "2101101", "125.11", 25),
        (8, "2101102", "18.28", 25),
        (9, "2101103", "33.23", 25),
        (10, "2210201", "539.87", 25),
        (11, "2210202", "144.48", 26),
        (12, "2210203", "12.63", 26),
    )
)

_FS = "finance_summary"
_FI = "fiscal_summary"
_GP = "general_public"
_EX = "expenditure"
_CODES = [row[0] for row in _ITEMS]

HOLDS = (
    colsum(_EX, "合计"),
    colsum(_GP, "合计"),
    rowsum(_EX, 0, [1, 2, 3, 4, 5]),
    rowsum(_GP, 0, [1, 2]),
    colsum("income", "合计"),
    rowsum("income", 0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    colsum("economic_all", "合计"),
    {"kind": "tree", "table": "economic", "list": "rows", "except": []},
    # 一、收支预算总表
    eq(
        "本年收入合计 = Σ",
        f"{_FS}.income_items/本年收入合计",
        *[f"{_FS}.income_items/#{i}" for i in range(9)],
    ),
    eq(
        "收入合计 = 本年 + 结转",
        f"{_FS}.income_items/收入合计",
        f"{_FS}.income_items/本年收入合计",
        f"{_FS}.income_items/上年结转结余",
    ),
    eq(
        "本年支出合计 = Σ 类",
        f"{_FS}.expenditure_items/本年支出合计",
        *[f"{_FS}.expenditure_items/#{i}" for i in range(26)],
    ),
    eq(
        "支出合计 = 本年 + 结转下年",
        f"{_FS}.expenditure_items/支出合计",
        f"{_FS}.expenditure_items/本年支出合计",
        f"{_FS}.expenditure_items/结转下年支出",
    ),
    eq("收入合计 = 支出合计", f"{_FS}.income_items/收入合计", f"{_FS}.expenditure_items/支出合计"),
    eq("201 = 支出总表 201 项", f"{_FS}.expenditure_items/一、一般公共服务支出", f"{_EX}/201*/0"),
    eq("208 = 支出总表 208 项", f"{_FS}.expenditure_items/八、社会保障和就业支出", f"{_EX}/208*/0"),
    eq("210 = 支出总表 210 项", f"{_FS}.expenditure_items/九、卫生健康支出", f"{_EX}/210*/0"),
    eq("221 = 支出总表 221 项", f"{_FS}.expenditure_items/十九、住房保障支出", f"{_EX}/221*/0"),
    eq("支出总表 合计 = 收支总表", f"{_EX}/合计", f"{_FS}.expenditure_items/本年支出合计"),
    eq("收入总表 = 收支总表", "income/合计", f"{_FS}.income_items/收入合计"),
    eq("收入总表 其他收入 = 收支总表", "income/合计/9", f"{_FS}.income_items/九、其他收入"),
    # 四、财政拨款收支预算总表
    eq(
        "财政拨款 收入合计",
        f"{_FI}.income_items/收入合计",
        *[f"{_FI}.income_items/#{i}" for i in range(3)],
    ),
    eq(
        "财政拨款 支出合计 = Σ 类",
        f"{_FI}.expenditure_items/支出合计",
        *[f"{_FI}.expenditure_items/#{i}" for i in range(26)],
    ),
    eq("财政拨款 收入 = 支出", f"{_FI}.income_items/收入合计", f"{_FI}.expenditure_items/支出合计"),
    eq(
        "财政拨款 201 = 一般公共预算 201 项",
        f"{_FI}.expenditure_items/一、一般公共服务支出",
        f"{_GP}/201*/0",
    ),
    eq("财政拨款 = 一般公共预算 合计", f"{_FI}.income_items/收入合计", f"{_GP}/合计"),
    eq(
        "收支总表 201 − 财政拨款 201 = 其他收入",
        f"{_FS}.income_items/九、其他收入",
        f"{_FS}.expenditure_items/一、一般公共服务支出",
        f"-{_FI}.expenditure_items/一、一般公共服务支出",
    ),
    eq(
        "支出总表 2010399 − 一般公共 2010399 = 其他收入",
        f"{_FS}.income_items/九、其他收入",
        f"{_EX}/2010399",
        f"-{_GP}/2010399",
    ),
    # 经济分类
    eq("基本支出 = 一般公共 基本支出", "economic/合计", f"{_GP}/合计/1"),
    eq("经济分类 合计 = 一般公共 合计", "economic_all/合计", f"{_GP}/合计"),
    eq("30108 = 2080505", "economic/30108", f"{_GP}/2080505"),
    eq("30111 = 2101103", "economic/30111", f"{_GP}/2101103"),
    eq("30113 = 2210201", "economic/30113", f"{_GP}/2210201"),
    # 三公
    eq(
        "三公 合计",
        "sangong/合计",
        "sangong/1、因公出国（境）费用",
        "sangong/2、公务接待费",
        "sangong/3、公务用车购置及运行费",
    ),
    eq(
        "车辆 = 购置 + 运行",
        "sangong/3、公务用车购置及运行费",
        "sangong/其中：（1）公务用车购置费",
        "sangong/（2）公务用车运行费",
    ),
    eq("运行 = 30231", "sangong/（2）公务用车运行费", "economic/30231"),
    eq("SANGONG 合计", "S:合计", "sangong/合计"),
    # forms
    *[
        eq(
            f"form {i + 1}: 总额 = 财政拨款 + 其他资金",
            f"project_targets/#{i}",
            f"project_targets/#{i}/1",
            f"project_targets/#{i}/2",
        )
        for i in range(8)
    ],
    eq("保安服务 = 其他收入", "project_targets/#1/2", f"{_FS}.income_items/九、其他收入"),
    eq(
        "部门整体 资金总额 = 项目 + 基本 + 其他",
        "department_targets/资金总额",
        "department_targets/项目支出",
        "department_targets/基本支出",
        "department_targets/其他资金",
    ),
    eq("部门整体 基本支出 = 基本支出表", "department_targets/基本支出", "economic/合计"),
    # narrative
    eq("narrative 收入", "N:income_total", "income/合计"),
    eq(
        "narrative 收入 items",
        "N:income_total",
        *[
            f"N:income_items.{k}"
            for k in (
                "一般公共预算拨款收入",
                "政府性基金预算财政拨款收入",
                "国有资本经营预算拨款收入",
                "财政专户管理资金收入",
                "事业收入",
                "事业单位经营收入",
                "上级补助收入",
                "附属单位上缴收入",
                "其他收入",
                "上年结转结余",
            )
        ],
    ),
    eq("narrative 支出 = 支出总表", "N:expenditure_total", f"{_EX}/合计"),
    eq("narrative 基本 = 支出总表", "N:expenditure_items.基本支出", f"{_EX}/合计/1"),
    eq("narrative 项目 = 支出总表", "N:expenditure_items.项目支出", f"{_EX}/合计/2"),
    prev(
        "收入 and 一般公共预算 against the same previous year 10,799.09",
        "N:income_total",
        "N:income_change",
        ["N:general_public", "-N:general_public_change.1"],
    ),
    eq("narrative 一般公共预算 = 表", "N:general_public", f"{_GP}/合计"),
    rate("一般公共预算 +1.72%", "1.72", "N:general_public", "N:general_public_change.1"),
    *[
        eq(f"item {i['n']} = 表", f"I:{i['code']}.amount", f"{_GP}/{i['code']}")
        for i in NARRATIVE_ITEMS
    ],
    eq("narrative 基本支出", "N:basic", "economic/合计"),
    eq("人员经费 = 301 + 303", "N:basic_personnel", "economic/301", "economic/303"),
    eq("公用经费 = 302 + 310", "N:basic_public", "economic/302", "economic/310"),
    eq("出国 = 表", "N:sangong.因公出国（境）经费.0", "S:因公出国（境）费"),
    eq("接待 = 表", "N:sangong.公务接待费.0", "S:公务接待费"),
    eq("车辆 = 表", "N:sangong.公务用车购置及运行费.0", "S:公务用车购置及运行费"),
    eq("运行 = 表", "N:sangong.公务用车运行费.0", "S:公务用车运行费"),
    eq("购置 = 表", "N:sangong.公务用车购置费.0", "S:公务用车购置费"),
    rate(
        "购置 −0.87%",
        "0.87",
        "N:sangong.公务用车购置费.0",
        "N:sangong.公务用车购置费.1.1",
        up=False,
    ),
    rate("机关运行经费 +2.70%", "2.70", "N:agency_running", "N:agency_running_change.1"),
    eq(
        "政府采购 parts",
        "N:procurement.total",
        "N:procurement.goods",
        "N:procurement.works",
        "N:procurement.services",
    ),
)

PROBLEMS = (
    problem(
        eq(
            "部门整体 项目支出 = 一般公共预算 项目支出",
            "department_targets/项目支出",
            f"{_GP}/合计/2",
        ),
        where="p37, 部门整体支出绩效目标表: 项目支出 2285.57 (资金总额 8200.95); the tables' "
        "项目支出 is 5069.43 (一般公共预算, p17) or 9269.43 (all funds, p15)",
        difference="-2783.86",
        verdict="error",
        note="基本支出 5915.38 matches; 资金总额 8200.95 is neither 10984.81 (一般公共预算) nor "
        "15184.81 (all funds), and 2285.57 is no sum of the eight project forms (6493.50, or "
        "2293.50 without the 保安服务 paid from 其他收入).",
    ),
    note(
        "narrative lists 13 units, the income table 6",
        "p7 (二、部门预算单位构成: 13 units, 27 科室 and 12 下属单位) vs p14 (收入预算总表: "
        "合计 and 6 units)",
        note="The six rows add up to the 合计; the other units are presumably inside 泉州市人民政府"
        "办公室/机关事务服务中心. Not an arithmetic problem.",
    ),
    note(
        "三公 total not stated",
        "p27, 六: the narrative gives each 三公 item with its change but no total (312.75 in "
        "the table) and no change for 公务用车购置及运行费 293.90 as a whole",
    ),
)

NOT_PROBLEMS = (
    "收支预算总表 201 13215.69 vs 财政拨款 9015.69: the 4200.00 其他收入 (市行政中心保安服务, "
    "form p30: 财政拨款 0.00, 其他资金 4200.00) sits in 2010399 (8142.61 vs 3942.61) (HOLDS).",
    "一般公共预算支出经济分类情况表 301 4417.07 / 303 701.61 exceed the 基本支出 table's 4407.07 / "
    "673.62: project spending on those classes.",
    "30110 职工基本医疗保险缴费 137.87 vs 2101101 + 2101102 = 143.39: function and economic "
    "classifications need not match.",
    "机关运行经费 758.24 (+19.92, 2.70% against 738.32) and 委托业务费 961.76: no table prints "
    "them.",
    "收入 +4385.72 and 一般公共预算 +185.72 both imply a 2025 figure of 10799.09 (HOLDS).",
)
