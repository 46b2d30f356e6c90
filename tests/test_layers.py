"""Data flows one way: the reading, checking and diffing layers never import the output
layers (``render``, ``export``, ``tui``) nor Textual or Rich, not even inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "budgetdiff"
LOWER = ("parser", "checks", "diffing", "model.py", "money.py", "text.py", "names.py")
FORBIDDEN = ("budgetdiff.render", "budgetdiff.export", "budgetdiff.tui", "textual", "rich")


def _modules(part: str) -> list[Path]:
    path = PACKAGE / part
    return [path] if path.is_file() else sorted(path.rglob("*.py"))


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _forbidden(names: set[str]) -> list[str]:
    return sorted(
        name for name in names for top in FORBIDDEN if name == top or name.startswith(top + ".")
    )


@pytest.mark.parametrize(
    "path", [p for part in LOWER for p in _modules(part)], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_lower_layers_import_no_output_layer(path: Path) -> None:
    assert _forbidden(imported(path)) == []


def test_the_rule_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from budgetdiff.render.numbers import signed\n")
    assert _forbidden(imported(module)) == [
        "budgetdiff.render.numbers",
        "budgetdiff.render.numbers.signed",
    ]


def _class_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def test_no_explorer_class_is_named_like_a_model_class() -> None:
    model = _class_names(PACKAGE / "model.py") | _class_names(PACKAGE / "diffing" / "model.py")
    explorer = {name for path in _modules("tui") for name in _class_names(path)}
    assert explorer & model == set()
    assert not (PACKAGE / "tui" / "commands.py").exists()  # beside commands/: a palette
