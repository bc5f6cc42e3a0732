"""Benefits: claims filed, the eligibility decision with its reasons, decide, pay."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSplitter, QTextBrowser

from welfare_desk.ledger.text import N_
from welfare_desk.services.claims import ClaimListRow, claim_list
from welfare_desk.ui import printouts
from welfare_desk.ui.claim_text import assessment_html, claim_state
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, tr
from welfare_desk.ui.widgets.forms import action_button

RECENT_DAYS = 400


class ClaimsPage(Page):
    page_id = "claims"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("Benefits")))
        self.rows: list[ClaimListRow] = []
        top = QHBoxLayout()
        self.which = QComboBox()
        self.which.setObjectName("claims_which")
        self.which.addItem(tr(N_("Waiting for a decision or payment")), True)
        self.which.addItem(tr(N_("All claims of the last 13 months")), False)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.layout_.addWidget(self.which)
        top.addStretch(1)
        self.file_button = action_button(tr(N_("File a claim")), "Ctrl+N")
        self.file_button.setObjectName("file_claim")
        self.decide_button = action_button(tr(N_("Decide")), "Ctrl+D")
        self.decide_button.setObjectName("decide_claim")
        self.pay_button = action_button(tr(N_("Pay")), "Ctrl+J")
        self.pay_button.setObjectName("pay_claim")
        self.voucher_button = action_button(tr(N_("Print the voucher")), "Ctrl+P")
        self.voucher_button.clicked.connect(self.print_voucher)
        self.form_button = action_button(tr(N_("Print the claim form")))
        self.form_button.clicked.connect(self.print_form)
        for button, permission, slot in ((self.file_button, "file_claim", self.file_claim),
                                         (self.decide_button, "decide_claim", self.decide),
                                         (self.pay_button, "pay", self.pay)):
            button.setEnabled(session.can(permission))
            button.clicked.connect(slot)
            top.addWidget(button)
        top.addWidget(self.form_button)
        top.addWidget(self.voucher_button)
        self.layout_.addLayout(top)
        # The date filed and the date paid are in the detail, the state is short, and
        # the event date comes last: what does not fit beside the detail on a
        # 1366-pixel screen is the date the detail's title repeats.
        self.model = RowsModel([tr(N_("Claim")), tr(N_("Member")), tr(N_("Benefit")),
                                tr(N_("State")), tr(N_("Amount")), tr(N_("Event"))],
                               right_aligned=[4])
        self.table = table_view(self.model)  # names whole: the list scrolls before it cuts
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setObjectName("claims_table")
        self.detail = QTextBrowser()
        self.detail.setObjectName("claim_detail")
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 320])
        self.detail.setMinimumWidth(280)
        self.layout_.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_detail())

    def refresh(self) -> None:
        open_only = bool(self.which.currentData())
        self.rows = claim_list(self.session.db, date.today() - timedelta(days=RECENT_DAYS),
                               open_only)
        self.model.set_rows([(r.claim.claim_no, f"{r.member_no} {r.member_name}",
                              r.benefit_name, claim_state(r.claim, short=True),
                              self._amount(r), day(r.claim.event_date))
                             for r in self.rows],
                            keys=[r.claim.claim_no for r in self.rows])
        if self.rows:
            self.table.selectRow(0)
        self.show_detail()

    @staticmethod
    def _amount(row: ClaimListRow) -> str:
        claim = row.claim
        if claim.approved_amount:
            return baht(claim.approved_amount)
        assessed = claim.assessment.get("amount")
        return baht(int(assessed)) if assessed else ""

    def selected(self) -> ClaimListRow | None:
        claim_no = selected_key(self.table)
        return next((r for r in self.rows if r.claim.claim_no == claim_no), None)

    def select_claim(self, claim_no: str) -> None:
        for row, r in enumerate(self.rows):
            if r.claim.claim_no == claim_no:
                self.table.selectRow(row)

    def show_detail(self) -> None:
        row = self.selected()
        self.detail.setHtml(assessment_html(row.claim, row.benefit_name) if row else "")
        self.voucher_button.setEnabled(bool(row and row.claim.voucher_no))
        self.form_button.setEnabled(row is not None)

    def print_form(self) -> None:
        row = self.selected()
        if row is not None:
            printouts.print_claim_form(self, self.session, row.claim.claim_no)

    def print_voucher(self) -> None:
        row = self.selected()
        if row is None or not row.claim.voucher_no:
            return
        printouts.print_voucher(self, self.session, row.claim.voucher_no)

    def file_claim(self) -> None:
        from welfare_desk.ui.dialogs.claim_file import FileClaimDialog

        dialog = FileClaimDialog(self.session, self)
        if dialog.exec() and dialog.filed is not None:
            self.which.setCurrentIndex(0)
            self.refresh()
            self.select_claim(dialog.filed.claim_no)

    def decide(self) -> None:
        from welfare_desk.ui.dialogs.claim_decide import DecideDialog

        row = self.selected()
        if row is not None and DecideDialog(self.session, row, self).exec():
            self.refresh()
            self.select_claim(row.claim.claim_no)

    def pay(self) -> None:
        from welfare_desk.ui.dialogs.claim_decide import PayDialog

        row = self.selected()
        if row is not None and PayDialog(self.session, row, self).exec():
            self.refresh()
