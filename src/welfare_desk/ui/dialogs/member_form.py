"""Registering a member: every field of the register, checked as it is typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import (
    CATEGORY_NAMES,
    TITLES,
    Address,
    Beneficiary,
    Category,
    Gender,
    MemberRecord,
)
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import format_national_id
from welfare_desk.services.members import MemberForm, register_member, update_member
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, tr
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit, NationalIdEdit
from welfare_desk.ui.widgets.forms import button_box, heading

GENDER_NAMES = {Gender.MALE: N_("male"), Gender.FEMALE: N_("female"),
                Gender.UNSPECIFIED: N_("not stated")}


class BeneficiaryTable(QTableWidget):
    """Who receives the death benefit: name, relation, share in percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([tr(N_("Name")), tr(N_("Relation")),
                                        tr(N_("Share %"))])
        # The name takes the room; relation and share are as wide as their headers.
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setMaximumHeight(130)

    def add_row(self) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 2, QTableWidgetItem("100" if row == 0 else ""))
        self.setCurrentCell(row, 0)

    def beneficiaries(self) -> tuple[Beneficiary, ...]:
        result = []
        for row in range(self.rowCount()):
            cells = [(self.item(row, c).text().strip() if self.item(row, c) else "")
                     for c in range(3)]
            if not cells[0] and not cells[1]:
                continue  # an added row left empty (its share is prefilled)
            share = cells[2].translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
            if not share.isdigit():
                raise UserError(N_("A beneficiary's share is a whole percent, not '{text}'"),
                                text=cells[2])
            result.append(Beneficiary(cells[0], cells[1], None, int(share)))
        return tuple(result)


class MemberFormDialog(QDialog):
    """A new member, or (given ``member``) the correction of one's particulars."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 member: MemberRecord | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing = member
        self.saved: MemberRecord | None = None
        self.setObjectName("member_form")
        title = (tr(N_("Correct member {no}'s particulars"), no=member.member_no) if member
                 else tr(N_("New member")))
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        columns = QHBoxLayout()
        columns.addLayout(self._person_fields(), 1)
        columns.addLayout(self._fund_fields(), 1)
        layout.addLayout(columns)
        layout.addWidget(QLabel(tr(N_("Beneficiaries (for the death benefit)"))))
        self.beneficiaries = BeneficiaryTable()
        layout.addWidget(self.beneficiaries)
        add = QPushButton(tr(N_("Add a beneficiary")))
        add.clicked.connect(self.beneficiaries.add_row)
        layout.addWidget(add)
        buttons = button_box(tr(N_("Save the correction")) if member else tr(N_("Register")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if member is not None:
            self._fill(member)
        self.first_name.setFocus()

    def _fill(self, m: MemberRecord) -> None:
        self.title_.setCurrentText(m.title)
        self.first_name.setText(m.first_name)
        self.last_name.setText(m.last_name)
        self.national_id.setText(format_national_id(m.national_id) if m.national_id else "")
        self.birth_date.set_date(m.birth_date)
        self.gender.setCurrentIndex(self.gender.findData(m.gender))
        self.phone.setText(m.phone)
        self.house_no.setText(m.address.house_no)
        self.joined.set_date(m.joined_on)
        self.village.setCurrentIndex(max(self.village.findData(m.village_no), 0))
        self.entry_fee.set_amount(m.entry_fee or None)
        for category, box in self.categories.items():
            box.setChecked(category in m.categories)
        for b in m.beneficiaries:
            self.beneficiaries.add_row()
            row = self.beneficiaries.rowCount() - 1
            for column, value in enumerate((b.name, b.relation, str(b.share_percent))):
                self.beneficiaries.setItem(row, column, QTableWidgetItem(value))
        # Joining, the entry fee and the plan move money: they have their own commands.
        for widget in (self.joined, self.entry_fee, self.plan):
            widget.setEnabled(False)

    def _person_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.title_ = QComboBox()
        self.title_.setEditable(True)
        self.title_.addItems(list(TITLES))
        self.title_.currentTextChanged.connect(self._title_changed)
        self.first_name = QLineEdit()
        self.first_name.setObjectName("first_name")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("last_name")
        self.national_id = NationalIdEdit()
        self.national_id.setObjectName("national_id")
        self.birth_date = DateEdit(required=False)
        self.birth_date.setObjectName("birth_date")
        self.gender = QComboBox()
        for gender, name in GENDER_NAMES.items():
            self.gender.addItem(tr(name), gender)
        self.phone = QLineEdit()
        self.house_no = QLineEdit()
        for label, widget in ((N_("Title *"), self.title_), (N_("First name *"), self.first_name),
                              (N_("Last name *"), self.last_name),
                              (N_("National ID"), self.national_id),
                              (N_("Born (B.E.)"), self.birth_date), (N_("Gender"), self.gender),
                              (N_("Phone"), self.phone), (N_("House no."), self.house_no)):
            form.addRow(tr(label), widget)
        self._title_changed(self.title_.currentText())
        return form

    def _fund_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.joined = DateEdit(date.today())
        self.joined.setObjectName("joined")
        self.village = QComboBox()
        self.village.setObjectName("village")
        self.plan = QComboBox()
        with self.session.db.read() as repos:
            fund_id = repos.fund_id()
            villages = repos.funds.villages(fund_id)
            plans = repos.funds.dues_plans(fund_id)
        for v in villages:
            self.village.addItem(tr(N_("Moo {moo} {name}"), moo=v.moo, name=v.name), v.moo)
        for plan in sorted(plans.values(), key=lambda p: p.months_per_instalment):
            self.plan.addItem(f"{plan.name} ({baht(plan.amount)})", plan.code)
        self.entry_fee = MoneyEdit(required=False)
        self.entry_fee.setObjectName("entry_fee")
        self.categories: dict[Category, QCheckBox] = {}
        boxes = QGridLayout()
        for n, (category, name) in enumerate(CATEGORY_NAMES.items()):
            box = QCheckBox(tr(name))
            box.setChecked(category == Category.GENERAL)
            self.categories[category] = box
            boxes.addWidget(box, n // 2, n % 2)
        for label, widget in ((N_("Joined (B.E.) *"), self.joined),
                              (N_("Village *"), self.village), (N_("Dues plan *"), self.plan),
                              (N_("Entry fee (baht)"), self.entry_fee)):
            form.addRow(tr(label), widget)
        form.addRow(tr(N_("Groups")), boxes)
        return form

    def _title_changed(self, title: str) -> None:
        gender = TITLES.get(title.strip())
        if gender is not None:
            self.gender.setCurrentIndex(self.gender.findData(gender))

    def form(self) -> MemberForm:
        birth = self.birth_date.value()
        joined = self.joined.value()
        assert joined is not None
        return MemberForm(
            title=self.title_.currentText().strip(), first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(), birth_date=birth, joined_on=joined,
            village_no=int(self.village.currentData() or 0),
            national_id=self.national_id.value(), gender=Gender(self.gender.currentData()),
            address=Address(house_no=self.house_no.text().strip(),
                            moo=int(self.village.currentData() or 0) or None),
            phone=self.phone.text().strip(), entry_fee=self.entry_fee.value() or 0,
            categories=frozenset(c for c, box in self.categories.items() if box.isChecked()),
            beneficiaries=self.beneficiaries.beneficiaries(),
            plan_code=str(self.plan.currentData()))

    def save(self) -> None:
        db, user, editing = self.session.db, self.session.user, self.editing
        record = ops.run_now(self, lambda: (
            update_member(db, user, editing.member_no, self.form()) if editing
            else register_member(db, user, self.form())))
        if record is not None:
            self.saved = record
            self.session.saved()
            self.accept()


