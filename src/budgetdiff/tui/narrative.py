"""The 说明 view: narrative sections; in diff mode, changed spans highlighted."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from budgetdiff.diffing.model import Diff
from budgetdiff.model import Document
from budgetdiff.render.colours import Colours
from budgetdiff.text import printable
from budgetdiff.tui.tables import DEFAULT_COLOURS, KIND_LABELS


def narrative(
    document: Document, diff: Diff | None, colours: Colours = DEFAULT_COLOURS
) -> RenderableType:
    """Every section's text; in diff mode each changed section's spans, B marked."""
    parts: list[RenderableType] = []
    changed = {change.section: change for change in diff.text} if diff else {}
    for section in document.sections:
        title = f"{section.parent}/{section.title}" if section.parent else section.title
        change = changed.get(title)
        heading = Text(printable(title), style="bold underline")
        if change is not None:
            kind = KIND_LABELS.get(change.kind, change.kind)
            heading.append(f"  [{kind}, {change.similarity:.0%} 相似]", style="bold")
        parts.append(heading)
        if change is None or not change.spans:
            parts.append(Text(printable(section.text)))
        else:
            for span in change.spans:
                line = Text(f"  行 {span.a_line or '—'}→{span.b_line or '—'}: ")
                # marked by brackets and signs, not by colour alone
                if span.a:
                    line.append(f"[−{printable(span.a)}]", style=f"strike {colours.side_a}")
                if span.b:
                    line.append(f"[+{printable(span.b)}]", style=f"bold reverse {colours.side_b}")
                parts.append(line)
        parts.append(Text(""))
    for change in diff.text if diff else ():
        if change.kind == "removed":
            parts.append(Text(f"{printable(change.section)} [仅 A 有，已删除]", style="bold"))
    return Group(*parts)


class NarrativeView(VerticalScroll):
    """A scrollable narrative."""

    def compose(self) -> ComposeResult:
        yield Static(id="narrative-text")

    def show(
        self, document: Document, diff: Diff | None = None, colours: Colours = DEFAULT_COLOURS
    ) -> None:
        self.query_one("#narrative-text", Static).update(narrative(document, diff, colours))
