"""Figures on paper that must agree with each other: the member statement (D13, A2),
the arrears list (A8), the year-end member count (A7)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.conftest import add_member
from tests.printing.conftest import pdf_text
from welfare_desk.db.database import Database
from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.fund import User
from welfare_desk.printing.statement import write_statement
from welfare_desk.services.dues import take_dues, void_receipt
from welfare_desk.services.funds import fund_profile
from welfare_desk.services.reports.members import member_statement

TH = get_translator("th")
MONEY = re.compile(r"\d[\d,]*\.\d\d")


def test_voided_receipt_is_not_counted_and_rows_add_up(db: Database, treasurer: User,
                                                       tmp_path: Path) -> None:
    joined, last = date(2024, 1, 5), date(2024, 4, 10)
    add_member(db, treasurer, joined=joined, entry_fee=2000)  # receipt 1/001
    take_dues(db, treasurer, 1, 3000, date(2024, 1, 5))  # 1/002
    take_dues(db, treasurer, 1, 3000, date(2024, 2, 5))  # 1/003, voided
    void_receipt(db, treasurer, 1, 3, "เขียนจำนวนเงินผิด", date(2024, 2, 5))
    take_dues(db, treasurer, 1, 3000, date(2024, 2, 6))  # 1/004
    statement = member_statement(db, 1, joined, last)
    assert statement.received_total == 8000 and statement.dues_paid == 6000
    out = tmp_path / "statement.pdf"
    write_statement(out, fund_profile(db), statement, TH)
    lines = pdf_text(out, layout=True).splitlines()

    def line_of(text: str) -> str:
        return next(line for line in lines if text in line)

    voided = line_of("1/003")
    assert "ยกเลิก" in voided and voided.rstrip().endswith("–")
    assert MONEY.findall(voided) == ["30.00"]  # the amount is in the note, not the column
    assert "ค่าสมัครสมาชิก" in line_of("1/001")
    listed = sum(int(MONEY.findall(line_of(f"1/00{n}"))[-1].replace(".", "")) for n in (1, 2, 4))
    total = line_of("รวมรับทั้งสิ้น")
    assert MONEY.findall(total) == ["80.00"] and listed == 8000
    assert MONEY.findall(line_of("รวมเงินสัจจะ")) == ["60.00"]
    assert MONEY.findall(line_of("รวมค่าสมัครสมาชิก")) == ["20.00"]
    # Jan and Feb paid, March missed, April due: 30 baht late for 1 instalment, 30 due.
    text = " ".join(pdf_text(out).split())
    assert "เหตุผล: เขียนจำนวนเงินผิด" in text
    assert "ค้างส่ง 30.00 บาท (ขาดส่ง 1 งวด) ถึงกำหนดส่งเดือนนี้ 30.00 บาท" in text


def test_arrears_list_count_and_amount_agree(db: Database, treasurer: User,
                                             tmp_path: Path) -> None:
    """A8: one missed 30-baht instalment is 30.00 overdue; this month's is apart."""
    from welfare_desk.printing.codi import write_arrears
    from welfare_desk.services.reports.members import arrears_list

    add_member(db, treasurer, joined=date(2024, 1, 5))
    for day in (date(2024, 1, 5), date(2024, 2, 5), date(2024, 3, 5)):
        take_dues(db, treasurer, 1, 3000, day)
    lines = arrears_list(db, date(2024, 5, 10))
    assert [(x.missed_instalments, x.overdue, x.due_now) for x in lines] == [(1, 3000, 3000)]
    out = tmp_path / "arrears.pdf"
    write_arrears(out, fund_profile(db), lines, "10 พ.ค. 2567", TH)
    text = pdf_text(out, layout=True)
    assert "จำนวนงวด" in text
    row = next(line for line in text.splitlines() if "นางสมศรี ใจดี" in line)
    assert MONEY.findall(row) == ["30.00", "30.00"]


def test_year_end_counts_active_members_apart_from_the_register(db: Database, treasurer: User,
                                                                tmp_path: Path) -> None:
    """A7: the lapsed and the deceased are in the register, not among the members."""
    from welfare_desk.ledger.members import MemberStatus
    from welfare_desk.printing.codi import write_year_end
    from welfare_desk.services.members import change_status
    from welfare_desk.services.reports.codi import codi_status, monthly_report

    for name in ("สมศรี", "สมหมาย", "สมใจ"):
        add_member(db, treasurer, name, joined=date(2023, 1, 5))
    change_status(db, treasurer, 2, MemberStatus.DECEASED, date(2024, 3, 1), "ถึงแก่กรรม")
    out = tmp_path / "year-end.pdf"
    write_year_end(out, fund_profile(db), codi_status(db, 2024),
                   monthly_report(db, 2024, 9).movements, TH)
    lines = pdf_text(out, layout=True).splitlines()
    active = next(line for line in lines if "สมาชิกปกติ ณ สิ้นปีบัญชี" in line)
    register = next(line for line in lines if "สมาชิกในทะเบียนทั้งหมด" in line)
    assert active.split()[-1] == "2" and register.split()[-1] == "3"
