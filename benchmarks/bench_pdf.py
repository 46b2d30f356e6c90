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

Then the figures of issue 8's speed item, each beside ``pdftotext -layout`` of
the same file in the same run (as a ratio), with the cache of read PDFs in a
temporary ``$BUDGETDIFF_CACHE``:

* cold load: a fresh ``python`` process timing ``import budgetdiff`` plus
  ``budgetdiff.load(PDF)`` (checked model); target ≤ 1.0 s for a 30-page budget;
  and that per page;
* warm-cache load: ``read_document`` (what every command reads with) on a warm
  cache, in process and as a fresh process (import included); target ≤ 100 ms;
* the whole command as a subprocess: ``budgetdiff show PDF --color never`` and
  ``budgetdiff diff A.pdf B.pdf --format json`` (both sides read in parallel),
  with ``--no-cache`` and on a warm cache, beside ``python -c pass``.

Run: ``python benchmarks/bench_pdf.py [--runs N] [--load-only]``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from budgetdiff.parser.layout_text import read_layout_text
from budgetdiff.parser.pdf_reader import read_pdf

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "samples" / "real"
PDFS = sorted(REAL.glob("*.pdf"))
READER_TARGET_MS = 500.0
COLD_TARGET_MS = 1000.0
WARM_TARGET_MS = 100.0
BUDGETS = [path for path in PDFS if not path.stem.endswith("-final")]
LOADED = PDFS
"""Every real PDF is loaded: the 决算 are read (and checked) since issue 10."""
DIFF_PAIR = (REAL / "sh-putuo-commerce-2025-dept.pdf", REAL / "sh-putuo-wanli-2024-dept.pdf")


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


COLD_LOAD = """
import time
start = time.perf_counter()
import budgetdiff
budgetdiff.check(budgetdiff.load({path!r}))
print((time.perf_counter() - start) * 1000)
"""
WARM_LOAD = """
import time
start = time.perf_counter()
from budgetdiff.checks import check
from budgetdiff.commands.inputs import read_document
check(read_document({path!r}, None, cache=True))
print((time.perf_counter() - start) * 1000)
"""


def reported_ms(code: str, runs: int) -> tuple[float, float]:
    """Median and best of the milliseconds a fresh interpreter running ``code`` prints."""
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(result.stdout))
    return statistics.median(times), min(times)


def wall_ms(command: list[str], runs: int) -> tuple[float, float]:
    """Median and best wall time of ``command`` as a subprocess (exit 0 or 1)."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode()}")
    return statistics.median(times[1:]), min(times[1:])


def ratio(figure: float, baseline: float | None) -> str:
    return f"{figure / baseline:.1f}×" if baseline else "—"


def load_table(runs: int, tools: dict[Path, float | None]) -> bool:
    """Cold and warm loads of each real PDF; True when one misses its target."""
    from budgetdiff.commands.inputs import read_document

    missed = False
    print(
        "\n| file | pages | cold load | per page | warm load | warm, fresh process |"
        " pdftotext -layout | cold ÷ pdftotext | warm ÷ pdftotext |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for path in LOADED:
        pages = len(read_pdf(path.read_bytes(), path.name).pages)
        cold = reported_ms(COLD_LOAD.format(path=str(path)), runs)
        warm = timed(partial(read_document, str(path), None, True), runs)
        warm_process = reported_ms(WARM_LOAD.format(path=str(path)), runs)
        tool = tools[path]
        missed |= cold[0] > COLD_TARGET_MS * pages / 30 or warm[0] > WARM_TARGET_MS
        cells = [
            f"{cold[0]:.0f} / {cold[1]:.0f}",
            f"{cold[0] / pages:.1f}",
            f"{warm[0]:.0f} / {warm[1]:.0f}",
            f"{warm_process[0]:.0f} / {warm_process[1]:.0f}",
            f"{tool:.0f}" if tool else "no pdftotext",
            ratio(cold[0], tool),
            ratio(warm[0], tool),
        ]
        print(f"| {path.stem} | {pages} | " + " | ".join(cells) + " |")
    print(
        "\nmilliseconds, median / best. cold load: a fresh process, `import budgetdiff` and "
        "`load()` to a checked model; warm load: `read_document` on a warm cache, in process "
        "and in a fresh process (its imports included)"
    )
    print(
        f"targets: cold ≤ {COLD_TARGET_MS:.0f} ms per 30 pages, warm ≤ {WARM_TARGET_MS:.0f} ms: "
        + ("MISSED" if missed else "met")
    )
    return missed


def pair_figures(runs: int) -> None:
    """Reading two PDFs one after the other, and as ``diff`` does (in parallel)."""
    from budgetdiff.commands.inputs import read_document, read_pair

    a, b = (str(path) for path in DIFF_PAIR)

    def sequential() -> None:
        read_document(a, None, cache=False)
        read_document(b, None, cache=False)

    one = timed(sequential, runs)
    both = timed(partial(read_pair, a, b, None, False), runs)
    print(
        f"\nreading {DIFF_PAIR[0].name} and {DIFF_PAIR[1].name} without the cache, in process: "
        f"one after the other {one[0]:.0f} / {one[1]:.0f} ms, in parallel (read_pair) "
        f"{both[0]:.0f} / {both[1]:.0f} ms ({one[0] / both[0]:.2f}×)"
    )


def command_table(runs: int, tools: dict[Path, float | None]) -> None:
    """Whole commands as subprocesses, without the cache and on a warm one."""
    budgetdiff = [sys.executable, "-m", "budgetdiff"]
    shown = BUDGETS[-1]
    commands = {
        f"show {shown.name} --color never": [*budgetdiff, "show", str(shown), "--color", "never"],
        f"diff {DIFF_PAIR[0].name} {DIFF_PAIR[1].name} --format json": [
            *budgetdiff,
            "diff",
            *map(str, DIFF_PAIR),
            "--format",
            "json",
        ],
    }
    tool = sum(tools[path] or 0 for path in DIFF_PAIR) or None
    print("\n| command (a subprocess) | --no-cache | warm cache | ÷ | warm ÷ pdftotext |")
    print("|---|---|---|---|---|")
    for index, (name, command) in enumerate(commands.items()):
        fresh = wall_ms([*command, "--no-cache"], runs)
        subprocess.run(command, capture_output=True)  # fills the cache
        warm = wall_ms(command, runs)
        baseline = tools[shown] if index == 0 else tool
        print(
            f"| {name} | {fresh[0]:.0f} / {fresh[1]:.0f} | {warm[0]:.0f} / {warm[1]:.0f} | "
            f"{fresh[0] / warm[0]:.1f}× | {ratio(warm[0], baseline)} |"
        )
    floor = wall_ms([sys.executable, "-c", "pass"], runs)
    print(
        f"\nwall milliseconds, median / best; `python -c pass` {floor[0]:.0f} ms; the pdftotext "
        "column divides by `pdftotext -layout` of the same file(s) (both files for diff)"
    )


def speed(runs: int) -> bool:
    """The figures of issue 8's speed item; True when one misses its target."""
    has_pdftotext = shutil.which("pdftotext") is not None
    tools = {
        path: timed(partial(pdftotext, path), runs)[0] if has_pdftotext else None for path in LOADED
    }
    missed = load_table(runs, tools)
    pair_figures(runs)
    command_table(runs, tools)
    return missed


def libraries(runs: int) -> bool:
    """The reader beside the libraries; True when read_pdf misses its target."""
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
        reader = timed(partial(read_pdf, data, path.name), runs)
        missed |= reader[0] > READER_TARGET_MS
        cells = [f"{reader[0]:.0f} / {reader[1]:.0f}"]
        floor = timed(partial(char_boxes, data), runs)
        cells.append(f"{floor[0]:.0f} / {floor[1]:.0f}")
        if has_pdftotext:
            text = pdftotext(path)
            tool = timed(partial(pdftotext, path), runs)
            layout = timed(partial(read_layout_text, text), runs)
            cells += [f"{tool[0]:.0f} / {tool[1]:.0f}", f"{layout[0]:.0f} / {layout[1]:.0f}"]
        else:
            cells += ["no pdftotext"] * 2
        for words in (False, True):
            if has_plumber:
                figure = timed(partial(plumber, path, words), max(1, runs // 2))
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
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--load-only", action="store_true", help="only the load, cache and command figures"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["BUDGETDIFF_CACHE"] = cache
        missed = False if args.load_only else libraries(args.runs)
        missed |= speed(args.runs)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
