"""PDF reading: budgetdiff's readers against the libraries and tools behind the choice.

For each PDF in samples/real/ (milliseconds, median and best of N runs after one
warm-up, time.perf_counter):

* ``read_pdf`` (pypdfium2 character boxes and ruled lines → cells); target for
  the reader alone: a 33-page budget well under the 1.0 s of a checked model;
* pypdfium2 reading every character box and nothing else (the floor);
* ``pdftotext -layout`` as a subprocess, and ``read_layout_text`` of its output;
* pdfplumber ``find_tables`` + ``extract`` and ``extract_words`` over all pages,
  when pdfplumber is installed (it is not a dependency);

and the cold import time of each library (``python -X importtime``).

Run: ``python benchmarks/bench_pdf.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from budgetdiff.parser.layout_text import read_layout_text
from budgetdiff.parser.pdf_reader import read_pdf

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "samples" / "real").glob("*.pdf"))
READER_TARGET_MS = 500.0


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def char_boxes(data: bytes) -> None:
    import pypdfium2  # type: ignore[import-untyped]

    pdf = pypdfium2.PdfDocument(data)
    for page in pdf:
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            textpage.get_charbox(index, loose=True)


def plumber(path: Path, words: bool) -> None:
    import pdfplumber  # type: ignore[import-not-found]

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if words:
                page.extract_words()
            else:
                for table in page.find_tables():
                    table.extract()


def pdftotext(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True)
    return result.stdout.decode("utf-8")


def import_ms(module: str) -> str:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
    )
    last = [line for line in result.stderr.splitlines() if re.search(rf"\|\s*{module}$", line)]
    if result.returncode or not last:
        return "not installed"
    return f"{int(last[-1].split('|')[1]) / 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    has_plumber = import_ms("pdfplumber") != "not installed"
    has_pdftotext = shutil.which("pdftotext") is not None
    print(
        "| file | pages | read_pdf | char boxes | pdftotext -layout | read_layout_text |"
        " plumber tables | plumber words |"
    )
    print("|---|---|---|---|---|---|---|---|")
    missed = False
    for path in PDFS:
        data = path.read_bytes()
        pages = len(read_pdf(data, path.name).pages)
        reader = timed(partial(read_pdf, data, path.name), args.runs)
        missed |= reader[0] > READER_TARGET_MS
        cells = [f"{reader[0]:.0f} / {reader[1]:.0f}"]
        floor = timed(partial(char_boxes, data), args.runs)
        cells.append(f"{floor[0]:.0f} / {floor[1]:.0f}")
        if has_pdftotext:
            text = pdftotext(path)
            tool = timed(partial(pdftotext, path), args.runs)
            layout = timed(partial(read_layout_text, text), args.runs)
            cells += [f"{tool[0]:.0f} / {tool[1]:.0f}", f"{layout[0]:.0f} / {layout[1]:.0f}"]
        else:
            cells += ["no pdftotext"] * 2
        for words in (False, True):
            if has_plumber:
                figure = timed(partial(plumber, path, words), max(1, args.runs // 2))
                cells.append(f"{figure[0]:.0f} / {figure[1]:.0f}")
            else:
                cells.append("not installed")
        print(f"| {path.stem} | {pages} | " + " | ".join(cells) + " |")
    print(
        "\nmilliseconds, median / best; import: "
        + ", ".join(f"{m} {import_ms(m)}" for m in ("pypdfium2", "pdfplumber"))
    )
    print(
        f"target: read_pdf ≤ {READER_TARGET_MS:.0f} ms per document: "
        + ("MISSED" if missed else "met")
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
