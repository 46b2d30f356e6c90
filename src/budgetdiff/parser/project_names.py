"""A project's name as documents print it: after ``项目名称：``, in a form's cell, in a
项目概况 sentence or a heading, with whatever spacing and punctuation the producer put
around it (``项目名称 ：XXX ，``, ``《XXX》。``, ``“XXX”``, an ideographic space).

The name itself is never changed inside: only the white space, the punctuation
after it and the quotes around the whole of it are dropped.
"""

from __future__ import annotations

import re

__all__ = ["NAME_LABEL", "name_at", "trimmed_name"]

NAME_LABEL = re.compile(r"^项目名称\s*(?:为\s*[:：]?|[:：])\s*")
"""``项目名称：`` or ``项目名称为`` opening a line or a sentence, spaced or not."""
_ENDS = frozenset("，,。；;")
_SPACE = " \t\u3000\u00a0"
_TRAILING = "，,。.；;、：:" + _SPACE
_QUOTES = {"《": "》", "“": "”", '"': '"', "「": "」", "『": "』", "‘": "’", "'": "'", "〈": "〉"}
_OPEN = frozenset("（(《“「『〈【[")
_CLOSE = frozenset("）)》”」』〉】]")


def trimmed_name(text: str) -> str | None:
    """``text`` without white space and punctuation around it and without quotes
    enclosing the whole of it (``《XXX》``), or None when nothing is left."""
    name = text.strip(_SPACE).rstrip(_TRAILING)
    while len(name) >= 2 and _QUOTES.get(name[0]) == name[-1] and name[0] not in name[1:-1]:
        name = name[1:-1].strip(_SPACE)
    return name or None


def name_at(text: str) -> str | None:
    """The name at the start of a sentence (``XXX ，由…建设``): up to its first comma,
    full stop or semicolon outside brackets, trimmed (``trimmed_name``)."""
    depth = 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (
            char in _ENDS or (char == "." and text[index + 1 : index + 2] in ("", " "))
        ):
            return trimmed_name(text[:index])
    return trimmed_name(text)
