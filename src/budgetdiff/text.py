"""Text helpers shared by the parser and every renderer.

``printable`` is the one gate between document text and a terminal: whatever a
document contains, what we print never styles or controls the terminal.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return (
        f"\\x{ord(match.group()):02x}"
        if ord(match.group()) < 0x100
        else (f"\\u{ord(match.group()):04x}")
    )


def printable(text: str) -> str:
    """``text`` with control characters (ESC, C1, bidi overrides…) written as ``\\xNN``.

    Tabs and newlines are kept. Rich markup is not touched here: renderers build
    ``rich.text.Text`` objects, which never interpret markup.
    """
    return _CONTROL.sub(_escape, text)


_NAME_FOLD = re.compile(r"[\s\u3000]+")


def fold_name(name: str) -> str:
    """A classification name reduced for comparison: full/half width, spaces, brackets.

    ``政府办公厅(室)及相关机构事务`` and ``政府办公厅（室）及相关机构事务`` fold equal.
    """
    return _NAME_FOLD.sub("", unicodedata.normalize("NFKC", name))


def squeeze(text: str) -> str:
    """``text`` without any white space (ideographic spaces too), for matching labels."""
    return "".join(text.split())
