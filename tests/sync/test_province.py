"""A zone passes its accepted batches up unchanged; the province, keeping keyed
pseudonyms instead of national IDs, merges them and still finds a person active in
two funds."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from tests.conftest import add_member
from tests.sync.conftest import FUND_PASSPHRASE, ZONE_PASSPHRASE, Fund, Zone
from tests.sync.state import event_rows
from welfare_desk.db.zone_store import ZoneStore
from welfare_desk.ledger.thai_id import make_national_id
from welfare_desk.services.zone_report import zone_report
from welfare_desk.sync import crypto, fund_sync, zone_sync
from welfare_desk.sync.keys import zone_dir

SHARED_ID = make_national_id("310010055555")


def new_zone(folder: Path, name: str, **options: object) -> Zone:
    path = folder / "zone.sqlite"
    store = ZoneStore.open(str(path), create=True)
    zone_sync.init_zone(store, zone_dir(path), name, ZONE_PASSPHRASE, **options)  # type: ignore[arg-type]
    return Zone(path, zone_dir(path), zone_sync.unlock_zone(zone_dir(path), ZONE_PASSPHRASE),
                store)


def test_a_province_merges_what_its_zone_passes_up(tmp_path: Path, make_fund) -> None:
    province = new_zone(tmp_path / "province", "จังหวัดทดสอบ", pseudonymize=True)
    zone = new_zone(tmp_path / "zone", "โซนหนึ่ง",
                    more_recipients=(province.keys.public.recipients[0],))
    funds: list[Fund] = [make_fund(seed=51), make_fund(seed=52)]
    zone_key = (zone.home / "zone.pub").read_text("utf-8")
    for fund in funds:
        fund_sync.setup_sync(fund.db, fund.user, zone_key, FUND_PASSPHRASE)
        add_member(fund.db, fund.user, "สมปอง", joined=date(2026, 2, 1), national_id=SHARED_ID)
        zone.register(fund)
        assert [r.outcome for r in zone.import_(fund.export())] == ["applied"]

    up = tmp_path / "to-the-province"
    assert zone_sync.forward_batches(zone.store, zone.home, up) == (2, 2)
    for key_file in sorted(up.glob("*.fund-key")):
        key = zone_sync.register_fund(province.store, key_file.read_text("utf-8"))
        zone_sync.confirm_fund(province.store, province.keys, province.home, key.fund_code,
                               crypto.fingerprint(key.public_key))
    assert [r.outcome for r in province.import_(up)] == ["applied", "applied"]

    for fund in funds:
        fund_id = fund.db.fund_id()
        assert [e[-1] for e in event_rows(province.store.engine, fund_id)] == \
            [e[-1] for e in event_rows(zone.store.engine, fund_id)]  # the same chain
    conn = sqlite3.connect(province.path)
    try:
        ids = [r[0] for r in conn.execute("SELECT national_id FROM member "
                                          "WHERE national_id IS NOT NULL")]
        payloads = " ".join(r[0] for r in conn.execute("SELECT payload FROM event"))
    finally:
        conn.close()
    assert ids and not any(re.fullmatch(r"\d{13}", i) for i in ids)
    assert SHARED_ID not in payloads
    report = zone_report(province.store, date(2025, 10, 1), date(2026, 9, 30))
    [shared] = report.shared_people
    assert shared.national_id != SHARED_ID and len(shared.memberships) == 2
    for z in (zone, province):
        z.store.close()
