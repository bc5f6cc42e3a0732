"""A fund's dues history sheet (members × months) comes in as real receipts: every
habit of a treasurer's sheet read, every month judged, once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import TEST_FUND, add_member, snapshot
from welfare_desk.cli.main import main
from welfare_desk.db.database import Database
from welfare_desk.ledger.dues import CellState
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.ledger.thai_id import make_national_id
from welfare_desk.services.dues import member_arrears, take_dues
from welfare_desk.services.funds import authenticate, create_fund
from welfare_desk.services.members import change_status

ID_A, ID_B = make_national_id("110170020703"), make_national_id("310060012345")
BAD_ID = ID_A[:12] + str((int(ID_A[12]) + 1) % 10)
MONTHS = ["ต.ค. 66", "พ.ย.2566", "12/2566", "มกราคม 2567", datetime(2024, 2, 1), "Mar 2024",
          "เม.ย.", "พ.ค.", "ต.ค. 2580"]  # the last one is still to come


def messy_dues(path: Path) -> Path:
    """A title merged across the top, a date line that is not the year, a two-row
    header (member columns merged down, the year merged over month names), months
    written every way, amounts, ticks and blanks, a blank row, a total row."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "ทะเบียนการส่งเงินสัจจะ กองทุนสวัสดิการชุมชนตำบลทดสอบ"
    ws.merge_cells("A1:N1")
    ws["A2"] = "ข้อมูล ณ วันที่ 30 ก.ย. 2567"
    ws.append(["ลำดับ", "เลขที่สมาชิก", "ชื่อ-สกุล", "เลขบัตรประชาชน", *[None] * 6, "2567", None,
               None, "รวม"])
    ws.append([None] * 4 + MONTHS + [None])
    for column in "ABCDN":
        ws.merge_cells(f"{column}3:{column}4")
    ws.merge_cells("K3:L3")
    dashed = f"{ID_A[0]}-{ID_A[1:5]}-{ID_A[5:10]}-{ID_A[10:12]}-{ID_A[12]}"
    for row in (
            [1, 1, "นางสมศรี ใจดี", dashed, 30, "30", "๓๐", "/", "✓", "ส่ง", 30, "30 บาท", None],
            [2, None, "นายบุญมา  มั่นคง", None, 30, "-", "ขาด", None, "x", 30.0, None, None, None],
            [3, None, None, int(ID_B), "/", None, None, "/", None, None, "/", None, None],
            [4, 57, "นายไม่มี ตัวตน", None, 30, None, None, None, None, None, None, None, None],
            [5, 1, "นางสมศรี ใจดี", None, 30, None, None, None, None, None, None, None, None],
            [6, 4, "นางทองใบ ดีงาม", None, 30, "3O", 30, 30, "abc", -30, 30, 30, 30],
            [7, 5, "นางมาลี ศรีสุข", None, 30, None, None, None, None, None, None, None, None],
            [],
            [8, 6, "นายมานะ ขยัน", None, 30, 30, 30, 30, None, None, None, None, None],
            [9, 7, "นางชูใจ ดีมาก", None, 30, 30, 30, 30, 30, 30, None, None, None],
            ["รวม", None, None, None, 210, 90, 120, 90, 30, 0, 60, 60, 30],
            [10, None, "นายสมศักดิ์ ใจดี", None, 30, None, None, None, None, None, None, None,
             None],
            [11, None, "นายสมหมาย ไม่มีใคร", None, 30, None, None, None, None, None, None, None,
             None],
            [12, None, None, BAD_ID, 30, None, None, None, None, None, None, None, None]):
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def fund(tmp_path: Path) -> Iterator[Path]:
    """Members 1-9; member 4 paid January 2567 in the app; member 7 died in February."""
    path = tmp_path / "fund.sqlite"
    with Database.open(path, create=True) as db:
        create_fund(db, TEST_FUND)
        treasurer = authenticate(db, "treasurer", None)
        october = date(2023, 10, 1)
        add_member(db, treasurer, "สมศรี", october, national_id=ID_A)
        add_member(db, treasurer, "บุญมา", date(2023, 10, 15), last_name="มั่นคง", title="นาย")
        add_member(db, treasurer, "มาลี", october, last_name="ศรีสุข", national_id=ID_B,
                   plan_code="Q90")
        add_member(db, treasurer, "ทองใบ", october, last_name="ดีงาม")
        add_member(db, treasurer, "สมปอง", october, last_name="รักดี", title="นาย")
        add_member(db, treasurer, "มานะ", date(2023, 12, 10), last_name="ขยัน", title="นาย")
        add_member(db, treasurer, "ชูใจ", october, last_name="ดีมาก")
        add_member(db, treasurer, "สมศักดิ์", october, title="นาย")
        add_member(db, treasurer, "สมศักดิ์", october, title="นาย", birth_date=date(1970, 1, 1))
        take_dues(db, treasurer, 4, 3000, date(2024, 1, 5))  # receipt 1/001
        change_status(db, treasurer, 7, MemberStatus.DECEASED, date(2024, 2, 15), "เสียชีวิต")
    yield path


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return snapshot(SimpleNamespace(path=path))  # type: ignore[arg-type]


def receipts(path: Path) -> list[tuple[int, str, int, int, str]]:
    """(seq, date, member no., amount, line) of every receipt, in number order."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT r.seq, r.issued_on, m.member_no, l.amount, l.description FROM receipt r "
            "JOIN member m ON m.id = r.member_id JOIN receipt_line l ON l.receipt_id = r.id "
            "ORDER BY r.seq").fetchall()


def test_dry_run_writes_nothing_and_reports_every_problem(fund: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    sheet, errors = messy_dues(tmp_path / "dues.xlsx"), tmp_path / "errors.xlsx"
    before = rows_of(fund)
    assert main(["--db", str(fund), "import", "dues", str(sheet), "--dry-run",
                 "--errors", str(errors)]) == 3
    assert rows_of(fund) == before  # every row of every table as it was
    out = capsys.readouterr().out
    assert "นำเข้าได้ 24 เดือน ของสมาชิก 6 คน (900.00 บาท) มีปัญหา 14 รายการ" in out
    assert "หัวตารางอยู่แถวที่ 4" in out
    report = load_workbook(errors).active
    reasons = {r[0]: r[1] for r in report.iter_rows(min_row=3, values_only=True)}
    assert set(reasons) == {8, 9, 10, 11, 13, 14, 16, 17, 18}
    assert reasons[8] == "ไม่พบสมาชิกเลขที่ 57"
    assert reasons[9] == "สมาชิกเลขที่ 1 มีอยู่แล้วในแถวที่ 5"
    assert reasons[10].split("; ") == [
        "F10 (พ.ย. 2566): '3O' ไม่ใช่จำนวนเงินหรือเครื่องหมายว่าส่งแล้ว (/ หรือ ✓)",
        "H10 (ม.ค. 2567): ส่งแล้ว ตามใบเสร็จเลขที่ 1/001 ลงวันที่ 5 ม.ค. 2567",
        "I10 (ก.พ. 2567): 'abc' ไม่ใช่จำนวนเงินหรือเครื่องหมายว่าส่งแล้ว (/ หรือ ✓)",
        "J10 (มี.ค. 2567): จำนวนเงินที่ส่งติดลบไม่ได้ (-30)",
        "M10 (ต.ค. 2580): เดือนนี้ยังมาไม่ถึง"]
    assert reasons[11] == "สมาชิกเลขที่ 5 ในทะเบียนของกองทุนคือ นายสมปอง รักดี ไม่ใช่ มาลี ศรีสุข"
    assert reasons[13].count("สมัครเมื่อวันที่ 10 ธ.ค. 2566 ซึ่งหลังเดือนนี้") == 2
    assert reasons[14] == "J14 (มี.ค. 2567): สมาชิกเลขที่ 7 มีสถานะเสียชีวิตตั้งแต่วันที่ 15 ก.พ. 2567"
    assert reasons[16] == "มีสมาชิกชื่อ สมศักดิ์ ใจดี อยู่ 2 คน ให้ใส่เลขที่สมาชิกหรือเลขบัตรประชาชนด้วย"
    assert reasons[17] == "ไม่มีสมาชิกของกองทุนชื่อ สมหมาย ไม่มีใคร"
    assert reasons[18].startswith("D18 (เลขบัตรประชาชน):")
    # The sheet's cells as they were, beside the reasons; the months that can go in blank.
    header = [c.value for c in report[2]]
    assert header[:7] == ["แถวที่", "เหตุผล", "ลำดับ", "เลขที่สมาชิก", "ชื่อ-สกุล",
                          "เลขบัตรประชาชน", "ต.ค. 2566"]
    row10 = next(r for r in report.iter_rows(min_row=3, values_only=True) if r[0] == 10)
    assert row10[4] == "นางทองใบ ดีงาม" and row10[6] is None and row10[7] == "3O"


def test_import_makes_receipts_then_the_same_sheet_adds_nothing(
        fund: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = messy_dues(tmp_path / "dues.xlsx")
    assert main(["--db", str(fund), "import", "dues", str(sheet)]) == 3
    assert "เป็นใบเสร็จเลขที่ 1/002 ถึง 1/025" in capsys.readouterr().out
    made = receipts(fund)
    assert [r[0] for r in made] == list(range(1, 26))  # gap-free, after the app's 1/001
    assert [r[1] for r in made[1:]] == sorted(r[1] for r in made[1:])  # numbered by date
    by_member: dict[int, list[tuple[str, int]]] = {}
    for _seq, day, member_no, amount, _line in made[1:]:
        by_member.setdefault(member_no, []).append((day, amount))
    assert {no: len(v) for no, v in by_member.items()} == {1: 8, 2: 2, 3: 3, 4: 4, 6: 2, 7: 5}
    assert by_member[3] == [("2023-10-01", 9000), ("2024-01-01", 9000), ("2024-04-01", 9000)]
    assert by_member[2][0] == ("2023-10-15", 3000)  # joined mid-month: dated the join day
    assert by_member[6][0] == ("2023-12-10", 3000)
    assert sum(r[3] for r in made[1:]) == 90000
    assert made[1][4] == "เงินสมทบเดือน ต.ค. 2566 (นำเข้าจาก Excel)"
    with Database.open(fund) as db:
        grid = member_arrears(db, 1, date(2024, 5, 31)).grid
        assert [(c.year, c.month) for c in grid.cells if c.state == CellState.PAID] == [
            (2023, 10), (2023, 11), (2023, 12), (2024, 1), (2024, 2), (2024, 3), (2024, 4),
            (2024, 5)]
        assert member_arrears(db, 3, date(2024, 6, 30)).grid.owed == 0  # Q90 ticks
    assert main(["--db", str(fund), "check"]) == 0
    before = rows_of(fund)
    assert main(["--db", str(fund), "import", "dues", str(sheet)]) == 3
    assert rows_of(fund) == before  # the same sheet again adds nothing
    assert "มีปัญหา 38 รายการ (ในจำนวนนี้เป็นเดือนที่กองทุนบันทึกไว้แล้ว 25 รายการ)" in (
        capsys.readouterr().out)  # 14 as before, and the 24 months just imported


def test_the_error_report_fixed_goes_in_as_it_is(fund: Path, tmp_path: Path) -> None:
    sheet, errors = messy_dues(tmp_path / "dues.xlsx"), tmp_path / "errors.xlsx"
    assert main(["--db", str(fund), "import", "dues", str(sheet), "--errors", str(errors)]) == 3
    book = load_workbook(errors)
    row10 = next(r for r in book.active.iter_rows(min_row=3) if r[0].value == 10)
    row10[7].value = 30  # "3O" typed again as 30
    book.save(errors)
    count = len(receipts(fund))
    assert main(["--db", str(fund), "import", "dues", str(errors)]) == 3  # the rest still bad
    added = receipts(fund)[count:]
    assert [(r[1], r[2], r[3]) for r in added] == [("2023-11-01", 4, 3000)]


def test_bad_files_are_refused_and_change_nothing(fund: Path, tmp_path: Path) -> None:
    before = rows_of(fund)
    (tmp_path / "text.xlsx").write_bytes(b"not a spreadsheet at all")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    wb = Workbook()
    wb.active.append(["ชื่อ-สกุล", "หมู่"])  # a register, no months
    wb.save(tmp_path / "no-months.xlsx")
    wb = Workbook()
    wb.active.append(["เลขที่สมาชิก", "ต.ค.", "พ.ย."])  # months without a year
    wb.active.append([1, 30, 30])
    wb.save(tmp_path / "no-year.xlsx")
    Workbook().save(tmp_path / "blank.xlsx")
    for name in ("text.xlsx", "empty.xlsx", "old.xls", "no-months.xlsx", "no-year.xlsx",
                 "blank.xlsx", "missing.xlsx"):
        assert main(["--db", str(fund), "import", "dues", str(tmp_path / name)]) == 2, name
    assert rows_of(fund) == before


def test_closed_and_counted_months_are_refused_with_a_way_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from welfare_desk.services.books import Count, close_month

    path = tmp_path / "fund.sqlite"
    with Database.open(path, create=True) as db:
        create_fund(db, TEST_FUND)
        treasurer = authenticate(db, "treasurer", None)
        add_member(db, treasurer, "สมศรี", date(2023, 10, 1))
        close_month(db, treasurer, 2024, 1, [Count("1101", 0)])
    wb = Workbook()
    wb.active.append(["เลขที่สมาชิก", "ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67"])
    wb.active.append([1, 30, 30, 30, 30, 30])
    wb.save(tmp_path / "dues.xlsx")
    args = ["--db", str(path), "import", "dues", str(tmp_path / "dues.xlsx")]
    assert main([*args, "--dry-run"]) == 3
    out = capsys.readouterr().out
    assert out.count("บัญชีปิดงวดหรือตรวจนับเงินแล้วถึงวันที่ 31 ม.ค. 2567") == 4
    before = rows_of(path)
    assert main([*args, "--date", "15/1/2567"]) == 2  # inside the closed month
    assert rows_of(path) == before
    assert main([*args, "--date", "1/2/2567"]) == 0  # the old money, booked after the count
    assert {r[1] for r in receipts(path)} == {"2024-02-01"} and len(receipts(path)) == 5
    assert main(["--db", str(path), "check"]) == 0  # the count of January still holds
