"""What the dues screens need to know before taking money: a member's plan and
arrears, and a village's collection-day sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.ledger.dues import ArrearsGrid, DuesPlan, plan_in_force
from welfare_desk.ledger.members import MemberRecord, MemberStatus
from welfare_desk.ledger.thai_text import thai_sort_key
from welfare_desk.services.common import find_member
from welfare_desk.services.dues import all_arrears, member_arrears


@dataclass(frozen=True)
class DuesSuggestion:
    member: MemberRecord
    plan: DuesPlan
    grid: ArrearsGrid


def dues_suggestion(db: Database, member_no: int, as_of: date) -> DuesSuggestion:
    """The member, the plan they pay by now (its amount is the default) and their grid."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        member = find_member(repos, fund_id, member_no)
        history = repos.members.plan_history(member.member_id)
        plans = repos.funds.dues_plans(fund_id)
    plan = plans[plan_in_force(history, as_of)]
    return DuesSuggestion(member, plan, member_arrears(db, member_no, as_of).grid)


@dataclass(frozen=True)
class SheetLine:
    member_no: int
    name: str
    plan: DuesPlan
    owed: int
    missed_instalments: int


def collection_sheet(db: Database, village_no: int, as_of: date) -> list[SheetLine]:
    """Every active member of one village, Thai name order, with plan and arrears."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        plans = repos.funds.dues_plans(fund_id)
        histories = repos.members.all_plan_histories(fund_id)
        rows = all_arrears(repos, fund_id, as_of, frozenset({MemberStatus.ACTIVE}))
    lines: list[tuple[str, SheetLine]] = []
    for row in rows:
        m = row.member
        if m.village_no != village_no:
            continue
        plan = plans[plan_in_force(histories[m.member_id], as_of)]
        lines.append((thai_sort_key(f"{m.first_name} {m.last_name}"),
                      SheetLine(m.member_no, m.full_name, plan, row.grid.owed,
                                row.grid.missed_instalments)))
    return [line for _, line in sorted(lines, key=lambda pair: pair[0])]
