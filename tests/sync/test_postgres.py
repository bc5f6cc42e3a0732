"""The same zone on PostgreSQL (a province, the nation), through the same code: a
server of the tests' own, started from an empty folder."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.sync.conftest import Fund, Zone
from tests.sync.state import event_rows, fund_state
from welfare_desk.services.zone_report import zone_report


def test_the_same_batches_make_the_same_zone_on_postgresql(zone: Zone, pg_zone: Zone,
                                                           make_fund) -> None:
    funds: list[Fund] = [make_fund(seed=21), make_fund(seed=22)]
    batches = []
    for fund in funds:
        zone.register(fund)
        pg_zone.register(fund)
        batches.append(fund.export())
    for store in (zone, pg_zone):
        assert [r.outcome for r in store.import_(*batches)] == ["applied", "applied"]
    for fund in funds:
        fund_id = fund.db.fund_id()
        assert event_rows(pg_zone.store.engine, fund_id) == event_rows(zone.store.engine,
                                                                       fund_id)
        assert fund_state(pg_zone.store.engine, fund_id) == fund_state(zone.store.engine,
                                                                       fund_id)
    on_sqlite = zone_report(zone.store, date(2025, 10, 1), date(2026, 9, 30), date(2026, 12, 1))
    on_pg = zone_report(pg_zone.store, date(2025, 10, 1), date(2026, 9, 30), date(2026, 12, 1))
    def figures(report):  # type: ignore[no-untyped-def]  # imported a moment apart
        return [replace(f, last_batch=None) for f in (*report.funds, report.total)]

    assert figures(on_pg) == figures(on_sqlite)
    # Already there: nothing changes, on PostgreSQL too.
    assert [r.outcome for r in pg_zone.import_(*batches)] == ["already", "already"]


def test_postgresql_keeps_the_log_append_only(pg_zone: Zone, make_fund) -> None:
    fund: Fund = make_fund(seed=23)
    pg_zone.register(fund)
    pg_zone.import_(fund.export())
    with pytest.raises(DBAPIError, match="append-only"), pg_zone.store.engine.begin() as conn:
        conn.execute(text("UPDATE event SET actor = 'x' WHERE seq = 1"))
    with pytest.raises(DBAPIError, match="append-only"), pg_zone.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM posting"))
