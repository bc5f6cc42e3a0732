"""Account book: the journal and the cash and bank books of a month, manual entries,
transfers, reversals, closing a month or year after the cash count, reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.journal import Entry, EntrySource
from welfare_desk.ledger.periods import month_bounds
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.books import AccountBook, account_book
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.books_common import (
    DOCUMENT_SOURCES,
    SOURCE_NAMES,
    GroupedRowsModel,
    JournalData,
    MonthCombo,
    account_label,
    closed_period_covering,
    credit_text,
    debit_text,
    read_journal,
)
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, count, day, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.accounts import money_account_combo
from welfare_desk.ui.widgets.forms import action_button, note

REVERSED_COLOR = QColor("#9e9e9e")
REVERSAL_COLOR = QColor("#ad1457")
_CLOSED_STYLE = "color: #6d4c41; font-weight: bold;"


class BooksPage(Page):
    page_id = "books"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("Account book")))
        self.data: JournalData | None = None
        self.book: AccountBook | None = None
        self.entries: dict[str, Entry] = {}
        self._request = 0
        self._build_period_row()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("books_tabs")
        self.tabs.addTab(self._build_journal(), tr(N_("Journal")))
        self.tabs.addTab(self._build_money_book(), tr(N_("Cash book and bank books")))
        self.layout_.addWidget(self.tabs, 1)
        self._build_buttons()

    def _build_period_row(self) -> None:
        row = QHBoxLayout()
        self.month = MonthCombo(self.session)
        self.month.setObjectName("books_month")
        older = QPushButton("◀")
        older.setShortcut("Ctrl+PgUp")
        older.setToolTip(tr(N_("The month before (Ctrl+PgUp)")))
        older.clicked.connect(lambda: self.month.step(1))
        newer = QPushButton("▶")
        newer.setShortcut("Ctrl+PgDown")
        newer.setToolTip(tr(N_("The month after (Ctrl+PgDown)")))
        newer.clicked.connect(lambda: self.month.step(-1))
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_state = QLabel("")
        self.period_state.setObjectName("period_state")
        row.addWidget(QLabel(tr(N_("Month"))))
        for widget in (older, self.month, newer):
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(self.period_state, 1)
        self.layout_.addLayout(row)

    def _build_journal(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.journal = GroupedRowsModel([tr(N_("Date")), tr(N_("Number")), tr(N_("Description")),
                                  tr(N_("Source")), tr(N_("Account")), tr(N_("Debit")),
                                  tr(N_("Credit"))], right_aligned=[5, 6])
        self.journal_view = table_view(self.journal, 2)
        self.journal_view.setAlternatingRowColors(False)  # shaded by entry instead
        self.journal_view.setObjectName("journal_table")
        self.journal_view.doubleClicked.connect(lambda _i: self.reverse())
        self.journal_summary = note("")
        layout.addWidget(self.journal_view, 1)
        layout.addWidget(self.journal_summary)
        return tab

    def _build_money_book(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.account: QComboBox = money_account_combo(self.session)
        self.account.setObjectName("book_account")
        self.account.currentIndexChanged.connect(lambda _i: self.load_book())
        row.addWidget(QLabel(tr(N_("Book of"))))
        row.addWidget(self.account, 1)
        self.book_summary = QLabel("")
        self.book_summary.setObjectName("book_summary")
        row.addWidget(self.book_summary, 2)
        layout.addLayout(row)
        self.money = RowsModel([tr(N_("Date")), tr(N_("Number")), tr(N_("Description")),
                                tr(N_("Received")), tr(N_("Paid out")), tr(N_("Balance"))],
                               right_aligned=[3, 4, 5])
        self.money_view = table_view(self.money, 2)
        self.money_view.setObjectName("money_book_table")
        layout.addWidget(self.money_view, 1)
        return tab

    def _build_buttons(self) -> None:
        row = QHBoxLayout()
        can = self.session.can
        self.new_button = self._button(row, N_("New entry"), "Ctrl+N", "new_entry",
                                       self.new_entry, can("write"))
        self.transfer_button = self._button(row, N_("Cash ↔ bank"), "Ctrl+T", "transfer",
                                            self.transfer, can("write"))
        self.reverse_button = self._button(row, N_("Reverse the entry"), "Ctrl+R",
                                           "reverse", self.reverse, can("write"))
        row.addStretch(1)
        self.layout_.addLayout(row)
        row = QHBoxLayout()  # closing on a second row: the page fits a 1366-pixel laptop
        row.addStretch(1)
        self.close_month_button = self._button(row, N_("Close a month…"), None,
                                               "close_month", self.close_month,
                                               can("close_period"))
        self.close_year_button = self._button(row, N_("Close a fiscal year…"), None,
                                              "close_year", self.close_year,
                                              can("close_period"))
        self.reopen_button = self._button(row, N_("Reopen a period…"), None, "reopen",
                                          self.reopen, can("reopen_period"))
        self.layout_.addLayout(row)

    def _button(self, row: QHBoxLayout, text: str, shortcut: str | None, name: str,
                slot: Callable[[], None], enabled: bool) -> QPushButton:
        button = action_button(tr(text), shortcut)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        row.addWidget(button)
        return button

    # Reading

    def period(self) -> tuple[date, date]:
        return month_bounds(*self.month.value())

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        db = self.session.db
        first, last = self.period()

        def loaded(data: JournalData) -> None:
            if request == self._request:
                self.show_journal(data)

        ops.run_in_background(self, tr(N_("Reading the books…")),
                              lambda: read_journal(db, first, last), loaded)
        self.load_book()

    def show_journal(self, data: JournalData) -> None:
        self.data = data
        self.entries = {e.number: e for e in data.entries}
        rows: list[tuple[str, ...]] = []
        keys: list[str] = []
        colors: dict[int, QColor] = {}
        debit = 0
        shaded: set[int] = set()
        for number, entry in enumerate(data.entries):
            source = tr(SOURCE_NAMES[entry.source])
            color = None
            if entry.entry_id in data.reversed_ids:
                source = tr(N_("{source} · reversed"), source=source)
                color = REVERSED_COLOR
            elif entry.source == EntrySource.REVERSAL:
                color = REVERSAL_COLOR
            for n, posting in enumerate(entry.postings):
                account = data.chart.get(posting.account_code)
                if color is not None:
                    colors[len(rows)] = color
                if number % 2:
                    shaded.add(len(rows))
                first = n == 0
                rows.append((day(entry.entry_date) if first else "",
                             entry.number if first else "",
                             entry.description if first else "", source if first else "",
                             account_label(account) if account else posting.account_code,
                             debit_text(posting.amount), credit_text(posting.amount)))
                keys.append(entry.number)
                debit += max(posting.amount, 0)
        self.journal.shaded = frozenset(shaded)
        self.journal.set_rows(rows, keys, colors)
        self.journal_summary.setText(tr(
            N_("{entries} entries · total debit {debit} · total credit {credit} baht"),
            entries=count(len(data.entries)), debit=baht(debit), credit=baht(debit)))
        lock = closed_period_covering(data.closed, data.first, data.last)
        self.period_state.setText(
            tr(N_("🔒 Closed: {first} to {last}"), first=day(lock[2]), last=day(lock[3]))
            if lock else tr(N_("Open for entries")))
        self.period_state.setStyleSheet(_CLOSED_STYLE if lock else "")

    def load_book(self) -> None:
        code = self.account.currentData()
        if code is None:
            return
        first, last = self.period()
        book = ops.run_now(self, lambda: account_book(self.session.db, str(code), first, last))
        if book is not None:
            self.show_book(book)

    def show_book(self, book: AccountBook) -> None:
        self.book = book
        balance = book.opening
        rows = [("", "", tr(N_("Brought forward")), "", "", baht(balance))]
        keys: list[object] = [None]
        received = paid = 0
        for line in book.lines:
            balance += line.amount
            received += max(line.amount, 0)
            paid += max(-line.amount, 0)
            rows.append((day(line.entry_date), line.number, line.description,
                         debit_text(line.amount), credit_text(line.amount), baht(balance)))
            keys.append((line.number, line.entry_date))
        # As in a paper cash book: the period's totals, then the balance carried forward.
        rows.append(("", "", tr(N_("Total")), baht(received), baht(paid), ""))
        rows.append(("", "", tr(N_("Carried forward")), "", "", baht(book.closing)))
        keys += [None, None]
        self.money.set_rows(rows, keys)
        self.book_summary.setText(tr(
            N_("Brought forward {opening} · received {received} · paid out {paid} · "
               "carried forward {closing} baht"),
            opening=baht(book.opening), received=baht(received), paid=baht(paid),
            closing=baht(book.closing)))

    def selected_entry(self) -> Entry | None:
        if self.tabs.currentIndex() == 0:
            return self.entries.get(str(selected_key(self.journal_view)))
        key = selected_key(self.money_view)
        if not isinstance(key, tuple):
            return None
        number, on = key
        with self.session.db.read() as repos:
            return next((e for e in repos.books.entries(repos.fund_id(), on, on)
                         if e.number == number), None)

    # Changing

    def new_entry(self) -> None:
        from welfare_desk.ui.dialogs.books_entry import ManualEntryDialog

        ManualEntryDialog(self.session, parent=self).exec()

    def transfer(self) -> None:
        from welfare_desk.ui.dialogs.books_transfer import TransferDialog

        TransferDialog(self.session, self).exec()

    def reverse(self) -> None:
        from welfare_desk.ui.dialogs.books_transfer import ReverseDialog

        if not self.session.can("write"):
            return
        entry = self.selected_entry()
        if entry is None:
            forms.inform(self, tr(N_("Reverse the entry")),
                         tr(N_("Choose an entry in the journal or the book first")))
            return
        if entry.source in DOCUMENT_SOURCES:
            forms.inform(self, tr(N_("Reverse the entry")),
                         tr(N_("Entry {number} belongs to a receipt or voucher; void that "
                               "document instead"), number=entry.number))
            return
        dialog = ReverseDialog(self.session, entry, self)
        if dialog.exec() and dialog.saved_number:
            forms.inform(self, tr(N_("Reverse the entry")),
                         tr(N_("Posted reversal {number}"), number=dialog.saved_number))

    def close_month(self) -> None:
        from welfare_desk.ui.dialogs.books_close import CloseDialog

        dialog = CloseDialog(self.session, "month", self)
        if isinstance(dialog.period, MonthCombo):  # a past month being looked at
            dialog.period.set_value(*self.month.value())
        dialog.exec()

    def close_year(self) -> None:
        from welfare_desk.ui.dialogs.books_close import CloseDialog

        CloseDialog(self.session, "year", self).exec()

    def reopen(self) -> None:
        from welfare_desk.ui.dialogs.books_close import ReopenDialog

        dialog = ReopenDialog(self.session, self)
        if self.data is not None:
            lock = closed_period_covering(self.data.closed, self.data.first, self.data.last)
            if lock is not None:
                dialog.select_first_day(lock[2])
        dialog.exec()
