"""CODI's matching money: members with a full year of membership on 30 September,
matched at most three times."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.ledger.text import N_

MAX_TIMES_MATCHED = 3


@dataclass(frozen=True)
class MatchingCandidate:
    member_id: str
    member_no: int
    joined_on: date
    status: MemberStatus
    status_since: date
    times_matched: int
    matched_years: frozenset[int]


@dataclass(frozen=True)
class MatchingList:
    year: int
    cutoff: date
    eligible: tuple[MatchingCandidate, ...]
    excluded: tuple[tuple[MatchingCandidate, str, dict[str, int | str]], ...]


def matching_cutoff(year: int) -> date:
    return date(year, 9, 30)


def _one_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def exclusion(candidate: MatchingCandidate, year: int) -> tuple[str, dict[str, int | str]] | None:
    """Why a member cannot be matched for ``year`` (None: they can)."""
    cutoff = matching_cutoff(year)
    active_on_cutoff = (candidate.status == MemberStatus.ACTIVE
                        or candidate.status_since > cutoff)
    if not active_on_cutoff:
        return N_("Member {no} was not active on {date}"), {
            "no": candidate.member_no, "date": cutoff.isoformat()}
    if candidate.joined_on > _one_year_before(cutoff):
        return N_("Member {no} joined on {joined}, less than a full year before {date}"), {
            "no": candidate.member_no, "joined": candidate.joined_on.isoformat(),
            "date": cutoff.isoformat()}
    if year in candidate.matched_years:
        return N_("Member {no} is already matched for {year}"), {
            "no": candidate.member_no, "year": year}
    if candidate.times_matched >= MAX_TIMES_MATCHED:
        return N_("Member {no} has been matched {times} times already"), {
            "no": candidate.member_no, "times": candidate.times_matched}
    return None


def eligible_for_matching(candidates: Iterable[MatchingCandidate], year: int) -> MatchingList:
    eligible, excluded = [], []
    for candidate in candidates:
        why = exclusion(candidate, year)
        if why is None:
            eligible.append(candidate)
        else:
            excluded.append((candidate, why[0], why[1]))
    return MatchingList(year, matching_cutoff(year), tuple(eligible), tuple(excluded))


def check_can_mark_matched(candidate: MatchingCandidate, year: int) -> None:
    why = exclusion(candidate, year)
    if why is not None:
        raise UserError(why[0], **why[1])


def matching_amount(eligible_count: int, rate_per_member: int) -> int:
    return eligible_count * rate_per_member
