"""Changing a password: your own (with the current one), or a forgotten one's."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from welfare_desk.ledger.fund import check_new_password
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import set_password
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import button_box, note


class PasswordDialog(QDialog):
    def __init__(self, session: Session, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.username = session, username
        self.done_ = False
        self.setObjectName("password_dialog")
        self.setWindowTitle(tr(N_("Password of {name}"), name=username))
        form = QFormLayout(self)
        own = username == session.user.username
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if own:
            form.addRow(tr(N_("Current password")), self.current)
        else:
            form.addRow(note(tr(N_("You are setting another user's password (for one who "
                                   "forgot it). Tell them the new one in person."))))
        form.addRow(tr(N_("New password *")), self.new)
        form.addRow(tr(N_("New password again *")), self.again)
        buttons = button_box(tr(N_("Change the password")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        def work() -> bool:
            check_new_password(self.new.text(), self.again.text())
            set_password(self.session.db, self.session.user, self.username, self.new.text(),
                         self.current.text() or None)
            return True

        if ops.run_now(self, work):
            self.done_ = True
            self.accept()
