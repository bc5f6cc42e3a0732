"""The monthly financial report for the committee meeting (A4): money brought
forward, receipts by source, payments by kind and benefit, money carried
forward, member movements, benefits by type, signatures."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from welfare_desk.i18n.baht_text import baht_text
from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date, format_month
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.members import MOVEMENT_NAMES
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_
from welfare_desk.printing.sheet import Column, Row, Sheet
from welfare_desk.services.reports.books import AmountLine
from welfare_desk.services.reports.codi import MonthlyReport


def _lines(lines: tuple[AmountLine, ...]) -> list[Row]:
    return [Row([f"{line.code} {line.name}".strip(), format_baht(line.amount)])
            for line in lines]


def write_monthly(out: Path | BinaryIO, fund: FundProfile, report: MonthlyReport,
                  t: Translator) -> None:
    month = format_month(report.year, report.month, t.lang)
    r = report.receipts_payments
    sheet = Sheet(out, t.tr(N_("Monthly report {month}"), month=month),
                  footer=f"{fund.name} · {t.tr(N_('Monthly report {month}'), month=month)}")
    sheet.text(fund.name, 16, bold=True, align="center")
    sheet.text(t.tr(N_("Monthly financial report, {month}"),
                    month=format_month(report.year, report.month, t.lang, "long")), 14,
               bold=True, align="center")
    sheet.text(t.tr(N_("{first} to {last}"), first=format_date(r.first, "long", t.lang),
                    last=format_date(r.last, "long", t.lang)), 11, align="center")
    sheet.space(3)
    money = [Column(t.tr(N_("Item")), 130), Column(t.tr(N_("Amount (baht)")), 44, "right")]
    total_row = Row  # a bold shaded row closes each part

    def part(title: str, rows: list[Row], total_label: str, total: int) -> None:
        sheet.space(2)
        sheet.titled_table(title, money, [*rows, total_row([total_label, format_baht(total)],
                                                           bold=True, shaded=True)])

    part(t.tr(N_("1. Cash and bank brought forward")), _lines(r.opening),
         t.tr(N_("Total brought forward")), sum(x.amount for x in r.opening))
    part(t.tr(N_("2. Receipts")), _lines(r.receipts), t.tr(N_("Total receipts")),
         r.total_receipts)
    part(t.tr(N_("3. Payments")), _lines(r.payments), t.tr(N_("Total payments")),
         r.total_payments)
    closing = sum(x.amount for x in r.closing)
    part(t.tr(N_("4. Cash and bank carried forward")), _lines(r.closing),
         t.tr(N_("Total carried forward")), closing)
    sheet.text(f"({baht_text(closing)})", 11, align="right")
    if r.other_movements:
        sheet.text(t.tr(N_("Other movements (investments, amounts held)")) + ": "
                   + format_baht(r.other_movements), 11)

    sheet.space(2)
    benefit_rows = [Row([name, str(line.people), str(line.claims), format_baht(line.amount)])
                    for _code, name, line in report.benefits.lines]
    aid = report.benefits.non_members
    if aid.claims:
        benefit_rows.append(Row([t.tr(N_("Help to non-members")), str(aid.people),
                                 str(aid.claims), format_baht(aid.amount)]))
    benefit_rows.append(Row([t.tr(N_("Total benefits paid")), "", "",
                             format_baht(report.benefits.total_amount)], bold=True, shaded=True))
    sheet.titled_table(t.tr(N_("5. Benefits paid by type")),
                       [Column(t.tr(N_("Benefit")), 94), Column(t.tr(N_("People")), 24, "right"),
                        Column(t.tr(N_("Claims")), 24, "right"),
                        Column(t.tr(N_("Amount (baht)")), 32, "right")], benefit_rows)

    sheet.space(2)
    moves = [Row([t.tr(N_("New members")), str(report.movements.get("joined", 0))])]
    moves += [Row([t.tr(name), str(report.movements.get(status.value, 0))])
              for status, name in MOVEMENT_NAMES.items()]
    sheet.titled_table(t.tr(N_("6. Member movements")),
                       [Column(t.tr(N_("Item")), 130), Column(t.tr(N_("People")), 44, "right")],
                       moves)
    sheet.signatures(t.tr(N_("Signed")), [(t.tr(N_("Treasurer")), ""),
                                           (t.tr(N_("Chair of the fund")), ""),
                                           (t.tr(N_("Auditor")), "")])
    sheet.save()
