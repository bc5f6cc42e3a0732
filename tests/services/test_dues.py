from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import add_member, snapshot
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.services.dues import member_arrears, take_dues, void_receipt
from welfare_desk.services.members import change_status
from welfare_desk.services.reports.books import trial_balance


def test_taking_dues_writes_a_numbered_receipt_and_its_entry(db: Database,
                                                               treasurer: User) -> None:
    no = add_member(db, treasurer)
    receipt = take_dues(db, treasurer, no, 3000, date(2023, 2, 1))
    assert (receipt.book_no, receipt.number_in_book, receipt.total) == (1, 1, 3000)
    balances = {line.code: line.balance for line in trial_balance(db).lines}
    assert balances == {"1101": 3000, "4101": -3000}


def test_receipt_numbers_run_without_gaps_and_roll_into_the_next_book(
        tmp_path: object, db: Database, treasurer: User) -> None:
    no = add_member(db, treasurer)
    numbers = [take_dues(db, treasurer, no, 3000, date(2023, 2, d)).seq for d in range(1, 8)]
    assert numbers == list(range(1, 8))
    with db.read() as repos:
        assert repos.books.receipt_seqs(repos.fund_id()) == list(range(1, 8))


def test_receipt_book_position_follows_the_book_size() -> None:
    from welfare_desk.ledger.fund import receipt_book_position

    assert receipt_book_position(100, 100, 1) == (1, 100)
    assert receipt_book_position(101, 100, 1) == (2, 1)
    assert receipt_book_position(1, 50, 57) == (57, 1)


def test_voiding_keeps_the_number_and_reverses_the_entry(db: Database, treasurer: User) -> None:
    no = add_member(db, treasurer)
    take_dues(db, treasurer, no, 3000, date(2023, 2, 1))
    voided = void_receipt(db, treasurer, 1, 1, "เขียนผิด", date(2023, 2, 2))
    assert voided.voided and voided.void_reason == "เขียนผิด"
    following = take_dues(db, treasurer, no, 3000, date(2023, 2, 2))
    assert following.number_in_book == 2
    balances = {line.code: line.balance for line in trial_balance(db).lines}
    assert balances == {"1101": 3000, "4101": -3000}
    arrears = member_arrears(db, no, date(2023, 2, 28))
    assert arrears.grid.paid_total == 3000  # the void is not counted as paid


def test_a_void_needs_a_reason_and_happens_once(db: Database, treasurer: User) -> None:
    no = add_member(db, treasurer)
    take_dues(db, treasurer, no, 3000, date(2023, 2, 1))
    with pytest.raises(UserError):
        void_receipt(db, treasurer, 1, 1, "  ", date(2023, 2, 2))
    void_receipt(db, treasurer, 1, 1, "ผิด", date(2023, 2, 2))
    before = snapshot(db)
    with pytest.raises(UserError):
        void_receipt(db, treasurer, 1, 1, "อีกครั้ง", date(2023, 2, 3))
    assert snapshot(db) == before


@pytest.mark.parametrize("member_no, amount, paid_on", [
    (99, 3000, date(2023, 2, 1)),  # unknown member
    (1, -3000, date(2023, 2, 1)),  # negative amount
    (1, 0, date(2023, 2, 1)),  # zero
    (1, 3000, date(2099, 1, 1)),  # future
    (1, 3000, date(2022, 12, 31)),  # before joining
])
def test_bad_dues_change_nothing(db: Database, treasurer: User, member_no: int, amount: int,
                                 paid_on: date) -> None:
    add_member(db, treasurer)
    before = snapshot(db)
    with pytest.raises(UserError):
        take_dues(db, treasurer, member_no, amount, paid_on)
    assert snapshot(db) == before


def test_a_lapsed_member_must_be_reinstated_before_paying(db: Database,
                                                           treasurer: User) -> None:
    no = add_member(db, treasurer)
    change_status(db, treasurer, no, MemberStatus.LAPSED, date(2023, 6, 1), "ขาดส่ง 3 งวด")
    with pytest.raises(UserError):
        take_dues(db, treasurer, no, 3000, date(2023, 6, 2))
    change_status(db, treasurer, no, MemberStatus.ACTIVE, date(2023, 6, 2), "กลับเข้าเป็นสมาชิก")
    assert take_dues(db, treasurer, no, 3000, date(2023, 6, 2)).seq == 1


def test_an_auditor_cannot_take_dues(db: Database, treasurer: User, auditor: User) -> None:
    no = add_member(db, treasurer)
    with pytest.raises(UserError):
        take_dues(db, auditor, no, 3000, date(2023, 2, 1))
