"""Judging a claim by the rule in force on its event date: every reason, with its clause.

Each check yields a ``Reason``, passed or failed, whose ``message`` is English text
marked with ``N_`` and whose ``{names}`` are filled from ``params`` after
translation. Money in params is baht text ("600.00"); counts are ints. Deterministic,
no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from welfare_desk.ledger.benefit_rules import Regulation, RuleVersion
from welfare_desk.ledger.claim_amounts import claim_amount
from welfare_desk.ledger.claim_case import (
    Case,
    ClaimFacts,
    Decision,
    PriorPayout,
    Reason,
)
from welfare_desk.ledger.members import MemberFacts, MemberStatus, age_on, full_years_between
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.ledger.text import N_

__all__ = ["ClaimFacts", "Decision", "PriorPayout", "Reason", "evaluate_claim"]


def evaluate_claim(
    regulation: Regulation,
    member: MemberFacts,
    claim: ClaimFacts,
    prior: Sequence[PriorPayout],
    fiscal_year_start: tuple[int, int] = (10, 1),
) -> Decision:
    """Judges ``claim`` by the version of its rule in force on the event date."""
    rule = regulation.rule_in_force(claim.benefit_code, claim.event_date)
    benefit = regulation.benefit_type(claim.benefit_code)
    if rule is None or benefit is None:
        return _no_rule(claim, known=benefit is not None)
    case = _case(rule, member, claim, prior, fiscal_year_start)
    reasons = [_in_force(case, benefit.name_th), *_conditions(case)]
    amount, amount_reasons = claim_amount(case)
    reasons += amount_reasons
    eligible = amount > 0 and all(r.ok for r in reasons)
    return Decision(
        eligible,
        amount if eligible else 0,
        claim.benefit_code,
        rule.version,
        rule.clause,
        tuple(reasons),
    )


def _case(
    rule: RuleVersion,
    member: MemberFacts,
    claim: ClaimFacts,
    prior: Sequence[PriorPayout],
    start: tuple[int, int],
) -> Case:
    same = tuple(p for p in prior if p.benefit_code == claim.benefit_code)
    year = fiscal_year_of(claim.event_date, start)
    same_year = tuple(p for p in same if fiscal_year_of(p.event_date, start) == year)
    return Case(rule, member, claim, same, same_year)


def _no_rule(claim: ClaimFacts, *, known: bool) -> Decision:
    if known:
        message = N_("No rule for benefit {benefit} was in force on the event date")
    else:
        message = N_("The regulation has no benefit {benefit}")
    reason = Reason("rule_in_force", False, message, {"clause": "", "benefit": claim.benefit_code})
    return Decision(False, 0, claim.benefit_code, None, "", (reason,))


def _in_force(case: Case, benefit_name: str) -> Reason:
    rule = case.rule
    if rule.amendment:
        message = N_(
            "{benefit}: judged by {clause} ({amendment}), version {version}, "
            "in force on the event date"
        )
    else:
        message = N_("{benefit}: judged by {clause}, version {version}, in force on the event date")
    return case.reason(
        "rule_in_force",
        True,
        message,
        benefit=benefit_name,
        version=rule.version,
        amendment=rule.amendment,
    )


def _conditions(case: Case) -> Iterator[Reason]:
    yield _status(case)
    yield _waiting(case)
    yield from _present(_membership_years(case))
    yield from _ages(case)
    for check in (_gender, _category, _deadline, _documents, _times_per_year, _times_lifetime):
        yield from _present(check(case))


def _present(reason: Reason | None) -> Iterator[Reason]:
    if reason is not None:
        yield reason


def _status(case: Case) -> Reason:
    status, since = case.member.status, case.member.status_since
    if status not in case.rule.allowed_statuses:
        return case.reason(
            "status",
            False,
            N_("A member who is {status} cannot claim this benefit"),
            status=status.value,
        )
    if status == MemberStatus.DECEASED and since is not None and since != case.claim.event_date:
        return case.reason(
            "status",
            False,
            N_("The member's death is recorded on another day than the event date"),
            status=status.value,
        )
    return case.reason(
        "status",
        True,
        N_("The member's status ({status}) allows this benefit"),
        status=status.value,
    )


def _waiting(case: Case) -> Reason:
    days = (case.claim.event_date - case.member.joined_on).days
    required = case.rule.waiting_days
    if days < 0:
        return case.reason(
            "waiting_period",
            False,
            N_("The event is before the member joined the fund"),
            days=days,
            required=required,
        )
    if days < required:
        message = N_(
            "Only {days} days a member on the event date; the waiting period is {required} days"
        )
    else:
        message = N_(
            "{days} days a member on the event date; the waiting period is {required} days"
        )
    return case.reason("waiting_period", days >= required, message, days=days, required=required)


def _membership_years(case: Case) -> Reason | None:
    required = case.rule.min_membership_years
    if required is None:
        return None
    years = max(0, full_years_between(case.member.joined_on, case.claim.event_date))
    if years < required:
        message = N_("Only {years} full years of membership; this benefit needs {required}")
    else:
        message = N_("{years} full years of membership; this benefit needs {required}")
    return case.reason(
        "membership_years", years >= required, message, years=years, required=required
    )


def _ages(case: Case) -> Iterator[Reason]:
    rule, birth = case.rule, case.member.birth_date
    if not rule.has_age_condition:
        return
    if birth is None:
        yield case.reason(
            "age",
            False,
            N_("The member's date of birth is not recorded, and this benefit depends on age"),
        )
        return
    age = age_on(birth, case.claim.event_date)
    if rule.min_age is not None:
        message = N_("Aged {age} on the event date; the minimum age is {limit}")
        yield case.reason("min_age", age >= rule.min_age, message, age=age, limit=rule.min_age)
    if rule.max_age is not None:
        message = N_("Aged {age} on the event date; the maximum age is {limit}")
        yield case.reason("max_age", age <= rule.max_age, message, age=age, limit=rule.max_age)


def _gender(case: Case) -> Reason | None:
    genders = case.rule.genders
    if not genders:
        return None
    return case.reason(
        "gender",
        case.member.gender in genders,
        N_("This benefit is for {allowed}; the member is {gender}"),
        allowed=", ".join(sorted(g.value for g in genders)),
        gender=case.member.gender.value,
    )


def _category(case: Case) -> Reason | None:
    wanted = case.rule.categories_any
    if not wanted:
        return None
    held = ", ".join(sorted(c.value for c in case.member.categories)) or "-"
    return case.reason(
        "category",
        bool(wanted & case.member.categories),
        N_("This benefit is for members who are {allowed}; the member is {categories}"),
        allowed=", ".join(sorted(c.value for c in wanted)),
        categories=held,
    )


def _deadline(case: Case) -> Reason | None:
    limit = case.rule.claim_deadline_days
    if limit is None:
        return None
    days = (case.claim.filed_on - case.claim.event_date).days
    if days < 0:
        return case.reason(
            "claim_deadline",
            False,
            N_("The claim is filed before the event date"),
            days=days,
            limit=limit,
        )
    if days > limit:
        message = N_("Filed {days} days after the event; claims must be filed within {limit} days")
    else:
        message = N_("Filed {days} days after the event, within the {limit} days allowed")
    return case.reason("claim_deadline", days <= limit, message, days=days, limit=limit)


def _documents(case: Case) -> Reason | None:
    required = case.rule.required_documents
    if not required:
        return None
    missing = [d for d in required if d not in case.claim.documents]
    if missing:
        return case.reason(
            "documents",
            False,
            N_("Missing documents: {missing}"),
            missing=", ".join(missing),
            required=", ".join(required),
        )
    return case.reason(
        "documents",
        True,
        N_("All required documents are attached: {required}"),
        required=", ".join(required),
    )


def _times_per_year(case: Case) -> Reason | None:
    limit = case.rule.max_times_per_year
    if limit is None:
        return None
    count = len(case.same_year)
    return case.reason(
        "max_times_per_year",
        count < limit,
        N_("Paid {count} times in this fiscal year; at most {limit} a year"),
        count=count,
        limit=limit,
    )


def _times_lifetime(case: Case) -> Reason | None:
    limit = case.rule.max_times_lifetime
    if limit is None:
        return None
    count = len(case.same_benefit)
    return case.reason(
        "max_times_lifetime",
        count < limit,
        N_("Paid {count} times before; at most {limit} in a lifetime"),
        count=count,
        limit=limit,
    )
