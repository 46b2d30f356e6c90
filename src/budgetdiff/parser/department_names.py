"""Names printed where the document's department belongs, when they are not its name.

The places that name the department: headings (section and table titles, the table of
contents), the preparer cells of the tables (``编制部门：``, ``编制单位：``, ``部门名称：``,
``单位名称：``, ``部门：`` beside ``单位：万元``), and the narrative's statements
(``2024年，上海市普陀区规划与自然资源局所属各预算单位…``). A name is found by the
department's own place (``上海市普陀区`` of 上海市普陀区财政局) followed by words that end
like an organisation (局, 委员会, 办公室, …). In headings and preparer cells every other
name is kept (a heading naming another department is a copy-paste error); in the
narrative only a near variant of the department's name (a misprint), because prose also
names the units a department carries (``加挂上海市普陀区经济委员会牌子``), which the
sections on its duties and organisation are skipped for anyway.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from budgetdiff.model import Document, Section
from budgetdiff.text import fold_name, squeeze

NEAR = 0.8
"""The similarity (difflib ratio) above which a name is a variant of the department's."""
_PLACE = re.compile(r"^.{1,7}?[省市区县州盟旗](?!$)")
_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SUFFIXES = (
    "委员会", "办公室", "办事处", "中心", "政府", "局", "厅", "院", "委", "署", "部", "办",
    "室", "会", "所", "站", "馆", "处", "队", "社", "校", "园", "台", "团", "司", "镇", "乡",
    "街道",
)  # fmt: skip
_CUT = re.compile(
    r"部门|单位|所属|下属|本级|主要职能|职能|机构|概况|预算|决算|收支|收入|支出|财务|三公|"
    r"情况|说明|名词|表|年度"
)
"""Words of a heading or sentence after a name (``…财政局部门决算表``): a name ends before."""
_PREPARER = re.compile(
    r"^(?:编制(?:部门|单位)|(?:部门|单位)名称|预算(?:主管)?(?:部门|单位)|(?P<bare>部门))[:：]"
    r"(?P<name>.+?)(?:(?:金额)?单位[:：].*)?$"
)
_ORGANISATION = ("职能", "机构", "概况", "构成", "设置", "职责", "名词解释")
"""Words of the titles of sections on the department's duties, units and terms."""


def _prefix(department: str) -> str | None:
    """The department's place (``上海市普陀区``), else its first two characters."""
    found = _PLACE.match(department)
    if found is not None:
        return found.group()
    return department[:2] if len(department) >= 4 else None


_GOVERNMENT = "人民政府"
"""What a department's full name may add after its place: ``上海市人民政府合作交流办公室``
is 上海市合作交流办公室."""


def same_department(name: str, department: str) -> bool:
    """``name`` names ``department``: equal, or one holds the other (``…办公室（本级）``,
    a name cut by a line break), also with ``人民政府`` left out of both."""
    a, b = fold_name(name), fold_name(department)
    if a in b or b in a:
        return True
    a, b = a.replace(_GOVERNMENT, ""), b.replace(_GOVERNMENT, "")
    return a in b or b in a


def is_near(name: str, department: str) -> bool:
    """``name`` differs from ``department`` by a misprint or two."""
    return difflib.SequenceMatcher(None, name, department).ratio() >= NEAR


def _candidates(run: str) -> list[str]:
    cut = _CUT.search(run, 2)
    run = run[: cut.start()] if cut else run
    return [run[:end] for end in range(len(run), 2, -1) if run[:end].endswith(_SUFFIXES)]


def _likeliest(candidates: list[str], department: str) -> str:
    """The candidate most like the department's name when one is near it, else the
    longest (``上海市普陀区商务委员会`` rather than ``…商务委``)."""
    near = [c for c in candidates if is_near(c, department)]
    if not near:
        return candidates[0]
    return max(near, key=lambda c: difflib.SequenceMatcher(None, c, department).ratio())


def names_in(text: str, department: str) -> Iterator[tuple[str, int]]:
    """Organisation names in ``text`` that start with the department's place, with their
    offset in ``text``: the one most like the department's where one is near it, else
    the longest."""
    prefix = _prefix(department)
    if prefix is None:
        return
    for run in _RUN.finditer(text):
        start = run.group().find(prefix)
        while start >= 0:
            candidates = _candidates(run.group()[start:])
            if candidates:
                yield _likeliest(candidates, department), run.start() + start
            start = run.group().find(prefix, start + len(prefix))


def _preparer(cell: str, cells: list[str]) -> str | None:
    found = _PREPARER.match(squeeze(cell))
    if found is None:
        return None
    if found.group("bare") and not any("单位" in other for other in cells):
        return None  # a bare 部门： is a preparer only beside the table's 单位：
    return found.group("name") or None


def headings(document: Document) -> Iterator[tuple[str, int]]:
    """(text, line) of every heading: section and table titles, contents entries."""
    for section in document.sections:
        yield section.title, section.line
    for table in document.tables.values():
        yield table.title, table.line
    if document.sangong is not None:
        yield document.sangong.title, document.sangong.title_line
    for line in document.toc_lines:
        yield document.source_line(line), line


def _about_organisation(section: Section) -> bool:
    return any(word in section.title or word in (section.parent or "") for word in _ORGANISATION)


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without white space, and each kept character's offset in ``text``."""
    kept = [(i, char) for i, char in enumerate(text) if not char.isspace()]
    return "".join(char for _, char in kept), [i for i, _ in kept]


def _printed(document: Document, department: str) -> Iterator[tuple[str, int, bool]]:
    """(name, line, in prose) of every name printed where the department's belongs."""
    for text, line in headings(document):
        key = squeeze(text)
        if fold_name(department) not in fold_name(key):
            for name, _ in names_in(key, department):
                yield name, line, False
    for number, text in enumerate(document.text_lines, 1):
        if ("：" not in text and ":" not in text) or ("部门" not in text and "单位" not in text):
            continue
        cells = text.split("\t")
        for cell in cells:
            preparer = _preparer(cell, cells)
            if preparer is not None and number != document.department_line:
                yield preparer, number, False
    place = _prefix(department) or department
    for section in document.sections:
        if _about_organisation(section):
            continue
        for paragraph in section.paragraphs:
            if place[:2] not in paragraph.text:
                continue
            key, offsets = _squeezed(paragraph.text)
            for name, at in names_in(key, department):
                yield name, paragraph.line_at(offsets[at]), True


def department_variants(document: Document) -> tuple[tuple[str, int], ...]:
    """Names other than the department's printed where its name belongs, each with its
    first line; in prose only near variants of it (see the module's note)."""
    department = squeeze(document.department or "")
    if len(department) < 4:
        return ()
    found: dict[str, int] = {}
    for name, line, prose in _printed(document, department):
        if same_department(name, department) or name in found:
            continue
        if prose and not is_near(name, department):
            continue
        found[name] = line
    return tuple(sorted(found.items(), key=lambda item: item[1]))
