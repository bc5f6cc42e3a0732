"""Upgrading a fund's database written by an older version: backed up first, migrated,
its history intact; and the migrated schema is exactly db/schema.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.support.old_files import FIXTURE, event_rows, mark_newer
from welfare_desk.db.database import Database
from welfare_desk.db.migrate import HEAD, current_revision
from welfare_desk.db.schema import metadata
from welfare_desk.ledger.errors import UserError


def test_a_database_from_schema_0001_is_backed_up_migrated_and_still_verifies(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    before = event_rows(path)
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.migration_backup is not None
        assert event_rows(db.migration_backup.path) == before
        findings, events = db.run_checks()
        assert not any(findings.values()) and events == len(before)
        with db.engine.connect() as conn:
            assert current_revision(conn) == HEAD
    assert event_rows(path) == before


def test_the_migrations_build_exactly_the_schema_of_the_code(tmp_path: Path) -> None:
    with Database.open(tmp_path / "new.sqlite", create=True) as db, db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_a_newer_database_not_yet_in_wal_mode_is_left_byte_for_byte(tmp_path: Path) -> None:
    """The refusal comes before the engine would switch the file to WAL."""
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURE, path)
    mark_newer(path)
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer Welfare Desk"):
        Database.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite", "newer.sqlite.lock"]
