"""The pieces of a dues sheet read the way funds write them: month headings, years
written above month names, payment cells; and which months a member has paid."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from welfare_desk.cli.periods import parse_period
from welfare_desk.db.repos.members import DuesLine
from welfare_desk.ledger.errors import UserError
from welfare_desk.services.dues_import import covered_months, imported_line, imported_month
from welfare_desk.spreadsheets.dues_import import TICK, find_dues_header, payment_of
from welfare_desk.spreadsheets.months import YearHint, month_name_only, month_of, year_hint

OCTOBER_2566 = (2023, 10)


@pytest.mark.parametrize("heading", [
    "ต.ค. 66", "ต.ค.66", "ต.ค.2566", "ต.ค. ๒๕๖๖", "ตค 66", "ตุลาคม 2566", "ตุลาคม พ.ศ. 2566",
    "ตุลา 66", "เดือน ต.ค. 66", "10/2566", "10/66", "10-2566", "2566-10", "2023-10",
    "Oct 2023", "Oct-23", "October 2023", "1/10/2566", "ต.ค. 66 (บาท)", datetime(2023, 10, 1),
    datetime(2566, 10, 1), date(2023, 10, 1)])
def test_a_month_heading_however_it_is_written(heading: object) -> None:
    assert month_of(heading) == OCTOBER_2566


@pytest.mark.parametrize("heading", ["รวม", "ชื่อ-สกุล", "ลำดับ", "หมู่", "30", None, 30,
                                     "ต.ค.", "13/2566", "ยอดยกมา 2566"])
def test_what_is_not_a_month_with_a_year(heading: object) -> None:
    assert month_of(heading) is None


def test_month_names_alone_take_the_year_written_above_them() -> None:
    assert month_name_only("ต.ค.") == 10 and month_name_only("มกราคม") == 1
    assert year_hint("พ.ศ. 2566") == YearHint(2023, False)
    assert year_hint("ปีงบประมาณ 2567") == YearHint(2024, True)
    assert year_hint("ข้อมูล ณ วันที่ 30 ก.ย. 2568") is None  # the day it was made
    rows = [["ทะเบียนเงินสัจจะ ปีงบประมาณ 2567"],
            ["เลขที่สมาชิก", "ชื่อ-สกุล", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.ย."]]
    _index, identity, months = find_dues_header(rows)  # type: ignore[misc]
    assert identity == {"member_no": 0, "full_name": 1}
    assert months == {2: (2023, 10), 3: (2023, 11), 4: (2023, 12), 5: (2024, 1),
                      6: (2024, 9)}
    rows = [["", "", "2566", None, "2567"],  # calendar years, merged over their months
            ["ชื่อ", "เลขบัตรประชาชน", "พ.ย.", "ธ.ค.", "ม.ค."]]
    assert find_dues_header(rows)[2] == {2: (2023, 11), 3: (2023, 12),  # type: ignore[index]
                                         4: (2024, 1)}
    rows = [["ชื่อ-สกุล", "ต.ค. 66", "พ.ย. 66", "หมายเหตุ"],  # dates in the cells: still data
            ["นางสมศรี ใจดี", datetime(2023, 10, 5), datetime(2023, 11, 5), date(2023, 12, 1)],
            ["นายบุญมา มั่นคง", datetime(2023, 10, 9), datetime(2023, 11, 9), None]]
    assert find_dues_header(rows)[0] == 0  # type: ignore[index]
    rows = [["ชื่อ-สกุล", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค."]]  # no year at all
    with pytest.raises(UserError, match=re.escape("ต.ค., พ.ย., ธ.ค., ม.ค.")):
        find_dues_header(rows)


@pytest.mark.parametrize(("cell", "paid"), [
    (30, 3000), (30.0, 3000), ("30", 3000), ("๓๐", 3000), ("30 บาท", 3000), ("1,000.50", 100050),
    (" 30 ", 3000), ("/", TICK), ("✓", TICK), ("ส่ง", TICK), (True, TICK), (None, None),
    ("", None), ("-", None), ("ขาด", None), ("x", None), (0, None), ("0", None)])
def test_payment_cells(cell: object, paid: object) -> None:
    assert payment_of(cell) == paid


@pytest.mark.parametrize("cell", ["3O", "abc", -30, "-30", 30.001, datetime(2023, 10, 1)])
def test_cells_that_are_not_money(cell: object) -> None:
    with pytest.raises(UserError):
        payment_of(cell)


def test_the_months_receipts_already_pay_for() -> None:
    assert imported_month(imported_line(OCTOBER_2566)) == OCTOBER_2566
    assert imported_month("เงินสมทบ") is None
    lines = [DuesLine(date(2024, 3, 1), (1, 9), imported_line((2024, 3)), 3000),
             DuesLine(date(2024, 1, 5), (1, 1), "เงินสมทบ", 3000),  # taken in the app
             DuesLine(date(2024, 1, 20), (1, 2), "เงินสมทบ", 9000)]  # three months ahead
    covered = covered_months(lines, {date(2024, 1, 5): 3000, date(2024, 1, 20): 3000})
    assert {m: line.receipt for m, line in covered.items()} == {
        (2024, 1): (1, 1), (2024, 2): (1, 2), (2024, 3): (1, 9), (2024, 4): (1, 2),
        (2024, 5): (1, 2)}


@pytest.mark.parametrize(("text", "kind", "first", "last"), [
    ("2569-10", "month", date(2026, 10, 1), date(2026, 10, 31)),
    ("2026-10", "month", date(2026, 10, 1), date(2026, 10, 31)),
    ("ต.ค. 2569", "month", date(2026, 10, 1), date(2026, 10, 31)),
    ("fy2569", "fiscal_year", date(2025, 10, 1), date(2026, 9, 30)),
    ("ปีงบประมาณ 2569", "fiscal_year", date(2025, 10, 1), date(2026, 9, 30)),
    ("2569", "year", date(2026, 1, 1), date(2026, 12, 31)),
    ("1/10/2568..31/3/2569", "range", date(2025, 10, 1), date(2026, 3, 31)),
    ("30/9/2569", "day", date(2026, 9, 30), date(2026, 9, 30))])
def test_periods(text: str, kind: str, first: date, last: date) -> None:
    period = parse_period(text)
    assert (period.kind, period.first, period.last) == (kind, first, last)


@pytest.mark.parametrize("text", ["abc", "2569-13", "1/10/2569..1/1/2569", "fy25"])
def test_what_is_not_a_period(text: str) -> None:
    with pytest.raises(UserError):
        parse_period(text)


def test_a_row_with_first_and_last_name_apart() -> None:
    from pathlib import Path

    from welfare_desk.spreadsheets.dues_import import DuesSheet, dues_row

    sheet = DuesSheet(Path("x.xlsx"), 1, ["ชื่อ", "นามสกุล", "ต.ค. 2566"],
                      {"first_name": 0, "last_name": 1}, {2: OCTOBER_2566}, [])
    row = dues_row(2, ("นางสมศรี", "ใจดี", "๓๐"), sheet)
    assert row.name == ("สมศรี", "ใจดี") and row.readable
    assert [(p.cell, p.month, p.amount) for p in row.payments] == [("C2", OCTOBER_2566, 3000)]
