"""Writes pdfplumber's table text of a PDF (the fixture next to this script).

On each page: the rows of the tables pdfplumber's table finder finds (``find_tables``,
cells joined by tabs, a cell's own line breaks removed) and the lines of the text
outside them (``extract_text_lines``), in order from the top of the page. pdfplumber is
not a dependency of budgetdiff; run this by hand where it is installed:

    cd tests/parser/data
    python make_pdfplumber_text.py ../../../samples/real/X.pdf > X.pdfplumber.txt

The fixture sh-putuo-finance-2024-final.pdfplumber.txt was written so with pdfplumber
0.11.11.
"""

from __future__ import annotations

import sys
from typing import Any


def page_lines(page: Any) -> list[str]:
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    pieces = [
        (line["top"], line["text"])
        for line in page.filter(outside).extract_text_lines()
        if line["text"].strip()
    ]
    for table in tables:
        for n, row in enumerate(table.extract()):
            cells = ["" if cell is None else cell.replace("\n", "") for cell in row]
            pieces.append((table.bbox[1] + n * 0.001, "\t".join(cells)))
    pieces.sort(key=lambda piece: piece[0])
    return [text for _, text in pieces]


def main() -> None:
    import pdfplumber

    with pdfplumber.open(sys.argv[1]) as pdf:
        lines = [line for page in pdf.pages for line in page_lines(page)]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
