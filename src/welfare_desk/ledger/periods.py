"""Months and fiscal years (the Thai government year starts 1 October by default)."""

from __future__ import annotations

import calendar
from datetime import date


def fiscal_year_of(d: date, start: tuple[int, int] = (10, 1)) -> int:
    """The Gregorian year in which ``d``'s fiscal year ends: 2025-10-01 -> 2026."""
    return d.year + 1 if (d.month, d.day) >= start and start != (1, 1) else d.year


def fiscal_year_bounds(fiscal_year: int, start: tuple[int, int] = (10, 1)) -> tuple[date, date]:
    """(first day, last day) of the fiscal year that ends in ``fiscal_year``."""
    month, day = start
    if (month, day) == (1, 1):
        return date(fiscal_year, 1, 1), date(fiscal_year, 12, 31)
    first = date(fiscal_year - 1, month, day)
    next_first = date(fiscal_year, month, day)
    return first, date.fromordinal(next_first.toordinal() - 1)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
