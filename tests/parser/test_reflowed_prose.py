"""Issue 16, item 5: prose reads the same however its lines were wrapped.

A 名词解释 entry starts a line like a numbered heading (``一、财政拨款收入：指单位本年度…``)
but is a term and its definition; and a narrow page wraps every line short of the 40
characters the reader took for "a full line". Before, planning's 名词解释 (pages 29-30 of
sh-putuo-planning-2024-final.pdf, 11 entries on lines of about 27 characters) became 11
sub-headings with their definitions cut in two, and a diff against a document printing
the same glossary at another width said the section was rewritten (0% alike).

Variations made here: the 名词解释 of finance's 决算 and govoffice's 预算 (read as the
PDF reader's tab-separated text), each paragraph re-wrapped at another width (26 or 28
characters a line, as planning prints; 45 as a wide page does), and govoffice's entries
renumbered ``一、`` instead of ``（一）``.
"""

from __future__ import annotations

import pytest

import budgetdiff
from budgetdiff.model import Document, Section
from budgetdiff.parser.pdf_reader import read_pdf
from budgetdiff.parser.prose import is_subheading
from tests.real.documents import REAL


def _tab_text(stem: str) -> str:
    path = REAL / f"{stem}.pdf"
    return read_pdf(path.read_bytes(), str(path)).tab_text()[0]


def _section(document: Document, ending: str) -> Section:
    (section,) = [s for s in document.sections if s.title.endswith(ending)]
    return section


def _rewrapped(text: str, section: Section, width: int, renumber: bool = False) -> str:
    """``text`` with the lines of ``section``'s paragraphs replaced by the same
    paragraphs wrapped every ``width`` characters (``renumber``: ``（一）`` as ``一、``)."""
    lines = text.split("\n")
    first = section.paragraphs[0].lines[0]
    last = section.paragraphs[-1].lines[-1]
    wrapped = []
    for paragraph in section.paragraphs:
        body = paragraph.text
        if renumber and body.startswith("（"):
            ordinal, rest = body[1:].split("）", 1)
            body = f"{ordinal}、{rest}"
        wrapped += [body[i : i + width] for i in range(0, len(body), width)]
    return "\n".join(lines[: first - 1] + wrapped + lines[last:])


PLANNING_GLOSSARY = (
    "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、"
    "政府性基金预算财政拨款和国有资本经营预算财政拨款。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "四、其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。",
    "五、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "六、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，"
    "需延迟到以后年度按有关规定继续使用的资金。",
    "七、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
    "八、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
    "九、经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
    None,  # 十、“三公”经费 (a long entry, checked by its ends)
    "十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的"
    "基本支出中的日常公用经费支出。",
)
"""The entries as pages 29-30 print them, one paragraph each."""


def test_planning_glossary_is_one_section_of_eleven_entries():
    document = budgetdiff.load(REAL / "sh-putuo-planning-2024-final.pdf")
    glossary = _section(document, "名词解释")
    assert not [s for s in document.sections if s.parent == glossary.title]
    texts = [paragraph.text for paragraph in glossary.paragraphs]
    assert len(texts) == 11
    for text, printed in zip(texts, PLANNING_GLOSSARY, strict=True):
        if printed is not None:
            assert text == printed
    assert texts[9].startswith("十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、")
    assert "公务接待费。其中:因公出国（境）费反映" in texts[9]
    assert texts[9].endswith("公务用车燃料费、维修费、过路过桥费、保险费等支出。")
    # the parts of 第一部分 are still headings of their own
    titles = [s.title for s in document.sections]
    assert "一、主要职能" in titles and "二、部门决算单位构成" in titles


@pytest.mark.parametrize("width", [26, 45])
def test_a_final_accounts_glossary_rewrapped_reads_the_same(width):
    text = _tab_text("sh-putuo-finance-2024-final")
    original = budgetdiff.parse(text)
    glossary = _section(original, "名词解释")
    assert len(glossary.paragraphs) == 11
    variant = budgetdiff.parse(_rewrapped(text, glossary, width))
    assert variant.unparsed == ()
    assert [p.text for p in _section(variant, "名词解释").paragraphs] == [
        p.text for p in glossary.paragraphs
    ]
    assert len(variant.sections) == len(original.sections)
    assert budgetdiff.diff(original, variant).text == ()


@pytest.mark.parametrize("renumber", [False, True], ids=["（一）", "一、"])
def test_a_budget_glossary_rewrapped_on_a_narrow_page_reads_the_same(renumber):
    text = _tab_text("sh-putuo-govoffice-2025-dept")
    original = budgetdiff.parse(text)
    glossary = _section(original, "名词解释")
    assert [p.text[:3] for p in glossary.paragraphs] == [f"（{n}）" for n in "一二三四五六七八"]
    variant = budgetdiff.parse(_rewrapped(text, glossary, 28, renumber))
    assert variant.unparsed == ()
    texts = [p.text for p in _section(variant, "名词解释").paragraphs]
    assert len(texts) == 8
    if renumber:
        assert texts[0].startswith("一、财政拨款收入：是区级预算主管部门")
        assert [t.split("、", 1)[1] for t in texts] == [
            p.text.split("）", 1)[1] for p in glossary.paragraphs
        ]
    else:
        assert texts == [p.text for p in glossary.paragraphs]
        assert budgetdiff.diff(original, variant).text == ()


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("一、收入支出决算总体情况说明", True),
        ("一、“三公”经费预算", True),
        ("二、机关运行经费预算", True),
        ("三、部门决算单位构成：", True),
        ("一、财政拨款收入：指单位本年度从本级财政部门取得的财", False),
        ("二、事业收入：是指事业单位开展专业业务活动", False),
        ("三、经营收入: 指事业单位在专业业务活动", False),
        ("四、本年收入合计，其中财政拨款收入", False),
        ("五、项目支出。", False),
    ],
)
def test_a_heading_has_no_sentence_after_its_words(line, heading):
    assert is_subheading(line) is heading
