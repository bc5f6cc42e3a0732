"""How much a claim pays: the amount form of the rule, then the caps (per event,
per fiscal year, per lifetime) and a lower requested amount."""

from __future__ import annotations

from welfare_desk.ledger.benefit_rules import Fixed, PerNight, TiersByMembershipYears
from welfare_desk.ledger.claim_case import Case, Reason, baht
from welfare_desk.ledger.members import full_years_between
from welfare_desk.ledger.text import N_


def claim_amount(case: Case) -> tuple[int, list[Reason]]:
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


def _base_amount(case: Case) -> tuple[int, Reason]:
    form = case.rule.amount
    if isinstance(form, Fixed):
        return form.amount, case.reason(
            "amount", True, N_("A fixed amount of {amount} baht"), amount=baht(form.amount)
        )
    if isinstance(form, PerNight):
        return _per_night(case, form)
    return _tiered(case, form)


def _per_night(case: Case, form: PerNight) -> tuple[int, Reason]:
    nights = case.claim.nights
    rate = baht(form.rate)
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
        "nights", True, message, nights=nights, paid=paid, rate=rate, amount=baht(amount)
    )


def _tiered(case: Case, form: TiersByMembershipYears) -> tuple[int, Reason]:
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
        amount=baht(amount),
    )


def _cap_per_event(case: Case, amount: int) -> tuple[int, Reason | None]:
    cap = case.rule.cap_per_event
    if cap is None:
        return amount, None
    if amount > cap:
        return cap, case.reason(
            "cap_per_event",
            True,
            N_("Reduced from {before} to {after} baht by the cap of {cap} baht per event"),
            before=baht(amount),
            after=baht(cap),
            cap=baht(cap),
        )
    return amount, case.reason(
        "cap_per_event", True, N_("Within the cap of {cap} baht per event"), cap=baht(cap)
    )


def _cap_per_year(case: Case, amount: int) -> tuple[int, Reason | None]:
    cap = case.rule.cap_per_year
    if cap is None:
        return amount, None
    paid = sum(p.amount for p in case.same_year)
    return _cap_remaining(case, "cap_per_year", amount, cap, paid)


def _cap_lifetime(case: Case, amount: int) -> tuple[int, Reason | None]:
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


def _cap_remaining(case: Case, code: str, amount: int, cap: int, paid: int) -> tuple[int, Reason]:
    used_up, reduced, within = _CAP_MESSAGES[code]
    remaining = max(0, cap - paid)
    money = {"cap": baht(cap), "paid": baht(paid)}
    if remaining == 0:
        return 0, case.reason(code, False, used_up, **money)
    if amount > remaining:
        return remaining, case.reason(
            code, True, reduced, before=baht(amount), after=baht(remaining), **money
        )
    return amount, case.reason(code, True, within, **money)


def _requested(case: Case, amount: int) -> tuple[int, Reason | None]:
    requested = case.claim.requested_amount
    if requested is None:
        return amount, None
    if requested <= 0:
        return amount, case.reason(
            "requested_amount",
            False,
            N_("The requested amount must be more than zero"),
            requested=baht(requested),
        )
    if requested < amount:
        return requested, case.reason(
            "requested_amount",
            True,
            N_("Paying the {requested} baht requested; the rule allows {allowed}"),
            requested=baht(requested),
            allowed=baht(amount),
        )
    return amount, case.reason(
        "requested_amount",
        True,
        N_("{requested} baht requested; the rule allows {allowed}"),
        requested=baht(requested),
        allowed=baht(amount),
    )
