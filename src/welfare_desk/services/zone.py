"""The zone's decisions: whose keys it trusts, and what a verified batch does.

A fund's events are applied only in sequence, once, all or nothing. A batch
whose range the zone already holds (with the same hashes) changes nothing;
one that starts beyond the zone's head waits, held, until the gap is filled;
one whose history differs from what the zone accepted (a fork: a restored
backup that went on) is quarantined with both heads, and nothing is applied.
The cryptography happened before (sync/); this module sees verified events.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum

from welfare_desk.db.events import GENESIS_HASH, Event
from welfare_desk.db.repos.zone import BatchInfo, BatchRecord, FundKey, ZoneProfile
from welfare_desk.db.zone_store import ZoneStore, ZoneWork
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import new_id, now_iso


class Outcome(StrEnum):
    APPLIED = "applied"
    ALREADY = "already"
    PENDING = "pending"
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class Settled:
    outcome: Outcome
    applied: int          # events applied by this import (held batches it released too)
    message: str          # N_ text
    params: dict[str, object]


def zone_profile(store: ZoneStore) -> ZoneProfile:
    with store.read() as repo:
        profile = repo.profile()
    if profile is None:
        raise UserError(N_("This is not a zone database; create one with 'zone init'"))
    return profile


def has_zone(store: ZoneStore) -> bool:
    with store.read() as repo:
        return repo.profile() is not None


def create_zone(store: ZoneStore, name: str, zone_id: str,
                pseudonym_key_check: str | None = None) -> None:
    with store.work() as w:
        if w.profile() is not None:
            raise UserError(N_("This zone database exists already"))
        w.add_row("zone_profile", {"id": zone_id, "name": name.strip(), "created_at": now_iso(),
                                   "pseudonym_key": pseudonym_key_check})
        w.commit()


def check_keys_belong(store: ZoneStore, zone_id: str, pseudonym_key: bytes | None) -> None:
    """The keys unlocked are this store's: its zone, and its pseudonym key if it keeps
    pseudonyms (another zone's keys would sign ACKs in the wrong name)."""
    from welfare_desk.ledger.pseudonyms import key_check

    profile = zone_profile(store)
    if profile.zone_id != zone_id:
        raise UserError(N_("The zone's keys in this folder belong to another zone; nothing "
                           "was imported"))
    key = pseudonym_key
    if (profile.pseudonym_key is None) != (key is None) or (
            key is not None and key_check(key) != profile.pseudonym_key):
        raise UserError(N_("The zone's keys in this folder do not belong to this database "
                           "(the pseudonym key differs); nothing was imported"))


# --- fund keys ---

def register_fund_key(store: ZoneStore, key: FundKey) -> FundKey:
    """A fund's key, unconfirmed until its fingerprint was compared with the fund's."""
    with store.work() as w:
        existing = w.fund_key(key.fund_id, key.key_id)
        if existing is not None:
            return existing
        w.add_row("zone_fund_key", {**key.__dict__, "status": "unconfirmed",
                                    "registered_at": now_iso(), "confirmed_at": None,
                                    "revoked_at": None})
        w.commit()
    return _key(store, key.fund_id, key.key_id)


def confirm_fund_key(store: ZoneStore, fund: str, fingerprint: str,
                     digest: dict[str, str]) -> FundKey:
    """Confirms the key of ``fund`` (code or id) whose fingerprint is the one read out.

    ``digest`` maps each candidate key id to its fingerprint (computed by sync/).
    The fund's older confirmed keys are revoked: one key signs for a fund.
    """
    wanted = "".join(fingerprint.split())
    with store.work() as w:
        keys = [k for k in w.fund_keys() if fund in (k.fund_code, k.fund_id)
                and k.status == "unconfirmed"]
        match = next((k for k in keys if "".join(digest[k.key_id].split()) == wanted), None)
        if match is None:
            raise UserError(N_("No key of fund {fund} waiting for confirmation has the "
                               "fingerprint {fingerprint}; check it with the fund"),
                            fund=fund, fingerprint=fingerprint)
        stamp = now_iso()
        for old in w.fund_keys(match.fund_id):
            if old.status == "confirmed":
                w.set_key_status(old.fund_id, old.key_id, status="revoked", revoked_at=stamp)
        w.set_key_status(match.fund_id, match.key_id, status="confirmed", confirmed_at=stamp)
        w.commit()
    return _key(store, match.fund_id, match.key_id)


def revoke_fund_key(store: ZoneStore, fund: str, key_id: str) -> FundKey:
    with store.work() as w:
        key = next((k for k in w.fund_keys() if fund in (k.fund_code, k.fund_id)
                    and k.key_id == key_id.upper()), None)
        if key is None:
            raise UserError(N_("Fund {fund} has no key {key}"), fund=fund, key=key_id)
        w.set_key_status(key.fund_id, key.key_id, status="revoked", revoked_at=now_iso())
        w.commit()
    return _key(store, key.fund_id, key.key_id)


def _key(store: ZoneStore, fund_id: str, key_id: str) -> FundKey:
    with store.read() as repo:
        key = repo.fund_key(fund_id, key_id)
    assert key is not None
    return key


def quarantined_for_key(store: ZoneStore, fund_id: str, key_id: str) -> list[BatchRecord]:
    """Batches set aside until this key was confirmed; the caller verifies them again."""
    with store.read() as repo:
        return [b for b in repo.batches(fund_id, "quarantined")
                if b.key_id == key_id and b.reason == UNCONFIRMED]


UNCONFIRMED = "key not confirmed"


def quarantine_unconfirmed(store: ZoneStore, info: BatchInfo) -> Settled:
    with store.work() as w:
        if not _seen(w, info, "quarantined"):
            _add_batch(w, info, "quarantined", UNCONFIRMED)
            w.commit()
    return Settled(Outcome.QUARANTINED, 0,
                   N_("The fund's key is registered but not confirmed: the batch is kept "
                      "aside. Compare the fingerprint with the fund, then 'zone confirm-fund'"),
                   {})


def drop_quarantined(store: ZoneStore, batch_id: str) -> None:
    """A batch kept for an unconfirmed key, verified again now, leaves quarantine."""
    with store.work() as w:
        w.forget_batch(batch_id)
        w.commit()


# --- settling a verified batch ---

def settle_batch(store: ZoneStore, info: BatchInfo, events: list[Event]) -> Settled:
    with store.work() as w:
        settled = _settle(w, info, events)
        if settled.outcome is not Outcome.ALREADY:
            settled = _release_held(w, info.fund_id, settled)
            w.commit()
    return settled


def _settle(w: ZoneWork, info: BatchInfo, events: list[Event]) -> Settled:
    head_seq, head_hash = w.head(info.fund_id)
    if info.seq_to <= head_seq:
        if w.hash_at(info.fund_id, info.seq_to) == info.new_head:
            return Settled(Outcome.ALREADY, 0, N_("already imported; nothing changed"), {})
        return _fork(w, info, info.seq_to, w.hash_at(info.fund_id, info.seq_to) or "")
    if info.seq_from - 1 > head_seq:
        if _seen(w, info, "pending"):
            return Settled(Outcome.ALREADY, 0, N_("already held; nothing changed"), {})
        batch_id = _add_batch(w, info, "pending", "")
        w.hold_events(batch_id, events)
        return Settled(Outcome.PENDING, 0,
                       N_("held: events {first}-{last} are missing; it is applied when "
                          "they arrive"), {"first": head_seq + 1, "last": info.seq_from - 1})
    expected_prev = (w.hash_at(info.fund_id, info.seq_from - 1) if info.seq_from > 1
                     else GENESIS_HASH)
    if info.prev_head != expected_prev:
        return _fork(w, info, info.seq_from - 1, expected_prev or "")
    overlap = head_seq - info.seq_from + 1
    if overlap > 0 and events[overlap - 1].hash != head_hash:
        return _fork(w, info, head_seq, head_hash)
    w.append_events(events[max(overlap, 0):])
    _add_batch(w, info, "applied", "")
    return Settled(Outcome.APPLIED, info.seq_to - head_seq, N_("applied {count} events"),
                   {"count": info.seq_to - head_seq})


def _fork(w: ZoneWork, info: BatchInfo, seq: int, accepted: str) -> Settled:
    reason = f"fork at {seq}: zone {accepted[:12]}, batch {info.new_head[:12]}"
    if not _seen(w, info, "quarantined"):
        _add_batch(w, info, "quarantined", reason)
    return Settled(Outcome.QUARANTINED, 0,
                   N_("quarantined: this batch tells a different history from what the zone "
                      "accepted at event {seq} (zone head {zone}, batch head {batch}); nothing "
                      "was applied. The fund was probably restored from an old backup: call "
                      "the fund"), {"seq": seq, "zone": accepted[:12], "batch": info.new_head[:12]})


def _release_held(w: ZoneWork, fund_id: str, settled: Settled) -> Settled:
    """Applies held batches the new head now reaches, in order, as long as they connect."""
    applied = settled.applied
    progress = True
    while progress:
        progress = False
        head_seq, _ = w.head(fund_id)
        for held in w.batches(fund_id, "pending"):
            if held.seq_from - 1 > head_seq:
                continue
            result = _settle_held(w, held)
            applied += result.applied
            progress = True
            break
    return Settled(settled.outcome, applied, settled.message, settled.params)


def _settle_held(w: ZoneWork, held: BatchRecord) -> Settled:
    events = w.held_events(held.batch_id, held.fund_id)
    w.forget_batch(held.batch_id)
    return _settle(w, held, events)


def _seen(w: ZoneWork, info: BatchInfo, status: str) -> bool:
    return any(b.new_head == info.new_head and b.seq_from == info.seq_from
               and b.seq_to == info.seq_to for b in w.batches(info.fund_id, status))


def _add_batch(w: ZoneWork, info: BatchInfo, status: str, reason: str) -> str:
    batch_id = new_id()
    stamp = now_iso()
    w.add_row("zone_batch", {
        "id": batch_id, **{f.name: getattr(info, f.name) for f in fields(BatchInfo)},
        "event_count": info.event_count, "status": status, "reason": reason,
        "received_at": stamp, "settled_at": stamp if status == "applied" else None})
    return batch_id


# --- what the ACK says ---

@dataclass(frozen=True)
class FundSyncState:
    fund_id: str
    fund_code: str
    head_seq: int
    head_hash: str
    held: tuple[BatchRecord, ...]
    quarantined: tuple[BatchRecord, ...]


def fund_sync_state(store: ZoneStore, fund_id: str, fund_code: str) -> FundSyncState:
    with store.read() as repo:
        seq, head = repo.head(fund_id)
        return FundSyncState(fund_id, fund_code, seq, head,
                             tuple(repo.batches(fund_id, "pending")),
                             tuple(repo.batches(fund_id, "quarantined")))
