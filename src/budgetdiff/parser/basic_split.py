"""The 基本支出 statement of a budget's narrative and its 人员经费 / 公用经费 split.

``国家信访局2026年一般公共预算基本支出9,880.88万元，其中：人员经费7,504.62万元，主要包括：…
公用经费2,376.26万元，主要包括：…`` (the Ministry of Finance's template), ``2026年度一般公共预算
拨款基本支出5915.38万元，其中：（一）人员经费5080.69万元…（二）公用经费834.69万元`` (福建),
``…2017年度财政拨款基本支出预算5,836.27万元，其中：（一）人员经费4,704.35万元`` (江苏): the
total first, then its two parts, each in its own sentence or list item, possibly in
later paragraphs of the same section. A part is read only after such a total and
before the next one, so ``在职人员经费`` or a 人员经费 named in passing is never taken
for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from budgetdiff.model import BasicSplit, Paragraph, Section, Stated

NUM = r"(\d[\d,]*(?:\.\d+)?)"
_TOTAL = re.compile(
    r"(?P<scope>一般公共预算|财政拨款)(?:拨款)?基本支出(?:预算)?(?:数)?(?:为|共|共计|合计)?\s*"
    + NUM
    + r"\s*万元"
)
_PART = re.compile(
    r"(?<![在离退休职])(?P<name>人员经费|公用经费)(?:支出|预算)?(?:为)?\s*" + NUM + r"\s*万元"
)
_REACH = 600
"""How far after the total its parts may stand (characters of the section's text)."""


class _Joined:
    """A section's paragraphs joined by newlines, each figure mapped back to its line."""

    __slots__ = ("starts", "text")

    def __init__(self, section: Section) -> None:
        self.starts: list[tuple[int, Paragraph]] = []
        self.text = ""
        for paragraph in section.paragraphs:
            self.starts.append((len(self.text), paragraph))
            self.text += paragraph.text + "\n"

    def stated(self, match: re.Match[str], group: int) -> Stated:
        offset = match.start(group)
        begin, paragraph = next((s, p) for s, p in reversed(self.starts) if s <= offset)
        figure = Decimal(match.group(group).replace(",", ""))
        return Stated(figure, paragraph.line_at(offset - begin))


def _split(section: Section) -> BasicSplit | None:
    joined = _Joined(section)
    text = joined.text
    for total in _TOTAL.finditer(text):
        end = total.end() + _REACH
        following = _TOTAL.search(text, total.end(), end)
        parts: dict[str, Stated] = {}
        for part in _PART.finditer(text, total.end(), following.start() if following else end):
            parts.setdefault(part.group("name"), joined.stated(part, 2))
        if parts:
            return BasicSplit(
                total.group("scope"),
                joined.stated(total, 2),
                parts.get("人员经费"),
                parts.get("公用经费"),
            )
    return None


def stated_basic_split(sections: Iterable[Section]) -> BasicSplit | None:
    """The narrative's first 基本支出 statement followed by its 人员经费 or 公用经费; None
    when it has none."""
    for section in sections:
        found = _split(section)
        if found is not None:
            return found
    return None
