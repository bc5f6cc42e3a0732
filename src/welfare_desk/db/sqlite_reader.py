"""A read-only look at a fund's file with the sqlite3 module alone, for commands
that must answer within a fraction of a second (the trial balance). Anything
that is not plainly an up-to-date fund database goes through Database.open."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from welfare_desk.db.schema_version import HEAD

BALANCES = """
    SELECT a.code, a.name_th, a.type, t.total
    FROM (SELECT account_id, SUM(amount) AS total FROM posting
          WHERE entry_date <= ? GROUP BY account_id) AS t
    JOIN account AS a ON a.id = t.account_id
    ORDER BY a.code"""


class NotQuicklyReadable(Exception):
    """The file is missing, damaged, of another schema version, or holds no fund."""


def open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise NotQuicklyReadable(str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        funds = conn.execute("SELECT COUNT(*) FROM fund").fetchone()[0]
    except sqlite3.Error as exc:
        raise NotQuicklyReadable(str(exc)) from exc
    if version is None or version[0] != HEAD or funds != 1:
        conn.close()
        raise NotQuicklyReadable("schema or fund")
    return conn


def account_balances(path: Path, as_of: date | None) -> list[tuple[str, str, str, int]]:
    """(code, Thai name, type, balance) of each account with postings up to ``as_of``."""
    conn = open_read_only(path)
    try:
        day = (as_of or date.max).isoformat()
        return [(code, name, type_, int(total))
                for code, name, type_, total in conn.execute(BALANCES, (day,))]
    finally:
        conn.close()
