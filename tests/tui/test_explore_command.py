"""``budgetdiff explore`` without a file opens the most recent one, or says there is none;
the colours of increases follow the settings in the CLI's Rich output too."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from budgetdiff import cli
from budgetdiff.commands import explore
from budgetdiff.errors import BudgetDiffError
from budgetdiff.render.colours import Colours
from budgetdiff.tui.config import Settings, save_settings
from tests.tui.snapshot_apps import DRAFT, SAMPLE


def _args(a: str | None = None, b: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(a=a, b=b, encoding=None, force_tui=True, no_cache=True)


def test_files_given_are_opened() -> None:
    assert explore.paths(_args("x.txt", "y.txt"), Settings()) == ("x.txt", "y.txt")


def test_without_a_file_the_most_recent_one_opens(tmp_path: Path) -> None:
    gone, there = tmp_path / "gone.txt", tmp_path / "there.txt"
    there.write_text("x", encoding="utf-8")
    settings = Settings(recent=(str(gone), str(there)))
    assert explore.paths(_args(), settings) == (str(there), None)


def test_without_a_file_and_no_recent_one_it_says_so() -> None:
    with pytest.raises(BudgetDiffError) as raised:
        explore.run(_args())
    assert str(raised.value) == explore.NO_RECENT
    assert "没有最近打开的文件" in explore.NO_RECENT


def _increase_style(text: str) -> str:
    """The ANSI code in front of the first ▲ of the output."""
    before = text[: text.index("▲")]
    return before[before.rindex("\x1b[") :]


@pytest.mark.parametrize(("increase_red", "code"), [(True, "\x1b[31m"), (False, "\x1b[32m")])
def test_rich_output_takes_increase_red_from_the_settings(
    increase_red: bool, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert save_settings(Settings(increase_red=increase_red)) is None
    cli.main([str(SAMPLE), str(DRAFT), "--format", "rich", "--color", "always"])
    assert _increase_style(capsys.readouterr().out) == code


def test_no_color_uses_no_colour_at_all() -> None:
    colours = Colours(no_color=True)
    styles = [colours.delta(1), colours.delta(-1), *(colours.kind(k) for k in ("added", "moved"))]
    assert styles == ["bold", "bold", "reverse", "reverse"]
    assert not any(
        colour in style
        for style in colours.row_styles().values()
        for colour in ("red", "green", "cyan", "yellow")
    )
