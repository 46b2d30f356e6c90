"""``config.toml`` that cannot be read is never written over; saving is atomic."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

import pytest

from budgetdiff.commands import explore
from budgetdiff.tui.app import BudgetApp
from budgetdiff.tui.config import Settings, load_settings, remember, save_settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "shanghai-port-office-2017.txt"
CORRUPT = b'unit = "\xe4\xb8\x87\xe5\x85\x83"\nrecent = ["/a.txt", \n'
WRONG_TYPED = b'unit = 5\nrecent = ["/data/a.txt"]\n'


@pytest.mark.parametrize("content", [CORRUPT, WRONG_TYPED], ids=["corrupt", "wrong-typed"])
def test_an_unreadable_file_is_moved_aside_not_lost(content: bytes, isolated_config: Path) -> None:
    isolated_config.parent.mkdir(parents=True)
    isolated_config.write_bytes(content)
    settings, warning = load_settings()
    assert warning is not None

    saved = save_settings(remember(settings, str(SAMPLE)))

    bad = isolated_config.with_name("config.toml.bad")
    assert bad.read_bytes() == content
    assert saved is not None and str(bad) in saved
    loaded, again = load_settings()
    assert again is None
    assert loaded.recent[0] == str(SAMPLE)
    assert sorted(path.name for path in isolated_config.parent.iterdir()) == [
        "config.toml",
        "config.toml.bad",
    ]


def test_wrong_typed_file_keeps_its_good_values(isolated_config: Path) -> None:
    isolated_config.parent.mkdir(parents=True)
    isolated_config.write_bytes(WRONG_TYPED)
    settings, _ = load_settings()
    save_settings(settings)
    assert load_settings()[0].recent == ("/data/a.txt",)


def test_an_earlier_bad_file_is_kept_too(isolated_config: Path) -> None:
    isolated_config.parent.mkdir(parents=True)
    bad = isolated_config.with_name("config.toml.bad")
    bad.write_bytes(b"first = [\n")
    isolated_config.write_bytes(CORRUPT)
    warning = save_settings(Settings())
    assert bad.read_bytes() == b"first = [\n"
    second = isolated_config.with_name("config.toml.bad.1")
    assert second.read_bytes() == CORRUPT
    assert warning is not None and str(second) in warning


def test_a_good_file_is_replaced_in_place_keeping_mode_and_link(
    isolated_config: Path, tmp_path: Path
) -> None:
    real = tmp_path / "dotfiles" / "budgetdiff.toml"
    real.parent.mkdir()
    real.write_text('unit = "万元"\n', encoding="utf-8")
    real.chmod(0o600)
    isolated_config.parent.mkdir(parents=True)
    isolated_config.symlink_to(real)

    assert save_settings(Settings(unit="亿元")) is None

    assert isolated_config.is_symlink()
    assert load_settings(real)[0].unit == "亿元"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert [path.name for path in real.parent.iterdir()] == ["budgetdiff.toml"]
    assert [path.name for path in isolated_config.parent.iterdir()] == ["config.toml"]


def test_explore_keeps_a_corrupt_config_and_says_so(
    isolated_config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_config.parent.mkdir(parents=True)
    isolated_config.write_bytes(CORRUPT)
    shown: list[str | None] = []

    def run_without_terminal(self: BudgetApp) -> None:
        shown.append(self.warning)

    monkeypatch.setattr(BudgetApp, "run", run_without_terminal)
    args = argparse.Namespace(a=str(SAMPLE), b=None, encoding=None, force_tui=True)
    assert explore.run(args) == 0

    assert shown and shown[0] is not None and "未使用设置文件" in shown[0]
    bad = isolated_config.with_name("config.toml.bad")
    assert bad.read_bytes() == CORRUPT
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and str(bad) in err
    assert load_settings()[0].recent == (str(SAMPLE),)


def test_what_budgetdiff_would_drop_sets_the_file_aside(tmp_path):
    # a wrong-typed theme, keys budgetdiff does not know and the user's comments would be
    # lost when the explorer saves: the file is set aside whole, and the warning says so
    from budgetdiff.tui.config import load_settings, save_settings

    path = tmp_path / "config.toml"
    original = 'theme = 5\nunit = "万元"\n# my note\nmykey = "keep me"\n[section]\na = 1\n'
    path.write_text(original, encoding="utf-8")
    settings, warning = load_settings(path)
    assert warning is not None
    for part in ("theme", "未知的键 'mykey'", "未知的键 'section'", "注释", "未被采用"):
        assert part in warning
    assert settings.unit == "万元"
    notice = save_settings(settings, path)
    assert notice is not None and "config.toml.bad" in notice
    assert (tmp_path / "config.toml.bad").read_text(encoding="utf-8") == original
    assert load_settings(path) == (settings, None)


def test_recent_files_load_once_each_and_only_those_still_there(tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    path = tmp_path / "config.toml"
    path.write_text(f"recent = [{str(kept)!r}, {str(gone)!r}, {str(kept)!r}]\n", encoding="utf-8")
    settings, warning = load_settings(path)
    assert warning is None
    assert settings.recent == (str(kept), str(gone))
    assert settings.recent_files() == (str(kept),)
    assert settings.remember(str(gone)).recent == (str(gone), str(kept))
