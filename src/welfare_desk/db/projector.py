"""Events -> state rows. The only writer of state tables.

Services decide and build an event payload; ``apply_event`` writes the rows.
Replaying a log through the same handlers rebuilds the same state, which is
how the zone merges funds and how the tests prove that the log is complete.
Inserts are buffered per table and sent with executemany, so bulk paths
(demo data, imports, the zone merge) run at Core speed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from welfare_desk.db import schema as t

# Parents before children, whatever order the handlers met the tables in.
TABLE_ORDER = {table: i for i, table in enumerate(t.metadata.sorted_tables)}


class Writer:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._pending: dict[Table, list[dict[str, Any]]] = {}
        self._updates: list[tuple[Table, Any, dict[str, Any]]] = []
        self._counters: dict[tuple[str, str], int] = {}
        self._account_ids: dict[tuple[str, str], int] = {}

    def insert(self, table: Table, row: dict[str, Any]) -> None:
        self._pending.setdefault(table, []).append(row)

    def execute(self, statement: Any) -> None:
        self.flush()
        self.conn.execute(statement)

    def update(self, table: Table, row_id: Any, values: dict[str, Any]) -> None:
        """Changes a row by its id once the buffered inserts are written (in the order
        asked), without cutting the buffers short: a history has a status change
        every few hundred events."""
        self._updates.append((table, row_id, values))

    def upsert(self, table: Table, row: dict[str, Any], keys: list[str]) -> None:
        """Insert, or update the non-key columns of the row already there."""
        insert = postgresql_insert if self.conn.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(table).values(**row)
        self.execute(stmt.on_conflict_do_update(
            index_elements=keys, set_={k: v for k, v in row.items() if k not in keys}))

    def raise_counter(self, fund_id: str, name: str, value: int) -> None:
        key = (fund_id, name)
        self._counters[key] = max(value, self._counters.get(key, 0))

    def account_id(self, fund_id: str, code: str) -> int:
        key = (fund_id, code)
        if key not in self._account_ids:
            self.flush()
            found = self.conn.execute(
                select(t.account.c.id).where(t.account.c.fund_id == fund_id,
                                             t.account.c.code == code)
            ).scalar()
            if found is None:
                raise KeyError(f"no account {code} in fund {fund_id}")
            self._account_ids[key] = found
        return self._account_ids[key]

    def _insert_many(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if self.conn.dialect.name == "postgresql":
            self._copy(table, rows)
            return
        if self.conn.dialect.name != "sqlite":
            self.conn.execute(table.insert(), rows)
            return
        # The bulk path's hot spot: the driver's executemany with plain tuples is
        # about three times faster than SQLAlchemy building parameters per row.
        columns = [c.name for c in table.columns if c.name in rows[0]]
        quote = self.conn.dialect.identifier_preparer.quote
        sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        # Dates go in as ISO text through the adapter db/engine.py registers.
        self.conn.exec_driver_sql(sql, [tuple(map(row.get, columns)) for row in rows])

    def _copy(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """PostgreSQL's bulk path: COPY, some ten times faster than INSERTs for a
        province's merge (row triggers still fire, so the books' rules hold)."""
        columns = [c.name for c in table.columns if c.name in rows[0]]
        quote = self.conn.dialect.identifier_preparer.quote
        raw: Any = self.conn.connection.dbapi_connection  # psycopg's, with COPY
        sql = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
        with raw.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(tuple(map(row.get, columns)))

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        for table in sorted(pending, key=TABLE_ORDER.__getitem__):
            self._insert_many(table, pending[table])
        updates, self._updates = self._updates, []
        for table, row_id, values in updates:
            self.conn.execute(update(table).where(table.c.id == row_id).values(**values))
        counters, self._counters = self._counters, {}
        postgresql = self.conn.dialect.name == "postgresql"
        insert = postgresql_insert if postgresql else sqlite_insert
        larger = func.greatest if postgresql else func.max
        for (fund_id, name), value in counters.items():
            stmt = insert(t.counter).values(fund_id=fund_id, name=name, value=value)
            self.conn.execute(stmt.on_conflict_do_update(
                index_elements=["fund_id", "name"],
                set_={"value": larger(t.counter.c.value, stmt.excluded.value)},
            ))


Handler = Callable[[Writer, str, dict[str, Any]], None]
HANDLERS: dict[str, Handler] = {}


def handles(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn
    return register


def apply_event(writer: Writer, fund_id: str, kind: str, payload: dict[str, Any]) -> None:
    try:
        handler = HANDLERS[kind]
    except KeyError:
        raise ValueError(f"unknown event kind {kind!r}") from None
    handler(writer, fund_id, payload)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dates(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {**row, **{n: _d(row.get(n)) for n in names if n in row}}


@handles("fund.created")
def _fund_created(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.fund, _dates({**p["fund"], "id": fund_id}, "founded_on"))


@handles("fund.updated")
def _fund_updated(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.update(t.fund, fund_id, _dates(p["fields"], "founded_on"))


@handles("account.opened")
def _account_opened(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.account, {**p["account"], "fund_id": fund_id})


@handles("village.set")
def _village_set(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.upsert(t.village, {"fund_id": fund_id, "moo": p["moo"], "name": p["name"]},
             ["fund_id", "moo"])


@handles("dues_plan.set")
def _plan_set(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.upsert(t.dues_plan, {"fund_id": fund_id, **p["plan"]}, ["fund_id", "code"])


@handles("user.added")
def _user_added(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.app_user, {**p["user"], "fund_id": fund_id})


@handles("data.exported_with_full_ids")
def _exported_with_full_ids(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    """Only the log keeps it: who took full national IDs off the laptop, and where."""


@handles("user.password_set")
def _user_password_set(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.update(t.app_user, p["user_id"], {"password_hash": p["password_hash"]})


@handles("benefit_type.set")
def _benefit_type_set(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.upsert(t.benefit_type, {"fund_id": fund_id, **p["benefit_type"]}, ["fund_id", "code"])


@handles("rule_version.added")
def _rule_added(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.rule_version, _dates({**p["rule"], "fund_id": fund_id}, "effective_from"))


@handles("member.registered")
def _member_registered(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    member = _dates({**p["member"], "fund_id": fund_id},
                    "birth_date", "joined_on", "status_since")
    w.insert(t.member, member)
    for category in p["categories"]:
        w.insert(t.member_category, {"member_id": member["id"], "category": category})
    _insert_beneficiaries(w, member["id"], p["beneficiaries"])
    w.insert(t.member_plan, {"member_id": member["id"], **p["plan"]})
    w.raise_counter(fund_id, "member_no", member["member_no"])


def _insert_beneficiaries(w: Writer, member_id: str, rows: list[dict[str, Any]]) -> None:
    for position, row in enumerate(rows, start=1):
        w.insert(t.beneficiary, {"member_id": member_id, "position": position, **row})


@handles("member.updated")
def _member_updated(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    member_id = p["member_id"]
    if p["fields"]:
        w.execute(update(t.member).where(t.member.c.id == member_id)
                  .values(**_dates(p["fields"], "birth_date", "joined_on")))
    if "categories" in p:
        w.execute(t.member_category.delete().where(t.member_category.c.member_id == member_id))
        for category in p["categories"]:
            w.insert(t.member_category, {"member_id": member_id, "category": category})
    if "beneficiaries" in p:
        w.execute(t.beneficiary.delete().where(t.beneficiary.c.member_id == member_id))
        _insert_beneficiaries(w, member_id, p["beneficiaries"])


@handles("member.status_changed")
def _member_status(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    change = _dates(p["change"], "effective_on")
    w.insert(t.member_status_change, change)
    w.update(t.member, change["member_id"],
             {"status": change["to_status"], "status_since": change["effective_on"]})


@handles("member.plan_changed")
def _member_plan(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.member_plan, p["plan"])


def post_entry(w: Writer, fund_id: str, entry: dict[str, Any]) -> None:
    """Journal entry plus its postings; the number's counter moves with it."""
    lines = entry["postings"]
    row = _dates({k: v for k, v in entry.items() if k != "postings"}, "entry_date")
    w.insert(t.journal_entry, {**row, "fund_id": fund_id})
    for line_no, line in enumerate(lines, start=1):
        w.insert(t.posting, {
            "entry_id": row["id"], "line_no": line_no,
            "account_id": w.account_id(fund_id, line["account"]),
            "amount": line["amount"], "entry_date": row["entry_date"],
            "memo": line.get("memo", ""), "member_id": line.get("member_id"),
        })
    prefix, running = row["number"].rsplit("-", 1)
    w.raise_counter(fund_id, f"entry:{prefix}", int(running))


@handles("entry.posted")
def _entry_posted(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    post_entry(w, fund_id, p["entry"])


@handles("receipt.issued")
def _receipt_issued(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    post_entry(w, fund_id, p["entry"])
    receipt = _dates({**p["receipt"], "fund_id": fund_id}, "issued_on")
    w.insert(t.receipt, receipt)
    for line_no, line in enumerate(p["lines"], start=1):
        w.insert(t.receipt_line, {"receipt_id": receipt["id"], "line_no": line_no, **line})
    w.raise_counter(fund_id, "receipt", receipt["seq"])


@handles("receipt.voided")
def _receipt_voided(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    post_entry(w, fund_id, p["entry"])
    w.insert(t.receipt_void, _dates(p["void"], "voided_on"))


@handles("claim.filed")
def _claim_filed(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.claim, _dates({**p["claim"], "fund_id": fund_id}, "event_date", "filed_on"))
    prefix, running = p["claim"]["claim_no"].rsplit("-", 1)
    w.raise_counter(fund_id, f"claim:{prefix}", int(running))


@handles("claim.decided")
def _claim_decided(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.claim_decision, _dates(p["decision"], "decided_on"))


@handles("voucher.paid")
def _voucher_paid(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    post_entry(w, fund_id, p["entry"])
    w.insert(t.payment_voucher, _dates({**p["voucher"], "fund_id": fund_id}, "paid_on"))
    if p.get("non_member_aid"):
        w.insert(t.non_member_aid, {**p["non_member_aid"], "fund_id": fund_id})


@handles("grant.recorded")
def _grant_recorded(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    post_entry(w, fund_id, p["entry"])
    w.insert(t.grant, _dates({**p["grant"], "fund_id": fund_id}, "received_on"))


@handles("matching.marked")
def _matching_marked(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    for member_id in p["member_ids"]:
        w.insert(t.matching_mark,
                 {"member_id": member_id, "year": p["year"], "marked_by": p["marked_by"]})


@handles("period.closed")
def _period_closed(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    if p.get("entry"):
        post_entry(w, fund_id, p["entry"])
    for assertion in p.get("assertions", []):
        w.insert(t.balance_assertion, _dates({**assertion, "fund_id": fund_id}, "as_of"))
    w.flush()  # the closing entry is written before the lock that would refuse it
    w.insert(t.period_lock,
             _dates({**p["lock"], "fund_id": fund_id}, "first_day", "last_day"))


@handles("period.reopened")
def _period_reopened(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.execute(update(t.period_lock).where(t.period_lock.c.id == p["lock_id"]).values(
        reopened_by=p["reopened_by"], reopened_at=p["reopened_at"],
        reopen_reason=p["reason"]))


@handles("balance.asserted")
def _balance_asserted(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.balance_assertion, _dates({**p["assertion"], "fund_id": fund_id}, "as_of"))


@handles("sync.configured")
def _sync_configured(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.upsert(t.sync_config, {"fund_id": fund_id, **p["config"]}, ["fund_id"])


@handles("sync.batch_exported")
def _sync_batch_exported(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.sync_batch, {"fund_id": fund_id, **p["batch"]})


@handles("sync.acknowledged")
def _sync_acknowledged(w: Writer, fund_id: str, p: dict[str, Any]) -> None:
    w.insert(t.sync_ack, {"fund_id": fund_id, **p["ack"]})
