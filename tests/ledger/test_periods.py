"""Months and fiscal years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of, month_bounds


@pytest.mark.parametrize(
    ("day", "start", "year"),
    [
        (date(2025, 10, 1), (10, 1), 2026),
        (date(2025, 9, 30), (10, 1), 2025),
        (date(2025, 12, 31), (10, 1), 2026),
        (date(2026, 1, 1), (10, 1), 2026),
        (date(2025, 1, 1), (1, 1), 2025),
        (date(2025, 12, 31), (1, 1), 2025),
        (date(2025, 4, 1), (4, 1), 2026),
        (date(2025, 3, 31), (4, 1), 2025),
    ],
)
def test_the_fiscal_year_is_named_by_the_year_it_ends(
    day: date, start: tuple[int, int], year: int
) -> None:
    assert fiscal_year_of(day, start) == year


def test_the_default_start_is_the_thai_government_year() -> None:
    assert fiscal_year_of(date(2024, 10, 1)) == 2025
    assert fiscal_year_bounds(2025) == (date(2024, 10, 1), date(2025, 9, 30))


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2025, (1, 1)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert fiscal_year_bounds(2026, (4, 1)) == (date(2025, 4, 1), date(2026, 3, 31))
    assert fiscal_year_bounds(2024, (3, 1)) == (date(2023, 3, 1), date(2024, 2, 29))


def test_month_bounds() -> None:
    assert month_bounds(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds(2023, 2) == (date(2023, 2, 1), date(2023, 2, 28))
    assert month_bounds(2025, 12) == (date(2025, 12, 1), date(2025, 12, 31))


_starts = st.sampled_from([(1, 1), (4, 1), (7, 1), (10, 1), (10, 15), (12, 31)])


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), _starts)
def test_a_day_lies_within_the_bounds_of_its_fiscal_year(day: date, start: tuple[int, int]) -> None:
    first, last = fiscal_year_bounds(fiscal_year_of(day, start), start)
    assert first <= day <= last
    assert fiscal_year_of(first, start) == fiscal_year_of(last, start)
    assert fiscal_year_of(first - timedelta(days=1), start) == fiscal_year_of(day, start) - 1
    assert fiscal_year_of(last + timedelta(days=1), start) == fiscal_year_of(day, start) + 1
    assert 365 <= (last - first).days + 1 <= 366


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_months_tile_the_year(year: int, month: int) -> None:
    first, last = month_bounds(year, month)
    assert first.day == 1 and (last + timedelta(days=1)).day == 1
