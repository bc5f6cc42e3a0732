"""The committee's decision on a claim, and paying it with a payment voucher."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.db.repos.claims import ClaimRow
from welfare_desk.ledger.text import N_
from welfare_desk.services.claims import ClaimListRow, decide_claim, pay_claim
from welfare_desk.ui import ops
from welfare_desk.ui.claim_text import assessment_html
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.accounts import money_account_combo
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit
from welfare_desk.ui.widgets.forms import button_box


class DecideDialog(QDialog):
    """Approve (with the amount, by default the assessed one) or reject with a reason."""

    def __init__(self, session: Session, row: ClaimListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.row = session, row
        self.decided: ClaimRow | None = None
        self.setObjectName("decide_dialog")
        self.setWindowTitle(tr(N_("Decide claim {number}"), number=row.claim.claim_no))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        assessment = QTextBrowser()
        assessment.setHtml(assessment_html(row.claim, row.benefit_name))
        layout.addWidget(assessment, 1)
        form = QFormLayout()
        self.approve = QRadioButton(tr(N_("Approve")))
        self.reject_ = QRadioButton(tr(N_("Reject")))
        eligible = bool(row.claim.assessment.get("eligible"))
        (self.approve if eligible else self.reject_).setChecked(True)
        self.amount = MoneyEdit(required=False)
        self.amount.setObjectName("decide_amount")
        if eligible:
            self.amount.set_amount(int(row.claim.assessment["amount"]))
        self.reason = QLineEdit()
        self.reason.setObjectName("decide_reason")
        self.meeting = QLineEdit()
        self.meeting.setPlaceholderText(tr(N_("e.g. meeting 5/2569")))
        self.on = DateEdit(date.today())
        form.addRow(self.approve, self.reject_)
        for label, widget in ((N_("Amount approved (baht)"), self.amount),
                              (N_("Reason"), self.reason), (N_("Meeting"), self.meeting),
                              (N_("Decided on (B.E.) *"), self.on)):
            form.addRow(tr(label), widget)
        layout.addLayout(form)
        buttons = button_box(tr(N_("Record the decision")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        def work() -> ClaimRow:
            on = self.on.value()
            assert on is not None
            return decide_claim(self.session.db, self.session.user, self.row.claim.claim_no,
                                self.approve.isChecked(), self.reason.text(),
                                self.meeting.text(), on, self.amount.value())

        decided = ops.run_now(self, work)
        if decided is not None:
            self.decided = decided
            self.session.saved()
            self.accept()


class PayDialog(QDialog):
    """Pays an approved claim. A benefit for the member's death is paid to the
    beneficiary by default, or to the heir the treasurer names."""

    def __init__(self, session: Session, row: ClaimListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.row = session, row
        self.paid: ClaimRow | None = None
        self.setObjectName("pay_dialog")
        self.setWindowTitle(tr(N_("Pay claim {number}"), number=row.claim.claim_no))
        form = QFormLayout(self)
        amount = row.claim.approved_amount or 0
        form.addRow(forms.note(tr(N_("{benefit} for {member}: {amount} baht"),
                                  benefit=row.benefit_name, member=row.member_name,
                                  amount=baht(amount))))
        self.payee = QLineEdit(row.payee.name if row.payee else "")
        self.payee.setObjectName("pay_payee")
        self.payee_id = QLineEdit()
        self.payee_id.setObjectName("pay_payee_id")
        if row.to_heir:
            form.addRow(forms.note(_heir_note(row)))
            self.payee.setPlaceholderText(tr(N_("the heir's title, first and last name")))
        self.on = DateEdit(date.today())
        self.account = money_account_combo(session)
        form.addRow(tr(N_("Paid to *")), self.payee)
        if row.to_heir:
            if row.payee is not None and row.payee.national_id:
                self.payee_id.setPlaceholderText(tr(N_("left empty: the beneficiary's ID "
                                                       "on record")))
            form.addRow(tr(N_("Payee's national ID")), self.payee_id)
        form.addRow(tr(N_("Paid on (B.E.) *")), self.on)
        form.addRow(tr(N_("From")), self.account)
        buttons = button_box(tr(N_("Pay and write the voucher")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        def work() -> ClaimRow:
            on = self.on.value()
            assert on is not None
            return pay_claim(self.session.db, self.session.user, self.row.claim.claim_no, on,
                             str(self.account.currentData()), self.payee.text().strip() or None,
                             self.payee_id.text().strip() or None)

        paid = ops.run_now(self, work)
        if paid is not None:
            self.paid = paid
            self.session.saved()
            forms.inform(self, tr(N_("Claim paid")),
                         tr(N_("Paid {amount} baht with voucher {voucher}"),
                            amount=baht(paid.approved_amount or 0), voucher=paid.voucher_no))
            self.accept()


def _heir_note(row: ClaimListRow) -> str:
    if row.payee is None:
        return tr(N_("{member} named no beneficiary: type the name of the heir who receives "
                     "the money"), member=row.member_name)
    return tr(N_("Paid to the beneficiary of {member}: {name} ({relation})"),
              member=row.member_name, name=row.payee.name, relation=row.payee.relation or "-")
