"""Fixtures for the explorer's tests: documents, an isolated config file, and a private
tmux server for the tests that run the installed command in a real terminal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.model import Document
from tests.tui.e2e.test_tmux import Tmux, private_tmux

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config file path (never the user's)."""
    path = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("BUDGETDIFF_CONFIG", str(path))
    return path


@pytest.fixture(scope="session")
def port() -> Document:
    return budgetdiff.load(ROOT / "samples" / "shanghai-port-office-2017.txt")


@pytest.fixture(scope="session")
def draft() -> Document:
    return budgetdiff.load(ROOT / "samples" / "drafts" / "shanghai-port-office-2017-draft.txt")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Tmux]:
    """A private tmux server (as in ``e2e/test_tmux.py``), killed after the test; the test
    skips without tmux or the console script."""
    with private_tmux(tmp_path) as session:
        yield session
