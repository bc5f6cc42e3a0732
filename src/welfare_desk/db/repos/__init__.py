"""Read access for services: rows in, ledger dataclasses out."""

from __future__ import annotations

from sqlalchemy import Connection

from welfare_desk.db.repos.books import BookRepo
from welfare_desk.db.repos.claims import ClaimRepo
from welfare_desk.db.repos.funds import FundRepo
from welfare_desk.db.repos.members import MemberRepo
from welfare_desk.db.repos.reports import ReportRepo
from welfare_desk.db.repos.sync import SyncRepo


class Repositories:
    def __init__(self, conn: Connection) -> None:
        self.funds = FundRepo(conn)
        self.members = MemberRepo(conn)
        self.books = BookRepo(conn)
        self.claims = ClaimRepo(conn)
        self.reports = ReportRepo(conn)
        self.sync = SyncRepo(conn)

    def fund_id(self) -> str:
        return self.funds.only_fund_id()


__all__ = ["BookRepo", "ClaimRepo", "FundRepo", "MemberRepo", "ReportRepo", "Repositories",
           "SyncRepo"]
