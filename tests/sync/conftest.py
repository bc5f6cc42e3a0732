"""Funds and a zone for the sync tests.

The zone's keys are made once per session (sealing an age identity with a
passphrase costs seconds by design) and copied for each test; the funds come
from the demo generator, copied from a session template per seed. The
fund's signing keys use a small scrypt cost in these tests: the cost is a
parameter stored in the key file, and its real value is tested on its own.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from welfare_desk.db.database import Database
from welfare_desk.db.zone_store import ZoneStore
from welfare_desk.ledger.fund import User
from welfare_desk.services.demo import DemoOptions, create_demo_fund
from welfare_desk.services.dues import take_dues
from welfare_desk.services.funds import authenticate
from welfare_desk.sync import crypto, fund_sync, zone_sync
from welfare_desk.sync.keys import fund_sync_dir, zone_dir

ZONE_PASSPHRASE = "zone-passphrase-1"
FUND_PASSPHRASE = "fund-passphrase-1"
DEMO_UNTIL = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_OPSLIMIT", 1 << 15)
    monkeypatch.setattr(crypto, "SCRYPT_MEMLIMIT", 1 << 24)


@pytest.fixture(scope="session")
def zone_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("zone-template")
    with ZoneStore.open(str(folder / "zone.sqlite"), create=True) as store:
        zone_sync.init_zone(store, zone_dir(folder / "zone.sqlite"), "โซนทดสอบ", ZONE_PASSPHRASE)
    return folder


@pytest.fixture(scope="session")
def zone_keys(zone_template: Path) -> zone_sync.ZoneKeys:
    return zone_sync.unlock_zone(zone_dir(zone_template / "zone.sqlite"), ZONE_PASSPHRASE)


@dataclass
class Zone:
    path: Path
    home: Path
    keys: zone_sync.ZoneKeys
    store: ZoneStore

    def import_(self, *paths: Path) -> list[zone_sync.ImportReport]:
        reports, _acks = zone_sync.import_batches(self.store, self.keys, self.home, list(paths))
        return reports

    def register(self, fund: Fund, confirm: bool = True) -> None:
        key = zone_sync.register_fund(self.store, fund.registration.read_text("utf-8"))
        if confirm:
            zone_sync.confirm_fund(self.store, self.keys, self.home, key.fund_code,
                                   crypto.fingerprint(key.public_key))


def open_zone_copy(template: Path, target: Path, keys: zone_sync.ZoneKeys) -> Zone:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template / "zone.sqlite", target / "zone.sqlite")
    shutil.copytree(zone_dir(template / "zone.sqlite"), zone_dir(target / "zone.sqlite"))
    store = ZoneStore.open(str(target / "zone.sqlite"))
    return Zone(target / "zone.sqlite", zone_dir(target / "zone.sqlite"), keys, store)


@pytest.fixture
def zone(tmp_path: Path, zone_template: Path, zone_keys: zone_sync.ZoneKeys) -> Iterator[Zone]:
    z = open_zone_copy(zone_template, tmp_path / "zone", zone_keys)
    yield z
    z.store.close()


@dataclass
class Fund:
    db: Database
    user: User
    registration: Path
    stick: Path
    recovery_key: str  # as the treasurer reads it from the sealed sheet

    def export(self) -> Path:
        result = fund_sync.export_batch(self.db, self.user, self.stick, FUND_PASSPHRASE)
        assert result.folder is not None
        return result.folder

    def pay(self, times: int = 1) -> None:
        """New activity: dues from the first members who may pay."""
        with self.db.read() as repos:
            members = repos.members.all(repos.fund_id())
        paying = [m.member_no for m in members if m.status.value == "active"][:times]
        for no in paying:
            take_dues(self.db, self.user, no, 3000, date.today())

    def ack(self, zone: Zone) -> None:
        path = zone_sync.write_fund_ack(zone.store, zone.keys, self.db.fund_id(),
                                        self.stick / "acks")
        fund_sync.take_ack(self.db, self.user, path)


_templates: dict[int, Path] = {}


def _fund_template(seed: int, members: int, folder: Path) -> Path:
    if seed not in _templates:
        path = folder / f"fund-{seed}.sqlite"
        with Database.open(path, create=True) as db:
            create_demo_fund(db, DemoOptions(members=members, years=1, seed=seed,
                                             until=DEMO_UNTIL))
        _templates[seed] = path
    return _templates[seed]


@pytest.fixture(scope="session")
def fund_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fund-templates")


@pytest.fixture
def make_fund(tmp_path: Path, fund_templates: Path, zone_template: Path
              ) -> Iterator[object]:
    opened: list[Database] = []

    def make(seed: int = 1, members: int = 20) -> Fund:
        path = tmp_path / f"fund-{seed}" / "fund.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_fund_template(seed, members, fund_templates), path)
        db = Database.open(path)
        opened.append(db)
        user = authenticate(db, "treasurer", None)
        zone_key = (zone_dir(zone_template / "zone.sqlite") / "zone.pub").read_text("utf-8")
        result = fund_sync.setup_sync(db, user, zone_key, FUND_PASSPHRASE)
        assert result.recovery is not None
        return Fund(db, user, result.registration_file, tmp_path / f"stick-{seed}",
                    result.recovery.secret)

    yield make
    for db in opened:
        db.close()


def sync_folder(fund: Fund) -> Path:
    return fund_sync_dir(fund.db.path)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    from tests.support.postgres import scratch_postgres

    with scratch_postgres() as url:
        yield url


@pytest.fixture
def pg_zone(postgres_server: str, tmp_path: Path, zone_template: Path,
            zone_keys: zone_sync.ZoneKeys, request: pytest.FixtureRequest) -> Iterator[Zone]:
    """The template zone's keys over a fresh PostgreSQL database."""
    from tests.support.postgres import new_database
    from welfare_desk.services.zone import create_zone
    from welfare_desk.sync.keys import parse_zone_key

    name = f"zone_{abs(hash(request.node.nodeid)) % 10**8}"
    home = tmp_path / "pg-zone-home"
    shutil.copytree(zone_dir(zone_template / "zone.sqlite"), home)
    public = parse_zone_key((home / "zone.pub").read_text("utf-8"))
    store = ZoneStore.open(new_database(postgres_server, name))
    create_zone(store, public.name, public.zone_id)
    zone = Zone(Path(name), home, zone_keys, store)
    yield zone
    store.close()
