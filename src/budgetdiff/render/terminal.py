"""Deciding between Rich and plain output, the way git and ls do."""

from __future__ import annotations

import os
from typing import TextIO


def wants_rich(color: str, stream: TextIO) -> bool:
    """True for styled output: ``always``; or ``auto`` on a terminal without NO_COLOR.

    FORCE_COLOR (non-empty) turns ``auto`` on even when piped; NO_COLOR turns it off.
    """
    if color == "always":
        return True
    if color == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
