"""Writing output files atomically, never overwriting without ``force``."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from budgetdiff.errors import OutputError


def _refuse_existing(target: Path, force: bool) -> None:
    if target.exists() and not force:
        raise OutputError(f"{target} already exists; use --force to overwrite it")
    if not target.parent.is_dir():
        raise OutputError(f"cannot write {target}: directory {target.parent} does not exist")


def write_bytes(target: Path, data: bytes, force: bool = False) -> None:
    """Write ``data`` to ``target`` via a temporary file renamed into place."""
    with atomic_file(target, force) as temporary:
        temporary.write_bytes(data)


@contextmanager
def atomic_file(target: Path, force: bool = False) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it when the block succeeds."""
    _refuse_existing(target, force)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if target.is_dir():
            raise OutputError(f"{target} is a directory; name a file")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_directory(target: Path, fill: Callable[[Path], None], force: bool = False) -> None:
    """Fill a temporary directory beside ``target``, then move it into place whole."""
    _refuse_existing(target, force)
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        fill(temporary)
        if target.exists():
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary)
