"""Filing a claim: the member, the benefit, the event; the decision comes back at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.db.repos.claims import ClaimRow
from welfare_desk.ledger.benefit_rules import Regulation
from welfare_desk.ledger.claim_case import ClaimFacts
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.services.claims import file_claim
from welfare_desk.services.regulation import current_regulation
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import day, language, tr
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit
from welfare_desk.ui.widgets.forms import button_box, heading, note
from welfare_desk.ui.widgets.member_picker import MemberPicker


class FileClaimDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filed: ClaimRow | None = None
        self.regulation: Regulation = current_regulation(session.db)
        self.setObjectName("file_claim_dialog")
        self.setWindowTitle(tr(N_("File a claim")))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("File a claim"))))
        form = QFormLayout()
        self.picker = MemberPicker(session)
        self.benefit = QComboBox()
        self.benefit.setObjectName("claim_benefit")
        for benefit in self.regulation.benefit_types:
            if self.regulation.latest(benefit.code) is not None:
                name = benefit.name_th if language() == "th" else benefit.name_en
                self.benefit.addItem(name, benefit.code)
        self.event_date = DateEdit()
        self.event_date.setObjectName("claim_event_date")
        self.filed_on = DateEdit(date.today())
        self.nights = QSpinBox()
        self.nights.setRange(0, 365)
        self.nights.setObjectName("claim_nights")
        self.amount = MoneyEdit(required=False)
        self.details = QLineEdit()
        self.documents_box = QVBoxLayout()
        self.documents: list[QCheckBox] = []
        self.rule_note = note("")
        for label, widget in ((N_("Member *"), self.picker), (N_("Benefit *"), self.benefit),
                              (N_("Event date (B.E.) *"), self.event_date),
                              (N_("Filed on (B.E.) *"), self.filed_on),
                              (N_("Nights in hospital"), self.nights),
                              (N_("Amount asked (baht)"), self.amount),
                              (N_("Details"), self.details)):
            form.addRow(tr(label), widget)
        form.addRow(tr(N_("Documents received")), self.documents_box)
        form.addRow("", self.rule_note)
        layout.addLayout(form)
        buttons = button_box(tr(N_("File and assess")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.benefit.currentIndexChanged.connect(lambda _i: self._show_rule())
        self.event_date.textChanged.connect(lambda _t: self._show_rule())
        self._show_rule()
        self.picker.edit.setFocus()

    def _show_rule(self) -> None:
        """The documents the rule in force asks for, as boxes to tick."""
        code = str(self.benefit.currentData())
        on = date.today()
        if self.event_date.is_valid() and self.event_date.text().strip():
            on = self.event_date.value() or on
        rule = self.regulation.rule_in_force(code, on) or self.regulation.latest(code)
        for box in self.documents:
            self.documents_box.removeWidget(box)
            box.deleteLater()
        self.documents = []
        for document in rule.required_documents if rule else ():
            box = QCheckBox(document)
            self.documents.append(box)
            self.documents_box.addWidget(box)
        self.rule_note.setText(tr(N_("Rule in force: version {version} from {date}"),
                                  version=rule.version, date=day(rule.effective_from))
                               if rule else "")

    def facts(self) -> ClaimFacts:
        event, filed = self.event_date.value(), self.filed_on.value()
        assert event is not None and filed is not None
        return ClaimFacts(str(self.benefit.currentData()), event, filed,
                          self.nights.value() or None,
                          frozenset(box.text() for box in self.documents if box.isChecked()),
                          self.amount.value())

    def save(self) -> None:
        def work() -> ClaimRow:
            member = self.picker.member
            if member is None:
                raise UserError(N_("Choose the member first"))
            return file_claim(self.session.db, self.session.user, member.member_no,
                              self.facts(), self.details.text())

        claim = ops.run_now(self, work)
        if claim is not None:
            self.filed = claim
            self.session.saved()
            self.accept()
