"""Zone batches (issue 6), side by side with the floors in one run; medians.

- export of a 10,000-member fund's 3-year history (target < 30 s);
- import of 20 funds' batches (1,000 members x 3 years each) into a SQLite zone,
  the whole path (signature, checksums, decryption, chain, apply), against a bare
  sqlite3 executemany of the same rows into the same schema (target >= 20,000
  events/s and within 4x of the floor); the same into PostgreSQL;
- a province of N funds on PostgreSQL (default 200 x 1,000 members x 3 years):
  merged, then the zone report (target < 5 s).

    .venv/bin/python bench/zone.py [--runs 3] [--funds 20] [--province 200] [--skip-pg]
                                   [--province-only]   (--province 0: without the province)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from clones import clone_events  # noqa: E402
from zone_floor import FLOOR_SCHEMAS, Rows, bare_insert, rows_of, sqlite_floor_db  # noqa: E402

from welfare_desk.db.database import Database  # noqa: E402
from welfare_desk.db.events import Event, read_events  # noqa: E402
from welfare_desk.db.repos.zone import BatchInfo  # noqa: E402
from welfare_desk.db.zone_store import ZoneStore  # noqa: E402
from welfare_desk.services import zone as zone_service  # noqa: E402
from welfare_desk.services.demo import DemoOptions, create_demo_fund  # noqa: E402
from welfare_desk.services.funds import authenticate  # noqa: E402
from welfare_desk.services.zone_report import zone_report  # noqa: E402
from welfare_desk.sync import crypto, fund_sync, zone_sync  # noqa: E402
from welfare_desk.sync.batch import Manifest, control_totals, encode_events, sha256_hex  # noqa: E402
from welfare_desk.sync.batch_files import write_batch  # noqa: E402
from welfare_desk.sync.keys import ZonePublicKey, parse_zone_key, zone_dir  # noqa: E402

CACHE = ROOT / "bench" / "out" / "zone-cache"
UNTIL = date(2026, 11, 30)
PASS = "bench-passphrase"


def demo_fund(members: int, seed: int) -> Path:
    path = CACHE / f"demo-{members}-{seed}.sqlite"
    if not path.exists():
        print(f"  generating a {members}-member demo fund (once; cached in {CACHE}) ...")
        CACHE.mkdir(parents=True, exist_ok=True)
        with Database.open(path, create=True) as db:
            create_demo_fund(db, DemoOptions(members=members, years=3, seed=seed, until=UNTIL))
    return path


def fund_events(path: Path) -> list[Event]:
    with Database.open(path, quick_check=False) as db, db.engine.connect() as conn:
        return list(read_events(conn))


def bench_export(members: int, runs: int, work: Path) -> list[float]:
    source = demo_fund(members, 7)
    zone = ZoneStore.open(str(work / "export-zone.sqlite"), create=True)
    public = zone_sync.init_zone(zone, zone_dir(work / "export-zone.sqlite"), "z", PASS)
    zone.close()
    times = []
    for n in range(runs):
        copy = work / f"export-{n}" / "fund.sqlite"
        copy.parent.mkdir()
        shutil.copyfile(source, copy)
        with Database.open(copy, quick_check=False) as db:
            user = authenticate(db, "treasurer", None)
            fund_sync.setup_sync(db, user, public.render(), PASS)
            start = time.perf_counter()
            fund_sync.export_batch(db, user, work / f"stick-{n}", PASS)
            times.append(time.perf_counter() - start)
        shutil.rmtree(copy.parent)
        shutil.rmtree(work / f"stick-{n}")
    return times


def make_batches(funds: list[list[Event]], work: Path, public: ZonePublicKey
                 ) -> tuple[list[Path], list[tuple[str, str, str]]]:
    """Signed, encrypted batch folders of whole histories, and (fund id, code, public key)."""
    signing = crypto.new_signing_key(PASS)
    signer = crypto.Signer(signing, PASS)
    folders, keys = [], []
    for n, events in enumerate(funds):
        plain = encode_events(events)
        code = f"B{n:04d}"
        m = Manifest(events[0].fund_id, code, code, 1, events[-1].seq, events[0].prev_hash,
                     events[-1].hash, sha256_hex(plain), "0002", "bench", signing.key_id,
                     "2026-12-01T00:00:00+00:00", control_totals(events))
        ciphertext = crypto.encrypt(plain, list(public.recipients))
        folders.append(write_batch(work / "stick", m, ciphertext, signer))
        keys.append((events[0].fund_id, code, signing.public))
    return folders, keys


def register_all(store: ZoneStore, keys: list[tuple[str, str, str]]) -> None:
    from welfare_desk.db.repos.zone import FundKey

    for fund_id, code, public in keys:
        key = zone_service.register_fund_key(store, FundKey(
            fund_id, crypto.public_key_id(public), public, code, code, "-", "age1", "", "",
            None, None))
        zone_service.confirm_fund_key(store, code, crypto.fingerprint(public),
                                      {key.key_id: crypto.fingerprint(public)})


def bench_import(target: str, home: Path, public_home: Path, batches: list[Path],
                 keys: list[tuple[str, str, str]]) -> tuple[float, int]:
    store = ZoneStore.open(target, create=True)
    if home != public_home:
        shutil.copytree(public_home, home)
    public = parse_zone_key((public_home / "zone.pub").read_text("utf-8"))
    zone_service.create_zone(store, public.name, public.zone_id)
    register_all(store, keys)
    unlocked = zone_sync.unlock_zone(home, PASS)
    start = time.perf_counter()
    reports, _ = zone_sync.import_batches(store, unlocked, home, batches, home / "acks")
    elapsed = time.perf_counter() - start
    store.close()
    assert all(r.outcome == "applied" for r in reports), [r.message for r in reports]
    return elapsed, sum(r.applied for r in reports)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--export-members", type=int, default=10_000)
    p.add_argument("--funds", type=int, default=20)
    p.add_argument("--fund-members", type=int, default=1_000)
    p.add_argument("--province", type=int, default=200)
    p.add_argument("--skip-pg", action="store_true")
    p.add_argument("--province-only", action="store_true",
                   help="only the province on PostgreSQL (the longest part)")
    a = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wd-zone-bench-"))
    try:
        return run(a, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(a: argparse.Namespace, work: Path) -> int:
    if a.province_only:
        return province_only(a)
    results: list[tuple[str, str]] = []
    times = bench_export(a.export_members, a.runs, work)
    results.append((f"export, {a.export_members:,}-member fund, 3 years",
                    f"{statistics.median(times):.1f} s (target < 30 s)"))
    print(results[-1])

    base = fund_events(demo_fund(a.fund_members, 101))
    funds = [list(clone_events(base, n, f"B{n:04d}")) for n in range(a.funds)]
    events = sum(len(f) for f in funds)
    key_home = work / "keys"
    zs = ZoneStore.open(str(work / "keys.sqlite"), create=True)
    public = zone_sync.init_zone(zs, key_home, "bench", PASS)
    zs.close()
    batches, keys = make_batches(funds, work, public)
    rows = rows_of([e for f in funds for e in f], work / "rows.sqlite")
    ours: list[float] = []
    floors: dict[str, list[float]] = {schema: [] for schema in FLOOR_SCHEMAS}
    for n in range(a.runs):
        elapsed, applied = bench_import(str(work / f"z{n}.sqlite"), zone_dir(work / f"z{n}.sqlite"),
                                        key_home, batches, keys)
        assert applied == events
        ours.append(elapsed)
        for k, (schema, times) in enumerate(floors.items()):
            times.append(bare_insert(sqlite_floor_db(work / f"floor{n}-{k}.sqlite", schema), rows))
        print(f"  run {n + 1}: ours {elapsed:.1f} s, floors "
              + ", ".join(f"{t[-1]:.1f} s" for t in floors.values()))
    o, f = statistics.median(ours), statistics.median(floors[FLOOR_SCHEMAS[0]])
    results.append((f"import {a.funds} funds ({events:,} events) into SQLite",
                    f"{o:.1f} s = {events / o:,.0f} events/s; floor {f:.1f} s = "
                    f"{events / f:,.0f} events/s; {o / f:.1f}x the floor"))
    for schema in FLOOR_SCHEMAS[1:]:
        x = statistics.median(floors[schema])
        results.append((f"  floor {schema}", f"{x:.1f} s = {events / x:,.0f} events/s"))
    print("\n".join(map(str, results[-3:])))
    if not a.skip_pg:
        results += bench_postgres(a, work, batches, keys, key_home, events, rows, base)
    print("\n".join(f"| {what} | {figure} |" for what, figure in results))
    return 0


def bench_postgres(a: argparse.Namespace, work: Path, batches: list[Path],
                   keys: list[tuple[str, str, str]], key_home: Path, events: int,
                   rows: Rows, base: list[Event]) -> list[tuple[str, str]]:
    from zone_floor import pg_database, postgres_server

    out = []
    with postgres_server() as server:
        ours, floor = [], []
        for n in range(a.runs):
            elapsed, _ = bench_import(pg_database(server, f"z{n}"), key_home, key_home,
                                      batches, keys)
            ours.append(elapsed)
            floor.append(bare_insert(pg_database(server, f"floor{n}", migrate=True), rows))
            print(f"  PostgreSQL run {n + 1}: ours {elapsed:.1f} s, floor {floor[-1]:.1f} s")
        o, f = statistics.median(ours), statistics.median(floor)
        out.append((f"import {a.funds} funds ({events:,} events) into PostgreSQL",
                    f"{o:.1f} s = {events / o:,.0f} events/s; floor {f:.1f} s; "
                    f"{o / f:.1f}x the floor"))
        print(out[-1])
        if a.province:
            out += bench_province(a, server, base)
    return out


def province_only(a: argparse.Namespace) -> int:
    from zone_floor import postgres_server

    base = fund_events(demo_fund(a.fund_members, 101))
    with postgres_server() as server:
        results = bench_province(a, server, base)
    print("\n".join(f"| {what} | {figure} |" for what, figure in results))
    return 0


def bench_province(a: argparse.Namespace, server: str, base: list[Event]
                   ) -> list[tuple[str, str]]:
    from zone_floor import pg_database

    store = ZoneStore.open(pg_database(server, "province"))
    zone_service.create_zone(store, "province", "province-id")
    start = time.perf_counter()
    total = 0
    for n in range(a.province):
        clone = list(clone_events(base, 10_000 + n, f"P{n:04d}"))
        info = BatchInfo(clone[0].fund_id, f"P{n:04d}", "K", 1, clone[-1].seq,
                                      clone[0].prev_hash, clone[-1].hash, "-", f"P{n:04d}")
        zone_service.settle_batch(store, info, clone)
        total += len(clone)
        if (n + 1) % 20 == 0:
            print(f"  province: {n + 1} funds, {total:,} events, "
                  f"{time.perf_counter() - start:.0f} s")
    merged = time.perf_counter() - start
    times = []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        report = zone_report(store, date(2025, 10, 1), date(2026, 9, 30))
        times.append(time.perf_counter() - t0)
    store.close()
    assert len(report.funds) == a.province
    return [(f"province of {a.province} funds ({total:,} events) on PostgreSQL: merged",
             f"{merged:.0f} s ({total / merged:,.0f} events/s, clones re-chained in the loop)"),
            (f"zone report of the {a.province} funds", f"{statistics.median(times):.2f} s "
             "(target < 5 s)")]


if __name__ == "__main__":
    raise SystemExit(main())
