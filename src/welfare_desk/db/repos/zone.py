"""Reads of the zone's bookkeeping: its profile, the funds' keys, the batches."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from welfare_desk.db import schema as t
from welfare_desk.db.events import Event, chain_head
from welfare_desk.db.repos.zone_report import ZoneReportRepo


@dataclass(frozen=True)
class ZoneProfile:
    zone_id: str
    name: str
    created_at: str
    pseudonym_key: str | None


@dataclass(frozen=True)
class FundKey:
    fund_id: str
    key_id: str
    public_key: str
    fund_code: str
    fund_name: str
    location: str
    recovery_recipient: str
    status: str  # unconfirmed | confirmed | revoked
    registered_at: str
    confirmed_at: str | None
    revoked_at: str | None


@dataclass(frozen=True)
class BatchInfo:
    """What the zone records of a batch (from its verified manifest)."""

    fund_id: str
    fund_code: str
    key_id: str
    seq_from: int
    seq_to: int
    prev_head: str
    new_head: str
    content_sha256: str
    archive_name: str

    @property
    def event_count(self) -> int:
        return self.seq_to - self.seq_from + 1


@dataclass(frozen=True)
class BatchRecord(BatchInfo):
    """A batch as the zone holds it."""

    batch_id: str
    status: str  # applied | pending | quarantined
    reason: str
    received_at: str
    settled_at: str | None


class ZoneRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def profile(self) -> ZoneProfile | None:
        row = self.conn.execute(select(t.zone_profile)).first()
        return ZoneProfile(row.id, row.name, row.created_at, row.pseudonym_key) if row else None

    def fund_keys(self, fund_id: str | None = None) -> list[FundKey]:
        query = select(t.zone_fund_key).order_by(t.zone_fund_key.c.fund_code,
                                                 t.zone_fund_key.c.registered_at)
        if fund_id is not None:
            query = query.where(t.zone_fund_key.c.fund_id == fund_id)
        return [FundKey(**row._asdict()) for row in self.conn.execute(query)]

    def fund_key(self, fund_id: str, key_id: str) -> FundKey | None:
        return next((k for k in self.fund_keys(fund_id) if k.key_id == key_id), None)

    def batches(self, fund_id: str | None = None, status: str | None = None
                ) -> list[BatchRecord]:
        query = select(t.zone_batch).order_by(t.zone_batch.c.fund_code,
                                              t.zone_batch.c.seq_from,
                                              t.zone_batch.c.received_at)
        if fund_id is not None:
            query = query.where(t.zone_batch.c.fund_id == fund_id)
        if status is not None:
            query = query.where(t.zone_batch.c.status == status)
        return [BatchRecord(batch_id=row.id, **{k: v for k, v in row._asdict().items()
                                                 if k not in ("id", "event_count")})
                for row in self.conn.execute(query)]

    def head(self, fund_id: str) -> tuple[int, str]:
        return chain_head(self.conn, fund_id)

    def hash_at(self, fund_id: str, seq: int) -> str | None:
        return self.conn.execute(
            select(t.event.c.hash).where(t.event.c.fund_id == fund_id, t.event.c.seq == seq)
        ).scalar()

    def held_events(self, batch_id: str, fund_id: str) -> list[Event]:
        rows = self.conn.execute(select(t.zone_held_event)
                                 .where(t.zone_held_event.c.batch_id == batch_id)
                                 .order_by(t.zone_held_event.c.seq))
        return [Event(fund_id, r.seq, r.kind, r.payload, r.actor, r.recorded_at, r.prev_hash,
                      r.hash) for r in rows]

    def report(self) -> ZoneReportRepo:
        return ZoneReportRepo(self.conn)
