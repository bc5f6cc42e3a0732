"""Who a benefit is paid to: the member, or for the member's death the beneficiary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from welfare_desk.ledger.benefit_rules import BenefitType
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import Address, Beneficiary, Gender, MemberRecord, MemberStatus
from welfare_desk.ledger.payees import Payee, choose_payee, default_payee, first_beneficiary

DEATH = BenefitType("death", "เสียชีวิต", "Death", "5104", "death")
FUNERAL = BenefitType("wreath", "พวงหรีด", "Wreath", "5105", "funeral")
SICK = BenefitType("sickness", "นอนโรงพยาบาล", "Hospital", "5102", "sickness")
MEMBER = MemberRecord("m1", 13, "นาย", "วิชัย", "อ่อนศรี", "1101700207030", None, Gender.MALE,
                      None, False, 1, Address(), "", date(2020, 1, 1), 0,
                      MemberStatus.DECEASED, date(2024, 3, 1))
A = Beneficiary("นางมาลี อ่อนศรี", "คู่สมรส", "3101700207036", 50)
B = Beneficiary("นายปิยะ อ่อนศรี", "บุตร", None, 50)


def test_the_largest_share_then_the_first_named() -> None:
    assert first_beneficiary([A, B]) == A
    assert first_beneficiary([replace(A, share_percent=40), replace(B, share_percent=60)]).name \
        == B.name
    assert first_beneficiary([]) is None


def test_defaults() -> None:
    with_two = replace(MEMBER, beneficiaries=(A, B))
    assert default_payee(SICK, with_two) == Payee("นายวิชัย อ่อนศรี", "1101700207030")
    assert default_payee(DEATH, with_two) == Payee(A.name, A.national_id, "คู่สมรส")
    assert default_payee(FUNERAL, with_two) == Payee(A.name, A.national_id, "คู่สมรส")
    assert default_payee(DEATH, MEMBER) is None


def test_choosing() -> None:
    with_two = replace(MEMBER, beneficiaries=(A, B))
    assert choose_payee(DEATH, with_two, None, None).name == A.name
    assert choose_payee(DEATH, with_two, " นายปิยะ  อ่อนศรี ", None) == Payee(B.name, None, "บุตร")
    assert choose_payee(DEATH, MEMBER, "นางสาวใจ อ่อนศรี", None).name == "นางสาวใจ อ่อนศรี"
    with pytest.raises(UserError):
        choose_payee(DEATH, MEMBER, None, None)
    with pytest.raises(UserError):
        choose_payee(FUNERAL, with_two, "นายวิชัย อ่อนศรี", None)
    assert choose_payee(SICK, MEMBER, None, None).national_id == "1101700207030"
