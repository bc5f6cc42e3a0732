"""The issue's "done when", through the screens: register a member, take a month's
dues, pay an approved death benefit, close the month; then close the app and find
everything there and verified."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from tests.ui.conftest import Dialogs, press, settle, type_text
from welfare_desk.db.database import Database
from welfare_desk.ledger.accounts import GrantSource
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.services.check import check_database
from welfare_desk.services.grants import GrantForm, record_grant
from welfare_desk.ui.dialogs.books_close import CloseDialog
from welfare_desk.ui.dialogs.claim_decide import DecideDialog, PayDialog
from welfare_desk.ui.dialogs.claim_file import FileClaimDialog
from welfare_desk.ui.dialogs.member_form import MemberFormDialog
from welfare_desk.ui.dialogs.member_page import StatusDialog
from welfare_desk.ui.main_window import MainWindow
from welfare_desk.ui.pages.claims import ClaimsPage
from welfare_desk.ui.session import Session

DAY = date.today().replace(day=1) - timedelta(days=10)  # a day of last month


def test_a_treasurers_month_from_registration_to_closing(qtbot, session: Session, session_as,
                                                         dialogs: Dialogs) -> None:
    record_grant(session.db, session.user, GrantForm(
        GrantSource.LOCAL_GOVERNMENT, 2_000_000, DAY.replace(day=1), "1101"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()

    # Register a member (joined three years ago, so past the death benefit's waiting time).
    form = MemberFormDialog(session, window)
    qtbot.addWidget(form)
    type_text(form.first_name, "บุญเรือน")
    type_text(form.last_name, "ทองดี")
    type_text(form.birth_date, "5/3/2495")
    form.joined.set_date(DAY.replace(year=DAY.year - 3))
    form.beneficiaries.add_row()
    form.beneficiaries.setItem(0, 0, QTableWidgetItem("นายสมศักดิ์ ทองดี"))
    form.beneficiaries.setItem(0, 1, QTableWidgetItem("บุตร"))
    form.save()
    assert dialogs.errors == [] and form.saved is not None
    member_no = form.saved.member_no

    # Take a month's dues at the counter: the receipt number appears.
    window.show_page("dues")
    quick = window._pages["dues"].quick
    quick.paid_on.set_date(DAY)
    type_text(quick.picker.edit, str(member_no))
    quick.picker._search(str(member_no))
    press(quick.picker.edit, Qt.Key.Key_Return)
    press(quick.amount, Qt.Key.Key_Return)
    assert dialogs.errors == [] and "1/001" in quick.receipt_number.text()

    # She dies; the death benefit is filed, approved by the chair and paid.
    status = StatusDialog(session, member_no, window)
    qtbot.addWidget(status)
    status.target.setCurrentIndex(status.target.findData(MemberStatus.DECEASED))
    status.on.set_date(DAY)
    type_text(status.reason, "ถึงแก่กรรม")
    status.save()
    claim_form = FileClaimDialog(session, window)
    qtbot.addWidget(claim_form)
    claim_form.picker.edit.setText(str(member_no))
    claim_form.picker._search(str(member_no))
    claim_form.picker.choose()
    claim_form.benefit.setCurrentIndex(claim_form.benefit.findData("death"))
    claim_form.event_date.set_date(DAY)
    claim_form.filed_on.set_date(DAY)
    for box in claim_form.documents:
        box.setChecked(True)
    claim_form.save()
    assert dialogs.errors == [] and claim_form.filed is not None

    chair = session_as("chair")
    chair_page = ClaimsPage(chair)
    qtbot.addWidget(chair_page)
    chair_page.show()
    settle()
    decide = DecideDialog(chair, chair_page.rows[0])
    qtbot.addWidget(decide)
    decide.on.set_date(DAY)
    decide.save()
    assert decide.decided is not None and decide.decided.approved

    window.show_page("claims")
    claims = window._pages["claims"]
    claims.refresh()
    pay = PayDialog(session, claims.rows[0], window)
    qtbot.addWidget(pay)
    pay.on.set_date(DAY)
    pay.save()
    assert dialogs.errors == [] and pay.paid is not None and pay.paid.voucher_no

    # Close the month: the cash counted agrees with the book.
    close = CloseDialog(session, "month", window)
    qtbot.addWidget(close)
    assert close.period.currentData() == (DAY.year, DAY.month)
    close.counts["1101"].setText(close.book["1101"].text())
    close.save()
    assert dialogs.errors == [] and close.closed

    # Close the app; open the file again: everything is there and verifies.
    window.close()
    path: Path = session.db.path
    session.db.close()
    again = Database.open(path)
    try:
        report = check_database(again)
        assert report.ok
        with again.read() as repos:
            fund_id = repos.fund_id()
            member = repos.members.by_no(fund_id, member_no)
            assert member is not None and member.status == MemberStatus.DECEASED
            assert repos.claims.for_member(member.member_id)[0].voucher_no == pay.paid.voucher_no
            assert len(repos.funds.closed_periods(fund_id)) == 1
    finally:
        again.close()
        Database.open(path)  # the fixture closes it at the end
