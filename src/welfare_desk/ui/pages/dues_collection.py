"""Collection day: one village's members on one sheet; tick who paid, confirm once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import receipt_label
from welfare_desk.ledger.money import parse_positive_baht
from welfare_desk.ledger.text import N_
from welfare_desk.services.collection import SheetLine, collection_sheet
from welfare_desk.services.dues import take_collection_day
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, count, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.fields import DateEdit
from welfare_desk.ui.widgets.forms import action_button

NAME_COLUMN, AMOUNT_COLUMN = 2, 3


class CollectionDayTab(QWidget):
    def __init__(self, session: Session, account: QComboBox) -> None:
        super().__init__()
        self.session = session
        self.lines: list[SheetLine] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.village = QComboBox()
        self.village.setObjectName("collection_village")
        self.paid_on = DateEdit(date.today())
        self.account = account
        load = action_button(tr(N_("Show the sheet")))
        load.clicked.connect(self.load)
        for label, widget in ((N_("Village"), self.village),
                              (N_("Received on (B.E.)"), self.paid_on),
                              (N_("Into"), self.account)):
            top.addWidget(QLabel(tr(label)))
            top.addWidget(widget)
        top.addWidget(load)
        top.addStretch(1)
        layout.addLayout(top)
        self.sheet = QTableWidget(0, 5)
        self.sheet.setObjectName("collection_sheet")
        self.sheet.setHorizontalHeaderLabels([tr(N_("Paid")), tr(N_("No.")), tr(N_("Name")),
                                              tr(N_("Amount (baht)")), tr(N_("Owed before"))])
        # Each column as wide as its header or its cells, whichever is wider (an empty
        # sheet too); the names take the rest.
        header = self.sheet.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.sheet.itemChanged.connect(lambda _item: self._update_total())
        layout.addWidget(self.sheet, 1)
        bottom = QHBoxLayout()
        self.total = QLabel("")
        self.confirm_button = action_button(tr(N_("Record the ticked payments")), "Ctrl+S")
        self.confirm_button.setObjectName("record_collection")
        self.confirm_button.clicked.connect(self.record)
        self.confirm_button.setEnabled(session.can("write"))
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.confirm_button)
        layout.addLayout(bottom)

    def refresh_villages(self) -> None:
        current = self.village.currentData()
        self.village.clear()
        with self.session.db.read() as repos:
            for v in repos.funds.villages(repos.fund_id()):
                self.village.addItem(tr(N_("Moo {moo} {name}"), moo=v.moo, name=v.name), v.moo)
        self.village.setCurrentIndex(max(self.village.findData(current), 0))

    def load(self) -> None:
        on = ops.run_now(self, self.paid_on.value)
        if on is None or self.village.currentData() is None:
            return
        self.lines = collection_sheet(self.session.db, int(self.village.currentData()), on)
        self.sheet.blockSignals(True)
        self.sheet.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            cells = [tick, QTableWidgetItem(str(line.member_no)), QTableWidgetItem(line.name),
                     QTableWidgetItem(baht(line.plan.amount)), QTableWidgetItem(baht(line.owed))]
            for column, item in enumerate(cells):
                if column >= AMOUNT_COLUMN:  # money, right-aligned as in the book
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column != AMOUNT_COLUMN and column != 0:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.sheet.setItem(row, column, item)
        self.sheet.blockSignals(False)
        self._update_total()

    def set_paid(self, row: int, paid: bool = True) -> None:
        item = self.sheet.item(row, 0)
        item.setCheckState(Qt.CheckState.Checked if paid else Qt.CheckState.Unchecked)

    def ticked(self) -> list[tuple[int, int]]:
        """(member no., amount) of every ticked row; a bad amount raises UserError."""
        payments = []
        for row, line in enumerate(self.lines):
            if self.sheet.item(row, 0).checkState() == Qt.CheckState.Checked:
                text = self.sheet.item(row, AMOUNT_COLUMN).text()
                try:
                    payments.append((line.member_no, parse_positive_baht(text)))
                except UserError:
                    self.sheet.setCurrentCell(row, AMOUNT_COLUMN)  # show which line
                    raise
        return payments

    def _prepare(self) -> tuple[list[tuple[int, int]], date]:
        payments = self.ticked()
        if not payments:
            raise UserError(N_("Tick at least one member who paid"))
        on = self.paid_on.value()
        assert on is not None
        return payments, on

    def _update_total(self) -> None:
        try:
            payments = self.ticked()
        except UserError:
            self.total.setText(tr(N_("An amount is not right")))
            return
        self.total.setText(tr(N_("{people} members ticked, {amount} baht in all"),
                              people=count(len(payments)),
                              amount=baht(sum(a for _, a in payments))))

    def record(self) -> None:
        prepared = ops.run_now(self, self._prepare)
        if prepared is None:
            return
        payments, on = prepared
        question = tr(N_("Record {people} payments, {amount} baht in all, on {date}?"),
                      people=count(len(payments)), amount=baht(sum(a for _, a in payments)),
                      date=self.paid_on.text())
        if not forms.confirm(self, tr(N_("Collection day")), question, tr(N_("Record"))):
            return
        receipts = ops.run_now(self, lambda: take_collection_day(
            self.session.db, self.session.user, payments, on, str(self.account.currentData())))
        if receipts is None:
            return
        self.session.saved()
        first, last = receipts[0], receipts[-1]
        forms.inform(self, tr(N_("Collection day")),
                     tr(N_("Recorded {people} payments: receipts {first} to {last}"),
                        people=count(len(receipts)),
                        first=receipt_label(first.book_no, first.number_in_book),
                        last=receipt_label(last.book_no, last.number_in_book)))
        self.load()
