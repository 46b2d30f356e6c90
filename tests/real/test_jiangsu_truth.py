"""The Jiangsu ground truth (tests/real/expected/js_prov_*.py) checks its own arithmetic.

The modules hold what the nine Jiangsu 部门预算 of ../shared/real2 print, copied from the
page images. Nothing here reads a PDF: these tests catch a typo in the transcription.
Every HOLDS entry must hold with the figures written down, every PROBLEMS entry must give
the difference it states (and a nonzero one), every coded table's tree must add up except
where PROBLEMS names the row, and every printed amount must be well formed.

Terms (in HOLDS and PROBLEMS entries) are strings:
    "12.5" / "1,029.15"           a literal figure
    "-<term>"                     the term subtracted
    "<table>[.<list>]/<key>[/<i>]" the i-th amount (from 0) of the row whose code, name,
                                  "group›item" or "#index" is key, in TABLES[table][list]
                                  (list defaults to "rows")
    "N:<a.b.0>"                   NARRATIVE, a dotted path (dict keys, tuple indices)
    "I:<code>.<field>"            the NARRATIVE_ITEMS entry with that code
    "S:<name>"                    SANGONG["values"][name]
    "@<module> <term>"            a term of another module (the same department's other years)
A blank cell (None) counts as 0.

Entry kinds (key "kind"):
    tree         TABLES[table]: each coded row = the sum of the rows it heads (the nearest
                 following rows whose codes extend it by one level), and the 合计/总计 row
                 = the sum of the top-level codes, in every amount column; "except" lists
                 (code, column) pairs that fail (each one a PROBLEMS entry)
    sum          total = sum of parts
    rowsum       TABLES[table]: on every row, amount column `total` = sum of columns `parts`
    percent      stated = 100 × sum(num) / sum(den), rounded half up (rule "round") or cut
                 (rule "truncate") to the stated places
    change       previous = this − change when the change tuple's word is an increase,
                 this + change for a decrease, this for 持平/一致
    procurement  TABLES[table] (政府采购): the 合计 row = Σ 大类 rows; each 大类 = Σ its
                 经济科目 rows; each 经济科目 row = Σ its 采购物品 rows
    text         nothing to compute (a wording or layout note)
In PROBLEMS, "difference" is lhs − rhs of the same computation (sum: total − Σ parts;
percent: stated − computed, where "computed" is the correctly rounded figure; change:
the implied previous figure − "previous").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

STEMS = (
    "js_prov_highcourt_2017_dept",
    "js_prov_highcourt_2018_dept",
    "js_prov_highcourt_2019_dept",
    "js_prov_procuratorate_2017_dept",
    "js_prov_procuratorate_2018_dept",
    "js_prov_procuratorate_2019_dept",
    "js_prov_cppccoffice_2017_dept",
    "js_prov_cppccoffice_2018_dept",
    "js_prov_cppccoffice_2019_dept",
)

REPO = Path(__file__).resolve().parents[2]

CONCEPTS = {
    "finance_summary",
    "income",
    "expenditure",
    "fiscal_summary",
    "fiscal_expenditure",
    "fiscal_basic",
    "gov_fund",
    "general_public",
    "economic",
    "agency_running",
    "sangong",
    "procurement",
}
"""The twelve tables of the Jiangsu template, by concept (TABLES keys)."""

INCREASE = ("增加", "增长", "上升", "提高", "大于")
DECREASE = ("减少", "下降", "降低", "压减", "小于", "降幅")
SAME = ("持平", "一致", "不变", "零增长", "相等", "等于", "未发生变化", "无变化")

AMOUNT = re.compile(r"^-?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$")


def _real2() -> Path | None:
    """../shared/real2 beside the repository (CI), or beside the main checkout when this
    is a git worktree elsewhere."""
    candidates = [REPO / ".." / "shared" / "real2"]
    dot_git = REPO / ".git"
    if dot_git.is_file():
        gitdir = Path(dot_git.read_text(encoding="utf-8").split("gitdir:", 1)[1].strip())
        candidates.append(gitdir.parents[2] / ".." / "shared" / "real2")
    return next((path for path in candidates if path.is_dir()), None)


def _available() -> list[str]:
    found = []
    for stem in STEMS:
        try:
            importlib.import_module(f"tests.real.expected.{stem}")
        except ModuleNotFoundError:
            continue
        found.append(stem)
    return found


AVAILABLE = _available()


def _module(stem: str) -> ModuleType:
    return importlib.import_module(f"tests.real.expected.{stem}")


def _dec(printed: str | None) -> Decimal:
    if printed is None:
        return Decimal(0)
    assert AMOUNT.match(printed), f"malformed amount {printed!r}"
    return Decimal(printed.replace(",", ""))


def _rows(table: dict[str, Any], listname: str = "rows") -> list[tuple[Any, ...]]:
    return list(table[listname])


def _amounts(table: dict[str, Any], row: tuple[Any, ...]) -> tuple[str | None, ...]:
    return tuple(row[table.get("amount_from", 2) :])


def _key_of(row: tuple[Any, ...], amount_from: int) -> set[str]:
    labels = [part for part in row[:amount_from] if isinstance(part, str)]
    keys = set(labels)
    if len(labels) >= 2:
        keys.add("›".join(labels[:2]))
    return keys


def _find_row(table: dict[str, Any], listname: str, key: str) -> tuple[Any, ...]:
    rows = _rows(table, listname)
    if key.startswith("#"):
        return rows[int(key[1:])]
    amount_from = table.get("amount_from", 2)
    hits = [row for row in rows if key in _key_of(row, amount_from)]
    assert len(hits) == 1, f"{len(hits)} rows match {key!r} in {listname}"
    return hits[0]


def _walk(data: Any, path: str) -> Any:
    for part in path.split("."):
        data = data[part] if isinstance(data, dict) else data[int(part)]
    return data


def _term(module: ModuleType, term: str) -> Decimal:
    if term.startswith("-"):
        if AMOUNT.match(term):
            return _dec(term)
        return -_term(module, term[1:])
    if term.startswith("@"):
        other, rest = term[1:].split(" ", 1)
        return _term(_module(other), rest)
    if AMOUNT.match(term):
        return _dec(term)
    return _dec(_value(module, term))


def _value(module: ModuleType, term: str) -> Any:
    if term.startswith("N:"):
        return _walk(module.NARRATIVE, term[2:])
    if term.startswith("I:"):
        code, field = term[2:].split(".", 1)
        (item,) = [i for i in module.NARRATIVE_ITEMS if code in (i["code"], i.get("name"))]
        return _walk(item, field)
    if term.startswith("S:"):
        return module.SANGONG["values"][term[2:]]
    parts = term.split("/")
    tablename, _, listname = parts[0].partition(".")
    table = module.TABLES[tablename]
    row = _find_row(table, listname or "rows", parts[1])
    index = int(parts[2]) if len(parts) > 2 else 0
    amount_from = table.get("amount_from", 2) if not listname else 1
    return row[amount_from + index]


def _sum(module: ModuleType, terms: list[str] | tuple[str, ...]) -> Decimal:
    return sum((_term(module, t) for t in terms), Decimal(0))


def _change_word(word: str) -> int:
    if any(word.startswith(w) for w in INCREASE):
        return 1
    if any(word.startswith(w) for w in DECREASE):
        return -1
    assert any(w in word for w in SAME), f"unknown change word {word!r}"
    return 0


def _previous(module: ModuleType, entry: dict[str, Any]) -> Decimal:
    change = _value(module, entry["change"])
    sign = _change_word(change[0])
    this = _sum(module, entry["this"])
    return this if sign == 0 else this - sign * _dec(change[1])


def _percent(stated: str, num: Decimal, den: Decimal, rule: str) -> Decimal:
    places = Decimal(1).scaleb(-len(stated.split(".")[1])) if "." in stated else Decimal(1)
    rounding = ROUND_DOWN if rule == "truncate" else ROUND_HALF_UP
    return (num * 100 / den).quantize(places, rounding=rounding)


def _tree_failures(table: dict[str, Any]) -> Iterator[tuple[str, int, Decimal, Decimal]]:
    """(code, column, printed, sum of children) wherever a coded row ≠ its children."""
    amount_from = table.get("amount_from", 2)
    rows = [row for row in _rows(table) if row[0] is not None or row[1] in ("合计", "总计")]
    coded = [row for row in rows if row[0] is not None]
    width = len(rows[0]) - amount_from
    for index, row in enumerate(rows):
        code = row[0]
        if code is None:
            children = [r for r in coded if len(r[0]) == 3]
        else:
            children = []
            for later in rows[index + 1 :]:
                if later[0] is None or not later[0].startswith(code) or later[0] == code:
                    break
                if len(later[0]) == len(code) + 2:
                    children.append(later)
        if not children:
            continue
        for column in range(width):
            printed = _dec(row[amount_from + column])
            total = sum((_dec(c[amount_from + column]) for c in children), Decimal(0))
            if printed != total:
                yield (code or row[1], column, printed, total)


def _procurement_failures(table: dict[str, Any]) -> Iterator[tuple[str, Decimal, Decimal]]:
    """Rows (大类, 专项, 经济科目, 品目, 形式, 金额): total = Σ 大类, 大类 = Σ 经济科目 rows,
    经济科目 row = Σ 品目 rows (a row with 品目 or 形式 only)."""
    rows = _rows(table)
    total_row, *rest = rows
    groups: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = []
    for row in rest:
        if row[0] is not None:
            groups.append((row, []))
        else:
            groups[-1][1].append(row)
    top = sum((_dec(g[-1]) for g, _ in groups), Decimal(0))
    if _dec(total_row[-1]) != top:
        yield (total_row[0], _dec(total_row[-1]), top)
    for head, members in groups:
        econ = [r for r in members if r[2] is not None]
        econ_sum = sum((_dec(r[-1]) for r in econ), Decimal(0))
        if _dec(head[-1]) != econ_sum:
            yield (head[0], _dec(head[-1]), econ_sum)
        current: tuple[Any, ...] | None = None
        items: list[tuple[Any, ...]] = []
        for row in [*members, (None, None, "end", None, None, None)]:
            if row[2] is not None:
                if current is not None:
                    got = sum((_dec(r[-1]) for r in items), Decimal(0))
                    if _dec(current[-1]) != got:
                        yield (f"{head[0]} {current[1]} {current[2]}", _dec(current[-1]), got)
                current, items = row, []
            else:
                items.append(row)


def _compute(module: ModuleType, entry: dict[str, Any]) -> Decimal | None:
    """lhs − rhs of the entry's identity (None for kinds without one figure)."""
    kind = entry["kind"]
    if kind == "sum":
        return _term(module, entry["total"]) - _sum(module, entry["parts"])
    if kind == "percent":
        num, den = _sum(module, entry["num"]), _sum(module, entry["den"])
        computed = _percent(entry["stated"], num, den, entry.get("rule", "round"))
        if "computed" in entry:
            assert _dec(entry["computed"]) == computed, entry
        return _dec(entry["stated"]) - computed
    if kind == "change":
        return _previous(module, entry) - _sum(module, entry["previous"])
    raise AssertionError(f"no single figure for kind {kind!r}")


def _problem_keys(module: ModuleType, table: str) -> set[tuple[str, int]]:
    keys = set()
    for entry in module.PROBLEMS:
        for code, column in entry.get("tree_cells", ()):
            if entry.get("table") == table:
                keys.add((code, column))
    return keys


@pytest.fixture(params=AVAILABLE)
def module(request: pytest.FixtureRequest) -> ModuleType:
    return _module(request.param)


def test_every_module_is_written():
    assert list(STEMS) == AVAILABLE


def test_sources_exist(module):
    real2 = _real2()
    if real2 is None:
        pytest.skip("../shared/real2 (the Jiangsu PDFs) is not beside the repository")
    import pypdfium2

    sources = (module.SOURCE,) if isinstance(module.SOURCE, str) else module.SOURCE
    counts = (
        (module.PAGE_COUNT,)
        if isinstance(module.PAGE_COUNT, int)
        else (module.PAGE_COUNT["text"], module.PAGE_COUNT["tables"])
    )
    assert len(sources) == len(counts)
    for name, pages in zip(sources, counts, strict=True):
        pdf = pypdfium2.PdfDocument(real2 / name)
        try:
            assert len(pdf) == pages, name
        finally:
            pdf.close()


def test_shape(module):
    assert module.IDENTITY["kind"] == "部门预算"
    assert module.IDENTITY["year"] in (2017, 2018, 2019)
    assert set(module.TABLES) == CONCEPTS
    for name, table in module.TABLES.items():
        assert table["unit"] == "万元", name
        assert table["concept"], name
        for listname in ("rows", *table.get("lists", ())):
            amount_from = table.get("amount_from", 2) if listname == "rows" else 1
            width = len(table["columns"]) if listname == "rows" else None
            for row in table.get(listname, ()):
                amounts = row[amount_from:]
                if width is not None:
                    assert len(amounts) == width, (name, row)
                for printed in amounts:
                    if printed is not None:
                        _dec(printed)


def test_holds(module):
    for entry in module.HOLDS:
        kind = entry["kind"]
        if kind == "tree":
            table = module.TABLES[entry["table"]]
            failures = [(c, col) for c, col, _, _ in _tree_failures(table)]
            assert failures == [tuple(x) for x in entry.get("except", ())], entry["table"]
            assert set(failures) <= _problem_keys(module, entry["table"]), entry["table"]
        elif kind == "procurement":
            assert list(_procurement_failures(module.TABLES[entry["table"]])) == [], entry
        elif kind == "rowsum":
            table = module.TABLES[entry["table"]]
            for row in _rows(table):
                amounts = _amounts(table, row)
                parts = sum((_dec(amounts[i]) for i in entry["parts"]), Decimal(0))
                assert _dec(amounts[entry["total"]]) == parts, (entry["table"], row)
        elif kind == "text":
            continue
        else:
            assert _compute(module, entry) == 0, entry


def test_problems(module):
    for entry in module.PROBLEMS:
        assert entry["verdict"] in ("rounding", "truncation", "error", "note"), entry
        assert entry["where"], entry
        kind = entry["kind"]
        if kind == "text":
            continue
        if kind == "tree":
            table = module.TABLES[entry["table"]]
            failures = {
                (c, col): printed - total for c, col, printed, total in _tree_failures(table)
            }
            for code, column in entry["tree_cells"]:
                assert failures[(code, column)] == _dec(entry["difference"]), (code, column)
            continue
        if kind == "procurement":
            got = list(_procurement_failures(module.TABLES[entry["table"]]))
            assert [(k, str(p - t)) for k, p, t in got] == [tuple(x) for x in entry["failures"]]
            continue
        difference = _compute(module, entry)
        assert difference == _dec(entry["difference"]), entry
        assert difference != 0, entry
