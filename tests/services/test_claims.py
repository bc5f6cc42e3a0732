from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import add_member, snapshot
from welfare_desk.db.database import Database
from welfare_desk.ledger.benefits import ClaimFacts
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.services.claims import aid_non_member, decide_claim, file_claim, pay_claim
from welfare_desk.services.reports.books import trial_balance
from welfare_desk.services.reports.members import benefits_by_type


def _sickness(event: date, nights: int = 2) -> ClaimFacts:
    return ClaimFacts("sickness", event, event, nights, frozenset({"ใบรับรองแพทย์"}), None)


def test_a_claim_is_judged_filed_decided_by_another_person_and_paid(
        db: Database, treasurer: User, chair: User) -> None:
    no = add_member(db, treasurer, joined=date(2022, 1, 5))
    claim = file_claim(db, treasurer, no, _sickness(date(2023, 3, 1)))
    assert claim.assessment["eligible"] is True
    assert claim.assessment["amount"] == 40000  # 2 nights x 200 baht
    assert all(r["params"].get("clause") for r in claim.assessment["reasons"])
    with pytest.raises(UserError):  # the one who filed cannot decide
        decide_claim(db, treasurer, claim.claim_no, True, "", "ครั้งที่ 3/2566", date(2023, 3, 5))
    decided = decide_claim(db, chair, claim.claim_no, True, "", "ครั้งที่ 3/2566",
                           date(2023, 3, 5))
    assert decided.approved and decided.approved_amount == 40000
    paid = pay_claim(db, treasurer, claim.claim_no, date(2023, 3, 6))
    assert paid.voucher_no is not None and paid.voucher_no.startswith("PV2566-")
    balances = {line.code: line.balance for line in trial_balance(db).lines}
    assert balances["5102"] == 40000 and balances["1101"] == -40000
    before = snapshot(db)
    with pytest.raises(UserError):
        pay_claim(db, treasurer, claim.claim_no, date(2023, 3, 7))
    assert snapshot(db) == before


def test_the_rule_in_force_on_the_event_date_decides(db: Database, treasurer: User) -> None:
    no = add_member(db, treasurer, joined=date(2022, 1, 5))
    old = file_claim(db, treasurer, no, _sickness(date(2024, 9, 20), nights=1))
    new = file_claim(db, treasurer, no, _sickness(date(2024, 10, 2), nights=1))
    assert old.assessment["amount"] == 20000
    assert new.assessment["amount"] == 30000  # amendment 1: 300 baht a night


def test_an_ineligible_claim_can_only_be_rejected(db: Database, treasurer: User,
                                                  chair: User) -> None:
    no = add_member(db, treasurer, joined=date(2023, 1, 5))
    claim = file_claim(db, treasurer, no, _sickness(date(2023, 2, 1)))  # still waiting
    assert claim.assessment["eligible"] is False
    failed = [r for r in claim.assessment["reasons"] if not r["ok"]]
    assert failed and failed[0]["params"]["clause"]
    with pytest.raises(UserError):
        decide_claim(db, chair, claim.claim_no, True, "", "ครั้งที่ 1", date(2023, 2, 3))
    with pytest.raises(UserError):  # a rejection needs a reason
        decide_claim(db, chair, claim.claim_no, False, "", "ครั้งที่ 1", date(2023, 2, 3))
    rejected = decide_claim(db, chair, claim.claim_no, False, "ยังไม่ครบ 180 วัน", "ครั้งที่ 1",
                            date(2023, 2, 3))
    assert rejected.approved is False
    with pytest.raises(UserError):
        pay_claim(db, treasurer, claim.claim_no, date(2023, 2, 4))


def test_a_treasurer_cannot_decide_and_an_auditor_cannot_file(
        db: Database, treasurer: User, auditor: User) -> None:
    no = add_member(db, treasurer, joined=date(2022, 1, 5))
    with pytest.raises(UserError):
        file_claim(db, auditor, no, _sickness(date(2023, 3, 1)))
    claim = file_claim(db, treasurer, no, _sickness(date(2023, 3, 1)))
    with pytest.raises(UserError):
        decide_claim(db, auditor, claim.claim_no, True, "", "", date(2023, 3, 2))


def test_help_to_non_members_is_kept_apart(db: Database, treasurer: User) -> None:
    number = aid_non_member(db, treasurer, "นายผู้ยากไร้ ไม่มีชื่อ", None, 2, "บ้านไฟไหม้",
                            100000, date(2023, 5, 1))
    assert number.startswith("PV")
    report = benefits_by_type(db, date(2023, 1, 1), date(2023, 12, 31))
    assert report.lines == ()
    assert report.non_members.amount == 100000 and report.non_members.people == 1
