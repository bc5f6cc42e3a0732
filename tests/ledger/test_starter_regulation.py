"""The starter regulation: every CODI kind, seven rules shaped like a real fund's."""

from __future__ import annotations

import json
from datetime import date

from welfare_desk.ledger.accounts import DEFAULT_CHART, AccountRole
from welfare_desk.ledger.benefits import (
    CODI_KINDS,
    ClaimFacts,
    Fixed,
    PerNight,
    Regulation,
    RuleVersion,
    TiersByMembershipYears,
    evaluate_claim,
)
from welfare_desk.ledger.members import Category, Gender, MemberFacts, MemberStatus
from welfare_desk.ledger.starter_regulation import starter_regulation

REG = starter_regulation()
B = 100


def rule(code: str, on: date = date(2020, 1, 1)) -> RuleVersion:
    found = REG.rule_in_force(code, on)
    assert found is not None
    return found


def test_every_codi_kind_has_a_benefit_type_with_its_account() -> None:
    accounts = {
        "birth": "5101",
        "sickness": "5102",
        "elderly": "5103",
        "death": "5104",
        "funeral": "5105",
        "disadvantaged": "5106",
        "livelihood": "5107",
        "education": "5108",
        "tradition": "5109",
        "housing": "5110",
        "disaster": "5111",
        "public_benefit": "5112",
        "natural_resources": "5113",
        "public_relations": "5114",
        "other": "5119",
        "non_member": "5120",
    }
    assert tuple(b.codi_kind for b in REG.benefit_types) == CODI_KINDS
    assert {b.code: b.account_code for b in REG.benefit_types} == accounts
    chart = {a.code: a for a in DEFAULT_CHART}
    for b in REG.benefit_types:
        assert chart[b.account_code].role == AccountRole.BENEFIT
        assert b.name_th and b.name_en
    names = {b.code: b.name_th for b in REG.benefit_types}
    assert names["birth"] == "คลอดบุตร" and names["sickness"] == "นอนโรงพยาบาล"
    assert names["funeral"] == "ค่าจัดการศพ / พวงหรีด" and names["education"] == "ทุนการศึกษา"


def test_version_one_of_each_rule_is_in_force_from_2020_with_its_clause() -> None:
    clauses = {
        "birth": "ข้อ 10",
        "sickness": "ข้อ 11",
        "elderly": "ข้อ 12",
        "death": "ข้อ 13",
        "funeral": "ข้อ 14",
        "education": "ข้อ 15",
        "disaster": "ข้อ 16",
    }
    ones = [v for v in REG.versions if v.version == 1]
    assert {v.benefit_code: v.clause for v in ones} == clauses
    assert all(v.effective_from == date(2020, 1, 1) and v.amendment == "" for v in ones)
    assert [v.benefit_code for v in REG.versions if v.version > 1] == ["sickness"]


def test_birth() -> None:
    r = rule("birth")
    assert r.amount == Fixed(500 * B)
    assert (r.waiting_days, r.max_times_per_year) == (180, 2)
    assert r.allowed_statuses == frozenset({MemberStatus.ACTIVE})


def test_sickness_version_one_and_its_amendment() -> None:
    v1 = rule("sickness")
    assert v1.amount == PerNight(200 * B, 3)
    assert (v1.cap_per_event, v1.cap_per_year) == (600 * B, 1_000 * B)
    assert (v1.waiting_days, v1.claim_deadline_days) == (180, 90)
    assert v1.required_documents == ("ใบรับรองแพทย์",)
    v2 = rule("sickness", date(2024, 10, 1))
    assert (v2.version, v2.clause, v2.amendment) == (2, "ข้อ 11", "แก้ไขเพิ่มเติมครั้งที่ 1")
    assert v2.amount == PerNight(300 * B, 3)
    assert (v2.cap_per_event, v2.cap_per_year) == (900 * B, 1_500 * B)
    assert rule("sickness", date(2024, 9, 30)).version == 1


def test_elderly() -> None:
    r = rule("elderly")
    assert r.amount == Fixed(500 * B)
    assert (r.min_age, r.min_membership_years, r.max_times_per_year) == (60, 3, 1)


def test_death_and_funeral() -> None:
    death = rule("death")
    assert death.amount == TiersByMembershipYears(
        ((0, 3_000 * B), (1, 5_000 * B), (3, 10_000 * B), (5, 15_000 * B), (10, 30_000 * B))
    )
    assert (death.waiting_days, death.max_times_lifetime) == (180, 1)
    assert death.allowed_statuses == frozenset({MemberStatus.ACTIVE, MemberStatus.DECEASED})
    assert death.required_documents == ("มรณบัตร", "สำเนาทะเบียนบ้านที่ประทับคำว่า “ตาย”")
    funeral = rule("funeral")
    assert funeral.amount == Fixed(500 * B) and funeral.max_times_lifetime == 1
    assert funeral.allowed_statuses == death.allowed_statuses


def test_education_and_disaster() -> None:
    education = rule("education")
    assert education.amount == Fixed(1_000 * B)
    assert education.categories_any == frozenset({Category.CHILD_YOUTH})
    assert (education.max_age, education.max_times_per_year) == (18, 1)
    disaster = rule("disaster")
    assert disaster.amount == Fixed(2_000 * B) and disaster.cap_per_year == 2_000 * B


def test_the_other_kinds_have_no_rule_yet() -> None:
    ruled = {v.benefit_code for v in REG.versions}
    assert ruled == {"birth", "sickness", "elderly", "death", "funeral", "education", "disaster"}


def test_it_round_trips_through_json() -> None:
    data = json.loads(json.dumps(REG.to_dict(), ensure_ascii=False))
    assert Regulation.from_dict(data) == REG
    assert starter_regulation() == REG  # the same every time


def test_a_typical_year_of_claims_for_one_family() -> None:
    mother = MemberFacts("m", 7, date(2021, 2, 1), date(1992, 3, 3), Gender.FEMALE)
    grandpa = MemberFacts(
        "g", 8, date(2020, 1, 1), date(1950, 1, 1), Gender.MALE, frozenset({Category.ELDERLY})
    )
    child = MemberFacts(
        "c", 9, date(2021, 2, 1), date(2012, 4, 4), Gender.MALE, frozenset({Category.CHILD_YOUTH})
    )
    cases = [
        (
            mother,
            ClaimFacts("birth", date(2023, 6, 1), date(2023, 6, 5), None, frozenset(), None),
            50_000,
        ),
        (
            mother,
            ClaimFacts(
                "sickness", date(2023, 6, 1), date(2023, 6, 5), 4, frozenset({"ใบรับรองแพทย์"}), None
            ),
            60_000,
        ),
        (
            grandpa,
            ClaimFacts("elderly", date(2023, 10, 15), date(2023, 10, 15), None, frozenset(), None),
            50_000,
        ),
        (
            child,
            ClaimFacts("education", date(2023, 5, 15), date(2023, 5, 15), None, frozenset(), None),
            100_000,
        ),
        (
            grandpa,
            ClaimFacts("disaster", date(2023, 9, 1), date(2023, 9, 2), None, frozenset(), None),
            200_000,
        ),
    ]
    for who, facts, amount in cases:
        decision = evaluate_claim(REG, who, facts, ())
        assert (decision.eligible, decision.amount) == (True, amount), facts.benefit_code
