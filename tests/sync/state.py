"""A fund's rows in any database (a fund's own file, a zone, PostgreSQL), in a form
that does not depend on the surrogate integer ids each database assigns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text

from welfare_desk.db import schema

CHILDREN = {
    "member_category": ("member_id", "member"), "beneficiary": ("member_id", "member"),
    "member_plan": ("member_id", "member"), "member_status_change": ("member_id", "member"),
    "matching_mark": ("member_id", "member"), "receipt_line": ("receipt_id", "receipt"),
    "receipt_void": ("receipt_id", "receipt"), "claim_decision": ("claim_id", "claim"),
    "posting": ("entry_id", "journal_entry"),
}
SKIPPED = {"alembic_version", "zone_profile", "zone_fund_key", "zone_batch", "zone_held_event"}


def _columns(table: str) -> list[str]:
    columns = [c.name for c in schema.metadata.tables[table].columns]
    if table in ("account", "posting"):
        columns.remove("id")
    if table == "posting":
        columns[columns.index("account_id")] = (
            "(SELECT a.code FROM account a WHERE a.id = posting.account_id) AS account_code")
    return columns


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def fund_state(engine: Engine, fund_id: str) -> dict[str, list[tuple[Any, ...]]]:
    state: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for name in schema.metadata.tables:
            if name in SKIPPED:
                continue
            quoted = f'"{name}"'
            select_list = ", ".join(c if " " in c else f'{quoted}."{c}"' for c in _columns(name))
            if name in CHILDREN:
                key, parent = CHILDREN[name]
                where = f'{quoted}."{key}" IN (SELECT id FROM "{parent}" WHERE fund_id = :f)'
            elif name == "fund":
                where = "id = :f"
            else:
                where = f'{quoted}."fund_id" = :f'
            rows = conn.execute(text(f"SELECT {select_list} FROM {quoted} WHERE {where}"),
                                {"f": fund_id})
            state[name] = sorted((tuple(_plain(v) for v in r) for r in rows), key=repr)
    return state


def event_rows(engine: Engine, fund_id: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT seq, kind, payload, actor, recorded_at, prev_hash, hash FROM event "
            "WHERE fund_id = :f ORDER BY seq"), {"f": fund_id})]


def history_state(fund_db: Any, upto_seq: int, scratch: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The fund's state after its first ``upto_seq`` events, rebuilt in ``scratch``."""
    from welfare_desk.db.database import Database
    from welfare_desk.db.events import read_events
    from welfare_desk.db.replay import replay_into

    fund_id = fund_db.fund_id()
    with fund_db.engine.connect() as conn:
        events = [e for e in read_events(conn, fund_id) if e.seq <= upto_seq]
    with Database.open(scratch, create=True) as target:
        replay_into(target, events)
        return fund_state(target.engine, fund_id)
