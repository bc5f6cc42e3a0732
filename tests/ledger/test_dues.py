from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.ledger.dues import (
    CellState,
    DuesPayment,
    DuesPlan,
    LapseRule,
    PlanPeriod,
    arrears_grid,
    default_plans,
    lapse_date,
    validate_plan,
)
from welfare_desk.ledger.errors import UserError

PLANS = {p.code: p for p in default_plans()}
MONTHLY = [PlanPeriod(PLANS["M30"], (2024, 1))]
QUARTERLY = [PlanPeriod(PLANS["Q90"], (2024, 1))]
JOINED = date(2024, 1, 15)


def states(grid: object) -> str:
    symbols = {CellState.PAID: "P", CellState.MISSED: "M", CellState.DUE: "D",
               CellState.PARTIAL: "p", CellState.NOT_MEMBER: "-", CellState.FUTURE: "F"}
    return "".join(symbols[c.state] for c in grid.cells)  # type: ignore[attr-defined]


def pay(*items: tuple[date, int]) -> list[DuesPayment]:
    return [DuesPayment(d, a) for d, a in items]


def test_a_baht_a_day_plans() -> None:
    assert [(p.code, p.months_per_instalment, p.amount) for p in default_plans()] == [
        ("M30", 1, 3000), ("Q90", 3, 9000), ("H180", 6, 18000), ("Y365", 12, 36500)]


@pytest.mark.parametrize("plan", [DuesPlan("", "x", 1, 3000), DuesPlan("X", "x", 5, 3000),
                                  DuesPlan("X", "x", 1, 0)])
def test_bad_plans_are_refused(plan: DuesPlan) -> None:
    with pytest.raises(UserError):
        validate_plan(plan)


def test_paid_missed_and_due_months() -> None:
    grid = arrears_grid(MONTHLY, JOINED, pay((date(2024, 1, 20), 3000), (date(2024, 2, 5), 3000)),
                        as_of=date(2024, 5, 10))
    assert states(grid) == "PPMMD"  # Jan, Feb paid; Mar, Apr missed; May current
    assert grid.missed_instalments == 2
    assert (grid.paid_total, grid.due_total, grid.owed) == (6000, 15000, 9000)
    assert grid.months_paid_through == (2024, 2)
    # A8: what is late (the two missed months) apart from what is due this month.
    assert (grid.overdue, grid.due_now) == (6000, 3000)


def test_one_missed_month_owes_one_instalment_overdue() -> None:
    """A8: one missed instalment on a 30-baht plan is 30 baht late, not 60."""
    grid = arrears_grid(MONTHLY, JOINED, pay((date(2024, 1, 20), 3000), (date(2024, 2, 5), 3000),
                                             (date(2024, 3, 5), 3000)), as_of=date(2024, 5, 10))
    assert grid.missed_instalments == 1 and grid.overdue == 3000 and grid.due_now == 3000


def test_late_payment_fills_the_oldest_month_first() -> None:
    payments = pay((date(2024, 1, 20), 3000), (date(2024, 4, 2), 9000))
    grid = arrears_grid(MONTHLY, JOINED, payments, as_of=date(2024, 4, 20))
    assert states(grid) == "PPPP"
    assert grid.missed_instalments == 0


def test_advance_payment_shows_future_months_paid() -> None:
    grid = arrears_grid(MONTHLY, JOINED, pay((date(2024, 1, 20), 9000)), as_of=date(2024, 1, 31),
                        last_month=(2024, 4))
    assert states(grid) == "PPPD"[:3] + "F"
    assert grid.credit == 6000


def test_partial_payment_is_not_paid() -> None:
    grid = arrears_grid(QUARTERLY, JOINED, pay((date(2024, 1, 20), 5000)), as_of=date(2024, 2, 1))
    assert states(grid) == "pp"  # the first quarter is running and partly paid
    grid = arrears_grid(QUARTERLY, JOINED, pay((date(2024, 1, 20), 5000)), as_of=date(2024, 5, 1))
    assert states(grid) == "MMMDD"  # it ended short: missed; the second quarter is due
    assert grid.missed_instalments == 1 and grid.owed == 13000
    assert (grid.overdue, grid.due_now) == (4000, 9000)


def test_months_before_joining_are_not_member() -> None:
    grid = arrears_grid(MONTHLY, JOINED, [], as_of=date(2024, 2, 10), first_month=(2023, 11))
    assert states(grid) == "--MD"


def test_a_plan_switch_starts_new_instalments() -> None:
    history = [PlanPeriod(PLANS["M30"], (2024, 1)), PlanPeriod(PLANS["Q90"], (2024, 4))]
    payments = pay((date(2024, 1, 20), 9000), (date(2024, 4, 5), 9000))
    grid = arrears_grid(history, JOINED, payments, as_of=date(2024, 6, 30))
    assert states(grid) == "PPPPPP"
    assert grid.due_total == 18000


def test_lapse_after_three_missed_instalments() -> None:
    payments = pay((date(2024, 1, 20), 3000))
    rule = LapseRule(3)
    assert lapse_date(MONTHLY, JOINED, payments, rule, date(2024, 4, 30)) is None
    assert lapse_date(MONTHLY, JOINED, payments, rule, date(2024, 5, 1)) == date(2024, 5, 1)
    assert lapse_date(MONTHLY, JOINED, payments, rule, date(2025, 1, 1)) == date(2024, 5, 1)


def test_catching_up_before_the_third_miss_prevents_the_lapse() -> None:
    payments = pay((date(2024, 1, 20), 3000), (date(2024, 4, 25), 9000))
    assert lapse_date(MONTHLY, JOINED, payments, LapseRule(3), date(2024, 5, 15)) is None


def test_yearly_plan_lapses_after_three_years() -> None:
    yearly = [PlanPeriod(PLANS["Y365"], (2024, 1))]
    assert lapse_date(yearly, JOINED, [], LapseRule(3), date(2026, 12, 31)) is None
    assert lapse_date(yearly, JOINED, [], LapseRule(3), date(2027, 1, 1)) == date(2027, 1, 1)


amounts = st.lists(st.tuples(st.integers(0, 700), st.integers(1, 20).map(lambda n: n * 1500)),
                   max_size=20)


@given(amounts, st.integers(0, 900))
def test_allocation_never_counts_more_than_was_paid(items: list[tuple[int, int]],
                                                    days: int) -> None:
    payments = [DuesPayment(date.fromordinal(JOINED.toordinal() + d), a) for d, a in items]
    as_of = date.fromordinal(JOINED.toordinal() + days)
    grid = arrears_grid(MONTHLY, JOINED, payments, as_of)
    paid_months = sum(1 for c in grid.cells if c.state == CellState.PAID)
    assert paid_months * 3000 <= grid.paid_total
    assert grid.owed == max(grid.due_total - grid.paid_total, 0)
    assert grid.owed == grid.overdue + grid.due_now
    assert (grid.overdue > 0) == (grid.missed_instalments > 0)


@given(amounts, st.integers(0, 600), st.integers(1, 300))
def test_missed_instalments_only_grow_with_time_and_shrink_with_payment(
        items: list[tuple[int, int]], days: int, later: int) -> None:
    payments = [DuesPayment(date.fromordinal(JOINED.toordinal() + d), a) for d, a in items
                if d <= days]
    as_of = date.fromordinal(JOINED.toordinal() + days)
    now = arrears_grid(MONTHLY, JOINED, payments, as_of)
    after = arrears_grid(MONTHLY, JOINED, payments,
                         date.fromordinal(as_of.toordinal() + later))
    assert after.missed_instalments >= now.missed_instalments
    more = arrears_grid(MONTHLY, JOINED, [*payments, DuesPayment(as_of, 3000)], as_of)
    assert more.missed_instalments <= now.missed_instalments
