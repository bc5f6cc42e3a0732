"""export report NAME --period ...: every register and report of the issue as .xlsx;
the monthly report read back by LibreOffice."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import add_member, snapshot
from welfare_desk.cli.main import main
from welfare_desk.db.database import Database
from welfare_desk.ledger.benefits import ClaimFacts
from welfare_desk.ledger.fund import User
from welfare_desk.services.claims import decide_claim, file_claim, pay_claim
from welfare_desk.services.dues import take_dues


def march_2566(db: Database, treasurer: User, chair: User) -> Path:
    """1,000 baht in the box by February; in March 2566 a member joins, 30 baht of dues
    come in and a sickness benefit of 400 baht goes out."""
    no = add_member(db, treasurer, "สมศรี", joined=date(2022, 1, 5))
    take_dues(db, treasurer, no, 100000, date(2023, 2, 10))
    add_member(db, treasurer, "บุญมา", joined=date(2023, 3, 15))
    take_dues(db, treasurer, no, 3000, date(2023, 3, 2))
    facts = ClaimFacts("sickness", date(2023, 3, 1), date(2023, 3, 1), 2,
                       frozenset({"ใบรับรองแพทย์"}), None)
    claim = file_claim(db, treasurer, no, facts)
    decide_claim(db, chair, claim.claim_no, True, "", "ครั้งที่ 3/2566", date(2023, 3, 5))
    pay_claim(db, treasurer, claim.claim_no, date(2023, 3, 6))
    path = db.path
    db.close()
    return path


def test_monthly_report_as_a_spreadsheet_libreoffice_reads(
        db: Database, treasurer: User, chair: User, tmp_path: Path) -> None:
    out = tmp_path / "monthly.xlsx"
    path = march_2566(db, treasurer, chair)
    try:
        assert main(["--db", str(path), "export", "report", "monthly", "--period", "2566-03",
                     "--out", str(out)]) == 0
    finally:
        Database.open(path)  # the fixture closes it
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "รายงานการเงินประจำเดือน มี.ค. 2566"
    assert sheet["A2"].value == "กองทุนสวัสดิการชุมชนตำบลทดสอบ" and sheet.freeze_panes == "A5"
    assert [c.value for c in sheet[4]] == ["รายการ", "จำนวนคน", "จำนวนครั้ง", "จำนวนเงิน (บาท)"]
    assert sheet["D6"].value == 1000 and sheet["D6"].number_format == "#,##0.00"
    assert sheet["A5"].font.bold and sheet.column_dimensions["A"].width == 52
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    converted = tmp_path / "libreoffice"
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(converted),
                    str(out)], check=True, capture_output=True, timeout=120)
    lines = list(csv.reader((converted / "monthly.csv").open(encoding="utf-8")))
    shown = {row[0]: row[1:] for row in lines if row and row[0]}
    assert lines[0][0] == "รายงานการเงินประจำเดือน มี.ค. 2566"
    assert lines[2][0] == "1 มีนาคม 2566 ถึง 31 มีนาคม 2566"
    assert shown["รวมยอดยกมา"][-1] == "1,000.00"
    assert shown["4101 เงินสัจจะจากสมาชิก"][-1] == "30.00"
    assert shown["รวมรายรับ"][-1] == "30.00" and shown["รวมรายจ่าย"][-1] == "400.00"
    assert shown["รวมยอดยกไป"][-1] == "630.00"
    assert shown["(หกร้อยสามสิบบาทถ้วน)"] == ["", "", ""]
    benefit = next(row for row in lines if row[1:] == ["1", "1", "400.00"])
    assert benefit[0] == "นอนโรงพยาบาล"  # the fund's sickness benefit
    assert shown["รวมสวัสดิการที่จ่าย"][-1] == "400.00"
    assert shown["สมาชิกใหม่"][0] == "1"


def test_every_report_by_name_with_a_period(db: Database, treasurer: User, chair: User,
                                            tmp_path: Path) -> None:
    path = march_2566(db, treasurer, chair)
    try:
        for name, period in (("members", None), ("dues-grid", "fy2566"),
                             ("journal", "1/3/2566..31/3/2566"), ("trial-balance", "2566-02"),
                             ("monthly", "ต.ค. 2565"), ("arrears", "31/3/2566"),
                             ("benefits", "2566")):
            args = ["--db", str(path), "export", "report", name, "--out",
                    str(tmp_path / f"{name}.xlsx")]
            assert main(args + (["--period", period] if period else [])) == 0, name
        before = snapshot(db)
        assert main(["--db", str(path), "export", "report", "monthly", "--period", "fy2566",
                     "--out", str(tmp_path / "x.xlsx")]) == 2  # a month is needed
        assert main(["--db", str(path), "export", "report", "members", "--period", "2566",
                     "--out", str(tmp_path / "x.xlsx")]) == 2
        assert main(["--db", str(path), "export", "report", "journal", "--period", "abc",
                     "--out", str(tmp_path / "x.xlsx")]) == 2
        assert snapshot(db) == before and not (tmp_path / "x.xlsx").exists()
    finally:
        Database.open(path)
    grid = load_workbook(tmp_path / "dues-grid.xlsx").active
    assert grid["A3"].value == "ปีบัญชี 2566"
    assert [c.value for c in grid[4]][2:5] == ["ต.ค. 65", "พ.ย. 65", "ธ.ค. 65"]
    assert [c.value for c in grid[4]][-2:] == ["ก.ย. 66", "ยอดค้าง"]
    journal = load_workbook(tmp_path / "journal.xlsx").active
    assert journal["A3"].value == "1 มีนาคม 2566 ถึง 31 มีนาคม 2566"
    days = [r[0] for r in journal.iter_rows(min_row=5, values_only=True)]
    assert days and all(datetime(2023, 3, 1) <= d <= datetime(2023, 3, 31) for d in days)
    tb = load_workbook(tmp_path / "trial-balance.xlsx").active
    totals = next(row for row in tb.iter_rows(values_only=True) if row[1] == "รวม")
    assert totals[2] == totals[3] == 1000  # as of 28 ก.พ. 2566: the February dues only
    benefits = load_workbook(tmp_path / "benefits.xlsx").active
    assert benefits["A3"].value == "1 มกราคม 2566 ถึง 31 ธันวาคม 2566"
    assert [c.value for c in benefits[5]][1:] == [1, 1, 400]
