"""The floor for the zone merge: the very rows the merge writes (events and the
state they make), bulk-inserted by the bare driver (sqlite3 executemany, psycopg COPY)
into the same schema with the same settings, in one transaction."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table

from welfare_desk.db import schema as t
from welfare_desk.db.database import Database
from welfare_desk.db.events import Event
from welfare_desk.db.projector import Writer, apply_event
from welfare_desk.db.zone_store import MERGE_CACHE_KIB, ZoneStore

Rows = list[tuple[str, list[str], list[tuple[Any, ...]]]]


class _Recorder(Writer):
    def __init__(self, conn: Connection, into: Rows) -> None:
        super().__init__(conn)
        self.into = into

    def _insert_many(self, table: Table, rows: list[dict[str, Any]]) -> None:
        columns = [c.name for c in table.columns if c.name in rows[0]]
        self.into.append((table.name, columns, [tuple(map(r.get, columns)) for r in rows]))
        super()._insert_many(table, rows)


def rows_of(events: list[Event], scratch: Path) -> Rows:
    """What the projector inserts for ``events`` (captured from a scratch replay)."""
    rows: Rows = []
    with Database.open(scratch, create=True) as db, db.engine.connect() as conn:
        conn.begin()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        conn.exec_driver_sql(f"PRAGMA cache_size=-{MERGE_CACHE_KIB}")
        writer = _Recorder(conn, rows)
        for ev in events:
            apply_event(writer, ev.fund_id, ev.kind, ev.data())
            writer.insert(t.event, ev.row())
        writer.flush()
        conn.commit()
    return rows


# What the floor's schema keeps: all of it; no closed-period triggers; not even the
# reports' indexes (primary keys and unique constraints stay). The two lighter ones
# are not the zone (it needs both) but show where the time goes.
FLOOR_SCHEMAS = ("same schema", "without the closed-period triggers",
                 "without those triggers and the reports' indexes")


def sqlite_floor_db(path: Path, schema: str = FLOOR_SCHEMAS[0]) -> Path:
    Database.open(path, create=True).close()
    if schema == FLOOR_SCHEMAS[0]:
        return path
    conn = sqlite3.connect(path)
    drop = ["DROP TRIGGER journal_entry_closed_period", "DROP TRIGGER posting_closed_period"]
    if schema == FLOOR_SCHEMAS[2]:
        drop += [f"DROP INDEX {name}" for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")]
    for statement in drop:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def bare_insert(target: Path | str, rows: Rows) -> float:
    """Seconds to insert ``rows`` with the bare driver, one transaction."""
    if isinstance(target, Path):
        return _sqlite(target, rows)
    return _postgres(target, rows)


def _sqlite(path: Path, rows: Rows) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   f"cache_size=-{MERGE_CACHE_KIB}"):
        conn.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("PRAGMA defer_foreign_keys=ON")
    for table, columns, values in rows:
        names = ", ".join(f'"{c}"' for c in columns)
        conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES '
                         f'({", ".join("?" for _ in columns)})', values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _postgres(url: str, rows: Rows) -> float:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur:
            for table, columns, values in rows:
                names = ", ".join(f'"{c}"' for c in columns)
                with cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    for value in values:
                        copy.write_row(value)
        conn.commit()
        return time.perf_counter() - start


@contextmanager
def postgres_server() -> Iterator[str]:
    from tests.support.postgres import scratch_postgres

    with scratch_postgres(durable=True) as url:
        yield url


def pg_database(server: str, name: str, migrate: bool = False) -> str:
    from tests.support.postgres import new_database

    url = new_database(server, name)
    if migrate:
        ZoneStore.open(url).close()
    return url
