"""CODI's fund status figures (แบบแสดงสถานะกองทุนสวัสดิการชุมชน), the year-end pack for
the annual general assembly, and the arrears list: A4, tables by section."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import BE_OFFSET, format_date, format_month
from welfare_desk.ledger.accounts import GRANT_SOURCE_NAMES, GrantSource
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.members import (
    CATEGORY_NAMES,
    MOVEMENT_NAMES,
    STATUS_NAMES,
    Category,
    MemberStatus,
)
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_
from welfare_desk.printing.sheet import Column, Row, Sheet
from welfare_desk.services.reports.books import FinancialPosition, ReceiptsAndPayments
from welfare_desk.services.reports.codi import (
    MIN_BENEFIT_TYPES,
    MIN_VILLAGE_COVERAGE_PERCENT,
    CodiStatus,
)
from welfare_desk.services.reports.members import ArrearsLine, BenefitsByType, MemberBreakdown

AGE_ORDER = ("0-17", "18-39", "40-59", "60-69", "70-79", "80+", "unknown")


def _two(t: Translator, second: str) -> list[Column]:
    return [Column(t.tr(N_("Item")), 130), Column(second, 44, "right")]


def _part(sheet: Sheet, title: str, columns: Sequence[Column], rows: list[Row]) -> None:
    sheet.space(2)
    sheet.titled_table(title, columns, rows)


def _total(cells: list[str]) -> Row:
    return Row(cells, bold=True, shaded=True)


def _heading(sheet: Sheet, fund: FundProfile, title: str, period: str) -> None:
    sheet.text(fund.name, 15, bold=True, align="center")
    sheet.text(title, 14, bold=True, align="center")
    sheet.text(period, 11, align="center")


def _members(sheet: Sheet, t: Translator, m: MemberBreakdown, villages: dict[int, str]) -> None:
    people = _two(t, t.tr(N_("People")))
    rows = [Row([t.tr(STATUS_NAMES[s]), f"{m.by_status[s.value]:,}"]) for s in MemberStatus
            if m.by_status.get(s.value)]
    rows.append(_total([t.tr(N_("All members")), f"{sum(m.by_status.values()):,}"]))
    _part(sheet, t.tr(N_("Members by status")), people, rows)
    # Every category, none left out for having no one: CODI counts each.
    _part(sheet, t.tr(N_("Active members by category")), people,
          [Row([t.tr(CATEGORY_NAMES[c]), f"{m.by_category.get(c.value, 0):,}"])
           for c in Category])
    _part(sheet, t.tr(N_("Active members by village")), people,
          [Row([t.tr(N_("Moo {moo} {name}"), moo=moo, name=villages.get(moo, "")), f"{n:,}"])
           for moo, n in m.by_village.items()])
    _part(sheet, t.tr(N_("Active members by age group")), people,
          [Row([t.tr(N_("unknown")) if g == "unknown" else t.tr(N_("{ages} years"), ages=g),
                f"{m.by_age_group[g]:,}"]) for g in AGE_ORDER if m.by_age_group.get(g)])


def _benefits(sheet: Sheet, t: Translator, b: BenefitsByType) -> None:
    rows = [Row([name, f"{x.people:,}", f"{x.claims:,}", format_baht(x.amount)])
            for _code, name, x in b.lines]
    if b.non_members.claims:
        a = b.non_members
        rows.append(Row([t.tr(N_("Help to non-members")), f"{a.people:,}", f"{a.claims:,}",
                         format_baht(a.amount)]))
    rows.append(_total([t.tr(N_("Total benefits paid")), "", "", format_baht(b.total_amount)]))
    _part(sheet, t.tr(N_("Benefits paid by type")),
          [Column(t.tr(N_("Benefit")), 94), Column(t.tr(N_("People")), 24, "right"),
           Column(t.tr(N_("Claims")), 24, "right"),
           Column(t.tr(N_("Amount (baht)")), 32, "right")], rows)


def _position(sheet: Sheet, t: Translator, p: FinancialPosition) -> None:
    rows: list[Row] = []
    for title, lines in ((N_("Assets"), p.assets), (N_("Liabilities"), p.liabilities),
                         (N_("Fund balance"), p.equity)):
        rows.append(Row([t.tr(title), ""], bold=True))
        rows += [Row([f"{x.code} {x.name}".strip(), format_baht(x.amount)]) for x in lines]
    rows.append(_total([t.tr(N_("Total assets")), format_baht(p.total_assets)]))
    rows.append(_total([t.tr(N_("Total liabilities and fund balance")),
                        format_baht(p.total_liabilities_and_equity)]))
    _part(sheet, t.tr(N_("Financial position on {date}"),
                      date=format_date(p.as_of, "long", t.lang)),
          _two(t, t.tr(N_("Amount (baht)"))), rows)


def _receipts_payments(sheet: Sheet, t: Translator, r: ReceiptsAndPayments) -> None:
    money = _two(t, t.tr(N_("Amount (baht)")))
    rows = [Row([t.tr(N_("Receipts")), ""], bold=True)]
    rows += [Row([f"{x.code} {x.name}", format_baht(x.amount)]) for x in r.receipts]
    rows.append(_total([t.tr(N_("Total receipts")), format_baht(r.total_receipts)]))
    rows.append(Row([t.tr(N_("Payments")), ""], bold=True))
    rows += [Row([f"{x.code} {x.name}", format_baht(x.amount)]) for x in r.payments]
    rows.append(_total([t.tr(N_("Total payments")), format_baht(r.total_payments)]))
    rows.append(_total([t.tr(N_("Receipts over (under) payments")),
                        format_baht(r.total_receipts - r.total_payments)]))
    _part(sheet, t.tr(N_("Receipts and payments")), money, rows)


def _source(t: Translator, source: str) -> str:
    return (t.tr(N_("members' dues")) if source == "dues"
            else t.tr(GRANT_SOURCE_NAMES[GrantSource(source)]))


def _fiscal(t: Translator, c: CodiStatus) -> str:
    return t.tr(N_("Fiscal year {year} ({first} to {last})"),
                year=c.fiscal_year + BE_OFFSET if t.lang == "th" else c.fiscal_year,
                first=format_date(c.first, "long", t.lang),
                last=format_date(c.last, "long", t.lang))


def write_codi_status(out: Path | BinaryIO, fund: FundProfile, c: CodiStatus,
                      villages: dict[int, str], t: Translator) -> None:
    title = t.tr(N_("CODI fund status form"))
    sheet = Sheet(out, title, footer=f"{fund.name} ({fund.code}) · {title}")
    _heading(sheet, fund, title, _fiscal(t, c))
    sheet.text(t.tr(N_("Villages covered")) + ": " + t.tr(
        N_("{covered} of {total} ({percent}%)"), covered=c.villages_covered,
        total=c.villages_total, percent=c.village_coverage_percent), 12)
    _members(sheet, t, c.members, villages)
    rows = [Row([_source(t, s), format_baht(a), format_baht(c.money_by_source_total.get(s, 0))])
            for s, a in c.money_by_source_year.items()]
    rows += [Row([t.tr(N_("Matching money via CODI, round {round}"), round=n), "",
                  format_baht(a)]) for n, a in sorted(c.government_rounds.items())]
    rows.append(_total([t.tr(N_("Total")), format_baht(sum(c.money_by_source_year.values())),
                        format_baht(sum(c.money_by_source_total.values()))]))
    _part(sheet, t.tr(N_("Money by source")),
          [Column(t.tr(N_("Source")), 94), Column(t.tr(N_("This fiscal year")), 40, "right"),
           Column(t.tr(N_("Since the fund began")), 40, "right")], rows)
    _benefits(sheet, t, c.benefits)
    _position(sheet, t, c.position)
    met = {True: t.tr(N_("met")), False: t.tr(N_("not met"))}
    _part(sheet, t.tr(N_("CODI's conditions for matching money")),
          _two(t, t.tr(N_("Meets the conditions"))), [
              Row([t.tr(N_("Villages covered at least {percent}%"),
                        percent=MIN_VILLAGE_COVERAGE_PERCENT),
                   met[c.village_coverage_percent >= MIN_VILLAGE_COVERAGE_PERCENT]]),
              Row([t.tr(N_("At least {n} benefit types paid"), n=MIN_BENEFIT_TYPES),
                   met[c.benefit_types_paid >= MIN_BENEFIT_TYPES]]),
              _total([t.tr(N_("Summary")), met[c.meets_matching_conditions]])])
    sheet.signatures(t.tr(N_("Signed")), [(t.tr(N_("Treasurer")), ""),
                                           (t.tr(N_("Chair of the fund")), "")])
    sheet.save()


def write_year_end(out: Path | BinaryIO, fund: FundProfile, c: CodiStatus,
                   movements: dict[str, int], t: Translator) -> None:
    """For the annual general assembly: the year's money, position, benefits, members."""
    title = t.tr(N_("Annual report to the general assembly"))
    sheet = Sheet(out, title, footer=f"{fund.name} · {title}")
    _heading(sheet, fund, title, _fiscal(t, c))
    _receipts_payments(sheet, t, c.receipts_payments)
    _position(sheet, t, c.position)
    _benefits(sheet, t, c.benefits)
    people = _two(t, t.tr(N_("People")))
    rows = [Row([t.tr(N_("New members")), f"{movements.get('joined', 0):,}"])]
    rows += [Row([t.tr(name), f"{movements.get(s.value, 0):,}"])
             for s, name in MOVEMENT_NAMES.items()]
    # Members are those of status active; the register also holds the lapsed, resigned,
    # deceased and removed, said apart so the assembly does not read them as members (A7).
    rows.append(_total([t.tr(N_("Active members at the end of the year")),
                        f"{c.members.by_status.get(MemberStatus.ACTIVE.value, 0):,}"]))
    rows.append(Row([t.tr(N_("Everyone in the register at the end of the year (every status)")),
                     f"{sum(c.members.by_status.values()):,}"]))
    _part(sheet, t.tr(N_("Member movements")), people, rows)
    sheet.signatures(t.tr(N_("Signed")), [(t.tr(N_("Treasurer")), ""),
                                           (t.tr(N_("Chair of the fund")), ""),
                                           (t.tr(N_("Auditor")), "")])
    sheet.save()


def write_arrears(out: Path | BinaryIO, fund: FundProfile, lines: Sequence[ArrearsLine],
                  as_of_text: str, t: Translator) -> None:
    title = t.tr(N_("Members in arrears"))
    sheet = Sheet(out, title, footer=f"{fund.name} · {title} · {as_of_text}")
    _heading(sheet, fund, title, t.tr(N_("As of {date}"), date=as_of_text))
    rows = [Row([str(x.member_no), x.name, str(x.village_no), f"{x.missed_instalments:,}",
                 format_baht(x.overdue), format_baht(x.due_now),
                 format_month(*x.paid_through, t.lang) if x.paid_through
                 else t.tr(N_("nothing yet"))]) for x in lines]
    rows.append(_total(["", t.tr(N_("{count} members in arrears"), count=f"{len(lines):,}"),
                        "", "", format_baht(sum(x.overdue for x in lines)),
                        format_baht(sum(x.due_now for x in lines)), ""]))
    # The amount overdue is what the count of missed instalments counts; this month's
    # instalment, due but not yet late, has its own column (A8).
    sheet.table([Column(t.tr(N_("Member no.")), 16, "right"), Column(t.tr(N_("Name")), 52),
                 Column(t.tr(N_("Village")), 14, "right"),
                 Column(t.tr(N_("Missed instalments")), 22, "right"),
                 Column(t.tr(N_("Overdue")), 24, "right"),
                 Column(t.tr(N_("Due this month")), 24, "right"),
                 Column(t.tr(N_("Paid up to")), 22)], rows, 10)
    sheet.save()
