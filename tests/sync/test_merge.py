"""A fund's batches into the zone: applied in sequence, once, all or nothing."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from tests.sync.conftest import Fund, Zone, open_zone_copy
from tests.sync.state import event_rows, fund_state, history_state
from welfare_desk.db.zone_store import ZoneStore


def assert_zone_holds_fund(zone: Zone, fund: Fund, scratch: Path) -> None:
    """The zone holds exactly the fund's history up to the zone's head: the events, and
    the state they make. After it the fund has only its own record of the sync."""
    fund_id = fund.db.fund_id()
    zone_events = event_rows(zone.store.engine, fund_id)
    fund_events = event_rows(fund.db.engine, fund_id)
    assert zone_events and zone_events == fund_events[:len(zone_events)]
    assert {e[1] for e in fund_events[len(zone_events):]} <= {"sync.batch_exported",
                                                              "sync.acknowledged"}
    assert fund_state(zone.store.engine, fund_id) == history_state(
        fund.db, len(zone_events), scratch / f"replay-{len(zone_events)}.sqlite")


def test_a_fund_registered_and_confirmed_lands_whole_in_the_zone(zone: Zone, make_fund,
                                                                tmp_path: Path) -> None:
    fund: Fund = make_fund(seed=1)
    batch = fund.export()
    zone.register(fund)
    [report] = zone.import_(batch)
    assert report.outcome == "applied"
    assert report.applied == report.seq_to
    assert_zone_holds_fund(zone, fund, tmp_path)


def test_an_unconfirmed_key_keeps_the_batch_aside_until_confirmed(zone: Zone, make_fund,
                                                                 tmp_path: Path) -> None:
    fund: Fund = make_fund(seed=1)
    batch = fund.export()
    zone.register(fund, confirm=False)
    [report] = zone.import_(batch)
    assert report.outcome == "quarantined"
    assert event_rows(zone.store.engine, fund.db.fund_id()) == []
    from welfare_desk.sync import crypto, zone_sync

    with zone.store.read() as repo:
        [key] = repo.fund_keys()
    _key, reports = zone_sync.confirm_fund(zone.store, zone.keys, zone.home, key.fund_code,
                                           crypto.fingerprint(key.public_key))
    assert [r.outcome for r in reports] == ["applied"]
    assert_zone_holds_fund(zone, fund, tmp_path)


def test_importing_the_same_batch_a_hundred_times_applies_it_once(zone: Zone, make_fund,
                                                                  tmp_path: Path) -> None:
    fund: Fund = make_fund(seed=1)
    batch = fund.export()
    zone.register(fund)
    outcomes = [r.outcome for _ in range(100) for r in zone.import_(batch)]
    assert outcomes == ["applied"] + ["already"] * 99
    with zone.store.read() as repo:
        assert len(repo.batches()) == 1
    assert_zone_holds_fund(zone, fund, tmp_path)


def five_batches(fund: Fund, zone: Zone) -> list[Path]:
    """Five consecutive batches, each acknowledged by ``zone`` as it goes."""
    batches = []
    for n in range(5):
        fund.pay(times=n + 1)
        batch = fund.export()
        batches.append(batch)
        zone.import_(batch)
        fund.ack(zone)
    return batches


def test_every_order_of_five_batches_gives_the_same_zone(tmp_path: Path, zone: Zone, make_fund,
                                                         zone_keys) -> None:
    fund: Fund = make_fund(seed=2)
    zone.register(fund)
    zone.import_(fund.export())
    fund.ack(zone)
    base = tmp_path / "base"
    base.mkdir()
    zone.store.close()
    shutil.copyfile(zone.path, base / "zone.sqlite")
    shutil.copytree(zone.home, base / "zone-zone")
    zone.store = ZoneStore.open(str(zone.path))
    batches = five_batches(fund, zone)
    fund_id = fund.db.fund_id()
    expected = fund_state(zone.store.engine, fund_id)
    assert_zone_holds_fund(zone, fund, tmp_path)
    for n, order in enumerate(itertools.permutations(batches)):
        copy = open_zone_copy(base, tmp_path / f"order-{n}", zone_keys)
        try:
            outcomes = [r.outcome for batch in order for r in copy.import_(batch)]
            assert fund_state(copy.store.engine, fund_id) == expected, order
            assert outcomes.count("applied") >= 1 and "quarantined" not in outcomes
        finally:
            copy.store.close()
            shutil.rmtree(tmp_path / f"order-{n}")
