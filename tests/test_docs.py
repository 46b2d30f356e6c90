"""The documentation inside the repository: every check id explained, links that resolve."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ROOT / "src" / "budgetdiff" / "checks"
CHECKS_MD = ROOT / "docs" / "checks.md"
TWO_SIDED = ("finance_summary", "fiscal_summary")
ID = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _source_ids() -> set[str]:
    """Every check id the checks can report: the string literals that look like ids,
    and the two-sided tables' ``f"{table.id}.balance"`` ids for both tables."""
    ids: set[str] = set()
    for path in sorted(CHECKS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if ID.fullmatch(node.value) and not node.value.startswith("budgetdiff."):
                    ids.add(node.value)
            elif isinstance(node, ast.JoinedStr):
                parts = node.values
                if (
                    len(parts) == 2
                    and isinstance(parts[0], ast.FormattedValue)
                    and ast.unparse(parts[0].value) == "table.id"
                    and isinstance(parts[1], ast.Constant)
                ):
                    ids.update(f"{table}{parts[1].value}" for table in TWO_SIDED)
    return ids


def _documented() -> dict[str, list[str]]:
    """The rows of the id tables of docs/checks.md, by id."""
    rows: dict[str, list[str]] = {}
    for line in CHECKS_MD.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
            for ident in re.findall(r"`([a-z_.]+)`", cells[0]):
                rows[ident] = cells
    return rows


def test_the_source_ids_are_found() -> None:
    ids = _source_ids()
    assert {"tree.sum", "cross.economic_basic", "final.two_sided.balance"} <= ids
    assert {"finance_summary.balance", "fiscal_summary.items"} <= ids
    assert len(ids) > 55


def test_every_check_id_is_in_docs_checks_md() -> None:
    missing = sorted(_source_ids() - set(_documented()))
    assert missing == []


def test_every_reported_id_is_documented() -> None:
    """What check really reports, on every sample (a guard against ids built at run time)."""
    import budgetdiff
    from budgetdiff.checks import check

    documented = set(_documented())
    paths = sorted((ROOT / "samples").rglob("*.txt")) + sorted((ROOT / "samples").rglob("*.pdf"))
    reported = set()
    for path in paths:
        if path.name == "README.md":
            continue
        try:
            document = budgetdiff.load(path)
        except budgetdiff.BudgetDiffError:
            continue
        reported |= {result.id for result in check(document).results}
    assert len(reported) > 50
    assert sorted(reported - documented) == []


@pytest.mark.parametrize("ident", sorted(_source_ids()))
def test_each_id_has_kind_chinese_english_and_an_example(ident: str) -> None:
    cells = _documented()[ident]
    assert len(cells) == 5, cells
    _, kind, chinese, english, example = cells
    assert kind.split()[0] in ("strict", "warn"), kind
    assert CJK.search(chinese) and not re.fullmatch(r"[\x00-\x7f]*", chinese), chinese
    assert re.search(r"[a-z]{3,} [a-z]{2,}", english), english
    assert example.startswith("`") and len(example) > 20, example


def test_checks_md_says_what_strict_and_warn_mean_in_both_languages() -> None:
    text = CHECKS_MD.read_text(encoding="utf-8")
    assert "*Strict* identities fail" in text and "严格" in text and "近似" in text


def _links(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize(
    "path",
    [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_links_stay_inside_the_repository_and_resolve(path: Path) -> None:
    for link in _links(path):
        if re.match(r"[a-z]+:", link) or link.startswith("#"):
            continue
        target = (path.parent / link.split("#")[0]).resolve()
        assert target.is_relative_to(ROOT), link
        assert target.exists(), link


def test_the_test_extra_pins_ruff_and_textual() -> None:
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]["test"]
    pins = {re.split(r"[=<>]", spec)[0]: spec for spec in extra}
    assert re.fullmatch(r"ruff==[\d.]+", pins["ruff"])
    assert re.fullmatch(r"textual==[\d.]+", pins["textual"])
