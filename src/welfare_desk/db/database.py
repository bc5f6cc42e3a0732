"""Opening a fund's database safely, and the unit of work every change goes through."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from welfare_desk.db import local_disk, migrate, schema, verify
from welfare_desk.db.backup import BackupInfo, backup_database
from welfare_desk.db.clock import now_iso
from welfare_desk.db.engine import sqlite_engine
from welfare_desk.db.events import Event, chain_head, make_event
from welfare_desk.db.lock import InstanceLock
from welfare_desk.db.projector import Writer, apply_event
from welfare_desk.db.repos import Repositories
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


class Database:
    """One fund's SQLite file, held by this process until ``close``."""

    def __init__(self, path: Path, engine: Engine, lock: InstanceLock) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.migration_backup: BackupInfo | None = None

    @classmethod
    def open(cls, path: Path, *, create: bool = False, backup_dir: Path | None = None,
             quick_check: bool = True) -> Database:
        path = Path(path)
        if not create and not path.exists():
            raise UserError(N_("There is no database at {path}; create one with 'init'"),
                            path=str(path))
        local_disk.require_local_disk(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = InstanceLock(path)
        lock.acquire()
        try:
            if path.exists():
                migrate.refuse_newer_file(path)  # before the engine turns on WAL
            db = cls(path, sqlite_engine(path), lock)
            db._prepare(backup_dir or path.parent / "backups", quick_check)
        except BaseException:
            lock.release()
            raise
        return db

    def _prepare(self, backup_dir: Path, quick_check: bool) -> None:
        if quick_check:
            self._quick_check()
        if migrate.needs_upgrade(self.engine):
            if self._has_fund():
                self.migration_backup = backup_database(self.path, backup_dir, "before-upgrade")
            migrate.upgrade(self.engine)

    def _quick_check(self) -> None:
        with self.engine.connect().execution_options(read_only=True) as conn:
            status = conn.exec_driver_sql("PRAGMA quick_check").scalar()
        if status != "ok":
            raise UserError(N_("The database {path} is damaged ({problem}); restore a backup"),
                            path=str(self.path), problem=str(status))

    def _has_fund(self) -> bool:
        with self.engine.connect().execution_options(read_only=True) as conn:
            return migrate.current_revision(conn) is not None

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fund_id(self) -> str:
        with self.read() as repos:
            return repos.fund_id()

    @contextmanager
    def read(self) -> Iterator[Repositories]:
        with self.engine.connect().execution_options(read_only=True) as conn:
            yield Repositories(conn)

    def run_checks(self) -> tuple[dict[str, list[verify.Finding]], int]:
        with self.engine.connect().execution_options(read_only=True) as conn:
            return verify.run_all(conn), verify.event_count(conn)

    def unit_of_work(self, actor: str) -> UnitOfWork:
        return UnitOfWork(self.engine, actor)


class UnitOfWork:
    """One transaction: reads, then events applied to state and appended to the log.

    Leaving the block without ``commit`` rolls everything back, so a refused
    command changes nothing.
    """

    def __init__(self, engine: Engine, actor: str) -> None:
        self._engine = engine
        self.actor = actor
        self._conn: Connection | None = None
        self._head: dict[str, tuple[int, str]] = {}
        self._staged = 0

    def __enter__(self) -> UnitOfWork:
        self._conn = self._engine.connect()
        self._conn.begin()
        self._conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        self.writer = Writer(self._conn)
        self.repos = Repositories(self._conn)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._conn is not None
        if self._conn.in_transaction():
            self._conn.rollback()
        self._conn.close()

    def record(self, fund_id: str, kind: str, payload: dict[str, Any],
               at: str | None = None) -> Event:
        """Applies one event to state and appends it to the fund's chain."""
        ev = self._stage(fund_id, kind, payload, at)
        self.flush()
        return ev

    def stage(self, fund_id: str, kind: str, payload: dict[str, Any], at: str) -> None:
        """Bulk path (demo, imports): applied now, written in batches of executemany."""
        self._stage(fund_id, kind, payload, at)
        self._staged += 1
        if self._staged % 5000 == 0:
            self.flush()

    def _stage(self, fund_id: str, kind: str, payload: dict[str, Any], at: str | None) -> Event:
        assert self._conn is not None
        if fund_id not in self._head:
            self._head[fund_id] = chain_head(self._conn, fund_id)
        seq, prev = self._head[fund_id]
        ev = make_event(fund_id, seq + 1, prev, kind, payload, self.actor, at or now_iso())
        apply_event(self.writer, fund_id, kind, payload)
        self.writer.insert(schema.event, ev.row())
        self._head[fund_id] = (ev.seq, ev.hash)
        return ev

    def flush(self) -> None:
        try:
            self.writer.flush()
        except IntegrityError as exc:
            raise _integrity_to_user_error(exc) from exc

    def commit(self) -> None:
        assert self._conn is not None
        self.flush()
        try:
            self._conn.commit()
        except IntegrityError as exc:
            raise _integrity_to_user_error(exc) from exc


def _integrity_to_user_error(exc: IntegrityError) -> UserError:
    message = str(exc.orig)
    if "period is closed" in message:
        return UserError(N_("The period is closed; ask a committee member to reopen it first"))
    return UserError(N_("The change was refused by the database: {problem}"), problem=message)
