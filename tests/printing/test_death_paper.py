"""A4 on paper: the voucher and the claim form of a death benefit name the
beneficiary or heir, not the member who died."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.printing.conftest import pdf_text
from tests.services.test_death_payee import SON, WIFE, _approved
from welfare_desk.db.database import Database
from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.fund import User
from welfare_desk.printing.claim_form import write_claim_form
from welfare_desk.printing.voucher import write_voucher
from welfare_desk.services.claims import pay_claim
from welfare_desk.services.paper import claim_for_paper, voucher_for_paper

TH = get_translator("th")


def test_voucher_and_claim_form_of_a_death_benefit(db: Database, treasurer: User, chair: User,
                                                   tmp_path: Path) -> None:
    claim_no = _approved(db, treasurer, chair, beneficiaries=(WIFE, SON))
    form = tmp_path / "claim.pdf"
    write_claim_form(form, *claim_for_paper(db, claim_no), TH)
    text = " ".join(pdf_text(form).split())
    assert f"({WIFE.name})" in text and "ผู้รับผลประโยชน์/ทายาท" in text
    assert "(นายวิชัย อ่อนศรี)" not in text  # the member who died signs nothing
    paid = pay_claim(db, treasurer, claim_no, date(2024, 3, 21))
    voucher = tmp_path / "voucher.pdf"
    write_voucher(voucher, *voucher_for_paper(db, paid.voucher_no or ""), TH)
    text = " ".join(pdf_text(voucher).split())
    assert f"จ่ายให้ {WIFE.name}" in text and "คู่สมรส" in text
    assert f"({WIFE.name})" in text and "(นายวิชัย อ่อนศรี)" not in text
    assert "นายวิชัย อ่อนศรี" in text and "ถึงแก่กรรม" in text


def test_the_claim_form_leaves_the_heir_to_write_their_name(db: Database, treasurer: User,
                                                            chair: User, tmp_path: Path) -> None:
    claim_no = _approved(db, treasurer, chair)
    form = tmp_path / "claim.pdf"
    write_claim_form(form, *claim_for_paper(db, claim_no), TH)
    text = " ".join(pdf_text(form).split())
    assert "ผู้รับผลประโยชน์/ทายาท" in text and "(นายวิชัย อ่อนศรี)" not in text
