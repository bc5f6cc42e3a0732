"""The closed-period rules live in the database itself, on SQLite and PostgreSQL alike:
the cheaper triggers of 0003 refuse and allow exactly what 0001's did."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from tests.sync.conftest import Fund, Zone

POSTING = ("INSERT INTO posting (entry_id, line_no, account_id, amount, entry_date, memo) "
           "VALUES (:entry, 99, :account, 0, :day, 'x')")
ENTRY = ("INSERT INTO journal_entry (id, fund_id, number, entry_date, description, source, "
         "created_by, created_at) VALUES (:id, :fund, :number, :day, 'x', :source, 'x', 'x')")


def _facts(conn: Connection, fund_id: str) -> dict[str, Any]:
    """A closed month of the fund outside its closed years, an entry inside it, and one
    after every lock."""
    one = conn.execute(text(
        "SELECT id, first_day, last_day FROM period_lock AS m WHERE fund_id = :f "
        "AND kind = 'month' AND reopened_at IS NULL AND NOT EXISTS (SELECT 1 FROM period_lock "
        "AS y WHERE y.fund_id = m.fund_id AND y.kind = 'year' AND y.reopened_at IS NULL "
        "AND m.first_day BETWEEN y.first_day AND y.last_day) ORDER BY first_day LIMIT 1"),
        {"f": fund_id}).one()
    last = conn.execute(text("SELECT max(last_day) FROM period_lock WHERE fund_id = :f"),
                        {"f": fund_id}).scalar()
    first_day, last_day = (date.fromisoformat(str(d)) for d in (one.first_day, one.last_day))
    entries = ("SELECT id, entry_date FROM journal_entry WHERE fund_id = :f AND entry_date "
               "{} ORDER BY entry_date LIMIT 1")
    closed = conn.execute(text(entries.format("BETWEEN :a AND :b")),
                          {"f": fund_id, "a": first_day, "b": last_day}).one()
    after = conn.execute(text(entries.format("> :a")),
                         {"f": fund_id, "a": date.fromisoformat(str(last))}).one()
    account = conn.execute(text("SELECT id FROM account WHERE fund_id = :f LIMIT 1"),
                           {"f": fund_id}).scalar()
    return {"lock": one.id, "first_day": first_day, "closed": closed, "after": after,
            "account": account, "fund": fund_id}


def _allowed(engine: Engine, statement: str, params: dict[str, Any],
             reopen: str | None = None) -> bool:
    with engine.connect() as conn, conn.begin() as transaction:
        try:
            if reopen:
                conn.execute(text("UPDATE period_lock SET reopened_by = 'x', reopened_at = 'x',"
                                  " reopen_reason = 'x' WHERE id = :id"), {"id": reopen})
            conn.execute(text(statement), params)
            return True
        except DBAPIError as exc:
            assert "closed" in str(exc)
            return False
        finally:
            transaction.rollback()


def _check_rules(store_zone: Zone, fund: Fund) -> None:
    store_zone.register(fund)
    assert [r.outcome for r in store_zone.import_(fund.export())] == ["applied"]
    engine = store_zone.store.engine
    with engine.connect() as conn:
        f = _facts(conn, fund.db.fund_id())
    closed, after = f["closed"], f["after"]
    after_day = date.fromisoformat(str(after.entry_date))

    def posting(entry: str, day: object) -> dict[str, Any]:
        return {"entry": entry, "account": f["account"], "day": day}

    def entry(day: date, source: str = "manual") -> dict[str, Any]:
        return {"id": "new-entry", "fund": f["fund"], "number": "JV-TEST-1", "day": day,
                "source": source}

    # A posting into an entry of the closed month; into an open one; at another date.
    assert not _allowed(engine, POSTING, posting(closed.id, closed.entry_date))
    assert _allowed(engine, POSTING, posting(closed.id, closed.entry_date), reopen=f["lock"])
    assert _allowed(engine, POSTING, posting(after.id, after.entry_date))
    assert not _allowed(engine, POSTING, posting(after.id, after_day + timedelta(days=1)))
    assert not _allowed(engine, POSTING, posting("no-such-entry", after.entry_date))
    # A new entry inside the closed month, unless it is the year's closing entry.
    assert not _allowed(engine, ENTRY, entry(f["first_day"]))
    assert _allowed(engine, ENTRY, entry(f["first_day"], "year_close"))
    assert _allowed(engine, ENTRY, entry(f["first_day"]), reopen=f["lock"])
    assert _allowed(engine, ENTRY, entry(after_day))


def test_closed_periods_are_kept_by_sqlite(zone: Zone, make_fund) -> None:
    _check_rules(zone, make_fund(seed=24))


def test_closed_periods_are_kept_by_postgresql(pg_zone: Zone, make_fund) -> None:
    _check_rules(pg_zone, make_fund(seed=24))

