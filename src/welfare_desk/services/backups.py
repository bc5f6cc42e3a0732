"""Backups on demand and restoring one (after a safety copy of the current state)."""

from __future__ import annotations

from pathlib import Path

from welfare_desk.db.backup import (
    BackupInfo,
    backup_database,
    restore_database,
    verify_database_file,
)
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


def back_up(db: Database, folder: Path) -> BackupInfo:
    return backup_database(db.path, folder, "manual")


def restore(db: Database, backup_file: Path, safety_folder: Path) -> tuple[BackupInfo, BackupInfo]:
    """Returns (the safety copy of what was there, the restored backup's details)."""
    candidate = verify_database_file(backup_file)
    current = verify_database_file(db.path)
    if candidate.fund_code != current.fund_code:
        raise UserError(N_("The backup belongs to fund {other}, not to this fund ({this})"),
                        other=candidate.fund_code, this=current.fund_code)
    safety = backup_database(db.path, safety_folder, "before-restore")
    return safety, restore_database(backup_file, db.path)
