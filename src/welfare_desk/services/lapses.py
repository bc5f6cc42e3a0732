"""The lapse rule (N missed instalments ends membership), evaluated as of a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.ledger.dues import LapseRule, lapse_date, plan_periods
from welfare_desk.ledger.fund import User, require
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.services.members import record_status_change


@dataclass(frozen=True)
class LapseCandidate:
    member_no: int
    name: str
    lapse_on: date
    missed: int


def lapse_candidates(db: Database, as_of: date) -> list[LapseCandidate]:
    """Active members who had reached the fund's number of missed instalments by ``as_of``."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        rule = LapseRule(repos.funds.profile(fund_id).lapse_after_missed)
        plans = repos.funds.dues_plans(fund_id)
        histories = repos.members.all_plan_histories(fund_id)
        payments = repos.members.dues_payments(fund_id, until=as_of)
        members = [m for m in repos.members.all(fund_id) if m.status == MemberStatus.ACTIVE]
    found = []
    for m in members:
        on = lapse_date(plan_periods(plans, histories[m.member_id]), m.joined_on,
                        payments.get(m.member_id, []), rule, as_of)
        if on is not None and on >= m.status_since:
            found.append(LapseCandidate(m.member_no, m.full_name, on, rule.missed_instalments))
    return found


def apply_lapses(db: Database, actor: User, as_of: date) -> int:
    """Records every due lapse, each effective on the day the rule was met."""
    require(actor, "write")
    candidates = lapse_candidates(db, as_of)
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        for c in candidates:
            member = uow.repos.members.by_no(fund_id, c.member_no)
            assert member is not None
            record_status_change(uow, fund_id, member, MemberStatus.LAPSED, c.lapse_on,
                                 N_("missed {count} instalments").format(count=c.missed))
        uow.commit()
    return len(candidates)
