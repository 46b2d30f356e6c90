"""What sh-putuo-govoffice-2025-unit.pdf prints: ground truth for issue 8's tests.

Every figure was read on the page images (pdftoppm -r 110) and compared with the
`pdftotext -layout` text layer, which agrees with the images everywhere in this document.
Amounts are the printed strings in the unit of their table (None: a blank cell); codes are
joined (`201 03 01` is "2010301"); pages are 1-based PDF pages. Rows are
(code, name, amounts in the order of "columns"); two-sided items are (name, amount) on the
income side and (name, 类 code it equals (not printed), amounts) on the expenditure side.
On p9 the name of 2010399 wraps onto a second line (务支出), half clipped by the cell
in the image but whole in the text layer. The figures equal the 部门预算's, cell by cell.
"""

SOURCE = "sh-putuo-govoffice-2025-unit.pdf"

PAGE_COUNT = 21

IDENTITY = {
    "department": "上海市普陀区人民政府办公室",
    "year": 2025,
    "kind": "单位预算",
    "title": "上海市普陀区2025年区级单位预算",
    "title_page": 1,
    "department_line": "预算单位：上海市普陀区人民政府办公室",
    "department_line_page": 1,
}

# The heading is printed letter-spaced (目   录); entries 4-9 use a full-width period
# in the text layer.
TOC = {
    "page": 2,
    "heading": "目录",
    "dot_leaders": False,
    "page_numbers": False,
    "entries": (
        "一、单位主要职能",
        "二、单位机构设置",
        "三、名词解释",
        "四、单位预算编制说明",
        "五、单位预算表",
        "1. 2025年预算单位财务收支预算总表",
        "2. 2025年预算单位收入预算总表",
        "3. 2025年预算单位支出预算总表",
        "4．2025年预算单位财政拨款收支预算总表",
        "5．2025年预算单位一般公共预算支出功能分类预算表",
        "6．2025年预算单位政府性基金预算支出功能分类预算表",
        "7．2025年预算单位国有资本经营预算支出功能分类预算表",
        "8．2025年预算单位一般公共预算基本支出部门预算经济分类预算表",
        "9.2025年单位“三公”经费和机关运行经费预算表",
        "六、其他相关情况说明",
    ),
}

# (heading as printed on its page, page); headings carry no 一、… number.
SECTIONS = (
    ("上海市普陀区人民政府办公室主要职能", 3),
    ("上海市普陀区人民政府办公室机构设置", 4),
    ("名词解释", 5),
    ("2025年单位预算编制说明", 6),
    ("其他相关情况说明", 21),
)

TABLES = {
    "finance_summary": {
        "heading": "2025年预算单位财务收支预算总表",
        "pages": (8,),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "income_header": ("本年收入", ("项目", "预算数")),
        "expenditure_header": (
            "本年支出",
            ("项目", ("预算数", ("合计", ("基本支出", ("人员经费", "公用经费")), "项目支出"))),
        ),
        "expenditure_columns": ("合计", "人员经费", "公用经费", "项目支出"),
        "empty_note": None,
        "income_items": (
            ("一、财政拨款收入", "91,016,775.35"),
            ("1、一般公共预算资金", "91,016,775.35"),
            ("2、政府性基金", None),
            ("3、国有资本经营预算", None),
            ("二、事业收入", None),
            ("三、事业单位经营收入", None),
            ("四、其他收入", None),
        ),
        "income_total": ("收入总计", "91,016,775.35"),
        "expenditure_items": (
            (
                "一、一般公共服务支出",
                "201",
                ("82,096,797.42", "13,819,399.88", "1,867,397.54", "66,410,000.00"),
            ),
            (
                "二、社会保障和就业支出",
                "208",
                ("4,213,779.28", "3,948,399.28", "265,380.00", None),
            ),
            ("三、卫生健康支出", "210", ("1,097,073.43", "1,097,073.43", None, None)),
            ("四、住房保障支出", "221", ("3,609,125.22", "3,609,125.22", None, None)),
        ),
        "expenditure_total": (
            "支出总计",
            ("91,016,775.35", "22,473,997.81", "2,132,777.54", "66,410,000.00"),
        ),
    },
    "income": {
        "heading": "2025年预算单位收入预算总表",
        "pages": (9, 10),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "收入预算",
        "code_header": ("功能分类科目编码", ("类", "款", "项")),
        "name_header": "功能分类科目名称",
        "columns": ("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"),
        "wrapped_headers": {
            "事业单位经营收入": ("事业单位", "经营收入"),
        },
        "header_repeated_on": (),
        "empty_note": None,
        "row_count": 20,
        "total": ("91,016,775.35", "91,016,775.35", None, None, None),
        "total_page": 10,
        "sample_rows": ("201", "20805", "2101102", "2010399"),
        "wrapped_names": {
            "2010399": ("其他政府办公厅（室）及相关机构事", "务支出"),
        },
        "rows": (
            ("201", "一般公共服务支出", ("82,096,797.42", "82,096,797.42", None, None, None)),
            (
                "20103",
                "政府办公厅（室）及相关机构事务",
                ("82,096,797.42", "82,096,797.42", None, None, None),
            ),
            ("2010301", "行政运行", ("12,029,501.84", "12,029,501.84", None, None, None)),
            (
                "2010302",
                "一般行政管理事务",
                ("46,140,000.00", "46,140,000.00", None, None, None),
            ),
            ("2010350", "事业运行", ("3,807,295.58", "3,807,295.58", None, None, None)),
            (
                "2010399",
                "其他政府办公厅（室）及相关机构事务支出",
                ("20,120,000.00", "20,120,000.00", None, None, None),
            ),
            ("208", "社会保障和就业支出", ("4,213,779.28", "4,213,779.28", None, None, None)),
            (
                "20805",
                "行政事业单位养老支出",
                ("4,213,779.28", "4,213,779.28", None, None, None),
            ),
            ("2080501", "行政单位离退休", ("1,554,220.00", "1,554,220.00", None, None, None)),
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                ("1,763,159.52", "1,763,159.52", None, None, None),
            ),
            (
                "2080506",
                "机关事业单位职业年金缴费支出",
                ("881,579.76", "881,579.76", None, None, None),
            ),
            (
                "2080599",
                "其他行政事业单位养老支出",
                ("14,820.00", "14,820.00", None, None, None),
            ),
            ("210", "卫生健康支出", ("1,097,073.43", "1,097,073.43", None, None, None)),
            ("21011", "行政事业单位医疗", ("1,097,073.43", "1,097,073.43", None, None, None)),
            ("2101101", "行政单位医疗", ("782,855.28", "782,855.28", None, None, None)),
            ("2101102", "事业单位医疗", ("314,218.15", "314,218.15", None, None, None)),
            ("221", "住房保障支出", ("3,609,125.22", "3,609,125.22", None, None, None)),
            ("22102", "住房改革支出", ("3,609,125.22", "3,609,125.22", None, None, None)),
            ("2210201", "住房公积金", ("1,741,445.22", "1,741,445.22", None, None, None)),
            ("2210203", "购房补贴", ("1,867,680.00", "1,867,680.00", None, None, None)),
        ),
    },
    "expenditure": {
        "heading": "2025年预算单位支出预算总表",
        "pages": (11, 12),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "支出预算",
        "code_header": ("功能分类科目编码", ("类", "款", "项")),
        "name_header": "功能分类科目名称",
        "columns": ("合计", "基本支出", "项目支出"),
        "header_repeated_on": (),
        "empty_note": None,
        "row_count": 20,
        "total": ("91,016,775.35", "24,606,775.35", "66,410,000.00"),
        "total_page": 12,
        "sample_rows": ("201", "20805", "2010302", "2010350"),
        "wrapped_names": {},
        "rows": (
            ("201", "一般公共服务支出", ("82,096,797.42", "15,686,797.42", "66,410,000.00")),
            (
                "20103",
                "政府办公厅（室）及相关机构事务",
                ("82,096,797.42", "15,686,797.42", "66,410,000.00"),
            ),
            ("2010301", "行政运行", ("12,029,501.84", "11,919,501.84", "110,000.00")),
            ("2010302", "一般行政管理事务", ("46,140,000.00", None, "46,140,000.00")),
            ("2010350", "事业运行", ("3,807,295.58", "3,767,295.58", "40,000.00")),
            (
                "2010399",
                "其他政府办公厅（室）及相关机构事务支出",
                ("20,120,000.00", None, "20,120,000.00"),
            ),
            ("208", "社会保障和就业支出", ("4,213,779.28", "4,213,779.28", None)),
            ("20805", "行政事业单位养老支出", ("4,213,779.28", "4,213,779.28", None)),
            ("2080501", "行政单位离退休", ("1,554,220.00", "1,554,220.00", None)),
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                ("1,763,159.52", "1,763,159.52", None),
            ),
            ("2080506", "机关事业单位职业年金缴费支出", ("881,579.76", "881,579.76", None)),
            ("2080599", "其他行政事业单位养老支出", ("14,820.00", "14,820.00", None)),
            ("210", "卫生健康支出", ("1,097,073.43", "1,097,073.43", None)),
            ("21011", "行政事业单位医疗", ("1,097,073.43", "1,097,073.43", None)),
            ("2101101", "行政单位医疗", ("782,855.28", "782,855.28", None)),
            ("2101102", "事业单位医疗", ("314,218.15", "314,218.15", None)),
            ("221", "住房保障支出", ("3,609,125.22", "3,609,125.22", None)),
            ("22102", "住房改革支出", ("3,609,125.22", "3,609,125.22", None)),
            ("2210201", "住房公积金", ("1,741,445.22", "1,741,445.22", None)),
            ("2210203", "购房补贴", ("1,867,680.00", "1,867,680.00", None)),
        ),
    },
    "fiscal_summary": {
        "heading": "2025年预算单位财政拨款收支预算总表",
        "pages": (13,),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "income_header": ("财政拨款收入", ("项目", "预算数")),
        "expenditure_header": (
            "财政拨款支出",
            ("项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
        ),
        "expenditure_columns": ("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
        "empty_note": None,
        "income_items": (
            ("一、一般公共预算资金", "91,016,775.35"),
            ("二、政府性基金", None),
            ("三、国有资本经营预算", None),
        ),
        "income_total": ("收入总计", "91,016,775.35"),
        "expenditure_items": (
            ("一、一般公共服务支出", "201", ("82,096,797.42", "82,096,797.42", None, None)),
            ("二、社会保障和就业支出", "208", ("4,213,779.28", "4,213,779.28", None, None)),
            ("三、卫生健康支出", "210", ("1,097,073.43", "1,097,073.43", None, None)),
            ("四、住房保障支出", "221", ("3,609,125.22", "3,609,125.22", None, None)),
        ),
        "expenditure_total": ("支出总计", ("91,016,775.35", "91,016,775.35", None, None)),
    },
    "general_public": {
        "heading": "2025年预算单位一般公共预算支出功能分类预算表",
        "pages": (14, 15),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "一般公共预算支出",
        "code_header": ("功能分类科目编码", ("类", "款", "项")),
        "name_header": "功能分类科目名称",
        "columns": ("合计", "基本支出", "项目支出"),
        "header_repeated_on": (15,),
        "empty_note": None,
        "row_count": 20,
        "total": ("91,016,775.35", "24,606,775.35", "66,410,000.00"),
        "total_page": 15,
        "sample_rows": ("210", "21011", "2010399", "2210203"),
        "wrapped_names": {},
        "rows": (
            ("201", "一般公共服务支出", ("82,096,797.42", "15,686,797.42", "66,410,000.00")),
            (
                "20103",
                "政府办公厅（室）及相关机构事务",
                ("82,096,797.42", "15,686,797.42", "66,410,000.00"),
            ),
            ("2010301", "行政运行", ("12,029,501.84", "11,919,501.84", "110,000.00")),
            ("2010302", "一般行政管理事务", ("46,140,000.00", None, "46,140,000.00")),
            ("2010350", "事业运行", ("3,807,295.58", "3,767,295.58", "40,000.00")),
            (
                "2010399",
                "其他政府办公厅（室）及相关机构事务支出",
                ("20,120,000.00", None, "20,120,000.00"),
            ),
            ("208", "社会保障和就业支出", ("4,213,779.28", "4,213,779.28", None)),
            ("20805", "行政事业单位养老支出", ("4,213,779.28", "4,213,779.28", None)),
            ("2080501", "行政单位离退休", ("1,554,220.00", "1,554,220.00", None)),
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                ("1,763,159.52", "1,763,159.52", None),
            ),
            ("2080506", "机关事业单位职业年金缴费支出", ("881,579.76", "881,579.76", None)),
            ("2080599", "其他行政事业单位养老支出", ("14,820.00", "14,820.00", None)),
            ("210", "卫生健康支出", ("1,097,073.43", "1,097,073.43", None)),
            ("21011", "行政事业单位医疗", ("1,097,073.43", "1,097,073.43", None)),
            ("2101101", "行政单位医疗", ("782,855.28", "782,855.28", None)),
            ("2101102", "事业单位医疗", ("314,218.15", "314,218.15", None)),
            ("221", "住房保障支出", ("3,609,125.22", "3,609,125.22", None)),
            ("22102", "住房改革支出", ("3,609,125.22", "3,609,125.22", None)),
            ("2210201", "住房公积金", ("1,741,445.22", "1,741,445.22", None)),
            ("2210203", "购房补贴", ("1,867,680.00", "1,867,680.00", None)),
        ),
    },
    "gov_fund": {
        "heading": "2025年预算单位政府性基金预算支出功能分类预算表",
        "pages": (16,),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "政府性基金预算支出",
        "code_header": ("功能分类科目编码", ("类", "款", "项")),
        "name_header": "功能分类科目名称",
        "columns": ("合计", "基本支出", "项目支出"),
        "header_repeated_on": (),
        "empty_note": "注:本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
        "row_count": 0,
        "total": (None, None, None),
        "total_page": 16,
        "sample_rows": (),
        "wrapped_names": {},
        "rows": (),
    },
    "state_capital": {
        "heading": "2025年预算单位国有资本经营预算支出功能分类预算表",
        "pages": (17,),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "国有资本经营预算支出",
        "code_header": ("功能分类科目编码", ("类", "款", "项")),
        "name_header": "功能分类科目名称",
        "columns": ("合计", "基本支出", "项目支出"),
        "header_repeated_on": (),
        "empty_note": "注:本单位2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。",
        "row_count": 0,
        "total": (None, None, None),
        "total_page": 17,
        "sample_rows": (),
        "wrapped_names": {},
        "rows": (),
    },
    "economic": {
        "heading": "2025年预算单位一般公共预算基本支出部门预算经济分类预算表",
        "pages": (18, 19),
        "unit": "元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "一般公共预算基本支出",
        "code_header": ("经济分类科目编码", ("类", "款")),
        "name_header": "部门经济分类科目名称",
        "columns": ("合计", "人员经费", "公用经费"),
        "wrapped_headers": {},
        "header_repeated_on": (),
        "empty_note": None,
        "row_count": 29,
        "total": ("24,606,775.35", "22,473,997.81", "2,132,777.54"),
        "total_page": 19,
        "sample_rows": ("302", "30101", "30217", "303"),
        "wrapped_names": {},
        "rows": (
            ("301", "工资福利支出", ("21,170,337.81", "21,170,337.81", None)),
            ("30101", "基本工资", ("2,540,192.00", "2,540,192.00", None)),
            ("30102", "津贴补贴", ("9,572,367.00", "9,572,367.00", None)),
            ("30107", "绩效工资", ("2,335,998.00", "2,335,998.00", None)),
            ("30108", "机关事业单位基本养老保险缴费", ("1,763,159.52", "1,763,159.52", None)),
            ("30109", "职业年金缴费", ("881,579.76", "881,579.76", None)),
            ("30110", "职工基本医疗保险缴费", ("1,097,073.43", "1,097,073.43", None)),
            ("30112", "其他社会保障缴费", ("45,013.88", "45,013.88", None)),
            ("30113", "住房公积金", ("1,741,445.22", "1,741,445.22", None)),
            ("30199", "其他工资福利支出", ("1,193,509.00", "1,193,509.00", None)),
            ("302", "商品和服务支出", ("1,932,777.54", None, "1,932,777.54")),
            ("30201", "办公费", ("259,400.00", None, "259,400.00")),
            ("30202", "印刷费", ("20,000.00", None, "20,000.00")),
            ("30204", "手续费", ("2,000.00", None, "2,000.00")),
            ("30207", "邮电费", ("30,000.00", None, "30,000.00")),
            ("30211", "差旅费", ("50,000.00", None, "50,000.00")),
            ("30215", "会议费", ("10,000.00", None, "10,000.00")),
            ("30216", "培训费", ("30,000.00", None, "30,000.00")),
            ("30217", "公务接待费", ("185,000.00", None, "185,000.00")),
            ("30226", "劳务费", ("30,000.00", None, "30,000.00")),
            ("30228", "工会经费", ("248,117.54", None, "248,117.54")),
            ("30229", "福利费", ("483,840.00", None, "483,840.00")),
            ("30239", "其他交通费用", ("379,600.00", None, "379,600.00")),
            ("30299", "其他商品和服务支出", ("204,820.00", None, "204,820.00")),
            ("303", "对个人和家庭的补助", ("1,303,660.00", "1,303,660.00", None)),
            ("30301", "离休费", ("114,940.00", "114,940.00", None)),
            ("30302", "退休费", ("1,188,720.00", "1,188,720.00", None)),
            ("310", "资本性支出", ("200,000.00", None, "200,000.00")),
            ("31002", "办公设备购置", ("200,000.00", None, "200,000.00")),
        ),
    },
    "sangong": {
        "heading": "2025年单位“三公”经费和机关运行经费预算表",
        "pages": (20,),
        "unit": "万元",
        "unit_line": "单位:万元",
        "prepared_by": "编制单位：上海市普陀区人民政府办公室",
        "group_header": "“三公”经费预算数",
        "columns": (
            "合计",
            "因公出国(境)费",
            "公务接待费",
            "公务用车购置及运行费/小计",
            "公务用车购置及运行费/购置费",
            "公务用车购置及运行费/运行费",
            "机关运行经费预算数",
        ),
        "wrapped_headers": {
            "机关运行经费预算数": ("机关运行经费预算", "数"),
        },
        "empty_note": None,
        "values": ("867.50", "839.00", "28.50", None, None, None, "213.28"),
    },
}

# The seven 三公 values of the sangong table (万元); blank cells are None.
SANGONG = {
    "合计": "867.50",
    "因公出国（境）费": "839.00",
    "公务接待费": "28.50",
    "公务用车购置及运行费": None,
    "公务用车购置费": None,
    "公务用车运行费": None,
    "机关运行经费": "213.28",
}

# Each item is printed `N. “类-款-项”科目X万元，主要用于…`, the names joined by
# hyphens (no （类）（款）（项） markers), with no previous-year figure and no percentage.
NARRATIVE = {
    "heading": "2025年单位预算编制说明",
    "page": 6,
    "totals": (
        {
            "what": "收入预算",
            "amount": "9,101.68",
            "unit": "万元",
            "change": None,
            "page": 6,
        },
        {
            "what": "财政拨款收入",
            "amount": "9,101.68",
            "unit": "万元",
            "change": ("比2024年预算", "减少", "2,389.52"),
            "page": 6,
        },
        {
            "what": "事业收入",
            "amount": "0",
            "unit": "万元",
            "change": None,
            "page": 6,
        },
        {
            "what": "事业单位经营收入",
            "amount": "0",
            "unit": "万元",
            "change": None,
            "page": 6,
        },
        {
            "what": "其他收入",
            "amount": "0",
            "unit": "万元",
            "change": None,
            "page": 6,
        },
        {
            "what": "支出预算",
            "amount": "9,101.68",
            "unit": "万元",
            "change": None,
            "page": 6,
        },
        {
            "what": "财政拨款支出预算",
            "amount": "9,101.68",
            "unit": "万元",
            "change": ("比2024年预算", "减少", "2,389.52"),
            "page": 6,
        },
        {
            "what": "一般公共预算拨款支出预算",
            "amount": "9,101.68",
            "unit": "万元",
            "change": ("比2024年预算", "减少", "2,389.52"),
            "page": 6,
        },
        {
            "what": "政府性基金拨款支出预算",
            "amount": "0",
            "unit": "万元",
            "change": ("比2024年预算", "持平", None),
            "page": 6,
        },
        {
            "what": "国有资本经营预算拨款支出预算",
            "amount": "0",
            "unit": "万元",
            "change": ("比2024年预算", "持平", None),
            "page": 6,
        },
    ),
    "reason": "财政拨款收入支出减少的主要原因是项目调整。",
    "items_heading": "财政拨款支出主要内容如下：",
    "items": (
        {
            "n": 1,
            "quoted": "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行",
            "class": "一般公共服务支出",
            "kuan": "政府办公厅（室）及相关机构事务",
            "xiang": "行政运行",
            "code": "2010301",
            "amount": "1,202.95",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "12,029,501.84"),
        },
        {
            "n": 2,
            "quoted": "一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务",
            "class": "一般公共服务支出",
            "kuan": "政府办公厅（室）及相关机构事务",
            "xiang": "一般行政管理事务",
            "code": "2010302",
            "amount": "4,614",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "46,140,000.00"),
        },
        {
            "n": 3,
            "quoted": "一般公共服务支出-政府办公厅（室）及相关机构事务-事业运行",
            "class": "一般公共服务支出",
            "kuan": "政府办公厅（室）及相关机构事务",
            "xiang": "事业运行",
            "code": "2010350",
            "amount": "380.73",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "3,807,295.58"),
        },
        {
            "n": 4,
            "quoted": (
                "一般公共服务支出-政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机"
                "构事务支出"
            ),
            "class": "一般公共服务支出",
            "kuan": "政府办公厅（室）及相关机构事务",
            "xiang": "其他政府办公厅（室）及相关机构事务支出",
            "code": "2010399",
            "amount": "2,012",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "20,120,000.00"),
        },
        {
            "n": 5,
            "quoted": "社会保障和就业支出-行政事业单位养老支出-行政单位离退休",
            "class": "社会保障和就业支出",
            "kuan": "行政事业单位养老支出",
            "xiang": "行政单位离退休",
            "code": "2080501",
            "amount": "155.42",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "1,554,220.00"),
        },
        {
            "n": 6,
            "quoted": "社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出",
            "class": "社会保障和就业支出",
            "kuan": "行政事业单位养老支出",
            "xiang": "机关事业单位基本养老保险缴费支出",
            "code": "2080505",
            "amount": "176.32",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "1,763,159.52"),
        },
        {
            "n": 7,
            "quoted": "社会保障和就业支出-行政事业单位养老支出-机关事业单位职业年金缴费支出",
            "class": "社会保障和就业支出",
            "kuan": "行政事业单位养老支出",
            "xiang": "机关事业单位职业年金缴费支出",
            "code": "2080506",
            "amount": "88.16",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 6,
            "table_figure": ("general_public", "合计", "881,579.76"),
        },
        {
            "n": 8,
            "quoted": "社会保障和就业支出-行政事业单位养老支出-其他行政事业单位养老支出",
            "class": "社会保障和就业支出",
            "kuan": "行政事业单位养老支出",
            "xiang": "其他行政事业单位养老支出",
            "code": "2080599",
            "amount": "1.48",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 7,
            "table_figure": ("general_public", "合计", "14,820.00"),
        },
        {
            "n": 9,
            "quoted": "卫生健康支出-行政事业单位医疗-行政单位医疗",
            "class": "卫生健康支出",
            "kuan": "行政事业单位医疗",
            "xiang": "行政单位医疗",
            "code": "2101101",
            "amount": "78.29",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 7,
            "table_figure": ("general_public", "合计", "782,855.28"),
        },
        {
            "n": 10,
            "quoted": "卫生健康支出-行政事业单位医疗-事业单位医疗",
            "class": "卫生健康支出",
            "kuan": "行政事业单位医疗",
            "xiang": "事业单位医疗",
            "code": "2101102",
            "amount": "31.42",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 7,
            "table_figure": ("general_public", "合计", "314,218.15"),
        },
        {
            "n": 11,
            "quoted": "住房保障支出-住房改革支出-住房公积金",
            "class": "住房保障支出",
            "kuan": "住房改革支出",
            "xiang": "住房公积金",
            "code": "2210201",
            "amount": "174.14",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 7,
            "table_figure": ("general_public", "合计", "1,741,445.22"),
        },
        {
            "n": 12,
            "quoted": "住房保障支出-住房改革支出-购房补贴",
            "class": "住房保障支出",
            "kuan": "住房改革支出",
            "xiang": "购房补贴",
            "code": "2210203",
            "amount": "186.77",
            "unit": "万元",
            "previous_executed": None,
            "change": None,
            "page": 7,
            "table_figure": ("general_public", "合计", "1,867,680.00"),
        },
    ),
    "sangong": {
        "page": 21,
        "heading": "一、2025年“三公”经费预算情况说明",
        "statements": (
            ("“三公”经费预算数", "867.50", ("与2024年预算", "持平", None)),
            ("因公出国（境）费", "839", ("与2024年预算", "持平", None)),
            ("公务用车购置及运行费", "0", ("与2024年预算", "持平", None)),
            ("公务用车购置费", "0", ("与2024年预算", "持平", None)),
            ("公务用车运行费", "0", ("与2024年预算", "持平", None)),
            ("公务接待费", "28.50", ("与2024年预算", "持平", None)),
        ),
    },
    "operating_costs": {
        "page": 21,
        "text": (
            "2025年上海市普陀区人民政府办公室下属1家机关和1家事业单位财政拨款的机关运行经费预"
            "算为213.28万元。"
        ),
        "amount": "213.28",
    },
    "procurement": {
        "page": 21,
        "text": "2025年度本单位政府采购预算34万元",
        "total": "34",
        "goods": "0",
        "works": "0",
        "services": "34",
        "sme_reserved": "34",
        "small_micro_reserved": "34",
        "wrapped": False,
    },
    "performance": {
        "page": 21,
        "text": "2025年度，本单位编报绩效目标的项目共11个，涉及项目预算资金6626万元。",
        "projects": 11,
        "amount": "6626",
    },
    "assets": {
        "page": 21,
        "as_of": "2024年8月31日",
        "vehicles": 0,
        "equipment_over_1m": 0,
        "vehicles_to_buy": 0,
        "equipment_to_buy": 0,
    },
}

PROJECTS = ()

# What a correct `check` reports; nothing else is wrong in this document.
PROBLEMS = (
    {
        "identity": "机关运行经费 ≤ economic 公用经费 合计",
        "table": "sangong / economic",
        "code": None,
        "columns": ("机关运行经费预算数", "公用经费"),
        "printed": "213.28",
        "printed_unit": "万元",
        "computed": "213.277754",
        "computed_from": "economic 合计 公用经费 2,132,777.54 元",
        "difference": "0.002246",
        "verdict": "rounding",
        "note": (
            "213.28 is 2,132,777.54 元 rounded to 0.01 万元 (|diff| ≤ 0.005); the two are "
            "equal to the printed precision, so no failure."
        ),
    },
)

# Identities of domain.md checked with Decimal on these figures; all hold.
CHECKED = (
    (
        "every code table: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类, per column (income, "
        "expenditure, general_public, economic): all exact"
    ),
    (
        "per row: 合计 = 基本支出 + 项目支出 (expenditure, general_public); 合计 = Σ "
        "sources (income); 合计 = 人员经费 + 公用经费 (economic): all exact"
    ),
    (
        "finance_summary: 收入总计 = 支出总计 = 91,016,775.35 = Σ items; each expenditure "
        "item = the 类 total in expenditure"
    ),
    (
        "fiscal_summary: 收入总计 = 支出总计; each 类 = general_public 合计 of that 类; "
        "政府性基金预算 and 国有资本经营预算 columns blank, as gov_fund and state_capital "
        "are empty"
    ),
    ("income 合计 = expenditure 合计 per code; income 财政拨款收入 = general_public 合计 per code"),
    "economic 合计 24,606,775.35 = general_public 基本支出 合计",
    "general_public = expenditure per code and column (all money is 一般公共预算)",
    "sangong: 合计 867.50 = 839.00 + 28.50 + blank; 车辆小计 blank = blank + blank",
    (
        "30217 公务接待费 185,000.00 元 (18.50 万元) ≤ 公务接待费 28.50 万元; no "
        "30212/30231 rows (0 ≤ 839.00, 0 ≤ blank)"
    ),
    (
        "narrative: 收入/支出预算 9,101.68 万元 = round(91,016,775.35 元); each of the 12 "
        "items = round(general_public 合计 of its 项) to its printed precision; the items "
        "sum to 9,101.68"
    ),
    (
        "narrative 三公 figures = the sangong table (867.50, 839, 0, 0, 0, 28.50); "
        "机关运行经费 213.28 = sangong table"
    ),
    "政府采购 34 = 0 + 0 + 34",
    (
        "finance_summary (unit layout): per 类 合计 = 人员经费 + 公用经费 + 项目支出; "
        "人员经费 + 公用经费 = expenditure 基本支出; column totals 22,473,997.81 and "
        "2,132,777.54 = economic 人员经费/公用经费 合计; 项目支出 66,410,000.00 = "
        "expenditure 项目支出"
    ),
)

NOT_PROBLEMS = (
    ("绩效目标 6626 万元 < 项目支出 6,641 万元: not an identity (not every project has a target)"),
    (
        "previous year (2024) is stated only as changes: 9,101.68 + 2,389.52 = 11,491.20 "
        "万元; no per-项 previous-year figures or percentages in this document"
    ),
)
