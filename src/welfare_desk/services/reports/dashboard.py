"""The fund at a glance: what the desktop's home page shows, in one read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from welfare_desk.db.database import Database
from welfare_desk.db.repos import Repositories
from welfare_desk.ledger.accounts import AccountType, is_money_account
from welfare_desk.ledger.journal import EntrySource
from welfare_desk.ledger.members import MemberStatus, age_on
from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of, month_bounds
from welfare_desk.services.dues import all_arrears
from welfare_desk.services.reports.members import BenefitsByType, age_group, benefits_by_type

DUES_ACCOUNT = "4101"
BENEFIT_ACCOUNT_PREFIX = "51"
MONTHS_SHOWN = 12


@dataclass(frozen=True)
class MonthFlow:
    year: int
    month: int
    income: int     # everything that came in as income (dues, fees, grants ...)
    payouts: int    # everything spent (benefits, admin)
    money_at_end: int  # cash and banks at the end of the month


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    money: tuple[tuple[str, str, int], ...]  # code, Thai name, balance
    month_dues: int
    month_benefits: int
    members_by_status: dict[str, int]
    in_arrears: int
    benefits_this_year: BenefitsByType
    claims_waiting: int
    last_batch_at: datetime | None  # local time of the last batch written for the zone
    flows: tuple[MonthFlow, ...]
    age_groups: dict[str, int]
    last_batch_name: str | None = None

    @property
    def money_total(self) -> int:
        return sum(balance for _, _, balance in self.money)

    def days_since_last_batch(self) -> int | None:
        if self.last_batch_at is None:
            return None
        return (self.as_of - self.last_batch_at.date()).days


def _months_back(as_of: date, count: int) -> list[tuple[int, int]]:
    months = []
    year, month = as_of.year, as_of.month
    for _ in range(count):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _flows(repos: Repositories, fund_id: str, as_of: date) -> tuple[MonthFlow, ...]:
    chart = {a.code: a for a in repos.funds.accounts(fund_id)}
    months = _months_back(as_of, MONTHS_SHOWN)
    first, _ = month_bounds(*months[0])
    totals = repos.reports.monthly_totals(fund_id, first, as_of, EntrySource.YEAR_CLOSE)
    money_codes = {code for code, account in chart.items() if is_money_account(account)}
    before = repos.books.balances(fund_id, as_of=date.fromordinal(first.toordinal() - 1))
    money = sum(before.get(code, 0) for code in money_codes)
    flows = []
    for year, month in months:
        key = f"{year:04d}-{month:02d}"
        by_type: Counter[AccountType] = Counter()
        for (m, code), total in totals.items():
            if m == key and code in chart:
                by_type[chart[code].type] += total
        money += sum(totals.get((key, code), 0) for code in money_codes)
        flows.append(MonthFlow(year, month, -by_type[AccountType.INCOME],
                               by_type[AccountType.EXPENSE], money))
    return tuple(flows)


def dashboard(db: Database, as_of: date) -> Dashboard:
    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        accounts = [a for a in repos.funds.accounts(fund_id) if is_money_account(a)]
        balances = repos.books.balances(fund_id, as_of=as_of)
        month_first, _ = month_bounds(as_of.year, as_of.month)
        this_month = repos.books.balances(fund_id, as_of=as_of, since=month_first)
        members = [m for m in repos.members.all(fund_id) if m.joined_on <= as_of]
        in_arrears = sum(1 for row in all_arrears(repos, fund_id, as_of)
                         if row.grid.missed_instalments > 0)
        waiting = len(repos.claims.waiting(fund_id))
        last_batch = repos.sync.last_export(fund_id)
        flows = _flows(repos, fund_id, as_of)
    fy_first, _ = fiscal_year_bounds(fiscal_year_of(as_of, fund.fiscal_year_start),
                                     fund.fiscal_year_start)
    active = [m for m in members if m.status == MemberStatus.ACTIVE]
    return Dashboard(
        as_of=as_of,
        money=tuple((a.code, a.name_th, balances.get(a.code, 0)) for a in accounts),
        month_dues=-this_month.get(DUES_ACCOUNT, 0),
        month_benefits=sum(v for code, v in this_month.items()
                           if code.startswith(BENEFIT_ACCOUNT_PREFIX)),
        members_by_status=dict(Counter(m.status.value for m in members)),
        in_arrears=in_arrears,
        benefits_this_year=benefits_by_type(db, fy_first, as_of),
        claims_waiting=waiting,
        # Stamps are UTC; the fund's day is the computer's (a batch at 02:00 in
        # Thailand was written "yesterday" in UTC).
        last_batch_at=(datetime.fromisoformat(last_batch.exported_at).astimezone()
                       if last_batch else None),
        flows=flows,
        age_groups=dict(Counter(age_group(age_on(m.birth_date, as_of)) if m.birth_date
                                else "unknown" for m in active)),
        last_batch_name=last_batch.name if last_batch else None,
    )
