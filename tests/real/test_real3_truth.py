"""The real3 ground truth (tests/real/expected/{cn,bj,gd,zj,fj}_*.py) checks its own arithmetic.

The modules hold what the five 2026 部门预算 of ../shared/real3 print, copied from the
page images. Nothing here reads a PDF's text: these tests catch a typo in the
transcription. Every HOLDS entry must hold with the figures written down, every PROBLEMS
entry must give the difference it states (and a nonzero one), every coded table's tree
must add up except where PROBLEMS names the cell, and every printed amount must be well
formed. The term syntax and the entry kinds are those of the Jiangsu ground truth
(tests/real/test_jiangsu_truth.py on branch i18-truth), with row identities added.

Terms (in HOLDS and PROBLEMS entries) are strings:
    "12.5" / "1,029.15"           a literal figure
    "-<term>"                     the term subtracted
    "<table>[.<list>]/<key>[/<i>]" the i-th amount (from 0) of the row whose code, name,
                                  "group›item" or "#index" is key, in TABLES[table][list]
                                  (list defaults to "rows"); a key ending in "*" sums the
                                  i-th amount of every row with a label starting so
    "N:<a.b.0>"                   NARRATIVE, a dotted path (dict keys, tuple indices)
    "I:<code>.<field>"            the NARRATIVE_ITEMS entry with that code (or name)
    "S:<name>"                    SANGONG["values"][name]
    "T:<a.b.0>"                   TABLES, a dotted path (forms and other non-row data)
A blank cell (None) counts as 0; a percent cell ("-60.86%") is its number.

Entry kinds (key "kind"):
    ltree     TABLES[table][list], rows (level, label, *amounts): each row = Σ the rows
              one level below it (until the next row at its level or above); "except"
              lists (label, column) pairs that fail, as for tree
    tree      TABLES[table][list]: each coded row = the sum of the rows it heads (the
              nearest following rows whose codes extend it by two digits), and the 合计/
              总计 row = the sum of the 3-digit codes, in every amount column but the
              percent columns; "except" lists (code, column) pairs that fail (each one in
              a PROBLEMS entry's "tree_cells")
    sum       total = sum of parts
    rowsum    on every row: column `total` = Σ columns `parts` − Σ columns `minus`
    rowrate   on every row whose column `den` is not blank: the percent column `stated`
              = 100 × `num` ÷ `den`, rounded half up to its printed places
    colsum    TABLES[table][list]: the row keyed `total` = Σ every other row (but those
              keyed in `skip`), in every amount column but the percent columns
    rollup    Σ column `detail_column` of TABLES[detail] grouped by the codes of its label
              columns `detail_keys` = the same for TABLES[summary] (the code of a label
              "2010601-行政运行" is "2010601"); groups summing to 0 are dropped
    rounded   stated = Σ parts rounded half up to the stated places
    percent   stated = 100 × sum(num) / sum(den), rounded half up ("round") or cut
              ("truncate") to the stated places
    change    previous = this − change when the change tuple's word is an increase,
              this + change for a decrease, this for 持平/相同/一致
    text      nothing to compute (a wording or layout note)
In PROBLEMS, "difference" is lhs − rhs of the same computation (sum: total − Σ parts;
percent: stated − computed, where "computed" is the correctly rounded figure; change:
the implied previous figure − "previous"; rowsum/tree: printed − computed, per cell).
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
    "cn_central_petitions_bureau_2026_dept",
    "bj_city_finance_2026_dept",
    "gd_shenzhen_finance_2026_dept",
    "zj_hangzhou_transport_2026_dept",
    "fj_quanzhou_govoffice_2026_dept",
)

REPO = Path(__file__).resolve().parents[2]

VERDICTS = ("rounding", "truncation", "forced to 100", "error", "note")

INCREASE = ("增加", "增长", "上升", "提高", "大于", "增幅")
DECREASE = ("减少", "下降", "降低", "压减", "小于", "降幅", "减幅")
SAME = ("持平", "一致", "不变", "零增长", "相等", "相同", "等于", "未发生变化", "无变化")

AMOUNT = re.compile(r"^-?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?%?$")
TOTALS = ("合计", "总计")


def _real3() -> Path | None:
    """Path(repo)/'..'/'shared'/'real3' beside the repository, or beside the main checkout
    when this checkout is a git worktree elsewhere."""
    candidates = [Path(REPO) / ".." / "shared" / "real3"]
    dot_git = REPO / ".git"
    if dot_git.is_file():
        gitdir = Path(dot_git.read_text(encoding="utf-8").split("gitdir:", 1)[1].strip())
        candidates.append(gitdir.parents[2] / ".." / "shared" / "real3")
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
    return Decimal(printed.replace(",", "").rstrip("%"))


def _rows(table: dict[str, Any], listname: str = "rows") -> list[tuple[Any, ...]]:
    return list(table[listname])


def _amount_from(table: dict[str, Any], listname: str) -> int:
    if listname == "rows":
        return int(table.get("amount_from", 2))
    return int(table.get("list_amount_from", {}).get(listname, 1))


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
    amount_from = _amount_from(table, listname)
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
    if AMOUNT.match(term):
        return _dec(term)
    parts = term.split("/")
    if len(parts) > 1 and parts[1].endswith("*") and ":" not in parts[0]:
        tablename, _, listname = parts[0].partition(".")
        table = module.TABLES[tablename]
        listname = listname or "rows"
        amount_from = _amount_from(table, listname)
        index = int(parts[2]) if len(parts) > 2 else 0
        prefix = parts[1][:-1]
        rows = [
            row
            for row in _rows(table, listname)
            if any(isinstance(p, str) and p.startswith(prefix) for p in row[:amount_from])
        ]
        assert rows, f"no row starts with {prefix!r} in {tablename}"
        return sum((_dec(row[amount_from + index]) for row in rows), Decimal(0))
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
    if term.startswith("T:"):
        return _walk(module.TABLES, term[2:])
    parts = term.split("/")
    tablename, _, listname = parts[0].partition(".")
    table = module.TABLES[tablename]
    listname = listname or "rows"
    row = _find_row(table, listname, parts[1])
    index = int(parts[2]) if len(parts) > 2 else 0
    return row[_amount_from(table, listname) + index]


def _code(label: Any) -> Any:
    if isinstance(label, str):
        match = re.match(r"^([0-9A-Z]+)-", label)
        if match:
            return match.group(1)
    return label


def _groups(table: dict[str, Any], keys: list[int], column: int) -> dict[Any, Decimal]:
    amount_from = _amount_from(table, "rows")
    sums: dict[Any, Decimal] = {}
    for row in _rows(table):
        if any(isinstance(x, str) and x.replace(" ", "") in TOTALS for x in row[:amount_from]):
            continue
        labels = tuple(_code(row[k]) for k in keys)
        sums[labels] = sums.get(labels, Decimal(0)) + _dec(row[amount_from + column])
    return {k: v for k, v in sums.items() if v != 0}


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


def _places(stated: str) -> Decimal:
    digits = stated.rstrip("%")
    return Decimal(1).scaleb(-len(digits.split(".")[1])) if "." in digits else Decimal(1)


def _percent(stated: str, num: Decimal, den: Decimal, rule: str) -> Decimal:
    rounding = ROUND_DOWN if rule == "truncate" else ROUND_HALF_UP
    return (num * 100 / den).quantize(_places(stated), rounding=rounding)


def _is_total(row: tuple[Any, ...], labels: tuple[str, ...] = ()) -> bool:
    return (
        row[0] is None
        and isinstance(row[1], str)
        and (row[1].replace(" ", "") in TOTALS or row[1] in labels)
    )


def _tree_failures(
    table: dict[str, Any], listname: str = "rows"
) -> Iterator[tuple[str, int, Decimal, Decimal]]:
    """(code, column, printed, sum of children) wherever a coded row ≠ its children."""
    amount_from = _amount_from(table, listname)
    percent = set(table.get("percent_columns", ()))
    labels = tuple(table.get("total_labels", ()))
    rows = [row for row in _rows(table, listname) if row[0] is not None or _is_total(row, labels)]
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
            if column in percent:
                continue
            printed = _dec(row[amount_from + column])
            total = sum((_dec(c[amount_from + column]) for c in children), Decimal(0))
            if printed != total:
                yield (code or row[1], column, printed, total)


def _ltree_failures(
    table: dict[str, Any], listname: str = "rows"
) -> Iterator[tuple[str, int, Decimal, Decimal]]:
    """Rows (level, label, *amounts) of a labelled tree (levels by indentation or
    ordinal): (label, column, printed, sum of children) wherever a row ≠ the rows one
    level below it up to the next row at its level or above."""
    amount_from = _amount_from(table, listname)
    rows = _rows(table, listname)
    for index, row in enumerate(rows):
        level = row[0]
        children = []
        for later in rows[index + 1 :]:
            if later[0] <= level:
                break
            if later[0] == level + 1:
                children.append(later)
        if not children:
            continue
        for column in range(len(row) - amount_from):
            printed = _dec(row[amount_from + column])
            total = sum((_dec(c[amount_from + column]) for c in children), Decimal(0))
            if printed != total:
                yield (row[1], column, printed, total)


def _rowsum_failures(
    table: dict[str, Any], entry: dict[str, Any]
) -> Iterator[tuple[str, Decimal, Decimal]]:
    listname = entry.get("list", "rows")
    amount_from = _amount_from(table, listname)
    for row in _rows(table, listname):
        if _key_of(row, amount_from) & set(entry.get("skip", ())):
            continue
        amounts = row[amount_from:]
        got = sum((_dec(amounts[i]) for i in entry["parts"]), Decimal(0)) - sum(
            (_dec(amounts[i]) for i in entry.get("minus", ())), Decimal(0)
        )
        printed = _dec(amounts[entry["total"]])
        if printed != got:
            label = next((p for p in row[:amount_from] if isinstance(p, str)), "?")
            yield (label, printed, got)


def _rowrate_failures(
    table: dict[str, Any], entry: dict[str, Any]
) -> Iterator[tuple[str, Decimal, Decimal]]:
    listname = entry.get("list", "rows")
    amount_from = _amount_from(table, listname)
    for row in _rows(table, listname):
        amounts = row[amount_from:]
        den = _dec(amounts[entry["den"]])
        stated = amounts[entry["stated"]]
        if den == 0:
            continue
        assert stated is not None, row
        computed = _percent(stated, _dec(amounts[entry["num"]]), den, "round")
        if _dec(stated) != computed:
            label = next((p for p in row[:amount_from] if isinstance(p, str)), "?")
            yield (label, _dec(stated), computed)


def _colsum_failures(
    table: dict[str, Any], entry: dict[str, Any]
) -> Iterator[tuple[int, Decimal, Decimal]]:
    listname = entry.get("list", "rows")
    amount_from = _amount_from(table, listname)
    total = _find_row(table, listname, entry["total"])
    skip = set(entry.get("skip", ()))
    others = [
        row
        for row in _rows(table, listname)
        if row is not total and not (_key_of(row, amount_from) & skip)
    ]
    percent = set(table.get("percent_columns", ()))
    for column in range(len(total) - amount_from):
        if column in percent:
            continue
        got = sum((_dec(row[amount_from + column]) for row in others), Decimal(0))
        if _dec(total[amount_from + column]) != got:
            yield (column, _dec(total[amount_from + column]), got)


def _rollup_difference(module: ModuleType, entry: dict[str, Any]) -> dict[Any, Decimal]:
    detail = _groups(module.TABLES[entry["detail"]], entry["detail_keys"], entry["detail_column"])
    summary = _groups(
        module.TABLES[entry["summary"]], entry["summary_keys"], entry["summary_column"]
    )
    keys = set(detail) | set(summary)
    out = {k: summary.get(k, Decimal(0)) - detail.get(k, Decimal(0)) for k in keys}
    return {k: v for k, v in out.items() if v != 0}


def _compute(module: ModuleType, entry: dict[str, Any]) -> Decimal:
    """lhs − rhs of the entry's identity."""
    kind = entry["kind"]
    if kind == "sum":
        return _term(module, entry["total"]) - _sum(module, entry["parts"])
    if kind == "rounded":
        stated = entry["stated"]
        printed = stated if AMOUNT.match(stated) else _value(module, stated)
        computed = _sum(module, entry["parts"]).quantize(_places(printed), rounding=ROUND_HALF_UP)
        return _dec(printed) - computed
    if kind == "percent":
        num, den = _sum(module, entry["num"]), _sum(module, entry["den"])
        computed = _percent(entry["stated"], num, den, entry.get("rule", "round"))
        if "computed" in entry:
            assert _dec(entry["computed"]) == computed, entry
        return _dec(entry["stated"]) - computed
    if kind == "change":
        return _previous(module, entry) - _sum(module, entry["previous"])
    raise AssertionError(f"no single figure for kind {kind!r}")


def _problem_cells(module: ModuleType, table: str) -> set[tuple[str, int]]:
    cells = set()
    for entry in module.PROBLEMS:
        if entry.get("table") == table:
            cells.update((code, column) for code, column in entry.get("tree_cells", ()))
    return cells


def _lists(table: dict[str, Any]) -> tuple[str, ...]:
    return ("rows", *table.get("lists", ()))


@pytest.fixture(params=AVAILABLE)
def module(request: pytest.FixtureRequest) -> ModuleType:
    return _module(request.param)


def test_every_module_is_written() -> None:
    assert list(STEMS) == AVAILABLE


def test_sources_exist(module: ModuleType) -> None:
    real3 = _real3()
    if real3 is None:
        pytest.skip("../shared/real3 (the five 2026 PDFs) is not beside the repository")
    import pypdfium2

    sources = (module.SOURCE,) if isinstance(module.SOURCE, str) else module.SOURCE
    counts = (
        (module.PAGE_COUNT,)
        if isinstance(module.PAGE_COUNT, int)
        else (module.PAGE_COUNT["text"], module.PAGE_COUNT["tables"])
    )
    assert len(sources) == len(counts)
    for name, pages in zip(sources, counts, strict=True):
        assert (real3 / name).is_file(), name
        pdf = pypdfium2.PdfDocument(real3 / name)
        try:
            assert len(pdf) == pages, name
        finally:
            pdf.close()


def test_shape(module: ModuleType) -> None:
    assert module.IDENTITY["kind"] == "部门预算"
    assert module.IDENTITY["year"] == 2026
    for name, table in module.TABLES.items():
        assert table["unit"] in ("元", "万元"), name
        assert table["concept"], name
        assert table["pages"], name
        for listname in _lists(table):
            amount_from = _amount_from(table, listname)
            width = len(table["columns"]) if listname == "rows" else None
            for row in table.get(listname, ()):
                amounts = row[amount_from:]
                if width is not None:
                    assert len(amounts) == width, (name, row)
                for printed in amounts:
                    if printed is not None:
                        _dec(printed)


def test_holds(module: ModuleType) -> None:
    for entry in module.HOLDS:
        kind = entry["kind"]
        if kind in ("tree", "ltree"):
            table = module.TABLES[entry["table"]]
            listname = entry.get("list", "rows")
            check = _tree_failures if kind == "tree" else _ltree_failures
            failures = [(c, col) for c, col, _, _ in check(table, listname)]
            assert failures == [tuple(x) for x in entry.get("except", ())], entry["table"]
            assert set(failures) <= _problem_cells(module, entry["table"]), entry["table"]
        elif kind == "rowsum":
            table = module.TABLES[entry["table"]]
            assert list(_rowsum_failures(table, entry)) == [], entry
        elif kind == "rowrate":
            table = module.TABLES[entry["table"]]
            assert list(_rowrate_failures(table, entry)) == [], entry
        elif kind == "colsum":
            table = module.TABLES[entry["table"]]
            assert list(_colsum_failures(table, entry)) == [], entry
        elif kind == "rollup":
            assert _rollup_difference(module, entry) == {}, entry
        elif kind == "text":
            continue
        else:
            assert _compute(module, entry) == 0, entry


def test_problems(module: ModuleType) -> None:
    for entry in module.PROBLEMS:
        assert entry["verdict"] in VERDICTS, entry
        assert entry["where"], entry
        kind = entry["kind"]
        if kind == "text":
            continue
        if kind in ("tree", "ltree"):
            table = module.TABLES[entry["table"]]
            check = _tree_failures if kind == "tree" else _ltree_failures
            failures = {
                (c, col): printed - total
                for c, col, printed, total in check(table, entry.get("list", "rows"))
            }
            for code, column in entry["tree_cells"]:
                assert failures[(code, column)] == _dec(entry["difference"]), (code, column)
            continue
        if kind in ("rowsum", "rowrate"):
            table = module.TABLES[entry["table"]]
            check = _rowsum_failures if kind == "rowsum" else _rowrate_failures
            got = [(label, str(p - c)) for label, p, c in check(table, entry)]
            assert got == [tuple(x) for x in entry["failures"]], entry
            assert got, entry
            continue
        difference = _compute(module, entry)
        assert difference == _dec(entry["difference"]), entry
        assert difference != 0, entry
