from __future__ import annotations

from datetime import date

import pytest

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.matching import (
    MatchingCandidate,
    check_can_mark_matched,
    eligible_for_matching,
    matching_amount,
)
from welfare_desk.ledger.members import MemberStatus


def candidate(no: int, joined: date, status: MemberStatus = MemberStatus.ACTIVE,
              since: date | None = None, years: frozenset[int] = frozenset()) -> MatchingCandidate:
    return MatchingCandidate(f"id{no}", no, joined, status, since or joined, len(years), years)


def test_a_full_year_on_30_september() -> None:
    result = eligible_for_matching([
        candidate(1, date(2024, 9, 30)),  # exactly a year
        candidate(2, date(2024, 10, 1)),  # a day short
        candidate(3, date(2020, 1, 1), MemberStatus.LAPSED, date(2025, 6, 1)),  # lapsed before
        candidate(4, date(2020, 1, 1), MemberStatus.DECEASED, date(2025, 10, 5)),  # died after
        candidate(5, date(2020, 1, 1), years=frozenset({2022, 2023, 2024})),  # matched 3 times
        candidate(6, date(2020, 1, 1), years=frozenset({2025})),  # already this year
    ], 2025)
    assert [c.member_no for c in result.eligible] == [1, 4]
    assert [c.member_no for c, _, _ in result.excluded] == [2, 3, 5, 6]
    assert result.cutoff == date(2025, 9, 30)


def test_marking_an_ineligible_member_is_refused() -> None:
    with pytest.raises(UserError):
        check_can_mark_matched(candidate(2, date(2024, 10, 1)), 2025)
    check_can_mark_matched(candidate(1, date(2024, 9, 30)), 2025)
    assert matching_amount(120, 36500) == 4_380_000
