"""The explorer on a diff across classification changes (issue 18, item 5): the
procuratorate's 2017 and 2018 budgets as their ground truth prints them
(tests/real/test_jiangsu_crosswalk.py builds them): its 2017 2040404 + 2040405 + 2040406
+ 2040499 are one merged row at 2018's 2040405, and the economic 30307 医疗费 of the high
court one split row with its two parts, never removed and added rows."""

from __future__ import annotations

from budgetdiff.tui.app import BudgetApp
from tests.real.test_jiangsu_crosswalk import document
from tests.tui.pilot import LARGE, line_with, screen_lines, settled


async def test_a_merged_row_is_one_row_with_the_sum_of_its_codes() -> None:
    app = BudgetApp(document("procuratorate", 2018), document("procuratorate", 2017))
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("p", "E")
        tree = app.tree_of("general_public")
        assert tree is not None
        row = line_with(app, "2040405")
        assert "⇉" in row and "20,290,000" in row and "18,950,000" in row and "▼ -1,340,000" in row
        assert not {"2040404", "2040406", "2040499"} & set(tree.visible_keys)
        tree.reveal("2040405")
        await pilot.pause()
        status = screen_lines(app)[-2]
        assert "合并" in status and "2018年科目调整" in status
        assert "原 2040404 查办和预防职务犯罪 + 2040405 公诉和审判监督" in status


async def test_a_split_row_and_its_parts() -> None:
    app = BudgetApp(document("highcourt", 2018), document("highcourt", 2017))
    async with app.run_test(size=LARGE) as pilot:
        await settled(pilot)
        await pilot.press("4", "E")
        tree = app.tree_of("economic")
        assert tree is not None
        assert "reclassified:30307" in tree.visible_keys
        split = line_with(app, "30307 医疗费 → 30114 医疗费 + 30307 医疗费补助")
        assert (
            "⇶" in split and "3,344,300" in split and "3,360,800" in split and "▲ +16,500" in split
        )
        part = line_with(app, "30114 医疗费 ")
        assert "⇶" in part and "3,313,200" in part and "▲" not in part  # B's part only
