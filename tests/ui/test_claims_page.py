"""Benefits: file a death claim, see the reasons, approve as the chair, pay it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel

from tests.conftest import add_member, snapshot
from tests.ui.conftest import Dialogs, settle, type_text
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.services.members import change_status
from welfare_desk.ui.dialogs.claim_decide import DecideDialog, PayDialog
from welfare_desk.ui.dialogs.claim_file import FileClaimDialog
from welfare_desk.ui.pages.claims import ClaimsPage
from welfare_desk.ui.session import Session


def _file_death_claim(qtbot, session: Session, member_no: int, died: date) -> FileClaimDialog:
    dialog = FileClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.picker.edit.setText(str(member_no))
    dialog.picker._search(str(member_no))
    dialog.picker.choose()
    dialog.benefit.setCurrentIndex(dialog.benefit.findData("death"))
    dialog.event_date.set_date(died)
    for box in dialog.documents:
        box.setChecked(True)
    dialog.save()
    return dialog


def test_death_benefit_filed_approved_by_the_chair_and_paid(qtbot, session: Session,
                                                            session_as, treasurer,
                                                            dialogs: Dialogs) -> None:
    add_member(session.db, treasurer, "สมศรี", joined=date(2020, 3, 1))
    died = date.today() - timedelta(days=3)
    change_status(session.db, treasurer, 1, MemberStatus.DECEASED, died, "ถึงแก่กรรม")

    filed = _file_death_claim(qtbot, session, 1, died)
    assert dialogs.errors == [], dialogs.user_errors()
    assert filed.filed is not None
    assert filed.documents and filed.filed.assessment["reasons"]

    # The chair sees it waiting, with every reason and clause, and approves it.
    chair = session_as("chair")
    page = ClaimsPage(chair)
    qtbot.addWidget(page)
    page.show()
    settle()
    assert [r.claim.claim_no for r in page.rows] == [filed.filed.claim_no]
    assert "ข้อ" in page.detail.toPlainText()
    decide = DecideDialog(chair, page.rows[0])
    qtbot.addWidget(decide)
    type_text(decide.meeting, "5/2569")
    decide.save()
    assert decide.decided is not None and decide.decided.approved
    assessed = int(filed.filed.assessment["amount"])
    assert decide.decided.approved_amount == assessed

    # The decision shows who decided by the name people know (A9), not the login.
    page.refresh()
    settle()
    shown = page.detail.toPlainText().replace("\u200b", "")
    assert "โดย ประธาน" in shown and "chair" not in shown

    # The treasurer pays it with a payment voucher: the member named no beneficiary,
    # so the heir's name must be typed (never the member who died).
    pay = PayDialog(session, page.rows[0])
    qtbot.addWidget(pay)
    assert pay.payee.text() == ""
    before = snapshot(session.db)
    pay.save()
    assert pay.paid is None and dialogs.user_errors()
    assert snapshot(session.db) == before
    dialogs.errors.clear()
    type_text(pay.payee, "นายปิยะ ใจดี")
    pay.save()
    assert dialogs.errors == [], dialogs.user_errors()
    assert pay.paid is not None and pay.paid.voucher_no
    assert dialogs.informed and pay.paid.voucher_no in dialogs.informed[-1]


def test_a_death_benefit_is_paid_to_the_beneficiary_by_default(
        qtbot, session: Session, session_as, treasurer, dialogs: Dialogs) -> None:
    from welfare_desk.ledger.members import Beneficiary
    from welfare_desk.services.claims import decide_claim
    from welfare_desk.services.paper import voucher_for_paper

    add_member(session.db, treasurer, "สมศรี", joined=date(2020, 3, 1),
               beneficiaries=(Beneficiary("นายสมชาย ใจดี", "คู่สมรส", "1101700207030"),))
    died = date.today() - timedelta(days=3)
    change_status(session.db, treasurer, 1, MemberStatus.DECEASED, died, "ถึงแก่กรรม")
    filed = _file_death_claim(qtbot, session, 1, died)
    assert filed.filed is not None
    decide_claim(session.db, session_as("chair").user, filed.filed.claim_no, True, "", "5/2569",
                 date.today())
    page = ClaimsPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    pay = PayDialog(session, page.rows[0])
    qtbot.addWidget(pay)
    assert pay.payee.text() == "นายสมชาย ใจดี"
    assert "ผู้รับผลประโยชน์" in " ".join(w.text() for w in pay.findChildren(QLabel))
    pay.save()
    assert pay.paid is not None, dialogs.user_errors()
    _fund, paper = voucher_for_paper(session.db, pay.paid.voucher_no or "")
    assert paper.voucher.payee_name == "นายสมชาย ใจดี"
    assert paper.voucher.payee_national_id == "1101700207030"


def test_the_filer_cannot_decide_their_own_claim(qtbot, session: Session, treasurer,
                                                 session_as, dialogs: Dialogs) -> None:
    add_member(session.db, treasurer, "สมศรี", joined=date(2020, 3, 1))
    chair = session_as("chair")
    died = date.today() - timedelta(days=2)
    change_status(session.db, treasurer, 1, MemberStatus.DECEASED, died, "ถึงแก่กรรม")
    filed = _file_death_claim(qtbot, chair, 1, died)
    assert filed.filed is not None
    page = ClaimsPage(chair)
    qtbot.addWidget(page)
    page.show()
    settle()
    decide = DecideDialog(chair, page.rows[0])
    qtbot.addWidget(decide)
    before = snapshot(session.db)
    decide.save()
    assert decide.decided is None and dialogs.user_errors()
    assert snapshot(session.db) == before


def test_roles_see_only_their_buttons(qtbot, session_as) -> None:
    buttons = {}
    for who in ("treasurer", "chair", "auditor"):
        page = ClaimsPage(session_as(who))
        qtbot.addWidget(page)
        buttons[who] = (page.file_button.isEnabled(), page.decide_button.isEnabled(),
                        page.pay_button.isEnabled())
    assert buttons == {"treasurer": (True, False, True), "chair": (True, True, False),
                       "auditor": (False, False, False)}


def test_numbers_stay_with_their_units_in_the_claim_detail() -> None:
    """D3: "90 / วัน" and "0.00 / บาท…" wrapped apart; no-break spaces keep them."""
    from welfare_desk.ui.thai_wrap import numbers_with_units

    text = numbers_with_units("ครบระยะเวลารอสิทธิ์ 180 วัน ได้รับ 0.00 บาทในปีบัญชีนี้ (ข้อ 13)")
    assert text == ("ครบระยะเวลารอสิทธิ์\u00a0180\u00a0วัน ได้รับ\u00a00.00\u00a0บาทในปีบัญชีนี้ "
                    "(ข้อ\u00a013)")
