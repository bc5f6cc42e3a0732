"""Closing a month or a fiscal year after counting the cash, and reopening a closed period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.accounts import CASH
from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of, month_bounds
from welfare_desk.ledger.text import N_
from welfare_desk.services import books
from welfare_desk.services.reports.books import money_balance
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.books_common import (
    MonthCombo,
    account_label,
    add_months,
    fiscal_year_label,
    money_accounts,
)
from welfare_desk.ui.models.rows import RowsModel, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, language, month, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.fields import MoneyEdit
from welfare_desk.ui.widgets.forms import button_box, heading, note

FISCAL_YEARS_SHOWN = 6
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_AGREES = "color: #2e7d32;"
_DIFFERS = "color: #c62828; font-weight: bold;"


class CloseDialog(QDialog):
    """``kind`` "month" or "year": the book balance of each money account on the last
    day beside what was counted; the service refuses unless they agree."""

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.kind = session, kind
        self.closed = False
        self.setObjectName(f"close_{kind}")
        title = tr(N_("Close a month")) if kind == "month" else tr(N_("Close a fiscal year"))
        self.setWindowTitle(title)
        self.setMinimumWidth(780)
        self.resize(900, 500)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        form = QFormLayout()
        today = date.today()
        if kind == "month":
            self.period: QComboBox = MonthCombo(session, add_months(today.year, today.month, -1))
            form.addRow(tr(N_("Month")), self.period)
        else:
            self.period = QComboBox()
            start = session.fund.fiscal_year_start
            last_closed = fiscal_year_of(today, start) - 1
            for year in range(last_closed, last_closed - FISCAL_YEARS_SHOWN, -1):
                self.period.addItem(fiscal_year_label(year, start), year)
            form.addRow(tr(N_("Fiscal year")), self.period)
        self.period.setObjectName("close_period")
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addLayout(form)
        self.as_of = note("")
        layout.addWidget(self.as_of)
        self.counts: dict[str, MoneyEdit] = {}
        self.book: dict[str, QLabel] = {}
        self.differences: dict[str, QLabel] = {}
        layout.addLayout(self._count_grid())
        layout.addWidget(note(tr(N_("Count the cash in the box and read the bank statement "
                                    "of the last day. The period is closed only if every "
                                    "count agrees with the book; nothing dated in it can "
                                    "then be added until a second committee member reopens "
                                    "it. A bank account left empty is not checked."))))
        layout.addStretch(1)
        ok_text = (tr(N_("Close the month")) if kind == "month"
                   else tr(N_("Close the fiscal year")))
        self.buttons = button_box(ok_text)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("close_save")
        self.save_button.setEnabled(session.can("close_period"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.period.currentIndexChanged.connect(lambda _i: self.load_balances())
        self.load_balances()
        self.counts[CASH].setFocus()

    def _count_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for column, text in enumerate((N_("Account"), N_("Book balance"),
                                       N_("Counted / statement"), N_("Difference"))):
            label = QLabel(f"<b>{tr(text)}</b>")
            if column in (1, 2):
                label.setAlignment(RIGHT)
            grid.addWidget(label, 0, column)
        for row, account in enumerate(money_accounts(self.session), start=1):
            star = " *" if account.code == CASH else ""
            name = QLabel(account_label(account) + star)
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            self.book[account.code] = QLabel()
            self.book[account.code].setAlignment(RIGHT)
            self.counts[account.code] = MoneyEdit(positive=False,
                                                  required=account.code == CASH)
            self.counts[account.code].setObjectName(f"count_{account.code}")
            self.differences[account.code] = QLabel()
            self.counts[account.code].textChanged.connect(lambda _t: self.show_differences())
            grid.addWidget(self.book[account.code], row, 1)
            grid.addWidget(self.counts[account.code], row, 2)
            grid.addWidget(self.differences[account.code], row, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, 130)
        grid.setColumnMinimumWidth(3, 170)
        grid.setHorizontalSpacing(16)
        return grid

    def bounds(self) -> tuple[date, date]:
        if self.kind == "month":
            assert isinstance(self.period, MonthCombo)
            return month_bounds(*self.period.value())
        return fiscal_year_bounds(int(self.period.currentData()),
                                  self.session.fund.fiscal_year_start)

    def load_balances(self) -> None:
        _first, last = self.bounds()
        with self.session.db.read() as repos:
            self.balances = money_balance(repos, repos.fund_id(), last)
        self.as_of.setText(tr(N_("Book balances on {date}, the last day"), date=day(last)))
        for code, label in self.book.items():
            label.setText(baht(self.balances.get(code, 0)))
        self.show_differences()

    def show_differences(self) -> None:
        for code, edit in self.counts.items():
            label = self.differences[code]
            counted = edit.value() if edit.text().strip() and edit.is_valid() else None
            if counted is None:
                label.setText("")
                continue
            difference = counted - self.balances.get(code, 0)
            label.setText(tr(N_("agrees")) if difference == 0 else
                          tr(N_("differs by {amount}"), amount=baht(difference)))
            label.setStyleSheet(_AGREES if difference == 0 else _DIFFERS)

    def entered_counts(self) -> list[books.Count]:
        """What was typed; raises UserError for an unreadable or missing cash count."""
        result = []
        for code, edit in self.counts.items():
            amount = edit.value()
            if amount is not None:
                result.append(books.Count(code, amount))
        return result

    def period_name(self) -> str:
        if self.kind == "month":
            assert isinstance(self.period, MonthCombo)
            return month(*self.period.value())
        return self.period.currentText()

    def save(self) -> None:
        counts = ops.run_now(self, self.entered_counts)
        if counts is None:
            return
        if not forms.confirm(self, self.windowTitle(),
                             tr(N_("Close {period}? Nothing dated in it can be added or "
                                   "reversed until a second committee member reopens it."),
                                period=self.period_name()),
                             self.save_button.text()):
            return
        db, user = self.session.db, self.session.user
        if self.kind == "month":
            year, month_no = self.period.currentData()

            def close() -> bool:
                books.close_month(db, user, year, month_no, counts)
                return True

            if ops.run_now(self, close):
                self._done(True)
        else:
            fiscal_year = int(self.period.currentData())
            ops.run_in_background(self, tr(N_("Closing the fiscal year…")),
                                  lambda: books.close_year(db, user, fiscal_year, counts),
                                  lambda _r: self._done(True))

    def _done(self, _ok: bool) -> None:
        self.closed = True
        self.session.saved()
        forms.inform(self, self.windowTitle(), tr(N_("Closed {period}"),
                                                  period=self.period_name()))
        self.accept()


def period_name(kind: str, first: date, last: date) -> str:
    if kind == "month":
        return month(first.year, first.month)
    return tr(N_("Fiscal year {year}"), year=last.year + 543 if language() == "th" else last.year)


class ReopenDialog(QDialog):
    """Only a committee member other than the one who closed a period may reopen it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reopened = False
        self.setObjectName("reopen_period")
        self.setWindowTitle(tr(N_("Reopen a closed period")))
        self.resize(680, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("Reopen a closed period"))))
        self.model = RowsModel([tr(N_("Period")), tr(N_("First day")), tr(N_("Last day")),
                                tr(N_("Closed by"))])
        self.table = table_view(self.model, 0)
        self.table.setObjectName("closed_periods")
        layout.addWidget(self.table, 1)
        layout.addWidget(note(tr(N_("The person who closed a period cannot reopen it: a "
                                    "second committee member must, and give the reason."))))
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("reopen_reason")
        self.reason.setPlaceholderText(tr(N_("e.g. a receipt of that month was not entered")))
        form.addRow(tr(N_("Reason *")), self.reason)
        layout.addLayout(form)
        self.buttons = button_box(tr(N_("Reopen")))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("reopen_save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        with self.session.db.read() as repos:
            fund_id = repos.fund_id()
            locks = repos.funds.closed_periods(fund_id)
            names = {u.username: u.display_name for u in repos.funds.users(fund_id)}
            # Who closed it by the name people know (A9), the login name if gone.
            closed_by = {lock[0]: names.get(login := repos.funds.lock_closed_by(lock[0]) or "",
                                            login) for lock in locks}
        rows = [(period_name(kind, first, last), day(first), day(last), closed_by[lock_id])
                for lock_id, kind, first, last in locks]
        self.model.set_rows(rows, [lock[2] for lock in locks])
        if rows:
            self.table.selectRow(len(rows) - 1)
        else:
            self.model.set_rows([(tr(N_("No period is closed")), "", "", "")])
        self.save_button.setEnabled(bool(locks) and self.session.can("reopen_period"))

    def selected_first_day(self) -> date | None:
        index = self.table.currentIndex()
        key = self.model.key_at(index.row()) if index.isValid() else None
        return key if isinstance(key, date) else None

    def select_first_day(self, first_day: date) -> None:
        if first_day in self.model.keys:
            self.table.selectRow(self.model.keys.index(first_day))

    def save(self) -> None:
        first_day = self.selected_first_day()
        if first_day is None:
            return
        db, user = self.session.db, self.session.user
        def reopen() -> bool:
            books.reopen_period(db, user, first_day, self.reason.text())
            return True

        if ops.run_now(self, reopen):
            self.reopened = True
            self.session.saved()
            forms.inform(self, self.windowTitle(), tr(N_("Reopened the period")))
            self.accept()
