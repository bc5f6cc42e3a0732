"""A treasurer's messy Excel register comes in with every good row and a precise list
of the rest; the register goes back out as a proper spreadsheet."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import add_member, snapshot
from welfare_desk.cli.main import main
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.thai_id import make_national_id
from welfare_desk.spreadsheets.cells import date_of, national_id_of, phone_of, split_full_name
from welfare_desk.spreadsheets.register_import import read_register

ID_A, ID_B = make_national_id("110170020703"), make_national_id("310060012345")
BAD_ID = ID_A[:12] + str((int(ID_A[12]) + 1) % 10)


def messy(path: Path) -> Path:
    """Title rows, merged cells, glued titles, B.E. text dates, Thai digits, IDs as
    numbers, a lost leading zero, a blank row, a total row, and five bad rows."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "ทะเบียนสมาชิกกองทุนสวัสดิการชุมชนตำบลทดสอบ"
    ws.merge_cells("A1:H1")
    ws["A2"] = "ข้อมูล ณ วันที่ 30 ก.ย. 2568"
    ws.append([])
    ws.append(["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "วันที่สมัคร", "หมู่",
               "เบอร์โทร", "เพศ"])
    for row in (
            [1, "นางสมศรี ใจดี", f"{ID_A[0]}-{ID_A[1:5]}-{ID_A[5:10]}-{ID_A[10:12]}-{ID_A[12]}",
             "12/05/2510", "2549-01-06", 1, 812345678, "หญิง"],
            [2, "นายบุญมา  มั่นคง", int(ID_B), "๑๒/๐๕/๒๕๑๐", datetime(2015, 3, 1), "หมู่ 2",
             "081-234-5678", "ชาย"],
            [3, "เด็กหญิงมาลี ศรีสุข", None, "5 มี.ค. 2555", "1 ต.ค. 2560", "๓", None, None],
            [4, "นางสาวเกษร ทองคำ", BAD_ID, "2500", "2549-01-06", 1, None, None],
            [5, "นายสมชาย ใจดี", ID_A, "1/1/2500", "2549-01-06", 1, None, None],
            [6, None, None, None, None, None, None, None],
            [7, None, "", "1/1/2500", "2549-01-06", 2, None, None],
            [8, "นางทองใบ ดีงาม", "", "31/02/2510", "2549-01-06", 2, None, None],
            [9, "นายสมปอง รักดี", "", "2510", "2549-01-06", 2, None, "ชาย"],
            [10, "นายมานะ ขยัน", "", "1/1/2500", "2549-01-06", 9, None, None],
            ["รวม", "10 คน"]):
        ws.append(row)
    wb.save(path)
    return path


def test_cells_are_read_the_way_treasurers_write_them() -> None:
    assert national_id_of(float(ID_B)) == ID_B and national_id_of(" ") is None
    assert date_of("๑๒/๐๕/๒๕๑๐") == (date(1967, 5, 12), False)
    assert date_of("5 มี.ค. 2495") == (date(1952, 3, 5), False)
    assert date_of(datetime(2510, 5, 12)) == (date(1967, 5, 12), False)
    assert date_of("2510") == (date(1967, 7, 1), True)
    assert phone_of(812345678) == "0812345678" and phone_of("081-234-5678") == "0812345678"
    assert split_full_name("นางสาวเกษร ทองคำ") == ("นางสาว", "เกษร", "ทองคำ")
    assert split_full_name("เด็กชายเอ ใจดี") == ("เด็กชาย", "เอ", "ใจดี")


def test_dry_run_then_import_then_the_same_sheet_again(db: Database, tmp_path: Path) -> None:
    sheet = messy(tmp_path / "register.xlsx")
    errors = tmp_path / "errors.xlsx"
    path = db.path
    before = snapshot(db)
    db.close()
    try:
        args = ["--db", str(path), "import", "members", str(sheet), "--errors", str(errors)]
        assert main([*args, "--dry-run"]) == 3
    finally:
        Database.open(path)  # the fixture closes it
    assert snapshot(db) == before  # a dry run writes nothing
    rejected = load_workbook(errors).active
    reasons = {r[0]: r[1] for r in rejected.iter_rows(min_row=3, values_only=True)}
    assert set(reasons) == {8, 9, 11, 12, 14}  # Excel row numbers
    assert "หลักตรวจสอบ" in reasons[8] and "แถวที่ 5" in reasons[9]
    assert "ไม่มีชื่อ" in reasons[11] and "31/02/2510" in reasons[12] and "9" in reasons[14]
    assert [c.value for c in rejected[3][3:5]] == ["นางสาวเกษร ทองคำ", BAD_ID]  # as it was


def test_real_import_writes_the_good_rows_once(tmp_path: Path, db: Database) -> None:
    sheet = messy(tmp_path / "register.xlsx")
    path = db.path
    db.close()
    assert main(["--db", str(path), "import", "members", str(sheet)]) == 3
    again = Database.open(path)
    try:
        with again.read() as repos:
            members = {m.first_name: m for m in repos.members.all(repos.fund_id())}
        assert set(members) == {"สมศรี", "บุญมา", "มาลี", "สมปอง"}
        assert members["สมศรี"].national_id == ID_A and members["สมศรี"].phone == "0812345678"
        assert members["บุญมา"].village_no == 2 and members["บุญมา"].joined_on == date(2015, 3, 1)
        assert members["มาลี"].title == "เด็กหญิง" and members["มาลี"].village_no == 3
        assert members["สมปอง"].birth_year_only and members["สมปอง"].birth_date.year == 1967
        before = snapshot(again)
    finally:
        again.close()
    assert main(["--db", str(path), "import", "members", str(sheet)]) == 3
    db2 = Database.open(path)
    try:
        assert snapshot(db2) == before  # nothing added twice
    finally:
        db2.close()
    Database.open(path)  # the fixture closes it


@pytest.mark.parametrize("content", [b"not a spreadsheet at all", b""])
def test_bad_files_change_nothing(db: Database, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    with pytest.raises(UserError):
        read_register(bad)
    wb = Workbook()
    wb.active.append(["hello", "world"])
    wb.save(tmp_path / "noheader.xlsx")
    with pytest.raises(UserError):
        read_register(tmp_path / "noheader.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(UserError, match="xls"):
        read_register(tmp_path / "old.xls")


def test_export_opens_in_libreoffice_with_real_values(db: Database, treasurer,
                                                      tmp_path: Path) -> None:
    add_member(db, treasurer, "สมศรี", national_id=ID_A)
    add_member(db, treasurer, "บุญมา")
    out = tmp_path / "members.xlsx"
    path = db.path
    db.close()
    try:
        assert main(["--db", str(path), "export", "members", "--out", str(out)]) == 0
        assert main(["--db", str(path), "export", "members", "--out",
                     str(tmp_path / "members.csv")]) == 0
    finally:
        Database.open(path)
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A3"
    assert sheet["A3"].value == 1 and isinstance(sheet["F3"].value, datetime)
    assert sheet["E3"].value.endswith(ID_A[12]) and "xxxxx" in sheet["E3"].value
    rows = list(csv.reader((tmp_path / "members.csv").open(encoding="utf-8-sig")))
    assert rows[1][2] == "สมศรี" and ID_A not in (tmp_path / "members.csv").read_text("utf-8-sig")
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    converted = tmp_path / "libreoffice"
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76",  # 76: UTF-8
                    "--outdir", str(converted), str(out)], check=True, capture_output=True,
                   timeout=120)
    lines = list(csv.reader((converted / "members.csv").open(encoding="utf-8")))
    assert lines[2][0] == "1" and lines[2][2] == "สมศรี" and lines[3][2] == "บุญมา"
    assert lines[2][5] == "12/05/2503"  # a real date, shown in the Buddhist Era


def test_books_and_registers_as_spreadsheets(db: Database, treasurer, tmp_path: Path) -> None:
    from welfare_desk.services.dues import take_dues

    add_member(db, treasurer, "สมศรี", joined=date(2023, 1, 5))
    take_dues(db, treasurer, 1, 3000, date(2023, 1, 10))
    path = db.path
    db.close()
    try:
        for name in ("journal", "trial-balance", "arrears", "benefits", "dues-grid"):
            assert main(["--db", str(path), "export", name, "--year", "2566",
                         "--out", str(tmp_path / f"{name}.xlsx")]) == 0
    finally:
        Database.open(path)
    journal = load_workbook(tmp_path / "journal.xlsx").active
    assert journal["A5"].value == datetime(2023, 1, 10) and journal["E5"].value == 30.0
    assert journal["D5"].value == "1101 เงินสด" and journal["F6"].value == 30.0
    tb = load_workbook(tmp_path / "trial-balance.xlsx").active
    totals = next(row for row in tb.iter_rows(values_only=True) if row[1] == "รวม")
    assert totals[2] == totals[3] == 30.0
    grid = load_workbook(tmp_path / "dues-grid.xlsx").active
    assert [c.value for c in grid[5]][:4] == [1, "นางสมศรี ใจดี", "ส่ง", "ขาด"]
