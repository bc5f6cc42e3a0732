"""Pieces every use case shares: ids, clock, entry numbers, period checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from welfare_desk.db.clock import new_id as new_id
from welfare_desk.db.clock import now_iso as now_iso
from welfare_desk.db.database import UnitOfWork
from welfare_desk.db.repos import Repositories
from welfare_desk.ledger.accounts import is_money_account
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.journal import EntrySource, Posting, entry_number, validate_postings
from welfare_desk.ledger.members import MemberRecord
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.ledger.text import N_

# Journal voucher series, as Thai bookkeeping keeps them: receipts, payments, general.
SERIES: dict[EntrySource, str] = {
    EntrySource.RECEIPT: "RV",
    EntrySource.GRANT: "RV",
    EntrySource.VOUCHER: "PV",
    EntrySource.NON_MEMBER_AID: "PV",
}
GENERAL_SERIES = "JV"


def series_prefix(source: EntrySource, fund: FundProfile, on: date) -> str:
    fiscal_year_be = fiscal_year_of(on, fund.fiscal_year_start) + 543
    return f"{SERIES.get(source, GENERAL_SERIES)}{fiscal_year_be}"


def next_entry_number(repos: Repositories, fund: FundProfile, source: EntrySource,
                      on: date, taken: int = 0) -> str:
    prefix = series_prefix(source, fund, on)
    running = repos.funds.counter(fund.fund_id, f"entry:{prefix}") + 1 + taken
    return entry_number(prefix[:2], int(prefix[2:]), running)


def entry_payload(entry_id: str, number: str, on: date, description: str, source: EntrySource,
                  postings: Sequence[Posting], actor: str, at: str,
                  reverses: str | None = None,
                  member_id: str | None = None) -> dict[str, Any]:
    return {
        "id": entry_id, "number": number, "entry_date": on.isoformat(),
        "description": description, "source": source.value, "reverses_id": reverses,
        "created_by": actor, "created_at": at,
        "postings": [
            {"account": p.account_code, "amount": p.amount, "memo": p.memo,
             "member_id": member_id}
            for p in postings
        ],
    }


def check_period_open(repos: Repositories, fund_id: str, on: date,
                      source: EntrySource = EntrySource.MANUAL) -> None:
    """Mirrors the database trigger, to refuse with a clear message before writing."""
    problem = closed_period_problem(repos.funds.closed_periods(fund_id), on, source)
    if problem is not None:
        raise problem


Lock = tuple[str, str, date, date]  # (lock id, kind, first day, last day)


def closed_period_problem(locks: Sequence[Lock], on: date,
                          source: EntrySource = EntrySource.MANUAL) -> UserError | None:
    """Why an entry dated ``on`` would be refused by a period lock, if it would."""
    for _lock_id, kind, first, last in locks:
        closing_in_month = source == EntrySource.YEAR_CLOSE and kind == "month"
        if first <= on <= last and not closing_in_month:
            return UserError(
                N_("{date} is in a closed period ({first} to {last}); "
                   "a committee member must reopen it first"),
                date=on.isoformat(), first=first.isoformat(), last=last.isoformat())
    return None


def build_entry(uow: UnitOfWork, fund: FundProfile, on: date, description: str,
                source: EntrySource, postings: Sequence[Posting],
                reverses: str | None = None, member_id: str | None = None,
                at: str | None = None) -> dict[str, Any]:
    """A validated entry payload with its number, refused in a closed period."""
    repos = uow.repos
    check_period_open(repos, fund.fund_id, on, source)
    validate_postings(postings, (a.code for a in repos.funds.accounts(fund.fund_id)))
    number = next_entry_number(repos, fund, source, on)
    return entry_payload(new_id(), number, on, description, source, postings,
                         uow.actor, at or now_iso(), reverses, member_id)


def money_account_codes(repos: Repositories, fund_id: str) -> set[str]:
    return {a.code for a in repos.funds.accounts(fund_id) if is_money_account(a)}


def check_money_account(repos: Repositories, fund_id: str, code: str) -> None:
    if code not in money_account_codes(repos, fund_id):
        raise UserError(N_("{code} is not a cash or bank account of this fund"), code=code)


def find_member(repos: Repositories, fund_id: str, member_no: int) -> MemberRecord:
    member = repos.members.by_no(fund_id, member_no)
    if member is None:
        raise UserError(N_("There is no member number {no}"), no=member_no)
    return member
