"""Correcting the fund's profile: name and address only, recorded as one event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import snapshot
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.services.funds import ProfileChange, fund_profile, update_fund_profile


def test_correcting_the_name_and_founding_date_keeps_the_code(db: Database,
                                                              treasurer: User) -> None:
    change = ProfileChange("กองทุนสวัสดิการชุมชนตำบลทดสอบใหม่", "ทดสอบ", "เมือง", "ลำพูน",
                           date(2010, 5, 1))
    profile = update_fund_profile(db, treasurer, change)
    assert profile.name.endswith("ทดสอบใหม่") and profile.founded_on == date(2010, 5, 1)
    assert profile.code == "T0001"
    assert fund_profile(db) == profile
    assert db.run_checks()[0]["chain"] == []


def test_nothing_changed_records_nothing(db: Database, treasurer: User) -> None:
    old = fund_profile(db)
    before = snapshot(db)
    update_fund_profile(db, treasurer, ProfileChange(old.name, old.tambon, old.amphoe,
                                                     old.province, old.founded_on))
    assert snapshot(db) == before


@pytest.mark.parametrize("change", [
    ProfileChange(" ", "ทดสอบ", "เมือง", "ลำพูน"),
    ProfileChange("กองทุน", "ทดสอบ", "เมือง", ""),
    ProfileChange("กองทุน", "ทดสอบ", "เมือง", "ลำพูน", date(2999, 1, 1)),
])
def test_a_missing_field_or_future_founding_is_refused(db: Database, treasurer: User,
                                                       change: ProfileChange) -> None:
    before = snapshot(db)
    with pytest.raises(UserError):
        update_fund_profile(db, treasurer, change)
    assert snapshot(db) == before


def test_the_auditor_may_not_correct_the_profile(db: Database, auditor: User) -> None:
    before = snapshot(db)
    with pytest.raises(UserError):
        update_fund_profile(db, auditor, ProfileChange("x", "y", "z", "w"))
    assert snapshot(db) == before


def test_users_change_their_own_password_and_committee_resets_a_forgotten_one(
        db: Database, treasurer, chair, auditor) -> None:
    from welfare_desk.services.funds import authenticate, set_password

    set_password(db, treasurer, "treasurer", "lamphun1")
    assert authenticate(db, "treasurer", "lamphun1").username == "treasurer"
    before = snapshot(db)
    with pytest.raises(UserError):
        set_password(db, treasurer, "treasurer", "newpass1", "wrong")  # not the current one
    with pytest.raises(UserError):
        set_password(db, treasurer, "treasurer", "abc", "lamphun1")  # too short
    with pytest.raises(UserError):
        set_password(db, auditor, "chair", "takeover")  # the auditor may not set others'
    assert snapshot(db) == before
    set_password(db, treasurer, "treasurer", "newpass1", "lamphun1")
    set_password(db, chair, "auditor", "audit2569")  # a forgotten password, reset
    assert authenticate(db, "auditor", "audit2569").username == "auditor"
    with pytest.raises(UserError):
        authenticate(db, "treasurer", "lamphun1")
