"""Each document as a reader checks it: its text from pdftotext, its pages, its QR codes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import add_member
from tests.printing.conftest import pdf_pages, pdf_png, pdf_text
from welfare_desk.cli.main import main
from welfare_desk.db.database import Database
from welfare_desk.i18n.catalog import get_translator
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.printing.cards import write_cards
from welfare_desk.printing.monthly import write_monthly
from welfare_desk.printing.receipts import write_receipts
from welfare_desk.printing.statement import write_statement
from welfare_desk.services.dues import take_dues, void_receipt
from welfare_desk.services.funds import fund_profile
from welfare_desk.services.paper import cards_for_paper, receipts_for_paper
from welfare_desk.services.reports.codi import monthly_report
from welfare_desk.services.reports.members import member_statement

TH = get_translator("th")
TODAY = date.today()


def test_receipt_original_and_copy_with_the_amount_in_words(db: Database, treasurer,
                                                           tmp_path: Path) -> None:
    add_member(db, treasurer, "สมศรี", national_id="1101700207030")
    take_dues(db, treasurer, 1, 2100, TODAY)
    fund, papers = receipts_for_paper(db, [(1, 1)])
    out = tmp_path / "receipt.pdf"
    write_receipts(out, fund, papers, TH)
    text = pdf_text(out)
    assert text.count("ใบเสร็จรับเงิน") == 2 and "ต้นฉบับ" in text and "สำเนา" in text
    assert "เล่มที่ 1  เลขที่ 001" in text and "21.00" in text
    assert "(ยี่สิบเอ็ดบาทถ้วน)" in text
    assert "ได้รับเงินจาก นางสมศรี ใจดี (สมาชิกเลขที่ 1)" in text
    assert "1101700207030" not in text  # no ID on a receipt
    assert pdf_png(out, tmp_path / "receipt").stat().st_size > 10_000
    # D14: the treasurer's display name is only the role word: a line to write the name.
    assert text.count("(เหรัญญิก)") == text.count("ผู้รับเงิน (เหรัญญิก)") == 2
    assert text.count("(" + "." * 35 + ")") == 2


def test_a_dues_receipt_says_the_months_it_pays_for(db: Database, treasurer,
                                                     tmp_path: Path) -> None:
    add_member(db, treasurer, joined=date(2023, 1, 5))  # 30 baht a month from January
    take_dues(db, treasurer, 1, 3000, TODAY)
    take_dues(db, treasurer, 1, 7500, TODAY)  # February, March and half of April
    fund, papers = receipts_for_paper(db, [(1, 1), (1, 2)])
    out = tmp_path / "receipts.pdf"
    write_receipts(out, fund, papers, TH)
    text = pdf_text(out)
    assert text.count("เงินสัจจะ (วันละบาท) งวด ม.ค. 2566") == 2
    assert text.count("เงินสัจจะ (วันละบาท) งวด ก.พ. – เม.ย. 2566 (ชำระบางส่วน)") == 2


def test_a_reprint_says_copy_and_a_void_receipt_says_void(db: Database, treasurer,
                                                          tmp_path: Path) -> None:
    add_member(db, treasurer)
    take_dues(db, treasurer, 1, 3000, TODAY)
    void_receipt(db, treasurer, 1, 1, "เขียนผิดคน")
    fund, papers = receipts_for_paper(db, [(1, 1)])
    out = tmp_path / "void.pdf"
    write_receipts(out, fund, papers, TH, reprint=True)
    text = pdf_text(out)
    assert "ต้นฉบับ" not in text and text.count("สำเนา (พิมพ์ซ้ำ)") == 2
    voided_on = format_date(TODAY, "long")
    assert text.count(f"ยกเลิกเมื่อวันที่ {voided_on}: เขียนผิดคน") == 2


def test_cards_ten_to_a_sheet_with_readable_qr_codes(db: Database, treasurer,
                                                     tmp_path: Path) -> None:
    for n in range(11):
        add_member(db, treasurer, f"สมาชิก{n}")
    fund, cards = cards_for_paper(db)
    out = tmp_path / "cards.pdf"
    assert write_cards(out, fund, cards, TH) == 2
    assert pdf_pages(out) == 2
    text = pdf_text(out)
    assert text.count("บัตรประจำตัวสมาชิก") == 11 and "สมาชิกเลขที่ 11" in text
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    assert [_card_qr(out, tmp_path, n) for n in range(10)] == [
        f"WD1:T0001:{n}" for n in range(1, 11)]


def _card_qr(pdf: Path, tmp_path: Path, n: int, dpi: int = 200) -> str:
    """The QR code of the n-th card on the first sheet (zbar reads one image, one code)."""
    from welfare_desk.printing import cards as c

    scale = dpi / 72
    x = c.LEFT + (n % c.COLUMNS) * c.CARD_W
    top = c.PAGE_H - (c.BOTTOM + (c.ROWS - n // c.COLUMNS) * c.CARD_H)
    base = tmp_path / f"card{n}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                    "-x", str(int(x * scale)), "-y", str(int(top * scale)),
                    "-W", str(int(c.CARD_W * scale)), "-H", str(int(c.CARD_H * scale)),
                    str(pdf), str(base)], check=True)
    return subprocess.run(["zbarimg", "-q", "--raw", str(base.with_suffix(".png"))],
                          capture_output=True, text=True).stdout.strip()


def test_monthly_report_balances_and_signatures(db: Database, treasurer, tmp_path: Path) -> None:
    add_member(db, treasurer)
    take_dues(db, treasurer, 1, 3000, TODAY)
    out = tmp_path / "monthly.pdf"
    write_monthly(out, fund_profile(db), monthly_report(db, TODAY.year, TODAY.month), TH)
    text = pdf_text(out)
    assert "รายงานการเงินประจำเดือน" in text and str(TODAY.year + 543) in text
    assert "รวมรายรับ" in text and "30.00" in text
    assert "ประธานกองทุน" in text and "เหรัญญิก" in text


def test_statement_masks_the_id_and_marks_each_month(db: Database, treasurer,
                                                     tmp_path: Path) -> None:
    joined = TODAY - timedelta(days=70)
    add_member(db, treasurer, national_id="1101700207030", joined=joined)
    take_dues(db, treasurer, 1, 3000, TODAY)
    out = tmp_path / "statement.pdf"
    write_statement(out, fund_profile(db), member_statement(db, 1, joined, TODAY), TH)
    text = pdf_text(out)
    assert "1-1017-xxxxx-xx-0" in text and "1101700207030" not in text
    assert "ส่ง" in text and "ขาด" in text


def test_print_commands_write_pdfs(db: Database, treasurer, tmp_path: Path) -> None:
    add_member(db, treasurer)
    take_dues(db, treasurer, 1, 3000, TODAY)
    path = db.path
    db.close()
    try:
        for args in (["cards", "--all"], ["receipt", "--number", "1/001"],
                     ["statement", "--member", "1"],
                     ["monthly", "--month", f"{TODAY:%Y-%m}"]):
            out = tmp_path / f"{args[0]}.pdf"
            assert main(["--db", str(path), "print", *args, "--out", str(out)]) == 0
            assert out.read_bytes().startswith(b"%PDF")
        assert main(["--db", str(path), "print", "receipt", "--number", "9/999",
                     "--out", str(tmp_path / "none.pdf")]) == 2
        assert not (tmp_path / "none.pdf").exists()
    finally:
        Database.open(path)


def test_voucher_masks_the_payee_id_and_cites_the_clause(db: Database, treasurer, chair,
                                                         tmp_path: Path) -> None:
    from welfare_desk.ledger.claim_case import ClaimFacts
    from welfare_desk.ledger.members import MemberStatus
    from welfare_desk.ledger.starter_regulation import DEATH_CERTIFICATE, HOUSE_REGISTRATION_DEAD
    from welfare_desk.printing.voucher import write_voucher
    from welfare_desk.services.claims import decide_claim, file_claim, pay_claim
    from welfare_desk.services.members import change_status
    from welfare_desk.services.paper import voucher_for_paper

    add_member(db, treasurer, "สมศรี", joined=date(2020, 1, 5))
    died = TODAY - timedelta(days=2)
    change_status(db, treasurer, 1, MemberStatus.DECEASED, died, "ถึงแก่กรรม")
    claim = file_claim(db, treasurer, 1, ClaimFacts(
        "death", died, TODAY, None, frozenset({DEATH_CERTIFICATE, HOUSE_REGISTRATION_DEAD}),
        None))
    decide_claim(db, chair, claim.claim_no, True, "", "1/2569", TODAY)
    paid = pay_claim(db, treasurer, claim.claim_no, TODAY, payee_name="นายสมชาย ใจดี",
                     payee_national_id="1101700207030")
    fund, paper = voucher_for_paper(db, paid.voucher_no or "")
    out = tmp_path / "voucher.pdf"
    write_voucher(out, fund, paper, TH)
    text = pdf_text(out)
    assert "ใบสำคัญจ่าย" in text and "จ่ายให้ นายสมชาย ใจดี" in text
    assert "1-1017-xxxxx-xx-0" in text and "1101700207030" not in text
    assert "ข้อ" in text and "บาทถ้วน" in text and "พยาน" in text
    assert "อนุมัติตามมติที่ประชุมคณะกรรมการ: 1/2569" in text
    assert "ผู้อนุมัติ (ประธานกรรมการ)" in text and "ผู้จ่ายเงิน (เหรัญญิก)" in text

    from welfare_desk.printing.claim_form import write_claim_form
    from welfare_desk.services.paper import claim_for_paper

    form = tmp_path / "claim.pdf"
    write_claim_form(form, *claim_for_paper(db, claim.claim_no), TH)
    text = pdf_text(form)
    assert "แบบคำร้องขอรับสวัสดิการ" in text and claim.claim_no in text
    assert "มรณบัตร" in text and "มีสิทธิ์" in text and "มติที่ประชุม: 1/2569" in text
    assert text.count("กรรมการประจำหมู่บ้าน ผู้รับรอง") == 3  # three certify


def test_the_quick_receipt_read_equals_the_full_one(db: Database, treasurer) -> None:
    from welfare_desk.db.sqlite_reader import receipts_for_paper as quick

    add_member(db, treasurer, "สมศรี", entry_fee=2000)
    take_dues(db, treasurer, 1, 3000, TODAY)
    take_dues(db, treasurer, 1, 3000, TODAY)
    void_receipt(db, treasurer, 1, 3, "ซ้ำ")
    numbers = [(1, 1), (1, 2), (1, 3)]
    _fund, papers = receipts_for_paper(db, numbers)
    assert quick(db.path, numbers) == (_fund, papers)
    # 1 is the entry fee alone, 3 is void: only 2 pays for months.
    assert [p.dues_months is not None for p in papers] == [False, True, False]
    with pytest.raises(UserError):
        quick(db.path, [(7, 7)])


def test_codi_form_year_end_pack_and_arrears_list(db: Database, treasurer,
                                                  tmp_path: Path) -> None:
    add_member(db, treasurer, "สมศรี", joined=date(2023, 1, 5), national_id="1101700207030")
    take_dues(db, treasurer, 1, 3000, date(2024, 3, 1))
    year = 2024 + 543
    path = db.path
    db.close()
    try:
        outs = {}
        for name, args in (("codi", ["--year", str(year)]), ("year-end", ["--year", str(year)]),
                           ("arrears", [])):
            outs[name] = tmp_path / f"{name}.pdf"
            assert main(["--db", str(path), "print", name, *args, "--out",
                         str(outs[name])]) == 0
    finally:
        Database.open(path)
    codi = pdf_text(outs["codi"])
    assert "แบบแสดงสถานะกองทุนสวัสดิการชุมชน (พอช.)" in codi and "ปีบัญชี 2567" in codi
    assert "เงินสัจจะจากสมาชิก" in codi and "30.00" in codi
    assert "สมาชิกทั้งหมด" in codi and "ผ่าน" in codi
    year_end = pdf_text(outs["year-end"])
    assert "รายงานประจำปีต่อที่ประชุมใหญ่สามัญประจำปี" in year_end and "ผู้ตรวจสอบ" in year_end
    arrears = pdf_text(outs["arrears"])
    assert "นางสมศรี ใจดี" in arrears and "ค้างส่ง 1 คน" in arrears
    assert "1101700207030" not in arrears


def test_codi_form_prints_the_entry_fees_and_a_total_with_them(db: Database, treasurer,
                                                               tmp_path: Path) -> None:
    """A5: the entry fees of the year are on the form and in its total."""
    import re

    from welfare_desk.printing.codi import write_codi_status
    from welfare_desk.services.reports.codi import codi_status

    add_member(db, treasurer, "สมศรี", joined=date(2024, 2, 1), entry_fee=2000)
    take_dues(db, treasurer, 1, 3000, date(2024, 3, 1))
    out = tmp_path / "codi.pdf"
    write_codi_status(out, fund_profile(db), codi_status(db, 2024), {1: "บ้านหนองบัว"}, TH)
    lines = pdf_text(out, layout=True).splitlines()
    fee = next(line for line in lines if "ค่าสมัคร" in line)
    assert re.findall(r"\d[\d,]*\.\d\d", fee) == ["20.00", "20.00"]
    total = next(line for line in lines if line.split()[:1] == ["รวม"])
    assert re.findall(r"\d[\d,]*\.\d\d", total) == ["50.00", "50.00"]
