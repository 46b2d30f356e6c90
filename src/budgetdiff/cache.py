"""A cache of what the PDF reader read, so a document opened again skips PDFium.

An entry is the ``PagedDocument`` of one PDF (pages, their text, lines with
cells and left edges) as JSON, named by the file's sha256, in
``platformdirs.user_cache_dir("budgetdiff")`` or ``$BUDGETDIFF_CACHE``. Parsing
and checking are not cached: they take a tenth of the reading's time.

An entry is used only when every test passes: a regular file owned by this user
and writable by nobody else; its header names this cache format, the same
document hash and the same reader (budgetdiff's version, the reader's source,
pypdfium2's and PDFium's versions); the payload has the hash the header states;
and every value has its type. Anything else is a miss, and the entry is
rewritten after the PDF is read. Nothing in an entry is executed. (Whoever can
write the user's own cache directory can also write a consistent entry: the
directory, created 0700, is the trust boundary, as for the user's files.)

Writing is best effort: an entry is written atomically (mode 0600), and a cache
that cannot be written (read-only, full, missing) never fails a command. After
each write the least recently used entries beyond ``MAX_ENTRIES`` or
``MAX_TOTAL_BYTES`` are removed.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import stat
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

from budgetdiff.model import ReadNote, UnreadPage
from budgetdiff.parser.paged import Page, PagedDocument, PageLine

DIRECTORY_VARIABLE = "BUDGETDIFF_CACHE"
FORMAT = "budgetdiff.pdf-cache/2"
MAX_ENTRIES = 100
MAX_TOTAL_BYTES = 100 * 1024 * 1024
_SUFFIX = ".json"
_ENTRY_NAME = re.compile(r"^[0-9a-f]{64}\.json$")
_MAX_ENTRY_BYTES = 64 * 1024 * 1024
_FORBIDDEN_IN_CELLS = ("\t", "\n", "\r")


class _Invalid(Exception):
    """An entry that must not be trusted."""


def directory() -> Path:
    """``$BUDGETDIFF_CACHE`` when set and not empty, else the platform's user cache directory."""
    override = os.environ.get(DIRECTORY_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("budgetdiff"))


@lru_cache(maxsize=1)
def reader_key() -> str:
    """What the cached pages depend on besides the file: a new release or reader never
    trusts an old entry (the reader's source counts, for an editable install)."""
    import importlib.util

    from budgetdiff import __version__

    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0".encode())
    here = Path(__file__).resolve().parent
    files = [here / "parser" / "pdf_reader.py", here / "parser" / "paged.py"]
    for package in ("pypdfium2", "pypdfium2_raw"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin:
            files.append(Path(spec.origin).parent / "version.json")
    for path in files:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
        digest.update(b"\0")
    return digest.hexdigest()


def holds(sha256: str) -> bool:
    """Whether an entry for this hash exists (``get`` still decides whether it is good)."""
    return (directory() / f"{sha256}{_SUFFIX}").is_file()


def get(sha256: str, name: str) -> PagedDocument | None:
    """The cached pages of the PDF whose hash is ``sha256``, named ``name``; None on a miss."""
    path = directory() / f"{sha256}{_SUFFIX}"
    try:
        data = _read_own_file(path)
        paged = _decode(data, sha256, reader_key(), name)
    except (OSError, _Invalid):
        return None
    with suppress(OSError):
        os.utime(path)  # recently used: evicted last
    return paged


def put(sha256: str, paged: PagedDocument) -> None:
    """Store the pages of the PDF whose hash is ``sha256``; never raises for the cache's sake."""
    from budgetdiff.errors import BudgetDiffError
    from budgetdiff.export.atomic import atomic_file

    data = _encode(paged, sha256, reader_key())
    where = directory()
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        with atomic_file(where / f"{sha256}{_SUFFIX}", force=True) as temporary:
            os.chmod(temporary, 0o600)
            temporary.write_bytes(data)
        _evict(where)
    except (OSError, BudgetDiffError):
        return


def _encode(paged: PagedDocument, sha256: str, key: str) -> bytes:
    pages = [
        [
            page.number,
            page.text,
            [[line.line, list(line.cells), list(line.x)] for line in page.lines],
        ]
        for page in paged.pages
    ]
    unread = [[item.page, item.reason] for item in paged.unread]
    notes = [[note.kind, note.page, note.text] for note in paged.notes]
    payload = json.dumps([pages, unread, notes], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )
    header = {
        "format": FORMAT,
        "reader": key,
        "sha256": sha256,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    return json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n" + payload


def _decode(data: bytes, sha256: str, key: str, name: str) -> PagedDocument:
    head, newline, payload = data.partition(b"\n")
    if not newline:
        raise _Invalid("no header")
    header = _json(head)
    expected = {
        "format": FORMAT,
        "reader": key,
        "sha256": sha256,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    if header != expected:
        raise _Invalid("another document, reader or payload")
    match _json(payload):
        case [list() as pages, list() as unread, list() as notes] if pages:
            return PagedDocument(
                name,
                tuple(_page(item) for item in pages),
                tuple(_unread(item) for item in unread),
                tuple(_note(item) for item in notes),
            )
    raise _Invalid("no pages")


def _unread(item: Any) -> UnreadPage:
    match item:
        case [int() as page, str() as reason] if _count(page):
            return UnreadPage(page, reason)
    raise _Invalid("not an unread page")


def _note(item: Any) -> ReadNote:
    match item:
        case [str() as kind, int() | None as page, str() as text] if page is None or _count(page):
            return ReadNote(kind, page, text)
    raise _Invalid("not a note")


def _json(data: bytes) -> Any:
    def refuse(constant: str) -> None:
        raise _Invalid(f"{constant} in an entry")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _Invalid("not JSON") from error


def _page(item: Any) -> Page:
    match item:
        case [int() as number, str() as text, list() as lines] if _count(number):
            return Page(number, text, tuple(_line(number, line) for line in lines))
    raise _Invalid("not a page")


def _line(page: int, item: Any) -> PageLine:
    match item:
        case [int() as line, list() as cells, list() as xs] if (
            _count(line)
            and len(cells) == len(xs)
            and all(isinstance(cell, str) and _clean(cell) for cell in cells)
            and all(_finite(x) for x in xs)
        ):
            return PageLine(page, line, tuple(cells), tuple(xs))
    raise _Invalid("not a line")


def _count(value: int) -> bool:
    return not isinstance(value, bool) and value >= 1


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _clean(cell: str) -> bool:
    return not any(mark in cell for mark in _FORBIDDEN_IN_CELLS)


def _read_own_file(path: Path) -> bytes:
    """The file's bytes when it is a regular file of ours that no one else can write."""
    # O_NONBLOCK: a FIFO named like an entry must not hang the command (fstat refuses it)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != getattr(os, "geteuid", lambda: info.st_uid)()
            or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
            or info.st_size > _MAX_ENTRY_BYTES
        ):
            raise _Invalid("not a private regular file")
        return handle.read(_MAX_ENTRY_BYTES + 1)


def _evict(where: Path) -> None:
    """Remove the least recently used entries beyond the count and size bounds (only files
    named like an entry: ``$BUDGETDIFF_CACHE`` may point at a directory that holds others)."""
    entries: list[tuple[float, int, Path]] = []
    with os.scandir(where) as scan:
        for entry in scan:
            if _ENTRY_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                with suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    entries.append((info.st_mtime, info.st_size, Path(entry.path)))
    entries.sort(key=lambda item: item[0], reverse=True)
    total = 0
    for kept, (_, size, path) in enumerate(entries):
        total += size
        if kept >= MAX_ENTRIES or total > MAX_TOTAL_BYTES:
            with suppress(OSError):
                path.unlink()
