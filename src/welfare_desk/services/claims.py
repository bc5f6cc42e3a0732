"""Benefit claims: file, judge by the rule in force, decide (a second person), pay."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from welfare_desk.db.database import Database, UnitOfWork
from welfare_desk.db.repos import Repositories
from welfare_desk.db.repos.claims import ClaimRow
from welfare_desk.ledger import accounts
from welfare_desk.ledger.benefits import (
    BenefitType,
    ClaimFacts,
    Decision,
    PriorPayout,
    evaluate_claim,
)
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile, User, require
from welfare_desk.ledger.journal import EntrySource, simple_entry_postings
from welfare_desk.ledger.members import MemberRecord
from welfare_desk.ledger.payees import Payee, choose_payee, default_payee, on_members_death
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import normalize_national_id
from welfare_desk.services.common import build_entry, check_money_account, find_member, new_id
from welfare_desk.services.journal_text import benefit_text, voucher_text
from welfare_desk.services.regulation import load_regulation


def file_claim(db: Database, actor: User, member_no: int, facts: ClaimFacts,
               details: str = "") -> ClaimRow:
    """Records a claim with its eligibility assessment (every reason, with its clause)."""
    require(actor, "file_claim")
    if facts.event_date > facts.filed_on:
        raise UserError(N_("The event date is after the filing date"))
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        fund = uow.repos.funds.profile(fund_id)
        member = find_member(uow.repos, fund_id, member_no)
        decision = assess(uow.repos, fund, member, facts)
        claim_no = _next_claim_no(uow.repos, fund, facts.filed_on)
        uow.record(fund_id, "claim.filed", {"claim": {
            "id": new_id(), "claim_no": claim_no, "member_id": member.member_id,
            "benefit_code": facts.benefit_code, "event_date": facts.event_date.isoformat(),
            "filed_on": facts.filed_on.isoformat(), "nights": facts.nights,
            "details": details.strip(),
            "documents": json.dumps(sorted(facts.documents), ensure_ascii=False),
            "requested_amount": facts.requested_amount,
            "assessment": json.dumps(decision_dict(decision), ensure_ascii=False),
            "filed_by": uow.actor,
        }})
        uow.commit()
        claim = uow.repos.claims.by_no(fund_id, claim_no)
    assert claim is not None
    return claim


def assess(repos: Repositories, fund: FundProfile, member: MemberRecord,
           facts: ClaimFacts) -> Decision:
    regulation = load_regulation(repos, fund.fund_id)
    prior = [PriorPayout(p.benefit_code, p.event_date, p.amount)
             for p in repos.claims.paid_benefits(member.member_id)]
    return evaluate_claim(regulation, member.facts(), facts, prior, fund.fiscal_year_start)


def decision_dict(decision: Decision) -> dict[str, Any]:
    return {
        "eligible": decision.eligible, "amount": decision.amount,
        "benefit_code": decision.benefit_code, "rule_version": decision.rule_version,
        "clause": decision.clause,
        "reasons": [asdict(r) for r in decision.reasons],
    }


def _next_claim_no(repos: Repositories, fund: FundProfile, on: date) -> str:
    prefix = f"C{fiscal_year_of(on, fund.fiscal_year_start) + 543}"
    running = repos.funds.counter(fund.fund_id, f"claim:{prefix}") + 1
    return f"{prefix}-{running:04d}"


def find_claim(repos: Repositories, fund_id: str, claim_no: str) -> ClaimRow:
    claim = repos.claims.by_no(fund_id, claim_no)
    if claim is None:
        raise UserError(N_("There is no claim {number}"), number=claim_no)
    return claim


def decide_claim(db: Database, actor: User, claim_no: str, approve: bool, reason: str,
                 meeting_ref: str, decided_on: date, amount: int | None = None) -> ClaimRow:
    """The chair's decision; the person who filed a claim cannot decide it."""
    require(actor, "decide_claim")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        claim = find_claim(uow.repos, fund_id, claim_no)
        _check_decidable(claim, actor, decided_on, reason, approve)
        granted = _approved_amount(uow, fund_id, claim, amount) if approve else 0
        uow.record(fund_id, "claim.decided", {"decision": {
            "claim_id": claim.claim_id, "approved": approve, "amount": granted,
            "reason": reason.strip(), "meeting_ref": meeting_ref.strip(),
            "decided_on": decided_on.isoformat(), "decided_by": uow.actor,
        }})
        uow.commit()
        decided = uow.repos.claims.by_no(fund_id, claim_no)
    assert decided is not None
    return decided


def _check_decidable(claim: ClaimRow, actor: User, on: date, reason: str,
                     approve: bool) -> None:
    if claim.approved is not None:
        raise UserError(N_("Claim {number} has already been decided"), number=claim.claim_no)
    if claim.filed_by == actor.username:
        raise UserError(N_("The person who filed claim {number} cannot also decide it"),
                        number=claim.claim_no)
    if on < claim.filed_on:
        raise UserError(N_("A claim cannot be decided before it was filed"))
    if not approve and not reason.strip():
        raise UserError(N_("A rejection needs a reason"))


def _approved_amount(uow: UnitOfWork, fund_id: str, claim: ClaimRow,
                     amount: int | None) -> int:
    """Judged again at decision time: payouts since filing may have used up a cap."""
    fund = uow.repos.funds.profile(fund_id)
    member = uow.repos.members.by_id(claim.member_id)
    assert member is not None
    facts = ClaimFacts(claim.benefit_code, claim.event_date, claim.filed_on, claim.nights,
                       frozenset(claim.documents), claim.requested_amount)
    decision = assess(uow.repos, fund, member, facts)
    if not decision.eligible:
        raise UserError(N_("Claim {number} does not meet the regulation; it can only be "
                           "rejected"), number=claim.claim_no)
    if amount is None:
        return decision.amount
    if not 0 < amount <= decision.amount:
        raise UserError(N_("The approved amount must be between 0.01 and {limit} baht"),
                        limit=f"{decision.amount / 100:,.2f}")
    return amount


def pay_claim(db: Database, actor: User, claim_no: str, paid_on: date,
              money_account: str = accounts.CASH, payee_name: str | None = None,
              payee_national_id: str | None = None) -> ClaimRow:
    """Pays an approved claim with a payment voucher (ใบสำคัญจ่าย) and its entry.

    The payee is the member, or for a benefit whose event is the member's death the
    beneficiary (``payee_name`` names another heir; it is required when the member
    named no beneficiary)."""
    require(actor, "pay")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        claim = find_claim(uow.repos, fund_id, claim_no)
        if claim.approved is not True or claim.approved_amount is None:
            raise UserError(N_("Claim {number} is not approved"), number=claim_no)
        if claim.voucher_no is not None:
            raise UserError(N_("Claim {number} is already paid"), number=claim_no)
        if paid_on < claim.filed_on:
            raise UserError(N_("A claim cannot be paid before it was filed"))
        member = uow.repos.members.by_id(claim.member_id)
        assert member is not None
        benefit = _benefit_type(uow.repos, fund_id, claim.benefit_code)
        payee = choose_payee(benefit, member, payee_name,
                             normalize_national_id(payee_national_id)
                             if payee_national_id else None)
        deceased = member.full_name if on_members_death(benefit) else None
        pay_voucher_in(uow, fund_id, paid_on, payee.name, payee.national_id,
                       benefit_text(benefit.name_th, claim.claim_no, deceased),
                       claim.approved_amount, benefit.account_code, money_account,
                       claim_id=claim.claim_id, member_id=member.member_id)
        uow.commit()
        paid = uow.repos.claims.by_no(fund_id, claim_no)
    assert paid is not None
    return paid


def _benefit_type(repos: Repositories, fund_id: str, benefit_code: str) -> BenefitType:
    found = load_regulation(repos, fund_id).benefit_type(benefit_code)
    if found is None:
        raise UserError(N_("There is no benefit {code}"), code=benefit_code)
    return found


def pay_voucher_in(uow: UnitOfWork, fund_id: str, on: date, payee: str,
                   payee_national_id: str | None, purpose: str, amount: int, expense: str,
                   money_account: str, claim_id: str | None = None,
                   member_id: str | None = None,
                   non_member_aid: dict[str, Any] | None = None) -> str:
    """Voucher and journal entry share one number (PV<fiscal year>-NNNNNN)."""
    check_money_account(uow.repos, fund_id, money_account)
    fund = uow.repos.funds.profile(fund_id)
    source = EntrySource.NON_MEMBER_AID if non_member_aid else EntrySource.VOUCHER
    entry = build_entry(uow, fund, on, voucher_text(payee, purpose), source,
                        simple_entry_postings(expense, money_account, amount),
                        member_id=member_id)
    voucher = {
        "id": new_id(), "voucher_no": entry["number"], "paid_on": on.isoformat(),
        "claim_id": claim_id, "payee_name": payee, "payee_national_id": payee_national_id,
        "purpose": purpose, "amount": amount, "expense_account": expense,
        "money_account": money_account, "entry_id": entry["id"], "paid_by": uow.actor,
    }
    aid = {**non_member_aid, "id": new_id(), "voucher_id": voucher["id"]} \
        if non_member_aid else None
    uow.record(fund_id, "voucher.paid", {"voucher": voucher, "entry": entry,
                                          "non_member_aid": aid})
    return str(entry["number"])


def aid_non_member(db: Database, actor: User, recipient: str, national_id: str | None,
                   village_no: int | None, reason: str, amount: int, paid_on: date,
                   money_account: str = accounts.CASH) -> str:
    """Help to a person who is not a member (ผู้ด้อยโอกาสที่ไม่ใช่สมาชิก), kept apart."""
    require(actor, "pay")
    if not recipient.strip() or not reason.strip():
        raise UserError(N_("Help to a non-member needs the person's name and a reason"))
    digits = normalize_national_id(national_id) if national_id else None
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        number = pay_voucher_in(
            uow, fund_id, paid_on, recipient.strip(), digits, reason.strip(), amount,
            "5120", money_account,
            non_member_aid={"recipient_name": recipient.strip(), "national_id": digits,
                            "village_no": village_no, "reason": reason.strip()})
        uow.commit()
    return number


@dataclass(frozen=True)
class ClaimListRow:
    claim: ClaimRow
    member_no: int
    member_name: str
    benefit_name: str
    payee: Payee | None  # who is paid by default; None: a death benefit with no beneficiary
    to_heir: bool = False  # the benefit's event is the member's death


def claim_list(db: Database, since: date, open_only: bool) -> list[ClaimListRow]:
    """Claims filed since a date, or every claim not yet paid or rejected (any age)."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        regulation = load_regulation(repos, fund_id)
        claims = repos.claims.filed_since(fund_id, date.min if open_only else since)
        if open_only:
            claims = [c for c in claims
                      if c.approved is None or (c.approved and not c.voucher_no)]
        members = {}
        for member_id in {c.member_id for c in claims}:
            member = repos.members.by_id(member_id)
            assert member is not None
            members[member_id] = member
    return [_list_row(c, members[c.member_id], regulation.benefit_type(c.benefit_code))
            for c in reversed(claims)]


def _list_row(claim: ClaimRow, member: MemberRecord, benefit: BenefitType | None) -> ClaimListRow:
    if benefit is None:  # a benefit type no longer in the regulation
        return ClaimListRow(claim, member.member_no, member.full_name, claim.benefit_code,
                            Payee(member.full_name, member.national_id))
    return ClaimListRow(claim, member.member_no, member.full_name, benefit.name_th,
                        default_payee(benefit, member), on_members_death(benefit))
