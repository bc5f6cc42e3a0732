"""Account book page: journal and cash book, manual entry with the live balance check,
transfer, reversal, closing a month or year after the cash count, reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.conftest import add_member, snapshot
from tests.ui.conftest import Dialogs, settle, type_text
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.journal import EntrySource, Posting
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.services.books import Count, close_month, post_manual_entry, reverse_entry
from welfare_desk.services.dues import take_dues
from welfare_desk.services.reports.books import trial_balance
from welfare_desk.ui.dialogs.books_close import CloseDialog, ReopenDialog
from welfare_desk.ui.dialogs.books_entry import CREDIT, DEBIT, ManualEntryDialog
from welfare_desk.ui.dialogs.books_transfer import ReverseDialog, TransferDialog
from welfare_desk.ui.pages.books import BooksPage
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr

TODAY = date.today()
LAST_MONTH_DAY = TODAY.replace(day=1) - timedelta(days=20)  # a day of the previous month


def _balances(session: Session) -> dict[str, int]:
    return {line.code: line.balance for line in trial_balance(session.db).lines}


def _page(qtbot, session: Session) -> BooksPage:
    page = BooksPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    return page


def _dues(session: Session, treasurer: User, amount: int, on: date = TODAY) -> str:
    no = add_member(session.db, treasurer)
    take_dues(session.db, treasurer, no, amount, on)
    with session.db.read() as repos:
        return next(e.number for e in repos.books.entries(repos.fund_id())
                    if e.source == EntrySource.RECEIPT)


def test_journal_and_cash_book_show_a_dues_receipt(qtbot, session: Session,
                                                   treasurer: User) -> None:
    number = _dues(session, treasurer, 100000)
    page = _page(qtbot, session)
    rows = page.journal.rows
    assert rows[0][1] == number and rows[0][4] == "1101 เงินสด" and rows[0][5] == "1,000.00"
    assert rows[1][4].startswith("4101") and rows[1][6] == "1,000.00"
    assert "1,000.00" in page.journal_summary.text()
    assert page.period_state.text() == tr("Open for entries")
    book = page.money.rows
    # E13: the period's totals in a row of their own, then the balance carried forward.
    assert [r[5] for r in book] == ["0.00", "1,000.00", "", "1,000.00"]
    assert book[1][1] == number and book[1][3] == "1,000.00"
    assert book[2][2] == tr("Total") and book[2][3:5] == ("1,000.00", "0.00")
    assert book[3][2] == tr("Carried forward") and book[3][3:5] == ("", "")
    page.account.setCurrentIndex(page.account.findData("1111"))
    assert [r[5] for r in page.money.rows] == ["0.00", "", "0.00"]


def test_manual_entry_saves_only_when_balanced(qtbot, session: Session, treasurer: User,
                                               dialogs: Dialogs) -> None:
    _dues(session, treasurer, 100000)
    dialog = ManualEntryDialog(session)
    qtbot.addWidget(dialog)
    type_text(dialog.description, "ค่าเครื่องเขียน")
    dialog.lines.set_line(0, "5202")
    type_text(dialog.lines.money(0, DEBIT), "500")
    dialog.lines.set_line(1, "1101")
    type_text(dialog.lines.money(1, CREDIT), "400")
    assert not dialog.save_button.isEnabled()
    assert "100.00" in dialog.balance.text()
    before = snapshot(session.db)
    dialog.save()  # Enter on a disabled Save does nothing
    assert snapshot(session.db) == before
    dialog.lines.money(1, CREDIT).clear()
    type_text(dialog.lines.money(1, CREDIT), "500")
    assert dialog.save_button.isEnabled()
    type_text(dialog.lines.money(2, DEBIT), "1")  # an amount without an account
    assert not dialog.save_button.isEnabled() and "3" in dialog.balance.text()
    dialog.lines.money(2, DEBIT).clear()
    dialog.save()
    assert dialogs.errors == []
    assert dialog.saved_number is not None
    assert _balances(session)["5202"] == 50000 and _balances(session)["1101"] == 50000


def test_transfer_moves_cash_to_the_bank(qtbot, session: Session, treasurer: User,
                                         dialogs: Dialogs) -> None:
    _dues(session, treasurer, 100000)
    dialog = TransferDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.source.currentData() == "1101" and dialog.target.currentData() == "1111"
    type_text(dialog.amount, "600")
    dialog.save()
    assert dialogs.errors == [] and dialog.saved_number
    assert _balances(session)["1111"] == 60000 and _balances(session)["1101"] == 40000


def test_reversal_needs_a_reason_and_marks_the_original(qtbot, session: Session,
                                                        treasurer: User,
                                                        dialogs: Dialogs) -> None:
    _dues(session, treasurer, 100000)
    number = post_manual_entry(session.db, treasurer, TODAY, "ค่าวัสดุ",
                               [Posting("5202", 5000), Posting("1101", -5000)])
    page = _page(qtbot, session)
    page.journal_view.selectRow(page.journal.keys.index(number))
    entry = page.selected_entry()
    assert entry is not None and entry.number == number
    dialog = ReverseDialog(session, entry, page)
    qtbot.addWidget(dialog)
    before = snapshot(session.db)
    dialog.save()  # no reason
    assert dialogs.user_errors() and snapshot(session.db) == before
    type_text(dialog.reason, "ลงบัญชีผิด")
    dialog.save()
    assert dialog.saved_number and dialog.saved_number != number
    assert _balances(session).get("5202", 0) == 0
    settle()  # the page reloads after session.saved()
    row = page.journal.keys.index(number)
    assert page.journal.rows[row][3] == tr("{source} · reversed", source=tr("manual entry"))
    assert dialog.saved_number in page.journal.keys


def test_a_receipt_entry_is_not_offered_for_reversal(qtbot, session: Session,
                                                     treasurer: User, dialogs: Dialogs) -> None:
    number = _dues(session, treasurer, 100000)
    page = _page(qtbot, session)
    page.journal_view.selectRow(0)
    before = snapshot(session.db)
    page.reverse()
    assert dialogs.informed and number in dialogs.informed[0]
    assert snapshot(session.db) == before


def test_close_month_with_the_right_count_then_its_days_are_locked(
        qtbot, session: Session, treasurer: User, dialogs: Dialogs) -> None:
    _dues(session, treasurer, 3000, LAST_MONTH_DAY)
    dialog = CloseDialog(session, "month")
    qtbot.addWidget(dialog)
    assert dialog.period.currentData() == (LAST_MONTH_DAY.year, LAST_MONTH_DAY.month)
    assert dialog.book["1101"].text() == "30.00"
    type_text(dialog.counts["1101"], "30")
    assert dialog.differences["1101"].text() == tr("agrees")
    dialog.save()
    assert dialogs.errors == [] and dialog.closed and dialogs.asked
    with session.db.read() as repos:
        assert len(repos.funds.closed_periods(repos.fund_id())) == 1
    page = _page(qtbot, session)
    page.month.set_value(LAST_MONTH_DAY.year, LAST_MONTH_DAY.month)
    settle()
    assert "🔒" in page.period_state.text()
    before = snapshot(session.db)
    entry = ManualEntryDialog(session, LAST_MONTH_DAY)
    qtbot.addWidget(entry)
    type_text(entry.description, "ค่าเดินทาง")
    entry.lines.set_line(0, "5203", debit=1000)
    entry.lines.set_line(1, "1101", credit=1000)
    assert entry.save_button.isEnabled()
    entry.save()
    assert dialogs.user_errors() and entry.saved_number is None
    assert snapshot(session.db) == before


def test_a_wrong_cash_count_is_refused_with_nothing_changed(
        qtbot, session: Session, treasurer: User, dialogs: Dialogs) -> None:
    _dues(session, treasurer, 3000, LAST_MONTH_DAY)
    dialog = CloseDialog(session, "month")
    qtbot.addWidget(dialog)
    type_text(dialog.counts["1101"], "20")
    assert "-10.00" in dialog.differences["1101"].text()
    before = snapshot(session.db)
    dialog.save()
    assert not dialog.closed
    assert dialogs.user_errors() and "1101" in dialogs.user_errors()[0]
    assert snapshot(session.db) == before


def test_close_a_fiscal_year(qtbot, session: Session, treasurer: User,
                             dialogs: Dialogs) -> None:
    year = fiscal_year_of(TODAY) - 1
    _dues(session, treasurer, 36500, date(year, 5, 10))
    dialog = CloseDialog(session, "year")
    qtbot.addWidget(dialog)
    assert dialog.period.currentData() == year
    type_text(dialog.counts["1101"], "365")
    dialog.save()
    settle()
    assert dialogs.errors == [] and dialog.closed
    balances = _balances(session)
    assert balances["4101"] == 0 and balances["3201"] == -36500


def test_the_chair_reopens_what_the_treasurer_closed(
        qtbot, session: Session, session_as: Callable[[str], Session], treasurer: User,
        dialogs: Dialogs) -> None:
    _dues(session, treasurer, 3000, LAST_MONTH_DAY)
    close_month(session.db, treasurer, LAST_MONTH_DAY.year, LAST_MONTH_DAY.month,
                [Count("1101", 3000)])
    page = _page(qtbot, session)
    assert not page.reopen_button.isEnabled()  # the treasurer may not reopen
    chair = session_as("chair")
    chair_page = _page(qtbot, chair)
    assert chair_page.reopen_button.isEnabled()
    dialog = ReopenDialog(chair)
    qtbot.addWidget(dialog)
    assert dialog.model.rows[0][3] == "เหรัญญิก"  # the display name, not the login
    before = snapshot(chair.db)
    dialog.save()  # no reason
    assert dialogs.user_errors() and snapshot(chair.db) == before
    type_text(dialog.reason, "ลืมบันทึกใบเสร็จ")
    dialog.save()
    assert dialog.reopened
    with chair.db.read() as repos:
        assert repos.funds.closed_periods(repos.fund_id()) == []


def test_who_closed_a_period_cannot_reopen_it(qtbot, session_as: Callable[[str], Session],
                                              treasurer: User, dialogs: Dialogs) -> None:
    chair = session_as("chair")
    _dues(chair, treasurer, 3000, LAST_MONTH_DAY)
    close_month(chair.db, chair.user, LAST_MONTH_DAY.year, LAST_MONTH_DAY.month,
                [Count("1101", 3000)])
    dialog = ReopenDialog(chair)
    qtbot.addWidget(dialog)
    type_text(dialog.reason, "แก้ไข")
    before = snapshot(chair.db)
    dialog.save()
    assert not dialog.reopened and dialogs.user_errors()
    assert snapshot(chair.db) == before


def test_the_auditor_only_reads(qtbot, session_as: Callable[[str], Session],
                                treasurer: User, dialogs: Dialogs) -> None:
    auditor = session_as("auditor")
    number = post_manual_entry(auditor.db, treasurer, TODAY, "ค่าวัสดุ",
                               [Posting("5202", 5000), Posting("1101", -5000)])
    page = _page(qtbot, auditor)
    assert page.journal.keys.count(number) == 2
    for button in (page.new_button, page.transfer_button, page.reverse_button,
                   page.close_month_button, page.close_year_button, page.reopen_button):
        assert not button.isEnabled()
    dialog = ManualEntryDialog(auditor)
    qtbot.addWidget(dialog)
    type_text(dialog.description, "x")
    dialog.lines.set_line(0, "5202", debit=100)
    dialog.lines.set_line(1, "1101", credit=100)
    assert not dialog.save_button.isEnabled()
    before = snapshot(auditor.db)
    with pytest.raises(UserError):
        reverse_entry(auditor.db, auditor.user, number, TODAY, "x")
    assert snapshot(auditor.db) == before
