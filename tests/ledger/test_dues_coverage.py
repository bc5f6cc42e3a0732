"""The months a receipt's dues pay for: oldest unpaid instalment first, as the
arrears grid counts, so the paper and the grid agree."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.ledger.dues import DuesPayment, PlanPeriod, arrears_grid, default_plans
from welfare_desk.ledger.dues_coverage import DuesCoverage, dues_coverage

PLANS = {p.code: p for p in default_plans()}
MONTHLY = [PlanPeriod(PLANS["M30"], (2024, 1))]
SWITCHED = [PlanPeriod(PLANS["M30"], (2024, 1)), PlanPeriod(PLANS["Q90"], (2024, 4))]
JOINED = date(2024, 1, 15)


@pytest.mark.parametrize(("history", "before", "amount", "expected"), [
    (MONTHLY, 0, 3000, DuesCoverage((2024, 1), (2024, 1), True)),
    (MONTHLY, 0, 9000, DuesCoverage((2024, 1), (2024, 3), True)),
    (MONTHLY, 3000, 1500, DuesCoverage((2024, 2), (2024, 2), False)),  # half of February
    (MONTHLY, 1500, 1500, DuesCoverage((2024, 1), (2024, 1), True)),  # the rest of January
    (MONTHLY, 1500, 3000, DuesCoverage((2024, 1), (2024, 2), False)),
    (MONTHLY, 33000, 6000, DuesCoverage((2024, 12), (2025, 1), True)),  # across the year
    (SWITCHED, 9000, 9000, DuesCoverage((2024, 4), (2024, 6), True)),  # a quarter
    (SWITCHED, 0, 18000, DuesCoverage((2024, 1), (2024, 6), True)),
    ([PlanPeriod(PLANS["M30"], (2024, 1))], 3000 * 12 * 30, 3000,  # 30 years ahead
     DuesCoverage((2054, 1), (2054, 1), True)),
])
def test_the_months_a_payment_goes_to(history: list[PlanPeriod], before: int, amount: int,
                                      expected: DuesCoverage) -> None:
    assert dues_coverage(history, JOINED, before, amount) == expected


def test_nothing_to_say_without_money_or_a_plan() -> None:
    assert dues_coverage(MONTHLY, JOINED, 0, 0) is None
    assert dues_coverage([], JOINED, 0, 3000) is None


@given(st.lists(st.integers(1, 20000), min_size=1, max_size=8))
def test_the_receipts_agree_with_the_arrears_grid(amounts: list[int]) -> None:
    """After each payment, the grid is paid through the receipt's last month exactly
    when the receipt says its last instalment is complete."""
    paid = 0
    payments = []
    for amount in amounts:
        coverage = dues_coverage(SWITCHED, JOINED, paid, amount)
        assert coverage is not None
        paid += amount
        payments.append(DuesPayment(JOINED, amount))
        grid = arrears_grid(SWITCHED, JOINED, payments, date(2100, 1, 1))
        if coverage.complete:
            assert grid.months_paid_through == coverage.last_month
        else:
            assert grid.months_paid_through != coverage.last_month
