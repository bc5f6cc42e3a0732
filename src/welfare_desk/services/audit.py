"""Things the fund's history must show although they change no data."""

from __future__ import annotations

from welfare_desk.db.database import Database
from welfare_desk.ledger.fund import User, require


def record_full_id_export(db: Database, actor: User, target: str, members: int) -> None:
    """Full national IDs leaving the app are logged: who, when, where to, how many."""
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        uow.record(uow.repos.fund_id(), "data.exported_with_full_ids",
                   {"target": target, "members": members})
        uow.commit()
