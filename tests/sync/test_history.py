"""Gaps wait, forks are quarantined, a restored fund cannot fork silently, and under
random faults the zone always holds exactly each fund's accepted history."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.sync.conftest import FUND_PASSPHRASE, Fund, Zone, open_zone_copy
from tests.sync.state import event_rows, fund_state, history_state
from welfare_desk.ledger.errors import UserError
from welfare_desk.services.backups import restore
from welfare_desk.sync import fund_sync
from welfare_desk.sync.fund_sync import LAST_ACK, LAST_EXPORT
from welfare_desk.sync.keys import fund_sync_dir


def test_a_gap_is_held_and_applied_when_filled(tmp_path, zone: Zone, make_fund, zone_template,
                                               zone_keys) -> None:
    fund: Fund = make_fund(seed=6)
    scratch = open_zone_copy(zone_template, tmp_path / "scratch", zone_keys)
    scratch.register(fund)
    first = fund.export()
    scratch.import_(first)
    fund.ack(scratch)
    fund.pay(times=3)
    second = fund.export()
    zone.register(fund)
    [held] = zone.import_(second)
    assert held.outcome == "pending"
    assert held.params == {"first": 1, "last": held.seq_from - 1}
    assert event_rows(zone.store.engine, fund.db.fund_id()) == []
    [applied] = zone.import_(first)
    assert applied.outcome == "applied"
    assert applied.applied == held.seq_to  # the first batch, then the held one
    assert event_rows(zone.store.engine, fund.db.fund_id()) == \
        event_rows(fund.db.engine, fund.db.fund_id())[:held.seq_to]
    with zone.store.read() as repo:
        assert [b.status for b in repo.batches()] == ["applied", "applied"]
    scratch.store.close()


def test_a_restored_fund_cannot_export_and_a_fork_is_quarantined(tmp_path, zone: Zone,
                                                                  make_fund) -> None:
    fund: Fund = make_fund(seed=7)
    zone.register(fund)
    zone.import_(fund.export())
    fund.ack(zone)
    backup = tmp_path / "old-backup.sqlite"
    shutil.copyfile(fund.db.path, backup)
    fund.pay(times=2)
    zone.import_(fund.export())
    fund.ack(zone)
    zone_events = event_rows(zone.store.engine, fund.db.fund_id())

    restore(fund.db, backup, tmp_path / "safety")
    fund.pay(times=1)  # the restored fund goes on: a different history
    with pytest.raises(UserError, match="restored from an older backup"):
        fund_sync.export_batch(fund.db, fund.user, tmp_path / "refused", FUND_PASSPHRASE)
    assert not (tmp_path / "refused").exists()

    # Without what is kept beside the database (another computer), the fork reaches the zone.
    shutil.rmtree(fund_sync_dir(fund.db.path) / LAST_ACK)
    (fund_sync_dir(fund.db.path) / LAST_EXPORT).unlink()
    forked = fund.export()
    [report] = zone.import_(forked)
    assert report.outcome == "quarantined"
    assert set(report.params) == {"seq", "zone", "batch"}
    assert report.params["zone"] != report.params["batch"]
    assert event_rows(zone.store.engine, fund.db.fund_id()) == zone_events


def test_random_faults_never_leave_the_zone_off_any_funds_history(tmp_path, zone: Zone,
                                                                   make_fund) -> None:
    rng = random.Random(2026)
    funds: list[Fund] = [make_fund(seed=s) for s in (8, 9, 10)]
    for fund in funds:
        zone.register(fund)
    in_transit: list[Path] = []
    outcomes: list[str] = []
    backups: dict[int, Path] = {}
    for step in range(40):
        n = rng.randrange(len(funds))
        fund = funds[n]
        roll = rng.random()
        if roll < 0.1 and n in backups:  # restore an old backup, be refused, go back
            safety, _ = restore(fund.db, backups[n], tmp_path / f"safety-{step}")
            try:
                fund_sync.export_batch(fund.db, fund.user, tmp_path / "x", FUND_PASSPHRASE)
                refused = False
            except UserError:
                refused = True
            restore(fund.db, safety.path, tmp_path / f"safety-back-{step}")
            assert refused
            continue
        if roll < 0.2:
            backups[n] = tmp_path / f"backup-{n}-{step}.sqlite"
            shutil.copyfile(fund.db.path, backups[n])
        fund.pay(times=rng.randint(1, 3))
        batch = fund.export()
        copy = tmp_path / "transit" / f"{step}-{batch.name}"
        shutil.copytree(batch, copy)
        fate = rng.random()
        if fate < 0.15:
            continue  # the stick was lost
        if fate < 0.3:  # damaged on the way
            payload = copy / "payload.jsonl.age"
            data = bytearray(payload.read_bytes())
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            payload.write_bytes(bytes(data))
        in_transit.append(copy)
        if fate > 0.85:
            in_transit.append(copy)  # delivered twice
        rng.shuffle(in_transit)
        deliver = in_transit[:rng.randint(0, len(in_transit))]
        del in_transit[:len(deliver)]
        for report in zone.import_(*deliver):
            outcomes.append(report.outcome)
        if rng.random() < 0.7:
            fund.ack(zone)
    outcomes += [r.outcome for r in zone.import_(*in_transit)]
    assert {"applied", "already", "refused"} <= set(outcomes)  # the faults happened
    assert "quarantined" not in outcomes
    for fund in funds:
        fund.pay()
        zone.import_(fund.export())
        fund_id = fund.db.fund_id()
        zone_events = event_rows(zone.store.engine, fund_id)
        assert zone_events == event_rows(fund.db.engine, fund_id)[:len(zone_events)]
        assert fund_state(zone.store.engine, fund_id) == history_state(
            fund.db, len(zone_events), tmp_path / f"replay-{fund_id}.sqlite")
        assert len(zone_events) >= event_rows(fund.db.engine, fund_id)[-1][0] - 1
