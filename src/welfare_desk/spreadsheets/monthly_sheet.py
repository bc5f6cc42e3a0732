"""The month's financial report for the committee as a spreadsheet: the figures of
``monthly_report`` (the same as ``print monthly``), one part after another, each
closed by a shaded total; amounts are numbers (#,##0.00), counts whole numbers."""

from __future__ import annotations

from pathlib import Path

from welfare_desk.i18n.baht_text import baht_text
from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date, format_month
from welfare_desk.ledger.members import STATUS_NAMES, MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.books import AmountLine
from welfare_desk.services.reports.codi import MonthlyReport
from welfare_desk.spreadsheets.workbook import SheetColumn, Styled, write_sheet

Row = list[object] | Styled
MOVES = (MemberStatus.LAPSED, MemberStatus.RESIGNED, MemberStatus.DECEASED,
         MemberStatus.REMOVED, MemberStatus.ACTIVE)


def _money_part(title: str, lines: tuple[AmountLine, ...], total_label: str) -> list[Row]:
    rows: list[Row] = [Styled([title, None, None, None], "section")]
    rows += [[f"{x.code} {x.name}".strip(), None, None, x.amount] for x in lines]
    rows.append(Styled([total_label, None, None, sum(x.amount for x in lines)]))
    return rows


def monthly_rows(report: MonthlyReport, t: Translator) -> list[Row]:
    r = report.receipts_payments
    rows = _money_part(t.tr(N_("1. Cash and bank brought forward")), r.opening,
                       t.tr(N_("Total brought forward")))
    rows += _money_part(t.tr(N_("2. Receipts")), r.receipts, t.tr(N_("Total receipts")))
    rows += _money_part(t.tr(N_("3. Payments")), r.payments, t.tr(N_("Total payments")))
    rows += _money_part(t.tr(N_("4. Cash and bank carried forward")), r.closing,
                        t.tr(N_("Total carried forward")))
    rows.append([f"({baht_text(sum(x.amount for x in r.closing))})", None, None, None])
    if r.other_movements:
        rows.append([t.tr(N_("Other movements (investments, amounts held)")), None, None,
                     r.other_movements])
    rows.append(Styled([t.tr(N_("5. Benefits paid by type")), None, None, None], "section"))
    rows += [[name, x.people, x.claims, x.amount] for _code, name, x in report.benefits.lines]
    aid = report.benefits.non_members
    if aid.claims:
        rows.append([t.tr(N_("Help to non-members")), aid.people, aid.claims, aid.amount])
    rows.append(Styled([t.tr(N_("Total benefits paid")), None, None,
                        report.benefits.total_amount]))
    rows.append(Styled([t.tr(N_("6. Member movements")), None, None, None], "section"))
    rows.append([t.tr(N_("New members")), report.movements.get("joined", 0), None, None])
    rows += [[t.tr(N_("Became {status}"), status=t.tr(STATUS_NAMES[status])),
              report.movements.get(status.value, 0), None, None] for status in MOVES]
    return rows


def monthly_sheet(path: Path, t: Translator, fund: str, report: MonthlyReport) -> None:
    month = format_month(report.year, report.month, t.lang)
    r = report.receipts_payments
    title = [t.tr(N_("Monthly financial report, {month}"), month=month), fund,
             t.tr(N_("{first} to {last}"), first=format_date(r.first, "long", t.lang),
                  last=format_date(r.last, "long", t.lang))]
    columns = [SheetColumn(t.tr(N_("Item")), 52), SheetColumn(t.tr(N_("People")), 10, "count"),
               SheetColumn(t.tr(N_("Claims")), 10, "count"),
               SheetColumn(t.tr(N_("Amount (baht)")), 18, "money")]
    write_sheet(path, t.tr(N_("Monthly report {month}"), month=month), title, columns,
                monthly_rows(report, t), auto_filter=False)
