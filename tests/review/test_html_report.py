"""The HTML report: one self-contained file, every change on the page, 三公 first; opened
in headless Chromium where it is installed (``.ci/run`` installs Debian's)."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from budgetdiff.render.numbers import format_amount
from budgetdiff.review.html import render_html
from budgetdiff.review.marks import mark_for
from budgetdiff.review.session import ReviewSession
from tests.review.pairs import WHEN, copy_draft, session

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class _Text(HTMLParser):
    """The text of a page, in document order, one piece per text node."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("style", "script", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.pieces.append(data.strip())


def _reviewed(tmp_path: Path) -> ReviewSession:
    current = session(copy_draft(tmp_path))
    changes = current.review.changes
    current = current.marked(mark_for(changes[0], "通过", "", "alice", WHEN))
    current = current.marked(mark_for(changes[1], "已说明", "接待任务增加", "alice", WHEN))
    return current.marked(mark_for(changes[6], "待查询", "为何增加 1,000 元？", "bob", WHEN)).save()


class _Rows(HTMLParser):
    """The changes table's rows, in page order: each the texts of its cells."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr" and ("class", "change") in attrs:
            self.rows.append([])
        elif tag == "td" and self.rows:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append(" ".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None and data.strip():
            self._cell.append(data.strip())


def _rows(page: str) -> list[list[str]]:
    parser = _Rows()
    parser.feed(page)
    return parser.rows


def _expect_every_change(page_text: str, current: ReviewSession) -> None:
    for change in current.review.changes:
        assert change.name in page_text, change.key
        for amount in (change.amount_a, change.amount_b, change.delta):
            if amount is not None:
                assert format_amount(abs(amount)) in page_text, change.key
    for status, note in (
        ("通过", ""),
        ("已说明", "接待任务增加"),
        ("待查询", "为何增加 1,000 元？"),
    ):
        assert status in page_text and note in page_text
    assert "已审 3 / 12" in page_text
    for ref in (current.diff.a, current.diff.b):
        assert ref.sha256 is not None and ref.sha256 in page_text
        assert str(ref.path) in page_text


def test_the_report_is_one_file_that_loads_nothing(tmp_path: Path) -> None:
    page = render_html(_reviewed(tmp_path))
    for outside in ("src=", "href=", "<script", "<link", "url(", "@import", "http"):
        assert outside not in page
    assert "<meta name='viewport' content='width=device-width, initial-scale=1'>" in page


def test_the_page_text_holds_every_change_sangong_first(tmp_path: Path) -> None:
    current = _reviewed(tmp_path)
    page = render_html(current)
    parser = _Text()
    parser.feed(page)
    text = "\n".join(parser.pieces)
    _expect_every_change(text, current)
    order = [text.index("三公经费", text.index("变化\n")), text.index("expenditure\n")]
    assert order == sorted(order)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
def test_headless_chromium_shows_every_change_sangong_first(tmp_path: Path) -> None:
    current = _reviewed(tmp_path)
    report = tmp_path / "report.html"
    report.write_text(render_html(current), encoding="utf-8")
    assert CHROMIUM is not None
    shot = tmp_path / "report.png"
    for width, name in ((1200, "wide"), (390, "phone")):
        shot = tmp_path / f"{name}.png"
        made = subprocess.run(
            [
                CHROMIUM,
                *FLAGS,
                f"--user-data-dir={tmp_path / ('profile-' + name)}",
                f"--window-size={width},2400",
                f"--screenshot={shot}",
                report.as_uri(),
            ],
            capture_output=True,
            timeout=120,
        )
        assert made.returncode == 0, made.stderr[-2000:]
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    dumped = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'profile-dom'}",
            "--dump-dom",
            report.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        text=True,
    )
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    parser = _Text()
    parser.feed(dumped.stdout)
    text = "\n".join(parser.pieces)
    _expect_every_change(text, current)
    rows = _rows(dumped.stdout)
    assert len(rows) == 12
    # the first rows a reader sees: the two 三公 changes, with their marks
    assert rows[0][:3] == ["✓ 通过", "", "合计"] and rows[0][4:6] == ["1,420,500", "1,421,500"]
    assert rows[1][:3] == ["✎ 已说明", "", "公务接待费"] and rows[1][6] == "▲ +1,000"
    assert rows[1][-1].startswith("接待任务增加")
    assert [row[1] for row in rows[2:10]] == ["208", "208", "20805", "20805"] + ["2080599"] * 2 + [
        "",
        "",
    ]
    assert rows[6][0] == "⚑ 待查询" and rows[6][-1].startswith("为何增加 1,000 元？")
