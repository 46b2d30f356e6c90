"""Export of the current view: plain values through ``budgetdiff.export``, a path prompt
beside the document, errors as notifications."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input

from budgetdiff.errors import OutputError
from budgetdiff.tui.view_export import ExportScreen, ViewTable, default_path, write_view

TABLE = ViewTable(
    "expenditure",
    ("编码", "名称", "A", "B", "Δ", "Δ%"),
    (
        ("201", "一般公共服务支出", 190410477, 190411477, 1000, Decimal("0.00")),
        ("2080599", "其他行政事业单位离退休支出", 2800, 3800, 1000, Decimal("35.71")),
        ("208", "=SUM(A1)", None, Decimal("12029501.84"), -5, None),
    ),
)
EXPECTED = (
    "\ufeff编码,名称,A,B,Δ,Δ%\r\n"
    "201,一般公共服务支出,190410477,190411477,1000,0\r\n"
    "2080599,其他行政事业单位离退休支出,2800,3800,1000,35.71\r\n"
    "208,'=SUM(A1),,12029501.84,-5,\r\n"
)
SIZES = pytest.mark.parametrize("size", [(80, 24), (140, 40)], ids=["80x24", "140x40"])


def test_numbers_are_numbers_with_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "view.csv"
    assert write_view(target, TABLE.header, TABLE.rows) == 3
    assert target.read_bytes().decode("utf-8") == EXPECTED
    assert os.listdir(tmp_path) == ["view.csv"]  # no temporary left


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "view.csv"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError):
        write_view(target, TABLE.header, TABLE.rows)
    assert target.read_text(encoding="utf-8") == "mine"


def test_the_default_is_beside_the_document(tmp_path: Path) -> None:
    document = tmp_path / "budgets" / "port-2017.txt"
    assert default_path(str(document), "sangong") == tmp_path / "budgets" / "port-2017.sangong.csv"
    assert default_path("-", "sangong") is None
    assert default_path(None, "sangong") is None


class ExportApp(App[None]):
    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.path = path
        self.results: list[Path | None] = []

    def on_mount(self) -> None:
        self.push_screen(ExportScreen(TABLE, self.path, "支出"), self.results.append)


def _screen(pilot: Pilot[None]) -> str:
    return "\n".join(strip.text for strip in pilot.app.screen._compositor.render_strips())


async def _submit(pilot: Pilot[None], value: str | None = None) -> None:
    """Type ``value`` (if given) and press Enter; wait for the writing thread."""
    if value is not None:
        pilot.app.screen.query_one(Input).value = value
    screen = pilot.app.screen
    await pilot.press("enter")
    await screen.workers.wait_for_complete()
    await pilot.pause()


@SIZES
async def test_the_prompt_proposes_a_file_beside_the_document_and_writes_it(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    target = tmp_path / "port-2017.expenditure.csv"
    app = ExportApp(target)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        shown = _screen(pilot)
        assert "导出支出为 CSV（3 行）" in shown
        assert "port-2017.expenditure.csv" in shown
        assert app.screen.query_one(Input).value == str(target)
        await _submit(pilot)
        assert app.results == [target]
        assert target.read_bytes().decode("utf-8") == EXPECTED
        assert "已导出 3 行到" in _screen(pilot)


async def test_an_existing_file_is_a_notification_and_the_prompt_stays(tmp_path: Path) -> None:
    target = tmp_path / "port-2017.expenditure.csv"
    target.write_text("mine", encoding="utf-8")
    app = ExportApp(target)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _submit(pilot)
        assert isinstance(app.screen, ExportScreen) and app.results == []
        assert "文件已存在" in _screen(pilot)
        assert target.read_text(encoding="utf-8") == "mine"
        await _submit(pilot, "other.csv")  # a bare name goes beside the document
        assert app.results == [tmp_path / "other.csv"]
        assert (tmp_path / "other.csv").exists()


async def test_a_bare_name_never_goes_into_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    app = ExportApp(None)  # a document read from standard input: no proposal
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        assert app.screen.query_one(Input).value == ""
        await _submit(pilot)
        assert "请输入文件路径" in _screen(pilot) and app.results == []
        monkeypatch.setenv("HOME", str(tmp_path))
        await _submit(pilot, "view.csv")
        assert app.results == [tmp_path / "view.csv"]
    assert os.listdir(elsewhere) == []


@pytest.mark.parametrize(
    ("where", "said"),
    [("missing/view.csv", "文件夹不存在"), ("/proc/budgetdiff-view.csv", "导出失败")],
    ids=["missing-folder", "unwritable"],
)
async def test_a_folder_that_cannot_take_it_is_a_notification(
    tmp_path: Path, where: str, said: str
) -> None:
    app = ExportApp(tmp_path / "port.expenditure.csv")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _submit(pilot, where)
        assert isinstance(app.screen, ExportScreen) and app.results == []
        assert said in _screen(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None]


async def test_a_read_only_folder_is_named_before_writing(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    app = ExportApp(folder / "view.csv")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _submit(pilot)
        assert "文件夹不可写" in _screen(pilot)
