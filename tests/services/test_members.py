"""Correcting a member's particulars: only changes are recorded, checks as at registration."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import add_member, snapshot
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import Beneficiary, Category
from welfare_desk.services.members import form_of, update_member


def _member(db: Database, no: int):
    with db.read() as repos:
        return repos.members.by_no(repos.fund_id(), no)


def test_a_correction_changes_only_what_differs(db: Database, treasurer) -> None:
    add_member(db, treasurer, "สมศรี", phone="081-000-0000")
    member = _member(db, 1)
    form = replace(form_of(member), last_name="ใจงาม", phone="089-111-2222",
                   categories=frozenset({Category.GENERAL, Category.ELDERLY}),
                   beneficiaries=(Beneficiary("นายสมชาย ใจงาม", "บุตร"),))
    updated = update_member(db, treasurer, 1, form)
    assert (updated.last_name, updated.phone) == ("ใจงาม", "089-111-2222")
    assert updated.categories == {Category.GENERAL, Category.ELDERLY}
    assert [b.name for b in updated.beneficiaries] == ["นายสมชาย ใจงาม"]
    assert updated.joined_on == member.joined_on and updated.first_name == "สมศรี"
    import sqlite3

    with sqlite3.connect(db.path) as conn:
        events = conn.execute("SELECT payload FROM event WHERE kind = 'member.updated'").fetchall()
    assert len(events) == 1 and '"first_name"' not in events[0][0]


def test_a_national_id_of_another_member_is_refused(db: Database, treasurer) -> None:
    add_member(db, treasurer, "สมศรี", national_id="1101700207030")
    add_member(db, treasurer, "บุญมา")
    before = snapshot(db)
    with pytest.raises(UserError):
        update_member(db, treasurer, 2, replace(form_of(_member(db, 2)),
                                                national_id="1101700207030"))
    with pytest.raises(UserError):
        update_member(db, treasurer, 2, form_of(_member(db, 2)))  # nothing changed
    assert snapshot(db) == before
    # The member's own ID is not "another member's".
    update_member(db, treasurer, 1, replace(form_of(_member(db, 1)), phone="02-000-0000"))


def test_the_auditor_cannot_correct(db: Database, treasurer, auditor) -> None:
    add_member(db, treasurer, "สมศรี")
    before = snapshot(db)
    with pytest.raises(UserError):
        update_member(db, auditor, 1, replace(form_of(_member(db, 1)), phone="1"))
    assert snapshot(db) == before
