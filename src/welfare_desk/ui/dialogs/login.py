"""Signing in: pick your name, type your password (if you have one)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import Role, User
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import authenticate
from welfare_desk.ui.errors import user_message
from welfare_desk.ui.text import tr, user_label
from welfare_desk.ui.widgets.forms import button_box, heading


class LoginDialog(QDialog):
    def __init__(self, db: Database, fund_name: str) -> None:
        super().__init__()
        self.db = db
        self.user: User | None = None
        self.setObjectName("login")
        self.setWindowTitle(tr(N_("Sign in")))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(fund_name))
        form = QFormLayout()
        self.who = QComboBox()
        with db.read() as repos:
            users = repos.funds.users(repos.fund_id())
        for user in users:
            self.who.addItem(user_label(user.display_name, user.role), user.username)
        treasurer = next((i for i, u in enumerate(users) if u.role == Role.TREASURER), 0)
        self.who.setCurrentIndex(treasurer)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr(N_("leave empty if you have no password")))
        form.addRow(tr(N_("Who are you")), self.who)
        form.addRow(tr(N_("Password")), self.password)
        layout.addLayout(form)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #c62828")
        layout.addWidget(self.problem)
        buttons = button_box(tr(N_("Sign in")))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_sign_in(self) -> None:
        try:
            self.user = authenticate(self.db, str(self.who.currentData()),
                                     self.password.text() or None)
        except UserError as exc:
            self.problem.setText(user_message(exc))
            self.password.selectAll()
            return
        self.accept()
