"""Dues (เงินสัจจะ): the fund's plans, the paid/missed grid and the lapse rule.

Payments are allocated to instalments oldest first, so paying in advance and
catching up on arrears both work the way a treasurer counts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import satang
from welfare_desk.ledger.periods import month_bounds
from welfare_desk.ledger.text import N_

ALLOWED_MONTHS = (1, 2, 3, 4, 6, 12)
# A member's dues in one line (statement, member page, terminal): what is late and its
# count agree; this month's instalment, due but not late, is said apart.
DUES_SUMMARY = N_("Dues paid since joining {paid} baht; overdue {overdue} baht ({missed} "
                  "missed instalments); due this month {due} baht")


@dataclass(frozen=True)
class DuesPlan:
    code: str
    name: str
    months_per_instalment: int
    amount: int


def default_plans() -> list[DuesPlan]:
    """"A baht a day" (วันละบาท), paid monthly, quarterly, half-yearly or yearly."""
    return [DuesPlan("M30", "รายเดือน", 1, 3000), DuesPlan("Q90", "รายไตรมาส", 3, 9000),
            DuesPlan("H180", "รายครึ่งปี", 6, 18000), DuesPlan("Y365", "รายปี", 12, 36500)]


def validate_plan(plan: DuesPlan) -> None:
    if not plan.code.strip():
        raise UserError(N_("A dues plan needs a code"))
    if plan.months_per_instalment not in ALLOWED_MONTHS:
        raise UserError(N_("An instalment covers 1, 2, 3, 4, 6 or 12 months, not {months}"),
                        months=plan.months_per_instalment)
    if satang(plan.amount) <= 0:
        raise UserError(N_("A dues plan's amount must be more than zero"))


@dataclass(frozen=True)
class PlanPeriod:
    plan: DuesPlan
    from_month: tuple[int, int]


@dataclass(frozen=True)
class DuesPayment:
    paid_on: date
    amount: int


@dataclass(frozen=True)
class Instalment:
    index: int
    first_month: int  # month index: year * 12 + month - 1
    last_month: int
    amount: int
    plan_code: str


class CellState(StrEnum):
    PAID = "paid"  # ส่ง
    MISSED = "missed"  # ขาด
    DUE = "due"
    PARTIAL = "partial"
    NOT_MEMBER = "not_member"
    FUTURE = "future"


@dataclass(frozen=True)
class MonthCell:
    year: int
    month: int
    state: CellState
    instalment_index: int | None


@dataclass(frozen=True)
class ArrearsGrid:
    cells: tuple[MonthCell, ...]
    paid_total: int
    due_total: int
    owed: int  # overdue + due_now
    credit: int
    missed_instalments: int
    months_paid_through: tuple[int, int] | None
    overdue: int = 0  # unpaid on the missed instalments: what ``missed_instalments`` counts
    due_now: int = 0  # unpaid on the instalment running this month, due but not yet late


@dataclass(frozen=True)
class LapseRule:
    missed_instalments: int = 3


def _index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_of_index(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def plan_periods(plans: dict[str, DuesPlan],
                 history: Sequence[tuple[str, str]]) -> list[PlanPeriod]:
    """A member's plan history as stored, (from month "YYYY-MM", plan code), oldest first."""
    return [PlanPeriod(plans[code], (int(month[:4]), int(month[5:7])))
            for month, code in history]


def instalments(history: Sequence[PlanPeriod], joined_on: date,
                until_month: int) -> list[Instalment]:
    """Instalments from the join month to ``until_month``; a plan switch starts a new run."""
    result: list[Instalment] = []
    start = _index(joined_on.year, joined_on.month)
    periods = sorted(history, key=lambda p: p.from_month)
    for i, period in enumerate(periods):
        begin = max(start, _index(*period.from_month))
        end = _index(*periods[i + 1].from_month) if i + 1 < len(periods) else until_month + 1
        step = period.plan.months_per_instalment
        month = begin
        while month < end and month <= until_month:
            result.append(Instalment(len(result), month, month + step - 1,
                                     period.plan.amount, period.plan.code))
            month += step
    return result


def arrears_grid(history: Sequence[PlanPeriod], joined_on: date,
                 payments: Sequence[DuesPayment], as_of: date,
                 first_month: tuple[int, int] | None = None,
                 last_month: tuple[int, int] | None = None) -> ArrearsGrid:
    now = _index(as_of.year, as_of.month)
    last = _index(*last_month) if last_month else now
    plan = instalments(history, joined_on, max(last, now))
    paid_total = sum(satang(p.amount) for p in payments if p.paid_on <= as_of)
    remaining = paid_total
    states: dict[int, CellState] = {}
    missed = 0
    due_total = overdue = due_now = 0
    paid_through: int | None = None
    for inst in plan:
        covered = min(remaining, inst.amount)
        remaining -= covered
        started = inst.first_month <= now
        if started:
            due_total += inst.amount
        if covered == inst.amount:
            state = CellState.PAID
            paid_through = inst.last_month
        elif inst.last_month < now:
            state = CellState.MISSED
            missed += 1
            overdue += inst.amount - covered
        elif not started:
            state = CellState.FUTURE
        else:
            state = CellState.PARTIAL if covered else CellState.DUE
            due_now += inst.amount - covered
        states[inst.index] = state
    joined = _index(joined_on.year, joined_on.month)
    first = _index(*first_month) if first_month else joined
    by_month = {m: inst for inst in plan for m in range(inst.first_month, inst.last_month + 1)}
    cells = []
    for m in range(first, last + 1):
        inst_at = by_month.get(m)
        state = CellState.NOT_MEMBER if m < joined or inst_at is None else states[inst_at.index]
        cells.append(MonthCell(*month_of_index(m), state, inst_at.index if inst_at else None))
    return ArrearsGrid(tuple(cells), paid_total, due_total, max(due_total - paid_total, 0),
                       max(paid_total - due_total, 0), missed,
                       month_of_index(paid_through) if paid_through is not None else None,
                       overdue, due_now)


def lapse_date(history: Sequence[PlanPeriod], joined_on: date,
               payments: Sequence[DuesPayment], rule: LapseRule, as_of: date) -> date | None:
    """The day a member reached ``rule.missed_instalments`` missed instalments, if they
    have by ``as_of``: the day after the last month of the Nth unpaid instalment."""
    now = _index(as_of.year, as_of.month)
    ordered = sorted(payments, key=lambda p: p.paid_on)
    plan = instalments(history, joined_on, now)
    paid_by: list[tuple[date, int]] = []
    running = 0
    for p in ordered:
        running += satang(p.amount)
        paid_by.append((p.paid_on, running))
    due_running = 0
    for k, inst in enumerate(plan):
        due_running += inst.amount
        limit = k + rule.missed_instalments
        if limit >= len(plan):
            return None
        deadline_inst = plan[limit - 1]
        lapse_on = month_bounds(*month_of_index(deadline_inst.last_month))[1] + timedelta(days=1)
        if lapse_on > as_of:
            return None
        paid_before = max((total for d, total in paid_by if d < lapse_on), default=0)
        if paid_before < due_running:
            return lapse_on
    return None


def plan_in_force(history: Sequence[tuple[str, str]], on: date) -> str:
    """The plan code a member pays by on ``on``: the latest change from that month or
    before, or the first plan for a member who joins later."""
    month = f"{on:%Y-%m}"
    started = [code for from_month, code in history if from_month <= month]
    return started[-1] if started else history[0][1]
