"""The fund at a glance (what `make run` shows until the desktop app exists)."""

from __future__ import annotations

from datetime import date
from typing import Any

from welfare_desk.cli.context import Context
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_


def print_summary(ctx: Context, db: Any) -> None:
    from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of
    from welfare_desk.services.reports.books import money_balance
    from welfare_desk.services.reports.members import benefits_by_type, member_breakdown

    today = date.today()
    with db.read() as repos:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        money = money_balance(repos, fund_id, today)
        waiting = len(repos.claims.waiting(fund_id))
    fy = fiscal_year_of(today, fund.fiscal_year_start)
    first, _last = fiscal_year_bounds(fy, fund.fiscal_year_start)
    members = member_breakdown(db, today)
    benefits = benefits_by_type(db, first, today)
    print(f"{fund.name} ({fund.code}) — {fund.tambon} {fund.amphoe} {fund.province}")
    ctx.say(N_("Cash and bank on {date}: {amount} baht"), date=ctx.date(today),
            amount=format_baht(sum(money.values())))
    ctx.say(N_("Members: {active} active of {total}"),
            active=members.by_status.get("active", 0), total=sum(members.by_status.values()))
    ctx.say(N_("Benefits paid this fiscal year: {amount} baht"),
            amount=format_baht(benefits.total_amount))
    ctx.say(N_("Claims waiting for a decision: {count}"), count=waiting)
