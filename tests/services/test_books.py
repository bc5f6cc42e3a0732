from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from tests.conftest import add_member, snapshot
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.journal import Posting
from welfare_desk.services.books import (
    Count,
    assert_balances,
    close_month,
    close_year,
    post_manual_entry,
    reopen_period,
    reverse_entry,
    transfer,
)
from welfare_desk.services.check import check_database
from welfare_desk.services.dues import take_dues
from welfare_desk.services.reports.books import financial_position, trial_balance


def _balances(db: Database) -> dict[str, int]:
    return {line.code: line.balance for line in trial_balance(db).lines}


def test_an_entry_that_does_not_balance_is_refused(db: Database, treasurer: User) -> None:
    before = snapshot(db)
    with pytest.raises(UserError):
        post_manual_entry(db, treasurer, date(2023, 1, 10), "ค่าเครื่องเขียน",
                          [Posting("5202", 50000), Posting("1101", -40000)])
    with pytest.raises(UserError):
        post_manual_entry(db, treasurer, date(2023, 1, 10), "บัญชีไม่มี",
                          [Posting("9999", 50000), Posting("1101", -50000)])
    assert snapshot(db) == before


def test_transfer_reversal_and_counts(db: Database, treasurer: User) -> None:
    no = add_member(db, treasurer)
    take_dues(db, treasurer, no, 100000, date(2023, 1, 10))
    number = transfer(db, treasurer, date(2023, 1, 11), "1101", "1111", 60000)
    assert _balances(db)["1111"] == 60000
    reverse_entry(db, treasurer, number, date(2023, 1, 12), "โอนผิดบัญชี")
    assert _balances(db)["1111"] == 0
    with pytest.raises(UserError):
        reverse_entry(db, treasurer, number, date(2023, 1, 12), "ซ้ำ")
    before = snapshot(db)
    with pytest.raises(UserError, match="difference"):
        assert_balances(db, treasurer, date(2023, 1, 31), [Count("1101", 99000)])
    assert snapshot(db) == before
    assert_balances(db, treasurer, date(2023, 1, 31), [Count("1101", 100000)])
    assert check_database(db).ok


def test_a_closed_month_is_locked_in_the_database(db: Database, treasurer: User,
                                                  chair: User) -> None:
    no = add_member(db, treasurer)
    take_dues(db, treasurer, no, 3000, date(2023, 1, 10))
    with pytest.raises(UserError):  # the count must agree with the book
        close_month(db, treasurer, 2023, 1, [Count("1101", 2000)])
    close_month(db, treasurer, 2023, 1, [Count("1101", 3000)])
    before = snapshot(db)
    with pytest.raises(UserError):
        take_dues(db, treasurer, no, 3000, date(2023, 1, 20))
    assert snapshot(db) == before
    conn = sqlite3.connect(db.path)  # even around the services, the trigger refuses
    with pytest.raises(sqlite3.IntegrityError, match="closed"):
        conn.execute("INSERT INTO journal_entry (id, fund_id, number, entry_date, description,"
                     " source, created_by, created_at) SELECT 'x', id, 'JV-1', '2023-01-15',"
                     " 'x', 'manual', 'x', 'x' FROM fund")
    conn.close()
    with pytest.raises(UserError):  # the one who closed it cannot reopen it
        reopen_period(db, treasurer, date(2023, 1, 1), "แก้ไข")
    with pytest.raises(UserError):
        reopen_period(db, chair, date(2023, 1, 1), "")
    reopen_period(db, chair, date(2023, 1, 1), "ลืมบันทึกใบเสร็จ")
    assert take_dues(db, treasurer, no, 3000, date(2023, 1, 20)).seq == 2
    with db.read() as repos:
        assert repos.funds.closed_periods(repos.fund_id()) == []


def test_year_close_moves_the_result_to_the_fund_balance(db: Database, treasurer: User) -> None:
    no = add_member(db, treasurer, joined=date(2022, 10, 5))
    take_dues(db, treasurer, no, 36500, date(2022, 10, 5))
    post_manual_entry(db, treasurer, date(2023, 3, 1), "ค่าวัสดุ",
                      [Posting("5202", 5000), Posting("1101", -5000)])
    close_year(db, treasurer, 2023, [Count("1101", 36500 - 5000)])
    balances = _balances(db)
    assert balances["4101"] == 0 and balances["5202"] == 0
    assert balances["3201"] == -(36500 - 5000)
    position = financial_position(db, date(2023, 9, 30))
    assert position.total_assets == position.total_liabilities_and_equity
    assert check_database(db).ok
