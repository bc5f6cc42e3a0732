"""The main window: pages by shortcut, F2 for dues, remembered page and size,
switching language, and the one error handler."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from tests.ui.conftest import settle
from welfare_desk.ledger.errors import UserError
from welfare_desk.ui import errors
from welfare_desk.ui.main_window import MainWindow
from welfare_desk.ui.session import AppSettings, Session
from welfare_desk.ui.text import tr
from welfare_desk.ui.translation import install_language


def test_every_page_opens_and_the_last_one_is_remembered(qtbot, session: Session,
                                                         tmp_path: Path) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    for number, entry in enumerate(window.page_entries, 1):
        QTest.keySequence(window, QKeySequence(f"Ctrl+{number}"))
        settle()
        assert window.current_page() is window._pages[entry.page_id]
    window.close()
    saved = session.settings.geometry
    assert saved is not None
    again = MainWindow(Session(session.db, session.user, AppSettings(tmp_path / "app.ini")))
    qtbot.addWidget(again)
    assert again.current_page() is again._pages["settings"]
    assert again.restoreGeometry(saved)


def test_f2_goes_to_the_dues_quick_entry(qtbot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_page("home")
    settle()
    QTest.keySequence(window, QKeySequence("F2"))
    page = window._pages["dues"]
    assert window.current_page() is page
    assert page.tabs.currentWidget() is page.quick


def test_switching_to_english_and_back(qtbot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(0).text().startswith("หน้าหลัก")
    session.language_chosen.emit("en")
    english = window.successor
    qtbot.addWidget(english)
    assert english.nav.item(0).text().startswith("Home")
    assert session.settings.language == "en"
    install_language("th")
    assert tr("Home") == "หน้าหลัก"


def test_a_bug_gets_details_to_copy_and_a_mistake_a_plain_message(qtbot, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(errors.QMessageBox, "exec", lambda box: shown.append(box) or 0)
    errors.show_error(None, UserError("The title is missing"))
    errors.show_error(None, ZeroDivisionError("boom"))
    mistake, bug = shown
    assert mistake.text() == "ไม่ได้ระบุคำนำหน้าชื่อ" or "คำนำหน้า" in mistake.text()
    assert mistake.informativeText() == "ข้อมูลไม่มีการเปลี่ยนแปลง"
    assert "ZeroDivisionError" in bug.detailedText()


def test_a_display_name_that_is_the_role_is_shown_once(qtbot, session: Session) -> None:
    """D7: the first user is called เหรัญญิก, as is the role."""
    from PySide6.QtWidgets import QLabel

    from welfare_desk.ui.dialogs.login import LoginDialog

    window = MainWindow(session)
    qtbot.addWidget(window)
    shown = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "เหรัญญิก" in shown and "เหรัญญิก (เหรัญญิก)" not in shown
    login = LoginDialog(session.db, session.fund.name)
    qtbot.addWidget(login)
    names = [login.who.itemText(i) for i in range(login.who.count())]
    assert "เหรัญญิก" in names and "ประธาน (กรรมการ)" in names
