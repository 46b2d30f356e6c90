"""What sh-putuo-commerce-2025-dept.pdf prints, copied from its page images.

Ground truth for issue 8. Amounts are the printed strings, in the unit of their
table; a blank cell is None. Rows are (code, name, *amounts) in the table's column
order. Every figure was read on the page image (pdftoppm -r 80/110). The tables
and narrative figures of the text layer agree with the images; the text layer of
pages 3-4 (主要职能, no figures) holds hidden duplicate text: page 3's layer runs on
to item 13 and page 4's repeats items 7-9, while the images show items 1-9 on
page 3 and the end of item 9 to item 13 on page 4.
"""

SOURCE = "sh-putuo-commerce-2025-dept.pdf"

PAGE_COUNT = 26

IDENTITY = {
    "department": "上海市普陀区商务委员会",
    "year": 2025,
    "kind": "部门预算",
    "title": "上海市普陀区2025年区级部门预算",
    "title_page": 1,
    "department_line": "预算主管部门：上海市普陀区商务委员会",
    "department_line_page": 1,
}

# Table of contents without dot leaders or page numbers; 三、名词解释 comes before the
# tables.
TOC = {
    "page": 2,
    "dot_leaders": False,
    "page_numbers": False,
    "table_entries": [
        "1. 2025年部门财务收支预算总表",
        "2. 2025年部门收入预算总表",
        "3. 2025年部门支出预算总表",
        "4．2025年部门财政拨款收支预算总表",
        "5．2025年部门一般公共预算支出功能分类预算表",
        "6．2025年部门政府性基金预算支出功能分类预算表",
        "7．2025年部门国有资本经营预算支出功能分类预算表",
        "8．2025年部门一般公共预算基本支出部门预算经济分类预算表",
        "9．2025年部门“三公”经费和机关运行经费预算表",
    ],
    "sections": [
        "一、部门主要职能",
        "二、部门机构设置",
        "三、名词解释",
        "四、部门预算编制说明",
        "五、部门预算表",
        "六、其他相关情况说明",
        "七、项目经费情况说明",
    ],
}

# The nine tables. Code tables: rows lists every 类/款/项 row in printed order;
# row_count counts them; total is the 合计 row's amounts (columns after the name).
# Blank cells (None) stand where other documents print 0. general_public repeats its
# header on page 16; the empty tables print a 合计 row with blank cells.
TABLES = {
    "finance_summary": {
        "heading": "2025年部门财务收支预算总表",
        "pages": [9],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": ["本年收入 项目", "本年收入 预算数", "本年支出 项目", "本年支出 预算数"],
        "empty_note": None,
        "income_items": [
            ("一、财政拨款收入", "371,514,655.00"),
            ("1. 一般公共预算资金", "371,514,655.00"),
            ("2. 政府性基金", None),
            ("3. 国有资本经营预算", None),
            ("二、事业收入", None),
            ("三、事业单位经营收入", None),
            ("四、其他收入", None),
        ],
        "expenditure_items": [
            ("一、一般公共服务支出", "21,601,733.00"),
            ("二、科学技术支出", "17,200,000.00"),
            ("三、社会保障和就业支出", "3,808,085.00"),
            ("四、卫生健康支出", "881,803.00"),
            ("五、资源勘探工业信息等支出", "293,810,000.00"),
            ("六、商业服务业等支出", "31,364,000.00"),
            ("七、住房保障支出", "2,849,034.00"),
        ],
        "income_total": ("收入总计", "371,514,655.00"),
        "expenditure_total": ("支出总计", "371,514,655.00"),
    },
    "income": {
        "heading": "2025年部门收入预算总表",
        "pages": [10, 11],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": [
            "类",
            "款",
            "项",
            "功能分类科目名称",
            "合计",
            "财政拨款收入",
            "事业收入",
            "事业单位经营收入",
            "其他收入",
        ],
        "wrapped_headers": {"事业单位经营收入": ["事业单位", "经营收入"]},
        "header_repeated_on": [],
        "empty_note": None,
        "row_count": 30,
        "total": ("371,514,655.00", "371,514,655.00", None, None, None),
        "total_page": 11,
        "total_alone_on_page": False,
        "sample_rows": {
            "lei": (
                "215",
                "资源勘探工业信息等支出",
                "293,810,000.00",
                "293,810,000.00",
                None,
                None,
                None,
            ),
            "kuan": (
                "20805",
                "行政事业单位养老支出",
                "3,808,085.00",
                "3,808,085.00",
                None,
                None,
                None,
            ),
            "xiang_blank_cells": (
                "2080502",
                "事业单位离退休",
                "17,280.00",
                "17,280.00",
                None,
                None,
                None,
            ),
            "xiang_after_page_break": (
                "2080506",
                "机关事业单位职业年金缴费支出",
                "705,443.00",
                "705,443.00",
                None,
                None,
                None,
            ),
        },
        "rows": [
            ("201", "一般公共服务支出", "21,601,733.00", "21,601,733.00", None, None, None),
            ("20113", "商贸事务", "21,601,733.00", "21,601,733.00", None, None, None),
            ("2011301", "行政运行", "9,389,913.00", "9,389,913.00", None, None, None),
            ("2011302", "一般行政管理事务", "4,545,000.00", "4,545,000.00", None, None, None),
            ("2011350", "事业运行", "2,901,820.00", "2,901,820.00", None, None, None),
            ("2011399", "其他商贸事务支出", "4,765,000.00", "4,765,000.00", None, None, None),
            ("206", "科学技术支出", "17,200,000.00", "17,200,000.00", None, None, None),
            ("20605", "科技条件与服务", "17,200,000.00", "17,200,000.00", None, None, None),
            ("2060503", "科技条件专项", "17,200,000.00", "17,200,000.00", None, None, None),
            ("208", "社会保障和就业支出", "3,808,085.00", "3,808,085.00", None, None, None),
            ("20805", "行政事业单位养老支出", "3,808,085.00", "3,808,085.00", None, None, None),
            ("2080501", "行政单位离退休", "1,661,216.00", "1,661,216.00", None, None, None),
            ("2080502", "事业单位离退休", "17,280.00", "17,280.00", None, None, None),
            (
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "1,410,886.00",
                "1,410,886.00",
                None,
                None,
                None,
            ),
            (
                "2080506",
                "机关事业单位职业年金缴费支出",
                "705,443.00",
                "705,443.00",
                None,
                None,
                None,
            ),
            ("2080599", "其他行政事业单位养老支出", "13,260.00", "13,260.00", None, None, None),
            ("210", "卫生健康支出", "881,803.00", "881,803.00", None, None, None),
            ("21011", "行政事业单位医疗", "881,803.00", "881,803.00", None, None, None),
            ("2101101", "行政单位医疗", "631,941.00", "631,941.00", None, None, None),
            ("2101102", "事业单位医疗", "249,862.00", "249,862.00", None, None, None),
            ("215", "资源勘探工业信息等支出", "293,810,000.00", "293,810,000.00", None, None, None),
            (
                "21508",
                "支持中小企业发展和管理支出",
                "293,810,000.00",
                "293,810,000.00",
                None,
                None,
                None,
            ),
            (
                "2150899",
                "其他支持中小企业发展和管理支出",
                "293,810,000.00",
                "293,810,000.00",
                None,
                None,
                None,
            ),
            ("216", "商业服务业等支出", "31,364,000.00", "31,364,000.00", None, None, None),
            ("21699", "其他商业服务业等支出", "31,364,000.00", "31,364,000.00", None, None, None),
            ("2169999", "其他商业服务业等支出", "31,364,000.00", "31,364,000.00", None, None, None),
            ("221", "住房保障支出", "2,849,034.00", "2,849,034.00", None, None, None),
            ("22102", "住房改革支出", "2,849,034.00", "2,849,034.00", None, None, None),
            ("2210201", "住房公积金", "1,361,034.00", "1,361,034.00", None, None, None),
            ("2210203", "购房补贴", "1,488,000.00", "1,488,000.00", None, None, None),
        ],
    },
    "expenditure": {
        "heading": "2025年部门支出预算总表",
        "pages": [12, 13],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": ["类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        "header_repeated_on": [],
        "empty_note": None,
        "row_count": 30,
        "total": ("371,514,655.00", "19,830,655.00", "351,684,000.00"),
        "total_page": 13,
        "total_alone_on_page": False,
        "sample_rows": {
            "lei": ("201", "一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
            "kuan": ("20113", "商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
            "xiang_blank_project": ("2011301", "行政运行", "9,389,913.00", "9,389,913.00", None),
            "xiang_blank_basic": (
                "2011302",
                "一般行政管理事务",
                "4,545,000.00",
                None,
                "4,545,000.00",
            ),
        },
        "rows": [
            ("201", "一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
            ("20113", "商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
            ("2011301", "行政运行", "9,389,913.00", "9,389,913.00", None),
            ("2011302", "一般行政管理事务", "4,545,000.00", None, "4,545,000.00"),
            ("2011350", "事业运行", "2,901,820.00", "2,901,820.00", None),
            ("2011399", "其他商贸事务支出", "4,765,000.00", None, "4,765,000.00"),
            ("206", "科学技术支出", "17,200,000.00", None, "17,200,000.00"),
            ("20605", "科技条件与服务", "17,200,000.00", None, "17,200,000.00"),
            ("2060503", "科技条件专项", "17,200,000.00", None, "17,200,000.00"),
            ("208", "社会保障和就业支出", "3,808,085.00", "3,808,085.00", None),
            ("20805", "行政事业单位养老支出", "3,808,085.00", "3,808,085.00", None),
            ("2080501", "行政单位离退休", "1,661,216.00", "1,661,216.00", None),
            ("2080502", "事业单位离退休", "17,280.00", "17,280.00", None),
            ("2080505", "机关事业单位基本养老保险缴费支出", "1,410,886.00", "1,410,886.00", None),
            ("2080506", "机关事业单位职业年金缴费支出", "705,443.00", "705,443.00", None),
            ("2080599", "其他行政事业单位养老支出", "13,260.00", "13,260.00", None),
            ("210", "卫生健康支出", "881,803.00", "881,803.00", None),
            ("21011", "行政事业单位医疗", "881,803.00", "881,803.00", None),
            ("2101101", "行政单位医疗", "631,941.00", "631,941.00", None),
            ("2101102", "事业单位医疗", "249,862.00", "249,862.00", None),
            ("215", "资源勘探工业信息等支出", "293,810,000.00", None, "293,810,000.00"),
            ("21508", "支持中小企业发展和管理支出", "293,810,000.00", None, "293,810,000.00"),
            ("2150899", "其他支持中小企业发展和管理支出", "293,810,000.00", None, "293,810,000.00"),
            ("216", "商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            ("21699", "其他商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            ("2169999", "其他商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            ("221", "住房保障支出", "2,849,034.00", "2,849,034.00", None),
            ("22102", "住房改革支出", "2,849,034.00", "2,849,034.00", None),
            ("2210201", "住房公积金", "1,361,034.00", "1,361,034.00", None),
            ("2210203", "购房补贴", "1,488,000.00", "1,488,000.00", None),
        ],
    },
    "fiscal_summary": {
        "heading": "2025年部门财政拨款收支预算总表",
        "pages": [14],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": [
            "财政拨款收入 项目",
            "财政拨款收入 预算数",
            "财政拨款支出 项目",
            "合计",
            "一般公共预算",
            "政府性基金预算",
            "国有资本经营预算",
        ],
        "empty_note": None,
        "income_items": [
            ("一、一般公共预算资金", "371,514,655.00"),
            ("二、政府性基金", None),
            ("三、国有资本经营预算", None),
        ],
        "expenditure_items": [
            ("一、一般公共服务支出", "21,601,733.00", "21,601,733.00", None, None),
            ("二、科学技术支出", "17,200,000.00", "17,200,000.00", None, None),
            ("三、社会保障和就业支出", "3,808,085.00", "3,808,085.00", None, None),
            ("四、卫生健康支出", "881,803.00", "881,803.00", None, None),
            ("五、资源勘探工业信息等支出", "293,810,000.00", "293,810,000.00", None, None),
            ("六、商业服务业等支出", "31,364,000.00", "31,364,000.00", None, None),
            ("七、住房保障支出", "2,849,034.00", "2,849,034.00", None, None),
        ],
        "income_total": ("收入总计", "371,514,655.00"),
        "expenditure_total": ("支出总计", "371,514,655.00", "371,514,655.00", None, None),
    },
    "general_public": {
        "heading": "2025年部门一般公共预算支出功能分类预算表",
        "pages": [15, 16],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": ["类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        "header_repeated_on": [16],
        "empty_note": None,
        "row_count": 30,
        "total": ("371,514,655.00", "19,830,655.00", "351,684,000.00"),
        "total_page": 16,
        "total_alone_on_page": False,
        "sample_rows": {
            "lei": ("216", "商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            "kuan": (
                "21508",
                "支持中小企业发展和管理支出",
                "293,810,000.00",
                None,
                "293,810,000.00",
            ),
            "xiang": ("2080599", "其他行政事业单位养老支出", "13,260.00", "13,260.00", None),
            "xiang_blank_basic": (
                "2150899",
                "其他支持中小企业发展和管理支出",
                "293,810,000.00",
                None,
                "293,810,000.00",
            ),
        },
        "rows": [
            ("201", "一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
            ("20113", "商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
            ("2011301", "行政运行", "9,389,913.00", "9,389,913.00", None),
            ("2011302", "一般行政管理事务", "4,545,000.00", None, "4,545,000.00"),
            ("2011350", "事业运行", "2,901,820.00", "2,901,820.00", None),
            ("2011399", "其他商贸事务支出", "4,765,000.00", None, "4,765,000.00"),
            ("206", "科学技术支出", "17,200,000.00", None, "17,200,000.00"),
            ("20605", "科技条件与服务", "17,200,000.00", None, "17,200,000.00"),
            ("2060503", "科技条件专项", "17,200,000.00", None, "17,200,000.00"),
            ("208", "社会保障和就业支出", "3,808,085.00", "3,808,085.00", None),
            ("20805", "行政事业单位养老支出", "3,808,085.00", "3,808,085.00", None),
            ("2080501", "行政单位离退休", "1,661,216.00", "1,661,216.00", None),
            ("2080502", "事业单位离退休", "17,280.00", "17,280.00", None),
            ("2080505", "机关事业单位基本养老保险缴费支出", "1,410,886.00", "1,410,886.00", None),
            ("2080506", "机关事业单位职业年金缴费支出", "705,443.00", "705,443.00", None),
            ("2080599", "其他行政事业单位养老支出", "13,260.00", "13,260.00", None),
            ("210", "卫生健康支出", "881,803.00", "881,803.00", None),
            ("21011", "行政事业单位医疗", "881,803.00", "881,803.00", None),
            ("2101101", "行政单位医疗", "631,941.00", "631,941.00", None),
            ("2101102", "事业单位医疗", "249,862.00", "249,862.00", None),
            ("215", "资源勘探工业信息等支出", "293,810,000.00", None, "293,810,000.00"),
            ("21508", "支持中小企业发展和管理支出", "293,810,000.00", None, "293,810,000.00"),
            ("2150899", "其他支持中小企业发展和管理支出", "293,810,000.00", None, "293,810,000.00"),
            ("216", "商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            ("21699", "其他商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            ("2169999", "其他商业服务业等支出", "31,364,000.00", None, "31,364,000.00"),
            ("221", "住房保障支出", "2,849,034.00", "2,849,034.00", None),
            ("22102", "住房改革支出", "2,849,034.00", "2,849,034.00", None),
            ("2210201", "住房公积金", "1,361,034.00", "1,361,034.00", None),
            ("2210203", "购房补贴", "1,488,000.00", "1,488,000.00", None),
        ],
    },
    "gov_fund": {
        "heading": "2025年部门政府性基金预算支出功能分类预算表",
        "pages": [17],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": ["类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        "empty_note": ("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"),
        "row_count": 0,
        "total": (None, None, None),
        "rows": [],
    },
    "state_capital": {
        "heading": "2025年部门国有资本经营预算支出功能分类预算表",
        "pages": [18],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": ["类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        "empty_note": ("注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。"),
        "row_count": 0,
        "total": (None, None, None),
        "rows": [],
    },
    "economic": {
        "heading": "2025年部门一般公共预算基本支出部门预算经济分类预算表",
        "pages": [19, 20],
        "unit": "元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": ["类", "款", "经济分类科目名称", "合计", "人员经费", "公用经费"],
        "wrapped_headers": {"部门预算经济分类科目编码": ["部门预算经济分类科目", "编码"]},
        "header_repeated_on": [],
        "printed_codes": {},
        "empty_note": None,
        "row_count": 30,
        "total": ("19,830,655.00", "18,120,593.00", "1,710,062.00"),
        "total_page": 20,
        "sample_rows": {
            "lei": ("303", "对个人和家庭的补助", "1,449,536.00", "1,449,536.00", None),
            "kuan_blank_public": ("30101", "基本工资", "1,952,616.00", "1,952,616.00", None),
            "kuan_blank_personnel": ("30217", "公务接待费", "10,000.00", None, "10,000.00"),
            "capital": ("31002", "办公设备购置", "78,000.00", None, "78,000.00"),
        },
        "rows": [
            ("301", "工资福利支出", "16,671,057.00", "16,671,057.00", None),
            ("30101", "基本工资", "1,952,616.00", "1,952,616.00", None),
            ("30102", "津贴补贴", "7,533,376.00", "7,533,376.00", None),
            ("30107", "绩效工资", "1,852,114.00", "1,852,114.00", None),
            ("30108", "机关事业单位基本养老保险缴费", "1,410,886.00", "1,410,886.00", None),
            ("30109", "职业年金缴费", "705,443.00", "705,443.00", None),
            ("30110", "职工基本医疗保险缴费", "881,803.00", "881,803.00", None),
            ("30112", "其他社会保障缴费", "36,918.00", "36,918.00", None),
            ("30113", "住房公积金", "1,361,034.00", "1,361,034.00", None),
            ("30199", "其他工资福利支出", "936,867.00", "936,867.00", None),
            ("302", "商品和服务支出", "1,632,062.00", None, "1,632,062.00"),
            ("30201", "办公费", "273,900.00", None, "273,900.00"),
            ("30202", "印刷费", "5,000.00", None, "5,000.00"),
            ("30204", "手续费", "1,500.00", None, "1,500.00"),
            ("30207", "邮电费", "15,000.00", None, "15,000.00"),
            ("30211", "差旅费", "80,000.00", None, "80,000.00"),
            ("30213", "维修（护）费", "10,000.00", None, "10,000.00"),
            ("30216", "培训费", "5,000.00", None, "5,000.00"),
            ("30217", "公务接待费", "10,000.00", None, "10,000.00"),
            ("30226", "劳务费", "25,000.00", None, "25,000.00"),
            ("30227", "委托业务费", "180,000.00", None, "180,000.00"),
            ("30228", "工会经费", "194,962.00", None, "194,962.00"),
            ("30229", "福利费", "423,360.00", None, "423,360.00"),
            ("30239", "其他交通费用", "284,480.00", None, "284,480.00"),
            ("30299", "其他商品和服务支出", "123,860.00", None, "123,860.00"),
            ("303", "对个人和家庭的补助", "1,449,536.00", "1,449,536.00", None),
            ("30301", "离休费", "251,936.00", "251,936.00", None),
            ("30302", "退休费", "1,197,600.00", "1,197,600.00", None),
            ("310", "资本性支出", "78,000.00", None, "78,000.00"),
            ("31002", "办公设备购置", "78,000.00", None, "78,000.00"),
        ],
    },
    "sangong": {
        "heading": "2025年部门“三公”经费和机关运行经费预算表",
        "pages": [21],
        "unit": "万元",
        "prepared_by": "编制部门：上海市普陀区商务委员会",
        "columns": [
            "合计",
            "因公出国（境）费",
            "公务接待费",
            "公务用车购置及运行费 小计",
            "购置费",
            "运行费",
            "机关运行经费预算数",
        ],
        "printed_header": [
            "“三公”经费预算数",
            "合计",
            "因公出国(境)费",
            "公务接待费",
            "公务用车购置及运行费",
            "小计",
            "购置费",
            "运行费",
            "机关运行经费预算数",
        ],
        "wrapped_headers": {"机关运行经费预算数": ["机关运行经费预算", "数"]},
        "empty_note": None,
        "row_count": 1,
        "rows": [("1.00", None, "1.00", None, None, None, "171.01")],
    },
}

# Blank cells are None; the narrative (page 22) states 0万元 for each of them.
SANGONG = {
    "unit": "万元",
    "page": 21,
    "values": {
        "合计": "1.00",
        "因公出国（境）费": None,
        "公务接待费": "1.00",
        "公务用车购置及运行费": None,
        "公务用车购置费": None,
        "公务用车运行费": None,
        "机关运行经费": "171.01",
    },
    "empty_note": None,
}

# Per-项 statements of 2025年部门预算编制说明 (pages 7-8), in 万元:
# "“<类>（类）<款>（款）<项>（项）”<amount>万元，主要用于…". This document states no
# previous-year figure or change per 项. Brackets are mixed: items 11-16 print a
# half-width ')' after （款 or （类 (e.g. "行政事业单位医疗（款)行政单位医疗（项）");
# items 5 and 13 print thousands separators ("1,720.00", "29,381.00"), item 14 none
# ("3136.40"). All 16 项 of the expenditure table are covered, in table order.
NARRATIVE_ITEMS = [
    {
        "n": 1,
        "page": 7,
        "lei": "一般公共服务支出",
        "kuan": "商贸事务",
        "xiang": "行政运行",
        "code": "2011301",
        "amount": "938.99",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 2,
        "page": 7,
        "lei": "一般公共服务支出",
        "kuan": "商贸事务",
        "xiang": "一般行政管理事务",
        "code": "2011302",
        "amount": "454.50",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 3,
        "page": 7,
        "lei": "一般公共服务支出",
        "kuan": "商贸事务",
        "xiang": "事业运行",
        "code": "2011350",
        "amount": "290.18",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 4,
        "page": 7,
        "lei": "一般公共服务支出",
        "kuan": "商贸事务",
        "xiang": "其他商贸事务支出",
        "code": "2011399",
        "amount": "476.50",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 5,
        "page": 7,
        "lei": "科学技术支出",
        "kuan": "科技条件与服务",
        "xiang": "科技条件专项",
        "code": "2060503",
        "amount": "1,720.00",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 6,
        "page": 7,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "行政单位离退休",
        "code": "2080501",
        "amount": "166.12",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 7,
        "page": 7,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "事业单位离退休",
        "code": "2080502",
        "amount": "1.73",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 8,
        "page": 7,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "机关事业单位基本养老保险缴费支出",
        "code": "2080505",
        "amount": "141.09",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 9,
        "page": 8,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "机关事业单位职业年金缴费支出",
        "code": "2080506",
        "amount": "70.54",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 10,
        "page": 8,
        "lei": "社会保障和就业支出",
        "kuan": "行政事业单位养老支出",
        "xiang": "其他行政事业单位养老支出",
        "code": "2080599",
        "amount": "1.33",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 11,
        "page": 8,
        "lei": "卫生健康支出",
        "kuan": "行政事业单位医疗",
        "xiang": "行政单位医疗",
        "code": "2101101",
        "amount": "63.19",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 12,
        "page": 8,
        "lei": "卫生健康支出",
        "kuan": "行政事业单位医疗",
        "xiang": "事业单位医疗",
        "code": "2101102",
        "amount": "24.99",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 13,
        "page": 8,
        "lei": "资源勘探工业信息等支出",
        "kuan": "支持中小企业发展和管理支出",
        "xiang": "其他支持中小企业发展和管理支出",
        "code": "2150899",
        "amount": "29,381.00",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 14,
        "page": 8,
        "lei": "商业服务业等支出",
        "kuan": "其他商业服务业等支出",
        "xiang": "其他商业服务业等支出",
        "code": "2169999",
        "amount": "3136.40",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 15,
        "page": 8,
        "lei": "住房保障支出",
        "kuan": "住房改革支出",
        "xiang": "住房公积金",
        "code": "2210201",
        "amount": "136.10",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
    {
        "n": 16,
        "page": 8,
        "lei": "住房保障支出",
        "kuan": "住房改革支出",
        "xiang": "购房补贴",
        "code": "2210203",
        "amount": "148.80",
        "previous_executed": None,
        "planned": None,
        "change": None,
    },
]

# Document-level statements, in 万元. Changes are (direction, figure, base): the income
# change is stated against 2024年预算执行数, the expenditure change against 2024年预算.
# 政府采购 wraps "30.40万" / "元。" onto the next line (page 22).
NARRATIVE = {
    "heading": "2025年部门预算编制说明",
    "pages": [7, 8],
    "income_total": "37,151.47",
    "fiscal_income": "37,151.47",
    "fiscal_income_change": ("增加", "24,558.18", "比2024年预算执行数"),
    "business_income": "0",
    "operating_income": "0",
    "other_income": "0",
    "expenditure_total": "37,151.47",
    "fiscal_expenditure": "37,151.47",
    "fiscal_expenditure_change": ("增加", "24,491.71", "比2024年预算"),
    "general_public": "37,151.47",
    "general_public_change": ("增加", "24,491.71", "比2024年预算"),
    "gov_fund": "0",
    "gov_fund_change": ("持平", None, "比2024年预算执行数"),
    "state_capital": "0",
    "state_capital_change": ("持平", None, "比2024年预算执行数"),
    "other_info_page": 22,
    "sangong_total": "1.00",
    "sangong_total_change": ("持平", None, "与2024年预算"),
    "sangong_items": {
        "因公出国（境）费": ("0", ("持平", None)),
        "公务用车购置及运行费": ("0", ("持平", None)),
        "公务用车购置费": ("0", ("持平", None)),
        "公务用车运行费": ("0", ("持平", None)),
        "公务接待费": ("1.00", ("持平", None)),
    },
    "agency_running_cost": "171.01",
    "procurement": {
        "total": "38.20",
        "goods": "7.80",
        "works": "0",
        "services": "30.40",
        "wrapped": True,
    },
    "performance_projects": {"units": None, "count": 25, "amount": "11381.60"},
    "vehicles_held": 0,
    "vehicles_to_buy": 0,
}

# 七、项目经费情况说明 (pages 23-26): four projects in prose, each under its own
# heading "<name>经费情况说明"; amounts from 六、年度预算安排
# ("2025年度项目总预算1170.00万，其中…， 合计1170.00万。"), printed with the unit "万"
# (once "万元": 支持商业综合服务能力提升80.00万元).
PROJECTS = [
    {
        "page": 23,
        "heading": "科技创新专项经费情况说明",
        "name": "科技创新专项",
        "amount": "1720.00",
        "components": [("各级企业技术中心及专精特新认定", "1720.00")],
        "unit": "万元",
    },
    {
        "page": 24,
        "heading": "生命健康专项（政策资金）经费情况说明",
        "name": "生命健康专项（政策资金）",
        "amount": "1170.00",
        "components": [
            ("支持企业规模化发展", "870.00"),
            ("支持企业创新化发展", "70.00"),
            ("支持企业协同化发展", "180.00"),
            ("支持企业国际化发展", "50.00"),
        ],
        "stated_sum": "1170.00",
        "unit": "万元",
    },
    {
        "page": 25,
        "heading": "商业创新专项（政策资金）经费情况说明",
        "name": "商业创新专项（政策资金）",
        "amount": "1410.00",
        "components": [
            ("支持引进品牌集聚", "340.00"),
            ("支持打造示范地标", "120.00"),
            ("支持促消费提质提升", "800.00"),
            ("支持商业数字化创新", "70.00"),
            ("支持商业综合服务能力提升", "80.00"),
        ],
        "stated_sum": "1410.00",
        "unit": "万元",
    },
    {
        "page": 26,
        "heading": "贸易高质量发展专项（政策资金）经费情况说明",
        "name": "贸易高质量发展专项（政策资金）",
        "amount": "2921.00",
        "components": [
            ("支持外贸发展", "370.00"),
            ("支持商销稳增长", "30.00"),
            ("区级支持总部经济", "1106.00"),
            ("市级支持总部经济", "1262.00"),
            ("进博会推进专项", "153.00"),
        ],
        "stated_sum": "2921.00",
        "unit": "万元",
    },
]

# What a correct checker must report for this document: one rounding note and nothing
# else (see CHECKED and NOT_PROBLEMS).
PROBLEMS = [
    {
        "identity": "机关运行经费 ≤ economic 公用经费 合计",
        "table": "sangong / economic",
        "code": None,
        "columns": ("机关运行经费预算数", "公用经费"),
        "where": "三公 table page 21 against the economic 合计 row, page 20",
        "printed": "171.01",
        "printed_unit": "万元",
        "computed": "171.0062",
        "computed_from": "economic 合计 公用经费 1,710,062.00 元",
        "difference": "0.0038",
        "verdict": "rounding",
        "note": (
            "Compared in 元, 1,710,100 exceeds 1,710,062 by 38 元; "
            "but 171.0062 rounds to 171.01, within half a unit (50 "
            "元) of the 万元 figure. A rounding note, not a failure."
        ),
    }
]

CHECKED = [
    (
        "income, expenditure, general_public: every 类 = Σ 款 "
        "and 款 = Σ 项 per column (blank = 0); 合计 row = Σ 类 "
        "per column (exact)."
    ),
    ("economic: every 类 = Σ 款 per column; 合计 19,830,655.00 = 18,120,593.00 + 1,710,062.00."),
    (
        "Per row: income 合计 = 财政拨款收入 (other sources "
        "blank); expenditure/general_public 合计 = 基本支出 + "
        "项目支出; economic 合计 = 人员经费 + 公用经费 (every "
        "row)."
    ),
    (
        "income 合计 = expenditure 合计 for all 30 codes; income "
        "财政拨款收入 = general_public 合计 for all 30 codes "
        "(gov_fund and state_capital empty)."
    ),
    "general_public = expenditure for every code and column.",
    ("economic 合计 19,830,655.00 = general_public 基本支出 合计 19,830,655.00."),
    (
        "finance_summary: 收入总计 = 支出总计 = 371,514,655.00; "
        "the seven expenditure items equal the expenditure 类 "
        "合计."
    ),
    (
        "fiscal_summary: 收入总计 = 支出总计 = 371,514,655.00; "
        "each item 合计 = 一般公共预算 = general_public 类 合计."
    ),
    ("三公: 1.00 = (blank) + 1.00 + (blank); 车辆 blank = blank + blank."),
    ("三公 ≥ economic: 30217 公务接待费 10,000.00 元 = 1.00万元 ≤ 1.00; no 30212 or 30231 line."),
    (
        "Narrative: 收入预算/财政拨款收入/支出预算/一般公共预算 "
        "37,151.47万元 = 371,514,655.00 元 rounded (37151.4655)."
    ),
    (
        "Narrative per 项: all 16 amounts equal the table 合计 "
        "rounded to 0.01万元; their names resolve to the 16 项 "
        "codes in table order."
    ),
    (
        "三公 narrative: 1.00 total, 0 for 出国/车辆/购置/运行 "
        "(blank in the table), 1.00 接待; all 持平, total 持平."
    ),
    "机关运行经费 narrative 171.01 = table 171.01.",
    "政府采购 38.20 = 7.80 + 0 + 30.40.",
    (
        "Projects: 科技创新专项 1720.00 = its one component and "
        "= expenditure 2060503 17,200,000.00 元; 生命健康 "
        "870+70+180+50 = 1170.00; 商业创新 340+120+800+70+80 = "
        "1410.00; 贸易高质量发展 370+30+1106+1262+153 = 2921.00."
    ),
]

# Not for check to report.
NOT_PROBLEMS = [
    (
        "The 16 per-项 amounts of the narrative add up to "
        "37151.46万元 against 37,151.47万元: rounding of 16 "
        "terms, not an identity of domain.md; no report."
    ),
    (
        "The income change is stated against 2024年预算执行数 "
        "(+24,558.18万元, so 12,593.29 before) and the "
        "expenditure change against 2024年预算 (+24,491.71万元, "
        "so 12,659.76 before): different bases, not a "
        "contradiction this document can decide. Not a failure."
    ),
    (
        "绩效目标: 25 projects, 11381.60万元 - not comparable to "
        "a table figure (项目支出 is 351,684,000.00 元)."
    ),
    (
        "Text layer of pages 3-4 (主要职能) holds hidden "
        "duplicate text (see the module docstring); no figures "
        "are affected."
    ),
]
