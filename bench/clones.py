"""Many funds for the zone benchmarks, without generating each one: a demo fund's
history re-issued under a new fund id, new record ids, new national IDs (valid
check digits) and a new code, with its hash chain recomputed. Each clone is a
distinct, valid fund history of the same shape as the demo's."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

from welfare_desk.db.events import GENESIS_HASH, Event, event_hash
from welfare_desk.ledger.thai_id import make_national_id

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NATIONAL_ID = re.compile(r'"(\d{13})"')


def clone_events(events: list[Event], n: int, code: str) -> Iterator[Event]:
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"welfare-desk-bench-clone-{n}")
    ids: dict[str, str] = {}

    def new_uuid(match: re.Match[str]) -> str:
        old = match.group(0)
        if old not in ids:
            ids[old] = str(uuid.uuid5(namespace, old))
        return ids[old]

    def new_national_id(match: re.Match[str]) -> str:
        first12 = match.group(1)[:12]
        shifted = f"{(int(first12[1:]) + n * 7919) % 10**11:011d}"
        return f'"{make_national_id(first12[0] + shifted)}"'

    old_code = _fund_code(events)
    prev = GENESIS_HASH
    for ev in events:
        payload = NATIONAL_ID.sub(new_national_id, UUID.sub(new_uuid, ev.payload))
        payload = payload.replace(f'"{old_code}"', f'"{code}"')
        fund_id = ids.setdefault(ev.fund_id, str(uuid.uuid5(namespace, ev.fund_id)))
        digest = event_hash(prev, fund_id, ev.seq, ev.kind, ev.actor, ev.recorded_at, payload)
        yield Event(fund_id, ev.seq, ev.kind, payload, ev.actor, ev.recorded_at, prev, digest)
        prev = digest


def _fund_code(events: list[Event]) -> str:
    created = next(e for e in events if e.kind == "fund.created")
    return str(created.data()["fund"]["code"])
