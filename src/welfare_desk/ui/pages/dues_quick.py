"""Quick entry: find the member, the amount comes from their plan, Enter records it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.db.rows import ReceiptRow
from welfare_desk.ledger.fund import receipt_label
from welfare_desk.ledger.members import MemberRecord
from welfare_desk.ledger.text import N_
from welfare_desk.services.collection import DuesSuggestion, dues_suggestion
from welfare_desk.services.dues import take_dues
from welfare_desk.ui import ops, printouts
from welfare_desk.ui.models.rows import RowsModel, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, month, tr
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit
from welfare_desk.ui.widgets.forms import action_button, note
from welfare_desk.ui.widgets.member_picker import MemberPicker


class QuickDuesTab(QWidget):
    def __init__(self, session: Session, account: QComboBox) -> None:
        super().__init__()
        self.session = session
        self.suggestion: DuesSuggestion | None = None
        self.last_receipt: ReceiptRow | None = None
        self.taken: list[ReceiptRow] = []
        layout = QVBoxLayout(self)
        self.picker = MemberPicker(session)
        self.picker.picked.connect(self.member_picked)
        form = QFormLayout()
        form.addRow(tr(N_("Member *")), self.picker)
        self.about = note("")
        form.addRow("", self.about)
        self.amount = MoneyEdit()
        self.amount.setObjectName("dues_amount")
        self.amount.returnPressed.connect(self.record)
        self.paid_on = DateEdit(date.today())
        self.account = account
        form.addRow(tr(N_("Amount (baht) *")), self.amount)
        form.addRow(tr(N_("Received on (B.E.) *")), self.paid_on)
        form.addRow(tr(N_("Into")), self.account)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.record_button = action_button(tr(N_("Record and issue a receipt")), "Enter")
        self.record_button.setShortcut("")
        self.record_button.setObjectName("record_dues")
        self.record_button.clicked.connect(self.record)
        self.record_button.setEnabled(session.can("write"))
        self.print_button = action_button(tr(N_("Print the receipt")), "Ctrl+P")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_last)
        row.addWidget(self.record_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.receipt_number = QLabel("")
        self.receipt_number.setObjectName("receipt_number")
        layout.addWidget(self.receipt_number)
        layout.addWidget(QLabel(tr(N_("Receipts issued here since the app started"))))
        self.recent = RowsModel([tr(N_("Receipt")), tr(N_("Date")), tr(N_("Member")),
                                 tr(N_("Amount"))], right_aligned=[3])
        layout.addWidget(table_view(self.recent, 2), 1)

    def member_picked(self, member: MemberRecord) -> None:
        suggestion = ops.run_now(self, lambda: dues_suggestion(
            self.session.db, member.member_no, self.paid_on.value() or date.today()))
        if suggestion is None:
            return
        self.suggestion = suggestion
        grid = suggestion.grid
        through = (month(*grid.months_paid_through) if grid.months_paid_through
                   else tr(N_("nothing yet")))
        self.about.setText(tr(N_("Plan {plan} ({amount} baht per instalment). Paid through "
                                 "{through}; {missed} missed instalments ({overdue} baht "
                                 "overdue), {due} baht due this month."),
                              plan=suggestion.plan.name, amount=baht(suggestion.plan.amount),
                              through=through, overdue=baht(grid.overdue),
                              missed=grid.missed_instalments, due=baht(grid.due_now)))
        self.amount.set_amount(suggestion.plan.amount)
        self.amount.setFocus()
        self.amount.selectAll()

    def record(self) -> None:
        member = self.picker.member
        if member is None:
            self.picker.edit.setFocus()
            return

        def work() -> ReceiptRow:
            amount, paid_on = self.amount.value(), self.paid_on.value()
            assert amount is not None and paid_on is not None
            return take_dues(self.session.db, self.session.user, member.member_no, amount,
                             paid_on, str(self.account.currentData()))

        receipt = ops.run_now(self, work)
        if receipt is None:
            return
        self.last_receipt = receipt
        self.taken.append(receipt)
        label = receipt_label(receipt.book_no, receipt.number_in_book)
        self.receipt_number.setText(tr(N_("Receipt {number}: {amount} baht from {name}"),
                                       number=label, amount=baht(receipt.total),
                                       name=receipt.payer_name))
        self.recent.set_rows([(receipt_label(r.book_no, r.number_in_book), day(r.issued_on),
                               r.payer_name, baht(r.total)) for r in reversed(self.taken)])
        self.print_button.setEnabled(True)
        self.session.saved()
        self.about.setText("")
        self.amount.clear()
        self.picker.reset()

    def print_last(self) -> None:
        receipt = self.last_receipt
        if receipt is not None:
            printouts.print_receipt(self, self.session, receipt.book_no, receipt.number_in_book)
