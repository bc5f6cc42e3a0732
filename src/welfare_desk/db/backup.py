"""Backups with SQLite's backup API, each verified before it counts as one."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    events: int
    fund_code: str


def backup_database(source: Path, folder: Path, label: str) -> BackupInfo:
    """Copies ``source`` into ``folder`` (written under a temporary name, verified, renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{source.stem}-{stamp}-{label}.sqlite"
    partial = final.with_suffix(".partial")
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    info = verify_database_file(partial)
    os.replace(partial, final)
    return BackupInfo(final, info.events, info.fund_code)


def verify_database_file(path: Path) -> BackupInfo:
    """A file is a usable copy when SQLite finds it intact and it holds a fund's books."""
    if not path.is_file():
        raise UserError(N_("There is no file {path}"), path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = conn.execute("PRAGMA integrity_check").fetchone()[0]
            code = conn.execute("SELECT code FROM fund LIMIT 1").fetchone()
            events = conn.execute("SELECT count(*) FROM event").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(N_("{path} is not a Welfare Desk database: {problem}"),
                        path=str(path), problem=str(exc)) from exc
    if status != "ok":
        raise UserError(N_("{path} is damaged: {problem}"), path=str(path), problem=status)
    if code is None:
        raise UserError(N_("{path} holds no fund"), path=str(path))
    return BackupInfo(path, int(events), str(code[0]))


def restore_database(backup: Path, target: Path) -> BackupInfo:
    """Writes a verified backup over ``target`` through the backup API (WAL-safe)."""
    info = verify_database_file(backup)
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as src, \
            sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return info
