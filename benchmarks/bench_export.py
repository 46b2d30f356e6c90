"""Export benchmarks for budgetdiff: large documents to JSON, CSV and XLSX files.

Figures (in process, the document parsed and checked beforehand; milliseconds,
median and best of N runs after a warm-up, time.perf_counter):

* the JSON of a generated 60,000-row document (``--rows``; rows as
  ``bench_parse.py`` counts them), ``encode(document_dict(...))`` (≤ 150 ms),
  beside the standard library's ``json.dumps(indent=2)`` of the same data, which
  is what it costs without orjson (``pip install budgetdiff[fast]``), and
  ``write_json`` of it to a new file in ``--dir`` (its disk's speed included);
* the export's peak memory (``tracemalloc``) above the retained model: ≤ 3×
  the model's own size;
* ``write_csv`` and ``write_xlsx`` at ``--small-rows`` and ``--rows`` (XLSX at
  ``--xlsx-rows``): the time a row at the large size at most 1.3× the time a
  row at the small one (linear).

Run: ``python benchmarks/bench_export.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import budgetdiff
from bench_parse import Figure, items_for, render, table_rows, timed_figure, timings
from budgetdiff.export.csv_export import write_csv
from budgetdiff.export.json_export import document_dict, encode, write_json
from budgetdiff.export.xlsx_export import write_xlsx
from budgetdiff.model import CheckReport, Document
from generate import generate_document

JSON_TARGET_MS = 150.0
MEMORY_TARGET = 3.0
LINEAR_TARGET = 1.3


def loaded(rows: int) -> tuple[Document, CheckReport, int]:
    """A parsed and checked generated document of about ``rows`` table rows, and the
    bytes its model holds (tracemalloc: what the parse allocated and kept)."""
    text = generate_document(items_for(rows), seed=0)
    gc.collect()
    tracemalloc.start()
    document = budgetdiff.parse(text)
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return document, budgetdiff.check(document), held


def fresh(work: Path, suffix: str) -> Callable[[], Path]:
    """A new path under ``work`` on each call (exports never write over a file)."""
    count = iter(range(1_000_000))
    return lambda: work / f"out{next(count)}{suffix}"


def orjson_note() -> str:
    try:
        import orjson  # noqa: F401
    except ImportError:
        return "orjson not installed: the standard library writes it (pip install budgetdiff[fast])"
    return "orjson writes it"


def json_figures(
    document: Document, report: CheckReport, held: int, runs: int, work: Path
) -> list[Figure]:
    rows = table_rows(document)
    mine = timings(lambda: encode(document_dict(document, report)), runs, warmup=1)
    target = fresh(work, ".json")
    written = timings(lambda: write_json(document, target(), report=report), runs, warmup=1)
    data = document_dict(document, report)
    size = Path(work / "out0.json").stat().st_size
    stdlib = timings(lambda data=data: json.dumps(data, ensure_ascii=False, indent=2), runs, 1)
    ratio = statistics.median(mine) / statistics.median(stdlib)
    figures = [
        timed_figure(
            f"JSON of a {rows:,}-row document",
            mine,
            JSON_TARGET_MS,
            f"document_dict + encode, {size / 1e6:.0f} MB; {orjson_note()}; "
            f"{ratio:.2f}× json.dumps(indent=2) alone",
        ),
        timed_figure("json.dumps(indent=2) of the same data", stdlib, None, "standard library"),
        timed_figure(
            "write_json, the same to a new file",
            written,
            None,
            f"in {work.parent} (the file system's write speed is in it; --dir picks another)",
        ),
    ]
    del data
    gc.collect()
    tracemalloc.start()
    write_json(document, target(), report=report)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    times = peak / held
    figures.append(
        Figure(
            "peak memory of write_json above the model",
            f"{peak / 2**20:.0f} MiB",
            "",
            f"<= {MEMORY_TARGET:g}× model",
            "PASS" if times <= MEMORY_TARGET else "MISS",
            f"{times:.2f}× the model's {held / 2**20:.0f} MiB (tracemalloc)",
        )
    )
    return figures


def linear_figures(
    name: str,
    write: Callable[[Document, Path, bool, Sequence[Path], CheckReport], None],
    suffix: str,
    small: tuple[Document, CheckReport],
    large: tuple[Document, CheckReport],
    runs: int,
    work: Path,
) -> list[Figure]:
    per_row: list[float] = []
    figures: list[Figure] = []
    for document, report in (small, large):
        rows = table_rows(document)
        target = fresh(work / f"{name}-{rows}", suffix)
        (work / f"{name}-{rows}").mkdir()

        def once(
            document: Document = document,
            report: CheckReport = report,
            target: Callable[[], Path] = target,
        ) -> None:
            write(document, target(), False, (), report)

        results = timings(once, runs, warmup=1)
        median = sorted(results)[len(results) // 2]
        per_row.append(median * 1000 / rows)
        figures.append(
            timed_figure(
                f"{name}, {rows:,}-row document", results, None, f"{per_row[-1]:.1f} µs a row"
            )
        )
    growth = per_row[1] / per_row[0]
    figures.append(
        Figure(
            f"{name}: time a row, large ÷ small",
            f"{growth:.2f}×",
            "",
            f"<= {LINEAR_TARGET:g}×",
            "PASS" if growth <= LINEAR_TARGET else "MISS",
            "linear when about 1",
        )
    )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per figure (default 7)")
    parser.add_argument(
        "--rows", type=int, default=60000, help="rows of the large document (default 60000)"
    )
    parser.add_argument(
        "--small-rows", type=int, default=6000, help="rows of the small document (default 6000)"
    )
    parser.add_argument(
        "--xlsx-rows", type=int, default=20000, help="rows of XLSX's large document (default 20000)"
    )
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to write (default: the temporary folder)"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)

    large_document, large_report, held = loaded(args.rows)
    small = loaded(args.small_rows)[:2]
    xlsx_large = (
        loaded(args.xlsx_rows)[:2]
        if args.xlsx_rows != args.rows
        else (large_document, large_report)
    )
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=args.dir) as folder:
        work = Path(folder)
        gc.disable()  # as in a CLI command
        try:
            figures = json_figures(large_document, large_report, held, args.runs, work)
            figures += linear_figures(
                "write_csv",
                write_csv,
                "",
                small,
                (large_document, large_report),
                max(3, args.runs // 2),
                work,
            )
            figures += linear_figures("write_xlsx", write_xlsx, ".xlsx", small, xlsx_large, 3, work)
        finally:
            gc.enable()
    print(f"budgetdiff {budgetdiff.__version__}, Python {sys.version.split()[0]}")
    print(render(figures))
    missed = [figure for figure in figures if figure.result == "MISS"]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
