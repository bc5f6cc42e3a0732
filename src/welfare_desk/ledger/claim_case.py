"""The facts of a claim and the shape of a decision (see eligibility.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.ledger.benefit_rules import RuleVersion
from welfare_desk.ledger.members import MemberFacts
from welfare_desk.ledger.money import format_baht, satang

Params = dict[str, str | int]


@dataclass(frozen=True)
class ClaimFacts:
    benefit_code: str
    event_date: date
    filed_on: date
    nights: int | None
    documents: frozenset[str]
    requested_amount: int | None

    def __post_init__(self) -> None:
        if self.requested_amount is not None:
            satang(self.requested_amount)


@dataclass(frozen=True)
class PriorPayout:
    """An earlier PAID claim of the same member."""

    benefit_code: str
    event_date: date
    amount: int

    def __post_init__(self) -> None:
        satang(self.amount)


@dataclass(frozen=True)
class Reason:
    code: str
    ok: bool
    message: str
    params: Params


@dataclass(frozen=True)
class Decision:
    eligible: bool
    amount: int
    benefit_code: str
    rule_version: int | None
    clause: str
    reasons: tuple[Reason, ...]

    @property
    def failed(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if not r.ok)

    def reason(self, code: str) -> Reason | None:
        return next((r for r in self.reasons if r.code == code), None)


@dataclass(frozen=True)
class Case:
    """Everything one evaluation looks at."""

    rule: RuleVersion
    member: MemberFacts
    claim: ClaimFacts
    same_benefit: tuple[PriorPayout, ...]
    same_year: tuple[PriorPayout, ...]

    def reason(self, code: str, ok: bool, message: str, **params: str | int) -> Reason:
        return Reason(code, ok, message, {"clause": self.rule.clause, **params})


def baht(amount: int) -> str:
    return format_baht(amount)
