"""Money by source (grants, interest, donations ...) and CODI's matching rounds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.db.repos import Repositories
from welfare_desk.ledger import accounts
from welfare_desk.ledger.accounts import GRANT_ACCOUNTS, GrantSource
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User, require
from welfare_desk.ledger.journal import EntrySource, simple_entry_postings
from welfare_desk.ledger.matching import (
    MatchingCandidate,
    MatchingList,
    check_can_mark_matched,
    eligible_for_matching,
)
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import build_entry, check_money_account, new_id
from welfare_desk.services.journal_text import grant_text


@dataclass(frozen=True)
class GrantForm:
    source: GrantSource
    amount: int
    received_on: date
    money_account: str = accounts.FIRST_BANK
    round: int | None = None  # government matching via CODI: รอบที่
    reference: str = ""


def record_grant(db: Database, actor: User, form: GrantForm) -> str:
    """Money received from a source other than members' dues, with its journal entry."""
    require(actor, "write")
    if form.source == GrantSource.GOVERNMENT_VIA_CODI and not form.round:
        raise UserError(N_("Government matching money via CODI needs its round number"))
    with db.unit_of_work(actor.username) as uow:
        fund = uow.repos.funds.profile(uow.repos.fund_id())
        check_money_account(uow.repos, fund.fund_id, form.money_account)
        income = GRANT_ACCOUNTS[form.source]
        text = grant_text(form.source, form.round, form.reference)
        entry = build_entry(uow, fund, form.received_on, text, EntrySource.GRANT,
                            simple_entry_postings(form.money_account, income, form.amount))
        uow.record(fund.fund_id, "grant.recorded", {"entry": entry, "grant": {
            "id": new_id(), "source": form.source.value, "round": form.round,
            "received_on": form.received_on.isoformat(), "amount": form.amount,
            "money_account": form.money_account, "reference": form.reference.strip(),
            "entry_id": entry["id"],
        }})
        uow.commit()
    return str(entry["number"])


def matching_list(db: Database, year: int) -> MatchingList:
    """Members CODI may match for the year ending 30 September ``year``."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        return eligible_for_matching(_candidates(repos, fund_id), year)


def _candidates(repos: Repositories, fund_id: str) -> list[MatchingCandidate]:
    matched = repos.members.times_matched(fund_id)
    return [
        MatchingCandidate(m.member_id, m.member_no, m.joined_on, m.status, m.status_since,
                          len(matched.get(m.member_id, [])),
                          frozenset(matched.get(m.member_id, [])))
        for m in repos.members.all(fund_id)
    ]


def mark_matched(db: Database, actor: User, year: int, member_nos: list[int]) -> int:
    """Marks members as matched for ``year``; every one must be eligible, or none is."""
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        by_no = {c.member_no: c for c in _candidates(uow.repos, fund_id)}
        ids = []
        for no in member_nos:
            if no not in by_no:
                raise UserError(N_("There is no member number {no}"), no=no)
            check_can_mark_matched(by_no[no], year)
            ids.append(by_no[no].member_id)
        uow.record(fund_id, "matching.marked",
                   {"year": year, "member_ids": ids, "marked_by": uow.actor})
        uow.commit()
    return len(ids)
