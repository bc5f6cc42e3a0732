"""CODI's status figures count a closed year's dues (its closing entry is not income)."""

from __future__ import annotations

from datetime import date

from tests.conftest import add_member
from welfare_desk.db.database import Database
from welfare_desk.services.books import Count, close_year
from welfare_desk.services.dues import take_dues
from welfare_desk.services.reports.codi import codi_status


def test_dues_of_a_closed_fiscal_year_are_still_counted(db: Database, treasurer) -> None:
    add_member(db, treasurer, joined=date(2023, 1, 5))
    take_dues(db, treasurer, 1, 3000, date(2024, 3, 1))  # fiscal year ending Sep 2024
    before = codi_status(db, 2024).money_by_source_year["dues"]
    close_year(db, treasurer, 2024, [Count("1101", 3000)])
    after = codi_status(db, 2024)
    assert before == after.money_by_source_year["dues"] == 3000
    assert after.money_by_source_total["dues"] == 3000


def test_entry_fees_are_counted_by_source_and_in_the_total(db: Database, treasurer) -> None:
    """A5: entry fees come in on receipts (account 4102), not as grants."""
    from welfare_desk.ledger.accounts import GrantSource
    from welfare_desk.services.dues import void_receipt
    from welfare_desk.services.grants import GrantForm, record_grant

    add_member(db, treasurer, joined=date(2023, 1, 5), entry_fee=2000)  # FY 2023
    add_member(db, treasurer, "สมหมาย", joined=date(2024, 2, 1), entry_fee=2000)  # FY 2024
    add_member(db, treasurer, "สมใจ", joined=date(2024, 2, 2), entry_fee=2000)
    book, number, _on = next(r for r in _receipts(db) if r[2] == date(2024, 2, 2))
    void_receipt(db, treasurer, book, number, "เขียนผิด", date(2024, 2, 2))
    take_dues(db, treasurer, 1, 3000, date(2024, 3, 1))
    record_grant(db, treasurer, GrantForm(GrantSource.DONATION, 50000, date(2024, 4, 1)))
    codi = codi_status(db, 2024)
    assert codi.money_by_source_year["entry_fee"] == 2000
    assert codi.money_by_source_total["entry_fee"] == 4000
    # The form's total is every receipt of the year, as the receipts-and-payments says.
    assert sum(codi.money_by_source_year.values()) == 3000 + 2000 + 50000
    assert sum(codi.money_by_source_year.values()) == codi.receipts_payments.total_receipts


def _receipts(db: Database) -> list[tuple[int, int, date]]:
    with db.read() as repos:
        fund_id = repos.fund_id()
        return [(r.book_no, r.number_in_book, r.issued_on)
                for s in repos.books.receipt_seqs_between(fund_id, date(2000, 1, 1),
                                                          date(2100, 1, 1))
                if (r := repos.books.receipt_by_seq(fund_id, s)) is not None]
