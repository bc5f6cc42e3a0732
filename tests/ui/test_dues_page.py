"""Taking dues: quick entry with the receipt number, a collection day, a void."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.conftest import add_member, snapshot
from tests.ui.conftest import Dialogs, press, settle, type_text
from welfare_desk.services.reports.members import member_statement
from welfare_desk.ui.pages.dues import DuesPage
from welfare_desk.ui.session import Session


def _page(qtbot, session: Session) -> DuesPage:
    page = DuesPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    return page


def test_quick_entry_takes_the_plan_amount_and_shows_the_receipt_number(
        qtbot, session: Session, treasurer, dialogs: Dialogs) -> None:
    add_member(session.db, treasurer, "สมศรี")
    page = _page(qtbot, session)
    quick = page.quick
    type_text(quick.picker.edit, "สมศ")
    quick.picker._search(quick.picker.edit.text())  # textEdited is for real typing only
    press(quick.picker.edit, Qt.Key.Key_Return)
    assert quick.picker.member is not None and quick.picker.member.member_no == 1
    assert quick.amount.text() == "30.00"  # the M30 plan
    press(quick.amount, Qt.Key.Key_Return)
    assert dialogs.errors == []
    assert "1/001" in quick.receipt_number.text()
    assert "ใบเสร็จ" in quick.receipt_number.text()
    statement = member_statement(session.db, 1, date(2023, 1, 1), date.today())
    assert [r.total for r in statement.receipts] == [3000]
    assert quick.print_button.isEnabled()


def test_quick_entry_by_exact_member_number_in_thai_digits(qtbot, session: Session,
                                                          treasurer) -> None:
    for name in ("สมศรี", "สมหมาย", "สมชาย"):
        add_member(session.db, treasurer, name)
    page = _page(qtbot, session)
    type_text(page.quick.picker.edit, "๒")
    page.quick.picker._search(page.quick.picker.edit.text())
    page.quick.picker.choose()
    assert page.quick.picker.member is not None
    assert page.quick.picker.member.first_name == "สมหมาย"


def test_dues_for_a_lapsed_member_are_refused_and_nothing_changes(
        qtbot, session: Session, treasurer, dialogs: Dialogs) -> None:
    from welfare_desk.ledger.members import MemberStatus
    from welfare_desk.services.members import change_status

    add_member(session.db, treasurer, "สมศรี")
    change_status(session.db, treasurer, 1, MemberStatus.LAPSED, date.today(), "ขาดส่ง")
    page = _page(qtbot, session)
    page.quick.picker.edit.setText("1")
    page.quick.picker._search("1")
    page.quick.picker.choose()
    page.quick.amount.setText("30")
    before = snapshot(session.db)
    page.quick.record()
    assert dialogs.user_errors() and "สมาชิก" in dialogs.user_errors()[0]
    assert snapshot(session.db) == before
    assert page.quick.receipt_number.text() == ""


def test_collection_day_records_every_ticked_member_in_one_go(
        qtbot, session: Session, treasurer, dialogs: Dialogs) -> None:
    for name in ("สมศรี", "บุญมา", "เกษร"):
        add_member(session.db, treasurer, name, village_no=1)
    add_member(session.db, treasurer, "มาลี", village_no=2)
    page = _page(qtbot, session)
    sheet = page.collection
    sheet.village.setCurrentIndex(sheet.village.findData(1))
    sheet.load()
    assert len(sheet.lines) == 3  # village 1 only
    sheet.set_paid(0)
    sheet.set_paid(2)
    assert "60.00" in sheet.total.text()
    sheet.record()
    assert len(dialogs.asked) == 1 and "60.00" in dialogs.asked[0]
    assert dialogs.informed and "1/001" in dialogs.informed[0] and "1/002" in dialogs.informed[0]
    paid = {line.member_no for line in sheet.lines}
    with session.db.read() as repos:
        receipts = [r for n in paid for r in repos.books.member_receipts(
            repos.fund_id(), repos.members.by_no(repos.fund_id(), n).member_id)]
    assert len(receipts) == 2


def test_collection_day_with_a_bad_amount_records_nothing(
        qtbot, session: Session, treasurer, dialogs: Dialogs) -> None:
    add_member(session.db, treasurer, "สมศรี", village_no=1)
    add_member(session.db, treasurer, "บุญมา", village_no=1)
    page = _page(qtbot, session)
    sheet = page.collection
    sheet.village.setCurrentIndex(sheet.village.findData(1))
    sheet.load()
    sheet.set_paid(0)
    sheet.set_paid(1)
    sheet.sheet.item(1, 3).setText("สามสิบ")
    before = snapshot(session.db)
    sheet.record()
    assert dialogs.user_errors() and "สามสิบ" in dialogs.user_errors()[0]
    assert dialogs.asked == []
    assert snapshot(session.db) == before


def test_void_keeps_the_number_and_needs_a_reason(qtbot, session: Session, treasurer,
                                                  dialogs: Dialogs) -> None:
    from welfare_desk.services.dues import take_dues

    add_member(session.db, treasurer, "สมศรี")
    take_dues(session.db, treasurer, 1, 3000, date.today())
    page = _page(qtbot, session)
    void = page.void
    void.number.setText("1/001")
    before = snapshot(session.db)
    void.void()  # no reason
    assert dialogs.user_errors() and snapshot(session.db) == before
    type_text(void.reason, "เขียนผิดคน")
    void.void()
    with session.db.read() as repos:
        receipt = repos.books.receipt_by_number(repos.fund_id(), 1, 1)
    assert receipt is not None and receipt.voided and receipt.void_reason == "เขียนผิดคน"


def test_auditor_cannot_take_dues(qtbot, session_as) -> None:
    page = _page(qtbot, session_as("auditor"))
    assert not page.quick.record_button.isEnabled()
    assert not page.collection.confirm_button.isEnabled()
    assert not page.void.void_button.isEnabled()
