"""The real published PDFs bundled in samples/real, and their ground truth.

``expected(stem)`` is the module of figures written down from the page images
(tests/real/expected/), never from budgetdiff's output.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

REAL = Path(__file__).resolve().parents[2] / "samples" / "real"
BUDGETS = (
    "sh-putuo-wanli-2024-dept",
    "sh-putuo-govoffice-2025-dept",
    "sh-putuo-govoffice-2025-unit",
    "sh-putuo-commerce-2025-dept",
)
"""The four budgets (部门预算 and 单位预算)."""
FINALS = ("sh-putuo-finance-2024-final", "sh-putuo-planning-2024-final")
"""The two final accounts (部门决算), read since issue 10."""


def expected(stem: str) -> ModuleType:
    """The ground-truth module of the PDF ``stem``."""
    return importlib.import_module(f"tests.real.expected.{stem.replace('-', '_')}")


def layout_text(stem: str, folder: Path) -> Path:
    """``pdftotext -layout`` of the PDF ``stem``, written into ``folder`` (skips without
    poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    out = folder / f"{stem}.txt"
    subprocess.run(["pdftotext", "-layout", str(REAL / f"{stem}.pdf"), str(out)], check=True)
    return out


def tab_text(stem: str) -> str:
    """The text the PDF reader gives for the PDF ``stem`` (tab-separated cells): what a
    test edits to plant an error in a real document."""
    from budgetdiff.parser.pdf_reader import read_pdf

    path = REAL / f"{stem}.pdf"
    return read_pdf(path.read_bytes(), str(path)).tab_text()[0]


def replace_once(text: str, old: str, new: str) -> str:
    """``text`` with ``old``, which must occur exactly once, replaced by ``new``."""
    assert text.count(old) == 1, f"{text.count(old)} × {old!r}"
    return text.replace(old, new)
