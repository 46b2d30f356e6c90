"""User settings: one ``config.toml`` in the user config directory.

Read with ``tomllib`` into a dataclass with defaults; a missing file means the
defaults, and a corrupt or unreadable one means the defaults plus a warning,
never a crash. Written back (recent files) as plain TOML, atomically; a file
that could not be read is moved aside to ``config.toml.bad`` first, never lost.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from budgetdiff.names import UNITS

RECENT_LIMIT = 10


@dataclass(frozen=True)
class Settings:
    """What the explorer remembers between runs."""

    unit: str = "元"
    theme: str = "textual-dark"
    increase_red: bool = True
    """Chinese finance convention: increases red, decreases green (False swaps them)."""
    recent: tuple[str, ...] = field(default_factory=tuple)
    """Files opened, most recent first (absolute paths), at most ``RECENT_LIMIT``."""
    reviewer: str = ""
    """Who marks the changes of a review (empty: ``$USER``)."""

    def remember(self, *paths: str) -> Settings:
        """These settings with ``paths`` first among the recent files: each file once (by
        its resolved path), at most ``RECENT_LIMIT``; standard input is not a file."""
        recent = list(dict.fromkeys(str(Path(p).resolve()) for p in paths if p and p != "-"))
        recent += [p for p in self.recent if p not in recent]
        return replace(self, recent=tuple(recent[:RECENT_LIMIT]))

    def recent_files(self) -> tuple[str, ...]:
        """The recent files that are still there, most recent first."""
        return tuple(path for path in self.recent if Path(path).is_file())


def config_path() -> Path:
    """``$BUDGETDIFF_CONFIG`` if set, else config.toml in the platform's user config dir."""
    override = os.environ.get("BUDGETDIFF_CONFIG")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("budgetdiff") / "config.toml"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings at ``path`` and a warning when the file could not be used."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Settings(), f"未使用设置文件 {path}（无法读取: {error}），已改用默认设置"
    settings, problems = Settings(), []
    unit = data.get("unit", settings.unit)
    if unit in UNITS:
        settings = replace(settings, unit=unit)
    else:
        problems.append(f"unit {unit!r}（不是可用的单位）")
    if isinstance(theme := data.get("theme", settings.theme), str):
        settings = replace(settings, theme=theme)
    else:
        problems.append("theme")
    if isinstance(red := data.get("increase_red", True), bool):
        settings = replace(settings, increase_red=red)
    else:
        problems.append("increase_red")
    if isinstance(name := data.get("reviewer", ""), str):
        settings = replace(settings, reviewer=name.strip())
    else:
        problems.append("reviewer")
    recent = data.get("recent", [])
    if isinstance(recent, list) and all(isinstance(item, str) for item in recent):
        settings = replace(settings, recent=tuple(dict.fromkeys(recent))[:RECENT_LIMIT])
    else:
        problems.append("recent")
    problems.extend(f"未知的键 {key!r}" for key in data if key not in _KEYS)
    # budgetdiff rewrites the file: a comment of the user's would be lost, so it counts
    # like an unknown key (the file is set aside whole before the next save)
    if any(line.strip().startswith("#") and line.strip() != _HEADER for line in text.splitlines()):
        problems.append("注释")
    warning = f"设置文件 {path} 中的 {'、'.join(problems)} 未被采用" if problems else None
    return settings, warning


_KEYS = frozenset({"unit", "theme", "increase_red", "recent", "reviewer"})
_HEADER = "# budgetdiff explorer settings"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    raise TypeError(value)


def _set_aside(path: Path) -> Path:
    """Move the unreadable settings file to ``config.toml.bad`` (or ``.bad.1``…), never over one."""
    from budgetdiff.export.atomic import rename_noreplace

    for number in range(100):
        aside = path.with_name(path.name + (".bad" if number == 0 else f".bad.{number}"))
        try:
            rename_noreplace(path, aside)
        except FileExistsError:
            continue
        return aside
    raise FileExistsError(f"{path}.bad")


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Write ``settings`` atomically; returns a warning instead of raising when it cannot.

    A file that is there but cannot be read as settings is never written over:
    it is moved aside to ``config.toml.bad`` first (the warning says so).
    """
    from budgetdiff.errors import BudgetDiffError
    from budgetdiff.export.atomic import atomic_file

    path = path or config_path()
    lines = [
        _HEADER,
        f"unit = {_toml(settings.unit)}",
        f"theme = {_toml(settings.theme)}",
        f"increase_red = {_toml(settings.increase_red)}",
        f"recent = {_toml(settings.recent)}",
        *([f"reviewer = {_toml(settings.reviewer)}"] if settings.reviewer else []),
    ]
    notice = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        real = Path(os.path.realpath(path))
        if os.path.lexists(real) and load_settings(real)[1] is not None:
            aside = _set_aside(real)
            notice = f"设置文件 {real} 含有 budgetdiff 无法保留的内容，已移到 {aside}"
        mode = real.stat().st_mode & 0o7777 if real.exists() else None
        with atomic_file(real, force=True) as temporary:
            temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
            if mode is not None:
                temporary.chmod(mode)
    except (OSError, BudgetDiffError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        failure = f"无法保存设置到 {path}: {reason}"
        return f"{notice}；{failure}" if notice else failure
    return f"{notice}，并重新保存了设置" if notice else None


def remember(settings: Settings, *paths: str) -> Settings:
    """``settings`` with ``paths`` first among the recent files (``Settings.remember``)."""
    return settings.remember(*paths)
