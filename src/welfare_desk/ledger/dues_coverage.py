"""Which months a dues payment pays for (งวดที่ชำระ), for the receipt.

A payment goes to the member's instalments oldest unpaid first, after everything
paid before it: the same allocation as the arrears grid, so the receipt and the
member's ส่ง/ขาด grid always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from welfare_desk.ledger.dues import PlanPeriod, instalments, month_of_index
from welfare_desk.ledger.money import satang

# Instalments are generated this many months at a time until the payment is placed;
# a century of them is the end (a plan's amount is always more than zero).
_STEP_MONTHS, _MAX_MONTHS = 60, 1200


@dataclass(frozen=True)
class DuesCoverage:
    first_month: tuple[int, int]  # (year, month), CE
    last_month: tuple[int, int]
    complete: bool  # the last instalment the payment reaches is paid in full by it


def dues_coverage(history: Sequence[PlanPeriod], joined_on: date, paid_before: int,
                  amount: int) -> DuesCoverage | None:
    """The months of the instalments ``amount`` goes to, after ``paid_before``."""
    if satang(amount) <= 0 or not history or satang(paid_before) < 0:
        return None
    start, end = paid_before, paid_before + amount
    joined = joined_on.year * 12 + joined_on.month - 1
    until = joined + _STEP_MONTHS
    plan = instalments(history, joined_on, until)
    while sum(i.amount for i in plan) < end and until < joined + _MAX_MONTHS:
        until += _STEP_MONTHS
        plan = instalments(history, joined_on, until)
    placed = 0
    first = last = None
    complete = False
    for inst in plan:
        low, placed = placed, placed + inst.amount
        if placed <= start:
            continue
        if low >= end:
            break
        first = first or inst
        last, complete = inst, end >= placed
    if first is None or last is None:
        return None
    return DuesCoverage(month_of_index(first.first_month), month_of_index(last.last_month),
                        complete)
