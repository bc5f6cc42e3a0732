"""The fund's side of sync: its key and zone, batches written, acknowledgements."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, select

from welfare_desk.db import schema as t
from welfare_desk.db.events import Event, chain_head, read_events


@dataclass(frozen=True)
class SyncSetup:
    """The fund's public key and its zone, as set up."""
    key_id: str
    public_key: str
    recovery_recipient: str
    zone_id: str
    zone_name: str
    zone_recipients: tuple[str, ...]
    zone_public_key: str


@dataclass(frozen=True)
class SyncConfig(SyncSetup):
    """The setup as the fund's history recorded it: by whom and when."""
    configured_by: str
    configured_at: str


@dataclass(frozen=True)
class ExportedBatch:
    seq_from: int
    seq_to: int
    head: str
    name: str
    exported_by: str
    exported_at: str


@dataclass(frozen=True)
class Ack:
    seq: int
    head: str
    zone_id: str
    issued_at: str


class SyncRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def config(self, fund_id: str) -> SyncConfig | None:
        row = self.conn.execute(
            select(t.sync_config).where(t.sync_config.c.fund_id == fund_id)).first()
        if row is None:
            return None
        return SyncConfig(row.key_id, row.public_key, row.recovery_recipient, row.zone_id,
                          row.zone_name, tuple(json.loads(row.zone_recipients)),
                          row.zone_public_key, row.configured_by, row.configured_at)

    def last_ack(self, fund_id: str) -> Ack | None:
        row = self.conn.execute(
            select(t.sync_ack).where(t.sync_ack.c.fund_id == fund_id)
            .order_by(t.sync_ack.c.seq.desc()).limit(1)).first()
        return Ack(row.seq, row.head, row.zone_id, row.issued_at) if row else None

    def last_export(self, fund_id: str) -> ExportedBatch | None:
        row = self.conn.execute(
            select(t.sync_batch).where(t.sync_batch.c.fund_id == fund_id)
            .order_by(t.sync_batch.c.exported_at.desc(), t.sync_batch.c.seq_to.desc())
            .limit(1)).first()
        if row is None:
            return None
        return ExportedBatch(row.seq_from, row.seq_to, row.head, row.name, row.exported_by,
                             row.exported_at)

    def event_hash_at(self, fund_id: str, seq: int) -> str | None:
        return self.conn.execute(
            select(t.event.c.hash).where(t.event.c.fund_id == fund_id, t.event.c.seq == seq)
        ).scalar()

    def events_after(self, fund_id: str, seq: int) -> list[Event]:
        return list(read_events(self.conn, fund_id, after_seq=seq))

    def head(self, fund_id: str) -> tuple[int, str]:
        return chain_head(self.conn, fund_id)

    def events_of_kind(self, fund_id: str, kind: str) -> list[Event]:
        rows = self.conn.execute(select(t.event).where(t.event.c.fund_id == fund_id,
                                                       t.event.c.kind == kind)
                                 .order_by(t.event.c.seq))
        return [Event(r.fund_id, r.seq, r.kind, r.payload, r.actor, r.recorded_at,
                      r.prev_hash, r.hash) for r in rows]
