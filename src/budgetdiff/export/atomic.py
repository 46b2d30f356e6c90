"""Writing output files and directories atomically, replacing only what we wrote.

Every writer builds its output under a temporary name beside the target,
``.NAME.budgetdiff-tmp-PID-RANDOM``, then publishes it in one step:

* without ``force`` the publish is a no-replace rename (``renameat2`` with
  ``RENAME_NOREPLACE`` where the kernel and file system have it; else a hard
  link for a file, or an exclusive ``mkdir`` claiming the name for a
  directory), so of two writers racing for one name exactly one wins and the
  other gets "already exists";
* with ``force`` a file target is replaced only when it is a regular file (not
  a directory, a symbolic link or a device) and not one of the ``protect``
  paths (the input document); a directory target only when every entry in it
  is a regular file and the format's ``owned`` test recognises the set as an
  export of ours, and never when it is, or holds, the current directory or a
  protected path. The old export is renamed aside, the new one renamed in, then
  exactly the old export's files are removed.

Outputs follow the umask like any file the user writes (0644/0755 under umask
022). SIGTERM and SIGINT during a write remove the temporary and end the
process with 143 or 130; temporaries left by a killed process (its PID no
longer running) are removed by the next write into the same directory. Any
OSError becomes one ``OutputError`` sentence naming the target and the reason.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

from budgetdiff.errors import BudgetDiffError, OutputError

TEMP_TAG = ".budgetdiff-tmp-"
_TEMP_NAME = re.compile(r"^\..*\.budgetdiff-tmp-(\d+)-[0-9a-f]{8}$", re.DOTALL)
_NAME_KEEP = 200
"""Bytes of the target's name kept in a temporary's name (which must stay under 255)."""
_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
"""Signals that end an export cleanly: a closed SSH session sends SIGHUP."""

Owned = Callable[[Path, frozenset[str]], bool]
"""Whether a directory holding these regular files is an export this format wrote."""


def write_bytes(
    target: Path, data: bytes, force: bool = False, protect: Sequence[Path] = ()
) -> None:
    """Write ``data`` to ``target`` via a temporary file published atomically."""
    with atomic_file(target, force, protect) as temporary:
        temporary.write_bytes(data)


@contextmanager
def atomic_file(target: Path, force: bool = False, protect: Sequence[Path] = ()) -> Iterator[Path]:
    """A new empty temporary file beside ``target``, published onto it when the block succeeds."""
    with _output_errors(target), _abort_on_signals():
        place = _place(target)
        _check_file(target, place, force, protect)
        _remove_stale(place.parent)
        temporary = _temporary(place, lambda path: os.close(_create(path)))
        try:
            yield temporary
            if not force or not os.path.lexists(place):
                _publish(temporary, place, target)
            else:
                _check_file(target, place, force, protect)
                os.replace(temporary, place)
        finally:
            with _signals_blocked():
                temporary.unlink(missing_ok=True)


def write_directory(
    target: Path,
    fill: Callable[[Path], None],
    owned: Owned,
    force: bool = False,
    protect: Sequence[Path] = (),
) -> None:
    """Fill a temporary directory beside ``target``, then publish it whole."""
    with _output_errors(target), _abort_on_signals():
        place = _place(target)
        previous = _check_directory(target, place, owned, force, protect)
        _remove_stale(place.parent)
        temporary = _temporary(place, lambda path: os.mkdir(path, 0o777))
        try:
            fill(temporary)
            if previous is None:
                _publish(temporary, place, target)
            else:
                _replace_directory(temporary, place, target, owned, force, protect)
        finally:
            with _signals_blocked():
                _remove_tree(temporary)


def rename_noreplace(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``; FileExistsError when ``target`` exists, atomically."""
    if _renameat2(source, target):
        return
    if source.is_dir():
        os.mkdir(target)
        try:
            os.rename(source, target)
        except OSError:
            with suppress(OSError):
                os.rmdir(target)
            raise
    else:
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            # A file system without hard links: the best left is check, then rename.
            if os.path.lexists(target):
                raise FileExistsError(
                    errno.EEXIST, os.strerror(errno.EEXIST), str(target)
                ) from None
            os.rename(source, target)
            return
        os.unlink(source)


def _renameat2(source: Path, target: Path) -> bool:
    """``renameat2(RENAME_NOREPLACE)``; False when this system or file system lacks it."""
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_noreplace_flag = -100, 1
    result = function(
        at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), rename_noreplace_flag
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(target))


def _place(target: Path) -> Path:
    """``target`` made absolute without following links (``..`` resolved by name)."""
    place = Path(os.path.abspath(target))
    if not place.name:
        raise OutputError(f"cannot write {target}: name a file or directory, not the root")
    if not place.parent.is_dir():
        raise OutputError(f"cannot write {target}: directory {place.parent} does not exist")
    return place


def _same(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _check_file(target: Path, place: Path, force: bool, protect: Sequence[Path]) -> None:
    try:
        status = os.lstat(place)
    except FileNotFoundError:
        return
    if not force:
        raise OutputError(f"{target} already exists; use --force to overwrite it")
    if stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{target} is a directory; name a file")
    if stat.S_ISLNK(status.st_mode):
        raise OutputError(f"{target} is a symbolic link; --force replaces only a regular file")
    if not stat.S_ISREG(status.st_mode):
        raise OutputError(f"{target} is not a regular file; --force replaces only a regular file")
    if any(_same(place, path) for path in protect):
        raise OutputError(f"{target} is the input document; name another output")


def _entries(directory: Path) -> frozenset[str] | None:
    """The names in ``directory`` when every entry is a regular file, else None."""
    names = []
    with os.scandir(directory) as scan:
        for entry in scan:
            if not entry.is_file(follow_symlinks=False):
                return None
            names.append(entry.name)
    return frozenset(names)


def _holds(directory: Path, path: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(directory))


def _check_directory(
    target: Path, place: Path, owned: Owned, force: bool, protect: Sequence[Path]
) -> frozenset[str] | None:
    """The files of the previous export at ``target`` to replace, or None when there is none."""
    try:
        status = os.lstat(place)
    except FileNotFoundError:
        return None
    if not force:
        raise OutputError(f"{target} already exists; use --force to overwrite it")
    if stat.S_ISLNK(status.st_mode):
        raise OutputError(
            f"{target} is a symbolic link; --force replaces only an export directory "
            "budgetdiff wrote, so remove the link or name another output"
        )
    if not stat.S_ISDIR(status.st_mode):
        raise OutputError(
            f"{target} is not a directory budgetdiff wrote; remove it or name another output"
        )
    if _holds(place, Path.cwd()):
        raise OutputError(f"{target} is or holds the current directory; name another output")
    if any(_holds(place, path) for path in protect):
        raise OutputError(f"{target} holds the input document; name another output")
    names = _entries(place)
    if names is None or not owned(place, names):
        raise OutputError(
            f"{target} holds files budgetdiff did not write; --force replaces only a "
            "previous export, so remove it or name another output"
        )
    return names


def _replace_directory(
    temporary: Path,
    place: Path,
    target: Path,
    owned: Owned,
    force: bool,
    protect: Sequence[Path],
) -> None:
    """Move the previous export aside, publish ``temporary``, then delete the old files."""
    with _signals_blocked():
        aside = _temporary(place, lambda path: None)
        rename_noreplace(place, aside)
        try:
            names = _check_directory(target, aside, owned, force, protect)
            if names is None:
                raise OutputError(f"{target} vanished while it was being replaced")
            _publish(temporary, place, target)
        except BaseException:
            with suppress(OSError):
                rename_noreplace(aside, place)
            raise
        for name in names:
            (aside / name).unlink(missing_ok=True)
        os.rmdir(aside)


def _publish(temporary: Path, place: Path, target: Path) -> None:
    try:
        rename_noreplace(temporary, place)
    except FileExistsError:
        raise OutputError(f"{target} already exists; use --force to overwrite it") from None


def _create(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, 0o666)


def _temporary(place: Path, create: Callable[[Path], None]) -> Path:
    """A fresh temporary name beside ``place``, made by ``create`` (which must be exclusive)."""
    while True:
        stem = os.fsencode(place.name)[:_NAME_KEEP].decode("utf-8", "ignore")
        name = f".{stem}{TEMP_TAG}{os.getpid()}-{os.urandom(4).hex()}"
        path = place.parent / name
        if os.path.lexists(path):
            continue
        try:
            create(path)
        except FileExistsError:
            continue
        return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def stale_temporaries(directory: Path) -> list[Path]:
    """Temporaries in ``directory`` left by budgetdiff processes that no longer run."""
    found = []
    with suppress(OSError), os.scandir(directory) as scan:
        for entry in scan:
            match = _TEMP_NAME.match(entry.name)
            if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
                found.append(Path(entry.path))
    return found


def _remove_stale(directory: Path) -> None:
    for path in stale_temporaries(directory):
        with suppress(OSError):
            _remove_tree(path)


def _remove_tree(path: Path) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def _output_errors(target: Path) -> Iterator[None]:
    try:
        yield
    except BudgetDiffError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputError(f"cannot write {target}: {reason}") from None


def _abort(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def _abort_on_signals() -> Iterator[None]:
    """SIGTERM/SIGINT raise SystemExit(128 + N), so ``finally`` blocks remove temporaries."""
    try:
        previous = {number: signal.signal(number, _abort) for number in _SIGNALS}
    except ValueError:  # not the main thread: only the main thread handles signals
        previous = {}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def _signals_blocked(numbers: Iterable[int] = _SIGNALS) -> Iterator[None]:
    """Hold SIGTERM/SIGINT back while a cleanup runs, so it cannot be cut short."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, set(numbers))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
