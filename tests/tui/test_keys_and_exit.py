"""Keys that end the explorer, and how it ends when something goes wrong.

- Ctrl+P followed at once by PageDown (both keys in one read from the terminal) ended
  the explorer with Textual's ``KeyError: 0`` traceback and exit status 0: the palette's
  list paged by lines it had not laid out yet. The keys are posted here without waiting
  between them, as a terminal read delivers them.
- An exception nothing handles (a bug) ends the explorer with one sentence on stderr and
  exit status 2, never a traceback, never 0.
- Ctrl-C quits, from any screen and while a document is read (it showed Textual's
  English "press ctrl+q" in the Chinese interface and did not quit).

The tmux tests run the installed ``budgetdiff explore`` (the driver of
``e2e/test_tmux.py``) and skip without tmux.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from budgetdiff import cli
from budgetdiff.model import Document
from budgetdiff.tui.app import BudgetApp, Pending, RowsBuilt, table_rows
from budgetdiff.tui.screens import HelpScreen
from budgetdiff.tui.trees import tree_rows
from tests.tui.e2e.test_tmux import (
    EXIT_MARK,
    EXIT_TIMEOUT,
    KEY_TIMEOUT,
    STARTUP_TIMEOUT,
    Tmux,
    explore_command,
)
from tests.tui.pilot import LARGE, SMALL, screen_text, settled
from tests.tui.snapshot_apps import SAMPLE

DEPARTMENT = "上海市口岸服务办公室"
PALETTE = "🔎"
"""The command palette's search box."""


async def test_page_down_at_once_after_ctrl_p_pages_the_palette(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        app.post_message(events.Key("ctrl+p", None))
        app.post_message(events.Key("pagedown", None))
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)
        assert commands.option_count > 1
        highlighted = commands.highlighted
        assert highlighted is not None and highlighted > 0  # it paged, once laid out
        await pilot.press("pageup")
        assert commands.highlighted == 0
        await pilot.press("escape")
        assert not isinstance(app.screen, CommandPalette)
    assert app.crash is None


def _headless(monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...]) -> list[BudgetApp]:
    """``BudgetApp.run`` headless at 80 × 24, pressing ``keys`` once the views show."""
    run = BudgetApp.run
    started: list[BudgetApp] = []

    async def press(pilot: Pilot[None]) -> None:
        await settled(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        pilot.app.exit()  # if the keys have not ended it

    def headless(self: BudgetApp) -> None:
        started.append(self)
        run(self, headless=True, size=SMALL, auto_pilot=press)

    monkeypatch.setattr(BudgetApp, "run", headless)
    return started


def test_an_unhandled_exception_is_one_sentence_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug planted in ``u``'s action (it raises ``KeyError(0)``, as the palette's list
    did) ends the explorer: one sentence naming the exception, exit status 2."""

    def broken(self: BudgetApp) -> None:
        raise KeyError(0)

    monkeypatch.setattr(BudgetApp, "action_cycle_unit", broken)
    started = _headless(monkeypatch, ("u",))
    assert cli.main(["explore", str(SAMPLE), "--force-tui"]) == 2
    assert len(started) == 1 and isinstance(started[0].crash, KeyError)
    err = capsys.readouterr().err
    assert err == (
        "budgetdiff: the explorer stopped on an internal error (KeyError: 0); "
        "please report this bug\n"
    )


def test_the_sentence_of_an_internal_error_is_one_line() -> None:
    from budgetdiff.commands.explore import internal_error

    error = ValueError("first line\nsecond line " + "x" * 300)
    sentence = internal_error(error)
    assert "\n" not in sentence and len(sentence) < 300
    assert sentence.startswith("the explorer stopped on an internal error (ValueError: first")
    assert sentence.endswith("…); please report this bug")


def test_a_clean_quit_is_still_exit_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started = _headless(monkeypatch, ("2", "q"))
    assert cli.main(["explore", str(SAMPLE), "--force-tui"]) == 0
    assert started[0].crash is None and capsys.readouterr().err == ""


async def test_ctrl_c_quits(port: Document) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code == 0
        assert "ctrl+q" not in screen_text(app).lower()


async def test_ctrl_c_as_the_rows_of_a_view_arrive(port: Document) -> None:
    """The rows worker posts a view's rows as Ctrl-C ends the app (found in tmux: Ctrl-C
    at once after start stopped on ``MountError`` in the view being closed). The 支出
    view's rows are posted again here, right behind the key."""
    app = BudgetApp(port)
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        assert app.documents is not None
        rows = table_rows(app.documents, None, "expenditure")
        app.post_message(events.Key("ctrl+c", None))
        app.post_message(RowsBuilt("expenditure", rows, tree_rows(rows, app.colours)))
        await pilot.pause(0.2)
    assert app.crash is None and app.return_code == 0


@pytest.mark.parametrize("keys", [("question_mark",), ("2", "slash")], ids=["help", "search"])
async def test_ctrl_c_quits_from_a_screen_or_the_search_box(
    port: Document, keys: tuple[str, ...]
) -> None:
    app = BudgetApp(port)
    async with app.run_test(size=SMALL) as pilot:
        await settled(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) or isinstance(app.focused, Input)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code == 0


async def test_ctrl_c_quits_while_a_document_is_read(port: Document) -> None:
    release = threading.Event()

    def read() -> Document:
        assert release.wait(10)
        return port

    app = BudgetApp(Pending("port.txt", read))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code == 0
        release.set()


def test_ctrl_p_then_page_down_in_a_real_terminal(terminal: Tmux, tmp_path: Path) -> None:
    """tmux: the two keys in one ``send-keys`` (one write to the terminal), three times
    (it crashed 4 times in 5): the palette opens, no traceback; Escape closes it, and q
    ends the explorer with status 0."""
    tmux = terminal
    tmux.start(explore_command(tmp_path, str(SAMPLE)))
    tmux.wait_for(DEPARTMENT, STARTUP_TIMEOUT, "after starting")
    for _ in range(3):
        tmux.tmux("send-keys", "-t", tmux.session, "C-p", "PageDown")
        screen = tmux.wait_for(PALETTE, KEY_TIMEOUT, "after Ctrl+P PageDown")
        assert "Traceback" not in screen and EXIT_MARK not in screen
        time.sleep(0.3)  # the PageDown acted on, or it crashed: the session says which
        assert tmux.alive() and PALETTE in (tmux.screen() or ""), tmux.last_screen
        tmux.press("Escape")
        deadline = time.monotonic() + KEY_TIMEOUT
        while PALETTE in (tmux.screen() or ""):  # q typed into the palette would search
            assert time.monotonic() < deadline, "the palette stayed open after Escape"
            time.sleep(0.05)
    tmux.press("q")
    tmux.wait_for_end(EXIT_TIMEOUT, "after Escape and q")


def test_ctrl_c_in_a_real_terminal(terminal: Tmux, tmp_path: Path) -> None:
    """tmux: Ctrl-C ends the explorer, status 0 (the session ends)."""
    tmux = terminal
    tmux.start(explore_command(tmp_path, str(SAMPLE)))
    tmux.wait_for(DEPARTMENT, STARTUP_TIMEOUT, "after starting")
    tmux.press("C-c")
    tmux.wait_for_end(EXIT_TIMEOUT, "after Ctrl-C")
