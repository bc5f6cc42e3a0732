"""Settings page: villages, dues plans, regulation versions, users, language, backup
and "check my data", through the widgets, with the auditor's read-only view."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import snapshot
from tests.ui.conftest import Dialogs, press, settle, type_text
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import Role
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import authenticate, set_village
from welfare_desk.services.regulation import current_regulation
from welfare_desk.ui.dialogs.settings_rule_version import RuleVersionDialog
from welfare_desk.ui.pages.settings import SettingsPage
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr


def open_page(qtbot, session: Session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    return page


def villages(session: Session) -> dict[int, str]:
    with session.db.read() as repos:
        return {v.moo: v.name for v in repos.funds.villages(repos.fund_id())}


def test_adding_and_renaming_a_village(qtbot, session: Session, dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.fund
    assert tab.moo.value() == 4  # the next free number is proposed
    type_text(tab.village_name, "บ้านใหม่พัฒนา")
    press(tab.village_name, Qt.Key.Key_Return)
    assert dialogs.errors == []
    assert villages(session)[4] == "บ้านใหม่พัฒนา"
    assert ("4", "บ้านใหม่พัฒนา") in [tuple(r) for r in tab.village_model.rows]
    assert tab.moo.value() == 5 and tab.village_name.text() == ""

    tab.village_table.selectRow(0)
    tab._village_picked()
    assert (tab.moo.value(), tab.village_name.text()) == (1, "บ้านหนองบัว")
    tab.village_name.clear()
    type_text(tab.village_name, "บ้านหนองบัวทอง")
    tab.save_village_button.click()
    assert villages(session)[1] == "บ้านหนองบัวทอง"


def test_an_empty_village_name_is_refused_and_nothing_changes(qtbot, session: Session,
                                                              dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.fund
    before = snapshot(session.db)
    type_text(tab.village_name, "   ")
    tab.save_village_button.click()
    assert len(dialogs.user_errors()) == 1 and "หมู่ที่" in dialogs.user_errors()[0]
    assert snapshot(session.db) == before


def test_correcting_the_fund_name(qtbot, session: Session, dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.fund
    assert tab.code.text() == "T0001"
    tab.name.clear()
    type_text(tab.name, "กองทุนสวัสดิการชุมชนตำบลทดสอบพัฒนา")
    type_text(tab.founded, "1/5/2553")
    tab.save_profile_button.click()
    assert dialogs.errors == []
    assert session.fund.name == "กองทุนสวัสดิการชุมชนตำบลทดสอบพัฒนา"
    assert session.fund.founded_on == date(2010, 5, 1) and session.fund.code == "T0001"


def test_adding_a_dues_plan(qtbot, session: Session, dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.plans
    type_text(tab.code, "B60")
    type_text(tab.name, "ราย 2 เดือน")
    tab.months.setCurrentIndex(tab.months.findData(2))
    type_text(tab.amount, "60")
    press(tab.amount, Qt.Key.Key_Return)
    assert dialogs.errors == []
    with session.db.read() as repos:
        plan = repos.funds.dues_plans(repos.fund_id())["B60"]
    assert (plan.name, plan.months_per_instalment, plan.amount) == ("ราย 2 เดือน", 2, 6000)
    assert "B60" in tab.model.keys and tab.code.text() == ""


def test_a_plan_amount_of_zero_is_refused_and_nothing_changes(qtbot, session: Session,
                                                             dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.plans
    before = snapshot(session.db)
    type_text(tab.code, "Z0")
    type_text(tab.name, "ศูนย์")
    type_text(tab.amount, "0")
    tab.save_button.click()
    assert len(dialogs.user_errors()) == 1
    assert snapshot(session.db) == before


def test_changing_a_plan_amount_asks_first(qtbot, session: Session, dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.plans
    tab.table.selectRow(tab.model.keys.index("M30"))
    tab._picked()
    assert (tab.code.text(), tab.amount.text()) == ("M30", "30.00")
    tab.amount.clear()
    type_text(tab.amount, "40")
    dialogs.answer = False
    before = snapshot(session.db)
    tab.save_button.click()
    assert len(dialogs.asked) == 1 and "M30" in dialogs.asked[0]
    assert snapshot(session.db) == before


def test_a_new_regulation_version_keeps_the_old_one_readable(qtbot, session: Session,
                                                             dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.regulation
    tab.benefit_table.selectRow(tab.benefit_model.keys.index("sickness"))
    old_count = len(tab.version_model.rows)
    old = current_regulation(session.db).latest("sickness")
    assert old is not None
    dialog = RuleVersionDialog(session, tab.regulation, "sickness", tab)
    qtbot.addWidget(dialog)
    assert dialog.rate.text() == "300.00" and dialog.clause.text() == old.clause
    future = date.today() + timedelta(days=60)
    dialog.effective.set_date(future)
    dialog.rate.clear()
    type_text(dialog.rate, "400")
    type_text(dialog.amendment, "แก้ไขเพิ่มเติมครั้งที่ 2")
    dialog.save()
    assert dialogs.errors == [] and dialog.saved is not None

    new = current_regulation(session.db).latest("sickness")
    assert new is not None and new.version == old.version + 1
    assert new.effective_from == future and new.amount.rate == 40000  # type: ignore[union-attr]
    assert new.cap_per_year == old.cap_per_year  # the rest is carried over
    assert len(tab.version_model.rows) == old_count + 1
    assert tab.version_model.rows[-1][4] == tr(N_("from {date}"),
                                               date=tab.version_model.rows[-1][1])
    # The version in force today is still the old one, and it still reads as it did.
    tab.version_table.selectRow(old_count - 1)
    assert tab.version_model.rows[old_count - 1][4] == tr(N_("in force"))
    assert "300.00" in tab.terms.toPlainText()


def test_a_version_taking_effect_before_the_latest_is_refused(qtbot, session: Session,
                                                              dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.regulation
    before = snapshot(session.db)
    dialog = RuleVersionDialog(session, tab.regulation, "sickness", tab)
    qtbot.addWidget(dialog)
    dialog.effective.set_date(date(2021, 1, 1))
    dialog.save()
    assert len(dialogs.user_errors()) == 1 and dialog.saved is None
    assert snapshot(session.db) == before


def test_adding_a_committee_user(qtbot, session: Session, dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.users
    type_text(tab.username, "somchai")
    type_text(tab.display_name, "นายสมชาย รองประธาน")
    tab.role.setCurrentIndex(tab.role.findData(Role.COMMITTEE.value))
    type_text(tab.password, "abcd1234")
    type_text(tab.again, "abcd1234")
    tab.add_button.click()
    assert dialogs.errors == []
    user = authenticate(session.db, "somchai", "abcd1234")
    assert user.role is Role.COMMITTEE and user.display_name == "นายสมชาย รองประธาน"
    assert "somchai" in tab.model.keys


def test_differing_passwords_add_no_user(qtbot, session: Session, dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.users
    before = snapshot(session.db)
    type_text(tab.username, "somchai")
    type_text(tab.display_name, "สมชาย")
    type_text(tab.password, "abcd1234")
    type_text(tab.again, "abcd9999")
    tab.add_button.click()
    assert len(dialogs.user_errors()) == 1
    assert snapshot(session.db) == before


def test_check_my_data_on_a_fresh_fund_reports_all_is_well(qtbot, session: Session,
                                                           dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.check
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.report is not None)
    settle()
    assert tab.report is not None and tab.report.ok
    assert tab.verdict.text() == tr(N_("The fund's data is correct and complete."))
    shown = tab.sections.toPlainText()
    assert shown.count("✓") == 3 and "✗" not in shown


def test_back_up_writes_a_verified_file_into_the_chosen_folder(qtbot, session: Session,
                                                               dialogs: Dialogs,
                                                               tmp_path: Path) -> None:
    page = open_page(qtbot, session)
    tab = page.backup
    folder = tmp_path / "backups"
    tab.set_folder(folder)
    assert session.settings.backup_folder == folder
    tab.backup_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.informed))
    files = list(folder.glob("*.sqlite"))
    assert len(files) == 1
    assert str(files[0]) in dialogs.informed[0] and str(files[0]) in tab.result.text()
    assert tab.model.rows[0][0] == files[0].name


def test_back_up_without_a_folder_asks_for_one(qtbot, session: Session,
                                               dialogs: Dialogs) -> None:
    page = open_page(qtbot, session)
    tab = page.backup
    tab.backup_button.click()
    assert len(dialogs.user_errors()) == 1


def test_choosing_english_is_remembered_and_announced(qtbot, session: Session) -> None:
    page = open_page(qtbot, session)
    tab = page.language
    assert tab.radios["th"].isChecked()
    tab.radios["en"].setChecked(True)
    with qtbot.waitSignal(session.language_chosen) as signal:
        tab.apply_button.click()
    assert signal.args == ["en"] and session.settings.language == "en"


def test_the_auditor_sees_settings_read_only(qtbot, session_as, dialogs: Dialogs,
                                             tmp_path: Path) -> None:
    session = session_as("auditor")
    page = open_page(qtbot, session)
    for button in (page.fund.save_profile_button, page.fund.save_village_button,
                   page.plans.save_button, page.regulation.new_button, page.users.add_button):
        assert not button.isEnabled()
    assert page.fund.name.isReadOnly()
    assert page.backup.backup_button.isEnabled() and page.check.check_button.isEnabled()
    assert len(page.fund.village_model.rows) == 3  # but may read everything
    before = snapshot(session.db)
    page.fund.village_name.setText("บ้านแอบแก้")
    page.fund.save_village()  # e.g. the Enter key: ignored
    with pytest.raises(UserError):
        set_village(session.db, session.user, 1, "บ้านแอบแก้")
    assert snapshot(session.db) == before
    page.backup.set_folder(tmp_path / "auditor-backups")
    page.backup.back_up_now()
    qtbot.waitUntil(lambda: bool(dialogs.informed))
    assert list((tmp_path / "auditor-backups").glob("*.sqlite"))


def test_changing_ones_own_password_from_settings(qtbot, session: Session,
                                                  dialogs: Dialogs) -> None:
    from welfare_desk.services.funds import authenticate
    from welfare_desk.ui.dialogs.settings_password import PasswordDialog

    dialog = PasswordDialog(session, "treasurer")
    qtbot.addWidget(dialog)
    dialog.new.setText("lamphun1")
    dialog.again.setText("lamphun2")
    dialog.save()
    assert not dialog.done_ and dialogs.user_errors()
    dialog.again.setText("lamphun1")
    dialog.save()
    assert dialog.done_
    assert authenticate(session.db, "treasurer", "lamphun1").username == "treasurer"
