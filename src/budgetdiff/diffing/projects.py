"""Project diffs: forms (绩效目标申报表) and projects described in prose (项目经费情况说明)
matched by name, then field by field.

Projects are matched by their normalised name, then by a name that differs only by
the years between the documents (``（2016年运维）`` a year before ``（2017年运维）``),
then the rest by name similarity (one to one, best pair first). Each matched pair is
reduced to a plain record without source lines; equal records cost nothing more, and
only records that differ are handed to DeepDiff (imported there, so identical
documents never pay for it) to find the changed fields.

The amounts are compared as amounts: a form's 项目总预算, 当年预算 and 上年 figures, a
prose project's 年度预算安排 (``year_budget``), the parts it lists (``components``)
and their stated ``合计`` (``stated_sum``). Between two years of one department, a
year, date or text that differs only by the years between the documents (every year
in it moved on by B's year − A's) is the same: ``2024年度项目总预算1720.00万`` in a
2024 document and ``2025年度项目总预算1720.00万`` in a 2025 one say one thing. In a
year-over-year diff, each form's ``同名项目上年预算额`` (B's statement of last year's
budget) is set beside A's 当年预算 of that project (``project_priors``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from typing import Any

from budgetdiff.diffing.model import (
    ChangeKind,
    ComparisonKind,
    FieldChange,
    PriorFigure,
    ProjectChange,
)
from budgetdiff.model import Document, Project, Target
from budgetdiff.money import Amount, in_unit

SIMILAR = 0.6
"""Least name similarity (``SequenceMatcher.ratio``) for two projects to be one renamed."""

AMOUNTS: tuple[str, ...] = (
    "total_budget",
    "year_budget",
    "last_year_budget",
    "last_year_spent",
    "stated_sum",
)
HEADER: tuple[str, ...] = ("title", "year", "applicant")
"""The form's heading, its 年度 line and 申报单位: text, compared as printed."""
SCALARS: tuple[str, ...] = ("type", "use", "leader", "contact", "phone", "start", "end")
SIGNATURE: tuple[str, ...] = ("signer", "preparer", "filed_on")
KEYED: tuple[str, ...] = ("components", "indicators", "texts")
FIELDS: tuple[str, ...] = HEADER + SCALARS + AMOUNTS + KEYED + SIGNATURE
"""The compared fields, in the order their changes are reported."""

_DROPPED = str.maketrans("", "", "《》()（）“”\"'‘’「」【】[]〔〕")
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d{3}|(?:\.\d+)?\s*(?:万|元|亿|%))")
"""A year in text: four digits from 1900 to 2099, not part of an amount (``1946,772``,
``2020.00万``, ``2,019.50元``) or a percentage; ``2025.1.1`` is a year."""
_OPERATORS = {">=": "≥", "<=": "≤", "＞": ">", "＜": "<", "＝": "=", "≧": "≥", "≦": "≤"}

Record = dict[str, Any]
"""A project as plain values: scalars, amounts, and keyed maps (components, indicators, texts)."""


def normalise(name: str) -> str:
    """``name`` for matching: NFKC, no white space, no brackets or quotes."""
    return "".join(unicodedata.normalize("NFKC", name).split()).translate(_DROPPED)


def _name(project: Project) -> str:
    return project.name or project.title


def year_shifted(a: object, b: object, gap: int) -> bool:
    """Whether ``b`` is ``a`` with every year in it moved on by ``gap`` (or kept): a year
    (int), or text whose years are the only difference (``2024.1.1`` → ``2025.1.1``
    with gap 1). Never for gap 0 or values that are not years or text."""
    if not gap or type(a) is not type(b):
        return False
    if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool):
        return 1900 <= a <= 2099 and b - a == gap
    if isinstance(a, Target) and isinstance(b, Target):
        a, b = a.text, b.text
    if not isinstance(a, str) or not isinstance(b, str) or _YEAR.split(a) != _YEAR.split(b):
        return False
    pairs = zip(_YEAR.findall(a), _YEAR.findall(b), strict=True)
    return all(int(y) - int(x) in (0, gap) for x, y in pairs)


def year_gap(a: Document, b: Document) -> int:
    """B's year − A's, or 0 when either is not known."""
    return b.year - a.year if a.year is not None and b.year is not None else 0


def similarity(a: str, b: str) -> float:
    """How alike two normalised names are (0..1), the same whichever side is which."""
    first, second = sorted((a, b))
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def amount_kind(a: Amount | None, b: Amount | None) -> ChangeKind:
    """``rounding`` when a and b print the same as 万元 with two decimals, else ``amount``."""
    if a is not None and b is not None and in_unit(a, "万元") == in_unit(b, "万元"):
        return "rounding"
    return "amount"


def target_kind(a: Target, b: Target) -> ChangeKind:
    """``weakened`` / ``strengthened`` when both targets bound the same unit the same way."""
    op_a = _OPERATORS.get(a.operator or "", a.operator)
    op_b = _OPERATORS.get(b.operator or "", b.operator)
    if op_a != op_b or a.unit != b.unit or a.number is None or b.number is None:
        return "changed"
    if a.number == b.number:
        return "changed"
    lower = b.number < a.number
    if op_a in ("≥", ">"):
        return "weakened" if lower else "strengthened"
    if op_a in ("≤", "<"):
        return "strengthened" if lower else "weakened"
    return "changed"


def _keyed(items: Iterable[tuple[str, object]]) -> dict[str, tuple[str, object]]:
    """Items by normalised key (repeats get ``#2``, ``#3``…), each with its printed label."""
    keyed: dict[str, tuple[str, object]] = {}
    for label, value in items:
        key, shown, n = normalise(label), label, 1
        while key in keyed:
            n += 1
            key, shown = f"{normalise(label)}#{n}", f"{label}#{n}"
        keyed[key] = (shown, value)
    return keyed


def record(project: Project) -> Record:
    """The compared content of ``project``: no name, no source lines."""
    values: Record = {
        "type": project.type.selected if project.type else None,
        "use": project.use.selected if project.use else None,
    }
    for name in HEADER + SCALARS[2:] + AMOUNTS + SIGNATURE:
        values[name] = getattr(project, name)
    values["components"] = _keyed((c.name, c.amount) for c in project.components)
    values["indicators"] = _keyed((f"{i.category}/{i.name}", i.target) for i in project.indicators)
    values["texts"] = _keyed((label, text) for label, text in project.texts.items() if text)
    return values


def _changed_paths(a: Record, b: Record) -> set[tuple[str, str | None]]:
    """(field, key) of every difference DeepDiff finds; key None for a plain field."""
    from deepdiff import DeepDiff

    found: set[tuple[str, str | None]] = set()
    tree = DeepDiff(a, b, view="tree", ignore_numeric_type_changes=True)
    for levels in tree.values():
        for level in levels:
            path = level.path(output_format="list")
            key = str(path[1]) if path[0] in KEYED and len(path) > 1 else None
            found.add((str(path[0]), key))
    return found


def _keyed_change(
    field: str,
    key: str,
    a: Mapping[str, tuple[str, Any]],
    b: Mapping[str, tuple[str, Any]],
    gap: int = 0,
) -> FieldChange | None:
    """The change of one component, indicator or text; None when only the label differs
    (in brackets or spacing), amounts are equal (an empty amount counting as zero) or a
    text or target differs only by the ``gap`` years between the documents."""
    if key not in a or key not in b:
        label, value = b[key] if key in b else a[key]
        shown = value.text if isinstance(value, Target) else value
        if key not in a:
            return FieldChange(f"{field}[{label}]", None, shown, "added")
        return FieldChange(f"{field}[{label}]", shown, None, "removed")
    label, after = b[key]
    before = a[key][1]
    if (isinstance(before, Target) and before.text == after.text) or before == after:
        return None  # only the label differs, and only in what ``normalise`` drops
    if field != "components" and year_shifted(before, after, gap):
        return None
    if field == "components":
        if (before or 0) == (after or 0):
            return None
        return FieldChange(f"{field}[{label}].amount", before, after, amount_kind(before, after))
    if field == "indicators":
        kind = target_kind(before, after)
        return FieldChange(f"{field}[{label}].target", before.text, after.text, kind)
    return FieldChange(f"{field}[{label}]", before, after, "changed")


def field_changes(a: Project, b: Project, gap: int = 0) -> tuple[FieldChange, ...]:
    """What differs between two matched projects, in ``FIELDS`` order (keys in B's order);
    ``gap`` is B's year − A's, by which years may differ in what is the same."""
    changes: list[FieldChange] = []
    if _name(a) != _name(b) and normalise(_name(a)) == normalise(_name(b)):
        changes.append(FieldChange("name", _name(a), _name(b), "changed"))
    before, after = record(a), record(b)
    if before == after:
        return tuple(changes)
    paths = _changed_paths(before, after)
    for field in FIELDS:
        if field in KEYED:
            keys = [*after[field], *(k for k in before[field] if k not in after[field])]
            for key in keys:
                if (field, key) in paths:
                    change = _keyed_change(field, key, before[field], after[field], gap)
                    if change is not None:
                        changes.append(change)
        elif (field, None) in paths:
            old, new = before[field], after[field]
            if field not in AMOUNTS:
                if not year_shifted(old, new, gap):
                    changes.append(FieldChange(field, old, new, "changed"))
            elif (old or 0) != (new or 0):
                changes.append(FieldChange(field, old, new, amount_kind(old, new)))
    return tuple(changes)


def match(
    a: tuple[Project, ...], b: tuple[Project, ...], gap: int = 0
) -> dict[int, tuple[int, bool]]:
    """B index -> (A index, renamed): equal normalised names first, then names that
    differ only by the ``gap`` years between the documents, then the most similar."""
    names_a = [normalise(_name(p)) for p in a]
    names_b = [normalise(_name(p)) for p in b]
    waiting: dict[str, list[int]] = {}
    for index, name in enumerate(names_a):
        waiting.setdefault(name, []).append(index)
    matched: dict[int, tuple[int, bool]] = {}
    for index, name in enumerate(names_b):
        if waiting.get(name):
            matched[index] = (waiting[name].pop(0), False)
    used = {i for i, _ in matched.values()}
    for j, name in enumerate(names_b):
        if j in matched:
            continue
        shifted = next(
            (i for i in range(len(a)) if i not in used and year_shifted(names_a[i], name, gap)),
            None,
        )
        if shifted is not None:
            matched[j] = (shifted, False)
            used.add(shifted)
    pairs = [
        (ratio, i, j)
        for i in range(len(a))
        if i not in used
        for j in range(len(b))
        if j not in matched and (ratio := similarity(names_a[i], names_b[j])) >= SIMILAR
    ]
    pairs.sort(key=lambda p: (-p[0], *sorted((names_a[p[1]], names_b[p[2]])), p[1] + p[2]))
    taken_a: set[int] = set()
    for _, i, j in pairs:
        if i not in taken_a and j not in matched:
            matched[j] = (i, True)
            taken_a.add(i)
    return matched


def diff_projects(a: Document, b: Document) -> tuple[ProjectChange, ...]:
    """Projects of B relative to A: B's projects in document order (changed, renamed or
    added), then A's unmatched ones in A's order (removed). Unchanged pairs are left out."""
    gap = year_gap(a, b)
    matched = match(a.projects, b.projects, gap)
    changes: list[ProjectChange] = []
    for j, after in enumerate(b.projects):
        if j not in matched:
            changes.append(ProjectChange(_name(after), "added", b_line=after.line))
            continue
        i, renamed = matched[j]
        before = a.projects[i]
        fields = field_changes(before, after, gap)
        if renamed:
            changes.append(
                ProjectChange(
                    _name(after), "renamed", _name(before), fields, before.line, after.line
                )
            )
        elif fields:
            changes.append(
                ProjectChange(_name(after), "changed", None, fields, before.line, after.line)
            )
    used = {i for i, _ in matched.values()}
    for i, before in enumerate(a.projects):
        if i not in used:
            changes.append(ProjectChange(_name(before), "removed", a_line=before.line))
    return tuple(changes)


LAST_YEAR_BUDGET = "同名项目上年预算额"
"""How a form names B's statement of the project's budget a year before."""


def project_priors(a: Document, b: Document, comparison: ComparisonKind) -> tuple[PriorFigure, ...]:
    """In a year-over-year diff (B a year after A): each B form's stated 上年预算额 beside
    A's 当年预算 of the project it is matched with (the same project a year before)."""
    if comparison != "year_over_year" or year_gap(a, b) != 1:
        return ()
    found: list[PriorFigure] = []
    for j, (i, _) in sorted(match(a.projects, b.projects, 1).items()):
        after, before = b.projects[j], a.projects[i]
        stated, earlier = after.last_year_budget, before.year_budget
        if stated is None:
            continue
        matches = None if earlier is None else stated == earlier
        line = after.lines.get("last_year_budget", after.line)
        found.append(
            PriorFigure(
                f"{_name(after)}/{LAST_YEAR_BUDGET}",
                None,
                "预算",
                stated,
                earlier,
                matches,
                " ".join(b.source_line(line).split()),
                line,
            )
        )
    return tuple(found)
