"""Settings → the people who use the app, and adding one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import ROLE_NAMES, Role, User, check_new_password
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import add_user
from welfare_desk.ui import ops
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import action_button, note

ROLE_DUTIES = {
    Role.TREASURER: N_("keeps the books: members, dues, payments, closing months"),
    Role.COMMITTEE: N_("decides claims, reopens closed months, may also keep the books"),
    Role.AUDITOR: N_("reads everything, changes nothing"),
}


class UsersTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        row = QHBoxLayout(self)
        self.model = RowsModel([tr(N_("User name")), tr(N_("Name")), tr(N_("Role")),
                                tr(N_("May"))])
        self.table = table_view(self.model, stretch_column=3)
        self.table.setObjectName("user_table")
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        self.password_button = action_button(tr(N_("Change the password…")))
        self.password_button.setObjectName("change_password")
        self.password_button.clicked.connect(self.change_password)
        left.addWidget(self.password_button)
        row.addLayout(left, 3)
        row.addWidget(self._form(), 2)

    def _form(self) -> QGroupBox:
        box = QGroupBox(tr(N_("Add a user")))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("new_display_name")
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for role in (Role.COMMITTEE, Role.TREASURER, Role.AUDITOR):
            self.role.addItem(tr(ROLE_NAMES[role]), role.value)
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.again = QLineEdit()
        self.again.setObjectName("new_password_again")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget in ((N_("User name (one word) *"), self.username),
                              (N_("Name shown *"), self.display_name), (N_("Role"), self.role),
                              (N_("Password *"), self.password),
                              (N_("Password again *"), self.again)):
            form.addRow(tr(label), widget)
        layout.addLayout(form)
        layout.addWidget(note(tr(N_(
            "Each person signs in with their own name, so the history shows who did what. "
            "A user cannot be removed; keep the password to yourself."))))
        self.add_button = action_button(tr(N_("Add the user")))
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.add)
        self.again.returnPressed.connect(self.add)
        can = self.session.can("settings")
        for widget in (self.username, self.display_name, self.role, self.password, self.again,
                       self.add_button):
            widget.setEnabled(can)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return box

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        db, actor = self.session.db, self.session.user
        username, name = self.username.text().strip(), self.display_name.text().strip()
        password, again = self.password.text(), self.again.text()
        role = Role(self.role.currentData())

        def work() -> User:
            if not name:
                raise UserError(N_("Fill in every field marked *"))
            check_new_password(password, again)
            return add_user(db, actor, username, name, role, password)

        user = ops.run_now(self, work)
        if user is not None:
            for edit in (self.username, self.display_name, self.password, self.again):
                edit.clear()
            self.session.saved()

    def change_password(self) -> None:
        """Your own password, or (with the settings permission) a forgotten one's."""
        from welfare_desk.ui.dialogs.settings_password import PasswordDialog

        username = selected_key(self.table)
        PasswordDialog(self.session, str(username or self.session.user.username), self).exec()

    def refresh(self) -> None:
        with self.session.db.read() as repos:
            users = repos.funds.users(repos.fund_id())
        me = self.session.user.username
        self.model.set_rows([(tr(N_("{name} (you)"), name=u.username) if u.username == me
                              else u.username, u.display_name,
                              tr(ROLE_NAMES[u.role]), tr(ROLE_DUTIES[u.role])) for u in users],
                            [u.username for u in users])
