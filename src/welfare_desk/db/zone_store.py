"""The zone's database: the funds' own tables, filled by replaying their events,
plus the zone's bookkeeping (registered keys, batches, held events).

A SQLite file for a zone (opened like a fund's file: one instance, quick
check, a backup before a migration), or PostgreSQL for a province or the
nation, given as a URL; the same code writes both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, insert, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from welfare_desk.db import migrate
from welfare_desk.db import schema as t
from welfare_desk.db.database import Database
from welfare_desk.db.events import GENESIS_HASH, Event, chain_head
from welfare_desk.db.projector import Writer, apply_event
from welfare_desk.db.repos.zone import ZoneRepo
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


class EventsRefused(UserError):
    """The zone's database refused a fund's events (a rule of the books broke)."""


MERGE_CACHE_KIB = 256 * 1024


def is_url(target: str) -> bool:
    return "://" in target


def postgresql_url(url: str) -> str:
    """postgresql://... means psycopg 3 here (SQLAlchemy would look for psycopg2)."""
    scheme, rest = url.split("://", 1)
    return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else url


class ZoneStore:
    def __init__(self, engine: Engine, label: str, database: Database | None = None,
                 path: Path | None = None) -> None:
        self.engine = engine
        self.label = label
        self.path = path
        self._database = database

    @classmethod
    def open(cls, target: str, *, create: bool = False) -> ZoneStore:
        if is_url(target):
            engine = create_engine(postgresql_url(target), poolclass=NullPool)
            if migrate.needs_upgrade(engine):
                migrate.upgrade(engine)
            return cls(engine, target.split("@")[-1])
        path = Path(target)
        database = Database.open(path, create=create)
        return cls(database.engine, str(path), database, path)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        else:
            self.engine.dispose()

    def __enter__(self) -> ZoneStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[ZoneRepo]:
        with self.engine.connect().execution_options(read_only=True) as conn:
            yield ZoneRepo(conn)

    @contextmanager
    def work(self) -> Iterator[ZoneWork]:
        """One transaction; it commits only when ``commit`` is called."""
        with self.engine.connect() as conn:
            conn.begin()
            if self.dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                # A fund's history touches every index of the books: with SQLite's
                # default 2 MB page cache the merge spends its time re-reading them.
                conn.exec_driver_sql(f"PRAGMA cache_size=-{MERGE_CACHE_KIB}")
            try:
                yield ZoneWork(conn)
            finally:
                if conn.in_transaction():
                    conn.rollback()


class ZoneWork(ZoneRepo):
    """Writes of one transaction: fund events replayed, the zone's own rows."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.writer = Writer(conn)

    def commit(self) -> None:
        self.writer.flush()
        self.conn.commit()

    def append_events(self, events: list[Event]) -> None:
        """Applies a fund's events after its current head, keeping their hashes."""
        if not events:
            return
        seq, head = chain_head(self.conn, events[0].fund_id)
        if events[0].seq != seq + 1 or events[0].prev_hash != (head or GENESIS_HASH):
            raise ValueError("events do not continue the fund's chain")  # a bug upstream
        try:
            for ev in events:
                apply_event(self.writer, ev.fund_id, ev.kind, ev.data())
                self.writer.insert(t.event, ev.row())
            self.writer.flush()
        except (DBAPIError, KeyError, ValueError) as exc:
            raise EventsRefused(N_("The zone's database refused the fund's events ({problem}); "
                                   "nothing of this batch was applied"),
                                problem=str(exc).splitlines()[0][:200]) from None

    def add_row(self, table: str, row: dict[str, Any]) -> None:
        self.conn.execute(insert(t.metadata.tables[table]), row)

    def hold_events(self, batch_id: str, events: list[Event]) -> None:
        rows = [{"batch_id": batch_id, **{k: v for k, v in e.row().items() if k != "fund_id"}}
                for e in events]
        self.conn.execute(insert(t.zone_held_event), rows)

    def forget_batch(self, batch_id: str) -> None:
        """A held or quarantined batch is settled anew (its events were taken first)."""
        self.conn.execute(delete(t.zone_held_event)
                          .where(t.zone_held_event.c.batch_id == batch_id))
        self.conn.execute(delete(t.zone_batch).where(t.zone_batch.c.id == batch_id))

    def set_key_status(self, fund_id: str, key_id: str, **values: Any) -> None:
        self.conn.execute(update(t.zone_fund_key).where(
            t.zone_fund_key.c.fund_id == fund_id, t.zone_fund_key.c.key_id == key_id)
            .values(**values))
