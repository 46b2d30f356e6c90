"""The explorer on real PDFs: ``s`` shows the row's page, both sides in diff mode, and
the documents are read in a worker thread behind a loading indicator.

The expected lines are read from the page images
(``pdftoppm -r 80 -f N -l N -png samples/real/FILE.pdf /tmp/p``):

- govoffice 2025 部门预算, page 11 (2025年部门支出预算总表): line 1 is the title, the
  9th line (the third row of the table) ``201 03 01 行政运行 12,029,501.84
  11,919,501.84 110,000.00``, the 18th and last ``208 05 99 其他行政事业单位养老支出
  14,820.00 14,820.00`` with an empty 项目支出;
- wanli 2024 部门预算, page 18 (a continuation page of the same table, no header): line 1
  ``208 05 02 事业单位离退休 76,620 76,620 0``, line 4 ``208 05 99
  其他行政事业单位养老支出 3,900 3,900 0``.

The screen is shown in a small app of its own; one test presses ``s`` in the
explorer. The last three tests run the installed ``budgetdiff explore`` in tmux (the driver
of ``e2e/test_tmux.py``); they skip without tmux. One of them reads a PDF that takes long
to read (``long_pdf.py``: the govoffice PDF's 22 pages 100 times over) and quits.
"""

from __future__ import annotations

import threading
import time
from functools import partial
from pathlib import Path

import pytest
from rich.text import Text
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import LoadingIndicator, Static

import budgetdiff
from budgetdiff import cli
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.screens import SourceScreen
from tests.tui.e2e.test_tmux import (
    EXIT_MARK,
    EXIT_TIMEOUT,
    KEY_TIMEOUT,
    STARTUP_TIMEOUT,
    Tmux,
    explore_command,
)
from tests.tui.long_pdf import long_pdf

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "samples" / "real"
GOVOFFICE = REAL / "sh-putuo-govoffice-2025-dept.pdf"
WANLI = REAL / "sh-putuo-wanli-2024-dept.pdf"
FINAL = REAL / "sh-putuo-finance-2024-final.pdf"
SMALL = (80, 24)

GOVOFFICE_2010301 = "201 │ 03 │ 01 │ 行政运行 │ 12,029,501.84 │ 11,919,501.84 │ 110,000.00"
GOVOFFICE_2080599 = "208 │ 05 │ 99 │ 其他行政事业单位养老支出 │ 14,820.00 │ 14,820.00 │ "
WANLI_2080599 = "208 │ 05 │ 99 │ 其他行政事业单位养老支出 │ 3,900 │ 3,900 │ 0"
WANLI_2080502 = "208 │ 05 │ 02 │ 事业单位离退休 │ 76,620 │ 76,620 │ 0"


@pytest.fixture(scope="module")
def govoffice() -> Document:
    return budgetdiff.load(GOVOFFICE)


@pytest.fixture(scope="module")
def wanli() -> Document:
    return budgetdiff.load(WANLI)


def _lines(screen: SourceScreen, body_id: str) -> list[str]:
    content = screen.query_one(f"#{body_id}", Static).content
    assert isinstance(content, Text)
    return content.plain.split("\n")


def _highlighted(screen: SourceScreen, body_id: str) -> tuple[int, str]:
    """The marked line of a side: its number in the page (or file), and its text."""
    marked = [line for line in _lines(screen, body_id) if line.startswith("▶")]
    assert len(marked) == 1, marked
    number, _, text = marked[0][1:].lstrip().partition("  ")
    return int(number), text


def _headings(screen: SourceScreen) -> list[str]:
    return [str(h.content) for h in screen.query(".source-heading").results(Static)]


def _on_screen(pilot: Pilot[None]) -> str:
    """What the terminal shows of the top screen, as text."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def _line(document: Document, code: str) -> int | None:
    row = document.code_table("expenditure").get(code)
    return row.line if row is not None else None


class SourceApp(App[None]):
    """Shows the source of ``code`` in the 支出 table, as ``s`` does in the explorer:
    B's (or the only document's) and, given ``other``, A's."""

    def __init__(self, document: Document, code: str, other: Document | None = None) -> None:
        super().__init__()
        self.document, self.code, self.other = document, code, other

    def on_mount(self) -> None:
        other_line = _line(self.other, self.code) if self.other is not None else None
        self.push_screen(
            SourceScreen(
                self.document, _line(self.document, self.code), self.code, self.other, other_line
            )
        )


async def _shown(pilot: Pilot[None]) -> SourceScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SourceScreen)
    return screen


async def test_s_on_a_pdf_row_shows_its_page_with_the_row_highlighted(
    govoffice: Document,
) -> None:
    app = SourceApp(govoffice, "2010301")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _shown(pilot)
        assert _headings(screen) == [f"2010301 — 第 11 页第 9 行 ({GOVOFFICE})"]
        lines = _lines(screen, "source-text")
        assert len(lines) == 18  # the whole page, numbered as in the page
        assert lines[0] == "       1  2025年部门支出预算总表"
        assert _highlighted(screen, "source-text") == (9, GOVOFFICE_2010301)
        assert f"▶      9  {GOVOFFICE_2010301}" in _on_screen(pilot)
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceScreen)


async def test_the_row_is_scrolled_into_view(govoffice: Document) -> None:
    """The page's 18 lines fit at 80×24; at 80×16 the last must be scrolled to."""
    app = SourceApp(govoffice, "2080599")
    async with app.run_test(size=(80, 16)) as pilot:
        screen = await _shown(pilot)
        await pilot.pause()
        assert "第 11 页第 18 行" in _headings(screen)[0]
        assert _highlighted(screen, "source-text") == (18, GOVOFFICE_2080599)
        shown = _on_screen(pilot)
        assert "▶     18  208 │ 05 │ 99 │ 其他行政事业单位养老支出" in shown
        assert "2025年部门支出预算总表" not in shown  # scrolled: line 1 is above the pane


async def test_diff_mode_shows_a_and_b_pages_at_80x24(govoffice: Document, wanli: Document) -> None:
    app = SourceApp(govoffice, "2080599", wanli)
    async with app.run_test(size=SMALL) as pilot:
        screen = await _shown(pilot)
        a_heading, b_heading = _headings(screen)
        assert a_heading.startswith("A: 2080599 — 第 18 页第 4 行 (")
        assert b_heading.startswith("B: 2080599 — 第 11 页第 18 行 (")
        assert _highlighted(screen, "source-text-a") == (4, WANLI_2080599)
        assert _highlighted(screen, "source-text") == (18, GOVOFFICE_2080599)
        shown = _on_screen(pilot)
        assert "▶      4  208 │ 05 │ 99 │ 其他行政事业单位养老支出 │ 3,900" in shown
        assert "▶     18  208 │ 05 │ 99 │ 其他行政事业单位养老支出 │ 14,820.00" in shown
        assert "tab A/B 切换" in shown and "esc 关闭" in shown
        # Tab gives A the keys: ↓ scrolls A's page, not B's.
        a_scroll, b_scroll = screen.query(".source-scroll")
        assert b_scroll.has_focus
        await pilot.press("tab")
        assert a_scroll.has_focus
        before = (a_scroll.scroll_y, b_scroll.scroll_y)
        await pilot.press("down", "down")
        await pilot.pause()
        assert (a_scroll.scroll_y, b_scroll.scroll_y) == (before[0] + 2, before[1])


async def test_diff_mode_pages_side_by_side_at_140x40(govoffice: Document, wanli: Document) -> None:
    app = SourceApp(govoffice, "2080599", wanli)
    async with app.run_test(size=(140, 40)) as pilot:
        await _shown(pilot)
        await pilot.pause()
        a, b = app.screen.query("SourcePane")
        assert a.region.y == b.region.y and a.region.right <= b.region.x
        heading = next(line for line in _on_screen(pilot).split("\n") if "A: 2080599" in line)
        assert "B: 2080599 — 第 11 页第 18 行" in heading  # both headings on one row
        shown = _on_screen(pilot)
        assert "▶      4  208 │ 05 │ 99" in shown and "▶     18  208 │ 05 │ 99" in shown


async def test_diff_mode_a_row_only_in_a(govoffice: Document, wanli: Document) -> None:
    app = SourceApp(govoffice, "2080502", wanli)  # 事业单位离退休: wanli has it, govoffice not
    async with app.run_test(size=SMALL) as pilot:
        screen = await _shown(pilot)
        assert _highlighted(screen, "source-text-a") == (1, WANLI_2080502)
        assert _headings(screen) == [f"A: 2080502 — 第 18 页第 1 行 ({WANLI})"]
        shown = _on_screen(pilot)
        assert "B 没有这一行" in shown and "A/B 切换" not in shown


async def test_diff_mode_text_documents_show_both_sides(port: Document, draft: Document) -> None:
    app = SourceApp(draft, "2080599", port)
    async with app.run_test(size=SMALL) as pilot:
        screen = await _shown(pilot)
        assert [h.split(" (")[0] for h in _headings(screen)] == [
            "A: 2080599 — 原文第 153 行",
            "B: 2080599 — 原文第 153 行",
        ]
        assert _highlighted(screen, "source-text-a") == (
            153,
            "208 │ 05 │ 99 │ 其他行政事业单位离退休支出 │ 2,800 │  │ 2,800",
        )
        assert _highlighted(screen, "source-text") == (
            153,
            "208 │ 05 │ 99 │ 其他行政事业单位离退休支出 │ 3,800 │  │ 3,800",
        )
        assert len(_lines(screen, "source-text")) == 13  # the line and 6 either side


async def test_s_in_the_explorer_shows_a_and_b(govoffice: Document, wanli: Document) -> None:
    """The explorer's ``s`` opens the screen: searched for and pressed as a user would."""
    app = BudgetApp(govoffice, wanli)
    async with app.run_test(size=SMALL) as pilot:
        await app.workers.wait_for_complete()  # the diff is computed in a worker
        await pilot.pause()
        await pilot.press("2", "slash", *"2080599", "enter", "s")
        screen = await _shown(pilot)
        assert [h.split(" (")[0] for h in _headings(screen)] == [
            "A: 2080599 — 第 18 页第 4 行",
            "B: 2080599 — 第 11 页第 18 行",
        ]


async def test_a_pdf_is_read_behind_a_loading_indicator() -> None:
    from budgetdiff.tui.app import Pending

    started, release = threading.Event(), threading.Event()

    def read() -> Document:
        started.set()
        assert release.wait(10)
        return budgetdiff.load(GOVOFFICE)

    app = BudgetApp(Pending(str(GOVOFFICE), read))
    async with app.run_test(size=SMALL) as pilot:
        assert started.wait(10)
        await pilot.pause()
        assert app.query(LoadingIndicator)
        status = str(app.query_one("#loading-status", Static).content)
        assert status == f"读取 {GOVOFFICE} …"
        await pilot.press("2", "s")  # nothing to act on yet
        assert not app.query("#views") and app.screen is app.screen_stack[0]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.query(LoadingIndicator)
        assert app.sub_title == "上海市普陀区人民政府办公室 2025 部门预算"
        await pilot.press("2", "slash", *"2010301", "enter", "s")
        assert "2010301 — 第 11 页第 9 行" in _headings(await _shown(pilot))[0]


async def test_q_quits_while_a_pdf_is_read() -> None:
    from budgetdiff.tui.app import Pending

    started, release = threading.Event(), threading.Event()

    def read() -> Document:
        started.set()
        assert release.wait(10)
        return budgetdiff.load(GOVOFFICE)

    app = BudgetApp(Pending(str(GOVOFFICE), read))
    async with app.run_test(size=SMALL) as pilot:
        assert started.wait(10)
        await pilot.press("q")
        release.set()
    assert app.return_code == 0 and app.read_error is None


async def test_both_sides_are_read_in_the_app_a_first(govoffice: Document) -> None:
    from budgetdiff.tui.app import Pending

    order: list[str] = []

    def read(path: Path) -> Document:
        order.append(path.name)
        return budgetdiff.load(path)

    app = BudgetApp(Pending("B", partial(read, GOVOFFICE)), Pending("A", partial(read, WANLI)))
    async with app.run_test(size=SMALL) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert order == [WANLI.name, GOVOFFICE.name]
        assert app.diff is not None and app.other is not None
        assert app.other.department == "上海市普陀区人民政府万里街道办事处"
        assert app.document.department == govoffice.department


def _truncated(folder: Path) -> Path:
    """A copy of the 决算 PDF cut in half: a file the reader refuses with one sentence."""
    data = FINAL.read_bytes()
    cut = folder / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    return cut


def test_a_read_error_in_the_app_ends_explore_with_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A truncated PDF is refused inside the app (headless here), which has started at
    once; the CLI prints the sentence after the app has ended and exits 2."""
    run = BudgetApp.run
    started: list[BudgetApp] = []

    def headless(self: BudgetApp) -> None:
        started.append(self)
        run(self, headless=True, size=SMALL)

    monkeypatch.setattr(BudgetApp, "run", headless)
    cut = _truncated(tmp_path)
    assert cli.main(["explore", str(cut), "--force-tui"]) == 2
    assert len(started) == 1 and started[0].return_code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"budgetdiff: {cut}") and "truncated" in err
    assert len(err.splitlines()) == 1


def test_explore_a_pdf_in_a_real_terminal(terminal: Tmux, tmp_path: Path) -> None:
    """tmux: the PDF's department shows once read; ``s`` on a row shows its page."""
    tmux = terminal
    tmux.start(explore_command(tmp_path, str(GOVOFFICE)))
    tmux.wait_for("上海市普陀区人民政府办公室 2025 部门预算", STARTUP_TIMEOUT, "after starting")
    tmux.press("2")
    tmux.wait_for("一般公共服务支出", KEY_TIMEOUT, "after pressing 2")
    tmux.press("s")
    tmux.wait_for("— 第 11 页第 7 行", KEY_TIMEOUT, "after pressing s on 201")
    tmux.press("q")
    tmux.press("q")
    tmux.wait_for_end(EXIT_TIMEOUT, "after pressing q twice")


def test_explore_a_truncated_pdf_in_a_real_terminal(terminal: Tmux, tmp_path: Path) -> None:
    """tmux: the read error is one sentence on the restored terminal, and exit 2."""
    tmux = terminal
    cut = _truncated(tmp_path)
    tmux.start(explore_command(tmp_path, str(cut)))
    screen = tmux.wait_for(f"{EXIT_MARK}2]", STARTUP_TIMEOUT, "after starting")
    assert f"budgetdiff: {cut}" in screen.replace("\n", "")
    assert "Traceback" not in screen


QUIT_WITHIN = 2.0
"""Seconds from ``q`` to the end of the explorer and of every process it started."""


def _descendants(pid: int) -> set[int]:
    """``pid``'s child processes, theirs, and so on (from /proc)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        children = {child for child, of in parents.items() if of == parent}
        todo.extend(children - found)
        found |= children
    return found


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_q_while_a_pdf_is_read_ends_every_process_at_once(terminal: Tmux, tmp_path: Path) -> None:
    """tmux: ``q`` on the loading screen of a PDF that takes about 20 s to read ends the
    explorer and the process reading the PDF within QUIT_WITHIN seconds (before: the
    screen went, and the process read on to the end of the PDF)."""
    tmux = terminal
    pdf = long_pdf(tmp_path)
    tmux.start(explore_command(tmp_path, str(pdf), "--no-cache"))
    tmux.wait_for(f"读取 {pdf}", STARTUP_TIMEOUT, "after starting")
    pane = int(tmux.tmux("display-message", "-p", "-t", tmux.session, "#{pane_pid}").stdout)
    time.sleep(1.0)  # well into the read
    processes = _descendants(pane)
    assert processes, "no explorer process under the pane"
    quit_at = time.monotonic()
    tmux.press("q")
    tmux.wait_for_end(EXIT_TIMEOUT, "after pressing q while the PDF was read")
    ended = time.monotonic() - quit_at
    while (left := [pid for pid in processes if _running(pid)]) and (
        time.monotonic() - quit_at < QUIT_WITHIN
    ):
        time.sleep(0.02)
    took = time.monotonic() - quit_at
    commands = {pid: Path(f"/proc/{pid}/cmdline").read_bytes() for pid in left}
    assert not left, f"still running {took:.1f} s after q: {commands}"
    assert ended < QUIT_WITHIN, f"the explorer ended {ended:.1f} s after q"
