"""Who a benefit is paid to. Most benefits go to the member; a benefit whose event
is the member's own death (death, funeral costs) goes to the member's beneficiary
(ผู้รับผลประโยชน์) or, when none is named, to an heir whose name the treasurer gives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from welfare_desk.ledger.benefit_rules import BenefitType
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import Beneficiary, MemberRecord
from welfare_desk.ledger.text import N_

# CODI's kinds of benefit whose event is the member's own death.
MEMBER_DEATH_KINDS = frozenset({"death", "funeral"})


@dataclass(frozen=True)
class Payee:
    name: str
    national_id: str | None
    relation: str = ""  # to the member; "" when the member is paid


def on_members_death(benefit: BenefitType) -> bool:
    return benefit.codi_kind in MEMBER_DEATH_KINDS


def first_beneficiary(beneficiaries: Sequence[Beneficiary]) -> Beneficiary | None:
    """The one with the largest share; on equal shares the one named first."""
    named = [b for b in beneficiaries if b.name.strip()]
    return max(named, key=lambda b: b.share_percent) if named else None


def default_payee(benefit: BenefitType, member: MemberRecord) -> Payee | None:
    """The member, or for a death benefit the first beneficiary; None when a death
    benefit has no beneficiary to go to (the treasurer must name the heir)."""
    if not on_members_death(benefit):
        return Payee(member.full_name, member.national_id)
    found = first_beneficiary(member.beneficiaries)
    return Payee(found.name.strip(), found.national_id, found.relation) if found else None


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def choose_payee(benefit: BenefitType, member: MemberRecord, name: str | None,
                 national_id: str | None) -> Payee:
    """The payee a treasurer typed (``name``), else the default one.

    A death benefit is never paid to the deceased member, and needs a name when the
    member named no beneficiary."""
    typed = " ".join((name or "").split())
    default = default_payee(benefit, member)
    if on_members_death(benefit) and typed and _same_name(typed, member.full_name):
        raise UserError(N_("The {benefit} benefit is paid to the beneficiary or an heir, "
                           "not to the member who died"), benefit=benefit.name_th)
    if not typed:
        if default is None:
            raise UserError(N_("Member {no} named no beneficiary: give the name of the heir "
                               "the {benefit} benefit is paid to"),
                            no=member.member_no, benefit=benefit.name_th)
        return Payee(default.name, national_id or default.national_id, default.relation)
    if default is not None and _same_name(typed, default.name):
        return Payee(default.name, national_id or default.national_id, default.relation)
    relation = next((b.relation for b in member.beneficiaries if _same_name(typed, b.name)), "")
    return Payee(typed, national_id, relation)
