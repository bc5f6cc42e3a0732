"""How a claim reads on screen: its state, and its assessment reason by reason."""

from __future__ import annotations

from html import escape

from welfare_desk.db.repos.claims import ClaimRow
from welfare_desk.ledger.text import N_
from welfare_desk.ui.text import baht, day, tr
from welfare_desk.ui.thai_wrap import numbers_with_units, wrappable


def claim_state(claim: ClaimRow, short: bool = False) -> str:
    """Where a claim stands; ``short`` (for a list) leaves the date to the detail."""
    if claim.voucher_no:
        return tr(N_("paid")) if short else tr(N_("paid {date}"), date=day(claim.paid_on))
    if claim.approved is None:
        return tr(N_("waiting for a decision"))
    if claim.approved:
        return tr(N_("to pay")) if short else tr(N_("approved, not yet paid"))
    return tr(N_("rejected"))


def assessment_html(claim: ClaimRow, benefit_name: str) -> str:
    """The eligibility decision with every reason and the clause it rests on."""
    a = claim.assessment
    title = tr(N_("Claim {number}: {benefit}, event on {date}"), number=claim.claim_no,
               benefit=benefit_name, date=day(claim.event_date))
    filed = tr(N_("Filed on {date}"), date=day(claim.filed_on))
    lines = [f"<h3>{escape(numbers_with_units(title))}</h3>",
             f"<p>{escape(numbers_with_units(filed))}</p>", "<ul>"]
    for reason in a["reasons"]:
        params = {k: str(v) for k, v in reason["params"].items()}
        mark, color = ("✓", "#2e7d32") if reason["ok"] else ("✗", "#c62828")
        lines.append(f"<li><span style='color:{color}'>{mark}</span> "
                     f"{escape(numbers_with_units(tr(reason['message'], **params)))}</li>")
    lines.append("</ul>")
    if a["eligible"]:
        verdict = tr(N_("Eligible: {amount} baht ({clause})"), amount=baht(a["amount"]),
                     clause=a["clause"])
    else:
        verdict = tr(N_("Not eligible under the regulation"))
    lines.append(f"<p><b>{escape(numbers_with_units(verdict))}</b></p>")
    if claim.approved is not None:
        if claim.approved:
            decided = tr(N_("Approved: {amount} baht by {who}"),
                         amount=baht(claim.approved_amount or 0), who=claim.decided_by_name)
        else:
            decided = tr(N_("Rejected by {who}: {reason}"), who=claim.decided_by_name,
                         reason=claim.decision_reason)
        lines.append(f"<p>{escape(decided)}</p>")
    if claim.voucher_no:
        paid = tr(N_("Paid on {date}, voucher {voucher}"), date=day(claim.paid_on),
                  voucher=claim.voucher_no)
        lines.append(f"<p>{escape(paid)}</p>")
    return wrappable("\n".join(lines))
