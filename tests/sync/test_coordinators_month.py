"""The issue's "done when": a coordinator gets a stick from each fund, imports them
in any order, twice, with one damaged, and ends with exactly the funds' books, a
clear account of what was refused and why, and an ACK for each fund; the same
then works for a province on PostgreSQL."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from tests.sync.conftest import Fund, Zone
from tests.sync.state import event_rows, fund_state, history_state
from welfare_desk.sync import crypto, fund_sync, zone_sync


def test_a_coordinators_month(tmp_path: Path, zone: Zone, pg_zone: Zone, make_fund) -> None:
    funds: list[Fund] = [make_fund(seed=s) for s in (71, 72, 73)]
    for fund in funds:
        zone.register(fund)
    sticks = [fund.export() for fund in funds]
    damaged = tmp_path / "damaged" / sticks[1].name
    shutil.copytree(sticks[1], damaged)
    data = bytearray((damaged / "payload.jsonl.age").read_bytes())
    data[len(data) // 2] ^= 0x10
    (damaged / "payload.jsonl.age").write_bytes(bytes(data))

    arrivals = [damaged, *sticks, *sticks]
    random.Random(12).shuffle(arrivals)
    reports, acks = zone_sync.import_batches(zone.store, zone.keys, zone.home, arrivals,
                                             ack_to=tmp_path / "acks")
    outcomes = {(r.path, r.outcome) for r in reports}
    assert (damaged, "refused") in outcomes
    refusal = next(r for r in reports if r.path == damaged)
    assert "checksum" in refusal.message and refusal.params == {"files": "payload.jsonl.age"}
    assert sorted(r.outcome for r in reports if r.path != damaged) == \
        ["already"] * 3 + ["applied"] * 3
    assert sorted(p.name for p in acks) == sorted(f"{f.registration.stem}.ack" for f in funds)

    for fund in funds:
        fund_id = fund.db.fund_id()
        upto = len(event_rows(zone.store.engine, fund_id))
        assert upto == int(sticks[funds.index(fund)].name.rsplit("-", 1)[1])
        assert fund_state(zone.store.engine, fund_id) == history_state(
            fund.db, upto, tmp_path / f"{fund_id}.sqlite")
        ack = tmp_path / "acks" / f"{fund.registration.stem}.ack"
        taken, changed = fund_sync.take_ack(fund.db, fund.user, ack)
        assert changed and taken.seq == upto

    # The province on PostgreSQL takes what the zone passes up.
    up = tmp_path / "up"
    zone_sync.forward_batches(zone.store, zone.home, up)
    for key_file in sorted(up.glob("*.fund-key")):
        key = zone_sync.register_fund(pg_zone.store, key_file.read_text("utf-8"))
        zone_sync.confirm_fund(pg_zone.store, pg_zone.keys, pg_zone.home, key.fund_code,
                               crypto.fingerprint(key.public_key))
    assert [r.outcome for r in pg_zone.import_(up)] == ["applied"] * 3
    for fund in funds:
        fund_id = fund.db.fund_id()
        assert fund_state(pg_zone.store.engine, fund_id) == fund_state(zone.store.engine,
                                                                       fund_id)
