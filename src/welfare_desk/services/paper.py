"""What the printed documents need, gathered in one read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.db.repos.claims import ClaimRow, VoucherRow
from welfare_desk.db.rows import ReceiptForPaper, ReceiptRow
from welfare_desk.ledger.dues import plan_periods
from welfare_desk.ledger.dues_coverage import dues_coverage
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.members import Beneficiary, MemberRecord
from welfare_desk.ledger.payees import first_beneficiary, on_members_death
from welfare_desk.ledger.text import N_
from welfare_desk.services.regulation import load_regulation


def receipts_for_paper(db: Database, numbers: list[tuple[int, int]] | None = None,
                       first: date | None = None,
                       last: date | None = None) -> tuple[FundProfile, list[ReceiptForPaper]]:
    """Receipts by (book, number), or every receipt issued from ``first`` to ``last``."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        rows: list[ReceiptRow] = []
        for book, number in numbers or []:
            row = repos.books.receipt_by_number(fund_id, book, number)
            if row is None:
                raise UserError(N_("There is no receipt {number}"),
                                number=f"{book}/{number:03d}")
            rows.append(row)
        if first is not None and last is not None:
            for seq in repos.books.receipt_seqs_between(fund_id, first, last):
                found = repos.books.receipt_by_seq(fund_id, seq)
                if found is not None:
                    rows.append(found)
        plans = repos.funds.dues_plans(fund_id)
        papers = []
        for row in rows:
            member = repos.members.by_id(row.member_id) if row.member_id else None
            paper = ReceiptForPaper(row, member.member_no if member else None,
                                    repos.books.entry_creator(row.entry_id) or "")
            if member is not None and not row.voided and paper.dues_amount:
                history = plan_periods(plans, repos.members.plan_history(member.member_id))
                paid = repos.members.dues_paid_before(member.member_id, row.issued_on, row.seq)
                paper = replace(paper, dues_months=dues_coverage(
                    history, member.joined_on, paid, paper.dues_amount))
            papers.append(paper)
    return fund, papers


@dataclass(frozen=True)
class CardForPaper:
    member_no: int
    name: str
    village: str
    joined_on: date


def cards_for_paper(db: Database,
                    member_nos: list[int] | None = None) -> tuple[FundProfile, list[CardForPaper]]:
    """Cards for the given members, or for every active member (in member-number order)."""
    from welfare_desk.ledger.members import MemberStatus

    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        villages = {v.moo: v.name for v in repos.funds.villages(fund_id)}
        if member_nos is None:
            members = sorted((m for m in repos.members.all(fund_id)
                              if m.status == MemberStatus.ACTIVE), key=lambda m: m.member_no)
        else:
            members = []
            for no in member_nos:
                member = repos.members.by_no(fund_id, no)
                if member is None:
                    raise UserError(N_("There is no member number {no}"), no=no)
                members.append(member)
    return fund, [CardForPaper(m.member_no, m.full_name,
                               f"{m.village_no} {villages.get(m.village_no, '')}".strip(),
                               m.joined_on) for m in members]


@dataclass(frozen=True)
class VoucherForPaper:
    voucher: VoucherRow
    benefit: str  # the benefit's name, "" for other payments
    clause: str  # the regulation's clause the amount rests on
    member_no: int | None
    payer: str  # the treasurer who paid, by name
    member_name: str = ""
    deceased: bool = False  # a benefit for the member's death, paid to an heir
    payee_relation: str = ""  # to the member, when the payee is a named beneficiary
    meeting_ref: str = ""  # the committee meeting that approved the claim


def voucher_for_paper(db: Database, voucher_no: str) -> tuple[FundProfile, VoucherForPaper]:
    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        voucher = repos.claims.voucher(fund_id, voucher_no)
        if voucher is None:
            raise UserError(N_("There is no payment voucher {number}"), number=voucher_no)
        claim = repos.claims.by_voucher(fund_id, voucher_no)
        regulation = load_regulation(repos, fund_id)
        member = repos.members.by_id(claim.member_id) if claim else None
        payer = repos.funds.user(fund_id, voucher.paid_by)
    benefit = regulation.benefit_type(claim.benefit_code) if claim else None
    relation = next((b.relation for b in member.beneficiaries
                     if b.name.strip() == voucher.payee_name.strip()), "") if member else ""
    return fund, VoucherForPaper(
        voucher, (benefit.name_th if benefit else claim.benefit_code) if claim else "",
        str(claim.assessment.get("clause", "")) if claim else "",
        member.member_no if member else None,
        payer.display_name if payer else voucher.paid_by,
        member.full_name if member else "",
        bool(benefit and on_members_death(benefit)), relation,
        (claim.meeting_ref or "") if claim else "")


@dataclass(frozen=True)
class ClaimForPaper:
    claim: ClaimRow
    member: MemberRecord
    benefit: str
    village: str
    to_heir: bool = False  # the event is the member's death: the heir signs
    beneficiary: Beneficiary | None = None


def claim_for_paper(db: Database, claim_no: str) -> tuple[FundProfile, ClaimForPaper]:
    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        claim = repos.claims.by_no(fund_id, claim_no)
        if claim is None:
            raise UserError(N_("There is no claim {number}"), number=claim_no)
        member = repos.members.by_id(claim.member_id)
        assert member is not None
        benefit = load_regulation(repos, fund_id).benefit_type(claim.benefit_code)
        villages = {v.moo: v.name for v in repos.funds.villages(fund_id)}
    to_heir = bool(benefit and on_members_death(benefit))
    return fund, ClaimForPaper(claim, member, benefit.name_th if benefit else claim.benefit_code,
                               villages.get(member.village_no, ""), to_heir,
                               first_beneficiary(member.beneficiaries) if to_heir else None)
