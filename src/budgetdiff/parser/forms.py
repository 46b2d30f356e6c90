"""Performance target forms (绩效目标申报表): one ``Project`` each.

A form is a run of labelled rows. Labels are matched after NFKC folding, so
``项目总预算(元)`` and ``项目总预算（元）`` are one label. Rows with an empty first
cell continue what came before: a checkbox group, the component list or the
indicator table. A form cut short yields what it has; a label with no value
yields None.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from budgetdiff.model import Choice, Component, Indicator, Project, Target, UnparsedLine
from budgetdiff.money import Amount, is_amount, parse_amount
from budgetdiff.parser.checkboxes import USE_OPTIONS, has_boxes, read_choice, tokens_of
from budgetdiff.parser.lines import Line
from budgetdiff.parser.project_names import trimmed_name
from budgetdiff.text import squeeze

_PAIR_FIELDS = {
    "项目负责人": "leader",
    "联系人": "contact",
    "联系电话": "phone",
    "开始时间": "start",
    "结束时间": "end",
    "项目总预算(元)": "total_budget",
    "项目当年预算(元)": "year_budget",
    "同名项目上年预算额(元)": "last_year_budget",
    "同名项目上年预算执行数(元)": "last_year_spent",
}
_AMOUNT_FIELDS = frozenset({"total_budget", "year_budget", "last_year_budget", "last_year_spent"})
TEXT_LABELS = (
    "项目概况",
    "立项依据",
    "项目设立的必要性",
    "保证项目实施的制度、措施",
    "项目实施计划",
    "项目总目标",
    "年度绩效目标",
    "备注",
)
_CHOICE_FIELDS = {"项目类型": "type", "资金用途": "use"}
_YEAR = re.compile(r"^[(（](\d{4})年[)）]$")
_APPLICANT = re.compile(r"^申报单位名称[:：](.*)$")
_SEAL = re.compile(r"[(（]盖章[)）]")
_SIGNATURE = re.compile(
    r"^填报单位负责人\(签名\):(?P<signer>.*?)填报人:(?P<preparer>.*?)填报日期:(?P<date>.*)$"
)
_TARGET = re.compile(
    r"^(?P<op>>=|<=|[=≥≤><])?\s*(?P<num>[+-]?\d+(?:\.\d+)?)\s*(?P<unit>%|‰|[^\d\s.]{1,4})?$"
)
_HTML = re.compile(r"</?p>", re.IGNORECASE)
_NAME = "项目名称"
_NAME_CELL = re.compile(r"^\s*项目名称\s*[:：]?")


def label_key(cell: str) -> str:
    """A form label folded for lookup: NFKC width folding, no white space."""
    return squeeze(unicodedata.normalize("NFKC", cell))


def parse_target(text: str) -> Target:
    """``≥85.00%`` as operator, number and unit; words (``有提升``) as text only."""
    from decimal import Decimal

    match = _TARGET.match(text.strip())
    if match is None:
        return Target(text)
    return Target(text, match.group("op"), Decimal(match.group("num")), match.group("unit"))


def _clean(text: str) -> str:
    return _HTML.sub("", text).strip()


class _FormReader:
    """Walks a form's lines, filling the fields of a Project."""

    def __init__(self, heading: Line) -> None:
        self.heading = heading
        self.fields: dict[str, Any] = {}
        self.texts: dict[str, str] = {}
        self.lines: dict[str, int] = {}
        self.components: list[Component] = []
        self.indicators: list[Indicator] = []
        self.unparsed: list[UnparsedLine] = []
        self.furniture: list[int] = []
        self.mode: str | None = None
        self.choice: tuple[str, list[Line]] | None = None
        self.category = ""

    def read(self, line: Line) -> None:
        first = line.cells[0] if line.cells else ""
        key = label_key(first)
        if self._read_header(line):
            return
        if not first and line.filled[:1] == ("子项目名称",):
            self.mode = "components"
            self.furniture.append(line.no)
            return
        if key in _CHOICE_FIELDS or (not first and self.mode == "choice" and has_boxes(line.text)):
            self._read_choice_line(line, key)
            return
        self._close_choice()
        if key in _PAIR_FIELDS:
            self._read_pairs(line)
        elif key in TEXT_LABELS:
            self._read_text(line, first, key)
        elif key.startswith(_NAME):
            self._read_name(line)
        elif key == "项目当年投入资金构成":
            self.mode = "components"
            if not self._read_component(line, line.filled[1:]):
                self.furniture.append(line.no)
        elif key == "分解目标":
            self.mode = None
            self.furniture.append(line.no)
        elif key == "分解目标内容":
            self.mode = "indicators"
            self.furniture.append(line.no)
        elif self.mode == "components" and not first:
            self._read_component(line, line.filled)
        elif self.mode == "indicators":
            self._read_indicator(line)
        else:
            self.unparsed.append(line.unparsed("not a field of the performance form"))

    def _claim(self, name: str, line: Line) -> bool:
        """Record that ``line`` holds field ``name``; False (and unparsed) for a second one."""
        if name in self.lines:
            self.unparsed.append(
                line.unparsed(
                    f"a second {name} line in the form (first on line {self.lines[name]})"
                )
            )
            return False
        self.lines[name] = line.no
        return True

    def _read_header(self, line: Line) -> bool:
        if len(line.filled) != 1:
            return False
        key = label_key(line.text)
        if (match := _YEAR.match(key)) is not None:
            if self._claim("year", line):
                self.fields["year"] = int(match.group(1))
        elif (match := _APPLICANT.match(key)) is not None:
            if self._claim("applicant", line):
                self.fields["applicant"] = _SEAL.sub("", match.group(1)) or None
        elif (match := _SIGNATURE.match(key)) is not None:
            self._close_choice()
            if not self._claim("signature", line):
                return True
            for group, name in (
                ("signer", "signer"),
                ("preparer", "preparer"),
                ("date", "filed_on"),
            ):
                self.fields[name] = match.group(group) or None
            self.mode = None
        else:
            return False
        return True

    def _read_choice_line(self, line: Line, key: str) -> None:
        text = "\t".join(line.cells[1:])
        labels = {token.label for token in tokens_of(text) if token.label}
        starts_use = (
            self.choice is not None and self.choice[0] == "type" and labels & set(USE_OPTIONS)
        )
        if key in _CHOICE_FIELDS or starts_use or self.choice is None:
            self._close_choice()
            self.choice = (_CHOICE_FIELDS.get(key, "use" if starts_use else "type"), [line])
        else:
            self.choice[1].append(line)
        self.mode = "choice"

    def _close_choice(self) -> None:
        if self.choice is None:
            return
        name, lines = self.choice
        raw = " ".join("\t".join(line.cells[1:]) for line in lines)
        if name in self.fields:
            name = "use"
        self.choice = None
        self.mode = None
        if not self._claim(name, lines[0]):
            self.unparsed.extend(line.unparsed(f"under a second {name} line") for line in lines[1:])
            return
        self.fields[name] = read_choice(raw, lines[0].no)
        self.furniture.extend(line.no for line in lines[1:])

    def _read_pairs(self, line: Line) -> None:
        self.mode = None
        labels = [_PAIR_FIELDS[key] for key in map(label_key, line.cells) if key in _PAIR_FIELDS]
        repeated = [label for label in labels if label in self.lines]
        if repeated:
            first = self.lines[repeated[0]]
            self.unparsed.append(line.unparsed(f"repeats fields of line {first} in the form"))
            return
        label: str | None = None
        for cell in line.cells:
            key = label_key(cell)
            if key in _PAIR_FIELDS:
                label = _PAIR_FIELDS[key]
                self.fields.setdefault(label, None)
                self.lines[label] = line.no
            elif cell and label is not None and self.fields.get(label) is None:
                if label in _AMOUNT_FIELDS:
                    if not is_amount(cell):
                        self.unparsed.append(line.unparsed(f"{cell!r} is not an amount"))
                        continue
                    self.fields[label] = parse_amount(cell)
                else:
                    self.fields[label] = cell
        self.mode = None

    def _read_text(self, line: Line, label: str, key: str) -> None:
        value = _clean(" ".join(line.filled[1:]))
        self.mode = None
        if self._claim(label, line):
            self.texts[label] = value

    def _read_name(self, line: Line) -> None:
        """``项目名称 | XXX``, or the name in the label's cell (``项目名称：XXX``), with
        any spacing and punctuation around it."""
        self.mode = None
        if not self._claim("name", line):
            return
        first = _NAME_CELL.sub("", line.filled[0], count=1)
        self.fields["name"] = trimmed_name(_clean(" ".join((first, *line.filled[1:]))))

    def _read_component(self, line: Line, cells: tuple[str, ...]) -> bool:
        """A component read from ``cells``; False when there are none."""
        if not cells:
            return False
        amount: Amount | None = None
        if len(cells) > 1 and is_amount(cells[-1]):
            amount = parse_amount(cells[-1])
            cells = cells[:-1]
        self.components.append(Component(" ".join(cells), amount, line.no))
        return True

    def _read_indicator(self, line: Line) -> None:
        filled = line.filled
        if line.cells[0]:
            self.category = filled[0]
            filled = filled[1:]
        if not filled:
            self.unparsed.append(line.unparsed("an indicator category with no indicator"))
            return
        target = filled[1] if len(filled) > 1 else ""
        if len(filled) > 2:
            self.unparsed.append(line.unparsed("an indicator row with extra cells"))
            return
        self.indicators.append(Indicator(self.category, filled[0], parse_target(target), line.no))

    def project(self) -> Project:
        self._close_choice()
        choice_type: Choice | None = self.fields.pop("type", None)
        choice_use: Choice | None = self.fields.pop("use", None)
        return Project(
            title=self.heading.text.strip(),
            line=self.heading.no,
            type=choice_type,
            use=choice_use,
            texts=self.texts,
            components=tuple(self.components),
            indicators=tuple(self.indicators),
            lines=self.lines,
            furniture=tuple(self.furniture),
            **self.fields,
        )


def parse_form(heading: Line, body: list[Line]) -> tuple[Project, list[UnparsedLine]]:
    """The project of the form under ``heading`` and the lines that could not be placed."""
    reader = _FormReader(heading)
    for line in body:
        reader.read(line)
    return reader.project(), reader.unparsed
