"""The fund's profile, chart, villages, users, plans, regulation and counters."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, func, select

from welfare_desk.db import schema as t
from welfare_desk.ledger.accounts import Account, AccountRole, AccountType
from welfare_desk.ledger.dues import DuesPlan
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile, Role, User, Village
from welfare_desk.ledger.text import N_


class FundRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(t.fund)).scalar() or 0)

    def only_fund_id(self) -> str:
        ids = list(self.conn.execute(select(t.fund.c.id).limit(2)).scalars())
        if not ids:
            raise UserError(N_("This database holds no fund yet; create one with 'init'"))
        return str(ids[0])

    def profile(self, fund_id: str) -> FundProfile:
        row = self.conn.execute(select(t.fund).where(t.fund.c.id == fund_id)).one()
        month, day = (int(x) for x in row.fiscal_year_start.split("-"))
        return FundProfile(
            fund_id=row.id, code=row.code, name=row.name, tambon=row.tambon,
            amphoe=row.amphoe, province=row.province, founded_on=row.founded_on,
            fiscal_year_start=(month, day), receipt_book_size=row.receipt_book_size,
            first_receipt_book=row.first_receipt_book,
            lapse_after_missed=row.lapse_after_missed,
        )

    def accounts(self, fund_id: str) -> list[Account]:
        rows = self.conn.execute(
            select(t.account).where(t.account.c.fund_id == fund_id).order_by(t.account.c.code)
        )
        return [Account(r.code, r.name_th, r.name_en, AccountType(r.type), AccountRole(r.role))
                for r in rows]

    def villages(self, fund_id: str) -> list[Village]:
        rows = self.conn.execute(
            select(t.village).where(t.village.c.fund_id == fund_id).order_by(t.village.c.moo)
        )
        return [Village(r.moo, r.name) for r in rows]

    def dues_plans(self, fund_id: str) -> dict[str, DuesPlan]:
        rows = self.conn.execute(select(t.dues_plan).where(t.dues_plan.c.fund_id == fund_id))
        return {r.code: DuesPlan(r.code, r.name, r.months, r.amount) for r in rows}

    def users(self, fund_id: str) -> list[User]:
        rows = self.conn.execute(
            select(t.app_user).where(t.app_user.c.fund_id == fund_id)
            .order_by(t.app_user.c.created_at)
        )
        return [User(r.id, r.username, r.display_name, Role(r.role)) for r in rows]

    def user(self, fund_id: str, username: str) -> User | None:
        return next((u for u in self.users(fund_id) if u.username == username), None)

    def password_hash(self, user_id: str) -> str | None:
        return self.conn.execute(
            select(t.app_user.c.password_hash).where(t.app_user.c.id == user_id)
        ).scalar()

    def counter(self, fund_id: str, name: str) -> int:
        value = self.conn.execute(
            select(t.counter.c.value).where(t.counter.c.fund_id == fund_id,
                                            t.counter.c.name == name)
        ).scalar()
        return int(value or 0)

    def closed_periods(self, fund_id: str) -> list[tuple[str, str, date, date]]:
        """(lock id, kind, first day, last day) of the periods locked now."""
        rows = self.conn.execute(
            select(t.period_lock).where(t.period_lock.c.fund_id == fund_id,
                                        t.period_lock.c.reopened_at.is_(None))
            .order_by(t.period_lock.c.first_day)
        )
        return [(r.id, r.kind, r.first_day, r.last_day) for r in rows]

    def regulation_rows(self, fund_id: str) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
        """Benefit types and rule versions as stored (JSON-safe dicts)."""
        types = [
            {"code": r.code, "name_th": r.name_th, "name_en": r.name_en,
             "account_code": r.account_code, "codi_kind": r.codi_kind}
            for r in self.conn.execute(
                select(t.benefit_type).where(t.benefit_type.c.fund_id == fund_id)
                .order_by(t.benefit_type.c.code))
        ]
        versions = [
            json.loads(r.data)
            for r in self.conn.execute(
                select(t.rule_version.c.data).where(t.rule_version.c.fund_id == fund_id)
                .order_by(t.rule_version.c.benefit_code, t.rule_version.c.version))
        ]
        return types, versions

    def lock_closed_by(self, lock_id: str) -> str | None:
        return self.conn.execute(
            select(t.period_lock.c.closed_by).where(t.period_lock.c.id == lock_id)).scalar()

    def benefit_names(self, fund_id: str) -> list[tuple[str, str]]:
        return [(r.code, r.name_th) for r in self.conn.execute(
            select(t.benefit_type.c.code, t.benefit_type.c.name_th)
            .where(t.benefit_type.c.fund_id == fund_id))]
