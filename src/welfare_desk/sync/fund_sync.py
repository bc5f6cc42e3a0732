"""The fund's side: set up its keys, write a batch to a stick, take the zone's ACK."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from welfare_desk import __version__
from welfare_desk.db.database import Database
from welfare_desk.db.events import GENESIS_HASH
from welfare_desk.db.migrate import HEAD
from welfare_desk.db.repos.sync import Ack, SyncSetup
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile, User
from welfare_desk.ledger.text import N_
from welfare_desk.services import sync as service
from welfare_desk.services.common import now_iso
from welfare_desk.sync import crypto
from welfare_desk.sync.ack import AckFile, read_ack
from welfare_desk.sync.batch import Manifest, control_totals, encode_events, sha256_hex
from welfare_desk.sync.batch_files import write_batch
from welfare_desk.sync.keys import FundPublicKey, ZonePublicKey, fund_sync_dir, parse_zone_key

SECRET_KEY, ZONE_KEY, LAST_ACK, LAST_EXPORT = "fund.key", "zone.pub", "last-ack", "last-export"


def fund_location(fund: FundProfile) -> str:
    return f"ต.{fund.tambon} อ.{fund.amphoe} จ.{fund.province}"


@dataclass(frozen=True)
class SetupResult:
    registration: FundPublicKey
    registration_file: Path
    recovery: crypto.AgeIdentity | None  # shown once, for the sealed sheet; never stored
    zone: ZonePublicKey


def setup_sync(db: Database, actor: User, zone_key_text: str, passphrase: str,
               new_key: bool = False) -> SetupResult:
    """The fund's signing key (sealed by the passphrase) and recovery key, and its zone.

    Run again with the same key, it only changes the zone; with ``new_key`` it
    replaces the signing key and recovery key (the zone must register it again).
    """
    zone = parse_zone_key(zone_key_text)
    state = service.sync_state(db)
    folder = fund_sync_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    key_path = folder / SECRET_KEY
    recovery: crypto.AgeIdentity | None = None
    if key_path.exists() and state.config is not None and not new_key:
        key = crypto.SigningKey(key_path.read_text("ascii"), state.config.public_key)
        crypto.Signer(key, passphrase).close()  # the passphrase opens it
        recovery_recipient = state.config.recovery_recipient
    else:
        _check_new_passphrase(passphrase)
        key = crypto.new_signing_key(passphrase)
        recovery = crypto.new_age_identity()
        recovery_recipient = recovery.recipient
    service.configure_sync(db, actor, SyncSetup(
        key.key_id, key.public, recovery_recipient, zone.zone_id, zone.name, zone.recipients,
        zone.public_key))
    if recovery is not None:
        _keep_old(key_path)
        _write_private(key_path, key.secret)
    (folder / ZONE_KEY).write_text(zone.render(), encoding="utf-8")
    fund = state.fund
    registration = FundPublicKey(fund.fund_id, fund.code, fund.name, fund_location(fund),
                                 key.public, recovery_recipient)
    registration_file = folder / f"{fund.code}.fund-key"
    registration_file.write_text(registration.render(), encoding="utf-8")
    (folder / "fund.pub").write_text(crypto.public_key_file(key.public, fund.code), "ascii")
    return SetupResult(registration, registration_file, recovery, zone)


MIN_PASSPHRASE = 8


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(N_("A passphrase has at least {n} characters"), n=MIN_PASSPHRASE)


def _keep_old(path: Path) -> None:
    if path.exists():
        path.rename(path.with_name(f"{path.name}.replaced-{now_iso()[:19].replace(':', '')}"))


def _write_private(path: Path, text: str) -> None:
    path.write_text(text + "\n", encoding="ascii")
    path.chmod(0o600)


@dataclass(frozen=True)
class ExportResult:
    folder: Path | None  # None: nothing new since the zone's last ACK
    manifest: Manifest | None


def export_batch(db: Database, actor: User, target: Path, passphrase: str) -> ExportResult:
    state = service.sync_state(db)
    config = service.require_configured(state)
    ack = newest_ack(db, state)
    acked = ack.seq if ack else 0
    if ack is not None:
        service.check_not_behind(db, ack.seq, ack.head)
    exported = _last_export(db)
    if exported is not None:
        service.check_not_behind(db, *exported)
    events = service.batch_events(db, acked)
    if not events:
        return ExportResult(None, None)
    key_path = fund_sync_dir(db.path) / SECRET_KEY
    if not key_path.exists():
        raise UserError(N_("The fund's signing key is missing ({path}); set up sync again with "
                           "--new-key and register the new key with the zone"),
                        path=str(key_path))
    key = crypto.SigningKey(key_path.read_text("ascii"), config.public_key)
    signer = crypto.Signer(key, passphrase)
    plain = encode_events(events)
    fund = state.fund
    manifest = Manifest(
        fund.fund_id, fund.code, fund.name, events[0].seq, events[-1].seq,
        events[0].prev_hash if events[0].seq > 1 else GENESIS_HASH, events[-1].hash,
        sha256_hex(plain), HEAD, __version__, key.key_id, now_iso(), control_totals(events))
    ciphertext = crypto.encrypt(plain, [*config.zone_recipients, config.recovery_recipient])
    try:
        folder = write_batch(target, manifest, ciphertext, signer)
    finally:
        signer.close()
    service.record_batch_exported(db, actor, events, folder.name)
    _keep_last_export(db, events[-1].seq, events[-1].hash)
    return ExportResult(folder, manifest)


def _last_export(db: Database) -> tuple[int, str] | None:
    """The newest event that left on a stick, kept beside the database: a database
    restored from an older backup is found out even before the zone's ACK comes back."""
    path = fund_sync_dir(db.path) / LAST_EXPORT
    if not path.exists():
        return None
    seq, head = path.read_text("ascii").split()
    return int(seq), head


def _keep_last_export(db: Database, seq: int, head: str) -> None:
    path = fund_sync_dir(db.path) / LAST_EXPORT
    partial = path.with_name(path.name + ".partial")
    partial.write_text(f"{seq} {head}\n", encoding="ascii")
    partial.replace(path)


def newest_ack(db: Database, state: service.SyncState) -> Ack | None:
    """The newest of the database's ACK and the copy kept beside it (which a restore
    from an old backup cannot roll back)."""
    kept = _kept_ack(db, state)
    recorded = state.last_ack
    if kept is None or (recorded is not None and recorded.seq >= kept.seq):
        return recorded
    return Ack(kept.seq, kept.head, kept.zone_id, kept.issued_at)


def _kept_ack(db: Database, state: service.SyncState) -> AckFile | None:
    path = fund_sync_dir(db.path) / LAST_ACK / f"{state.fund.code}.ack"
    if not path.exists() or state.config is None:
        return None
    return read_ack(path, state.config.zone_public_key)


def take_ack(db: Database, actor: User, path: Path) -> tuple[AckFile, bool]:
    """Verifies the zone's ACK and records it; (the ACK, whether it said anything new)."""
    state = service.sync_state(db)
    config = service.require_configured(state)
    ack = read_ack(path, config.zone_public_key)
    if ack.fund_id != state.fund.fund_id:
        raise UserError(N_("This acknowledgement is for fund {code}, not this fund"),
                        code=ack.fund_code)
    if ack.zone_id != config.zone_id:
        raise UserError(N_("This acknowledgement comes from another zone ({zone})"),
                        zone=ack.zone_name)
    changed = service.record_ack(db, actor, Ack(ack.seq, ack.head, ack.zone_id, ack.issued_at))
    kept = fund_sync_dir(db.path) / LAST_ACK
    current = _kept_ack(db, state)
    if current is None or current.seq <= ack.seq:
        kept.mkdir(parents=True, exist_ok=True)
        for source in (path, path.with_name(path.name + ".minisig")):
            shutil.copyfile(source, kept / source.name.replace(path.stem, state.fund.code, 1))
    return ack, changed
