"""A starter regulation (ระเบียบ) shaped like a real fund's: a new fund edits it.

Version 1 of every rule takes effect on 1 January 2020 (clauses ข้อ 10 – ข้อ 16);
sickness was amended once (แก้ไขเพิ่มเติมครั้งที่ 1) from 1 October 2024. Every
CODI benefit kind has a type, so the chart and the CODI form have them all.
"""

from __future__ import annotations

from datetime import date

from welfare_desk.ledger.benefit_rules import (
    BenefitType,
    Fixed,
    PerNight,
    Regulation,
    RuleVersion,
    TiersByMembershipYears,
)
from welfare_desk.ledger.members import Category, MemberStatus

STARTED = date(2020, 1, 1)
SICKNESS_AMENDED = date(2024, 10, 1)
BAHT = 100
ALIVE_OR_DECEASED = frozenset({MemberStatus.ACTIVE, MemberStatus.DECEASED})
DOCTOR = "ใบรับรองแพทย์"
DEATH_CERTIFICATE = "มรณบัตร"
HOUSE_REGISTRATION_DEAD = "สำเนาทะเบียนบ้านที่ประทับคำว่า “ตาย”"

# code (= CODI kind), Thai name, English name, expense account.
BENEFIT_TYPES: tuple[tuple[str, str, str, str], ...] = (
    ("birth", "คลอดบุตร", "Childbirth", "5101"),
    ("sickness", "นอนโรงพยาบาล", "Hospital stay", "5102"),
    ("elderly", "ผู้สูงอายุ", "Elderly allowance", "5103"),
    ("death", "เสียชีวิต", "Death", "5104"),
    ("funeral", "ค่าจัดการศพ / พวงหรีด", "Funeral costs and wreath", "5105"),
    ("disadvantaged", "ผู้ด้อยโอกาส / ผู้พิการ", "Disadvantaged and disabled", "5106"),
    ("livelihood", "ส่งเสริมอาชีพ", "Livelihood", "5107"),
    ("education", "ทุนการศึกษา", "Education grant", "5108"),
    ("tradition", "ประเพณีและวัฒนธรรม", "Tradition and culture", "5109"),
    ("housing", "ที่อยู่อาศัย", "Housing", "5110"),
    ("disaster", "ภัยพิบัติ", "Disaster relief", "5111"),
    ("public_benefit", "กิจกรรมสาธารณประโยชน์", "Public-benefit activities", "5112"),
    ("natural_resources", "ทรัพยากรธรรมชาติ", "Natural resources", "5113"),
    ("public_relations", "ประชาสัมพันธ์", "Public relations", "5114"),
    ("other", "สวัสดิการอื่น ๆ", "Other benefits", "5119"),
    ("non_member", "ช่วยเหลือผู้ด้อยโอกาสที่ไม่ใช่สมาชิก", "Help to non-members", "5120"),
)


def starter_benefit_types() -> tuple[BenefitType, ...]:
    return tuple(
        BenefitType(code, th, en, account, code) for code, th, en, account in BENEFIT_TYPES
    )


def _birth() -> RuleVersion:
    return RuleVersion(
        "birth", 1, STARTED, "ข้อ 10", "", Fixed(500 * BAHT), waiting_days=180, max_times_per_year=2
    )


def _sickness() -> RuleVersion:
    return RuleVersion(
        "sickness",
        1,
        STARTED,
        "ข้อ 11",
        "",
        PerNight(200 * BAHT, max_nights=3),
        waiting_days=180,
        cap_per_event=600 * BAHT,
        cap_per_year=1_000 * BAHT,
        claim_deadline_days=90,
        required_documents=(DOCTOR,),
    )


def sickness_amendment_1() -> RuleVersion:
    """แก้ไขเพิ่มเติมครั้งที่ 1: 300 baht a night from 1 October 2024."""
    return RuleVersion(
        "sickness",
        2,
        SICKNESS_AMENDED,
        "ข้อ 11",
        "แก้ไขเพิ่มเติมครั้งที่ 1",
        PerNight(300 * BAHT, max_nights=3),
        waiting_days=180,
        cap_per_event=900 * BAHT,
        cap_per_year=1_500 * BAHT,
        claim_deadline_days=90,
        required_documents=(DOCTOR,),
    )


def _elderly() -> RuleVersion:
    return RuleVersion(
        "elderly",
        1,
        STARTED,
        "ข้อ 12",
        "",
        Fixed(500 * BAHT),
        max_times_per_year=1,
        min_age=60,
        min_membership_years=3,
    )


def _death() -> RuleVersion:
    tiers = ((0, 3_000), (1, 5_000), (3, 10_000), (5, 15_000), (10, 30_000))
    return RuleVersion(
        "death",
        1,
        STARTED,
        "ข้อ 13",
        "",
        TiersByMembershipYears(tuple((y, b * BAHT) for y, b in tiers)),
        waiting_days=180,
        max_times_lifetime=1,
        required_documents=(DEATH_CERTIFICATE, HOUSE_REGISTRATION_DEAD),
        allowed_statuses=ALIVE_OR_DECEASED,
    )


def _funeral() -> RuleVersion:
    return RuleVersion(
        "funeral",
        1,
        STARTED,
        "ข้อ 14",
        "",
        Fixed(500 * BAHT),
        max_times_lifetime=1,
        allowed_statuses=ALIVE_OR_DECEASED,
    )


def _education() -> RuleVersion:
    return RuleVersion(
        "education",
        1,
        STARTED,
        "ข้อ 15",
        "",
        Fixed(1_000 * BAHT),
        max_times_per_year=1,
        max_age=18,
        categories_any=frozenset({Category.CHILD_YOUTH}),
    )


def _disaster() -> RuleVersion:
    return RuleVersion(
        "disaster", 1, STARTED, "ข้อ 16", "", Fixed(2_000 * BAHT), cap_per_year=2_000 * BAHT
    )


def starter_regulation() -> Regulation:
    """Every CODI benefit type; rules for seven of them, sickness amended once."""
    versions = (
        _birth(),
        _sickness(),
        sickness_amendment_1(),
        _elderly(),
        _death(),
        _funeral(),
        _education(),
        _disaster(),
    )
    return Regulation(starter_benefit_types(), versions)
