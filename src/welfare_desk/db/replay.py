"""Rebuilding state from an event log: the proof that the log is complete, and the
zone's way of merging a fund's history."""

from __future__ import annotations

from collections.abc import Iterable

from welfare_desk.db import schema
from welfare_desk.db.database import Database
from welfare_desk.db.events import Event, read_events
from welfare_desk.db.projector import Writer, apply_event


def replay_into(target: Database, events: Iterable[Event]) -> int:
    """Applies events, keeping their original hashes, in one transaction."""
    count = 0
    with target.engine.connect() as conn:
        conn.begin()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        writer = Writer(conn)
        for ev in events:
            apply_event(writer, ev.fund_id, ev.kind, ev.data())
            writer.insert(schema.event, ev.row())
            count += 1
        writer.flush()
        conn.commit()
    return count


def all_events(source: Database) -> list[Event]:
    with source.engine.connect().execution_options(read_only=True) as conn:
        return list(read_events(conn))
