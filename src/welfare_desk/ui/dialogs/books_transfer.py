"""Moving money between cash and the bank, and correcting an entry by reversing it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from welfare_desk.ledger.accounts import CASH
from welfare_desk.ledger.journal import Entry
from welfare_desk.ledger.text import N_
from welfare_desk.services.books import reverse_entry, transfer
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.books_common import (
    SOURCE_NAMES,
    account_label,
    chart,
    credit_text,
    debit_text,
)
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import day, tr
from welfare_desk.ui.widgets.accounts import money_account_combo
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit
from welfare_desk.ui.widgets.forms import button_box, heading, note


class TransferDialog(QDialog):
    """Depositing cash in the bank, withdrawing it, or moving it between bank accounts."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_number: str | None = None
        self.setObjectName("transfer")
        self.setWindowTitle(tr(N_("Transfer between cash and bank")))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("Transfer between cash and bank"))))
        form = QFormLayout()
        self.on = DateEdit(date.today())
        self.source = money_account_combo(session)
        self.source.setObjectName("transfer_from")
        self.target = money_account_combo(session)
        self.target.setObjectName("transfer_to")
        self.source.setCurrentIndex(max(self.source.findData(CASH), 0))
        self.target.setCurrentIndex(1 if self.target.count() > 1 else 0)
        self.amount = MoneyEdit()
        self.amount.setObjectName("transfer_amount")
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr(N_("e.g. deposit of the dues collected")))
        form.addRow(tr(N_("Date (B.E.) *")), self.on)
        form.addRow(tr(N_("Take the money from *")), self.source)
        form.addRow(tr(N_("Put the money into *")), self.target)
        form.addRow(tr(N_("Amount (baht) *")), self.amount)
        form.addRow(tr(N_("Description")), self.description)
        layout.addLayout(form)
        buttons = button_box(tr(N_("Post the transfer")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.amount.setFocus()

    def save(self) -> None:
        def work() -> str:
            on, amount = self.on.value(), self.amount.value()
            assert on is not None and amount is not None
            return transfer(self.session.db, self.session.user, on,
                            str(self.source.currentData()), str(self.target.currentData()),
                            amount, self.description.text())

        number = ops.run_now(self, work)
        if number is not None:
            self.saved_number = number
            self.session.saved()
            self.accept()


class ReverseDialog(QDialog):
    """A posted entry is never edited: its mirror image cancels it, with a reason."""

    def __init__(self, session: Session, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.entry = session, entry
        self.saved_number: str | None = None
        self.setObjectName("reverse_entry")
        self.setWindowTitle(tr(N_("Reverse entry {number}"), number=entry.number))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("Reverse entry {number}"), number=entry.number)))
        names = {a.code: account_label(a) for a in chart(session)}
        lines = "".join(
            f"<tr><td>{names.get(p.account_code, p.account_code)}&nbsp;&nbsp;</td>"
            f"<td align='right'>{debit_text(p.amount)}&nbsp;&nbsp;</td>"
            f"<td align='right'>{credit_text(p.amount)}</td></tr>" for p in entry.postings)
        headers = (tr(N_("Account")), tr(N_("Debit")), tr(N_("Credit")))
        summary = QLabel()
        summary.setObjectName("reverse_summary")
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setText(
            f"<p>{day(entry.entry_date)} · {tr(SOURCE_NAMES[entry.source])}<br>"
            f"<b>{html.escape(entry.description)}</b></p>"
            f"<table><tr><th align='left'>{headers[0]}</th><th>{headers[1]}</th>"
            f"<th>{headers[2]}</th></tr>{lines}</table>")
        layout.addWidget(summary)
        layout.addWidget(note(tr(N_("A new entry with the debits and credits swapped will be "
                                    "posted on the date below. The original stays in the "
                                    "book, marked as reversed."))))
        form = QFormLayout()
        self.on = DateEdit(date.today())
        self.on.setObjectName("reverse_date")
        self.reason = QLineEdit()
        self.reason.setObjectName("reverse_reason")
        self.reason.setPlaceholderText(tr(N_("e.g. posted to the wrong account")))
        form.addRow(tr(N_("Date of the reversal (B.E.) *")), self.on)
        form.addRow(tr(N_("Reason *")), self.reason)
        layout.addLayout(form)
        buttons = button_box(tr(N_("Post the reversal")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        def work() -> str:
            on = self.on.value()
            assert on is not None
            return reverse_entry(self.session.db, self.session.user, self.entry.number, on,
                                 self.reason.text())

        number = ops.run_now(self, work)
        if number is not None:
            self.saved_number = number
            self.session.saved()
            self.accept()
