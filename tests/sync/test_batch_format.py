"""The pieces of a batch on their own: control totals, the manifest, the checksums."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.sync.conftest import Fund
from welfare_desk.db.events import GENESIS_HASH
from welfare_desk.services.sync import batch_events
from welfare_desk.sync.batch import BatchRefused, Manifest, control_totals, parse_manifest


def test_control_totals_are_the_events_own_amounts(make_fund) -> None:
    fund: Fund = make_fund(seed=61)
    events = batch_events(fund.db, 0)
    money: Counter[str] = Counter()
    for ev in events:
        section = {"receipt.issued": "receipt", "voucher.paid": "voucher",
                   "grant.recorded": "grant"}.get(ev.kind)
        if section:
            data = json.loads(ev.payload)[section]
            money[f"{section}s-satang"] += data["total" if section == "receipt" else "amount"]
    totals = control_totals(events)
    assert {k: v for k, v in totals.items() if k.endswith("-satang")} == dict(money)
    assert sum(v for k, v in totals.items() if k.startswith("events.")) == len(events)
    assert all(money.values())


def test_a_manifest_reads_back_and_refuses_what_does_not_add_up() -> None:
    m = Manifest("f" * 8, "T0001", "กองทุนทดสอบ", 1, 3, GENESIS_HASH, "a" * 64, "b" * 64,
                 "0002", "0.1.0", "ABCDEF0123456789", "2026-12-01T00:00:00+00:00",
                 {"events.fund.created": 1})
    assert parse_manifest(m.render()) == m
    with pytest.raises(BatchRefused):
        parse_manifest(m.render().replace("event-count: 3", "event-count: 4"))
    with pytest.raises(BatchRefused):
        parse_manifest(m.render().replace("seq-from: 1", "seq-from: 2"))  # genesis at 2
    with pytest.raises(BatchRefused, match="upgrade"):
        parse_manifest(m.render().replace("batch/1", "batch/7"))
