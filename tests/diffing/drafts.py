"""Drafts derived from the port-office sample by planting known edits.

Each draft is (name, text, expected) where ``expected`` lists exactly what a
diff of the sample against the draft must report, nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.conftest import PORT_PATH, replace_on_line

PORT_TEXT = PORT_PATH.read_text(encoding="utf-8")


def delete_lines(text: str, first: int, last: int) -> str:
    """``text`` without lines ``first``..``last`` (1-based, inclusive)."""
    lines = text.split("\n")
    return "\n".join(lines[: first - 1] + lines[last:])


def insert_line(text: str, after: int, new: str) -> str:
    lines = text.split("\n")
    return "\n".join([*lines[:after], new, *lines[after:]])


@dataclass(frozen=True)
class Draft:
    name: str
    text: str
    cells: frozenset[tuple[str, str | None, str, int, int]] = frozenset()
    """(table, code, column, a, b) of every changed cell."""
    rows: frozenset[tuple[str, str | None, str]] = frozenset()
    """(table, code, change)."""
    sangong: frozenset[tuple[str, int, int]] = frozenset()
    projects: frozenset[tuple[str, str]] = frozenset()
    text_sections: frozenset[str] = frozenset()
    new_failures: frozenset[str] = field(default_factory=frozenset)


def _amount_unfixed() -> Draft:
    # line 146: 2010301 行政运行 合计 13270,732 → 13370,732, totals left as they were
    text = replace_on_line(PORT_TEXT, 146, "13270,732", "13370,732")
    return Draft(
        "amount, totals not fixed",
        text,
        cells=frozenset({("expenditure", "2010301", "合计", 13_270_732, 13_370_732)}),
        new_failures=frozenset({"tree.sum", "row.sum", "cross.income_expenditure"}),
    )


def _amount_fixed() -> Draft:
    # 2080599 其他行政事业单位离退休支出 (expenditure, line 153) +1,000 of 项目支出, carried
    # up to 20805 (149), 208 (148) and the 合计 row (163).
    text = replace_on_line(PORT_TEXT, 153, "2,800\t\t2,800", "3,800\t\t3,800")
    text = replace_on_line(text, 149, "1317,404\t1164,828\t152,576", "1318,404\t1164,828\t153,576")
    text = replace_on_line(text, 148, "1317,404\t1164,828\t152,576", "1318,404\t1164,828\t153,576")
    text = replace_on_line(
        text, 163, "194829,473\t15906,334\t178923,139", "194830,473\t15906,334\t178924,139"
    )
    cells = {
        ("expenditure", "2080599", "合计", 2_800, 3_800),
        ("expenditure", "2080599", "项目支出", 2_800, 3_800),
        ("expenditure", "20805", "合计", 1_317_404, 1_318_404),
        ("expenditure", "20805", "项目支出", 152_576, 153_576),
        ("expenditure", "208", "合计", 1_317_404, 1_318_404),
        ("expenditure", "208", "项目支出", 152_576, 153_576),
        ("expenditure", None, "合计", 194_829_473, 194_830_473),
        ("expenditure", None, "项目支出", 178_923_139, 178_924_139),
    }
    return Draft(
        "amount, totals fixed",
        text,
        cells=frozenset(cells),
        new_failures=frozenset({"cross.income_expenditure", "finance_summary.categories"}),
    )


def _added_item() -> Draft:
    # a new 款 under 302 in the economic table, after line 260 (302 99 其他商品和服务支出)
    text = insert_line(PORT_TEXT, 260, "302\t18\t专用材料费\t10,000\t\t10,000")
    return Draft(
        "added row",
        text,
        rows=frozenset({("economic", "30218", "added")}),
        new_failures=frozenset({"tree.sum"}),
    )


def _removed_item() -> Draft:
    # line 243: 302 04 手续费 2,840
    text = delete_lines(PORT_TEXT, 243, 243)
    return Draft(
        "removed row",
        text,
        rows=frozenset({("economic", "30204", "removed")}),
        new_failures=frozenset({"tree.sum"}),
    )


def _sangong() -> Draft:
    # line 276: 公务接待费 47.4 → 47.5 and 合计 142.05 → 142.15, consistent
    text = replace_on_line(PORT_TEXT, 276, "142.05\t84.15\t47.4", "142.15\t84.15\t47.5")
    return Draft(
        "sangong",
        text,
        sangong=frozenset({("合计", 1_420_500, 1_421_500), ("公务接待费", 474_000, 475_000)}),
    )


def _removed_project() -> Draft:
    # the second form, 口岸大通关工作经费: lines 344-379 (title to the blank before the third)
    text = delete_lines(PORT_TEXT, 344, 379)
    return Draft("removed project", text, projects=frozenset({("口岸大通关工作经费", "removed")}))


def _edited_sentence() -> Draft:
    # line 77: 预算支出总额为 19,483 万元 → 19,583 万元 (the narrative total warns, never fails)
    text = replace_on_line(PORT_TEXT, 77, "总额为 19,483 万元", "总额为 19,583 万元")
    return Draft("edited sentence", text, text_sections=frozenset({"2017 年部门预算编制说明"}))


DRAFTS: tuple[Draft, ...] = (
    _amount_unfixed(),
    _amount_fixed(),
    _added_item(),
    _removed_item(),
    _sangong(),
    _removed_project(),
    _edited_sentence(),
)
