"""Fund files as another version of the app left them: schema 0001 (the fixture),
or marked as written by a newer version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

FIXTURE = Path(__file__).parents[1] / "db" / "fixtures" / "fund_schema_0001.sqlite"


def mark_newer(path: Path) -> None:
    """As if a newer Welfare Desk (schema 9999) had written the file."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def event_rows(path: Path) -> list[tuple[object, ...]]:
    """The file's event log, read with sqlite3 alone."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM event ORDER BY fund_id, seq").fetchall()
    finally:
        conn.close()
