"""Starting the desktop: look and language, the database, signing in, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from welfare_desk.data_files import resource_dir
from welfare_desk.db.database import Database
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.text import N_
from welfare_desk.services.check import check_database
from welfare_desk.services.funds import authenticate
from welfare_desk.services.locations import default_db_path
from welfare_desk.ui import errors, ops, tour
from welfare_desk.ui.dialogs.first_run import FirstRunWizard
from welfare_desk.ui.dialogs.login import LoginDialog
from welfare_desk.ui.main_window import MainWindow
from welfare_desk.ui.resources import set_up_look
from welfare_desk.ui.session import AppSettings, Session
from welfare_desk.ui.text import count, tr
from welfare_desk.ui.translation import install_language
from welfare_desk.ui.widgets import forms


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Welfare Desk")
    app.setOrganizationName("welfare-desk")
    app.setDesktopFileName("welfare-desk")  # the .desktop entry's name (Wayland's app id)
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("welfare-desk-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
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
        tell_about_upgrade(db)
        return db
    db.close()
    return None


def tell_about_upgrade(db: Database) -> None:
    """The first start of a newer version: the database was copied and upgraded as it
    opened; it is checked now, and the treasurer is told all three."""
    if db.migration_backup is None:
        return
    report = check_database(db)
    said = [tr(N_("This version of Welfare Desk keeps the fund's data in a newer form, so "
                  "the database was upgraded. A copy of it as it was before is kept at:\n"
                  "{path}"), path=str(db.migration_backup.path))]
    if report.ok:
        said.append(tr(N_("The upgraded data was checked: it is correct and complete "
                          "({events} changes recorded)."), events=count(report.events)))
    else:
        said.append(tr(N_("The check after the upgrade found a problem. Enter nothing more: "
                          "call whoever looks after this computer and show them Settings → "
                          "Check my data; the copy above holds the data as it was.")))
    forms.inform(None, tr(N_("The database was upgraded")), "\n\n".join(said))


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
