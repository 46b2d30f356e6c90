"""The one way commands read a document: a path, or ``-`` for standard input."""

from __future__ import annotations

import sys

from budgetdiff.model import Document

STDIN = "-"


def read_document(path: str, encoding: str | None) -> Document:
    """The document at ``path``; ``-`` reads standard input (bounded like a file)."""
    from budgetdiff.parser import load, parse_bytes
    from budgetdiff.parser.decoding import read_stream

    if path == STDIN:
        stream = sys.stdin.buffer if sys.stdin is not None else None
        return parse_bytes(read_stream(stream), path=STDIN, encoding=encoding)
    return load(path, encoding=encoding)
