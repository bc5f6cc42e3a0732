"""The benefit regulation (ระเบียบ) as data: benefit types, amount forms, rule versions.

Each fund writes its own rules, so nothing here is specific to one fund. A rule is
amended by adding a version with a later effective date (แก้ไขเพิ่มเติมครั้งที่ ...);
a claim is judged by the version in force on its event date (see ``eligibility``).
Money is int satang throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import Category, Gender, MemberStatus
from welfare_desk.ledger.money import satang
from welfare_desk.ledger.text import N_

# The kinds of benefit CODI's status form counts, in the form's order.
CODI_KINDS: tuple[str, ...] = (
    "birth",
    "sickness",
    "elderly",
    "death",
    "funeral",
    "disadvantaged",
    "livelihood",
    "education",
    "tradition",
    "housing",
    "disaster",
    "public_benefit",
    "natural_resources",
    "public_relations",
    "other",
    "non_member",
)

ACTIVE_ONLY: frozenset[MemberStatus] = frozenset({MemberStatus.ACTIVE})


def _money(value: int, what: str, *, positive: bool = False) -> int:
    satang(value)
    if value < 0 or (positive and value == 0):
        raise UserError(N_("The {what} must be more than zero"), what=what)
    return value


def _count(value: int | None, what: str, *, minimum: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise UserError(N_("The {what} must be at least {minimum}"), what=what, minimum=minimum)


@dataclass(frozen=True)
class BenefitType:
    code: str
    name_th: str
    name_en: str
    account_code: str
    codi_kind: str

    def __post_init__(self) -> None:
        if not self.code.strip() or not self.name_th.strip():
            raise UserError(N_("A benefit type needs a code and a Thai name"))
        if self.codi_kind not in CODI_KINDS:
            raise UserError(N_("'{kind}' is not one of CODI's benefit kinds"), kind=self.codi_kind)
        if not self.account_code.isdigit():
            raise UserError(N_("'{code}' is not an account code"), code=self.account_code)


@dataclass(frozen=True)
class Fixed:
    """The same amount for every eligible claim."""

    amount: int

    def __post_init__(self) -> None:
        _money(self.amount, N_("benefit amount"), positive=True)


@dataclass(frozen=True)
class PerNight:
    """A rate per night in hospital, counting at most ``max_nights`` nights a claim."""

    rate: int
    max_nights: int | None = None

    def __post_init__(self) -> None:
        _money(self.rate, N_("rate per night"), positive=True)
        _count(self.max_nights, N_("most nights a claim"), minimum=1)


@dataclass(frozen=True)
class TiersByMembershipYears:
    """(completed years of membership, amount) pairs; the highest tier reached wins."""

    tiers: tuple[tuple[int, int], ...]

    def __post_init__(self) -> None:
        if not self.tiers:
            raise UserError(N_("A tiered amount needs at least one tier"))
        years = [y for y, _ in self.tiers]
        for y, amount in self.tiers:
            _count(y, N_("years of membership"), minimum=0)
            _money(amount, N_("benefit amount"), positive=True)
        if years != sorted(set(years)):
            raise UserError(N_("The tiers must go up by years of membership, each once"))

    def amount_for(self, years: int) -> int:
        """The amount of the highest tier ``years`` reaches; 0 below the first tier."""
        reached = [amount for y, amount in self.tiers if years >= y]
        return reached[-1] if reached else 0


AmountForm = Fixed | PerNight | TiersByMembershipYears


@dataclass(frozen=True)
class RuleVersion:
    """One version of the rule for one benefit, in force from ``effective_from``."""

    benefit_code: str
    version: int
    effective_from: date
    clause: str
    amendment: str
    amount: AmountForm
    waiting_days: int = 0
    cap_per_event: int | None = None
    cap_per_year: int | None = None
    cap_lifetime: int | None = None
    max_times_per_year: int | None = None
    max_times_lifetime: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    genders: frozenset[Gender] = frozenset()
    categories_any: frozenset[Category] = frozenset()
    min_membership_years: int | None = None
    claim_deadline_days: int | None = None
    required_documents: tuple[str, ...] = ()
    allowed_statuses: frozenset[MemberStatus] = field(default=ACTIVE_ONLY)

    def __post_init__(self) -> None:
        if not self.benefit_code.strip() or not self.clause.strip():
            raise UserError(N_("A rule needs its benefit and the clause (ข้อ) it comes from"))
        _count(self.version, N_("version number"), minimum=1)
        if not isinstance(self.amount, Fixed | PerNight | TiersByMembershipYears):
            raise TypeError(f"not an amount form: {type(self.amount).__name__}")
        _count(self.waiting_days, N_("waiting period in days"), minimum=0)
        self._check_limits()
        if not self.allowed_statuses:
            raise UserError(N_("A rule must allow at least one member status"))

    def _check_limits(self) -> None:
        for cap in (self.cap_per_event, self.cap_per_year, self.cap_lifetime):
            if cap is not None:
                _money(cap, N_("cap"), positive=True)
        _count(self.max_times_per_year, N_("most claims a year"), minimum=1)
        _count(self.max_times_lifetime, N_("most claims in a lifetime"), minimum=1)
        _count(self.min_age, N_("minimum age"), minimum=0)
        _count(self.max_age, N_("maximum age"), minimum=0)
        _count(self.min_membership_years, N_("years of membership"), minimum=0)
        _count(self.claim_deadline_days, N_("claim deadline in days"), minimum=0)
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise UserError(N_("The minimum age is above the maximum age"))

    @property
    def has_age_condition(self) -> bool:
        return self.min_age is not None or self.max_age is not None


@dataclass(frozen=True)
class Regulation:
    """The fund's benefit types and every version of every rule, old ones included."""

    benefit_types: tuple[BenefitType, ...]
    versions: tuple[RuleVersion, ...] = ()

    def __post_init__(self) -> None:
        codes = [b.code for b in self.benefit_types]
        if len(codes) != len(set(codes)):
            raise UserError(N_("Each benefit type code may appear only once"))
        for code in {v.benefit_code for v in self.versions}:
            if code not in codes:
                raise UserError(N_("There is no benefit {code}"), code=code)
            _check_version_order(self.versions_of(code))

    def benefit_type(self, code: str) -> BenefitType | None:
        return next((b for b in self.benefit_types if b.code == code), None)

    def versions_of(self, benefit_code: str) -> tuple[RuleVersion, ...]:
        """That benefit's versions, oldest first."""
        mine = (v for v in self.versions if v.benefit_code == benefit_code)
        return tuple(sorted(mine, key=lambda v: v.version))

    def latest(self, benefit_code: str) -> RuleVersion | None:
        mine = self.versions_of(benefit_code)
        return mine[-1] if mine else None

    def rule_in_force(self, benefit_code: str, on: date) -> RuleVersion | None:
        """The latest version whose ``effective_from`` is on or before ``on``."""
        started = [v for v in self.versions_of(benefit_code) if v.effective_from <= on]
        return started[-1] if started else None

    def next_version_number(self, benefit_code: str) -> int:
        latest = self.latest(benefit_code)
        return latest.version + 1 if latest else 1

    def add_version(self, version: RuleVersion) -> Regulation:
        """A new regulation with ``version`` added (an amendment, แก้ไขเพิ่มเติม)."""
        if self.benefit_type(version.benefit_code) is None:
            raise UserError(N_("There is no benefit {code}"), code=version.benefit_code)
        latest = self.latest(version.benefit_code)
        if latest is not None and version.effective_from <= latest.effective_from:
            raise UserError(
                N_("An amendment must take effect after {date}, when version {version} did"),
                date=latest.effective_from.isoformat(),
                version=latest.version,
            )
        if latest is not None and version.version <= latest.version:
            raise UserError(
                N_("The new version number must be above {version}"), version=latest.version
            )
        return Regulation(self.benefit_types, (*self.versions, version))

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: dates as ISO text, sets as sorted lists."""
        return {
            "benefit_types": [_type_to_dict(b) for b in self.benefit_types],
            "versions": [version_to_dict(v) for v in self.versions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Regulation:
        try:
            types = tuple(BenefitType(**dict(b)) for b in data["benefit_types"])
            versions = tuple(version_from_dict(v) for v in data["versions"])
        except (KeyError, ValueError, AttributeError) as exc:
            raise UserError(
                N_("The regulation data is damaged: {problem}"), problem=repr(exc)
            ) from exc
        return cls(types, versions)


def _check_version_order(versions: tuple[RuleVersion, ...]) -> None:
    """Version numbers are unique and each later one takes effect later."""
    for earlier, later in pairwise(versions):
        if earlier.version == later.version:
            raise UserError(
                N_("Version {version} of {code} appears twice"),
                version=later.version,
                code=later.benefit_code,
            )
        if later.effective_from <= earlier.effective_from:
            raise UserError(
                N_("Version {version} of {code} must take effect after version {earlier}"),
                version=later.version,
                code=later.benefit_code,
                earlier=earlier.version,
            )


def _type_to_dict(b: BenefitType) -> dict[str, str]:
    return {
        "code": b.code,
        "name_th": b.name_th,
        "name_en": b.name_en,
        "account_code": b.account_code,
        "codi_kind": b.codi_kind,
    }


def _amount_to_dict(form: AmountForm) -> dict[str, Any]:
    if isinstance(form, Fixed):
        return {"form": "fixed", "amount": form.amount}
    if isinstance(form, PerNight):
        return {"form": "per_night", "rate": form.rate, "max_nights": form.max_nights}
    return {"form": "tiers_by_membership_years", "tiers": [list(t) for t in form.tiers]}


def _amount_from_dict(data: Mapping[str, Any]) -> AmountForm:
    form = data["form"]
    if form == "fixed":
        return Fixed(data["amount"])
    if form == "per_night":
        return PerNight(data["rate"], data["max_nights"])
    if form == "tiers_by_membership_years":
        return TiersByMembershipYears(tuple((y, a) for y, a in data["tiers"]))
    raise ValueError(f"unknown amount form {form!r}")


def _sorted_values(values: Iterable[Gender | Category | MemberStatus]) -> list[str]:
    return sorted(v.value for v in values)


def version_to_dict(v: RuleVersion) -> dict[str, Any]:
    return {
        "benefit_code": v.benefit_code,
        "version": v.version,
        "effective_from": v.effective_from.isoformat(),
        "clause": v.clause,
        "amendment": v.amendment,
        "amount": _amount_to_dict(v.amount),
        "waiting_days": v.waiting_days,
        "cap_per_event": v.cap_per_event,
        "cap_per_year": v.cap_per_year,
        "cap_lifetime": v.cap_lifetime,
        "max_times_per_year": v.max_times_per_year,
        "max_times_lifetime": v.max_times_lifetime,
        "min_age": v.min_age,
        "max_age": v.max_age,
        "genders": _sorted_values(v.genders),
        "categories_any": _sorted_values(v.categories_any),
        "min_membership_years": v.min_membership_years,
        "claim_deadline_days": v.claim_deadline_days,
        "required_documents": list(v.required_documents),
        "allowed_statuses": _sorted_values(v.allowed_statuses),
    }


def version_from_dict(data: Mapping[str, Any]) -> RuleVersion:
    return RuleVersion(
        benefit_code=data["benefit_code"],
        version=data["version"],
        effective_from=date.fromisoformat(data["effective_from"]),
        clause=data["clause"],
        amendment=data["amendment"],
        amount=_amount_from_dict(data["amount"]),
        waiting_days=data["waiting_days"],
        cap_per_event=data["cap_per_event"],
        cap_per_year=data["cap_per_year"],
        cap_lifetime=data["cap_lifetime"],
        max_times_per_year=data["max_times_per_year"],
        max_times_lifetime=data["max_times_lifetime"],
        min_age=data["min_age"],
        max_age=data["max_age"],
        genders=frozenset(Gender(g) for g in data["genders"]),
        categories_any=frozenset(Category(c) for c in data["categories_any"]),
        min_membership_years=data["min_membership_years"],
        claim_deadline_days=data["claim_deadline_days"],
        required_documents=tuple(data["required_documents"]),
        allowed_statuses=frozenset(MemberStatus(s) for s in data["allowed_statuses"]),
    )
