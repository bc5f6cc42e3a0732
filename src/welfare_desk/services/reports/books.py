"""Trial balance, receipts and payments, financial position."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from welfare_desk.db.database import Database
from welfare_desk.db.repos import Repositories
from welfare_desk.db.repos.books import BookLine
from welfare_desk.ledger.accounts import Account, AccountRole, AccountType, is_money_account
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.trial_balance import BalanceLine, TrialBalance


def trial_balance(db: Database, as_of: date | None = None) -> TrialBalance:
    """Every account that has postings, once, with its balance (debit positive)."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        chart = {a.code: a for a in repos.funds.accounts(fund_id)}
        balances = repos.books.balances(fund_id, as_of=as_of)
    lines = tuple(BalanceLine(code, chart[code].name_th, chart[code].type, amount)
                  for code, amount in sorted(balances.items()))
    return TrialBalance(as_of, lines)


@dataclass(frozen=True)
class AmountLine:
    code: str
    name: str
    amount: int


@dataclass(frozen=True)
class ReceiptsAndPayments:
    first: date
    last: date
    opening: tuple[AmountLine, ...]  # cash and bank on the day before ``first``
    receipts: tuple[AmountLine, ...]  # income accounts: receipts by source
    payments: tuple[AmountLine, ...]  # expense accounts: benefits by type, administration
    other_movements: int  # to or from investments, payables ... (balance-sheet accounts)
    closing: tuple[AmountLine, ...]

    @property
    def total_receipts(self) -> int:
        return sum(x.amount for x in self.receipts)

    @property
    def total_payments(self) -> int:
        return sum(x.amount for x in self.payments)


def receipts_and_payments(db: Database, first: date, last: date) -> ReceiptsAndPayments:
    with db.read() as repos:
        fund_id = repos.fund_id()
        chart = repos.funds.accounts(fund_id)
        movements = repos.reports.entry_sources_between(fund_id, first, last, "year_close")
        opening = repos.books.balances(fund_id, as_of=first - timedelta(days=1))
        closing = repos.books.balances(fund_id, as_of=last)
    money = [a for a in chart if is_money_account(a)]
    receipts = _lines(chart, movements, AccountType.INCOME, sign=-1)
    payments = _lines(chart, movements, AccountType.EXPENSE, sign=1)
    opening_lines = tuple(AmountLine(a.code, a.name_th, opening.get(a.code, 0)) for a in money)
    closing_lines = tuple(AmountLine(a.code, a.name_th, closing.get(a.code, 0)) for a in money)
    other = (sum(x.amount for x in closing_lines) - sum(x.amount for x in opening_lines)
             - sum(x.amount for x in receipts) + sum(x.amount for x in payments))
    return ReceiptsAndPayments(first, last, opening_lines, receipts, payments, other,
                               closing_lines)


def _lines(chart: list[Account], totals: dict[str, int], type_: AccountType,
           sign: int) -> tuple[AmountLine, ...]:
    return tuple(AmountLine(a.code, a.name_th, sign * totals[a.code])
                 for a in chart if a.type == type_ and totals.get(a.code))


@dataclass(frozen=True)
class FinancialPosition:
    as_of: date
    assets: tuple[AmountLine, ...]
    liabilities: tuple[AmountLine, ...]
    equity: tuple[AmountLine, ...]  # capital, accumulated surplus, this year's result

    @property
    def total_assets(self) -> int:
        return sum(x.amount for x in self.assets)

    @property
    def total_liabilities_and_equity(self) -> int:
        return sum(x.amount for x in self.liabilities) + sum(x.amount for x in self.equity)


def financial_position(db: Database, as_of: date) -> FinancialPosition:
    with db.read() as repos:
        fund_id = repos.fund_id()
        chart = repos.funds.accounts(fund_id)
        balances = repos.books.balances(fund_id, as_of=as_of)
    return position_from(chart, balances, as_of)


def position_from(chart: list[Account], balances: dict[str, int],
                  as_of: date) -> FinancialPosition:
    def lines(type_: AccountType, sign: int) -> tuple[AmountLine, ...]:
        return tuple(AmountLine(a.code, a.name_th, sign * balances[a.code])
                     for a in chart if a.type == type_ and balances.get(a.code))

    result = -sum(balances.get(a.code, 0) for a in chart
                  if a.type in (AccountType.INCOME, AccountType.EXPENSE))
    equity = lines(AccountType.EQUITY, -1)
    if result:
        equity += (AmountLine("", "รายรับสูง(ต่ำ)กว่ารายจ่ายงวดปัจจุบัน", result),)
    return FinancialPosition(as_of, lines(AccountType.ASSET, 1),
                             lines(AccountType.LIABILITY, -1), equity)


def money_balance(repos: Repositories, fund_id: str, as_of: date) -> dict[str, int]:
    """Cash and each bank account on ``as_of``."""
    roles = (AccountRole.CASH, AccountRole.BANK)
    balances = repos.books.balances(fund_id, as_of=as_of)
    return {a.code: balances.get(a.code, 0) for a in repos.funds.accounts(fund_id)
            if a.role in roles}


@dataclass(frozen=True)
class AccountBook:
    """The cash book or a bank book: brought forward, each line, carried forward."""

    code: str
    name: str
    first: date
    last: date
    opening: int
    lines: tuple[BookLine, ...]

    @property
    def closing(self) -> int:
        return self.opening + sum(line.amount for line in self.lines)


def account_book(db: Database, code: str, first: date, last: date) -> AccountBook:
    with db.read() as repos:
        fund_id = repos.fund_id()
        accounts = {a.code: a for a in repos.funds.accounts(fund_id)}
        if code not in accounts or not is_money_account(accounts[code]):
            raise UserError(N_("{code} is not a cash or bank account of this fund"), code=code)
        opening = repos.books.balances(fund_id, as_of=first - timedelta(days=1)).get(code, 0)
        lines = repos.books.account_lines(fund_id, code, first, last)
    return AccountBook(code, accounts[code].name_th, first, last, opening, tuple(lines))
