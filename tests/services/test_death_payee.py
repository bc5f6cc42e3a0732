"""A4: a benefit for the member's death is paid to the beneficiary, never to the
member who died; with no beneficiary the treasurer must name the heir."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import add_member, snapshot
from welfare_desk.db.database import Database
from welfare_desk.ledger.benefits import ClaimFacts
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.members import Beneficiary, MemberStatus
from welfare_desk.ledger.starter_regulation import DEATH_CERTIFICATE, HOUSE_REGISTRATION_DEAD
from welfare_desk.services.claims import claim_list, decide_claim, file_claim, pay_claim
from welfare_desk.services.members import change_status
from welfare_desk.services.paper import claim_for_paper, voucher_for_paper

DIED = date(2024, 3, 10)
WIFE = Beneficiary("นางมาลี อ่อนศรี", "คู่สมรส", "1101700207030", 60)
SON = Beneficiary("นายปิยะ อ่อนศรี", "บุตร", None, 40)


def _approved(db: Database, treasurer: User, chair: User, benefit: str = "death",
              beneficiaries: tuple[Beneficiary, ...] = ()) -> str:
    no = add_member(db, treasurer, "วิชัย", joined=date(2020, 1, 5), title="นาย",
                    last_name="อ่อนศรี", beneficiaries=beneficiaries)
    change_status(db, treasurer, no, MemberStatus.DECEASED, DIED, "ถึงแก่กรรม")
    claim = file_claim(db, treasurer, no, ClaimFacts(
        benefit, DIED, date(2024, 3, 15), None,
        frozenset({DEATH_CERTIFICATE, HOUSE_REGISTRATION_DEAD}), None))
    assert claim.assessment["eligible"], claim.assessment
    decide_claim(db, chair, claim.claim_no, True, "", "3/2567", date(2024, 3, 20))
    return claim.claim_no


def _entry_text(db: Database, voucher_no: str) -> str:
    with db.read() as repos:
        return next(e.description for e in repos.books.entries(repos.fund_id())
                    if e.number == voucher_no)


@pytest.mark.parametrize("benefit", ["death", "funeral"])
def test_paid_to_the_beneficiary_with_the_largest_share(db: Database, treasurer: User,
                                                        chair: User, benefit: str) -> None:
    claim_no = _approved(db, treasurer, chair, benefit, (SON, WIFE))
    [row] = claim_list(db, date(2024, 1, 1), open_only=True)
    assert row.to_heir and row.payee is not None and row.payee.name == WIFE.name
    paid = pay_claim(db, treasurer, claim_no, date(2024, 3, 21))
    _fund, paper = voucher_for_paper(db, paid.voucher_no or "")
    assert paper.voucher.payee_name == WIFE.name
    assert paper.voucher.payee_national_id == WIFE.national_id
    assert paper.deceased and paper.payee_relation == "คู่สมรส"
    text = _entry_text(db, paid.voucher_no or "")
    assert text.startswith(f"ใบสำคัญจ่าย {WIFE.name}: สวัสดิการ")
    assert "ของนายวิชัย อ่อนศรี" in text and f"คำร้องเลขที่ {claim_no}" in text
    assert benefit not in text  # the Thai name, not the code


def test_without_a_beneficiary_the_heir_must_be_named(db: Database, treasurer: User,
                                                      chair: User) -> None:
    claim_no = _approved(db, treasurer, chair)
    [row] = claim_list(db, date(2024, 1, 1), open_only=True)
    assert row.to_heir and row.payee is None
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        pay_claim(db, treasurer, claim_no, date(2024, 3, 21))
    assert "beneficiary" in refused.value.message and refused.value.params["no"] == 1
    with pytest.raises(UserError):  # nor to the member who died
        pay_claim(db, treasurer, claim_no, date(2024, 3, 21), payee_name="นายวิชัย  อ่อนศรี")
    assert snapshot(db) == before
    paid = pay_claim(db, treasurer, claim_no, date(2024, 3, 21), payee_name="นายปิยะ อ่อนศรี")
    _fund, paper = voucher_for_paper(db, paid.voucher_no or "")
    assert paper.voucher.payee_name == "นายปิยะ อ่อนศรี"
    assert paper.voucher.payee_national_id is None


def test_other_benefits_are_still_paid_to_the_member(db: Database, treasurer: User,
                                                     chair: User) -> None:
    no = add_member(db, treasurer, "สมศรี", joined=date(2020, 1, 5),
                    beneficiaries=(Beneficiary("นายปิยะ ใจดี", "บุตร"),),
                    national_id="3101700207036")
    claim = file_claim(db, treasurer, no, ClaimFacts(
        "sickness", date(2024, 3, 1), date(2024, 3, 2), 2, frozenset({"ใบรับรองแพทย์"}), None))
    decide_claim(db, chair, claim.claim_no, True, "", "3/2567", date(2024, 3, 5))
    paid = pay_claim(db, treasurer, claim.claim_no, date(2024, 3, 6))
    _fund, paper = voucher_for_paper(db, paid.voucher_no or "")
    assert paper.voucher.payee_name == "นางสมศรี ใจดี" and not paper.deceased
    assert paper.voucher.payee_national_id == "3101700207036"
    assert _entry_text(db, paid.voucher_no or "") == (
        f"ใบสำคัญจ่าย นางสมศรี ใจดี: สวัสดิการนอนโรงพยาบาล คำร้องเลขที่ {claim.claim_no}")


def test_the_claim_form_is_signed_by_the_beneficiary(db: Database, treasurer: User,
                                                     chair: User) -> None:
    claim_no = _approved(db, treasurer, chair, beneficiaries=(WIFE, SON))
    _fund, paper = claim_for_paper(db, claim_no)
    assert paper.to_heir and paper.beneficiary == WIFE
