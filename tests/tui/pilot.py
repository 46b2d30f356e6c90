"""Helpers for the explorer's pilot tests: wait for the analysis, read the screen."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.strip import Strip

from budgetdiff.tui.app import BudgetApp

SMALL = (80, 24)
LARGE = (140, 40)


async def settled(pilot: Pilot[None], timeout: float = 10.0) -> BudgetApp:
    """The app once its worker has analysed the documents and the views are shown."""
    app = pilot.app
    assert isinstance(app, BudgetApp)
    waited = 0.0
    while app.analysis is None or not app.query("#views") or app.query(".preparing"):
        assert waited < timeout, "the documents were not analysed in time"
        await pilot.pause(0.05)
        waited += 0.05
    await pilot.pause()
    return app


def screen_lines(app: BudgetApp) -> list[str]:
    """The composited screen (the active screen over those below it), one string a line."""
    update = app.screen._compositor.render_update(full=True)
    strips: list[list[Strip]] = getattr(update, "strips", [])
    return ["".join(strip.text for strip in line) for line in strips]


def screen_text(app: BudgetApp) -> str:
    return "\n".join(screen_lines(app))


def line_with(app: BudgetApp, text: str) -> str:
    """The first line above the status line and the footer holding ``text``."""
    lines = [line for line in screen_lines(app)[:-2] if text in line]
    assert lines, f"{text!r} is not on screen:\n" + screen_text(app)
    return lines[0]
