"""Starting the desktop: look and language, the database, signing in, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from welfare_desk.db.database import Database
from welfare_desk.ledger.fund import User
from welfare_desk.services.funds import authenticate
from welfare_desk.services.locations import default_db_path
from welfare_desk.ui import errors, ops, tour
from welfare_desk.ui.dialogs.first_run import FirstRunWizard
from welfare_desk.ui.dialogs.login import LoginDialog
from welfare_desk.ui.main_window import MainWindow
from welfare_desk.ui.resources import set_up_look
from welfare_desk.ui.session import AppSettings, Session
from welfare_desk.ui.translation import install_language


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Welfare Desk")
    app.setOrganizationName("welfare-desk")
    return app


def prepare(app: QApplication, settings: AppSettings, lang: str | None) -> None:
    set_up_look(app)
    install_language(lang or settings.language)
    errors.install_excepthook()


def _has_fund(db: Database) -> bool:
    with db.read() as repos:
        return repos.funds.count() > 0


def open_database(path: Path) -> Database | None:
    """The fund's database, or None when there is none yet (first run)."""
    if not path.exists():
        return None
    db = Database.open(path)
    if _has_fund(db):
        return db
    db.close()
    return None


def sign_in(db: Database, username: str | None) -> User | None:
    if username:
        return authenticate(db, username, None)
    with db.read() as repos:
        fund_name = repos.funds.profile(repos.fund_id()).name
    dialog = LoginDialog(db, fund_name)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


def start_session(settings: AppSettings, db_path: Path | None,
                  username: str | None) -> Session | None:
    path = db_path or settings.last_database or default_db_path()
    db = open_database(path)
    if db is None:
        wizard = FirstRunWizard(path)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.db is None:
            return None
        db, path = wizard.db, wizard.path
    user = sign_in(db, username)
    if user is None:
        db.close()
        return None
    settings.last_database = path
    return Session(db, user, settings)


def run_desktop(db_path: Path | None, lang: str | None, username: str | None) -> int:
    app = application()
    settings = AppSettings()
    prepare(app, settings, lang)
    try:
        session = start_session(settings, db_path, username)
    except Exception as exc:
        errors.show_error(None, exc)
        return 2
    if session is None:
        return 0
    window = MainWindow(session)
    window.show()
    tour.start_if_asked(window)
    code = app.exec()
    # A page may still be reading its figures: let it finish before the database
    # closes and Qt goes away (a worker outliving the app aborts the process).
    ops.wait_for_background_work()
    session.db.close()
    return code
