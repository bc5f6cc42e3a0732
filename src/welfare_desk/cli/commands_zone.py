"""zone --db ZONE.db|--zone-url URL init | register-fund | confirm-fund | revoke-key |
import | ack | status | report: the zone coordinator's side."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context, passphrase
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]
EXIT_SOME_NOT_APPLIED = 3


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    p = commands.add_parser("zone", help=t(N_("the zone: merge the funds' batches")))
    p.add_argument("--db", dest="zone_db", metavar="ZONE.db",
                   help=t(N_("the zone's SQLite database file")))
    p.add_argument("--zone-url", metavar="URL",
                   help=t(N_("a PostgreSQL database instead (postgresql://...)")))
    p.add_argument("--zone-dir", type=Path, metavar="DIR",
                   help=t(N_("the zone's keys and batch archive (default: beside the "
                             "database file; needed with --zone-url)")))
    # No WHAT opens the zone's window (app.py routes it there before the CLI runs).
    p.set_defaults(handler=run_without_command)
    sub = p.add_subparsers(dest="what", metavar="WHAT")
    q = sub.add_parser("init", help=t(N_("create the zone and its keys")))
    q.add_argument("--name", required=True, help=t(N_("the zone's name")))
    q.add_argument("--also-for", action="append", default=[], metavar="AGE-KEY",
                   help=t(N_("an age public key that may also read the batches (the "
                             "province's), repeatable")))
    q.add_argument("--pseudonymize", action="store_true",
                   help=t(N_("keep keyed pseudonyms instead of national IDs (a province, "
                             "the nation)")))
    q.set_defaults(handler=run_init)
    q = sub.add_parser("forward", help=t(N_("the accepted batches and the funds' keys, "
                                            "unchanged, for the province")))
    q.add_argument("--to", required=True, type=Path, metavar="DIR")
    q.set_defaults(handler=run_forward)
    q = sub.add_parser("register-fund", help=t(N_("register a fund's key file")))
    q.add_argument("file", type=Path, metavar="FUND.fund-key")
    q.add_argument("--fingerprint", default=None,
                   help=t(N_("confirm at once: the fingerprint the fund read out")))
    q.set_defaults(handler=run_register)
    q = sub.add_parser("confirm-fund", help=t(N_("confirm a fund's key by its fingerprint")))
    q.add_argument("fund", metavar="CODE")
    q.add_argument("--fingerprint", required=True)
    q.set_defaults(handler=run_confirm)
    q = sub.add_parser("revoke-key", help=t(N_("stop trusting a fund's key")))
    q.add_argument("fund", metavar="CODE")
    q.add_argument("key_id", metavar="KEY-ID")
    q.set_defaults(handler=run_revoke)
    q = sub.add_parser("import", help=t(N_("import batch folders (or whole sticks)")))
    q.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    q.add_argument("--acks", type=Path, default=None, metavar="DIR",
                   help=t(N_("where to write the ACK files (default: beside each batch)")))
    q.set_defaults(handler=run_import)
    q = sub.add_parser("status", help=t(N_("the funds, their keys and batches")))
    q.set_defaults(handler=run_status)
    from welfare_desk.cli.zone_report import add_report_command

    add_report_command(sub, t)


def wants_window(args: Any) -> bool:
    """``welfare-desk zone --db ZONE.db`` with nothing after it: the zone's window."""
    return getattr(args, "command", None) == "zone" and getattr(args, "what", None) is None


def run_without_command(ctx: Context) -> int:
    raise UserError(N_("Say what to do with the zone (init, register-fund, confirm-fund, "
                       "revoke-key, import, status, report), or open its window: "
                       "welfare-desk zone --db ZONE.db"))


@contextmanager
def zone_store(ctx: Context, create: bool = False) -> Iterator[tuple[Any, Path]]:
    from welfare_desk.db.zone_store import ZoneStore
    from welfare_desk.sync.keys import zone_dir

    a = ctx.args
    if bool(a.zone_db) == bool(a.zone_url):
        raise UserError(N_("Give the zone's database: --db ZONE.db or --zone-url URL"))
    if a.zone_url and a.zone_dir is None:
        raise UserError(N_("With --zone-url, say where the zone's keys are: --zone-dir DIR"))
    home = a.zone_dir or zone_dir(Path(a.zone_db))
    store = ZoneStore.open(a.zone_url or a.zone_db, create=create)
    try:
        yield store, home
    finally:
        store.close()


def run_init(ctx: Context) -> int:
    from welfare_desk.sync.zone_sync import PUBLIC_KEY, init_zone

    with zone_store(ctx, create=True) as (store, home):
        public = init_zone(store, home, ctx.args.name, passphrase(ctx, new=True),
                           tuple(ctx.args.also_for), ctx.args.pseudonymize)
    ctx.say(N_("Zone {zone} is ready. Give every fund this file: {path}"), zone=public.name,
            path=str(home / PUBLIC_KEY))
    ctx.say(N_("Its fingerprint, for the funds to check: {fingerprint}"),
            fingerprint=public.fingerprint)
    return 0


def run_forward(ctx: Context) -> int:
    from welfare_desk.sync.zone_sync import forward_batches

    with zone_store(ctx) as (store, home):
        batches, funds = forward_batches(store, home, ctx.args.to)
    ctx.say(N_("{batches} batches of {funds} funds copied to {path}, unchanged; the province "
               "registers the funds' key files and imports the folder."),
            batches=batches, funds=funds, path=str(ctx.args.to))
    return 0


def run_register(ctx: Context) -> int:
    from welfare_desk.sync.crypto import fingerprint
    from welfare_desk.sync.zone_sync import register_fund

    try:
        text = ctx.args.file.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        raise UserError(N_("{path} is not a key file"), path=str(ctx.args.file)) from None
    with zone_store(ctx) as (store, home):
        key = register_fund(store, text)
        ctx.say(N_("Fund {code} ({name}) registered with key {key}."), code=key.fund_code,
                name=key.fund_name, key=key.key_id)
        ctx.say(N_("Fingerprint: {fingerprint}"), fingerprint=fingerprint(key.public_key))
        if ctx.args.fingerprint is None:
            ctx.say(N_("Compare it with the fund's, then: zone confirm-fund {code} "
                       "--fingerprint '...'. Until then its batches are kept aside."),
                    code=key.fund_code)
            return 0
        return _confirm(ctx, store, home, key.fund_code, ctx.args.fingerprint)


def run_confirm(ctx: Context) -> int:
    with zone_store(ctx) as (store, home):
        return _confirm(ctx, store, home, ctx.args.fund, ctx.args.fingerprint)


def _confirm(ctx: Context, store: Any, home: Path, fund: str, fingerprint: str) -> int:
    from welfare_desk.sync.zone_sync import confirm_fund, unlock_zone, write_fund_ack

    keys = unlock_zone(home, passphrase(ctx))
    key, reports = confirm_fund(store, keys, home, fund, fingerprint)
    ctx.say(N_("Key {key} of fund {code} is confirmed."), key=key.key_id, code=key.fund_code)
    _say_reports(ctx, reports)
    if reports:
        path = write_fund_ack(store, keys, key.fund_id, home / "acks")
        ctx.say(N_("ACK for fund {code}: {path}"), code=key.fund_code, path=str(path))
    return 0


def run_revoke(ctx: Context) -> int:
    from welfare_desk.services.zone import revoke_fund_key

    with zone_store(ctx) as (store, _home):
        key = revoke_fund_key(store, ctx.args.fund, ctx.args.key_id)
    ctx.say(N_("Key {key} of fund {code} is revoked: batches signed with it are refused."),
            key=key.key_id, code=key.fund_code)
    return 0


def run_import(ctx: Context) -> int:
    from welfare_desk.sync.zone_sync import import_batches, unlock_zone

    with zone_store(ctx) as (store, home):
        keys = unlock_zone(home, passphrase(ctx))
        reports, acks = import_batches(store, keys, home, ctx.args.paths, ctx.args.acks)
    _say_reports(ctx, reports)
    for path in acks:
        ctx.say(N_("ACK written: {path}"), path=str(path))
    if not reports:
        raise UserError(N_("No batch folder was found there"))
    fine = all(r.outcome in ("applied", "already") for r in reports)
    return 0 if fine else EXIT_SOME_NOT_APPLIED


def _say_reports(ctx: Context, reports: list[Any]) -> None:
    for r in reports:
        label = f"{r.fund_code} {r.seq_from}-{r.seq_to}" if r.seq_to else r.path.name
        outcome = ctx.tr(r.message, **r.params)
        if r.outcome == "refused":
            outcome = ctx.tr(N_("REFUSED: {reason}. The zone's data did not change."),
                             reason=outcome)
        print(f"{label}: {outcome}")


def run_status(ctx: Context) -> int:
    from welfare_desk.services.zone_report import zone_status

    with zone_store(ctx) as (store, _home):
        status = zone_status(store)
    ctx.say(N_("Zone {zone}: {funds} funds"), zone=status.name, funds=len(status.funds))
    for f in status.funds:
        ctx.say(N_("{code} {name}: key {key} {status}; events {head}; held {held}; "
                   "quarantined {quarantined}"), code=f.code, name=f.name, key=f.key_id,
                status=f.key_status, head=f.head_seq, held=f.held, quarantined=f.quarantined)
    return 0
