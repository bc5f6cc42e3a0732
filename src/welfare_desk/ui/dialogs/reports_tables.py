"""The books' reports as tables on screen: trial balance, receipts and payments,
financial position, the cash and bank books. Same content as the CLI shows."""

from __future__ import annotations

from collections.abc import Sequence

from welfare_desk.ledger.accounts import CASH
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.books import (
    AccountBook,
    AmountLine,
    FinancialPosition,
    ReceiptsAndPayments,
)
from welfare_desk.services.reports.trial_balance import TrialBalance
from welfare_desk.ui.dialogs.reports_period import Period
from welfare_desk.ui.report_views import ReportTable
from welfare_desk.ui.text import baht, day, tr


class TableBuilder:
    """Collects formatted rows, remembering which are headings and which totals."""

    def __init__(self, headers: Sequence[str], right_aligned: Sequence[int] = ()) -> None:
        self.headers = tuple(headers)
        self.right_aligned = tuple(right_aligned)
        self.rows: list[tuple[str, ...]] = []
        self.sections: set[int] = set()
        self.totals: set[int] = set()

    def _cells(self, cells: Sequence[str]) -> tuple[str, ...]:
        padded = list(cells) + [""] * (len(self.headers) - len(cells))
        return tuple(padded[:len(self.headers)])

    def row(self, *cells: str) -> None:
        self.rows.append(self._cells(cells))

    def section(self, label: str, column: int = 0) -> None:
        self.sections.add(len(self.rows))
        self.rows.append(self._cells([""] * column + [label]))

    def total(self, *cells: str) -> None:
        self.totals.add(len(self.rows))
        self.rows.append(self._cells(cells))

    def table(self, key: str, title: str, fund: str, period: Period | str) -> ReportTable:
        return ReportTable(key, title, fund, period if isinstance(period, str) else period.text(),
                           self.headers, tuple(self.rows), self.right_aligned,
                           frozenset(self.sections), frozenset(self.totals))


def trial_balance_table(report: TrialBalance, fund: str, period: Period) -> ReportTable:
    t = TableBuilder((tr(N_("Code")), tr(N_("Account")), tr(N_("Debit")), tr(N_("Credit"))),
                     (2, 3))
    for line in report.lines:
        if not line.balance:
            continue  # posted to, but nothing left on it
        t.row(line.code, line.name, baht(line.balance) if line.balance > 0 else "",
              baht(-line.balance) if line.balance < 0 else "")
    debit, credit = trial_balance_totals(report)
    t.total("", tr(N_("Total")), baht(debit), baht(credit))
    return t.table("trial_balance", tr(N_("Trial balance")), fund, period)


def trial_balance_totals(report: TrialBalance) -> tuple[int, int]:
    """(total debit, total credit) in satang."""
    return (sum(x.balance for x in report.lines if x.balance > 0),
            -sum(x.balance for x in report.lines if x.balance < 0))


def _amount_lines(t: TableBuilder, lines: Sequence[AmountLine]) -> None:
    for line in lines:
        t.row(line.code, line.name, baht(line.amount))


def add_receipts_payments(t: TableBuilder, r: ReceiptsAndPayments) -> None:
    """Brought forward, receipts, payments, carried forward: code, item, amount."""
    t.section(tr(N_("Brought forward")), 1)
    _amount_lines(t, r.opening)
    t.total("", tr(N_("Total brought forward")), baht(sum(x.amount for x in r.opening)))
    t.section(tr(N_("Receipts")), 1)
    _amount_lines(t, r.receipts)
    t.total("", tr(N_("Total receipts")), baht(r.total_receipts))
    t.section(tr(N_("Payments")), 1)
    _amount_lines(t, r.payments)
    t.total("", tr(N_("Total payments")), baht(r.total_payments))
    t.total("", tr(N_("Receipts over (under) payments")),
            baht(r.total_receipts - r.total_payments))
    if r.other_movements:
        t.row("", tr(N_("Other movements (investments, amounts held)")),
              baht(r.other_movements))
    t.section(tr(N_("Carried forward")), 1)
    _amount_lines(t, r.closing)
    t.total("", tr(N_("Total carried forward")), baht(sum(x.amount for x in r.closing)))


def receipts_payments_table(r: ReceiptsAndPayments, fund: str, period: Period) -> ReportTable:
    t = TableBuilder((tr(N_("Code")), tr(N_("Item")), tr(N_("Amount"))), (2,))
    add_receipts_payments(t, r)
    return t.table("receipts_payments", tr(N_("Receipts and payments")), fund, period)


def add_position(t: TableBuilder, p: FinancialPosition) -> None:
    for title, lines in ((N_("Assets"), p.assets), (N_("Liabilities"), p.liabilities),
                         (N_("Fund balance"), p.equity)):
        if not lines and title == N_("Liabilities"):
            continue
        t.section(tr(title), 1)
        _amount_lines(t, lines)
        if title == N_("Assets"):
            t.total("", tr(N_("Total assets")), baht(p.total_assets))
    t.total("", tr(N_("Total liabilities and fund balance")),
            baht(p.total_liabilities_and_equity))


def position_table(p: FinancialPosition, fund: str, period: Period) -> ReportTable:
    t = TableBuilder((tr(N_("Code")), tr(N_("Item")), tr(N_("Amount"))), (2,))
    add_position(t, p)
    return t.table("financial_position", tr(N_("Financial position")), fund, period)


def account_book_table(book: AccountBook, fund: str, period: Period) -> ReportTable:
    t = TableBuilder((tr(N_("Date")), tr(N_("Number")), tr(N_("Description")),
                      tr(N_("Received")), tr(N_("Paid out")), tr(N_("Balance"))), (3, 4, 5))
    t.total("", "", tr(N_("Brought forward")), "", "", baht(book.opening))
    balance = book.opening
    for line in book.lines:
        balance += line.amount
        t.row(day(line.entry_date), line.number, line.description,
              baht(line.amount) if line.amount > 0 else "",
              baht(-line.amount) if line.amount < 0 else "", baht(balance))
    received = sum(x.amount for x in book.lines if x.amount > 0)
    paid = -sum(x.amount for x in book.lines if x.amount < 0)
    t.total("", "", tr(N_("Total")), baht(received), baht(paid), "")
    t.total("", "", tr(N_("Carried forward")), "", "", baht(book.closing))
    name = tr(N_("Cash book")) if book.code == CASH else tr(N_("Bank book"))
    return t.table("account_book", f"{name}: {book.code} {book.name}", fund, period)
