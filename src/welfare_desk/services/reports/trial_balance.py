"""The trial balance, and its quick form for the command line (no SQLAlchemy load)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from welfare_desk.db.sqlite_reader import NotQuicklyReadable, account_balances
from welfare_desk.ledger.accounts import AccountType


@dataclass(frozen=True)
class BalanceLine:
    code: str
    name: str
    type: AccountType
    balance: int  # satang, debit positive


@dataclass(frozen=True)
class TrialBalance:
    as_of: date | None
    lines: tuple[BalanceLine, ...]

    @property
    def total(self) -> int:
        return sum(line.balance for line in self.lines)


def trial_balance_of_file(path: Path, as_of: date | None = None) -> TrialBalance | None:
    """The same figures as ``reports.books.trial_balance``, read with sqlite3 alone;
    None when the file needs the full open (missing, older schema, damaged)."""
    try:
        rows = account_balances(path, as_of)
    except NotQuicklyReadable:
        return None
    return TrialBalance(as_of, tuple(BalanceLine(code, name, AccountType(type_), total)
                                     for code, name, type_, total in rows))
