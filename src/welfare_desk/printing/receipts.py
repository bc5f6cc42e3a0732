"""Receipts (ใบเสร็จรับเงิน) on A4: the original above, the copy below, a cut line
between; a reprint says สำเนา on both halves; a void one is stamped ยกเลิก."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm

from welfare_desk.db.rows import ReceiptForPaper
from welfare_desk.i18n.baht_text import baht_text
from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date, format_month_range
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_
from welfare_desk.printing.sheet import Column, Row, Sheet
from welfare_desk.printing.signers import signer_name

ITEM_LABELS = {"dues": N_("Dues (a baht a day)"), "entry_fee": N_("Entry fee")}
DUES_FOR = N_("Dues (a baht a day) for {months}")
DUES_FOR_PART = N_("Dues (a baht a day) for {months} (part)")


def _item(paper: ReceiptForPaper, kind: str, description: str, t: Translator) -> str:
    """The line's label; dues say the months they pay for, as the arrears grid counts."""
    cover = paper.dues_months
    if kind != "dues" or cover is None:
        return t.tr(ITEM_LABELS.get(kind, description))
    months = format_month_range(cover.first_month, cover.last_month, t.lang)
    return t.tr(DUES_FOR if cover.complete else DUES_FOR_PART, months=months)


def write_receipts(out: Path | BinaryIO, fund: FundProfile, papers: Sequence[ReceiptForPaper],
                   t: Translator, reprint: bool = False) -> None:
    sheet = Sheet(out, t.tr(N_("Receipts")))
    for n, paper in enumerate(papers):
        if n:
            sheet.new_page()
        copy = t.tr(N_("Copy (reprint)")) if reprint else t.tr(N_("Copy"))
        original = copy if reprint else t.tr(N_("Original"))
        _half(sheet, fund, paper, t, original, top=sheet.height - sheet.margin)
        sheet.y = sheet.height / 2
        sheet.rule(dashed=True)
        _half(sheet, fund, paper, t, copy, top=sheet.height / 2 - 8 * mm)
    sheet.save()


def _half(sheet: Sheet, fund: FundProfile, paper: ReceiptForPaper, t: Translator, which: str,
          top: float) -> None:
    r = paper.receipt
    sheet.y = top
    sheet.text(fund.name, 15, bold=True, align="center")
    sheet.text(t.tr(N_("Tambon {tambon}, Amphoe {amphoe}, {province}"), tambon=fund.tambon,
                    amphoe=fund.amphoe, province=fund.province), 11, align="center")
    sheet.text(t.tr(N_("RECEIPT")), 17, bold=True, align="center")
    sheet.text(which, 11, bold=True, align="right")
    sheet.text(t.tr(N_("Book {book}  No. {number}"), book=r.book_no,
                    number=f"{r.number_in_book:03d}"), 12, align="right")
    sheet.text(t.tr(N_("Date {date}"), date=format_date(r.issued_on, "long", t.lang)), 12,
               align="right")
    payer = (t.tr(N_("Received from {name} (member no. {no})"), name=r.payer_name,
                  no=paper.member_no) if paper.member_no
             else t.tr(N_("Received from {name}"), name=r.payer_name))
    sheet.text(payer, 12)
    sheet.space(2)
    columns = [Column(t.tr(N_("Line")), 14, "center"), Column(t.tr(N_("Item")), 116),
               Column(t.tr(N_("Amount (baht)")), 44, "right")]
    rows = [Row([str(i), _item(paper, kind, description, t), format_baht(amount)])
            for i, (kind, description, _account, amount) in enumerate(r.lines, 1)]
    rows.append(Row(["", t.tr(N_("Total")), format_baht(r.total)], bold=True, shaded=True))
    sheet.table(columns, rows, 12)
    sheet.text(f"({baht_text(r.total)})", 12, bold=True, align="right")
    if r.voided:
        sheet.text(t.tr(N_("VOID on {date}: {reason}"), reason=r.void_reason or "",
                        date=format_date(r.voided_on, "long", t.lang) if r.voided_on else "-"),
                   12, bold=True)
        sheet.stamp(t.tr(N_("VOID")), top - 60 * mm)
    sheet.signatures(t.tr(N_("Signed")), [(t.tr(N_("Receiver (treasurer)")),
                                                   signer_name(paper.receiver, t))])
