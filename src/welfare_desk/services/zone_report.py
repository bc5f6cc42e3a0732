"""The zone's picture: each fund and the whole zone, with the warning signs.

Figures are defined as the funds' own reports define them (members as on
CODI's status form, money by source excluding the year's closing entry,
benefits by the vouchers that paid them), so the zone's totals are the sum of
what each fund reports to its own committee. A test holds them equal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from welfare_desk.db.zone_store import ZoneStore
from welfare_desk.ledger.members import CATEGORY_NAMES
from welfare_desk.ledger.text import N_
from welfare_desk.services.zone import zone_profile

DUES, ENTRY_FEES = "4101", "4102"
ADMIN_LIMIT_PERCENT = 20   # CODI's old guideline for administration costs
MATCHED_AT_MOST = 3
OVERDUE_AFTER_DAYS = 60
_CATEGORY_NAMES = {category.value: name for category, name in CATEGORY_NAMES.items()}

WARNINGS = {
    "payouts_beyond_income": N_("benefits paid beyond the fund's income in the period"),
    "admin_over_limit": N_("administration over 20% of spending"),
    "matched_too_often": N_("members matched more than 3 times"),
    "batch_overdue": N_("no batch for more than 60 days"),
}


@dataclass(frozen=True)
class FundFigures:
    fund_id: str
    code: str
    name: str
    amphoe: str
    province: str
    members: dict[str, int]           # by status, joined by the end of the period
    categories: dict[str, int]        # active members by category
    income: dict[str, int]            # dues, entry_fee, each grant source, other
    money: int                        # cash and bank at the end of the period
    benefits: dict[str, tuple[int, int]]  # benefit code -> (claims paid, amount)
    admin: int
    spending: int                     # all expenses in the period
    matched_too_often: int
    last_batch: str | None
    warnings: tuple[str, ...] = ()

    @property
    def income_total(self) -> int:
        return sum(self.income.values())

    @property
    def benefits_total(self) -> int:
        return sum(amount for _, amount in self.benefits.values())


@dataclass(frozen=True)
class SharedPerson:
    national_id: str
    memberships: tuple[tuple[str, int, str], ...]  # (fund code, member no., name)


@dataclass(frozen=True)
class ZoneReport:
    zone_name: str
    first: date
    last: date
    funds: tuple[FundFigures, ...]
    total: FundFigures
    benefit_names: dict[str, str]
    shared_people: tuple[SharedPerson, ...] = field(default=())


def zone_report(store: ZoneStore, first: date, last: date, today: date | None = None
                ) -> ZoneReport:
    profile = zone_profile(store)
    today = today or date.today()
    with store.read() as repo:
        q = repo.report()
        funds = q.funds()
        members, categories = q.members_by_status(last), q.active_by_category(last)
        totals, grants = q.account_totals(first, last), q.grants_by_source(first, last)
        money, benefits = q.money_balances(last), q.benefits_paid(first, last)
        matched, batches = q.matched_more_than(MATCHED_AT_MOST), q.last_batches()
        names, shared = q.benefit_names(), q.active_in_several_funds()
    figures = tuple(
        _with_warnings(FundFigures(
            fund_id, code, name, amphoe, province, members.get(fund_id, {}),
            categories.get(fund_id, {}), _income(totals.get(fund_id, {}), grants.get(fund_id, {})),
            sum(money.get(fund_id, {}).values()), benefits.get(fund_id, {}),
            _sum(totals.get(fund_id, {}), "52"), _sum(totals.get(fund_id, {}), "5"),
            matched.get(fund_id, 0), batches.get(fund_id)), today)
        for fund_id, code, name, amphoe, province in funds)
    codes = {f.fund_id: f.code for f in figures}
    people = tuple(SharedPerson(nid, tuple((codes.get(fid, fid), no, who)
                                           for fid, no, who in rows)) for nid, rows in shared)
    return ZoneReport(profile.name, first, last, figures, _total(figures), names, people)


def _sum(totals: dict[str, int], prefix: str) -> int:
    return sum(v for code, v in totals.items() if code.startswith(prefix))


def _income(totals: dict[str, int], grants: dict[str, int]) -> dict[str, int]:
    """Receipts by source: income accounts are credits, so their sums are negated."""
    income_total = -_sum(totals, "4")
    dues, fees = -totals.get(DUES, 0), -totals.get(ENTRY_FEES, 0)
    result = {"dues": dues, "entry_fee": fees, **grants}
    result["other"] = income_total - sum(result.values())
    return result


def _with_warnings(f: FundFigures, today: date) -> FundFigures:
    warnings = []
    if f.benefits_total > f.income_total:
        warnings.append("payouts_beyond_income")
    if f.spending and f.admin * 100 > f.spending * ADMIN_LIMIT_PERCENT:
        warnings.append("admin_over_limit")
    if f.matched_too_often:
        warnings.append("matched_too_often")
    if f.last_batch is None or _days_since(f.last_batch, today) > OVERDUE_AFTER_DAYS:
        warnings.append("batch_overdue")
    return FundFigures(**{**f.__dict__, "warnings": tuple(warnings)})


def _days_since(stamp: str, today: date) -> int:
    return (today - datetime.fromisoformat(stamp).date()) // timedelta(days=1)


def _add(dicts: list[dict[str, int]]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for d in dicts:
        total.update(d)
    return dict(total)


def _total(funds: tuple[FundFigures, ...]) -> FundFigures:
    benefits: dict[str, tuple[int, int]] = {}
    for f in funds:
        for code, (claims, amount) in f.benefits.items():
            old = benefits.get(code, (0, 0))
            benefits[code] = (old[0] + claims, old[1] + amount)
    return FundFigures(
        "", "", N_("Whole zone"), "", "", _add([f.members for f in funds]),
        _add([f.categories for f in funds]), _add([f.income for f in funds]),
        sum(f.money for f in funds), benefits, sum(f.admin for f in funds),
        sum(f.spending for f in funds), sum(f.matched_too_often for f in funds), None,
        tuple(sorted({w for f in funds for w in f.warnings})))


@dataclass(frozen=True)
class FundStatus:
    code: str
    name: str
    key_id: str
    key_status: str
    head_seq: int
    held: int
    quarantined: int


@dataclass(frozen=True)
class ZoneStatus:
    name: str
    funds: tuple[FundStatus, ...]


KEY_STATUS_NAMES = {"unconfirmed": N_("not confirmed"), "confirmed": N_("confirmed"),
                    "revoked": N_("revoked")}


def zone_status(store: ZoneStore) -> ZoneStatus:
    profile = zone_profile(store)
    with store.read() as repo:
        keys = repo.fund_keys()
        current = {}
        for key in keys:  # the confirmed key, else the newest registered
            if key.fund_id not in current or key.status == "confirmed":
                current[key.fund_id] = key
        rows = []
        for fund_id, key in current.items():
            batches = repo.batches(fund_id)
            rows.append(FundStatus(
                key.fund_code, key.fund_name, key.key_id, KEY_STATUS_NAMES[key.status],
                repo.head(fund_id)[0], sum(b.status == "pending" for b in batches),
                sum(b.status == "quarantined" for b in batches)))
    return ZoneStatus(profile.name, tuple(sorted(rows, key=lambda r: r.code)))


@dataclass(frozen=True)
class ReportTable:
    """A table of the report for any renderer: titles (N_ text), kinds, typed rows."""

    title: str
    columns: tuple[tuple[str, str], ...]  # (title, kind: text | count | money | date)
    rows: tuple[tuple[object, ...], ...]


def _grants(f: FundFigures) -> int:
    return sum(v for k, v in f.income.items() if k not in ("dues", "entry_fee", "other"))


def _fund_row(f: FundFigures, warning_text: str) -> tuple[object, ...]:
    last = datetime.fromisoformat(f.last_batch).date() if f.last_batch else None
    return (f.code, f.name, f.amphoe, f.members.get("active", 0), sum(f.members.values()),
            f.income.get("dues", 0) + f.income.get("entry_fee", 0), _grants(f),
            f.income.get("other", 0), f.income_total, f.benefits_total, f.admin, f.money,
            last, warning_text)


def report_tables(report: ZoneReport, tr: Callable[[str], str],
                  mask: Callable[[str], str]) -> tuple[ReportTable, ...]:
    """The report as tables; ``tr`` translates, ``mask`` hides national IDs."""
    def warned(f: FundFigures) -> str:
        return ", ".join(tr(WARNINGS[w]) for w in f.warnings)

    funds = ReportTable(N_("Funds of the zone"), (
        (N_("Code"), "text"), (N_("Fund"), "text"), (N_("Amphoe"), "text"),
        (N_("Active members"), "count"), (N_("All members"), "count"),
        (N_("Dues and entry fees"), "money"), (N_("Grants and matching"), "money"),
        (N_("Other income"), "money"), (N_("Total income"), "money"),
        (N_("Benefits paid"), "money"), (N_("Administration"), "money"),
        (N_("Cash and bank"), "money"), (N_("Last batch"), "date"),
        (N_("Warning signs"), "text")),
        (*(_fund_row(f, warned(f)) for f in report.funds),
         ("", tr(report.total.name), "", *_fund_row(report.total, "")[3:])))
    benefits = ReportTable(N_("Benefits paid by type, whole zone"), (
        (N_("Benefit"), "text"), (N_("Claims"), "count"), (N_("Amount"), "money")),
        tuple((report.benefit_names.get(code, tr(N_("Help to non-members"))
                                        if code == "non_member" else code), claims, amount)
              for code, (claims, amount) in sorted(report.total.benefits.items())))
    categories = ReportTable(N_("Active members by category, whole zone"), (
        (N_("Category"), "text"), (N_("Members"), "count")),
        tuple((tr(_CATEGORY_NAMES.get(c, c)), n)
              for c, n in sorted(report.total.categories.items())))
    shared = ReportTable(N_("The same person active in several funds (to review)"), (
        (N_("National ID"), "text"), (N_("Funds and member numbers"), "text"),
        (N_("Names"), "text")),
        tuple((mask(p.national_id), ", ".join(f"{code} #{no}" for code, no, _ in p.memberships),
               " / ".join(sorted({who for _, _, who in p.memberships})))
              for p in report.shared_people))
    return funds, benefits, categories, shared
