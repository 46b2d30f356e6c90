"""Reading checkbox groups out of the HTML debris in performance forms.

A group is a run of tokens: boxes (checked or not) and labels. Some lines put
each box after its label, others before it, and some carry stray boxes. Both
pairings are tried; the one that leaves fewer labels without a box and fewer
checked boxes without a label wins. The reading is certain only when exactly
one pairing fits perfectly and boxes and labels are equal in number.
"""

from __future__ import annotations

import re

from budgetdiff.model import Choice
from budgetdiff.record import Record

_BOX = re.compile(r"<input(?P<attrs>[^>]*)/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")

TYPE_OPTIONS = (
    "市委市政府已确定的新增项目",
    "结转项目",
    "其他一次性项目",
    "经常性专项业务费",
    "其他经常性项目",
)
USE_OPTIONS = (
    "基本建设工程类",
    "信息化建设类",
    "政策补贴类",
    "政府购买服务",
    "资产购置类",
    "其他事业专业类",
)


class Token(Record):
    """A box (``label`` None) or a label (``checked`` False)."""

    label: str | None
    checked: bool

    __slots__ = ("checked", "label")

    def __init__(self, label: str | None, checked: bool = False) -> None:
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "checked", checked)


def tokens_of(text: str) -> list[Token]:
    """The boxes and labels of ``text`` in order; other tags are dropped."""
    tokens: list[Token] = []
    position = 0
    for match in _BOX.finditer(text):
        tokens.extend(
            Token(label) for label in _TAG.sub(" ", text[position : match.start()]).split()
        )
        tokens.append(Token(None, "checked" in match.group("attrs").lower()))
        position = match.end()
    tokens.extend(Token(label) for label in _TAG.sub(" ", text[position:]).split())
    return tokens


def has_boxes(text: str) -> bool:
    """True when ``text`` holds at least one checkbox."""
    return _BOX.search(text) is not None


def _reading(tokens: list[Token], box_after: bool) -> tuple[int, list[str]]:
    """(cost, selected labels) when each label owns the box beside it on one side."""
    step = 1 if box_after else -1
    cost = 0
    selected: list[str] = []
    owned: set[int] = set()
    for index, token in enumerate(tokens):
        if token.label is None:
            continue
        neighbour = index + step
        if 0 <= neighbour < len(tokens) and tokens[neighbour].label is None:
            owned.add(neighbour)
            if tokens[neighbour].checked:
                selected.append(token.label)
        else:
            cost += 1
    stray_checked = sum(
        1 for index, token in enumerate(tokens) if token.checked and index not in owned
    )
    return cost + 10 * stray_checked, selected


def _nearest(tokens: list[Token]) -> list[str]:
    """For each checked box, the nearest label on either side, stray boxes skipped."""
    labels: list[str] = []
    for index, token in enumerate(tokens):
        if not token.checked:
            continue
        left = next((t.label for t in reversed(tokens[:index]) if t.label is not None), None)
        right = next((t.label for t in tokens[index + 1 :] if t.label is not None), None)
        labels.extend(label for label in (left, right) if label is not None)
    return labels


def read_choice(raw: str, line: int) -> Choice:
    """The checkbox group in ``raw`` (the printed text of its lines)."""
    tokens = tokens_of(raw)
    labels = tuple(token.label for token in tokens if token.label is not None)
    boxes = sum(1 for token in tokens if token.label is None)
    after_cost, after = _reading(tokens, box_after=True)
    before_cost, before = _reading(tokens, box_after=False)
    best = after if after_cost <= before_cost else before
    certain = (
        boxes == len(labels) and min(after_cost, before_cost) == 0 and after_cost != before_cost
    )
    if len(best) > 1:
        certain = False
    selected = best[0] if best else None
    candidates = () if certain else tuple(dict.fromkeys(best + after + before + _nearest(tokens)))
    return Choice(selected, labels, not certain, raw.strip(), line, candidates)
