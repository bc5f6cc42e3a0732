"""Shared fixtures: a fund in a temporary database, with its three kinds of users."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from welfare_desk.db.database import Database
from welfare_desk.ledger.fund import Role, User
from welfare_desk.services.funds import NewFund, add_user, authenticate, create_fund

TEST_FUND = NewFund(
    name="กองทุนสวัสดิการชุมชนตำบลทดสอบ", code="T0001", tambon="ทดสอบ", amphoe="เมือง",
    province="ลำพูน", villages=((1, "บ้านหนองบัว"), (2, "บ้านดอนแก้ว"), (3, "บ้านแม่ฮี้")),
    bank_accounts=(("ธ.ก.ส.", "020-1-23456-7"),),
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fund.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path, create=True)
    create_fund(database, TEST_FUND)
    treasurer = authenticate(database, "treasurer", None)
    add_user(database, treasurer, "chair", "ประธาน", Role.COMMITTEE)
    add_user(database, treasurer, "member2", "กรรมการ", Role.COMMITTEE)
    add_user(database, treasurer, "auditor", "ผู้ตรวจสอบ", Role.AUDITOR)
    yield database
    database.close()


@pytest.fixture
def treasurer(db: Database) -> User:
    return authenticate(db, "treasurer", None)


@pytest.fixture
def chair(db: Database) -> User:
    return authenticate(db, "chair", None)


@pytest.fixture
def auditor(db: Database) -> User:
    return authenticate(db, "auditor", None)


def add_member(db: Database, user: User, first: str = "สมศรี", joined: date = date(2023, 1, 5),
               **changes: object) -> int:
    from welfare_desk.services.members import MemberForm, register_member

    fields: dict[str, object] = {
        "title": "นาง", "first_name": first, "last_name": "ใจดี",
        "birth_date": date(1960, 5, 12), "joined_on": joined, "village_no": 1,
    }
    fields.update(changes)
    return register_member(db, user, MemberForm(**fields)).member_no  # type: ignore[arg-type]


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: a refused command must leave this unchanged."""
    import sqlite3

    conn = sqlite3.connect(db.path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()
