"""The recovery key rebuilds a fund from its own batches: the events a restored backup
lacks, or the whole fund on a new computer; and refuses what does not continue it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sync.conftest import Fund, Zone
from tests.sync.state import event_rows, fund_state
from welfare_desk.cli.main import main
from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.services.backups import restore
from welfare_desk.sync.recover import recover


def test_a_restored_backup_gets_its_missing_events_back(tmp_path, zone: Zone,
                                                        make_fund) -> None:
    fund: Fund = make_fund(seed=41)
    secret = fund.recovery_key
    zone.register(fund)
    first = fund.export()
    zone.import_(first)
    fund.ack(zone)
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(fund.db.path, backup)
    fund.pay(times=3)
    second = fund.export()
    zone.import_(second)
    fund.ack(zone)
    fund_id = fund.db.fund_id()
    wanted = event_rows(zone.store.engine, fund_id)

    restore(fund.db, backup, tmp_path / "safety")
    with pytest.raises(UserError, match="older backup"):
        fund.export()
    with pytest.raises(UserError):
        recover(fund.db, [second], "AGE-SECRET-KEY-1" + "Q" * 58)
    result = recover(fund.db, [first, second], secret)
    assert result.applied > 0 and result.head == len(wanted)
    assert event_rows(fund.db.engine, fund_id) == wanted
    assert fund_state(fund.db.engine, fund_id) == fund_state(zone.store.engine, fund_id)
    fund.pay()
    [report] = zone.import_(fund.export())  # and the fund goes on, in step with the zone
    assert report.outcome == "applied"


def test_a_lost_computer_rebuilds_the_fund_in_a_new_database(tmp_path, zone: Zone, make_fund,
                                                             monkeypatch) -> None:
    fund: Fund = make_fund(seed=41)
    secret = fund.recovery_key
    batch = fund.export()
    key_file = tmp_path / "typed-from-the-sheet.txt"
    key_file.write_text(secret + "\n")
    new = tmp_path / "new-laptop" / "fund.sqlite"
    assert main(["--db", str(new), "sync", "recover", str(batch.parent),
                 "--recovery-key", str(key_file)]) == 0
    fund_id = fund.db.fund_id()
    with Database.open(new) as rebuilt:
        assert event_rows(rebuilt.engine, fund_id) == event_rows(fund.db.engine,
                                                                 fund_id)[:batch_seq(batch)]
        findings, _count = rebuilt.run_checks()
        assert not any(findings.values())


def test_a_database_that_went_on_after_the_restore_is_not_overwritten(tmp_path, zone: Zone,
                                                                      make_fund) -> None:
    fund: Fund = make_fund(seed=41)
    secret = fund.recovery_key
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(fund.db.path, backup)
    fund.pay(times=2)
    batch = fund.export()
    restore(fund.db, backup, tmp_path / "safety")
    fund.pay(times=1)  # a different event at the same number
    before = event_rows(fund.db.engine, fund.db.fund_id())
    with pytest.raises(UserError, match="went on after the restore"):
        recover(fund.db, [batch], secret)
    assert event_rows(fund.db.engine, fund.db.fund_id()) == before


def batch_seq(batch: Path) -> int:
    return int(batch.name.rsplit("-", 1)[1])

