"""The one place that decides how changes look: colours, or glyph-friendly styles.

The CLI's Rich output and every view of the explorer ask ``Colours`` for a style name
(a Rich style string). ``increase_red`` follows the Chinese finance convention
(increases red, decreases green) unless the user's settings swap it; with
``no_color`` (NO_COLOR, or a terminal without colours) no colour is used at all:
changes are carried by their glyphs (▲/▼, + − ~ → ⇉ ⇶) and by bold or reverse, never by a
shade of grey.
"""

from __future__ import annotations

from budgetdiff.money import Amount
from budgetdiff.record import Record

KINDS: tuple[str, ...] = (
    "added",
    "removed",
    "renamed",
    "moved",
    "merged",
    "split",
    "amount",
    "rounding",
)
MARKS: dict[str, str] = {
    "added": "+",
    "removed": "−",
    "renamed": "~",
    "moved": "→",
    "merged": "⇉",
    "split": "⇶",
    "duplicated": "!",
}
"""The glyph of a row's change kind, in every format and the explorer; an amount change is
shown by its Δ (▲/▼)."""
RECODED: tuple[str, ...] = ("renamed", "moved", "merged", "split")
"""Kinds of a row on both sides under another name or code: they stand out, no direction."""


class Colours(Record):
    """Styles for increases, decreases and change kinds."""

    increase_red: bool
    no_color: bool

    __slots__ = ("increase_red", "no_color")

    def __init__(self, increase_red: bool = True, no_color: bool = False) -> None:
        object.__setattr__(self, "increase_red", increase_red)
        object.__setattr__(self, "no_color", no_color)

    @property
    def increase(self) -> str:
        if self.no_color:
            return "bold"
        return "red" if self.increase_red else "green"

    @property
    def decrease(self) -> str:
        if self.no_color:
            return "bold"
        return "green" if self.increase_red else "red"

    def delta(self, delta: Amount) -> str:
        """The style of a change of ``delta`` (none for no change)."""
        return self.increase if delta > 0 else self.decrease if delta < 0 else ""

    def kind(self, kind: str | None) -> str:
        """The style of a row by its change kind (added rows as increases, removed as
        decreases; renamed, moved, merged and split stand out without a direction)."""
        if kind is None:
            return ""
        if self.no_color:
            return "reverse" if kind in ("added", "removed", *RECODED) else "bold"
        if kind == "added":
            return f"bold {self.increase}"
        if kind == "removed":
            return f"bold {self.decrease}"
        if kind in RECODED:
            return "yellow"
        return ""

    @property
    def side_a(self) -> str:
        """How A (the earlier side) is labelled: the colour of a decrease."""
        return "" if self.no_color else self.decrease

    @property
    def side_b(self) -> str:
        return "" if self.no_color else self.increase

    def row_styles(self) -> dict[str, str]:
        """Rich styles of a grid's row kinds (``GridView.styles``)."""
        return {
            "category": "bold",
            "section": "",
            "item": "",
            "total": "bold" if self.no_color else "bold cyan",
            "increase": self.increase if not self.no_color else "",
            "decrease": self.decrease if not self.no_color else "",
            "added": self.kind("added"),
            "removed": self.kind("removed"),
            "renamed": self.kind("renamed"),
            "moved": self.kind("moved"),
            "merged": self.kind("merged"),
            "split": self.kind("split"),
            "rollup": "bold",
            "note": "dim",
            "number": "bold",
        }
