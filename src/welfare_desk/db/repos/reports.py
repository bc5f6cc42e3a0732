"""Aggregate queries for the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, String, cast, distinct, func, select

from welfare_desk.db import schema as t


@dataclass(frozen=True)
class BenefitTotal:
    benefit_code: str
    people: int
    claims: int
    amount: int


class ReportRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def benefits_paid(self, fund_id: str, first: date, last: date) -> list[BenefitTotal]:
        rows = self.conn.execute(
            select(t.claim.c.benefit_code,
                   func.count(distinct(t.claim.c.member_id)).label("people"),
                   func.count().label("claims"),
                   func.sum(t.payment_voucher.c.amount).label("amount"))
            .join(t.payment_voucher, t.payment_voucher.c.claim_id == t.claim.c.id)
            .where(t.claim.c.fund_id == fund_id, t.payment_voucher.c.paid_on >= first,
                   t.payment_voucher.c.paid_on <= last)
            .group_by(t.claim.c.benefit_code).order_by(t.claim.c.benefit_code))
        return [BenefitTotal(r.benefit_code, r.people, r.claims, int(r.amount)) for r in rows]

    def non_member_aid(self, fund_id: str, first: date, last: date) -> BenefitTotal:
        row = self.conn.execute(
            select(func.count(distinct(t.non_member_aid.c.recipient_name)).label("people"),
                   func.count().label("claims"),
                   func.coalesce(func.sum(t.payment_voucher.c.amount), 0).label("amount"))
            .select_from(t.non_member_aid)
            .join(t.payment_voucher, t.payment_voucher.c.id == t.non_member_aid.c.voucher_id)
            .where(t.non_member_aid.c.fund_id == fund_id, t.payment_voucher.c.paid_on >= first,
                   t.payment_voucher.c.paid_on <= last)).one()
        return BenefitTotal("non_member", row.people, row.claims, int(row.amount))

    def entry_sources_between(self, fund_id: str, first: date, last: date,
                              exclude_source: str) -> dict[str, int]:
        """Sum per account over entries in the period, leaving one source out."""
        rows = self.conn.execute(
            select(t.account.c.code, func.sum(t.posting.c.amount).label("total"))
            .join(t.posting, t.posting.c.account_id == t.account.c.id)
            .join(t.journal_entry, t.journal_entry.c.id == t.posting.c.entry_id)
            .where(t.account.c.fund_id == fund_id, t.posting.c.entry_date >= first,
                   t.posting.c.entry_date <= last, t.journal_entry.c.source != exclude_source)
            .group_by(t.account.c.code))
        return {r.code: int(r.total) for r in rows}

    def grants_by_source(self, fund_id: str, first: date | None,
                         last: date) -> dict[tuple[str, int | None], int]:
        query = (select(t.grant.c.source, t.grant.c.round, func.sum(t.grant.c.amount).label("s"))
                 .where(t.grant.c.fund_id == fund_id, t.grant.c.received_on <= last)
                 .group_by(t.grant.c.source, t.grant.c.round))
        if first is not None:
            query = query.where(t.grant.c.received_on >= first)
        return {(r.source, r.round): int(r.s) for r in self.conn.execute(query)}

    def member_movements(self, fund_id: str, first: date, last: date) -> dict[str, int]:
        """Joined in the period, and status changes in the period by new status."""
        joined = self.conn.execute(
            select(func.count()).select_from(t.member)
            .where(t.member.c.fund_id == fund_id, t.member.c.joined_on >= first,
                   t.member.c.joined_on <= last)).scalar() or 0
        result = {"joined": int(joined)}
        rows = self.conn.execute(
            select(t.member_status_change.c.to_status, func.count().label("n"))
            .join(t.member, t.member.c.id == t.member_status_change.c.member_id)
            .where(t.member.c.fund_id == fund_id,
                   t.member_status_change.c.effective_on >= first,
                   t.member_status_change.c.effective_on <= last)
            .group_by(t.member_status_change.c.to_status))
        result.update({r.to_status: int(r.n) for r in rows})
        return result

    def last_event_at(self, fund_id: str) -> str | None:
        return self.conn.execute(
            select(func.max(t.event.c.recorded_at)).where(t.event.c.fund_id == fund_id)
        ).scalar()

    def monthly_totals(self, fund_id: str, first: date, last: date,
                       exclude_source: str) -> dict[tuple[str, str], int]:
        """("YYYY-MM", account code) -> sum of postings (debit positive) in the period,
        leaving out entries of one source (the year's closing entry)."""
        month = func.substr(cast(t.posting.c.entry_date, String), 1, 7).label("month")
        rows = self.conn.execute(
            select(month, t.account.c.code, func.sum(t.posting.c.amount).label("total"))
            .join(t.account, t.account.c.id == t.posting.c.account_id)
            .join(t.journal_entry, t.journal_entry.c.id == t.posting.c.entry_id)
            .where(t.account.c.fund_id == fund_id, t.posting.c.entry_date >= first,
                   t.posting.c.entry_date <= last, t.journal_entry.c.source != exclude_source)
            .group_by(month, t.account.c.code))
        return {(r.month, r.code): int(r.total) for r in rows}
