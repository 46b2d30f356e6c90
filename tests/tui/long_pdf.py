"""A PDF that takes long to read: a real one's pages many times over.

``long_pdf(folder)`` writes the govoffice 2025 部门预算 (22 pages) ``copies`` times over
into one PDF with pypdfium2's ``import_pages``: 2,200 pages, 14 MB, about 20 s to read
on an idle machine (``read_pdf`` takes about 0.2 s for the 22 pages). Every page is
read as it is in the original; only the length differs.
"""

from __future__ import annotations

import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOVOFFICE = ROOT / "samples" / "real" / "sh-putuo-govoffice-2025-dept.pdf"
COPIES = 100


def long_pdf(folder: Path, copies: int = COPIES) -> Path:
    import pypdfium2  # type: ignore[import-untyped]

    source = pypdfium2.PdfDocument(GOVOFFICE)
    target = pypdfium2.PdfDocument.new()
    try:
        for _ in range(copies):
            target.import_pages(source)
        buffer = io.BytesIO()
        target.save(buffer)
    finally:
        target.close()
        source.close()
    path = folder / f"govoffice-{copies}-times.pdf"
    path.write_bytes(buffer.getvalue())
    return path
