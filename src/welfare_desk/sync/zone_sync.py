"""The zone's side: its keys, the funds it registers, batches in, ACKs out.

Every check that can refuse a batch runs before anything is written: size,
manifest, the registered key, signature and trusted comment, checksums,
decryption, content hash, the event chain and the control totals. Only a
verified batch reaches services.zone, which applies it in one transaction.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from welfare_desk.db.events import Event, canonical_json
from welfare_desk.db.migrate import KNOWN_REVISIONS
from welfare_desk.db.repos.zone import BatchInfo, FundKey
from welfare_desk.db.zone_store import ZoneStore
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.pseudonyms import key_check, pseudonymize
from welfare_desk.ledger.text import N_
from welfare_desk.services import zone as service
from welfare_desk.services.common import new_id, now_iso
from welfare_desk.sync import crypto
from welfare_desk.sync.ack import AckFile, write_ack
from welfare_desk.sync.batch import FILES, PAYLOAD, BatchRefused, Manifest, decode_events
from welfare_desk.sync.batch_files import (
    RawBatch,
    archive_batch,
    read_batch,
    read_manifest,
    verify_signed,
)
from welfare_desk.sync.keys import FundPublicKey, ZonePublicKey, parse_fund_key, parse_zone_key

AGE_KEY, SIGNING_KEY, PUBLIC_KEY, MINISIGN_PUB, ARCHIVE, PSEUDONYM_KEY = (
    "zone.key", "zone-signing.key", "zone.pub", "zone.minisign.pub", "batches",
    "pseudonym.key.age")


@dataclass(frozen=True)
class ZoneKeys:
    identity: crypto.AgeIdentity
    signer: crypto.Signer
    public: ZonePublicKey
    pseudonym_key: bytes | None = None  # above the zone: national IDs become pseudonyms


def init_zone(store: ZoneStore, home: Path, name: str, passphrase: str,
              more_recipients: tuple[str, ...] = (), pseudonymize: bool = False
              ) -> ZonePublicKey:
    """The zone's keys, sealed by the passphrase, and its public key file for the funds.

    ``more_recipients`` (the province's age key) may also read the funds' batches,
    so that the zone can pass them up unchanged. ``pseudonymize`` (a province, the
    nation) stores keyed pseudonyms instead of national IDs; the key is kept
    encrypted to the store's own age key, outside the database.
    """
    if len(passphrase) < 8:
        raise UserError(N_("A passphrase has at least {n} characters"), n=8)
    if (home / AGE_KEY).exists():
        raise UserError(N_("{path} exists already: this zone has its keys"),
                        path=str(home / AGE_KEY))
    extra = tuple(crypto.check_recipient(r) for r in more_recipients)
    if service.has_zone(store):
        raise UserError(N_("This zone database exists already"))
    zone_id = new_id()
    identity = crypto.new_age_identity()
    signing = crypto.new_signing_key(passphrase)
    public = ZonePublicKey(zone_id, name.strip(), (identity.recipient, *extra), signing.public)
    home.mkdir(parents=True, exist_ok=True)
    (home / AGE_KEY).write_bytes(crypto.seal_identity(identity, passphrase))
    (home / SIGNING_KEY).write_text(signing.secret + "\n", encoding="ascii")
    (home / PUBLIC_KEY).write_text(public.render(), encoding="utf-8")
    (home / MINISIGN_PUB).write_text(crypto.public_key_file(signing.public, "zone"), "ascii")
    check = None
    if pseudonymize:
        key = os.urandom(32)
        (home / PSEUDONYM_KEY).write_bytes(crypto.encrypt(key.hex().encode(),
                                                          [identity.recipient]))
        check = key_check(key)
    for secret in (AGE_KEY, SIGNING_KEY):
        (home / secret).chmod(0o600)
    service.create_zone(store, name, zone_id, check)
    return public


def unlock_zone(home: Path, passphrase: str) -> ZoneKeys:
    missing = [n for n in (AGE_KEY, SIGNING_KEY, PUBLIC_KEY) if not (home / n).exists()]
    if missing:
        raise UserError(N_("The zone's keys are not in {path}; run 'zone init' first"),
                        path=str(home))
    public = parse_zone_key((home / PUBLIC_KEY).read_text("utf-8"))
    signing = crypto.SigningKey((home / SIGNING_KEY).read_text("ascii").strip() + "\n",
                                public.public_key)
    signer = crypto.Signer(signing, passphrase)
    identity = crypto.open_identity((home / AGE_KEY).read_bytes(), passphrase)
    pseudonyms = None
    if (home / PSEUDONYM_KEY).exists():
        pseudonyms = bytes.fromhex(crypto.decrypt((home / PSEUDONYM_KEY).read_bytes(),
                                                  identity).decode())
    return ZoneKeys(identity, signer, public, pseudonyms)


def register_fund(store: ZoneStore, key_file_text: str) -> FundKey:
    key = parse_fund_key(key_file_text)
    service.zone_profile(store)
    return service.register_fund_key(store, FundKey(
        key.fund_id, key.key_id, key.public_key, key.code, key.name, key.location,
        key.recovery_recipient, "unconfirmed", "", None, None))


@dataclass
class ImportReport:
    path: Path
    fund_code: str = "?"
    fund_id: str = ""
    seq_from: int = 0
    seq_to: int = 0
    outcome: str = "refused"
    message: str = ""
    params: dict[str, object] = field(default_factory=dict)
    applied: int = 0


def confirm_fund(store: ZoneStore, keys: ZoneKeys, home: Path, fund: str,
                 fingerprint: str) -> tuple[FundKey, list[ImportReport]]:
    """Confirms a fund's key, then takes the batches kept aside for it."""
    with store.read() as repo:
        digests = {k.key_id: crypto.fingerprint(k.public_key) for k in repo.fund_keys()}
    key = service.confirm_fund_key(store, fund, fingerprint, digests)
    reports = []
    for batch in service.quarantined_for_key(store, key.fund_id, key.key_id):
        service.drop_quarantined(store, batch.batch_id)
        reports.append(import_one(store, keys, home, home / ARCHIVE / batch.archive_name))
    return key, reports


def batch_folders(paths: list[Path]) -> list[Path]:
    """Batch folders named directly, or found one level down (a whole stick)."""
    def is_batch(folder: Path) -> bool:  # even with a file missing, to say which
        return any((folder / name).exists() for name in FILES)

    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise UserError(N_("{path} is missing"), path=str(path))
        if not path.is_dir() or is_batch(path):
            found.append(path)
        else:
            found.extend(sorted(p for p in path.iterdir()
                                if p.is_dir() and not p.name.startswith(".") and is_batch(p)))
    return found


def import_batches(store: ZoneStore, keys: ZoneKeys, home: Path, paths: list[Path],
                   ack_to: Path | None = None) -> tuple[list[ImportReport], list[Path]]:
    """Imports each batch; writes an ACK for each fund it heard from (beside its batch,
    on the stick, unless ``ack_to`` names a folder). Returns the reports and ACK files."""
    service.check_keys_belong(store, keys.public.zone_id, keys.pseudonym_key)
    reports = [import_one(store, keys, home, folder) for folder in batch_folders(paths)]
    acks: dict[str, Path] = {}
    for report in reports:
        if report.fund_id and report.outcome != "refused":
            acks[report.fund_id] = ack_to or report.path.parent
    written = [write_fund_ack(store, keys, fund_id, folder) for fund_id, folder in acks.items()]
    return reports, written


def import_one(store: ZoneStore, keys: ZoneKeys, home: Path, folder: Path) -> ImportReport:
    report = ImportReport(folder)
    try:
        raw = read_batch(folder)
        manifest = read_manifest(raw)
        report.fund_code, report.fund_id = manifest.fund_code, manifest.fund_id
        report.seq_from, report.seq_to = manifest.seq_from, manifest.seq_to
        settled = _verify_and_settle(store, keys, home, raw, manifest)
    except UserError as exc:
        report.message, report.params = exc.message, exc.params
        return report
    report.outcome, report.message, report.params = (settled.outcome.value, settled.message,
                                                     settled.params)
    report.applied = settled.applied
    return report


def _verify_and_settle(store: ZoneStore, keys: ZoneKeys, home: Path, raw: RawBatch,
                       manifest: Manifest) -> service.Settled:
    key = _registered_key(store, manifest)
    verify_signed(raw, manifest, key.public_key)
    if manifest.schema not in KNOWN_REVISIONS:
        raise BatchRefused(N_("The fund's Welfare Desk is newer (schema {schema}) than this "
                              "one; upgrade Welfare Desk on the zone's computer, then import "
                              "again"), schema=manifest.schema)
    info = BatchInfo(manifest.fund_id, manifest.fund_code, manifest.key_id,
                     manifest.seq_from, manifest.seq_to, manifest.prev_head,
                     manifest.new_head, manifest.content_sha256,
                     f"{manifest.folder_name}_{manifest.new_head[:12]}")
    if key.status == "unconfirmed":
        archive_batch(raw, home / ARCHIVE, info.archive_name)
        return service.quarantine_unconfirmed(store, info)
    events = decode_events(crypto.decrypt(raw.files[PAYLOAD], keys.identity), manifest)
    if keys.pseudonym_key is not None:  # verified as sent, stored without the IDs
        events = [_pseudonymized(ev, keys.pseudonym_key) for ev in events]
    settled = service.settle_batch(store, info, events)
    if settled.outcome is not service.Outcome.ALREADY:
        archive_batch(raw, home / ARCHIVE, info.archive_name)
    return settled


def _pseudonymized(ev: Event, key: bytes) -> Event:
    payload = canonical_json(pseudonymize(ev.data(), key))
    return Event(ev.fund_id, ev.seq, ev.kind, payload, ev.actor, ev.recorded_at, ev.prev_hash,
                 ev.hash)


def _registered_key(store: ZoneStore, manifest: Manifest) -> FundKey:
    with store.read() as repo:
        keys = repo.fund_keys(manifest.fund_id)
    if not keys:
        raise BatchRefused(N_("Fund {code} is not registered with this zone: register its key "
                              "file with 'zone register-fund' first"), code=manifest.fund_code)
    key = next((k for k in keys if k.key_id == manifest.key_id), None)
    if key is None:
        raise BatchRefused(N_("The batch is signed with key {key}, which is not a key of fund "
                              "{code} registered here; it may come from another fund, or the "
                              "fund has a new key to register"),
                           key=manifest.key_id, code=manifest.fund_code)
    if key.status == "revoked":
        raise BatchRefused(N_("The batch is signed with key {key} of fund {code}, which was "
                              "revoked on {date}; the fund must sign with its current key"),
                           key=key.key_id, code=key.fund_code,
                           date=date.fromisoformat((key.revoked_at or now_iso())[:10]))
    return key


def write_fund_ack(store: ZoneStore, keys: ZoneKeys, fund_id: str, folder: Path) -> Path:
    with store.read() as repo:
        code = next(k.fund_code for k in repo.fund_keys(fund_id))
    state = service.fund_sync_state(store, fund_id, code)
    ack = AckFile(
        keys.public.zone_id, keys.public.name, fund_id, code, state.head_seq, state.head_hash,
        ", ".join(f"{b.seq_from}-{b.seq_to}" for b in state.held),
        ", ".join(f"{b.seq_from}-{b.seq_to}" for b in state.quarantined), now_iso())
    return write_ack(folder, ack, keys.signer)


def forward_batches(store: ZoneStore, home: Path, target: Path) -> tuple[int, int]:
    """The batches this zone accepted, unchanged, with the funds' key files, for the
    province (which can read them when the zone's key file named its age key): every
    confirmed key, and every key that signed a batch passed up, revoked since or not
    (those batches were taken while it was trusted), a file each."""
    with store.read() as repo:
        batches = repo.batches(status="applied")
        signed = {(b.fund_id, b.key_id) for b in batches}
        keys = [k for k in repo.fund_keys()
                if k.status == "confirmed" or (k.fund_id, k.key_id) in signed]
    target.mkdir(parents=True, exist_ok=True)
    for batch in batches:
        source = home / ARCHIVE / batch.archive_name
        if not (target / batch.archive_name).exists():
            shutil.copytree(source, target / batch.archive_name)
    for key in keys:
        (target / f"{key.fund_code}-{key.key_id}.fund-key").write_text(FundPublicKey(
            key.fund_id, key.fund_code, key.fund_name, key.location, key.public_key,
            key.recovery_recipient).render(), encoding="utf-8")
    return len(batches), len(keys)
