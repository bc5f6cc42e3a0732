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
