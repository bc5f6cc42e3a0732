"""Members, arrears, benefits, CODI's status form and the monthly report as tables."""

from __future__ import annotations

from welfare_desk.i18n.dates import BE_OFFSET
from welfare_desk.ledger.accounts import GRANT_SOURCE_NAMES, GrantSource
from welfare_desk.ledger.members import (
    CATEGORY_NAMES,
    MOVEMENT_NAMES,
    STATUS_NAMES,
    Category,
    MemberStatus,
)
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.codi import (
    MIN_BENEFIT_TYPES,
    MIN_VILLAGE_COVERAGE_PERCENT,
    CodiStatus,
    MonthlyReport,
)
from welfare_desk.services.reports.members import ArrearsLine, BenefitsByType, MemberBreakdown
from welfare_desk.ui.dialogs.reports_period import Period
from welfare_desk.ui.dialogs.reports_tables import TableBuilder, add_position
from welfare_desk.ui.report_views import ReportTable
from welfare_desk.ui.text import baht, count, day, month, tr

AGE_ORDER = ("0-17", "18-39", "40-59", "60-69", "70-79", "80+", "unknown")
Villages = dict[int, str]


def _village(moo: int, villages: Villages) -> str:
    return tr(N_("Moo {moo} {name}"), moo=moo, name=villages.get(moo, ""))


def _age(group: str) -> str:
    return tr(N_("unknown")) if group == "unknown" else tr(N_("{ages} years"), ages=group)


def add_members(t: TableBuilder, m: MemberBreakdown, villages: Villages, column: int) -> None:
    """Status, category, village, age group: the label in column 0, the count in ``column``."""
    def put(label: str, n: int, total: bool = False) -> None:
        cells = [label] + [""] * (column - 1) + [count(n)]
        (t.total if total else t.row)(*cells)

    t.section(tr(N_("Members by status")))
    for status in MemberStatus:
        if m.by_status.get(status.value):
            put(tr(STATUS_NAMES[status]), m.by_status[status.value])
    put(tr(N_("All members")), sum(m.by_status.values()), total=True)
    t.section(tr(N_("Active members by category")))
    for category in Category:
        if m.by_category.get(category.value):
            put(tr(CATEGORY_NAMES[category]), m.by_category[category.value])
    t.section(tr(N_("Active members by village")))
    for moo, n in m.by_village.items():
        put(_village(moo, villages), n)
    t.section(tr(N_("Active members by age group")))
    for group in AGE_ORDER:
        if m.by_age_group.get(group):
            put(_age(group), m.by_age_group[group])


def members_table(data: tuple[MemberBreakdown, Villages], fund: str,
                  period: Period) -> ReportTable:
    breakdown, villages = data
    t = TableBuilder((tr(N_("Group")), tr(N_("Members"))), (1,))
    add_members(t, breakdown, villages, 1)
    return t.table("members", tr(N_("Members by status, village, age and category")), fund,
                   period)


def arrears_table(lines: list[ArrearsLine], fund: str, period: Period) -> ReportTable:
    """Village by its number alone: what collectors go by, and the names fit."""
    t = TableBuilder((tr(N_("Member no.")), tr(N_("Name")), tr(N_("Village")),
                      tr(N_("Missed instalments")), tr(N_("Overdue")),
                      tr(N_("Due this month")), tr(N_("Paid up to"))),
                     (0, 2, 3, 4, 5))
    for x in lines:
        paid = month(*x.paid_through) if x.paid_through else tr(N_("nothing yet"))
        t.row(str(x.member_no), x.name, str(x.village_no),
              count(x.missed_instalments), baht(x.overdue), baht(x.due_now), paid)
    t.total("", tr(N_("{count} members in arrears"), count=count(len(lines))), "", "",
            baht(sum(x.overdue for x in lines)), baht(sum(x.due_now for x in lines)))
    return t.table("arrears", tr(N_("Members in arrears")), fund, period)


def add_benefits(t: TableBuilder, b: BenefitsByType, amount_column: int) -> None:
    """Each benefit type: name, people, then the amount in ``amount_column``."""
    def put(label: str, people: int | None, amount: int, total: bool = False) -> None:
        cells = [label, count(people) if people is not None else ""]
        cells += [""] * (amount_column - 2) + [baht(amount)]
        (t.total if total else t.row)(*cells)

    for _code, name, total in b.lines:
        put(name, total.people, total.amount)
    if b.non_members.amount:
        put(tr(N_("Help to non-members")), b.non_members.people, b.non_members.amount)
    put(tr(N_("Total benefits paid")), None, b.total_amount, total=True)


def benefits_table(b: BenefitsByType, fund: str, period: Period) -> ReportTable:
    t = TableBuilder((tr(N_("Benefit")), tr(N_("People")), tr(N_("Claims")),
                      tr(N_("Amount"))), (1, 2, 3))
    for _code, name, total in b.lines:
        t.row(name, count(total.people), count(total.claims), baht(total.amount))
    aid = b.non_members
    if aid.amount:
        t.row(tr(N_("Help to non-members")), count(aid.people), count(aid.claims),
              baht(aid.amount))
    t.total(tr(N_("Total benefits paid")), "", "", baht(b.total_amount))
    return t.table("benefits", tr(N_("Benefits paid by type")), fund, period)


def _source_name(source: str) -> str:
    return tr(N_("members' dues")) if source == "dues" else tr(GRANT_SOURCE_NAMES[
        GrantSource(source)])


def codi_table(data: tuple[CodiStatus, Villages], fund: str, period: Period) -> ReportTable:
    c, villages = data
    t = TableBuilder((tr(N_("Item")), tr(N_("Count")), tr(N_("This fiscal year")),
                      tr(N_("Since the fund began"))), (1, 2, 3))
    add_members(t, c.members, villages, 1)
    t.total(tr(N_("Villages covered")), tr(N_("{covered} of {total} ({percent}%)"),
            covered=count(c.villages_covered), total=count(c.villages_total),
            percent=c.village_coverage_percent))
    t.section(tr(N_("Money by source")))
    for source, amount in c.money_by_source_year.items():
        t.row(_source_name(source), "", baht(amount),
              baht(c.money_by_source_total.get(source, 0)))
    t.total(tr(N_("Total")), "", baht(sum(c.money_by_source_year.values())),
            baht(sum(c.money_by_source_total.values())))
    for round_no, amount in sorted(c.government_rounds.items()):
        t.row(tr(N_("Matching money via CODI, round {round}"), round=round_no), "", "",
              baht(amount))
    t.section(tr(N_("Benefits paid")))
    add_benefits(t, c.benefits, 2)
    t.total(tr(N_("Benefit types paid")), count(c.benefit_types_paid))
    t.section(tr(N_("Financial position on {date}"), date=day(c.last, "long")))
    position = TableBuilder(("", "", ""))
    add_position(position, c.position)
    for n, (_code, label, figure) in enumerate(position.rows):
        cells = (label, "", figure)
        if n in position.sections:
            t.section(label)
        elif n in position.totals:
            t.total(*cells)
        else:
            t.row(*cells)
    t.section(tr(N_("CODI's conditions for matching money")))
    t.row(tr(N_("Villages covered at least {percent}%"), percent=MIN_VILLAGE_COVERAGE_PERCENT),
          _yes_no(c.village_coverage_percent >= MIN_VILLAGE_COVERAGE_PERCENT))
    t.row(tr(N_("At least {n} benefit types paid"), n=MIN_BENEFIT_TYPES),
          _yes_no(c.benefit_types_paid >= MIN_BENEFIT_TYPES))
    t.total(tr(N_("Meets the conditions")), _yes_no(c.meets_matching_conditions))
    title = tr(N_("CODI fund status form, fiscal year B.E. {year}"),
               year=c.fiscal_year + BE_OFFSET)
    return t.table("codi_status", title, f"{c.fund_name} ({c.fund_code})", period)


def _yes_no(ok: bool) -> str:
    return tr(N_("met")) if ok else tr(N_("not met"))


def monthly_table(r: MonthlyReport, fund: str, period: Period) -> ReportTable:
    t = TableBuilder((tr(N_("Item")), tr(N_("Count")), tr(N_("Amount"))), (1, 2))
    money = r.receipts_payments
    for title, total, lines in (
            (N_("Brought forward"), N_("Total brought forward"), money.opening),
            (N_("Receipts"), N_("Total receipts"), money.receipts),
            (N_("Payments"), N_("Total payments"), money.payments),
            (N_("Carried forward"), N_("Total carried forward"), money.closing)):
        t.section(tr(title))
        for line in lines:
            t.row(f"{line.code} {line.name}".strip(), "", baht(line.amount))
        t.total(tr(total), "", baht(sum(x.amount for x in lines)))
    if money.other_movements:
        t.row(tr(N_("Other movements (investments, amounts held)")), "",
              baht(money.other_movements))
    t.section(tr(N_("Benefits paid")))
    add_benefits(t, r.benefits, 2)
    t.section(tr(N_("Member movements")))
    t.row(tr(N_("Joined")), count(r.movements.get("joined", 0)))
    for status, name in MOVEMENT_NAMES.items():
        if r.movements.get(status.value):
            t.row(tr(name), count(r.movements[status.value]))
    return t.table("monthly", tr(N_("Monthly report")), fund, period)
