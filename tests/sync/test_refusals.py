"""Whatever is wrong with a batch, it is refused with a reason and the zone is as before."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from tests.sync.conftest import Fund, Zone
from welfare_desk.ledger.errors import UserError
from welfare_desk.sync import zone_sync
from welfare_desk.sync.batch import FILES, MANIFEST, PAYLOAD, SIGNATURE, SUMS


def zone_digest(zone: Zone) -> str:
    """Every row of the zone's database (and its archive), as one hash."""
    conn = sqlite3.connect(zone.path)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
    finally:
        conn.close()
    archive = zone.home / "batches"
    names = sorted(p.name for p in archive.iterdir()) if archive.exists() else []
    digest.update(repr(names).encode())
    return digest.hexdigest()


@pytest.fixture
def ready(zone: Zone, make_fund, tmp_path: Path) -> tuple[Zone, Fund, Path]:
    fund: Fund = make_fund(seed=3)
    zone.register(fund)
    zone.import_(fund.export())
    fund.ack(zone)
    fund.pay(times=2)
    return zone, fund, fund.export()


def damaged_copy(batch: Path, target: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(batch, target)
    path = target / name
    path.write_bytes(change(path.read_bytes()))
    return target


def refuse(zone: Zone, batch: Path) -> str:
    [report] = zone.import_(batch)
    assert report.outcome == "refused", (batch, report)
    return report.message


def test_every_bit_flip_and_truncation_is_refused_and_changes_nothing(ready, tmp_path) -> None:
    zone, _fund, batch = ready
    before = zone_digest(zone)
    rng = random.Random(6)
    for name in FILES:
        size = len((batch / name).read_bytes())
        # Every byte of the small files, a sample of the payload; one bit each time.
        positions = range(size) if name != PAYLOAD else rng.sample(range(size), 120)
        for pos in positions:
            bit = 1 << rng.randrange(8)
            target = damaged_copy(batch, tmp_path / "bad", name, lambda b, p=pos, m=bit:
                                  b[:p] + bytes([b[p] ^ m]) + b[p + 1:])
            refuse(zone, target)
        for cut in {0, 1, size // 2, size - 1}:
            target = damaged_copy(batch, tmp_path / "bad", name, lambda b, c=cut: b[:c])
            refuse(zone, target)
    assert zone_digest(zone) == before
    [report] = zone.import_(batch)  # the good batch still goes in
    assert report.outcome == "applied"


def test_a_missing_file_is_named(ready, tmp_path) -> None:
    zone, _fund, batch = ready
    before = zone_digest(zone)
    for name in FILES:
        target = tmp_path / f"without-{name}"
        shutil.copytree(batch, target)
        (target / name).unlink()
        assert "missing" in refuse(zone, target)
    assert zone_digest(zone) == before


def test_an_unknown_format_version_asks_for_an_upgrade(ready, tmp_path) -> None:
    zone, _fund, batch = ready
    target = damaged_copy(batch, tmp_path / "v2", MANIFEST,
                          lambda b: b.replace(b"welfare-desk-batch/1", b"welfare-desk-batch/2"))
    assert "upgrade" in refuse(zone, target)


def test_an_oversized_file_is_refused_before_it_is_read(ready, tmp_path) -> None:
    zone, _fund, batch = ready
    target = damaged_copy(batch, tmp_path / "big", SUMS, lambda b: b + b"#" * 5000)
    assert "larger" in refuse(zone, target)


def test_a_batch_claiming_another_fund_is_refused(ready, make_fund, tmp_path) -> None:
    zone, fund, batch = ready
    other: Fund = make_fund(seed=4)
    zone.register(other)
    before = zone_digest(zone)
    text = (batch / MANIFEST).read_text("utf-8")
    forged = text.replace(fund.db.fund_id(), other.db.fund_id())
    target = damaged_copy(batch, tmp_path / "forged", MANIFEST, lambda _b: forged.encode())
    message = refuse(zone, target)
    assert "key" in message
    assert zone_digest(zone) == before


def test_a_revoked_key_is_refused(ready) -> None:
    from welfare_desk.services.zone import revoke_fund_key

    zone, fund, batch = ready
    with zone.store.read() as repo:
        [key] = repo.fund_keys(fund.db.fund_id())
    revoke_fund_key(zone.store, key.fund_code, key.key_id)
    before = zone_digest(zone)
    assert "revoked" in refuse(zone, batch)
    assert zone_digest(zone) == before


def test_an_unregistered_fund_is_told_to_register(zone: Zone, make_fund) -> None:
    fund: Fund = make_fund(seed=5)
    assert "register" in refuse(zone, fund.export())


def test_signature_file_untrusted_comment_cannot_be_changed(ready, tmp_path) -> None:
    zone, _fund, batch = ready
    target = damaged_copy(batch, tmp_path / "comment", SIGNATURE,
                          lambda b: b.replace(b"welfare-desk signature", b"welfare-desk signaturE"))
    assert "changed" in refuse(zone, target)


def test_another_zones_keys_are_refused_before_anything(ready, tmp_path) -> None:
    zone, _fund, batch = ready
    before = zone_digest(zone)
    other = replace(zone.keys, public=replace(zone.keys.public, zone_id="another-zone"))
    with pytest.raises(UserError, match="another zone"):
        zone_sync.import_batches(zone.store, other, zone.home, [batch])
    with pytest.raises(UserError, match="missing"):
        zone_sync.import_batches(zone.store, zone.keys, zone.home, [tmp_path / "nowhere"])
    assert zone_digest(zone) == before
