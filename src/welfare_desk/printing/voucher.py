"""The payment voucher (ใบสำคัญจ่าย): payee with a masked ID, the benefit and the
clause it rests on, the amount in figures and words, the meeting that approved it,
and four signatures: receiver, payer, approver and witness."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from welfare_desk.i18n.baht_text import baht_text
from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import mask_national_id
from welfare_desk.printing.sheet import Column, Row, Sheet
from welfare_desk.printing.signers import signer_name
from welfare_desk.printing.thai_text import keep_together
from welfare_desk.services.paper import VoucherForPaper


def write_voucher(out: Path | BinaryIO, fund: FundProfile, paper: VoucherForPaper,
                  t: Translator) -> None:
    v = paper.voucher
    sheet = Sheet(out, t.tr(N_("Payment voucher {number}"), number=v.voucher_no))
    sheet.text(fund.name, 15, bold=True, align="center")
    sheet.text(t.tr(N_("Tambon {tambon}, Amphoe {amphoe}, {province}"), tambon=fund.tambon,
                    amphoe=fund.amphoe, province=fund.province), 11, align="center")
    sheet.text(t.tr(N_("PAYMENT VOUCHER")), 17, bold=True, align="center")
    sheet.text(t.tr(N_("No. {number}"), number=v.voucher_no), 12, align="right")
    sheet.text(t.tr(N_("Date {date}"), date=format_date(v.paid_on, "long", t.lang)), 12,
               align="right")
    payee = (t.tr(N_("Paid to {name} ({relation})"), name=v.payee_name,
                  relation=paper.payee_relation) if paper.payee_relation
             else t.tr(N_("Paid to {name}"), name=v.payee_name))
    if v.payee_national_id:
        payee += "  " + keep_together(t.tr(N_("national ID {id}"),
                                           id=mask_national_id(v.payee_national_id)))
    sheet.text(payee, 12)
    if paper.member_no and paper.deceased:
        sheet.text(t.tr(N_("For member no. {no}, {name}, who has died: paid to the "
                           "beneficiary or heir"), no=paper.member_no, name=paper.member_name),
                   12)
    elif paper.member_no:
        sheet.text(t.tr(N_("For member no. {no}"), no=paper.member_no), 12)
    sheet.space(2)
    item = v.purpose
    if paper.benefit:
        item = t.tr(N_("{benefit} under the fund's regulation, {clause}"),
                    benefit=paper.benefit, clause=paper.clause or "-")
    sheet.table([Column(t.tr(N_("Item")), 130), Column(t.tr(N_("Amount (baht)")), 44, "right")],
                [Row([item, format_baht(v.amount)]),
                 Row([t.tr(N_("Total")), format_baht(v.amount)], bold=True, shaded=True)], 12)
    sheet.text(f"({baht_text(v.amount)})", 12, bold=True, align="right")
    if paper.meeting_ref:
        sheet.text(t.tr(N_("Approved by the committee's meeting: {meeting}"),
                        meeting=paper.meeting_ref), 12)
    receiver = (t.tr(N_("Receiver (beneficiary or heir)")) if paper.deceased
                else t.tr(N_("Receiver")))
    sign = t.tr(N_("Signed"))
    sheet.signatures(sign, [(receiver, v.payee_name),
                            (t.tr(N_("Payer (treasurer)")), signer_name(paper.payer, t))])
    sheet.signatures(sign, [(t.tr(N_("Approver (chair of the committee)")), ""),
                            (t.tr(N_("Witness")), "")])
    sheet.save()
