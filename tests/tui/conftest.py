"""Fixtures for the explorer's pilot tests: documents, and an isolated config file."""

from __future__ import annotations

from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.model import Document

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
