"""决算 table readers on small tables in the shapes the two real documents print, and in
shapes they do not (other codes, other wraps): the readers go by header words, code
shapes and cell positions, not by one document's strings."""

from __future__ import annotations

from budgetdiff.money import parse_amount
from budgetdiff.parser.final_accounts import final_kind, rejoin_punctuation
from budgetdiff.parser.final_tables import (
    read_basic_expenditure,
    read_code_table,
    read_sangong,
    read_two_sided,
    stacked_columns,
)
from budgetdiff.parser.lines import Line


def _lines(*rows: str, start: int = 2) -> list[Line]:
    return [Line(no, row) for no, row in enumerate(rows, start)]


def _wan(text: str) -> int:
    value = parse_amount(text, "万元")
    assert isinstance(value, int)
    return value


def test_the_cover_may_split_department_and_kind_over_lines():
    found = final_kind(_lines("上海市某某区", "某某", "2023 年度单位决算", "目\t录"))
    assert found is not None
    assert (found.group("department"), found.group("year"), found.group("kind")) == (
        "上海市某某区某某",
        "2023",
        "单位决算",
    )
    assert final_kind(_lines("上海市某某区2025年区级部门预算")) is None


def test_punctuation_printed_below_its_line_goes_back_between_the_cells():
    lines = rejoin_punctuation(_lines("负责组织执行\t受区政府委托\t报告", "；\t，", "下一行。"))
    assert [(line.no, line.text) for line in lines] == [
        (2, "负责组织执行；受区政府委托，报告"),
        (4, "下一行。"),
    ]


def test_wrapped_header_cells_are_joined_top_to_bottom():
    header = _lines(
        "\t\t\t项目\t\t附属单",
        "\t功能分类\t\t\t本年收入合\t位上",
        "\t科目编码\t\t科目名称\t计\t缴收入",
    )
    assert stacked_columns(header) == ("本年收入合计", "附属单位上缴收入")


def test_a_seven_digit_code_column_with_names_centred_over_three_lines():
    table, lost = read_code_table(
        "general_public",
        Line(1, "一般公共预算财政拨款支出决算表"),
        _lines(
            "单位：万元",
            "功能分类\t科目名称\t合计\t基本支出\t项目支出",
            "科目编码\t\t\t\t",
            "208\t社会保障和就\t10.00\t10.00\t",
            "\t业支出\t\t\t",
            "\t机关事业单位\t\t\t",
            "2080505\t基本养老保险\t10.00\t10.00\t",
            "\t缴费支出\t\t\t",
            "\t合计\t10.00\t10.00\t",
            "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
        ),
    )
    assert lost == []
    assert [(row.code, row.name) for row in table.rows] == [
        ("208", "社会保障和就业支出"),
        ("2080505", "机关事业单位基本养老保险缴费支出"),
    ]
    assert table.total == {"合计": _wan("10.00"), "基本支出": _wan("10.00"), "项目支出": None}
    assert table.note == "注：本表反映部门本年度一般公共预算财政拨款支出情况。"


def test_a_total_row_first_sharing_its_line_with_the_code_labels():
    table, lost = read_code_table(
        "expenditure",
        Line(1, "支出决算表"),
        _lines(
            "\t\t\t项目\t\t",
            "\t支出功能分类\t\t\t本年支出合\t基本支出",
            "\t科目编码\t\t科目名称\t计\t",
            "类\t款\t项\t合计\t5.00\t5.00",
            "201\t\t\t一般公共服务支出\t5.00\t5.00",
            "201\t03\t01\t行政运行\t5.00\t5.00",
        ),
    )
    assert lost == []
    assert table.columns == ("本年支出合计", "基本支出")
    assert table.total_line == 5
    assert [row.code for row in table.rows] == ["201", "2010301"]


def test_an_empty_fund_table_keeps_its_note_and_instruction():
    table, lost = read_code_table(
        "gov_fund",
        Line(1, "政府性基金预算财政拨款收入支出决算表"),
        _lines(
            "功能分类\t\t年初结转和\t本年收入\t\t本年支出\t\t年末结转和",
            "科目编码\t科目名称\t结余\t\t\t\t\t结余",
            "\t合计\t\t\t合计\t基本支出\t项目支出\t",
            "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
            "说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
        ),
    )
    assert lost == []
    assert table.rows == ()
    assert table.total is not None and set(table.total.values()) == {None}
    assert table.note is not None and table.note.split("\n")[1].startswith("说明：")


def test_two_sided_figures_above_their_item_and_split_ordinals():
    table, lost = read_two_sided(
        "fiscal_summary",
        Line(1, "财政拨款收入支出决算总表"),
        _lines(
            "收入\t\t支出\t\t",
            "项目\t决算数\t项目\t合计\t一般公共预算",
            "\t3.00\t\t\t财政拨款",
            "一、一般公共预算财政拨款\t\t一、一般公共服务支出\t3.00\t3.00",
            "二 政府性基金预算财政拨\t\t二 外交支出\t\t",
            "、\t\t、\t\t",
            "款\t\t\t\t",
            "\t3.00\t\t3.00\t",
            "本年收入合计\t\t本年支出合计\t\t3.00",
            "年初财政拨款结转和结余\t1.00\t年末财政拨款结转和结余\t1.00\t1.00",
            "一、一般公共预算财政拨款\t1.00\t\t\t",
            "总计\t4.00\t总计\t4.00\t4.00",
        ),
    )
    assert lost == []
    assert table.expenditure_columns == ("合计", "一般公共预算财政拨款")
    assert [(item.name, item.values["决算数"]) for item in table.income_items] == [
        ("一、一般公共预算财政拨款", _wan("3.00")),
        ("二、政府性基金预算财政拨款", None),
    ]
    assert [item.name for item in table.expenditure_items] == [
        "一、一般公共服务支出",
        "二、外交支出",
    ]
    assert table.income_total == {"决算数": _wan("3.00")}
    assert table.expenditure_total == {"合计": _wan("3.00"), "一般公共预算财政拨款": _wan("3.00")}
    assert [(item.name, item.level) for item in table.income_below] == [
        ("年初财政拨款结转和结余", 1),
        ("一、一般公共预算财政拨款", 2),
    ]
    assert table.income_grand_total == {"决算数": _wan("4.00")}


def test_basic_expenditure_groups_with_codes_above_their_names():
    table, lost = read_basic_expenditure(
        Line(1, "一般公共预算财政拨款基本支出决算表"),
        _lines(
            "经济分类\t\t\t\t经济分类\t\t\t",
            "科目编码\t\t科目名称\t决算数\t科目编码\t\t科目名称\t决算数",
            "301\t\t\t3.00\t302\t\t\t1.00",
            "\t\t工资福利支出\t\t\t\t商品和服务支出\t",
            "301\t01\t基本工资\t3.00\t302\t\t\t",
            "\t\t\t\t\t01\t办公费\t1.00",
            "\t\t人员经费合计\t3.00\t\t\t公用经费合计\t1.00",
        ),
    )
    assert lost == []
    assert table.total is None
    assert [(row.code, row.name, row.values["决算数"]) for row in table.rows] == [
        ("301", "工资福利支出", _wan("3.00")),
        ("30101", "基本工资", _wan("3.00")),
        ("302", "商品和服务支出", _wan("1.00")),
        ("30201", "办公费", _wan("1.00")),
    ]
    assert [(g.name, g.codes) for g in table.group_totals] == [
        ("人员经费合计", ("301",)),
        ("公用经费合计", ("302",)),
    ]


def test_sangong_pairs_are_named_by_their_header_words():
    sangong, lost = read_sangong(
        Line(1, "财政拨款“三公”经费支出决算表"),
        _lines(
            "\t合计\t\t因公出国\t\t小计\t公务用车\t\t\t公务用车\t\t公务接待费",
            "\t\t\t（境）费\t\t\t购置费\t\t\t运行维护费\t\t",
            "预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数",
            "3.00\t1.00\t\t\t2.00\t1.00\t2.00\t1.00\t\t\t1.00\t",
        ),
    )
    assert lost == [] and sangong is not None
    assert sangong.budget["公务用车购置费"] == _wan("2.00")
    assert sangong.values["公务用车购置及运行费"] == _wan("1.00")
    assert sangong.budget["公务接待费"] == _wan("1.00")
    assert sangong.values["公务接待费"] is None


def test_direction_words_with_or_without_年初():
    from budgetdiff.parser.final_facts import _direction

    assert _direction("决算数与年初预算数持平。")[0] == "持平"
    assert _direction("决算数同预算数持平。")[0] == "持平"
    assert _direction("决算数与预算数基本持平。")[0] == "持平"
    assert _direction("决算数小于年初预算数的主要原因：人员减少。")[0] == "小于"
    assert _direction("决算数大于预算数的主要原因：追加。") == (
        "大于",
        "决算数大于预算数的主要原因：追加。",
    )
