"""Benefits: file a death claim, see the reasons, approve as the chair, pay it."""

from __future__ import annotations

from datetime import date, timedelta

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

    # The treasurer pays it with a payment voucher.
    page.refresh()
    pay = PayDialog(session, page.rows[0])
    qtbot.addWidget(pay)
    pay.save()
    assert dialogs.errors == [], dialogs.user_errors()
    assert pay.paid is not None and pay.paid.voucher_no
    assert dialogs.informed and pay.paid.voucher_no in dialogs.informed[-1]


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
