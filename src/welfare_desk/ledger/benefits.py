"""Benefits (สวัสดิการ): the regulation as data and the judging of claims.

The data model lives in ``benefit_rules`` and the evaluation in ``eligibility``;
this module is the one place the rest of the app imports them from.
"""

from __future__ import annotations

from welfare_desk.ledger.benefit_rules import (
    ACTIVE_ONLY,
    CODI_KINDS,
    AmountForm,
    BenefitType,
    Fixed,
    PerNight,
    Regulation,
    RuleVersion,
    TiersByMembershipYears,
    version_from_dict,
    version_to_dict,
)
from welfare_desk.ledger.eligibility import (
    ClaimFacts,
    Decision,
    PriorPayout,
    Reason,
    evaluate_claim,
)

__all__ = [
    "ACTIVE_ONLY",
    "CODI_KINDS",
    "AmountForm",
    "BenefitType",
    "ClaimFacts",
    "Decision",
    "Fixed",
    "PerNight",
    "PriorPayout",
    "Reason",
    "Regulation",
    "RuleVersion",
    "TiersByMembershipYears",
    "evaluate_claim",
    "version_from_dict",
    "version_to_dict",
]
