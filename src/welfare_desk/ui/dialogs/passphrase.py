"""Asking for a key's passphrase (รหัสผ่านกุญแจ) without blocking the window.

The dialog is window-modal and opened with ``open()``: what follows runs when
it is accepted, so a test (or the screenshot tour) finds it with
``findChild(PassphraseDialog)``, fills it in and presses OK like a person.
The passphrase is handed on once and the field cleared; nothing keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.ui import ops
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import FittingDialog, button_box, heading, note


class PassphraseDialog(FittingDialog):
    def __init__(self, parent: QWidget | None, title: str, explanation: str,
                 ok_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(note(explanation))
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QLabel(tr(N_("Key passphrase"))), self.passphrase)
        layout.addLayout(form)
        self.buttons = button_box(ok_text)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _check(self) -> None:
        if ops.run_now(self, self._needs_text) is not None:
            self.accept()

    def _needs_text(self) -> bool:
        if not self.passphrase.text():
            raise UserError(N_("Type the key passphrase"))
        return True

    def take(self) -> str:
        """The passphrase typed; the field is emptied."""
        text = self.passphrase.text()
        self.passphrase.clear()
        return text


def ask_passphrase(parent: QWidget, title: str, explanation: str, ok_text: str,
                   then: Callable[[str], None]) -> PassphraseDialog:
    """Opens the dialog; ``then(passphrase)`` runs once it is accepted."""
    dialog = PassphraseDialog(parent, title, explanation, ok_text)
    dialog.accepted.connect(lambda: then(dialog.take()))
    dialog.open()
    return dialog
