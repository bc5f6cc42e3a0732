"""Double-entry journal entries: every entry balances before it is written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import satang
from welfare_desk.ledger.text import N_


class EntrySource(StrEnum):
    """What produced an entry; the account book's columns group by it."""

    RECEIPT = "receipt"
    VOUCHER = "voucher"
    GRANT = "grant"
    TRANSFER = "transfer"
    MANUAL = "manual"
    REVERSAL = "reversal"
    OPENING = "opening"
    YEAR_CLOSE = "year_close"
    NON_MEMBER_AID = "non_member_aid"


@dataclass(frozen=True)
class Posting:
    """One line: ``amount`` in satang, debit positive and credit negative."""

    account_code: str
    amount: int
    memo: str = ""

    def __post_init__(self) -> None:
        satang(self.amount)


@dataclass(frozen=True)
class Entry:
    entry_id: str
    number: str
    entry_date: date
    description: str
    source: EntrySource
    postings: tuple[Posting, ...]
    reverses: str | None = None


def validate_postings(postings: Sequence[Posting], known_accounts: Iterable[str]) -> None:
    """An entry has two or more non-zero lines on known accounts that sum to zero."""
    known = set(known_accounts)
    if len(postings) < 2:
        raise UserError(N_("An entry needs at least two lines"))
    for posting in postings:
        if posting.amount == 0:
            raise UserError(N_("A line of an entry cannot be zero"))
        if posting.account_code not in known:
            raise UserError(N_("There is no account {code}"), code=posting.account_code)
    if sum(p.amount for p in postings) != 0:
        raise UserError(
            N_("The entry does not balance: debits and credits differ by {difference} satang"),
            difference=sum(p.amount for p in postings),
        )


def simple_entry_postings(
    debit: str, credit: str, amount: int, memo: str = ""
) -> tuple[Posting, ...]:
    """Dr ``debit`` / Cr ``credit`` for a positive ``amount``."""
    if satang(amount) <= 0:
        raise UserError(N_("The amount must be more than zero"))
    return (Posting(debit, amount, memo), Posting(credit, -amount, memo))


def reversal_postings(postings: Iterable[Posting]) -> tuple[Posting, ...]:
    """The same lines with opposite signs: a correction never edits a posted entry."""
    return tuple(Posting(p.account_code, -p.amount, p.memo) for p in postings)


def entry_number(prefix: str, fiscal_year_be: int, running: int) -> str:
    """Journal voucher numbers run per fiscal year: RV2569-000123."""
    return f"{prefix}{fiscal_year_be}-{running:06d}"
