"""The fund's side of sync: set it up, say what a batch holds, take the zone's ACK.

The cryptography and the files are sync/'s; here are the decisions and the
events: which events go in the next batch, whether an export is allowed, and
what the zone's acknowledgement means for this database.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from welfare_desk.db.database import Database
from welfare_desk.db.events import Event
from welfare_desk.db.repos.sync import Ack, ExportedBatch, SyncConfig, SyncSetup
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile, User, require
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import now_iso


@dataclass(frozen=True)
class SyncState:
    fund: FundProfile
    config: SyncConfig | None
    head_seq: int
    head_hash: str
    last_ack: Ack | None
    last_export: ExportedBatch | None

    @property
    def acked_seq(self) -> int:
        return self.last_ack.seq if self.last_ack else 0

    @property
    def unacknowledged(self) -> int:
        return self.head_seq - self.acked_seq


def sync_state(db: Database) -> SyncState:
    with db.read() as repos:
        fund_id = repos.fund_id()
        seq, head = repos.sync.head(fund_id)
        return SyncState(repos.funds.profile(fund_id), repos.sync.config(fund_id), seq, head,
                         repos.sync.last_ack(fund_id), repos.sync.last_export(fund_id))


def configure_sync(db: Database, actor: User, setup: SyncSetup) -> None:
    """Records the fund's public key and its zone in the fund's history."""
    require(actor, "settings")
    with db.unit_of_work(actor.username) as uow:
        config = {**asdict(setup), "zone_recipients": json.dumps(setup.zone_recipients),
                  "configured_by": actor.username, "configured_at": now_iso()}
        uow.record(uow.repos.fund_id(), "sync.configured", {"config": config})
        uow.commit()


def require_configured(state: SyncState) -> SyncConfig:
    if state.config is None:
        raise UserError(N_("Sync is not set up yet: run 'sync setup' with the zone's key file"))
    return state.config


def check_not_behind(db: Database, ack_seq: int, ack_head: str) -> None:
    """Refuses when the zone holds a history this database does not have.

    That happens after a restore from an older backup (or on a copy of the
    fund on another computer): exporting from here would fork the fund's
    history, so the fund must first catch up with what the zone has.
    """
    with db.read() as repos:
        fund_id = repos.fund_id()
        head_seq, _ = repos.sync.head(fund_id)
        ours = repos.sync.event_hash_at(fund_id, ack_seq) if ack_seq else None
    if ack_seq > head_seq:
        raise UserError(N_("The zone already holds events up to number {zone}, but this "
                           "database ends at {here}: it was restored from an older backup. "
                           "Nothing was exported. Restore the newest backup, or recover the "
                           "missing events from the fund's batches with the recovery key "
                           "('sync recover')."), zone=ack_seq, here=head_seq)
    if ack_seq and ours != ack_head:
        raise UserError(N_("This database's history differs from what the zone accepted at "
                           "event {zone}: it was restored from another backup or copied from "
                           "another computer. Nothing was exported; call the zone coordinator "
                           "before going on."), zone=ack_seq)


def batch_events(db: Database, after_seq: int) -> list[Event]:
    with db.read() as repos:
        return repos.sync.events_after(repos.fund_id(), after_seq)


def record_batch_exported(db: Database, actor: User, events: list[Event], name: str) -> None:
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        uow.record(uow.repos.fund_id(), "sync.batch_exported", {"batch": {
            "seq_from": events[0].seq, "seq_to": events[-1].seq, "head": events[-1].hash,
            "name": name, "exported_by": actor.username, "exported_at": now_iso()}})
        uow.commit()


def record_ack(db: Database, actor: User, ack: Ack) -> bool:
    """Takes the zone's acknowledgement; False when it says nothing new."""
    require(actor, "write")
    check_not_behind(db, ack.seq, ack.head)
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        last = uow.repos.sync.last_ack(fund_id)
        if last is not None and last.seq >= ack.seq:
            return False
        uow.record(fund_id, "sync.acknowledged", {"ack": {
            "seq": ack.seq, "head": ack.head, "zone_id": ack.zone_id,
            "issued_at": ack.issued_at, "recorded_by": actor.username}})
        uow.commit()
    return True


def append_recovered(db: Database, events: list[Event]) -> int:
    """Events recovered from the fund's own batches, as they were (hashes kept), in one
    transaction. The caller checked that they continue this database's history."""
    from welfare_desk.db.replay import replay_into

    return replay_into(db, events) if events else 0


def local_head(db: Database, fund_id: str) -> tuple[int, str]:
    with db.read() as repos:
        return repos.sync.head(fund_id)


def key_announcements(db: Database, fund_id: str) -> list[Event]:
    """The fund's sync.configured events in this database (each names a signing key)."""
    try:
        with db.read() as repos:
            return repos.sync.events_of_kind(fund_id, "sync.configured")
    except UserError:
        return []
