"""Members page: search as you type with Thai input, filters, registering a member."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.conftest import add_member, snapshot
from tests.ui.conftest import Dialogs, press, settle, type_text
from welfare_desk.ui.dialogs.member_form import MemberFormDialog
from welfare_desk.ui.pages.members import MembersPage
from welfare_desk.ui.session import Session


def test_search_as_you_type_finds_thai_name_fragment_number_and_id(qtbot, session: Session,
                                                                   treasurer) -> None:
    add_member(session.db, treasurer, "สมศรี")
    add_member(session.db, treasurer, "บุญมา", national_id="1101700207030")
    add_member(session.db, treasurer, "เกษร")
    page = MembersPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    assert len(page.model.rows) == 3
    # Thai dictionary order skips the leading vowel: เกษร sorts under ก, first.
    assert next(r.name for r in page.model.rows).endswith("เกษร ใจดี")

    type_text(page.search, "บุญ")
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    assert page.model.rows[0].name == "นางบุญมา ใจดี"

    page.search.clear()
    type_text(page.search, "0207")
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows] == ["นางบุญมา ใจดี"])

    page.search.clear()
    type_text(page.search, "๓")  # Thai digit: member no. 3
    qtbot.waitUntil(lambda: [r.member_no for r in page.model.rows] == [3])


def test_register_member_with_thai_input_and_be_dates(qtbot, session: Session,
                                                      dialogs: Dialogs) -> None:
    form = MemberFormDialog(session)
    qtbot.addWidget(form)
    type_text(form.first_name, "ประยุทธ")
    type_text(form.last_name, "มั่นคง")
    type_text(form.birth_date, "12/5/2503")
    form.national_id.setText("1-1017-00207-03-0")
    form.joined.set_date(date(2024, 1, 2))
    form.save()
    assert dialogs.errors == []
    assert form.saved is not None
    member = form.saved
    assert member.first_name == "ประยุทธ" and member.birth_date == date(1960, 5, 12)
    assert member.national_id == "1101700207030"


def test_wrong_check_digit_shows_live_and_refuses_without_writing(qtbot, session: Session,
                                                                 dialogs: Dialogs) -> None:
    form = MemberFormDialog(session)
    qtbot.addWidget(form)
    type_text(form.first_name, "สมชาย")
    type_text(form.last_name, "ดีใจ")
    type_text(form.national_id, "1101700207031")
    assert not form.national_id.is_valid()
    assert "ตรวจสอบ" in form.national_id.toolTip() or form.national_id.toolTip()
    before = snapshot(session.db)
    form.save()
    assert form.saved is None
    assert dialogs.user_errors() and "1101700207031" in dialogs.user_errors()[0]
    assert snapshot(session.db) == before


def test_filters_by_status_and_village(qtbot, session: Session, treasurer) -> None:
    add_member(session.db, treasurer, "สมศรี", village_no=1)
    add_member(session.db, treasurer, "บุญมา", village_no=2)
    page = MembersPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    page.village.setCurrentIndex(page.village.findData(2))
    assert [r.name for r in page.model.rows] == ["นางบุญมา ใจดี"]
    press(page.table, Qt.Key.Key_Down)


def test_correcting_a_member_from_their_page(qtbot, session: Session, treasurer,
                                             dialogs: Dialogs) -> None:
    from welfare_desk.ui.dialogs.member_page import MemberDialog

    add_member(session.db, treasurer, "สมศรี", national_id="1101700207030")
    page = MemberDialog(session, 1)
    qtbot.addWidget(page)
    form = MemberFormDialog(session, page, page_member(session, 1))
    qtbot.addWidget(form)
    assert form.first_name.text() == "สมศรี" and not form.joined.isEnabled()
    form.last_name.clear()
    type_text(form.last_name, "ใจงาม")
    form.save()
    assert dialogs.errors == [] and form.saved is not None
    assert form.saved.last_name == "ใจงาม" and form.saved.national_id == "1101700207030"
    page.load()
    assert "ใจงาม" in page.title_label.text()


def page_member(session: Session, no: int):
    with session.db.read() as repos:
        return repos.members.by_no(repos.fund_id(), no)
