"""Which changes the diff cannot vouch for: what one side seems to lack may be among
what that side did not read.

The rule (``Doubt`` says it for each change):

- A row or item of a table present on one side only is in doubt when the other side
  has lines not read (unparsed) or pages not read in that table's *region*: from the
  table's title line to the line before the next table, 三公 table, narrative section
  or project (or the end of the document).
- A table present on one side only is in doubt when the other side has lines or pages
  not read where it would stand, between the tables before and after it (those the
  other side has), or when that side was only partly read (``Document.reading``).
- A 三公 table, project or narrative section present on one side only is in doubt when
  the other side was only partly read.

Changed figures of a row both sides have are vouched for: what was read of them is
what the documents print.
"""

from __future__ import annotations

from bisect import bisect_left

from budgetdiff.diffing.model import (
    Diff,
    Doubt,
    NodeDiff,
    ProjectChange,
    RowChange,
    SangongChange,
    Side,
    TableDiff,
    TextChange,
)
from budgetdiff.model import Document
from budgetdiff.record import replace

ONE_SIDED_ROWS: frozenset[str] = frozenset({"added", "removed", "duplicated"})


class _Reading:
    """One document's unread lines and pages, located by line."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.last = max(len(document.text_lines), document.line_count, 1)
        starts = {table.line for table in document.tables.values()}
        if document.sangong is not None:
            starts.add(document.sangong.title_line)
        starts.update(section.line for section in document.sections)
        starts.update(project.line for project in document.projects)
        self.starts = sorted(starts)
        self.unparsed = sorted(item.line for item in document.unparsed)
        located = sorted(document.origin.items())
        self.lines = [line for line, _ in located]
        self.pages = [where[0] for _, where in located]

    def region(self, table_id: str) -> tuple[int, int]:
        """The lines from a table's title to the line before whatever starts next."""
        first = self.document.tables[table_id].line
        later = [start for start in self.starts if start > first]
        return first, (later[0] - 1 if later else self.last)

    def _page(self, line: int) -> int | None:
        """The page of ``line``, or of the first located line after it."""
        index = bisect_left(self.lines, line)
        return self.pages[index] if index < len(self.pages) else None

    def unread(self, first: int, last: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(unparsed lines, unread pages) from line ``first`` to ``last``: a page not read
        lies in the span when it falls between the page of ``first`` and the page of the
        line after ``last``."""
        lines = tuple(line for line in self.unparsed if first <= line <= last)
        pages: tuple[int, ...] = ()
        if self.document.unread_pages:
            start = self._page(first) or 1
            end = self._page(last + 1) if last < self.last else None
            pages = tuple(
                unread.page
                for unread in self.document.unread_pages
                if start <= unread.page and (end is None or unread.page <= end)
            )
        return lines, pages


class Doubter:
    """The doubts of changes between documents ``a`` and ``b``."""

    def __init__(self, a: Document, b: Document) -> None:
        self.sides: dict[Side, _Reading] = {"a": _Reading(a), "b": _Reading(b)}

    def whole(self, lacking: Side) -> Doubt | None:
        """A 三公 table, project or section the side ``lacking`` does not have."""
        if self.sides[lacking].document.reading.partly:
            return Doubt(lacking, "partly_read")
        return None

    def table(self, table_id: str, lacking: Side) -> Doubt | None:
        """A table the side ``lacking`` does not have."""
        other = self.sides[lacking]
        having = self.sides["b" if lacking == "a" else "a"].document
        order = sorted(having.tables, key=lambda t: having.tables[t].line)
        index = order.index(table_id)
        before = [t for t in order[:index] if t in other.document.tables]
        after = [t for t in order[index + 1 :] if t in other.document.tables]
        first = other.document.tables[before[-1]].line if before else 1
        last = other.document.tables[after[0]].line - 1 if after else other.last
        lines, pages = other.unread(first, last)
        if lines or pages:
            return Doubt(lacking, "unread_here", lines, pages)
        return self.whole(lacking)

    def row(self, table_id: str, on_a: bool) -> Doubt | None:
        """A row (or item) of ``table_id`` on one side only (A's when ``on_a``)."""
        lacking: Side = "b" if on_a else "a"
        other = self.sides[lacking]
        if table_id not in other.document.tables:
            return self.table(table_id, lacking)
        lines, pages = other.unread(*other.region(table_id))
        return Doubt(lacking, "unread_here", lines, pages) if lines or pages else None

    def rows(self, rows: tuple[RowChange, ...]) -> tuple[RowChange, ...]:
        return tuple(
            replace(row, doubt=self.row(row.table, row.on_a)) if row.kind in ONE_SIDED_ROWS else row
            for row in rows
        )

    def _node(self, node: NodeDiff) -> NodeDiff:
        if node.kind not in ("added", "removed"):
            return node
        return replace(node, doubt=self.row(node.table, node.kind == "removed"))

    def tables(self, tables: tuple[TableDiff, ...]) -> tuple[TableDiff, ...]:
        found: list[TableDiff] = []
        for table in tables:
            doubt = None
            if table.presence != "both":
                doubt = self.table(table.table, "a" if table.presence == "added" else "b")
            nodes = tuple(self._node(node) for node in table.nodes)
            found.append(replace(table, doubt=doubt, nodes=nodes))
        return tuple(found)

    def sangong(self, changes: tuple[SangongChange, ...]) -> tuple[SangongChange, ...]:
        lacking: Side | None = (
            "a"
            if self.sides["a"].document.sangong is None
            else "b"
            if self.sides["b"].document.sangong is None
            else None
        )
        if lacking is None:
            return changes
        doubt = self.whole(lacking)
        return tuple(replace(change, doubt=doubt) for change in changes)

    def _lacking(self, kind: str) -> Doubt | None:
        return self.whole("a") if kind == "added" else self.whole("b")

    def projects(self, changes: tuple[ProjectChange, ...]) -> tuple[ProjectChange, ...]:
        return tuple(
            replace(c, doubt=self._lacking(c.kind)) if c.kind in ("added", "removed") else c
            for c in changes
        )

    def text(self, changes: tuple[TextChange, ...]) -> tuple[TextChange, ...]:
        return tuple(
            replace(c, doubt=self._lacking(c.kind)) if c.kind in ("added", "removed") else c
            for c in changes
        )


def vouch(diff: Diff, a: Document, b: Document) -> Diff:
    """``diff`` with every change it cannot vouch for marked with its ``Doubt``."""
    doubter = Doubter(a, b)
    return replace(
        diff,
        rows=doubter.rows(diff.rows),
        tables=doubter.tables(diff.tables),
        sangong=doubter.sangong(diff.sangong),
        projects=doubter.projects(diff.projects),
        text=doubter.text(diff.text),
    )
