"""Rebuilding a fund from its own batches with the recovery key: after a restore from
an old backup (the events since), or on a new computer (the whole history).

The recovery key opens the batches; each batch must be signed by a key that the
fund's own history announced (its sync.configured events), its events must chain,
and they must continue the database's history exactly, or nothing is applied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from welfare_desk.db.database import Database
from welfare_desk.db.events import GENESIS_HASH, Event
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.services import sync as service
from welfare_desk.sync import crypto
from welfare_desk.sync.batch import PAYLOAD, BatchRefused, Manifest, decode_events
from welfare_desk.sync.batch_files import RawBatch, read_batch, read_manifest, verify_signed
from welfare_desk.sync.zone_sync import batch_folders


@dataclass(frozen=True)
class Recovered:
    batches: int
    applied: int
    head: int


def _open(folder: Path, identity: crypto.AgeIdentity) -> tuple[Manifest, list[Event], RawBatch]:
    raw = read_batch(folder)
    manifest = read_manifest(raw)
    try:
        plain = crypto.decrypt(raw.files[PAYLOAD], identity)
    except UserError:
        raise BatchRefused(N_("Batch {name} does not open with this recovery key"),
                           name=folder.name) from None
    return manifest, decode_events(plain, manifest), raw


def _announced_keys(events: list[Event]) -> dict[str, str]:
    """key id -> public key, from the fund's sync.configured events."""
    keys = {}
    for ev in events:
        if ev.kind == "sync.configured":
            config = json.loads(ev.payload)["config"]
            keys[config["key_id"]] = config["public_key"]
    return keys


def recover(db: Database, folders: list[Path], recovery_secret: str) -> Recovered:
    identity = crypto.identity_from_text(recovery_secret)
    opened = sorted((_open(f, identity) for f in batch_folders(folders)),
                    key=lambda b: (b[0].seq_from, b[0].seq_to))
    if not opened:
        raise UserError(N_("No batch folder was found there"))
    fund_ids = {m.fund_id for m, _, _ in opened}
    if len(fund_ids) != 1:
        raise UserError(N_("These batches belong to more than one fund"))
    fund_id = fund_ids.pop()
    chain = _join(db, fund_id, opened)
    keys = _announced_keys([*service.key_announcements(db, fund_id),
                            *(ev for _m, events, _raw in opened for ev in events)])
    for manifest, _events, raw in opened:
        if manifest.key_id not in keys:
            raise BatchRefused(N_("Batch {name} is signed with key {key}, which the fund's "
                                  "history never announced"),
                               name=manifest.folder_name, key=manifest.key_id)
        verify_signed(raw, manifest, keys[manifest.key_id])
    applied = service.append_recovered(db, chain)
    return Recovered(len(opened), applied, service.local_head(db, fund_id)[0])


def _join(db: Database, fund_id: str, opened: list[tuple[Manifest, list[Event], RawBatch]]
          ) -> list[Event]:
    """The database's history continued by the batches, checked link by link."""
    head_seq, head_hash = _head(db, fund_id)
    by_seq: dict[int, Event] = {}
    for _m, events, _raw in opened:
        for ev in events:
            by_seq.setdefault(ev.seq, ev)
            if by_seq[ev.seq].hash != ev.hash:
                raise UserError(N_("Two batches tell different histories at event {seq}"),
                                seq=ev.seq)
    if head_seq and head_seq in by_seq and by_seq[head_seq].hash != head_hash:
        raise UserError(N_("This database has its own event {seq}, different from the "
                           "batches': it went on after the restore. Nothing was recovered; "
                           "call the zone coordinator"), seq=head_seq)
    chain, prev = [], head_hash
    for seq in range(head_seq + 1, max(by_seq) + 1):
        found = by_seq.get(seq)
        if found is None or found.prev_hash != prev:
            raise UserError(N_("The batches do not continue this database's history at event "
                               "{seq}; bring the batches from event {seq} on"), seq=seq)
        chain.append(found)
        prev = found.hash
    return chain


def _head(db: Database, fund_id: str) -> tuple[int, str]:
    try:
        local_fund = db.fund_id()
    except UserError:  # a new, empty database: the whole history comes from the batches
        return 0, GENESIS_HASH
    if local_fund != fund_id:
        raise UserError(N_("These batches belong to another fund"))
    return service.local_head(db, fund_id)

