"""Shared fixtures: the two real sample documents and helpers to derive edited texts.

Edits are made on the source text, line by line (1-based, as ``cat -n`` counts),
and every edit asserts that the text it replaces is really on that line, so a
test cannot silently plant its change somewhere else.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff.model import Document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PORT_PATH = SAMPLES / "shanghai-port-office-2017.txt"
COOP_PATH = SAMPLES / "shanghai-cooperation-office-2017.txt"
SAMPLE_PATHS = {"port": PORT_PATH, "coop": COOP_PATH}


def replace_on_line(text: str, line: int, old: str, new: str) -> str:
    """``text`` with the single occurrence of ``old`` on 1-based ``line`` replaced by ``new``."""
    lines = text.split("\n")
    current = lines[line - 1]
    assert current.count(old) == 1, f"line {line} has {current.count(old)} × {old!r}: {current!r}"
    lines[line - 1] = current.replace(old, new)
    return "\n".join(lines)


def truncate_after(text: str, line: int) -> str:
    """The first ``line`` lines of ``text`` (1-based, inclusive), newline-terminated."""
    return "\n".join(text.split("\n")[:line]) + "\n"


@pytest.fixture(autouse=True, scope="session")
def _private_pdf_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Commands run by the tests cache read PDFs in a temporary directory, not the user's."""
    previous = os.environ.get("BUDGETDIFF_CACHE")
    os.environ["BUDGETDIFF_CACHE"] = str(tmp_path_factory.mktemp("pdf-cache"))
    yield
    if previous is None:
        os.environ.pop("BUDGETDIFF_CACHE", None)
    else:
        os.environ["BUDGETDIFF_CACHE"] = previous


@pytest.fixture(scope="session")
def sample_paths() -> dict[str, Path]:
    """Paths of the samples by short name: ``port`` and ``coop``."""
    return dict(SAMPLE_PATHS)


@pytest.fixture(scope="session")
def port_path() -> Path:
    return PORT_PATH


@pytest.fixture(scope="session")
def coop_path() -> Path:
    return COOP_PATH


@pytest.fixture(scope="session")
def port_text() -> str:
    return PORT_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def coop_text() -> str:
    return COOP_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_texts(port_text: str, coop_text: str) -> dict[str, str]:
    return {"port": port_text, "coop": coop_text}


@pytest.fixture(scope="session")
def port_doc() -> Document:
    return budgetdiff.load(PORT_PATH)


@pytest.fixture(scope="session")
def coop_doc() -> Document:
    return budgetdiff.load(COOP_PATH)


@pytest.fixture(scope="session")
def docs(port_doc: Document, coop_doc: Document) -> dict[str, Document]:
    """The parsed samples by short name: ``port`` and ``coop``."""
    return {"port": port_doc, "coop": coop_doc}


@pytest.fixture(scope="session")
def source_lines(port_text: str, coop_text: str) -> dict[str, list[str]]:
    """The samples' lines by short name; ``source_lines[name][n - 1]`` is line ``n``."""
    return {"port": port_text.split("\n"), "coop": coop_text.split("\n")}


@pytest.fixture(scope="session")
def edit() -> Callable[[str, int, str, str], str]:
    """``edit(text, line, old, new)``: see ``replace_on_line``."""
    return replace_on_line


@pytest.fixture(scope="session")
def truncate() -> Callable[[str, int], str]:
    """``truncate(text, line)``: see ``truncate_after``."""
    return truncate_after
