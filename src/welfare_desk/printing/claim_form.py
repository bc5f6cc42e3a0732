"""The claim form, prefilled for signatures: the member and the event, the
documents received, the eligibility decision with every reason and clause, the
village committee's certification and the committee's decision."""

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
from welfare_desk.printing.sheet import Sheet
from welfare_desk.printing.thai_text import keep_together
from welfare_desk.services.paper import ClaimForPaper

BLANK = "................"


def write_claim_form(out: Path | BinaryIO, fund: FundProfile, paper: ClaimForPaper,
                     t: Translator) -> None:
    c, m = paper.claim, paper.member
    title = t.tr(N_("Benefit claim form"))
    sheet = Sheet(out, title, footer=f"{fund.name} · {title} {c.claim_no}")
    sheet.text(fund.name, 15, bold=True, align="center")
    sheet.text(title, 14, bold=True, align="center")
    sheet.text(t.tr(N_("Claim {number}, filed on {date}"), number=c.claim_no,
                    date=format_date(c.filed_on, "long", t.lang)), 11, align="right")
    ident = mask_national_id(m.national_id) if m.national_id else "-"
    sheet.text(keep_together(
        t.tr(N_("Member: {name}, member no. {no}, Moo {moo} {village}, national ID {id}"),
             name=m.full_name, no=m.member_no, moo=m.village_no, village=paper.village,
             id=ident), ident), 12)
    if paper.to_heir:
        b = paper.beneficiary
        sheet.text(t.tr(N_("Claimed by the beneficiary or heir: {name}"),
                        name=f"{b.name} ({b.relation})" if b and b.relation
                        else b.name if b else BLANK * 2), 12)
    sheet.text(t.tr(N_("Benefit asked for: {benefit}; event on {date}"), benefit=paper.benefit,
                    date=format_date(c.event_date, "long", t.lang)), 12)
    if c.nights:
        sheet.text(t.tr(N_("Nights in hospital: {n}"), n=c.nights), 12)
    if c.requested_amount:
        sheet.text(t.tr(N_("Amount asked: {amount} baht"), amount=format_baht(c.requested_amount)),
                   12)
    if c.details:
        sheet.text(t.tr(N_("Details: {text}"), text=c.details), 12)
    sheet.space(2)
    sheet.text(t.tr(N_("Documents received")), 12, bold=True)
    for document in c.documents or (t.tr(N_("none")),):
        sheet.checkbox(bool(c.documents), document, indent_mm=4)
    sheet.space(2)
    a = c.assessment
    sheet.text(t.tr(N_("Eligibility under the fund's regulation")), 12, bold=True)
    for reason in a["reasons"]:
        params = {k: str(v) for k, v in reason["params"].items()}
        sheet.checkbox(bool(reason["ok"]), t.tr(reason["message"], **params), 11, indent_mm=4,
                       crossed=not reason["ok"])
    verdict = (t.tr(N_("Eligible: {amount} baht ({clause})"), amount=format_baht(a["amount"]),
                    clause=a["clause"]) if a["eligible"]
               else t.tr(N_("Not eligible under the regulation")))
    sheet.text(verdict, 12, bold=True)
    claimant = ((t.tr(N_("Claimant (beneficiary or heir)")),
                 paper.beneficiary.name if paper.beneficiary else "") if paper.to_heir
                else (t.tr(N_("Claimant")), m.full_name))
    sign = t.tr(N_("Signed"))
    sheet.signatures(sign, [claimant])
    # The village committee certifies with three signatures (DOMAIN.md, claims).
    sheet.signatures(sign, [(t.tr(N_("Village committee member, certifying")), "")] * 3)
    sheet.space(4)
    sheet.rule()
    sheet.text(t.tr(N_("The committee's decision")), 12, bold=True)
    approved, amount = c.approved, c.approved_amount
    granted = amount if approved and amount else None
    sheet.checkbox(approved is True, t.tr(N_("Approved: {amount} baht {words}"),
                                          amount=format_baht(granted) if granted else BLANK,
                                          words=f"({baht_text(granted)})" if granted else ""))
    sheet.checkbox(approved is False, t.tr(N_("Not approved, because {reason}"),
                                           reason=c.decision_reason if approved is False
                                           else BLANK))
    sheet.text(t.tr(N_("Meeting: {meeting}"), meeting=c.meeting_ref or BLANK), 12)
    sheet.signatures(sign, [(t.tr(N_("Chair of the fund")), ""), (t.tr(N_("Treasurer")), "")])
    sheet.save()
