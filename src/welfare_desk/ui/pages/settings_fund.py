"""Settings → the fund's profile and its villages (หมู่บ้าน)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.fund import FundProfile, Village
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import ProfileChange, set_village, update_fund_profile
from welfare_desk.ui import ops
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import count, month, tr
from welfare_desk.ui.widgets.fields import DateEdit
from welfare_desk.ui.widgets.forms import action_button, note

MAX_VILLAGES = 99


class FundTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.villages: list[Village] = []
        row = QHBoxLayout(self)
        row.addWidget(self._profile_box(), 1)
        row.addWidget(self._villages_box(), 1)
        self.refresh()

    # The profile -------------------------------------------------------------------
    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(tr(N_("The fund")))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.code = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("fund_name")
        self.tambon = QLineEdit()
        self.amphoe = QLineEdit()
        self.province = QLineEdit()
        self.founded = DateEdit(required=False)
        self.founded.setObjectName("fund_founded")
        self.fiscal_year = QLabel()
        self.receipts = QLabel()
        self.lapse = QLabel()
        for label, widget in ((N_("Fund code (CODI)"), self.code),
                              (N_("Fund name *"), self.name), (N_("Tambon *"), self.tambon),
                              (N_("Amphoe *"), self.amphoe), (N_("Province *"), self.province),
                              (N_("Founded (B.E.)"), self.founded),
                              (N_("Fiscal year starts"), self.fiscal_year),
                              (N_("Receipt books"), self.receipts),
                              (N_("Lapse rule"), self.lapse)):
            form.addRow(tr(label), widget)
        layout.addLayout(form)
        layout.addWidget(note(tr(N_(
            "The fund code, the fiscal year and the receipt numbering shape the books "
            "already kept, so they cannot be changed here."))))
        self.save_profile_button = action_button(tr(N_("Save the fund's details")))
        self.save_profile_button.setObjectName("save_profile")
        self.save_profile_button.clicked.connect(self.save_profile)
        self.save_profile_button.setEnabled(self.session.can("settings"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_profile_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for edit in (self.name, self.tambon, self.amphoe, self.province, self.founded):
            edit.setReadOnly(not self.session.can("settings"))
        return box

    def _show_profile(self, p: FundProfile) -> None:
        self.code.setText(p.code)
        self.name.setText(p.name)
        self.tambon.setText(p.tambon)
        self.amphoe.setText(p.amphoe)
        self.province.setText(p.province)
        self.founded.set_date(p.founded_on)
        start_month, start_day = p.fiscal_year_start
        self.fiscal_year.setText(f"{start_day} {month(2000, start_month).split(' ')[0]}")
        self.receipts.setText(tr(N_("{size} receipts a book, the first book is no. {first}"),
                                 size=count(p.receipt_book_size), first=p.first_receipt_book))
        self.lapse.setText(tr(N_("a member lapses after missing {n} instalments"),
                              n=p.lapse_after_missed))

    def profile_change(self) -> ProfileChange:
        return ProfileChange(self.name.text(), self.tambon.text(), self.amphoe.text(),
                             self.province.text(), self.founded.value())

    def save_profile(self) -> None:
        db, user = self.session.db, self.session.user
        profile = ops.run_now(self, lambda: update_fund_profile(db, user, self.profile_change()))
        if profile is not None:
            self.session.saved()

    # Villages ----------------------------------------------------------------------
    def _villages_box(self) -> QGroupBox:
        box = QGroupBox(tr(N_("Villages (หมู่ที่)")))
        layout = QVBoxLayout(box)
        self.village_model = RowsModel([tr(N_("Moo")), tr(N_("Village name"))], right_aligned=[0])
        self.village_table = table_view(self.village_model, stretch_column=1)
        self.village_table.setObjectName("village_table")
        self.village_table.clicked.connect(lambda _i: self._village_picked())
        self.village_table.activated.connect(lambda _i: self._village_picked())
        layout.addWidget(self.village_table, 1)
        layout.addWidget(note(tr(N_(
            "To rename a village, pick it in the list, change its name and save. "
            "A new number adds a village."))))
        form = QHBoxLayout()
        self.moo = QSpinBox()
        self.moo.setObjectName("village_moo")
        self.moo.setRange(1, MAX_VILLAGES)
        self.moo.setPrefix(tr(N_("Moo ")))
        self.village_name = QLineEdit()
        self.village_name.setObjectName("village_name")
        self.village_name.setPlaceholderText(tr(N_("Village name, e.g. บ้านหนองบัว")))
        self.village_name.returnPressed.connect(self.save_village)
        self.save_village_button = action_button(tr(N_("Save village")))
        self.save_village_button.setObjectName("save_village")
        self.save_village_button.clicked.connect(self.save_village)
        can = self.session.can("settings")
        for widget in (self.moo, self.village_name, self.save_village_button):
            widget.setEnabled(can)
            form.addWidget(widget)
        form.setStretch(1, 1)
        layout.addLayout(form)
        return box

    def _village_picked(self) -> None:
        moo = selected_key(self.village_table)
        village = next((v for v in self.villages if v.moo == moo), None)
        if village is not None:
            self.moo.setValue(village.moo)
            self.village_name.setText(village.name)

    def save_village(self) -> None:
        if not self.save_village_button.isEnabled():
            return
        db, user = self.session.db, self.session.user
        moo, name = self.moo.value(), self.village_name.text()

        def work() -> bool:
            set_village(db, user, moo, name)
            return True

        if ops.run_now(self, work):
            self.village_name.clear()
            self.session.saved()

    def refresh(self) -> None:
        self._show_profile(self.session.fund)
        with self.session.db.read() as repos:
            self.villages = sorted(repos.funds.villages(repos.fund_id()), key=lambda v: v.moo)
        self.village_model.set_rows([(str(v.moo), v.name) for v in self.villages],
                                    [v.moo for v in self.villages])
        if not self.village_name.text():
            self.moo.setValue(min(max((v.moo for v in self.villages), default=0) + 1,
                                  MAX_VILLAGES))
