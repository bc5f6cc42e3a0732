"""The append-only, hash-chained event log: audit trail, sync unit and tamper evidence.

Each event's hash covers the previous hash and the event's own fields, so
changing, removing or reordering any event breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, select

from welfare_desk.db.schema import event

GENESIS_HASH = "0" * 64


def canonical_json(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Event:
    fund_id: str
    seq: int
    kind: str
    payload: str  # canonical JSON
    actor: str
    recorded_at: str
    prev_hash: str
    hash: str

    @cached_property
    def _data(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.payload)
        return result

    def data(self) -> dict[str, Any]:
        """The payload, parsed once (the zone's checks and the projector both read it);
        handlers build new rows from it and never change it."""
        return self._data

    def row(self) -> dict[str, Any]:
        return {
            "fund_id": self.fund_id, "seq": self.seq, "kind": self.kind,
            "payload": self.payload, "actor": self.actor, "recorded_at": self.recorded_at,
            "prev_hash": self.prev_hash, "hash": self.hash,
        }


def event_hash(
    prev_hash: str, fund_id: str, seq: int, kind: str, actor: str, recorded_at: str, payload: str
) -> str:
    header = f"{prev_hash}\n{fund_id}\n{seq}\n{kind}\n{actor}\n{recorded_at}\n"
    return hashlib.sha256((header + payload).encode("utf-8")).hexdigest()


def make_event(
    fund_id: str, seq: int, prev_hash: str, kind: str, payload: dict[str, Any],
    actor: str, recorded_at: str,
) -> Event:
    text = canonical_json(payload)
    digest = event_hash(prev_hash, fund_id, seq, kind, actor, recorded_at, text)
    return Event(fund_id, seq, kind, text, actor, recorded_at, prev_hash, digest)


def chain_head(conn: Connection, fund_id: str) -> tuple[int, str]:
    """(last seq, last hash) of a fund's log; (0, GENESIS_HASH) when empty."""
    row = conn.execute(
        select(event.c.seq, event.c.hash)
        .where(event.c.fund_id == fund_id)
        .order_by(event.c.seq.desc())
        .limit(1)
    ).first()
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)


def read_events(
    conn: Connection, fund_id: str | None = None, after_seq: int = 0
) -> Iterator[Event]:
    query = select(event).where(event.c.seq > after_seq).order_by(event.c.fund_id, event.c.seq)
    if fund_id is not None:
        query = query.where(event.c.fund_id == fund_id)
    for row in conn.execute(query.execution_options(yield_per=5000)):
        yield Event(row.fund_id, row.seq, row.kind, row.payload, row.actor,
                    row.recorded_at, row.prev_hash, row.hash)


@dataclass(frozen=True)
class ChainProblem:
    fund_id: str
    seq: int
    problem: str


def verify_chain(conn: Connection) -> list[ChainProblem]:
    """Recomputes every hash; names the first break in each fund's chain."""
    problems: list[ChainProblem] = []
    expected_prev: dict[str, tuple[int, str]] = {}
    broken: set[str] = set()
    for ev in read_events(conn):
        if ev.fund_id in broken:
            continue
        last_seq, last_hash = expected_prev.get(ev.fund_id, (0, GENESIS_HASH))
        problem = _chain_problem(ev, last_seq, last_hash)
        if problem:
            problems.append(ChainProblem(ev.fund_id, ev.seq, problem))
            broken.add(ev.fund_id)
        expected_prev[ev.fund_id] = (ev.seq, ev.hash)
    return problems


def _chain_problem(ev: Event, last_seq: int, last_hash: str) -> str | None:
    if ev.seq != last_seq + 1:
        return f"sequence jumps from {last_seq} to {ev.seq}"
    if ev.prev_hash != last_hash:
        return "previous hash does not match"
    recomputed = event_hash(
        ev.prev_hash, ev.fund_id, ev.seq, ev.kind, ev.actor, ev.recorded_at, ev.payload
    )
    if recomputed != ev.hash:
        return "hash does not match the event's content"
    return None
