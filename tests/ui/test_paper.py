"""The interim receipt and voucher PDFs (Qt shapes the Thai; IDs masked on paper)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import add_member
from welfare_desk.ledger.claim_case import ClaimFacts
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.services.claims import decide_claim, file_claim, pay_claim
from welfare_desk.services.dues import take_dues
from welfare_desk.services.members import change_status
from welfare_desk.ui.paper import receipt_html, voucher_html, write_receipt_pdf
from welfare_desk.ui.resources import UI_FONT_FAMILY
from welfare_desk.ui.session import Session


def test_receipt_pdf_has_the_number_total_and_words(session: Session, treasurer,
                                                    tmp_path: Path) -> None:
    add_member(session.db, treasurer, "สมศรี")
    receipt = take_dues(session.db, treasurer, 1, 12050, date.today())
    html = receipt_html(session.fund, receipt)
    assert "1/001" in html and "120.50" in html and "หนึ่งร้อยยี่สิบบาทห้าสิบสตางค์" in html
    path = write_receipt_pdf(session.fund, receipt, tmp_path, UI_FONT_FAMILY)
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "1/001" in text and "120.50" in text


def test_voucher_masks_the_payee_id(session: Session, treasurer, chair) -> None:
    add_member(session.db, treasurer, "สมศรี", joined=date(2020, 1, 5))
    died = date.today() - timedelta(days=2)
    change_status(session.db, treasurer, 1, MemberStatus.DECEASED, died, "ถึงแก่กรรม")
    claim = file_claim(session.db, treasurer, 1, ClaimFacts(
        "death", died, date.today(), None, frozenset({"ใบมรณบัตร",
                                                       "สำเนาทะเบียนบ้านประทับตาย"}), None))
    decide_claim(session.db, chair, claim.claim_no, True, "", "1/2569", date.today())
    paid = pay_claim(session.db, treasurer, claim.claim_no, date.today(),
                     payee_name="นายสมชาย ใจดี", payee_national_id="1101700207030")
    with session.db.read() as repos:
        voucher = repos.claims.voucher(repos.fund_id(), paid.voucher_no or "")
    assert voucher is not None
    html = voucher_html(session.fund, voucher)
    assert "1-1017-xxxxx-xx-0" in html and "1101700207030" not in html
