"""The one way commands read a document: a path, or ``-`` for standard input.

A PDF's pages come from the cache of read PDFs (``budgetdiff.cache``) unless
``--no-cache`` turned it off; ``read_pair`` reads two PDFs in two processes
(PDFium is not thread-safe, and the reading holds the GIL most of the time).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from budgetdiff.errors import BudgetDiffError
from budgetdiff.model import Document

if TYPE_CHECKING:
    from budgetdiff.parser.paged import PagedDocument

STDIN = "-"

_T = TypeVar("_T")


def read_document(
    path: str,
    encoding: str | None,
    cache: bool = True,
    read_pdf: Callable[[bytes, str], PagedDocument] | None = None,
) -> Document:
    """The document at ``path``; ``-`` reads standard input (bounded like a file).
    ``cache``: read and fill the cache of read PDFs (the CLI's ``--no-cache`` turns it off).
    ``read_pdf`` reads a PDF's pages when the cache does not hold them (``read_pdf`` of
    ``budgetdiff.parser.pdf_reader`` unless given: the explorer reads them in a process
    it can stop)."""
    return _parse(path, _read_bytes(path), encoding, cache, read_pdf)


def read_pair(
    a: str, b: str, encoding: str | None, cache: bool = True
) -> tuple[Document, Document]:
    """Documents A and B, as ``read_document`` reads them; two PDFs that are not in the
    cache are read at the same time. When both fail, A's error is raised."""
    data_a = _read_bytes(a)
    data_b = _attempt(_read_bytes, b)
    if (
        isinstance(data_b, bytes)
        and _unread_pdf(data_a, cache)
        and _unread_pdf(data_b, cache)
        and _processors() > 1
    ):
        outcome_a, outcome_b = _in_parallel(
            partial(_parse, a, data_a, encoding, cache), partial(_parse, b, data_b, encoding, cache)
        )
    else:
        outcome_a = _attempt(_parse, a, data_a, encoding, cache)
        outcome_b = (
            _attempt(_parse, b, data_b, encoding, cache) if isinstance(data_b, bytes) else data_b
        )
    if isinstance(outcome_a, BudgetDiffError):
        raise outcome_a
    if isinstance(outcome_b, BudgetDiffError):
        raise outcome_b
    return outcome_a, outcome_b


def _read_bytes(path: str) -> bytes:
    from budgetdiff.parser import load
    from budgetdiff.parser.decoding import read_path, read_stream

    if path == STDIN:
        return read_stream(sys.stdin.buffer if sys.stdin is not None else None)
    if not path or "\0" in path:
        load(path)  # raises the sentence for what is not a file name
    return read_path(path)


def _parse(
    path: str,
    data: bytes,
    encoding: str | None,
    use: bool,
    read_pdf: Callable[[bytes, str], PagedDocument] | None = None,
) -> Document:
    from budgetdiff.parser import parse_bytes, parse_paged, pdf_source
    from budgetdiff.parser.pdf_reader import is_pdf

    if not is_pdf(data):
        return parse_bytes(data, path=path, encoding=encoding)
    from budgetdiff import cache
    from budgetdiff.parser.decoding import sha256_hex

    digest = sha256_hex(data)
    pages = cache.get(digest, path) if use else None
    if pages is None:
        pages = (read_pdf or _read_pdf)(data, path)
        if use:
            cache.put(digest, pages)
    return parse_paged(pages, pdf_source(path, digest))


def _unread_pdf(data: bytes, use: bool) -> bool:
    """True for a PDF whose pages are not in the cache (or the cache is not used)."""
    from budgetdiff.parser.pdf_reader import is_pdf

    if not is_pdf(data):
        return False
    if not use:
        return True
    from budgetdiff import cache
    from budgetdiff.parser.decoding import sha256_hex

    return not cache.holds(sha256_hex(data))


def _processors() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _read_pdf(data: bytes, name: str) -> PagedDocument:
    from budgetdiff.parser.pdf_reader import read_pdf

    return read_pdf(data, name)


def _in_parallel(
    first: Callable[[], Document], second: Callable[[], Document]
) -> tuple[Document | BudgetDiffError, Document | BudgetDiffError]:
    """Run ``first`` in a worker process while this one runs ``second``."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from budgetdiff.commands.check import (
        _ignore_interrupts,
        _stop,
        _Terminated,
        catch_ending_signals,
        restore_signals,
    )

    # fork: the worker has budgetdiff imported already (spawn would import it again).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=_ignore_interrupts)
    try:
        previous: dict[int, object] | None = catch_ending_signals()
    except ValueError:  # not the main thread
        previous = None
    try:
        future = pool.submit(first)
        outcome_b = _attempt(second)
        try:
            outcome_a: Document | BudgetDiffError = future.result()
        except BudgetDiffError as error:
            outcome_a = error
        except BrokenProcessPool:
            outcome_a = _attempt(first)
    except KeyboardInterrupt:
        _stop(pool)
        raise
    except _Terminated as ended:
        _stop(pool)
        raise SystemExit(128 + ended.signum) from None
    finally:
        if previous is not None:
            restore_signals(previous)
    pool.shutdown()
    return outcome_a, outcome_b


def _attempt(function: Callable[..., _T], *args: object) -> _T | BudgetDiffError:
    try:
        return function(*args)
    except BudgetDiffError as error:
        return error
