"""sync setup | export | ack | status: the fund's batches for its zone."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context, passphrase
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    p = commands.add_parser("sync", help=t(N_("batches for the zone on a USB stick")))
    sub = p.add_subparsers(dest="what", required=True, metavar="WHAT")
    q = sub.add_parser("setup", help=t(N_("create the fund's keys and take the zone's key")))
    q.add_argument("--zone-key", required=True, type=Path, metavar="ZONE.pub")
    q.add_argument("--new-key", action="store_true",
                   help=t(N_("replace the fund's signing and recovery keys")))
    q.add_argument("--sheets", type=Path, default=None, metavar="DIR",
                   help=t(N_("where to write the registration and recovery key sheets (PDF)")))
    q.set_defaults(handler=run_setup)
    q = sub.add_parser("export", help=t(N_("write the events the zone has not acknowledged")))
    q.add_argument("--to", required=True, type=Path, metavar="DIR")
    q.set_defaults(handler=run_export)
    q = sub.add_parser("ack", help=t(N_("take the zone's acknowledgement")))
    q.add_argument("file", type=Path, metavar="FILE.ack")
    q.set_defaults(handler=run_ack)
    q = sub.add_parser("recover", help=t(N_("rebuild the fund from its own batches with the "
                                            "recovery key")))
    q.add_argument("paths", nargs="+", type=Path, metavar="BATCH")
    q.add_argument("--recovery-key", type=Path, default=None, metavar="FILE",
                   help=t(N_("a file with the key from the sealed sheet (default: type it)")))
    q.set_defaults(handler=run_recover)
    q = sub.add_parser("status", help=t(N_("the fund's key, zone and batches")))
    q.set_defaults(handler=run_status)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(N_("{path} is missing"), path=str(path)) from None
    except UnicodeDecodeError:
        raise UserError(N_("{path} is not a key file"), path=str(path)) from None


def run_setup(ctx: Context) -> int:
    from welfare_desk.sync.fund_sync import setup_sync

    zone_key = _read_text(ctx.args.zone_key)
    with ctx.database() as db:
        user = ctx.user(db)
        result = setup_sync(db, user, zone_key, passphrase(ctx, new=True), ctx.args.new_key)
    ctx.say(N_("Sync is set up with zone {zone} (zone key fingerprint {fingerprint})."),
            zone=result.zone.name, fingerprint=result.zone.fingerprint)
    ctx.say(N_("Give the zone this file: {path}"), path=str(result.registration_file))
    ctx.say(N_("Read this fingerprint to the zone coordinator: {fingerprint}"),
            fingerprint=result.registration.fingerprint)
    from welfare_desk.printing.sync_sheets import FundKeySheet, recovery_sheet, registration_sheet

    sheets = ctx.args.sheets or result.registration_file.parent
    key = result.registration
    paper = FundKeySheet(key.fund_id, key.code, key.name, key.location, key.public_key,
                         key.key_id, key.fingerprint, key.render(), result.zone.name)
    path = registration_sheet(sheets, paper, ctx.lang)
    ctx.say(N_("Registration sheet for the zone: {path}"), path=str(path))
    if result.recovery is not None:
        path = recovery_sheet(sheets, paper, result.recovery.secret,
                              result.recovery.recipient, ctx.lang)
        ctx.say(N_("Recovery key sheet: {path}. Print it, seal it in an envelope with the "
                   "committee, then delete the file: the key is not kept anywhere else."),
                path=str(path))
    return 0


def run_export(ctx: Context) -> int:
    from welfare_desk.sync.fund_sync import export_batch

    with ctx.database() as db:
        user = ctx.user(db)
        result = export_batch(db, user, ctx.args.to, passphrase(ctx))
    if result.folder is None or result.manifest is None:
        ctx.say(N_("Nothing new: the zone has acknowledged every event."))
        return 0
    m = result.manifest
    ctx.say(N_("Batch {name}: events {first}-{last} ({count}), written and checked. The stick "
               "can be removed."), name=result.folder.name, first=m.seq_from, last=m.seq_to,
            count=m.event_count)
    print(result.folder)
    return 0


def run_ack(ctx: Context) -> int:
    from welfare_desk.sync.fund_sync import take_ack

    with ctx.database() as db:
        ack, changed = take_ack(db, ctx.user(db), ctx.args.file)
    if changed:
        ctx.say(N_("The zone {zone} holds this fund's events up to number {seq}."),
                zone=ack.zone_name, seq=ack.seq)
    else:
        ctx.say(N_("Nothing new in this acknowledgement (the zone holds events up to {seq})."),
                seq=ack.seq)
    if ack.held:
        ctx.say(N_("The zone holds batches waiting for missing events: {ranges}"),
                ranges=ack.held)
    if ack.quarantined:
        ctx.say(N_("The zone set batches aside: {ranges}; call the zone coordinator."),
                ranges=ack.quarantined)
    return 0


def run_recover(ctx: Context) -> int:
    import getpass

    from welfare_desk.sync.recover import recover

    if ctx.args.recovery_key is not None:
        secret = _read_text(ctx.args.recovery_key)
    else:
        secret = getpass.getpass(ctx.tr(N_("Recovery key (AGE-SECRET-KEY-1...): ")))
    new = not ctx.db_path.exists()
    with ctx.database(create=new) as db:
        result = recover(db, ctx.args.paths, secret)
    ctx.say(N_("Recovered {applied} events from {batches} batches; the fund's history now "
               "ends at event {head}."), applied=result.applied, batches=result.batches,
            head=result.head)
    if new:
        ctx.say(N_("This is a new database: set up sync again with --new-key and register "
                   "the new key with the zone."))
    return 0


def run_status(ctx: Context) -> int:
    from welfare_desk.services.sync import sync_state
    from welfare_desk.sync.crypto import fingerprint

    with ctx.database(quick_check=False) as db:
        state = sync_state(db)
    if state.config is None:
        ctx.say(N_("Sync is not set up yet: run 'sync setup' with the zone's key file"))
        return 0
    c = state.config
    ctx.say(N_("Zone: {zone}"), zone=c.zone_name)
    ctx.say(N_("Fund key: {key} (fingerprint {fingerprint})"), key=c.key_id,
            fingerprint=fingerprint(c.public_key))
    ctx.say(N_("Events: {head}; acknowledged by the zone: {acked}; not yet acknowledged: "
               "{waiting}"), head=state.head_seq, acked=state.acked_seq,
            waiting=state.unacknowledged)
    if state.last_export is not None:
        ctx.say(N_("Last batch: {name} on {date}"), name=state.last_export.name,
                date=ctx.date(date.fromisoformat(state.last_export.exported_at[:10])))
    return 0
