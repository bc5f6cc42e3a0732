"""Confirming a fund's key: the coordinator types the 30 digits the fund's treasurer
reads over the phone. The digits are compared by the service, never shown here:
typing what is on the screen would prove nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.ui import ops
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import FittingDialog, button_box, heading, note

FINGERPRINT_DIGITS = 30
GROUP = 5
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def fingerprint_digits(text: str) -> str:
    """Only the digits (Thai digits too), as the service compares them."""
    return "".join(ch for ch in text.translate(_THAI_DIGITS) if ch.isascii() and ch.isdigit())


def grouped(digits: str) -> str:
    return " ".join(digits[i:i + GROUP] for i in range(0, len(digits), GROUP))


class ConfirmFundDialog(FittingDialog):
    def __init__(self, parent: QWidget, funds: list[tuple[str, str, bool]],
                 code: str | None = None, message: str | None = None) -> None:
        """``funds``: (code, name, waiting for confirmation) of the zone's funds."""
        super().__init__(parent)
        self.setObjectName("confirm_fund_dialog")
        self.setWindowTitle(tr(N_("Confirm a fund's key")))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("Confirm a fund's key"))))
        layout.addWidget(note(message or tr(N_(
            "Call the fund. Its treasurer reads the key fingerprint (30 digits) from the "
            "screen or the registration sheet; type the digits you hear."))))
        form = QFormLayout()
        self.fund = QComboBox()
        self.fund.setObjectName("confirm_fund_code")
        for fund_code, name, waiting in funds:
            label = f"{fund_code} {name}".strip()
            if waiting:
                label += f" ({tr(N_('not confirmed'))})"
            self.fund.addItem(label, fund_code)
        first_waiting = next((n for n, f in enumerate(funds) if f[2]), 0)
        chosen = self.fund.findData(code) if code is not None else first_waiting
        self.fund.setCurrentIndex(max(chosen, 0))
        form.addRow(tr(N_("Fund")), self.fund)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("confirm_fingerprint")
        self.fingerprint.setPlaceholderText("00000 00000 00000 00000 00000 00000")
        self.fingerprint.textChanged.connect(self._show_progress)
        form.addRow(tr(N_("Key fingerprint")), self.fingerprint)
        self.progress = note("")
        self.progress.setObjectName("confirm_progress")
        form.addRow("", self.progress)
        layout.addLayout(form)
        self.buttons = button_box(tr(N_("Confirm the key")))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_progress()
        self.fingerprint.setFocus()

    def fund_code(self) -> str:
        return str(self.fund.currentData() or "")

    def digits(self) -> str:
        return grouped(fingerprint_digits(self.fingerprint.text()))

    def _show_progress(self) -> None:
        typed = fingerprint_digits(self.fingerprint.text())
        self.progress.setText(tr(N_("{typed} of {all} digits: {digits}"), typed=len(typed),
                                 all=FINGERPRINT_DIGITS, digits=grouped(typed) or "-"))

    def _accept_if_complete(self) -> None:
        if ops.run_now(self, self._check) is not None:
            self.accept()

    def _check(self) -> bool:
        if not self.fund_code():
            raise UserError(N_("Register the fund's key file first"))
        if len(fingerprint_digits(self.fingerprint.text())) != FINGERPRINT_DIGITS:
            raise UserError(N_("A key fingerprint has {n} digits"), n=FINGERPRINT_DIGITS)
        return True
