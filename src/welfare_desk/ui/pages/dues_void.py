"""Voiding a receipt: it stays in the book with its number; a reversal undoes the money."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from welfare_desk.db.rows import ReceiptRow
from welfare_desk.ledger.fund import parse_receipt_label, receipt_label
from welfare_desk.ledger.text import N_
from welfare_desk.services.dues import find_receipt, void_receipt
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.fields import DateEdit
from welfare_desk.ui.widgets.forms import action_button, note


class VoidReceiptTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.receipt: ReceiptRow | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("void_number")
        self.number.setPlaceholderText("3/045")
        self.number.returnPressed.connect(self.find)
        self.shown = note("")
        self.reason = QLineEdit()
        self.reason.setObjectName("void_reason")
        self.on = DateEdit(date.today())
        form.addRow(tr(N_("Receipt (book/number) *")), self.number)
        form.addRow("", self.shown)
        form.addRow(tr(N_("Reason *")), self.reason)
        form.addRow(tr(N_("Voided on (B.E.)")), self.on)
        layout.addLayout(form)
        self.void_button = action_button(tr(N_("Void the receipt")))
        self.void_button.setObjectName("void_receipt")
        self.void_button.clicked.connect(self.void)
        self.void_button.setEnabled(session.can("write"))
        layout.addWidget(self.void_button)
        layout.addStretch(1)

    def find(self) -> None:
        def look_up() -> ReceiptRow:
            book, number = parse_receipt_label(self.number.text())
            with self.session.db.read() as repos:
                return find_receipt(repos, repos.fund_id(), book, number)

        self.receipt = ops.run_now(self, look_up)
        if self.receipt is None:
            self.shown.setText("")
            return
        r = self.receipt
        state = tr(N_("already void: {reason}"), reason=r.void_reason) if r.voided else ""
        self.shown.setText(f"{day(r.issued_on)} · {r.payer_name} · {baht(r.total)} {state}")
        self.reason.setFocus()

    def void(self) -> None:
        self.find()
        receipt = self.receipt
        if receipt is None:
            return
        label = receipt_label(receipt.book_no, receipt.number_in_book)
        question = tr(N_("Void receipt {number} of {name}, {amount} baht?"), number=label,
                      name=receipt.payer_name, amount=baht(receipt.total))
        if not forms.confirm(self, tr(N_("Void a receipt")), question, tr(N_("Void"))):
            return

        def work() -> ReceiptRow:
            on = self.on.value()
            assert on is not None
            return void_receipt(self.session.db, self.session.user, receipt.book_no,
                                receipt.number_in_book, self.reason.text(), on)

        if ops.run_now(self, work) is not None:
            self.session.saved()
            forms.inform(self, tr(N_("Void a receipt")),
                         tr(N_("Receipt {number} is void; its number stays in the book."),
                            number=label))
            self.number.clear()
            self.reason.clear()
            self.shown.setText("")
