"""Input to text: bounded reading, BOMs, UTF-8, GB18030/GBK, the three line endings.

Inputs above ``max_bytes()`` (64 MiB, or ``$BUDGETDIFF_MAX_BYTES``) are refused,
and never read beyond that bound: a device or pipe that never ends cannot
exhaust memory.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from typing import BinaryIO

from budgetdiff.errors import InputError
from budgetdiff.record import Record

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES_VARIABLE = "BUDGETDIFF_MAX_BYTES"
_SIZE = re.compile(r"(\d+)\s*([KMG]?)i?B?", re.IGNORECASE)
_SIZE_FACTORS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_CHUNK = 1024 * 1024
_REASONS = {
    errno.ENOENT: "does not exist",
    errno.EACCES: "cannot be read: permission denied",
    errno.EPERM: "cannot be read: permission denied",
    errno.ENOTDIR: "does not exist (a part of its path is not a directory)",
    errno.ENAMETOOLONG: "cannot be read: the file name is too long",
    errno.EISDIR: "is a directory, not a budget document",
    errno.ELOOP: "cannot be read: too many levels of symbolic links",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class DecodedText(Record):
    """Text with the encoding it was read in and its dominant line ending."""

    text: str
    encoding: str
    newline: str

    __slots__ = ("encoding", "newline", "text")

    def __init__(self, text: str, encoding: str, newline: str) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "encoding", encoding)
        object.__setattr__(self, "newline", newline)


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
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name} cannot be decoded as {encoding} (byte {error.start})"
            ) from None
        except UnicodeError:
            raise InputError(f"{name} cannot be decoded as {encoding}") from None
        except (LookupError, ValueError):
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
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


def max_bytes() -> int:
    """The largest input read: ``$BUDGETDIFF_MAX_BYTES`` (e.g. ``200M``), else 64 MiB."""
    value = os.environ.get(MAX_BYTES_VARIABLE, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    match = _SIZE.fullmatch(value)
    if match is None or int(match.group(1)) == 0:
        raise InputError(
            f"{MAX_BYTES_VARIABLE} takes a size in bytes such as 200000000 or 200M, not {value!r}"
        )
    return int(match.group(1)) * _SIZE_FACTORS[match.group(2).upper()]


def too_large(name: str, limit: int) -> InputError:
    """The error for an input over ``limit`` bytes."""
    return InputError(
        f"{name} is larger than the limit of {limit:,} bytes "
        f"(set {MAX_BYTES_VARIABLE} to read larger documents)"
    )


def os_error(name: str, error: OSError) -> InputError:
    """One sentence for an OS error met while reading ``name``."""
    reason = _REASONS.get(error.errno or 0)
    if reason is None:
        reason = f"cannot be read: {error.strerror or error}"
    return InputError(f"{name} {reason}")


def read_path(path: str, name: str | None = None) -> bytes:
    """The bytes of the file at ``path``, at most ``max_bytes()`` of them.

    Regular files, FIFOs and sockets are read; directories and devices are refused
    before they are opened. Every OSError becomes an InputError.
    """
    name = name or path
    limit = max_bytes()
    try:
        _refuse_special(os.stat(path).st_mode, name)
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            _refuse_special(info.st_mode, name)
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise too_large(name, limit)
            return _read_bounded(handle, name, limit)
    except OSError as error:
        raise os_error(name, error) from None
    except UnicodeEncodeError:
        raise InputError(f"{name!r} is not a valid file name: it cannot be encoded") from None


def read_stream(stream: BinaryIO | None, name: str = "standard input") -> bytes:
    """Everything ``stream`` holds (a pipe, a file), at most ``max_bytes()`` of it."""
    if stream is None:
        raise InputError(f"{name} is closed")
    limit = max_bytes()
    try:
        return _read_bounded(stream, name, limit)
    except OSError as error:
        raise os_error(name, error) from None


def _refuse_special(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(f"{name} is a directory, not a budget document")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise InputError(f"{name} is a device, not a budget document")


def _read_bounded(stream: BinaryIO, name: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise too_large(name, limit)
    return b"".join(chunks)


_OPENSSL_FROM = 512 * 1024
"""Bytes from which hashlib's sha256 pays for its import (about 3.5 ms: it loads OpenSSL);
below it the interpreter's own sha256 (4× slower per byte) is quicker. Same digest."""


def sha256_hex(data: bytes) -> str:
    """The sha256 of ``data`` as 64 hex digits."""
    if len(data) < _OPENSSL_FROM:
        try:
            import _sha256  # type: ignore[import-not-found]
        except ImportError:  # Python 3.12 renamed it; hashlib then
            pass
        else:
            return str(_sha256.sha256(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()
