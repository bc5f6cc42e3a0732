"""Importing from the members page: the columns can be changed, a dry run shows
every problem, Import writes the good rows, the rejected ones go to a file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import snapshot
from tests.spreadsheets.test_register import messy
from tests.ui.conftest import Dialogs
from welfare_desk.ui.dialogs.import_members import ImportDialog
from welfare_desk.ui.session import Session


def test_check_change_a_column_import_and_save_the_rest(qtbot, session: Session,
                                                        dialogs: Dialogs, tmp_path: Path) -> None:
    before = snapshot(session.db)
    dialog = ImportDialog(session, messy(tmp_path / "register.xlsx"))
    qtbot.addWidget(dialog)
    assert dialog.result is not None
    assert (len(dialog.result.accepted), len(dialog.result.rejected)) == (4, 5)
    assert snapshot(session.db) == before  # checking writes nothing

    village = dialog.columns["village_no"]
    village.setCurrentIndex(0)  # "not in the sheet": every row now lacks its village
    assert dialog.result is not None and not dialog.result.accepted
    village.setCurrentIndex(village.findData(5))
    assert len(dialog.result.accepted) == 4

    dialog.do_import()
    assert dialogs.informed and not dialog.import_button.isEnabled()
    with session.db.read() as repos:
        assert len(repos.members.all(repos.fund_id())) == 4
    out = tmp_path / "rejected.xlsx"
    dialog.save_errors(out)
    assert load_workbook(out).active.max_row == 2 + 5
