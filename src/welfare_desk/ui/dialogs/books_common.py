"""What the account book page and its dialogs share: account names, entry sources,
a month chooser, and the journal read for one period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QWidget

from welfare_desk.db.database import Database
from welfare_desk.ledger.accounts import Account, is_money_account
from welfare_desk.ledger.journal import Entry, EntrySource
from welfare_desk.ledger.periods import fiscal_year_bounds
from welfare_desk.ledger.text import N_
from welfare_desk.ui.models.rows import Index, RowsModel
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, language, month, tr

SOURCE_NAMES: dict[EntrySource, str] = {
    EntrySource.RECEIPT: N_("receipt"),
    EntrySource.VOUCHER: N_("payment voucher"),
    EntrySource.GRANT: N_("money received"),
    EntrySource.TRANSFER: N_("transfer"),
    EntrySource.MANUAL: N_("manual entry"),
    EntrySource.REVERSAL: N_("reversal"),
    EntrySource.OPENING: N_("opening balances"),
    EntrySource.YEAR_CLOSE: N_("year-end closing"),
    EntrySource.NON_MEMBER_AID: N_("help to a non-member"),
}
# Entries made by a document are corrected by voiding the document, not by a reversal.
DOCUMENT_SOURCES = (EntrySource.RECEIPT, EntrySource.VOUCHER)
MONTHS_BACK_WITHOUT_FOUNDING_DATE = 36
MAX_MONTHS_SHOWN = 120


def account_name(account: Account) -> str:
    return account.name_th if language() == "th" else account.name_en


def account_label(account: Account) -> str:
    return f"{account.code} {account_name(account)}"


def chart(session: Session) -> list[Account]:
    with session.db.read() as repos:
        return repos.funds.accounts(repos.fund_id())


def money_accounts(session: Session) -> list[Account]:
    return [a for a in chart(session) if is_money_account(a)]


def debit_text(amount: int) -> str:
    return baht(amount) if amount > 0 else ""


def credit_text(amount: int) -> str:
    return baht(-amount) if amount < 0 else ""


def add_months(year: int, month_no: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month_no - 1 + delta
    return index // 12, index % 12 + 1


class GroupedRowsModel(RowsModel):
    """Rows of one entry share a background (every other entry shaded), and a cell cut
    short by its column shows its whole text as a tooltip."""

    SHADE = QColor("#eef3f8")

    def __init__(self, headers: list[str], right_aligned: list[int]) -> None:
        super().__init__(headers, right_aligned)
        self.shaded: frozenset[int] = frozenset()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return self.SHADE if index.row() in self.shaded else None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return self.rows[index.row()][index.column()] or None
        return super().data(index, role)


class MonthCombo(QComboBox):
    """Months newest first, from the fund's founding (or three years back) to ``last``."""

    def __init__(self, session: Session, last: tuple[int, int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        last = last or (today.year, today.month)
        founded = session.fund.founded_on
        first = ((founded.year, founded.month) if founded else
                 add_months(today.year, today.month, -MONTHS_BACK_WITHOUT_FOUNDING_DATE))
        current = last
        for _ in range(MAX_MONTHS_SHOWN):
            if current < first:
                break
            self.addItem(month(*current), current)
            current = add_months(*current, -1)
        self.setMaxVisibleItems(15)

    def value(self) -> tuple[int, int]:
        data = self.currentData()
        assert isinstance(data, tuple)
        return data[0], data[1]

    def index_of(self, year: int, month_no: int) -> int:
        """The row of a month, -1 if not listed (findData cannot compare tuples)."""
        return next((i for i in range(self.count()) if self.itemData(i) == (year, month_no)),
                    -1)

    def set_value(self, year: int, month_no: int) -> None:
        index = self.index_of(year, month_no)
        if index >= 0:
            self.setCurrentIndex(index)

    def step(self, months: int) -> None:
        """Older is +1 (the list runs newest first), newer is -1."""
        index = self.currentIndex() + months
        if 0 <= index < self.count():
            self.setCurrentIndex(index)


def fiscal_year_label(fiscal_year: int, start: tuple[int, int]) -> str:
    first, last = fiscal_year_bounds(fiscal_year, start)
    shown = fiscal_year + 543 if language() == "th" else fiscal_year
    return tr(N_("Fiscal year {year} ({first} to {last})"), year=shown, first=day(first),
              last=day(last))


@dataclass(frozen=True)
class JournalData:
    first: date
    last: date
    entries: tuple[Entry, ...]
    reversed_ids: frozenset[str]
    chart: dict[str, Account]
    closed: tuple[tuple[str, str, date, date], ...]


def read_journal(db: Database, first: date, last: date) -> JournalData:
    """The period's entries in book order and which of them were reversed (any time)."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        entries = tuple(repos.books.entries(fund_id, first, last))
        # Only entries that may be reversed can have been: skip the many receipts.
        reversed_ids = frozenset(
            e.entry_id for e in entries
            if e.source not in DOCUMENT_SOURCES and not e.reverses
            and repos.books.is_reversed(e.entry_id))
        accounts = {a.code: a for a in repos.funds.accounts(fund_id)}
        closed = tuple(repos.funds.closed_periods(fund_id))
    return JournalData(first, last, entries, reversed_ids, accounts, closed)


def closed_period_covering(closed: tuple[tuple[str, str, date, date], ...], first: date,
                           last: date) -> tuple[str, str, date, date] | None:
    return next((lock for lock in closed if lock[2] <= first and last <= lock[3]), None)
