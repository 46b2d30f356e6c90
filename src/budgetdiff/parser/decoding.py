"""Bytes to text: BOMs, UTF-8, GB18030/GBK, and the three line-ending styles."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from budgetdiff.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class DecodedText:
    """Text with the encoding it was read in and its dominant line ending."""

    text: str
    encoding: str
    newline: str


def detect_newline(text: str) -> str:
    """The line ending ``text`` mostly uses: ``\\r\\n``, ``\\r`` or ``\\n``."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts = {"\r\n": crlf, "\r": cr, "\n": lf}
    return max(counts, key=lambda key: (counts[key], key == "\n"))


def split_lines(text: str) -> list[str]:
    """``text`` split at CRLF, CR or LF only (never at form feeds or U+2028)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decode(data: bytes, encoding: str | None = None, name: str = "input") -> DecodedText:
    """Decode a budget file's bytes.

    With ``encoding`` given it is used as is. Otherwise a BOM decides; then UTF-8;
    then GB18030 (a superset of GBK and GB2312). Raises InputError for empty or
    binary data, or bytes that fit no encoding.
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{name} is empty")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name} cannot be decoded as {encoding} (byte {error.start})"
            ) from None
        return DecodedText(text.removeprefix("\ufeff"), encoding, detect_newline(text))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{name} starts with a {codec} mark but is not {codec}") from None
            return DecodedText(text.removeprefix("\ufeff"), codec, detect_newline(text))
    if b"\x00" in data:
        raise InputError(f"{name} is a binary file, not text")
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return DecodedText(text, codec, detect_newline(text))
    raise InputError(f"{name} is neither UTF-8 nor GB18030 text")  # pragma: no cover
