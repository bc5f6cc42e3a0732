"""The fund's benefit regulation (ระเบียบ): stored as data, amended by new versions."""

from __future__ import annotations

import json
from typing import Any

from welfare_desk.db.database import Database
from welfare_desk.db.repos import Repositories
from welfare_desk.ledger.benefits import Regulation, RuleVersion
from welfare_desk.ledger.fund import User, require
from welfare_desk.services.common import now_iso


def regulation_events(regulation: Regulation, actor: str,
                      stamp: str) -> list[tuple[str, dict[str, Any]]]:
    data = regulation.to_dict()
    events: list[tuple[str, dict[str, Any]]] = [
        ("benefit_type.set", {"benefit_type": bt}) for bt in data["benefit_types"]
    ]
    events += [("rule_version.added", {"rule": _rule_row(v, actor, stamp)})
               for v in data["versions"]]
    return events


def _rule_row(version: dict[str, Any], actor: str, stamp: str) -> dict[str, Any]:
    return {
        "benefit_code": version["benefit_code"], "version": version["version"],
        "effective_from": version["effective_from"], "clause": version["clause"],
        "data": json.dumps(version, ensure_ascii=False, sort_keys=True),
        "created_by": actor, "created_at": stamp,
    }


def load_regulation(repos: Repositories, fund_id: str) -> Regulation:
    types, versions = repos.funds.regulation_rows(fund_id)
    return Regulation.from_dict({"benefit_types": types, "versions": versions})


def current_regulation(db: Database) -> Regulation:
    with db.read() as repos:
        return load_regulation(repos, repos.fund_id())


def add_rule_version(db: Database, actor: User, version: RuleVersion) -> Regulation:
    """Amends the regulation (แก้ไขเพิ่มเติม); earlier versions stay readable and in force
    for events before the new effective date."""
    require(actor, "settings")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        amended = load_regulation(uow.repos, fund_id).add_version(version)
        added = next(v for v in amended.to_dict()["versions"]
                     if v["benefit_code"] == version.benefit_code
                     and v["version"] == version.version)
        uow.record(fund_id, "rule_version.added", {"rule": _rule_row(added, actor.username,
                                                                     now_iso())})
        uow.commit()
    return amended
