"""The 说明 view: narrative sections; in diff mode, changed spans highlighted."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from budgetdiff.diffing.model import Diff
from budgetdiff.model import Document
from budgetdiff.text import printable


def narrative(document: Document, diff: Diff | None) -> RenderableType:
    """Every section's text; in diff mode each changed section's spans, B marked."""
    parts: list[RenderableType] = []
    changed = {change.section: change for change in diff.text} if diff else {}
    for section in document.sections:
        title = f"{section.parent}/{section.title}" if section.parent else section.title
        change = changed.get(title)
        heading = Text(printable(title), style="bold underline")
        if change is not None:
            heading.append(f"  [{change.kind}, {change.similarity:.0%} 相似]", style="yellow")
        parts.append(heading)
        if change is None or not change.spans:
            parts.append(Text(printable(section.text)))
        else:
            for span in change.spans:
                line = Text(f"  行 {span.a_line}→{span.b_line}: ", style="dim")
                if span.a:
                    line.append(printable(span.a), style="strike green")
                if span.b:
                    line.append(printable(span.b), style="bold red")
                parts.append(line)
        parts.append(Text(""))
    for change in diff.text if diff else ():
        if change.kind == "removed":
            parts.append(Text(f"{printable(change.section)} [removed]", style="bold green"))
    return Group(*parts)


class Narrative(VerticalScroll):
    """A scrollable narrative."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="narrative-text")

    def show(self, document: Document, diff: Diff | None = None) -> None:
        self.query_one("#narrative-text", Static).update(narrative(document, diff))
