"""Settings shows where the fund's data lives and opens that folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import Dialogs
from welfare_desk.ui.pages import settings_data
from welfare_desk.ui.pages.settings_data import BackupTab
from welfare_desk.ui.session import Session


def test_the_data_folder_is_shown_and_opened(qtbot, session: Session, dialogs: Dialogs,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(settings_data.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    tab = BackupTab(session)
    qtbot.addWidget(tab)
    assert tab.database.text() == str(session.db.path)
    tab.findChild(QPushButton, "open_data_folder").click()
    assert [Path(u.toLocalFile()) for u in opened] == [session.db.path.parent]
    assert dialogs.informed == []


def test_a_folder_that_cannot_be_opened_is_named_instead(qtbot, session: Session,
                                                         dialogs: Dialogs,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_data.QDesktopServices, "openUrl", lambda url: False)
    tab = BackupTab(session)
    qtbot.addWidget(tab)
    tab.open_data_folder()
    [said] = dialogs.informed
    assert str(session.db.path.parent) in said
