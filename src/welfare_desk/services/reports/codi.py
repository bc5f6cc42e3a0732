"""The figures of CODI's status form (แบบแสดงสถานะกองทุนสวัสดิการชุมชน) and the
month's report for the committee meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.ledger import accounts
from welfare_desk.ledger.accounts import GrantSource
from welfare_desk.ledger.periods import fiscal_year_bounds, month_bounds
from welfare_desk.services.reports.books import (
    FinancialPosition,
    ReceiptsAndPayments,
    financial_position,
    receipts_and_payments,
)
from welfare_desk.services.reports.members import (
    BenefitsByType,
    MemberBreakdown,
    benefits_by_type,
    member_breakdown,
)

# CODI's rules for matching money: villages covered and basic benefit types paid.
MIN_VILLAGE_COVERAGE_PERCENT = 50
MIN_BENEFIT_TYPES = 3


@dataclass(frozen=True)
class CodiStatus:
    fund_code: str
    fund_name: str
    fiscal_year: int  # Gregorian year in which the fiscal year ends
    first: date
    last: date
    members: MemberBreakdown
    villages_total: int
    villages_covered: int
    money_by_source_year: dict[str, int]  # GrantSource value (plus "dues") -> satang
    money_by_source_total: dict[str, int]  # since the fund began
    government_rounds: dict[int, int]  # matching via CODI by round, since the start
    benefits: BenefitsByType
    position: FinancialPosition
    receipts_payments: ReceiptsAndPayments

    @property
    def village_coverage_percent(self) -> int:
        return 100 * self.villages_covered // self.villages_total if self.villages_total else 0

    @property
    def benefit_types_paid(self) -> int:
        return sum(1 for _, _, t in self.benefits.lines if t.amount > 0)

    @property
    def meets_matching_conditions(self) -> bool:
        return (self.village_coverage_percent >= MIN_VILLAGE_COVERAGE_PERCENT
                and self.benefit_types_paid >= MIN_BENEFIT_TYPES)


def codi_status(db: Database, fiscal_year: int) -> CodiStatus:
    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        villages = repos.funds.villages(fund_id)
        first, last = fiscal_year_bounds(fiscal_year, fund.fiscal_year_start)
        year_grants = repos.reports.grants_by_source(fund_id, first, last)
        all_grants = repos.reports.grants_by_source(fund_id, None, last)
        # Not the balance: a closed year's closing entry empties the income accounts.
        year_totals = repos.reports.entry_sources_between(fund_id, first, last, "year_close")
        all_totals = repos.reports.entry_sources_between(fund_id, date(1900, 1, 1), last,
                                                         "year_close")
    breakdown = member_breakdown(db, last)
    rounds: dict[int, int] = {}
    for (source, round_no), amount in all_grants.items():
        if source == GrantSource.GOVERNMENT_VIA_CODI.value and round_no is not None:
            rounds[round_no] = rounds.get(round_no, 0) + amount
    return CodiStatus(
        fund.code, fund.name, fiscal_year, first, last, breakdown, len(villages),
        sum(1 for v in villages if breakdown.by_village.get(v.moo)),
        _by_source(year_grants, year_totals), _by_source(all_grants, all_totals), rounds,
        benefits_by_type(db, first, last), financial_position(db, last),
        receipts_and_payments(db, first, last),
    )


def _by_source(grants: dict[tuple[str, int | None], int],
               account_totals: dict[str, int]) -> dict[str, int]:
    """Members' dues and entry fees come in on receipts, so they are read from their
    accounts (net of voided receipts); the other sources from the grants recorded.
    A grant recorded as an entry fee posts to the entry-fee account too, so it is
    counted there once."""
    result: dict[str, int] = {"dues": -account_totals.get(accounts.DUES, 0)}
    result.update({s.value: 0 for s in GrantSource})
    for (source, _round), amount in grants.items():
        if source != GrantSource.ENTRY_FEE.value:
            result[source] += amount
    result[GrantSource.ENTRY_FEE.value] = -account_totals.get(accounts.ENTRY_FEE, 0)
    return result


@dataclass(frozen=True)
class MonthlyReport:
    """For the committee meeting: money in and out, balances, member movements."""

    year: int
    month: int
    receipts_payments: ReceiptsAndPayments
    benefits: BenefitsByType
    movements: dict[str, int]


def monthly_report(db: Database, year: int, month: int) -> MonthlyReport:
    first, last = month_bounds(year, month)
    with db.read() as repos:
        movements = repos.reports.member_movements(repos.fund_id(), first, last)
    return MonthlyReport(year, month, receipts_and_payments(db, first, last),
                         benefits_by_type(db, first, last), movements)
