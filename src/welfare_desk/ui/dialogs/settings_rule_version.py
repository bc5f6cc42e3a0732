"""A new version of one benefit's rule (แก้ไขเพิ่มเติม), prefilled from the latest."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.benefits import (
    ACTIVE_ONLY,
    AmountForm,
    Fixed,
    PerNight,
    Regulation,
    RuleVersion,
    TiersByMembershipYears,
)
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import CATEGORY_NAMES, STATUS_NAMES, Gender
from welfare_desk.ledger.money import format_baht, parse_positive_baht
from welfare_desk.ledger.text import N_
from welfare_desk.services.regulation import add_rule_version
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.member_form import GENDER_NAMES
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import language, tr
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit
from welfare_desk.ui.widgets.forms import button_box, heading, note

K = TypeVar("K")
FORMS = (("fixed", N_("the same amount each claim")), ("per_night", N_("a rate per night")),
         ("tiers", N_("by years of membership")))


class OptionalSpin(QSpinBox):
    """A whole number or "no limit" (the lowest position)."""

    def __init__(self, lowest: int, highest: int, suffix: str = "") -> None:
        super().__init__()
        self.setRange(lowest - 1, highest)
        self.setSpecialValueText(tr(N_("no limit")))
        self.setMaximumWidth(160)
        if suffix:
            self.setSuffix(f" {suffix}")

    def set(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def get(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()


class TiersTable(QTableWidget):
    """(years of membership, baht) rows for a tiered amount."""

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setHorizontalHeaderLabels([tr(N_("Member for (years)")),
                                        tr(N_("Amount (baht)"))])
        self.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)

    def set_tiers(self, tiers: tuple[tuple[int, int], ...]) -> None:
        self.setRowCount(0)
        for years, amount in tiers:
            self.add_row(str(years), format_baht(amount))

    def add_row(self, years: str = "", amount: str = "") -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(years))
        self.setItem(row, 1, QTableWidgetItem(amount))

    def tiers(self) -> tuple[tuple[int, int], ...]:
        result = []
        for row in range(self.rowCount()):
            cells = [(self.item(row, c).text().strip() if self.item(row, c) else "")
                     for c in range(2)]
            if not any(cells):
                continue
            years = cells[0].translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
            if not years.isdigit():
                raise UserError(N_("Years of membership are a whole number, not '{text}'"),
                                text=cells[0])
            result.append((int(years), parse_positive_baht(cells[1])))
        return tuple(result)


class RuleVersionDialog(QDialog):
    def __init__(self, session: Session, regulation: Regulation, benefit_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.benefit_code = benefit_code
        self.number = regulation.next_version_number(benefit_code)
        self.latest = regulation.latest(benefit_code)
        self.saved: RuleVersion | None = None
        self.setObjectName("rule_version_form")
        benefit = regulation.benefit_type(benefit_code)
        name = (benefit.name_en if language() == "en" else benefit.name_th) if benefit else ""
        title = tr(N_("{benefit}: new version {version}"), benefit=name, version=self.number)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(note(tr(N_(
            "Filled in from the latest version: change what the amended regulation says. "
            "Claims for events from the effective date on are judged by this version; "
            "earlier events keep the earlier version."))))
        columns = QHBoxLayout()
        columns.addLayout(self._main_fields(), 1)
        columns.addLayout(self._condition_fields(), 1)
        layout.addLayout(columns)
        buttons = button_box(tr(N_("Save the new version")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.latest is not None:
            self._fill(self.latest)
        else:
            for status in ACTIVE_ONLY:
                self.statuses[status].setChecked(True)
        self.effective.setFocus()

    def _main_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.effective = DateEdit()
        self.effective.setObjectName("rule_effective")
        self.clause = QLineEdit()
        self.clause.setObjectName("rule_clause")
        self.clause.setPlaceholderText(tr(N_("e.g. ข้อ 11")))
        self.amendment = QLineEdit()
        self.amendment.setObjectName("rule_amendment")
        self.amendment.setPlaceholderText(tr(N_("e.g. แก้ไขเพิ่มเติมครั้งที่ 2")))
        self.form_kind = QComboBox()
        self.form_kind.setObjectName("rule_form")
        for key, label in FORMS:
            self.form_kind.addItem(tr(label), key)
        self.fixed = MoneyEdit()
        self.fixed.setObjectName("rule_amount")
        self.rate = MoneyEdit()
        self.rate.setObjectName("rule_rate")
        self.nights = OptionalSpin(1, 365, tr(N_("nights")))
        self.tiers = TiersTable()
        add_tier = QPushButton(tr(N_("Add a tier")))
        add_tier.clicked.connect(lambda: self.tiers.add_row())
        self.amount_pages = QStackedWidget()
        for rows in (((N_("Baht a claim *"), self.fixed),),
                     ((N_("Baht a night *"), self.rate), (N_("Most nights a claim"),
                                                          self.nights)),
                     ((None, self.tiers), (None, add_tier))):
            page = QWidget()
            box = QFormLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            for label, widget in rows:
                if label is None:
                    box.addRow(widget)
                else:
                    box.addRow(tr(label), widget)
            self.amount_pages.addWidget(page)
        self.form_kind.currentIndexChanged.connect(self.amount_pages.setCurrentIndex)
        for label, widget in ((N_("In force from (B.E.) *"), self.effective),
                              (N_("Clause (ข้อ) *"), self.clause),
                              (N_("Amendment"), self.amendment),
                              (N_("Amount is"), self.form_kind)):
            form.addRow(tr(label), widget)
        form.addRow(self.amount_pages)
        self.documents = QPlainTextEdit()
        self.documents.setObjectName("rule_documents")
        self.documents.setMaximumHeight(80)
        form.addRow(tr(N_("Documents (one a line)")), self.documents)
        return form

    def _condition_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.waiting = QSpinBox()
        self.waiting.setObjectName("rule_waiting")
        self.waiting.setRange(0, 3650)
        self.waiting.setSuffix(f" {tr(N_('days'))}")
        self.waiting.setMaximumWidth(160)
        self.caps = [MoneyEdit(required=False) for _ in range(3)]
        self.times_year = OptionalSpin(1, 365)
        self.times_life = OptionalSpin(1, 999)
        self.min_age = OptionalSpin(0, 150)
        self.max_age = OptionalSpin(0, 150)
        self.member_years = OptionalSpin(0, 100)
        self.deadline = OptionalSpin(0, 3650, tr(N_("days")))
        for label, widget in ((N_("Waiting period after joining"), self.waiting),
                              (N_("Cap per claim (baht)"), self.caps[0]),
                              (N_("Cap per year (baht)"), self.caps[1]),
                              (N_("Cap per lifetime (baht)"), self.caps[2]),
                              (N_("Most claims a year"), self.times_year),
                              (N_("Most claims in a lifetime"), self.times_life),
                              (N_("Minimum age"), self.min_age),
                              (N_("Maximum age"), self.max_age),
                              (N_("Years of membership at least"), self.member_years),
                              (N_("Claim within (days of the event)"), self.deadline)):
            form.addRow(tr(label), widget)
        self.genders = self._boxes(form, N_("Only for"),
                                   {g: GENDER_NAMES[g] for g in (Gender.FEMALE, Gender.MALE)})
        self.categories = self._boxes(form, N_("Member groups (any of)"), CATEGORY_NAMES)
        self.statuses = self._boxes(form, N_("Members who may claim"), STATUS_NAMES)
        return form

    def _boxes(self, form: QFormLayout, label: str, names: dict[K, str]) -> dict[K, QCheckBox]:
        grid = QGridLayout()
        boxes = {key: QCheckBox(tr(name)) for key, name in names.items()}
        for n, box in enumerate(boxes.values()):
            grid.addWidget(box, n // 3, n % 3)
        form.addRow(tr(label), grid)
        return boxes

    def _fill(self, r: RuleVersion) -> None:
        self.clause.setText(r.clause)
        amount = r.amount
        if isinstance(amount, Fixed):
            self.form_kind.setCurrentIndex(0)
            self.fixed.set_amount(amount.amount)
        elif isinstance(amount, PerNight):
            self.form_kind.setCurrentIndex(1)
            self.rate.set_amount(amount.rate)
            self.nights.set(amount.max_nights)
        else:
            self.form_kind.setCurrentIndex(2)
            self.tiers.set_tiers(amount.tiers)
        self.waiting.setValue(r.waiting_days)
        for edit, cap in zip(self.caps, (r.cap_per_event, r.cap_per_year, r.cap_lifetime),
                             strict=True):
            edit.set_amount(cap)
        for spin, value in ((self.times_year, r.max_times_per_year),
                            (self.times_life, r.max_times_lifetime), (self.min_age, r.min_age),
                            (self.max_age, r.max_age),
                            (self.member_years, r.min_membership_years),
                            (self.deadline, r.claim_deadline_days)):
            spin.set(value)
        self.documents.setPlainText("\n".join(r.required_documents))
        for chosen, boxes in ((r.genders, self.genders), (r.categories_any, self.categories),
                              (r.allowed_statuses, self.statuses)):
            for key, box in boxes.items():
                box.setChecked(key in chosen)

    def _amount(self) -> AmountForm:
        kind = self.form_kind.currentData()
        if kind == "fixed":
            return Fixed(self.fixed.value() or 0)
        if kind == "per_night":
            return PerNight(self.rate.value() or 0, self.nights.get())
        return TiersByMembershipYears(self.tiers.tiers())

    def version(self) -> RuleVersion:
        effective = self.effective.value()
        assert effective is not None
        statuses = frozenset(s for s, box in self.statuses.items() if box.isChecked())
        return RuleVersion(
            benefit_code=self.benefit_code, version=self.number, effective_from=effective,
            clause=self.clause.text().strip(), amendment=self.amendment.text().strip(),
            amount=self._amount(), waiting_days=self.waiting.value(),
            cap_per_event=self.caps[0].value(), cap_per_year=self.caps[1].value(),
            cap_lifetime=self.caps[2].value(), max_times_per_year=self.times_year.get(),
            max_times_lifetime=self.times_life.get(), min_age=self.min_age.get(),
            max_age=self.max_age.get(), min_membership_years=self.member_years.get(),
            claim_deadline_days=self.deadline.get(),
            genders=frozenset(g for g, box in self.genders.items() if box.isChecked()),
            categories_any=frozenset(c for c, box in self.categories.items()
                                     if box.isChecked()),
            required_documents=tuple(line.strip() for line in
                                     self.documents.toPlainText().splitlines() if line.strip()),
            allowed_statuses=statuses)

    def save(self) -> None:
        db, user = self.session.db, self.session.user
        regulation = ops.run_now(self, lambda: add_rule_version(db, user, self.version()))
        if regulation is not None:
            self.saved = regulation.latest(self.benefit_code)
            self.session.saved()
            self.accept()

