"""Demo claims: judged by the real regulation, decided by the chair, paid by voucher."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from welfare_desk.ledger.benefits import (
    BenefitType,
    ClaimFacts,
    PriorPayout,
    Regulation,
    evaluate_claim,
)
from welfare_desk.ledger.members import Gender, MemberFacts, MemberStatus
from welfare_desk.ledger.payees import first_beneficiary, on_members_death
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.services.claims import decision_dict
from welfare_desk.services.common import new_id
from welfare_desk.services.demo.book import DemoBook
from welfare_desk.services.demo.people import DemoPerson
from welfare_desk.services.demo.timeline import DECIDE, PAYOUT, Timeline
from welfare_desk.services.journal_text import benefit_text


@dataclass
class DemoClaims:
    book: DemoBook
    regulation: Regulation
    member_ids: dict[int, str]
    names: dict[int, str]
    prior: dict[int, list[PriorPayout]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[int, tuple[MemberStatus, date]] = field(default_factory=dict)
    counter: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    filed: int = 0
    matched: dict[int, int] = field(default_factory=dict)
    matching_rounds: list[int] = field(default_factory=list)

    def facts(self, person: DemoPerson) -> MemberFacts:
        status, since = self.statuses.get(person.member_no,
                                          (MemberStatus.ACTIVE, person.joined_on))
        return MemberFacts(self.member_ids[person.member_no], person.member_no,
                           person.joined_on, person.birth_date, person.gender,
                           person.categories, status, since)

    def payee(self, person: DemoPerson, benefit: BenefitType) -> tuple[str, str | None]:
        """The member, or for a death benefit the beneficiary (else the heir who came)."""
        if not on_members_death(benefit):
            return self.names[person.member_no], person.national_id
        found = first_beneficiary(person.beneficiaries)
        return (found.name, found.national_id) if found else (person.heir, None)

    def could_qualify(self, person: DemoPerson, benefit: str, on: date) -> bool:
        """Only people the treasurer would send in: elderly and children by age."""
        age = _age_on(person, on)
        return age >= 60 if benefit == "elderly" else age <= 18

    def file(self, timeline: Timeline, person: DemoPerson, benefit: str, event: date,
             filed: date, nights: int | None = None) -> None:
        """Files the claim on ``filed``; the chair decides a week later, the treasurer
        pays the next day (both scheduled on the timeline)."""
        book = self.book
        rule = self.regulation.rule_in_force(benefit, event)
        docs = frozenset(rule.required_documents if rule else ())
        claim_facts = ClaimFacts(benefit, event, filed, nights, docs, None)
        decision = evaluate_claim(self.regulation, self.facts(person), claim_facts,
                                  self.prior[person.member_no], book.fund.fiscal_year_start)
        prefix = f"C{fiscal_year_of(filed, book.fund.fiscal_year_start) + 543}"
        self.counter[prefix] += 1
        claim_no = f"{prefix}-{self.counter[prefix]:04d}"
        claim_id = new_id()
        member_id = self.member_ids[person.member_no]
        book.emit("claim.filed", {"claim": {
            "id": claim_id, "claim_no": claim_no, "member_id": member_id,
            "benefit_code": benefit, "event_date": event.isoformat(),
            "filed_on": filed.isoformat(), "nights": nights, "details": "",
            "documents": json.dumps(sorted(docs), ensure_ascii=False),
            "requested_amount": None,
            "assessment": json.dumps(decision_dict(decision), ensure_ascii=False),
            "filed_by": book.treasurer}}, filed)
        self.filed += 1
        if decision.eligible:  # counted against the caps from filing on, as the fund would
            self.prior[person.member_no].append(PriorPayout(benefit, event, decision.amount))
        decided = filed + timedelta(days=7)

        def decide() -> None:
            book.emit("claim.decided", {"decision": {
                "claim_id": claim_id, "approved": decision.eligible, "amount": decision.amount,
                "reason": "" if decision.eligible else "ไม่เข้าเงื่อนไขตามระเบียบ",
                "meeting_ref": f"ครั้งที่ {decided.month}/{decided.year + 543}",
                "decided_on": decided.isoformat(), "decided_by": book.chair}}, decided)

        def pay() -> None:
            benefit_type = self.regulation.benefit_type(benefit)
            assert benefit_type is not None
            name, ident = self.payee(person, benefit_type)
            deceased = self.names[person.member_no] if on_members_death(benefit_type) else None
            book.voucher(decided + timedelta(days=1), name, ident,
                         benefit_text(benefit_type.name_th, claim_no, deceased),
                         decision.amount, benefit_type.account_code, claim_id=claim_id,
                         member_id=member_id)

        timeline.at(decided, DECIDE, decide)
        if decision.eligible:
            timeline.at(decided + timedelta(days=1), PAYOUT, pay)


def is_female_of_childbearing_age(person: DemoPerson, on: date) -> bool:
    age = on.year - person.birth_date.year
    return person.gender == Gender.FEMALE and 20 <= age <= 40


def _age_on(person: DemoPerson, on: date) -> int:
    return on.year - person.birth_date.year - ((on.month, on.day) <
                                               (person.birth_date.month, person.birth_date.day))
