"""A member's statement (passbook page): dues by month (ส่ง/ขาด), receipts,
benefits received, totals. The national ID is masked."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import BE_OFFSET, THAI_MONTHS_SHORT, format_date
from welfare_desk.ledger.dues import DUES_SUMMARY, CellState
from welfare_desk.ledger.fund import FundProfile, receipt_label
from welfare_desk.ledger.members import STATUS_NAMES
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import mask_national_id
from welfare_desk.printing.sheet import Column, Row, Sheet
from welfare_desk.printing.thai_text import keep_together
from welfare_desk.services.reports.members import MemberStatement

# Short marks that fit a month's cell; the month now due is left blank.
CELL_MARKS = {CellState.PAID: N_("dues paid"), CellState.MISSED: N_("dues missed"),
              CellState.PARTIAL: "½"}


def write_statement(out: Path | BinaryIO, fund: FundProfile, s: MemberStatement,
                    t: Translator) -> None:
    m = s.member
    sheet = Sheet(out, t.tr(N_("Member statement")), footer=f"{fund.name} · {m.full_name}")
    sheet.text(fund.name, 15, bold=True, align="center")
    sheet.text(t.tr(N_("Member statement")), 14, bold=True, align="center")
    sheet.text(t.tr(N_("{first} to {last}"), first=format_date(s.first, "long", t.lang),
                    last=format_date(s.last, "long", t.lang)), 11, align="center")
    sheet.space(2)
    ident = mask_national_id(m.national_id) if m.national_id else "-"
    sheet.text(keep_together(t.tr(N_("{name}, member no. {no}, village {moo}, national ID {id}"),
                                  name=m.full_name, no=m.member_no, moo=m.village_no,
                                  id=ident), ident), 12)
    sheet.text(t.tr(N_("Member since {date}; status: {status}"),
                    date=format_date(m.joined_on, "long", t.lang),
                    status=t.tr(STATUS_NAMES[m.status])), 12)
    sheet.space(2)
    years = sorted({c.year for c in s.grid.cells})
    marks = {(c.year, c.month): t.tr(CELL_MARKS[c.state]) for c in s.grid.cells
             if c.state in CELL_MARKS}
    months = THAI_MONTHS_SHORT if t.lang == "th" else tuple(
        format_date(s.first.replace(month=n, day=1), "short", "en").split()[1]
        for n in range(1, 13))
    columns = [Column(t.tr(N_("Year")), 16, "center")] + [Column(x, 13.2, "center")
                                                           for x in months]
    sheet.titled_table(t.tr(N_("Dues by month")), columns,
                       [Row([str(y + BE_OFFSET if t.lang == "th" else y)]
                            + [marks.get((y, n), "") for n in range(1, 13)]) for y in years], 9)
    sheet.text(t.tr(DUES_SUMMARY, paid=format_baht(s.grid.paid_total),
                    overdue=format_baht(s.grid.overdue), missed=s.grid.missed_instalments,
                    due=format_baht(s.grid.due_now)), 11)
    sheet.space(2)
    sheet.titled_table(t.tr(N_("Receipts")),
                       [Column(t.tr(N_("Date")), 36), Column(t.tr(N_("Receipt")), 30),
                        Column(t.tr(N_("Item")), 74),
                        Column(t.tr(N_("Amount (baht)")), 34, "right")], _receipt_rows(s, t))
    sheet.space(2)
    claims = [Row([format_date(c.event_date, "short", t.lang),
                   s.benefit_names.get(c.benefit_code, c.benefit_code), c.voucher_no or "",
                   format_baht(c.approved_amount or 0)]) for c in s.claims if c.voucher_no]
    claims.append(Row([t.tr(N_("Total")), "", "", format_baht(s.benefits_received)],
                      bold=True, shaded=True))
    sheet.titled_table(t.tr(N_("Benefits received")),
                       [Column(t.tr(N_("Event")), 36), Column(t.tr(N_("Benefit")), 74),
                        Column(t.tr(N_("Voucher")), 30),
                        Column(t.tr(N_("Amount (baht)")), 34, "right")], claims)
    sheet.save()


# What a receipt's lines were for, as the statement names them.
LINE_NAMES = {"dues": N_("Dues"), "entry_fee": N_("Entry fee")}


def _receipt_rows(s: MemberStatement, t: Translator) -> list[Row]:
    """Every receipt with what it was for; a voided one is shown, marked and not counted,
    so the amounts listed add up to the total (D13)."""
    rows = []
    for r in s.receipts:
        item = ", ".join(dict.fromkeys(t.tr(LINE_NAMES.get(kind, text))
                                       for kind, text, _account, _amount in r.lines))
        if r.voided:
            item = t.tr(N_("{item}: voided ({amount} baht, not counted): {reason}"), item=item,
                        amount=format_baht(r.total), reason=r.void_reason or "-")
        rows.append(Row([format_date(r.issued_on, "short", t.lang),
                         receipt_label(r.book_no, r.number_in_book), item,
                         "–" if r.voided else format_baht(r.total)]))
    kinds = [kind for kind in LINE_NAMES if s.paid_of(kind)]
    for kind in kinds if len(kinds) > 1 else ():
        rows.append(Row(["", "", t.tr(N_("Total {item}"), item=t.tr(LINE_NAMES[kind])),
                         format_baht(s.paid_of(kind))], shaded=True))
    rows.append(Row(["", "", t.tr(N_("Total received (voided receipts not counted)")),
                     format_baht(s.received_total)], bold=True, shaded=True))
    return rows
