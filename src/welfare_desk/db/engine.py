"""Engines with the settings DESIGN.md §2 asks for: WAL, synchronous=FULL,
foreign keys on, immediate write transactions, Thai collation per connection."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from welfare_desk.ledger.thai_text import thai_compare

# Dates are stored as ISO text, as SQLAlchemy's SQLite Date type stores them; the
# bulk paths hand dates to the driver directly (Python 3.12 dropped the default).
sqlite3.register_adapter(date, date.isoformat)


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN IMMEDIATE instead of pysqlite's
    # deferred BEGIN, so a write transaction holds the lock from its first read
    # (the receipt counter is read and bumped in one transaction).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    dbapi_connection.create_collation("thai", thai_compare)


def _begin_immediate(connection: Any) -> None:
    read_only = connection.get_execution_options().get("read_only", False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
