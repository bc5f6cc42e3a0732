"""Judging a claim by the rule in force on its event date: every reason, with its clause.

Each check yields a ``Reason``, passed or failed, whose ``message`` is English text
marked with ``N_`` and whose ``{names}`` are filled from ``params`` after
translation. Money in params is baht text ("600.00"); counts are ints. Deterministic,
no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from welfare_desk.ledger.benefit_rules import (
    Fixed,
    PerNight,
    Regulation,
    RuleVersion,
    TiersByMembershipYears,
)
from welfare_desk.ledger.members import MemberFacts, MemberStatus, age_on, full_years_between
from welfare_desk.ledger.money import format_baht, satang
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.ledger.text import N_

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
class _Case:
    """Everything one evaluation looks at."""

    rule: RuleVersion
    member: MemberFacts
    claim: ClaimFacts
    same_benefit: tuple[PriorPayout, ...]
    same_year: tuple[PriorPayout, ...]

    def reason(self, code: str, ok: bool, message: str, **params: str | int) -> Reason:
        return Reason(code, ok, message, {"clause": self.rule.clause, **params})


def _baht(amount: int) -> str:
    return format_baht(amount)


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
    amount, amount_reasons = _amount(case)
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
) -> _Case:
    same = tuple(p for p in prior if p.benefit_code == claim.benefit_code)
    year = fiscal_year_of(claim.event_date, start)
    same_year = tuple(p for p in same if fiscal_year_of(p.event_date, start) == year)
    return _Case(rule, member, claim, same, same_year)


def _no_rule(claim: ClaimFacts, *, known: bool) -> Decision:
    if known:
        message = N_("No rule for benefit {benefit} was in force on the event date")
    else:
        message = N_("The regulation has no benefit {benefit}")
    reason = Reason("rule_in_force", False, message, {"clause": "", "benefit": claim.benefit_code})
    return Decision(False, 0, claim.benefit_code, None, "", (reason,))


def _in_force(case: _Case, benefit_name: str) -> Reason:
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


def _conditions(case: _Case) -> Iterator[Reason]:
    yield _status(case)
    yield _waiting(case)
    yield from _present(_membership_years(case))
    yield from _ages(case)
    for check in (_gender, _category, _deadline, _documents, _times_per_year, _times_lifetime):
        yield from _present(check(case))


def _present(reason: Reason | None) -> Iterator[Reason]:
    if reason is not None:
        yield reason


def _status(case: _Case) -> Reason:
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


def _waiting(case: _Case) -> Reason:
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


def _membership_years(case: _Case) -> Reason | None:
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


def _ages(case: _Case) -> Iterator[Reason]:
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


def _gender(case: _Case) -> Reason | None:
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


def _category(case: _Case) -> Reason | None:
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


def _deadline(case: _Case) -> Reason | None:
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


def _documents(case: _Case) -> Reason | None:
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


def _times_per_year(case: _Case) -> Reason | None:
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


def _times_lifetime(case: _Case) -> Reason | None:
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


def _amount(case: _Case) -> tuple[int, list[Reason]]:
    """The amount by the rule's form, then reduced by each cap and the request."""
    amount, reason = _base_amount(case)
    reasons = [reason]
    for cap_check in (_cap_per_event, _cap_per_year, _cap_lifetime):
        amount, cap_reason = cap_check(case, amount)
        if cap_reason is not None:
            reasons.append(cap_reason)
    amount, requested = _requested(case, amount)
    if requested is not None:
        reasons.append(requested)
    return amount, reasons


def _base_amount(case: _Case) -> tuple[int, Reason]:
    form = case.rule.amount
    if isinstance(form, Fixed):
        return form.amount, case.reason(
            "amount", True, N_("A fixed amount of {amount} baht"), amount=_baht(form.amount)
        )
    if isinstance(form, PerNight):
        return _per_night(case, form)
    return _tiered(case, form)


def _per_night(case: _Case, form: PerNight) -> tuple[int, Reason]:
    nights = case.claim.nights
    rate = _baht(form.rate)
    if nights is None or nights < 1:
        return 0, case.reason(
            "nights",
            False,
            N_("This benefit is paid per night; the claim must give the number of nights"),
            rate=rate,
        )
    paid = nights if form.max_nights is None else min(nights, form.max_nights)
    amount = paid * form.rate
    if paid < nights:
        message = N_(
            "{nights} nights claimed; at most {paid} nights are paid, at {rate} "
            "baht a night: {amount} baht"
        )
    else:
        message = N_("{nights} nights at {rate} baht a night: {amount} baht")
    return amount, case.reason(
        "nights", True, message, nights=nights, paid=paid, rate=rate, amount=_baht(amount)
    )


def _tiered(case: _Case, form: TiersByMembershipYears) -> tuple[int, Reason]:
    years = max(0, full_years_between(case.member.joined_on, case.claim.event_date))
    amount = form.amount_for(years)
    if amount == 0:
        return 0, case.reason(
            "amount",
            False,
            N_("{years} full years of membership; the first tier needs {required}"),
            years=years,
            required=form.tiers[0][0],
        )
    tier = max(y for y, _ in form.tiers if y <= years)
    return amount, case.reason(
        "amount",
        True,
        N_("{years} full years of membership: the tier from {tier} years pays {amount} baht"),
        years=years,
        tier=tier,
        amount=_baht(amount),
    )


def _cap_per_event(case: _Case, amount: int) -> tuple[int, Reason | None]:
    cap = case.rule.cap_per_event
    if cap is None:
        return amount, None
    if amount > cap:
        return cap, case.reason(
            "cap_per_event",
            True,
            N_("Reduced from {before} to {after} baht by the cap of {cap} baht per event"),
            before=_baht(amount),
            after=_baht(cap),
            cap=_baht(cap),
        )
    return amount, case.reason(
        "cap_per_event", True, N_("Within the cap of {cap} baht per event"), cap=_baht(cap)
    )


def _cap_per_year(case: _Case, amount: int) -> tuple[int, Reason | None]:
    cap = case.rule.cap_per_year
    if cap is None:
        return amount, None
    paid = sum(p.amount for p in case.same_year)
    return _cap_remaining(case, "cap_per_year", amount, cap, paid)


def _cap_lifetime(case: _Case, amount: int) -> tuple[int, Reason | None]:
    cap = case.rule.cap_lifetime
    if cap is None:
        return amount, None
    paid = sum(p.amount for p in case.same_benefit)
    return _cap_remaining(case, "cap_lifetime", amount, cap, paid)


_CAP_MESSAGES: dict[str, tuple[str, str, str]] = {
    "cap_per_year": (
        N_("The cap of {cap} baht a year is used up: {paid} baht paid this fiscal year"),
        N_(
            "Reduced from {before} to {after} baht: {paid} baht of the cap of {cap} baht a "
            "year is already paid"
        ),
        N_("Within the cap of {cap} baht a year: {paid} baht paid this fiscal year"),
    ),
    "cap_lifetime": (
        N_("The lifetime cap of {cap} baht is used up: {paid} baht paid before"),
        N_(
            "Reduced from {before} to {after} baht: {paid} baht of the lifetime cap of {cap} "
            "baht is already paid"
        ),
        N_("Within the lifetime cap of {cap} baht: {paid} baht paid before"),
    ),
}


def _cap_remaining(case: _Case, code: str, amount: int, cap: int, paid: int) -> tuple[int, Reason]:
    used_up, reduced, within = _CAP_MESSAGES[code]
    remaining = max(0, cap - paid)
    money = {"cap": _baht(cap), "paid": _baht(paid)}
    if remaining == 0:
        return 0, case.reason(code, False, used_up, **money)
    if amount > remaining:
        return remaining, case.reason(
            code, True, reduced, before=_baht(amount), after=_baht(remaining), **money
        )
    return amount, case.reason(code, True, within, **money)


def _requested(case: _Case, amount: int) -> tuple[int, Reason | None]:
    requested = case.claim.requested_amount
    if requested is None:
        return amount, None
    if requested <= 0:
        return amount, case.reason(
            "requested_amount",
            False,
            N_("The requested amount must be more than zero"),
            requested=_baht(requested),
        )
    if requested < amount:
        return requested, case.reason(
            "requested_amount",
            True,
            N_("Paying the {requested} baht requested; the rule allows {allowed}"),
            requested=_baht(requested),
            allowed=_baht(amount),
        )
    return amount, case.reason(
        "requested_amount",
        True,
        N_("{requested} baht requested; the rule allows {allowed}"),
        requested=_baht(requested),
        allowed=_baht(amount),
    )
