"""The samples damaged as extraction and drafting damage documents (issue 7, acceptance).

Digits edited, lines deleted, duplicated or swapped, page-number and 目录 lines
inserted: ``parse`` returns a Document or raises the documented error, every
non-blank line is placed in the model or listed as unparsed, and every amount
edit is found by ``diff``.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import budgetdiff
from budgetdiff.errors import NotABudgetDocument
from budgetdiff.model import CodeTable
from tests.placement import lost_lines

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TEXTS = {
    name: (SAMPLES / f"shanghai-{name}-office-2017.txt").read_text(encoding="utf-8")
    for name in ("port", "cooperation")
}
DOCUMENTS = {name: budgetdiff.parse(text) for name, text in TEXTS.items()}

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

INSERTED = ["- 1 -", "— 12 —", "第 3 页", "目录", "目 录", "7/33"]


def _amount_digits(name: str) -> list[tuple[int, int, int, str, str]]:
    """(line, cell, offset, table, code) of every digit in a code table's amount cells."""
    lines = TEXTS[name].split("\n")
    found = []
    for table in DOCUMENTS[name].tables.values():
        if not isinstance(table, CodeTable):
            continue
        for row in table.rows:
            cells = lines[row.line - 1].split("\t")
            named = next(i for i, cell in enumerate(cells) if cell.strip() and not cell.isdigit())
            for index in range(named + 1, len(cells)):
                for offset, char in enumerate(cells[index]):
                    if char.isdigit():
                        found.append((row.line, index, offset, table.id, row.code))
    return found


DIGITS = {name: _amount_digits(name) for name in TEXTS}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(TEXTS)))
    lines = TEXTS[name].split("\n")
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "digit"]))
        if operation == "delete":
            del lines[where]
        elif operation == "duplicate":
            lines.insert(where, lines[where])
        elif operation == "swap" and where + 1 < len(lines):
            lines[where], lines[where + 1] = lines[where + 1], lines[where]
        elif operation == "insert":
            lines.insert(where, draw(st.sampled_from(INSERTED)))
        elif operation == "digit":
            line = lines[where]
            digits = [i for i, char in enumerate(line) if char.isdigit()]
            if digits:
                at = draw(st.sampled_from(digits))
                lines[where] = line[:at] + draw(st.sampled_from("0123456789")) + line[at + 1 :]
        if not lines:
            lines = [""]
    return name, "\n".join(lines)


@SETTINGS
@given(mutated())
def test_mutated_samples_lose_no_line(case):
    _, text = case
    try:
        document = budgetdiff.parse(text)
    except NotABudgetDocument:
        return
    assert lost_lines(text, document) == []


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)), st.data())
def test_every_amount_digit_edit_is_found_by_diff(name, data):
    line, cell, offset, table_id, code = data.draw(st.sampled_from(DIGITS[name]))
    lines = TEXTS[name].split("\n")
    cells = lines[line - 1].split("\t")
    old = cells[cell][offset]
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != old]))
    cells[cell] = cells[cell][:offset] + new + cells[cell][offset + 1 :]
    lines[line - 1] = "\t".join(cells)
    edited = budgetdiff.parse("\n".join(lines))
    result = budgetdiff.diff(DOCUMENTS[name], edited)
    assert not result.identical
    assert any(c.table == table_id and c.code == code for c in result.cells), (line, cells)
