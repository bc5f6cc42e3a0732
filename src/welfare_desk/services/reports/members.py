"""Member statement, members by category / village / age group, arrears list,
benefits paid by type."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.db.repos.claims import ClaimRow
from welfare_desk.db.repos.reports import BenefitTotal
from welfare_desk.db.rows import ReceiptRow
from welfare_desk.ledger.dues import ArrearsGrid, arrears_grid, plan_periods
from welfare_desk.ledger.members import MemberRecord, MemberStatus, age_on
from welfare_desk.services.common import find_member
from welfare_desk.services.dues import all_arrears


@dataclass(frozen=True)
class MemberStatement:
    """The passbook page: dues by month, receipts, benefits received, totals."""

    member: MemberRecord
    first: date
    last: date
    grid: ArrearsGrid
    receipts: tuple[ReceiptRow, ...]
    claims: tuple[ClaimRow, ...]
    benefit_names: dict[str, str]

    def paid_of(self, kind: str) -> int:
        """Paid on receipts that stand (voided ones are not counted), lines of ``kind``."""
        return sum(amount for r in self.receipts if not r.voided
                   for line_kind, _text, _account, amount in r.lines if line_kind == kind)

    @property
    def dues_paid(self) -> int:
        return self.paid_of("dues")

    @property
    def received_total(self) -> int:
        """Every receipt that stands: the sum of the amounts the statement lists."""
        return sum(r.total for r in self.receipts if not r.voided)

    @property
    def benefits_received(self) -> int:
        return sum(c.approved_amount or 0 for c in self.claims if c.voucher_no)


def member_statement(db: Database, member_no: int, first: date, last: date) -> MemberStatement:
    with db.read() as repos:
        fund_id = repos.fund_id()
        member = find_member(repos, fund_id, member_no)
        periods = plan_periods(repos.funds.dues_plans(fund_id),
                               repos.members.plan_history(member.member_id))
        payments = repos.members.dues_payments(fund_id, member.member_id, until=last)
        receipts = [r for r in repos.books.member_receipts(fund_id, member.member_id)
                    if first <= r.issued_on <= last]
        claims = [c for c in repos.claims.for_member(member.member_id)
                  if first <= c.filed_on <= last]
        names = dict(repos.funds.benefit_names(fund_id))
    grid = arrears_grid(periods, member.joined_on, payments.get(member.member_id, []), last,
                        first_month=(first.year, first.month), last_month=(last.year, last.month))
    return MemberStatement(member, first, last, grid, tuple(receipts), tuple(claims), names)


AGE_GROUPS: tuple[tuple[int, int | None], ...] = (
    (0, 17), (18, 39), (40, 59), (60, 69), (70, 79), (80, None))


def age_group(age: int) -> str:
    for low, high in AGE_GROUPS:
        if (high is None or age <= high) and age >= low:
            return f"{low}+" if high is None else f"{low}-{high}"
    return "?"


@dataclass(frozen=True)
class MemberBreakdown:
    as_of: date
    by_status: dict[str, int]
    by_category: dict[str, int]  # active members; one member may count in several
    by_village: dict[int, int]
    by_age_group: dict[str, int]  # "unknown" where the birth date is missing
    by_gender: dict[str, int]


def member_breakdown(db: Database, as_of: date) -> MemberBreakdown:
    with db.read() as repos:
        members = [m for m in repos.members.all(repos.fund_id()) if m.joined_on <= as_of]
    active = [m for m in members if m.status == MemberStatus.ACTIVE]
    return MemberBreakdown(
        as_of,
        dict(Counter(m.status.value for m in members)),
        dict(Counter(c.value for m in active for c in m.categories)),
        dict(sorted(Counter(m.village_no for m in active).items())),
        dict(Counter(age_group(age_on(m.birth_date, as_of)) if m.birth_date else "unknown"
                     for m in active)),
        dict(Counter(m.gender.value for m in active)),
    )


@dataclass(frozen=True)
class ArrearsLine:
    member_no: int
    name: str
    village_no: int
    missed_instalments: int
    owed: int  # overdue + due_now
    paid_through: tuple[int, int] | None
    overdue: int = 0  # unpaid on the missed instalments (what the count counts)
    due_now: int = 0  # this month's instalment, due but not yet late


def arrears_list(db: Database, as_of: date, min_missed: int = 1) -> list[ArrearsLine]:
    with db.read() as repos:
        rows = all_arrears(repos, repos.fund_id(), as_of)
    return [
        ArrearsLine(r.member.member_no, r.member.full_name, r.member.village_no,
                    r.grid.missed_instalments, r.grid.owed, r.grid.months_paid_through,
                    r.grid.overdue, r.grid.due_now)
        for r in rows if r.grid.missed_instalments >= min_missed
    ]


@dataclass(frozen=True)
class BenefitsByType:
    first: date
    last: date
    lines: tuple[tuple[str, str, BenefitTotal], ...]  # code, Thai name, totals
    non_members: BenefitTotal

    @property
    def total_amount(self) -> int:
        return sum(t.amount for _, _, t in self.lines) + self.non_members.amount


def benefits_by_type(db: Database, first: date, last: date) -> BenefitsByType:
    with db.read() as repos:
        fund_id = repos.fund_id()
        names = dict(repos.funds.benefit_names(fund_id))
        paid = repos.reports.benefits_paid(fund_id, first, last)
        aid = repos.reports.non_member_aid(fund_id, first, last)
    lines = tuple((t.benefit_code, names.get(t.benefit_code, t.benefit_code), t) for t in paid)
    return BenefitsByType(first, last, lines, aid)
