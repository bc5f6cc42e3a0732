"""What the database itself guarantees, even against code that goes around the services."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import add_member, snapshot
from tests.support.old_files import mark_newer
from welfare_desk.db import migrate
from welfare_desk.db.backup import backup_database, verify_database_file
from welfare_desk.db.database import Database
from welfare_desk.db.events import verify_chain
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.services.check import check_database
from welfare_desk.services.dues import take_dues, void_receipt
from welfare_desk.services.members import change_status


@pytest.fixture
def booked(db: Database, treasurer: User) -> Database:
    no = add_member(db, treasurer)
    take_dues(db, treasurer, no, 3000, date(2023, 2, 1))
    void_receipt(db, treasurer, 1, 1, "ผิด", date(2023, 2, 1))
    change_status(db, treasurer, no, MemberStatus.RESIGNED, date(2023, 3, 1), "ย้ายบ้าน")
    return db


@pytest.mark.parametrize("statement", [
    "UPDATE event SET kind = 'x'",
    "DELETE FROM event",
    "UPDATE posting SET amount = amount + 1",
    "DELETE FROM posting",
    "UPDATE journal_entry SET description = 'x'",
    "DELETE FROM journal_entry",
    "UPDATE receipt SET total = 1",
    "DELETE FROM receipt",
    "DELETE FROM receipt_void",
    "UPDATE receipt_line SET amount = 1",
    "UPDATE member_status_change SET reason = 'x'",
])
def test_triggers_refuse_changes_to_the_log_and_posted_rows(booked: Database,
                                                             statement: str) -> None:
    before = snapshot(booked)
    conn = sqlite3.connect(booked.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    conn.rollback()
    conn.close()
    assert snapshot(booked) == before


def test_check_finds_a_tampered_event(booked: Database, tmp_path: Path) -> None:
    assert check_database(booked).ok
    conn = sqlite3.connect(booked.path)
    conn.execute("DROP TRIGGER event_no_update")  # what an attacker with the file could do
    conn.execute("UPDATE event SET payload = replace(payload, '3000', '300') "
                 "WHERE kind = 'receipt.issued'")
    conn.commit()
    problems = verify_chain_of(booked.path)
    conn.close()
    assert problems and "hash" in problems[0].problem
    report = check_database(booked)
    assert not report.ok
    assert [s.key for s in report.sections if not s.ok] == ["chain"]


def verify_chain_of(path: Path) -> list:  # type: ignore[type-arg]
    from sqlalchemy import create_engine

    with create_engine(f"sqlite:///{path}").connect() as conn:
        return verify_chain(conn)


def test_check_finds_a_receipt_gap(booked: Database) -> None:
    conn = sqlite3.connect(booked.path)
    conn.execute("DROP TRIGGER receipt_no_update")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE receipt SET seq = 5")
    conn.commit()
    conn.close()
    failed = {f.check for s in check_database(booked).sections for f in s.problems}
    assert "receipts_gap_free" in failed


def test_one_instance_per_database(booked: Database) -> None:
    with pytest.raises(UserError, match="already open"):
        Database.open(booked.path)


def test_the_schema_head_matches_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD
    assert migrate.KNOWN_REVISIONS[-1] == migrate.HEAD


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Database.open(path, create=True).close()
    mark_newer(path)
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer Welfare Desk"):
        Database.open(path)
    assert path.read_bytes() == before


def test_database_settings(booked: Database) -> None:
    with booked.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_backups_are_verified_and_refuse_damage(booked: Database, tmp_path: Path) -> None:
    info = backup_database(booked.path, tmp_path / "backups", "manual")
    assert info.path.exists() and info.fund_code == "T0001" and info.events > 10
    assert not list((tmp_path / "backups").glob("*.partial"))
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserError):
        verify_database_file(damaged)
