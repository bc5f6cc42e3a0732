"""A claim and its assessment: every reason, with its clause."""

from __future__ import annotations

from typing import Any

from welfare_desk.cli.context import Context
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_


def print_claim(ctx: Context, claim: Any) -> None:
    a = claim.assessment
    ctx.say(N_("Claim {number}: {benefit}, event on {date}"), number=claim.claim_no,
            benefit=claim.benefit_code, date=ctx.date(claim.event_date))
    for reason in a["reasons"]:
        mark = "✓" if reason["ok"] else "✗"
        params = {k: str(v) for k, v in reason["params"].items()}
        print(f"  {mark} {ctx.tr(reason['message'], **params)}")
    if a["eligible"]:
        ctx.say(N_("Eligible: {amount} baht ({clause})"), amount=format_baht(a["amount"]),
                clause=a["clause"])
    else:
        ctx.say(N_("Not eligible under the regulation"))
    if claim.approved is not None:
        if claim.approved:
            ctx.say(N_("Approved: {amount} baht by {who}"),
                    amount=format_baht(claim.approved_amount or 0), who=claim.decided_by_name)
        else:
            ctx.say(N_("Rejected by {who}: {reason}"), who=claim.decided_by_name,
                    reason=claim.decision_reason)
