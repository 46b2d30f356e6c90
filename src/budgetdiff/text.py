"""Text helpers shared by the parser and every renderer.

``printable`` is the one gate between document text and a terminal: whatever a
document contains, what we print never styles or controls the terminal.
"""

from __future__ import annotations

import re
import unicodedata

# Controls (C0 but tab and newline, DEL, C1), every invisible format character
# (Unicode Cf: soft hyphen, zero-width spaces and joiners, bidi marks and
# overrides, BOM, tags…), line/paragraph separators (Zl, Zp), the blank Hangul
# fillers and lone surrogates; tests/cli/test_output_safety.py checks the
# ranges against unicodedata.
_GATED = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0"
    "\ufff9-\ufffb\ud800-\udfff\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    # default-ignorable marks that are not Cf: the combining grapheme joiner, Khmer
    # inherent vowels, the variation selectors (an invisible ``劳务\ufe0f费``)
    "\u034f\u17b4\u17b5\u2065\ufe00-\ufe0f\U000e0100-\U000e01ef"
)
_CONTROL = re.compile(f"[{_GATED}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def printable(text: str) -> str:
    """``text`` with controls and invisible characters written as ``\\xNN`` / ``\\uNNNN``.

    ESC, C1, bidi overrides, zero-width and other format characters (U+200B,
    U+FEFF, U+2028…) become visible escapes, so a document can neither control
    the terminal nor make two different names look the same. Tabs and newlines
    are kept. Rich markup is not touched here: renderers build
    ``rich.text.Text`` objects, which never interpret markup.
    """
    return _CONTROL.sub(_escape, text)


def printable_json(text: str) -> str:
    """JSON text with the characters ``printable`` escapes written as JSON ``\\uNNNN``.

    For JSON shown on a terminal: it stays valid and parses to the same data.
    ``text`` must be JSON as ``json.dumps`` writes it (C0 controls already
    escaped inside strings; tabs and newlines only as white space between values).
    """
    return _CONTROL.sub(_json_escape, text)


_NAME_FOLD = re.compile(r"[\s\u3000]+")


def fold_name(name: str) -> str:
    """A classification name reduced for comparison: full/half width, spaces, brackets.

    ``政府办公厅(室)及相关机构事务`` and ``政府办公厅（室）及相关机构事务`` fold equal.
    """
    return _NAME_FOLD.sub("", unicodedata.normalize("NFKC", name))


def squeeze(text: str) -> str:
    """``text`` without any white space (ideographic spaces too), for matching labels."""
    return "".join(text.split())


def without_invisible(text: str) -> str:
    """``text`` without the characters ``printable`` escapes: for telling two names apart
    that differ only by characters a reader cannot see."""
    return _CONTROL.sub("", text)
