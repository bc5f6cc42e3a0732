"""A manual journal entry: lines of debit and credit, balanced before it can be saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.journal import Posting
from welfare_desk.ledger.text import N_
from welfare_desk.services.books import post_manual_entry
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.books_common import account_label, chart
from welfare_desk.ui.errors import user_message
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, tr
from welfare_desk.ui.widgets.fields import DateEdit, MoneyEdit
from welfare_desk.ui.widgets.forms import action_button, button_box, heading, note

FIRST_LINES = 4
ACCOUNT, DEBIT, CREDIT = 0, 1, 2
_BALANCED = "color: #2e7d32; font-weight: bold;"
_UNBALANCED = "color: #c62828; font-weight: bold;"


class EntryLines(QTableWidget):
    """Account (chosen from the chart), debit, credit; empty lines are ignored."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("entry_lines")
        self.accounts = chart(session)
        self.setHorizontalHeaderLabels([tr(N_("Account")), tr(N_("Debit")),
                                        tr(N_("Credit"))])
        header = self.horizontalHeader()
        header.setSectionResizeMode(ACCOUNT, QHeaderView.ResizeMode.Stretch)
        for column in (DEBIT, CREDIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, 150)
        self.verticalHeader().setDefaultSectionSize(34)
        self.setMinimumHeight(34 * 5 + 30)

    def add_line(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        combo = QComboBox()
        combo.addItem(tr(N_("(choose an account)")), None)
        for account in self.accounts:
            combo.addItem(account_label(account), account.code)
        combo.setMaxVisibleItems(20)
        self.setCellWidget(row, ACCOUNT, combo)
        for column in (DEBIT, CREDIT):
            self.setCellWidget(row, column, MoneyEdit(required=False))
        return row

    def account(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, ACCOUNT)
        assert isinstance(widget, QComboBox)
        return widget

    def money(self, row: int, column: int) -> MoneyEdit:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, MoneyEdit)
        return widget

    def set_line(self, row: int, code: str, debit: int = 0, credit: int = 0) -> None:
        """Fills a line (for tests and for a prepared entry)."""
        combo = self.account(row)
        combo.setCurrentIndex(combo.findData(code))
        self.money(row, DEBIT).set_amount(debit or None)
        self.money(row, CREDIT).set_amount(credit or None)

    def error(self) -> UserError | None:
        """Why the lines cannot be posted as they stand (None when they can be)."""
        for row in range(self.rowCount()):
            debit, credit = self.money(row, DEBIT), self.money(row, CREDIT)
            if not (debit.is_valid() and credit.is_valid()):
                return UserError(N_("Line {line}: the amount is not a number of baht"),
                                 line=row + 1)
            if debit.text().strip() and credit.text().strip():
                return UserError(N_("Line {line}: a line is either a debit or a credit"),
                                 line=row + 1)
            if (debit.text().strip() or credit.text().strip()) and \
                    self.account(row).currentData() is None:
                return UserError(N_("Line {line}: choose an account"), line=row + 1)
        return None

    def problem(self) -> str | None:
        error = self.error()
        return user_message(error) if error else None

    def totals(self) -> tuple[int, int]:
        """(total debit, total credit) of the lines whose amounts can be read."""
        debit = credit = 0
        for row in range(self.rowCount()):
            for column in (DEBIT, CREDIT):
                edit = self.money(row, column)
                amount = edit.value() if edit.text().strip() and edit.is_valid() else None
                if amount:
                    if column == DEBIT:
                        debit += amount
                    else:
                        credit += amount
        return debit, credit

    def postings(self) -> list[Posting]:
        """The lines as postings (debit positive); raises UserError on an unreadable line."""
        error = self.error()
        if error:
            raise error
        result = []
        for row in range(self.rowCount()):
            debit = self.money(row, DEBIT).value() or 0
            credit = self.money(row, CREDIT).value() or 0
            if debit or credit:
                result.append(Posting(str(self.account(row).currentData()), debit - credit))
        return result


class ManualEntryDialog(QDialog):
    """Save stays disabled until total debit equals total credit and is more than zero."""

    def __init__(self, session: Session, on: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_number: str | None = None
        self.setObjectName("manual_entry")
        self.setWindowTitle(tr(N_("New journal entry")))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("New journal entry"))))
        form = QFormLayout()
        self.on = DateEdit(on or date.today())
        self.on.setObjectName("entry_date")
        self.description = QLineEdit()
        self.description.setObjectName("entry_description")
        self.description.setPlaceholderText(tr(N_("e.g. office supplies for the meeting")))
        form.addRow(tr(N_("Date (B.E.) *")), self.on)
        form.addRow(tr(N_("Description *")), self.description)
        layout.addLayout(form)
        self.lines = EntryLines(session)
        for _ in range(FIRST_LINES):
            self._add_line()
        layout.addWidget(self.lines, 1)
        row = QHBoxLayout()
        add = action_button(tr(N_("Add a line")), "Ctrl+L")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_line)
        row.addWidget(add)
        row.addStretch(1)
        self.balance = QLabel()
        self.balance.setObjectName("entry_balance")
        row.addWidget(self.balance)
        layout.addLayout(row)
        layout.addWidget(note(tr(N_("Debit: what the fund received or spent on (cash in, "
                                    "an expense). Credit: where it came from (cash out, "
                                    "an income). The two totals must be equal."))))
        self.buttons = button_box(tr(N_("Post the entry")))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("entry_save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_balance()
        self.description.setFocus()

    def _add_line(self) -> None:
        row = self.lines.add_line()
        self.lines.account(row).currentIndexChanged.connect(lambda _i: self.update_balance())
        for column in (DEBIT, CREDIT):
            self.lines.money(row, column).textChanged.connect(lambda _t: self.update_balance())
        if hasattr(self, "balance"):
            self.update_balance()

    def update_balance(self) -> None:
        debit, credit = self.lines.totals()
        problem = self.lines.problem()
        difference = debit - credit
        text = tr(N_("Debit {debit} · Credit {credit} · Difference {difference}"),
                  debit=baht(debit), credit=baht(credit), difference=baht(abs(difference)))
        ok = problem is None and difference == 0 and debit > 0
        if problem:
            text = f"{text}\n{problem}"
        elif ok:
            text = tr(N_("{totals}  ✓ balanced"), totals=text)
        self.balance.setText(text)
        self.balance.setStyleSheet(_BALANCED if ok else _UNBALANCED)
        self.save_button.setEnabled(ok and self.session.can("write"))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return

        def work() -> str:
            on = self.on.value()
            assert on is not None
            return post_manual_entry(self.session.db, self.session.user, on,
                                     self.description.text(), self.lines.postings())

        number = ops.run_now(self, work)
        if number is not None:
            self.saved_number = number
            self.session.saved()
            self.accept()
