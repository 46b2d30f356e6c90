"""TreeView: a line-based tree table that stays fast with tens of thousands of rows.

The widget knows nothing about budgets. It is given rows in tree order (``TreeRow``),
column specs (``TreeColumn``) and a cell callback, and formats only the rows on screen:
a row's line is built on first display and cached until ``refresh_cells()`` (or a new
``context``, width or column offset). Expanding or collapsing splices the node's subtree
into or out of the visible list; expand-all, filter and sort are single passes.

Keys: ↑/↓ or k/j, PageUp/PageDown, g/Home and G/End move the cursor; Enter toggles a
node (or selects a leaf), Space toggles; →/l expands; ←/h collapses or goes to the
parent; E/C expand/collapse all; n/N next/previous search match; ``>``/shift+→ and
``<``/shift+← scroll horizontally through the columns that do not fit: each step brings
the next dropped column into view in place of the lowest-priority ones shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, groupby, repeat
from operator import attrgetter, ge, is_
from typing import Any, ClassVar, Generic, Literal, TypeVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

ContextT = TypeVar("ContextT")
Align = Literal["left", "center", "right"]

_NO_PARENT = -1
_NO_KIDS: list[int] = []


@dataclass(frozen=True, slots=True)
class TreeRow:
    """One row of the tree. Rows are given in tree order: a parent before its children."""

    key: str
    parent: str | None
    label: str
    search_text: str = ""
    changed: bool = False
    """This row or something beneath it differs (for ``filter(changed_only=True)``)."""
    sort_values: Mapping[str, object] = field(default_factory=dict)
    """Comparable values per sort key; a missing or None value sorts last."""
    label_style: str = ""


@dataclass(frozen=True, slots=True)
class TreeColumn:
    """A data column. When space runs out, lower ``priority`` columns are dropped first."""

    key: str
    label: str
    width: int
    align: Align = "right"
    priority: int = 0


@dataclass(frozen=True, slots=True)
class _Layout:
    width: int
    label_width: int
    shown: tuple[int, ...]
    """Indices of the shown columns, in display order."""
    offset: int
    max_offset: int


class TreeView(ScrollView, Generic[ContextT], can_focus=True):
    """An expandable tree with aligned columns, rendering only the visible lines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "上", show=False),
        Binding("down,j", "cursor_down", "下", show=False),
        Binding("pageup", "page_up", "上一页", show=False),
        Binding("pagedown", "page_down", "下一页", show=False),
        Binding("g,home", "cursor_top", "顶部", show=False),
        Binding("G,end", "cursor_bottom", "底部", show=False),
        Binding("enter", "select", "选择", show=False),
        Binding("space", "toggle_row", "展开/折叠", show=False),
        Binding("right,l", "expand", "展开", show=False),
        Binding("left,h", "collapse", "折叠", show=False),
        Binding("E", "expand_all", "全部展开"),
        Binding("C", "collapse_all", "全部折叠"),
        Binding("n", "next_match", "下一个", show=False),
        Binding("N", "previous_match", "上一个", show=False),
        Binding("greater_than_sign,shift+right", "scroll_columns(1)", "右移列", show=False),
        Binding("less_than_sign,shift+left", "scroll_columns(-1)", "左移列", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"tree-view--cursor", "tree-view--header"}

    DEFAULT_CSS = """
    TreeView {
        height: auto;
        max-height: 100%;
        overflow-x: hidden;
        overflow-y: auto;
        & > .tree-view--cursor { text-style: reverse bold; }
        & > .tree-view--header { text-style: bold; }
    }
    """

    class RowHighlighted(Message):
        """The cursor moved to the row ``key``."""

        def __init__(self, tree_view: TreeView[Any], key: str) -> None:
            super().__init__()
            self.tree_view = tree_view
            self.key = key

        @property
        def control(self) -> TreeView[Any]:
            return self.tree_view

    class RowSelected(Message):
        """Enter was pressed on the leaf row ``key``."""

        def __init__(self, tree_view: TreeView[Any], key: str) -> None:
            super().__init__()
            self.tree_view = tree_view
            self.key = key

        @property
        def control(self) -> TreeView[Any]:
            return self.tree_view

    def __init__(
        self,
        rows: Sequence[TreeRow],
        columns: Sequence[TreeColumn],
        cells: Callable[[TreeRow, ContextT], Sequence[Text]],
        context: ContextT,
        *,
        label_header: str = "",
        label_key: str | None = None,
        min_label_width: int = 12,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's name for it
        classes: str | None = None,
    ) -> None:
        """``cells(row, context)`` returns one Text per column, for visible rows only.

        ``label_key`` is the sort key that the label column's header marks with ↑/↓.
        """
        super().__init__(name=name, id=id, classes=classes)
        self._columns = tuple(columns)
        self._cells = cells
        self._cell_context = context
        self._label_header = label_header
        self._label_key = label_key
        self._min_label_width = min_label_width
        self._lines: LRUCache[int, Strip] = LRUCache(1024)
        self._header: Strip | None = None
        self._layout: _Layout | None = None
        self._column_offset = 0
        self._sort_key: str | None = None
        self._descending = False
        self._filter_text = ""
        self._changed_only = False
        self._mask: list[bool] | None = None
        self._query = ""
        self._matches: list[int] = []
        self._match_index: int | None = None
        self._cursor = 0
        self._highlighted: str | None = None
        self._row_marks: Mapping[str, str] = {}
        self._open: set[int] = set()
        self._visible: list[int] = []
        self._load(rows)
        self._visible = self._shown(self._roots)

    # -- data --------------------------------------------------------------------------------

    def _load(self, rows: Sequence[TreeRow]) -> None:
        # Built with C-level maps and one sort: a per-row Python loop over 60,000 rows
        # would cost as much as the rest of the first screen.
        self._rows = list(rows)
        count = len(self._rows)
        index = dict(zip(map(attrgetter("key"), self._rows), range(count), strict=True))
        if len(index) != count:
            raise ValueError("row keys must be unique")
        self._index = index
        parents = list(map(index.get, map(attrgetter("parent"), self._rows), repeat(_NO_PARENT)))
        if any(map(ge, parents, range(count))):
            raise ValueError("a row comes before its parent")
        self._parents = parents
        by_parent = sorted(range(count), key=parents.__getitem__)
        children = {p: list(kids) for p, kids in groupby(by_parent, parents.__getitem__)}
        self._source_roots = children.pop(_NO_PARENT, [])
        self._source_children = children
        self._grandparents = {parents[p] for p in children}
        self._folded: list[str] | None = None
        if self.is_mounted:
            self.call_after_refresh(self._search_texts)
        self._sort_values: dict[str, list[object]] = {}
        self._arrange()

    def _search_texts(self) -> list[str]:
        # Folded after the first frame (or on first use): it costs as much as the rest of
        # loading.
        if self._folded is None:
            self._folded = list(map(str.casefold, map(attrgetter("search_text"), self._rows)))
        return self._folded

    def on_mount(self) -> None:
        self._visible_changed()
        self.call_after_refresh(self._search_texts)

    def _depth(self, i: int) -> int:
        depth, parent, parents = 0, self._parents[i], self._parents
        while parent != _NO_PARENT:
            depth, parent = depth + 1, parents[parent]
        return depth

    def _arrange(self) -> None:
        """Sibling order (the current sort) and the full preorder of all rows."""
        if self._sort_key is None:
            self._children = self._source_children
            self._roots = self._source_roots
        else:
            key, descending = self._sort_key, self._descending
            values = self._sort_values.get(key)
            if values is None:
                values = self._sort_values[key] = [row.sort_values.get(key) for row in self._rows]
            value_of: Callable[[int], Any] = values.__getitem__
            complete = not any(map(is_, values, repeat(None)))

            def arrange(siblings: list[int]) -> list[int]:
                if len(siblings) < 2:
                    return siblings
                if complete:
                    return sorted(siblings, key=value_of, reverse=descending)
                present = [i for i in siblings if values[i] is not None]
                missing = [i for i in siblings if values[i] is None]
                present.sort(key=value_of, reverse=descending)
                return present + missing

            self._children = {i: arrange(kids) for i, kids in self._source_children.items()}
            self._roots = arrange(self._source_roots)
        self._order = self._flatten(self._roots, everything=True, mask=None)

    def _flatten(self, top: list[int], *, everything: bool, mask: list[bool] | None) -> list[int]:
        """``top`` in preorder with the children (passing ``mask``) of open nodes.

        With ``everything``, every node counts as open.
        """
        out: list[int] = []
        children, grandparents = self._children, self._grandparents
        is_open = self._open.__contains__
        stack = [iter(top)]
        while stack:
            for i in stack[-1]:
                out.append(i)
                kids = children.get(i)
                if kids is not None and (everything or is_open(i)):
                    if mask is not None:
                        kids = list(compress(kids, map(mask.__getitem__, kids)))
                    if i in grandparents:
                        stack.append(iter(kids))
                        break
                    out.extend(kids)
            else:
                stack.pop()
        return out

    def set_rows(self, rows: Sequence[TreeRow]) -> None:
        """Show new data, keeping expanded keys, the cursor key, sort, filter and search."""
        keys = [self._rows[i].key for i in self._open]
        cursor = self.cursor_key
        self._load(rows)
        self._open = {self._index[k] for k in keys if k in self._index}
        self._mask = self._compute_mask()
        self._matches = self._compute_matches()
        self._match_index = None
        self._lines.clear()
        self._rebuild(cursor)

    @property
    def row_count(self) -> int:
        """The number of rows currently visible (expanded and passing the filter)."""
        return len(self._visible)

    @property
    def visible_keys(self) -> list[str]:
        """The keys of the visible rows, top to bottom (a copy: O(visible rows))."""
        rows = self._rows
        return [rows[i].key for i in self._visible]

    @property
    def cursor_key(self) -> str | None:
        """The key of the row under the cursor."""
        visible = self._visible
        if not visible:
            return None
        return self._rows[visible[self._cursor]].key

    @property
    def context(self) -> ContextT:
        """What the cell callback is given; setting it re-formats the visible rows."""
        return self._cell_context

    @context.setter
    def context(self, context: ContextT) -> None:
        self._cell_context = context
        self.refresh_cells()

    @property
    def columns(self) -> tuple[TreeColumn, ...]:
        return self._columns

    @columns.setter
    def columns(self, columns: Sequence[TreeColumn]) -> None:
        """New columns (other widths): laid out again, the visible rows redrawn."""
        if tuple(columns) != self._columns:
            self._columns = tuple(columns)
            self._layout = None
            self.refresh_cells()

    def refresh_cells(self) -> None:
        """Forget the formatted lines (e.g. the unit changed); visible ones are redrawn."""
        self._lines.clear()
        self.refresh()

    def mark_rows(self, marks: Mapping[str, str]) -> None:
        """Show ``marks[key]`` (one column wide) before the row ``key``; while any row has
        a mark, every row keeps that column, blank where it has none."""
        self._row_marks = dict(marks)
        self._lines.clear()
        self.refresh()

    def is_expanded(self, key: str) -> bool:
        return self._index[key] in self._open

    # -- the visible list --------------------------------------------------------------------

    def _kids(self, i: int) -> list[int]:
        kids = self._children.get(i, _NO_KIDS)
        mask = self._mask
        if mask is None or not kids:
            return kids
        return [c for c in kids if mask[c]]

    def _has_kids(self, i: int) -> bool:
        kids = self._children.get(i, _NO_KIDS)
        mask = self._mask
        if mask is None:
            return bool(kids)
        return any(mask[c] for c in kids)

    def _subtree(self, i: int) -> list[int]:
        """The visible descendants of the open node ``i``, in order."""
        return self._flatten(self._kids(i), everything=False, mask=self._mask)

    def _shown(self, nodes: list[int]) -> list[int]:
        mask = self._mask
        if mask is None:
            return nodes.copy()
        return list(compress(nodes, map(mask.__getitem__, nodes)))

    def _compute_visible(self) -> list[int]:
        return self._flatten(self._shown(self._roots), everything=False, mask=self._mask)

    def _rebuild(self, cursor_key: str | None, visible: list[int] | None = None) -> None:
        self._visible = self._compute_visible() if visible is None else visible
        self._place_cursor(cursor_key)

    def _place_cursor(self, key: str | None) -> None:
        """Put the cursor on ``key``, or its nearest visible ancestor, or the top."""
        target = self._index.get(key, _NO_PARENT) if key is not None else _NO_PARENT
        position = 0
        visible = self._visible
        while target != _NO_PARENT:
            try:
                position = visible.index(target)
                break
            except ValueError:
                target = self._parents[target]
        self._cursor = position
        self._visible_changed()

    def _visible_changed(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._visible) + 1)
        self._scroll_to_cursor()
        self._cursor_moved()
        self.refresh()

    def _expand_at(self, position: int) -> bool:
        i = self._visible[position]
        if i in self._open or not self._has_kids(i):
            return False
        self._open.add(i)
        subtree = self._subtree(i)
        self._visible[position + 1 : position + 1] = subtree
        self._lines.discard(i)
        if self._cursor > position:
            self._cursor += len(subtree)
        return True

    def _collapse_at(self, position: int) -> bool:
        i = self._visible[position]
        if i not in self._open:
            return False
        end = position + 1 + len(self._subtree(i))
        self._open.discard(i)
        self._lines.discard(i)
        del self._visible[position + 1 : end]
        if position < self._cursor < end:
            self._cursor = position
        elif self._cursor >= end:
            self._cursor -= end - position - 1
        return True

    # -- public operations -------------------------------------------------------------------

    def expand_row(self, key: str | None = None) -> None:
        """Expand the row ``key`` (default: the cursor's row) if it is visible."""
        position = self._position(key)
        if position is not None and self._expand_at(position):
            self._visible_changed()

    def collapse_row(self, key: str | None = None) -> None:
        """Collapse the row ``key`` (default: the cursor's row) if it is visible."""
        position = self._position(key)
        if position is not None and self._collapse_at(position):
            self._visible_changed()

    def toggle_row(self, key: str | None = None) -> None:
        position = self._position(key)
        if position is None:
            return
        if not self._collapse_at(position) and not self._expand_at(position):
            return
        self._visible_changed()

    def _position(self, key: str | None) -> int | None:
        if not self._visible:
            return None
        if key is None:
            return self._cursor
        i = self._index.get(key)
        if i is None:
            return None
        try:
            return self._visible.index(i)
        except ValueError:
            return None

    def expand_all(self) -> None:
        cursor = self.cursor_key
        self._open = set(self._children)
        self._lines.clear()
        self._rebuild(cursor, self._shown(self._order))

    def collapse_all(self) -> None:
        cursor = self.cursor_key
        self._open.clear()
        self._lines.clear()
        self._rebuild(cursor, self._shown(self._roots))

    def reveal(self, key: str) -> None:
        """Expand the ancestors of ``key`` and put the cursor on it.

        When the filter hides ``key``, the filter is cleared first.
        """
        i = self._index.get(key)
        if i is None:
            return
        if self._mask is not None and not self._mask[i]:
            self.filter()
        chain: list[int] = []
        parent = self._parents[i]
        while parent != _NO_PARENT:
            chain.append(parent)
            parent = self._parents[parent]
        closed = [p for p in reversed(chain) if p not in self._open]
        if closed:
            # All ancestors above the topmost closed one are open, so it is visible.
            top = self._visible.index(closed[0])
            self._open.update(closed[1:])
            self._expand_at(top)
            for p in closed[1:]:
                self._lines.discard(p)
        self._cursor = self._visible.index(i)
        self._visible_changed()

    def sort_by(self, key: str | None, descending: bool = False) -> None:
        """Order the siblings of each parent by ``sort_values[key]`` (None: the given order)."""
        cursor = self.cursor_key
        self._sort_key, self._descending = key, descending
        self._arrange()
        self._header = None
        self._matches = self._compute_matches()
        self._match_index = None
        self._rebuild(cursor)

    @property
    def sort_key(self) -> tuple[str | None, bool]:
        return self._sort_key, self._descending

    def filter(self, text: str = "", changed_only: bool = False) -> None:
        """Show rows matching ``text`` (and changed, with ``changed_only``) and their ancestors.

        Ancestors of matches are expanded; no arguments clears the filter.
        """
        cursor = self.cursor_key
        self._filter_text, self._changed_only = text.strip(), changed_only
        self._mask = self._compute_mask()
        self._lines.clear()
        self._matches = self._compute_matches()
        self._match_index = None
        mask = self._mask
        if mask is None:
            self._rebuild(cursor)
            return
        self._open.update(map(self._parents.__getitem__, compress(range(len(mask)), mask)))
        self._open.discard(_NO_PARENT)
        self._rebuild(cursor, self._shown(self._order))

    def _compute_mask(self) -> list[bool] | None:
        text, changed_only = self._filter_text.casefold(), self._changed_only
        if not text and not changed_only:
            return None
        rows = self._rows
        if text:
            mask = list(map(str.__contains__, self._search_texts(), repeat(text)))
            if changed_only:
                mask = [m and row.changed for m, row in zip(mask, rows, strict=True)]
        else:
            mask = [row.changed for row in rows]
        parents = self._parents
        for i in range(len(rows) - 1, -1, -1):
            if mask[i] and parents[i] != _NO_PARENT:
                mask[parents[i]] = True
        return mask

    # -- search ------------------------------------------------------------------------------

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def match_index(self) -> int | None:
        """The position of the current match in the matches (0-based), None before one."""
        return self._match_index

    def search(self, query: str) -> str | None:
        """Find rows whose search text contains ``query``; move to the first one."""
        self._query = query.strip()
        self._matches = self._compute_matches()
        self._match_index = None
        if not self._matches:
            return None
        return self._go_to_match(0)

    def _compute_matches(self) -> list[int]:
        query = self._query.casefold()
        if not query:
            return []
        folded, order = self._search_texts(), self._order
        hits = compress(order, map(str.__contains__, map(folded.__getitem__, order), repeat(query)))
        mask = self._mask
        if mask is None:
            return list(hits)
        return [i for i in hits if mask[i]]

    def _go_to_match(self, index: int) -> str:
        self._match_index = index % len(self._matches)
        key = self._rows[self._matches[self._match_index]].key
        self.reveal(key)
        return key

    def next_match(self) -> str | None:
        if not self._matches:
            return None
        return self._go_to_match(0 if self._match_index is None else self._match_index + 1)

    def previous_match(self) -> str | None:
        if not self._matches:
            return None
        return self._go_to_match(-1 if self._match_index is None else self._match_index - 1)

    # -- cursor and scrolling ----------------------------------------------------------------

    @property
    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _move_cursor(self, position: int) -> None:
        if not self._visible:
            return
        self._cursor = max(0, min(position, len(self._visible) - 1))
        self._scroll_to_cursor()
        self._cursor_moved()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        top, height = round(self.scroll_y), self._body_height
        if self._cursor < top:
            top = self._cursor
        elif self._cursor >= top + height:
            top = self._cursor - height + 1
        top = max(0, min(top, len(self._visible) + 1 - self.scrollable_content_region.height))
        if top != round(self.scroll_y):
            self.set_scroll(None, top)

    def _cursor_moved(self) -> None:
        key = self.cursor_key
        if key is not None and key != self._highlighted:
            self._highlighted = key
            self.post_message(self.RowHighlighted(self, key))

    def action_cursor_up(self) -> None:
        self._move_cursor(self._cursor - 1)

    def action_cursor_down(self) -> None:
        self._move_cursor(self._cursor + 1)

    def action_page_up(self) -> None:
        self._move_cursor(self._cursor - self._body_height)

    def action_page_down(self) -> None:
        self._move_cursor(self._cursor + self._body_height)

    def action_cursor_top(self) -> None:
        self._move_cursor(0)

    def action_cursor_bottom(self) -> None:
        self._move_cursor(len(self._visible) - 1)

    def action_select(self) -> None:
        key = self.cursor_key
        if key is None:
            return
        if self._has_kids(self._index[key]):
            self.toggle_row()
        else:
            self.post_message(self.RowSelected(self, key))

    def action_toggle_row(self) -> None:
        self.toggle_row()

    def action_expand(self) -> None:
        self.expand_row()

    def action_collapse(self) -> None:
        """Collapse the cursor's row, or go to its parent when it is not expanded."""
        if not self._visible:
            return
        i = self._visible[self._cursor]
        if i in self._open:
            self.collapse_row()
        elif (parent := self._parents[i]) != _NO_PARENT:
            self._move_cursor(self._visible.index(parent))

    def action_expand_all(self) -> None:
        self.expand_all()

    def action_collapse_all(self) -> None:
        self.collapse_all()

    def action_next_match(self) -> None:
        self.next_match()

    def action_previous_match(self) -> None:
        self.previous_match()

    def action_scroll_columns(self, step: int) -> None:
        self.scroll_columns(step)

    def scroll_columns(self, step: int) -> None:
        """Bring the next (``step`` > 0) or previous dropped column into view."""
        layout = self._current_layout()
        offset = max(0, min(layout.offset + step, layout.max_offset))
        if offset != self._column_offset:
            self._column_offset = offset
            self._layout = None
            self.refresh()

    @property
    def shown_columns(self) -> list[str]:
        """The keys of the columns shown at the current width and column offset."""
        return [self._columns[c].key for c in self._current_layout().shown]

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        position = round(self.scroll_y) + offset.y - 1
        if position < len(self._visible):
            self._move_cursor(position)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self._visible) + 1)
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        self._header = None

    # -- rendering ---------------------------------------------------------------------------

    def _compute_layout(self, width: int, offset: int) -> _Layout:
        columns = self._columns
        by_priority = sorted(range(len(columns)), key=lambda c: -columns[c].priority)
        budget = width - self._min_label_width

        def choose(first: int | None) -> list[int]:
            chosen: list[int] = []
            room = budget
            candidates = by_priority if first is None else [first, *by_priority]
            for c in candidates:
                if c in chosen:
                    continue
                need = columns[c].width + 1
                if need > room:
                    if c == first:
                        continue
                    break
                chosen.append(c)
                room -= need
            if not chosen and by_priority and columns[by_priority[0]].width + 2 <= width:
                chosen.append(by_priority[0])
            return chosen

        base = choose(None)
        dropped = [c for c in range(len(columns)) if c not in base]
        offset = max(0, min(offset, len(dropped)))
        chosen = base if offset == 0 else choose(dropped[offset - 1])
        chosen.sort()
        used = sum(columns[c].width + 1 for c in chosen)
        return _Layout(width, max(1, width - used), tuple(chosen), offset, len(dropped))

    def _current_layout(self) -> _Layout:
        width = self.scrollable_content_region.width
        layout = self._layout
        if layout is None or layout.width != width:
            layout = self._layout = self._compute_layout(width, self._column_offset)
            self._column_offset = layout.offset
            self._lines.clear()
            self._header = None
        return layout

    @staticmethod
    def _fit(text: Text, width: int, align: Align) -> Text:
        fitted = text.copy()
        fitted.truncate(width, overflow="ellipsis")
        fitted.align(align, width)
        return fitted

    def _assemble(self, label: Text, cells: Iterable[Text], width: int, base: Style) -> Strip:
        line = Text(no_wrap=True, end="")
        line.append_text(label)
        for cell in cells:
            line.append(" ")
            line.append_text(cell)
        segments = Segment.apply_style(line.render(self.app.console), style=base)
        return Strip(segments).adjust_cell_length(width, base)

    def _render_header(self, layout: _Layout) -> Strip:
        columns = self._columns

        def mark(label: str, key: str | None) -> str:
            if key is not None and key == self._sort_key:
                return label + ("↓" if self._descending else "↑")
            return label

        hint = ""
        if layout.max_offset:
            hidden = len(columns) - len(layout.shown)
            left = "◂" if layout.offset > 0 else ""
            right = "▸" if layout.offset < layout.max_offset else ""
            hint = f"{left}+{hidden}{right}"
        room = max(0, layout.label_width - cell_len(hint) - 1)
        label = self._fit(Text(mark(self._label_header, self._label_key)), room, "left")
        label.append(" " + hint if hint else " ")
        label = self._fit(label, layout.label_width, "left")
        cells = [
            self._fit(
                Text(mark(columns[c].label, columns[c].key)), columns[c].width, columns[c].align
            )
            for c in layout.shown
        ]
        base = self.rich_style + self.get_component_rich_style("tree-view--header", partial=True)
        return self._assemble(label, cells, layout.width, base)

    def _render_row(self, i: int, layout: _Layout) -> Strip:
        row = self._rows[i]
        arrow = ("▾ " if i in self._open else "▸ ") if self._has_kids(i) else "  "
        label = Text("  " * self._depth(i) + arrow, no_wrap=True)
        if self._row_marks:
            label = Text(self._row_marks.get(row.key, " ") + " ", no_wrap=True) + label
        label.append(row.label, style=row.label_style or None)
        label = self._fit(label, layout.label_width, "left")
        values = self._cells(row, self._cell_context)
        columns = self._columns
        cells = [
            self._fit(values[c], columns[c].width, columns[c].align)
            if c < len(values)
            else Text(" " * columns[c].width)
            for c in layout.shown
        ]
        return self._assemble(label, cells, layout.width, self.rich_style)

    def render_line(self, y: int) -> Strip:
        layout = self._current_layout()
        if y == 0:
            if self._header is None:
                self._header = self._render_header(layout)
            return self._header
        position = round(self.scroll_y) + y - 1
        if position >= len(self._visible):
            return Strip.blank(layout.width, self.rich_style)
        i = self._visible[position]
        strip = self._lines.get(i)
        if strip is None:
            strip = self._lines[i] = self._render_row(i, layout)
        if position == self._cursor:
            cursor = self.get_component_rich_style("tree-view--cursor", partial=True)
            strip = Strip(Segment.apply_style(strip, post_style=cursor), strip.cell_length)
        return strip
