"""Mutations of the real PDFs, as damage and republishing make them (issue 17).

Each mutant is a function of the bytes and a ``random.Random``: byte flips, a damaged
object header, a stream's data deleted, pages rotated (``/Rotate``), the file
encrypted with an owner password only. Used by tests/parser/test_pdf_integrity.py.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable

import pikepdf

Mutant = Callable[[bytes, random.Random], bytes]

_HEADER = re.compile(rb"\d+ \d+ obj")
_STREAM = re.compile(rb"stream\r?\n")


def _spans(data: bytes) -> list[tuple[int, int]]:
    spans = []
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        if end > match.end():
            spans.append((match.end(), end))
    return spans


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    """1 to 8 bytes XOR-ed at one place in a stream's data. (Flips inside a dictionary
    are left out: nothing in a PDF guards a dictionary's bytes, and a changed number in
    a font's widths reads as a valid file; see docs/pdf-reading.md.)"""
    start, end = rng.choice(_spans(data))
    at = rng.randrange(start, end)
    count = rng.randint(1, 8)
    out = bytearray(data)
    for index in range(at, min(len(data), at + count)):
        out[index] ^= rng.randrange(1, 256)
    return bytes(out)


def flip_anywhere(data: bytes, rng: random.Random) -> bytes:
    """1 to 8 bytes XOR-ed anywhere past the header (most land in stream data: a
    dictionary's bytes are a small part of a file)."""
    at = rng.randrange(16, len(data) - 16)
    out = bytearray(data)
    for index in range(at, min(len(data), at + rng.randint(1, 8))):
        out[index] ^= rng.randrange(1, 256)
    return bytes(out)


def damage_header(data: bytes, rng: random.Random) -> bytes:
    """One ``N G obj`` header made unreadable (``obj`` → ``obx``)."""
    headers = [m.end() for m in _HEADER.finditer(data)]
    at = rng.choice(headers) - 1
    return data[:at] + b"x" + data[at + 1 :]


def delete_stream(data: bytes, rng: random.Random) -> bytes:
    """One stream's data blanked (same length, so offsets hold)."""
    start, end = rng.choice(_spans(data))
    return data[:start] + b" " * (end - start) + data[end:]


def _save(pdf: pikepdf.Pdf, **options: object) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def rotate(data: bytes, rng: random.Random) -> bytes:
    """Some pages given ``/Rotate`` 90, 180 or 270."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            if rng.random() < 0.5:
                page.Rotate = rng.choice((90, 180, 270))
        return _save(pdf)


def encrypt(data: bytes, rng: random.Random) -> bytes:
    """Encrypted with an owner password only (RC4 128, AES 128 or AES 256)."""
    revision = rng.choice((3, 4, 6))
    encryption = pikepdf.Encryption(
        owner="owner", user="", R=revision, aes=revision >= 4, metadata=revision >= 4
    )
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _save(pdf, encryption=encryption)


def encrypt_then_flip(data: bytes, rng: random.Random) -> bytes:
    return flip_bytes(encrypt(data, rng), rng)


MUTANTS: tuple[Mutant, ...] = (
    flip_bytes,
    flip_anywhere,
    damage_header,
    delete_stream,
    rotate,
    encrypt,
    encrypt_then_flip,
)
