"""The account book: manual entries, transfers, reversals, cash counts, closing periods."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from welfare_desk.db.database import Database, UnitOfWork
from welfare_desk.ledger import accounts
from welfare_desk.ledger.accounts import AccountType
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User, require
from welfare_desk.ledger.journal import (
    EntrySource,
    Posting,
    reversal_postings,
    simple_entry_postings,
)
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.periods import fiscal_year_bounds, month_bounds
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import build_entry, check_money_account, new_id, now_iso
from welfare_desk.services.journal_text import close_note, year_close_text


def post_manual_entry(db: Database, actor: User, on: date, description: str,
                      postings: Sequence[Posting]) -> str:
    """A journal entry typed by the treasurer; refused unless it balances."""
    require(actor, "write")
    if not description.strip():
        raise UserError(N_("An entry needs a description"))
    with db.unit_of_work(actor.username) as uow:
        fund = uow.repos.funds.profile(uow.repos.fund_id())
        entry = build_entry(uow, fund, on, description.strip(), EntrySource.MANUAL, postings)
        uow.record(fund.fund_id, "entry.posted", {"entry": entry})
        uow.commit()
    return str(entry["number"])


def transfer(db: Database, actor: User, on: date, from_account: str, to_account: str,
             amount: int, description: str = "") -> str:
    """Cash to bank (deposit), bank to cash (withdrawal) or between bank accounts."""
    require(actor, "write")
    if from_account == to_account:
        raise UserError(N_("A transfer needs two different accounts"))
    with db.unit_of_work(actor.username) as uow:
        fund = uow.repos.funds.profile(uow.repos.fund_id())
        check_money_account(uow.repos, fund.fund_id, from_account)
        check_money_account(uow.repos, fund.fund_id, to_account)
        text = description.strip() or f"โอนเงินจาก {from_account} ไป {to_account}"
        entry = build_entry(uow, fund, on, text, EntrySource.TRANSFER,
                            simple_entry_postings(to_account, from_account, amount))
        uow.record(fund.fund_id, "entry.posted", {"entry": entry})
        uow.commit()
    return str(entry["number"])


def reverse_entry(db: Database, actor: User, number: str, on: date, reason: str) -> str:
    """Corrects a posted entry with its mirror image; the original stays as it was."""
    require(actor, "write")
    if not reason.strip():
        raise UserError(N_("A reversal needs a reason"))
    with db.unit_of_work(actor.username) as uow:
        fund = uow.repos.funds.profile(uow.repos.fund_id())
        original = next((e for e in uow.repos.books.entries(fund.fund_id)
                         if e.number == number), None)
        if original is None:
            raise UserError(N_("There is no entry {number}"), number=number)
        if original.source in (EntrySource.RECEIPT, EntrySource.VOUCHER):
            raise UserError(N_("Entry {number} belongs to a receipt or voucher; void that "
                               "document instead"), number=number)
        if original.reverses or uow.repos.books.is_reversed(original.entry_id):
            raise UserError(N_("Entry {number} is a reversal or is already reversed"),
                            number=number)
        entry = build_entry(uow, fund, on, f"กลับรายการ {number}: {reason.strip()}",
                            EntrySource.REVERSAL, reversal_postings(original.postings),
                            reverses=original.entry_id)
        uow.record(fund.fund_id, "entry.posted", {"entry": entry})
        uow.commit()
    return str(entry["number"])


@dataclass(frozen=True)
class Count:
    """A counted balance: the cash in the box, or a bank statement's balance."""

    account_code: str
    amount: int


def _assertion_rows(uow: UnitOfWork, fund_id: str, as_of: date, counts: Sequence[Count],
                    note: str) -> list[dict[str, object]]:
    """Every count must equal the book balance on ``as_of``, or nothing is recorded."""
    balances = uow.repos.books.balances(fund_id, as_of=as_of)
    rows = []
    for count in counts:
        check_money_account(uow.repos, fund_id, count.account_code)
        book = balances.get(count.account_code, 0)
        if book != count.amount:
            raise UserError(
                N_("Account {code}: the book says {book} baht on {date} but {counted} baht "
                   "was counted (difference {difference}); find the difference or post an "
                   "adjusting entry first"),
                code=count.account_code, book=format_baht(book), date=as_of.isoformat(),
                counted=format_baht(count.amount),
                difference=format_baht(count.amount - book))
        rows.append({"id": new_id(), "account_code": count.account_code,
                     "as_of": as_of.isoformat(), "amount": count.amount, "note": note,
                     "asserted_by": uow.actor})
    return rows


def assert_balances(db: Database, actor: User, as_of: date, counts: Sequence[Count],
                    note: str = "") -> None:
    """A cash count or bank reconciliation, kept and re-verified by ``check``."""
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        for row in _assertion_rows(uow, fund_id, as_of, counts, note):
            uow.record(fund_id, "balance.asserted", {"assertion": row})
        uow.commit()


def close_month(db: Database, actor: User, year: int, month: int,
                counts: Sequence[Count]) -> None:
    """Locks a month after the cash count (and bank balances) agree with the book."""
    first, last = month_bounds(year, month)
    _close(db, actor, "month", first, last, counts, with_closing_entry=False)


def close_year(db: Database, actor: User, fiscal_year: int, counts: Sequence[Count]) -> None:
    """Moves the year's income and expenses to the accumulated surplus and locks the year."""
    with db.read() as repos:
        start = repos.funds.profile(repos.fund_id()).fiscal_year_start
    first, last = fiscal_year_bounds(fiscal_year, start)
    _close(db, actor, "year", first, last, counts, with_closing_entry=True)


def _close(db: Database, actor: User, kind: str, first: date, last: date,
           counts: Sequence[Count], with_closing_entry: bool) -> None:
    require(actor, "close_period")
    if last >= date.today():
        raise UserError(N_("A period can be closed only after its last day ({date})"),
                        date=last.isoformat())
    if not any(c.account_code == accounts.CASH for c in counts):
        raise UserError(N_("Closing a period needs the cash count of its last day"))
    with db.unit_of_work(actor.username) as uow:
        fund = uow.repos.funds.profile(uow.repos.fund_id())
        for _id, _kind, locked_first, locked_last in uow.repos.funds.closed_periods(
                fund.fund_id):
            if locked_first <= first and last <= locked_last:
                raise UserError(N_("{first} to {last} is already closed"),
                                first=first.isoformat(), last=last.isoformat())
        closing = _closing_entry(uow, fund.fund_id, first, last) if with_closing_entry else None
        entry = (build_entry(uow, fund, last, closing[0], EntrySource.YEAR_CLOSE, closing[1])
                 if closing else None)
        assertions = _assertion_rows(uow, fund.fund_id, last, counts,
                                     close_note(kind, first, last))
        uow.record(fund.fund_id, "period.closed", {
            "entry": entry, "assertions": assertions,
            "lock": {"id": new_id(), "kind": kind, "first_day": first.isoformat(),
                     "last_day": last.isoformat(), "closed_by": uow.actor,
                     "closed_at": now_iso()},
        })
        uow.commit()


def _closing_entry(uow: UnitOfWork, fund_id: str, first: date,
                   last: date) -> tuple[str, list[Posting]] | None:
    types = {a.code: a.type for a in uow.repos.funds.accounts(fund_id)}
    totals = uow.repos.books.balances(fund_id, as_of=last, since=first)
    lines = [Posting(code, -amount) for code, amount in sorted(totals.items())
             if amount and types[code] in (AccountType.INCOME, AccountType.EXPENSE)]
    if not lines:
        return None
    net = -sum(p.amount for p in lines)
    if net:
        lines.append(Posting(accounts.SURPLUS, net))
    return year_close_text(first, last), lines


def reopen_period(db: Database, actor: User, first_day: date, reason: str) -> None:
    """Unlocks a closed period; only a committee member other than who closed it."""
    require(actor, "reopen_period")
    if not reason.strip():
        raise UserError(N_("Reopening a period needs a reason"))
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        locks = [lock for lock in uow.repos.funds.closed_periods(fund_id)
                 if lock[2] == first_day]
        if not locks:
            raise UserError(N_("No closed period starts on {date}"), date=first_day.isoformat())
        lock_id = locks[0][0]
        if uow.repos.funds.lock_closed_by(lock_id) == actor.username:
            raise UserError(N_("The person who closed a period cannot reopen it; "
                               "a second committee member must"))
        uow.record(fund_id, "period.reopened", {
            "lock_id": lock_id, "reopened_by": uow.actor, "reopened_at": now_iso(),
            "reason": reason.strip()})
        uow.commit()


