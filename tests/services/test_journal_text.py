"""A3: the texts the services write into the books are Thai, with B.E. dates: no
source codes, benefit codes or C.E. ISO dates (they are stored in the events)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import add_member
from welfare_desk.db.database import Database
from welfare_desk.ledger.accounts import GrantSource
from welfare_desk.ledger.fund import User
from welfare_desk.services.books import Count, close_month, close_year
from welfare_desk.services.dues import take_dues, void_receipt
from welfare_desk.services.grants import GrantForm, record_grant

NOT_THAI = re.compile(r"[A-Za-z_]{3,}|\d{4}-\d\d-\d\d")


def _texts(db: Database) -> dict[str, str]:
    with db.read() as repos:
        return {e.number: e.description for e in repos.books.entries(repos.fund_id())}


@pytest.mark.parametrize(("source", "expected"), [
    (GrantSource.LOCAL_GOVERNMENT, "รับเงินสมทบจาก อปท. (อบต. ปี 2567)"),
    (GrantSource.INTEREST, "รับดอกเบี้ยเงินฝาก (อบต. ปี 2567)"),
    (GrantSource.CODI_SEED, "รับเงินทุนประเดิมจาก พอช. (อบต. ปี 2567)"),
    (GrantSource.DONATION, "รับเงินบริจาค (อบต. ปี 2567)"),
    (GrantSource.GOVERNMENT_VIA_CODI, "รับเงินสมทบจากรัฐบาลผ่าน พอช. รอบที่ 2 (อบต. ปี 2567)"),
])
def test_money_by_source_is_named_in_thai(db: Database, treasurer: User, source: GrantSource,
                                          expected: str) -> None:
    round_no = 2 if source == GrantSource.GOVERNMENT_VIA_CODI else None
    number = record_grant(db, treasurer, GrantForm(source, 100000, date(2024, 1, 20),
                                                   round=round_no, reference="อบต. ปี 2567"))
    assert _texts(db)[number] == expected


def test_every_source_has_a_thai_text(db: Database, treasurer: User) -> None:
    for source in GrantSource:
        round_no = 1 if source == GrantSource.GOVERNMENT_VIA_CODI else None
        record_grant(db, treasurer, GrantForm(source, 100, date(2024, 1, 20), round=round_no))
    assert [t for t in _texts(db).values() if NOT_THAI.search(t)] == []


def test_receipts_voids_and_closes_are_written_with_be_dates(db: Database, treasurer: User,
                                                             chair: User) -> None:
    add_member(db, treasurer, joined=date(2023, 1, 5))
    take_dues(db, treasurer, 1, 3000, date(2023, 10, 2))
    take_dues(db, treasurer, 1, 3000, date(2023, 10, 3))
    void_receipt(db, treasurer, 1, 2, "เขียนผิด", date(2023, 10, 3))
    close_month(db, chair, 2023, 10, [Count("1101", 3000)])
    close_year(db, chair, 2024, [Count("1101", 3000)])
    texts = list(_texts(db).values())
    assert "ใบเสร็จรับเงินเล่มที่ 1 เลขที่ 001 นางสมศรี ใจดี" in texts
    assert "ยกเลิกใบเสร็จรับเงินเล่มที่ 1 เลขที่ 002: เขียนผิด" in texts
    assert ("ปิดบัญชีรายรับรายจ่ายประจำปีบัญชี 2567 (1 ต.ค. 2566 ถึง 30 ก.ย. 2567)"
            in texts)
    with db.read() as repos:
        notes = {r.note for r in repos.books.assertions(repos.fund_id())}
    assert notes == {"ปิดงวดเดือนตุลาคม 2566",
                     "ปิดงวดปีบัญชี 2567 (1 ต.ค. 2566 ถึง 30 ก.ย. 2567)"}
    assert [t for t in texts + sorted(notes) if NOT_THAI.search(t)] == []
