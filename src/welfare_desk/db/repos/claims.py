"""Claims, decisions and payment vouchers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, select

from welfare_desk.db import schema as t


@dataclass(frozen=True)
class ClaimRow:
    claim_id: str
    claim_no: str
    member_id: str
    benefit_code: str
    event_date: date
    filed_on: date
    nights: int | None
    details: str
    documents: tuple[str, ...]
    requested_amount: int | None
    assessment: dict[str, Any]
    filed_by: str
    approved: bool | None  # None: waiting for a decision
    approved_amount: int | None
    decision_reason: str | None
    meeting_ref: str | None
    decided_by: str | None
    voucher_no: str | None
    paid_on: date | None
    decider_name: str | None = None  # the display name of ``decided_by``

    @property
    def decided_by_name(self) -> str | None:
        """Who decided, as people know them (the login name if the user is gone)."""
        return self.decider_name or self.decided_by


@dataclass(frozen=True)
class PaidBenefit:
    benefit_code: str
    event_date: date
    paid_on: date
    amount: int


@dataclass(frozen=True)
class VoucherRow:
    """A payment voucher (ใบสำคัญจ่าย) as printed."""

    voucher_no: str
    paid_on: date
    payee_name: str
    payee_national_id: str | None
    purpose: str
    amount: int
    paid_by: str


class ClaimRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def by_no(self, fund_id: str, claim_no: str) -> ClaimRow | None:
        rows = self._claims(t.claim.c.fund_id == fund_id, t.claim.c.claim_no == claim_no)
        return rows[0] if rows else None

    def for_member(self, member_id: str) -> list[ClaimRow]:
        return self._claims(t.claim.c.member_id == member_id)

    def filed_since(self, fund_id: str, since: date) -> list[ClaimRow]:
        return self._claims(t.claim.c.fund_id == fund_id, t.claim.c.filed_on >= since)

    def waiting(self, fund_id: str) -> list[ClaimRow]:
        return [c for c in self._claims(t.claim.c.fund_id == fund_id) if c.approved is None]

    def paid_benefits(self, member_id: str) -> list[PaidBenefit]:
        rows = self.conn.execute(
            select(t.claim.c.benefit_code, t.claim.c.event_date, t.payment_voucher.c.paid_on,
                   t.payment_voucher.c.amount)
            .join(t.payment_voucher, t.payment_voucher.c.claim_id == t.claim.c.id)
            .where(t.claim.c.member_id == member_id)
            .order_by(t.payment_voucher.c.paid_on))
        return [PaidBenefit(r.benefit_code, r.event_date, r.paid_on, r.amount) for r in rows]

    def by_voucher(self, fund_id: str, voucher_no: str) -> ClaimRow | None:
        found = self._claims(t.claim.c.fund_id == fund_id,
                             t.payment_voucher.c.voucher_no == voucher_no)
        return found[0] if found else None

    def voucher(self, fund_id: str, voucher_no: str) -> VoucherRow | None:
        v = t.payment_voucher.c
        row = self.conn.execute(
            select(v.voucher_no, v.paid_on, v.payee_name, v.payee_national_id, v.purpose,
                   v.amount, v.paid_by)
            .where(v.fund_id == fund_id, v.voucher_no == voucher_no)).first()
        return VoucherRow(*row) if row is not None else None

    def vouchers(self, fund_id: str, first: date, last: date) -> list[Row[Any]]:
        return list(self.conn.execute(
            select(t.payment_voucher, t.claim.c.benefit_code, t.claim.c.member_id,
                   t.non_member_aid.c.id.label("aid_id"))
            .outerjoin(t.claim, t.claim.c.id == t.payment_voucher.c.claim_id)
            .outerjoin(t.non_member_aid,
                       t.non_member_aid.c.voucher_id == t.payment_voucher.c.id)
            .where(t.payment_voucher.c.fund_id == fund_id,
                   t.payment_voucher.c.paid_on >= first, t.payment_voucher.c.paid_on <= last)
            .order_by(t.payment_voucher.c.paid_on, t.payment_voucher.c.voucher_no)))

    def _claims(self, *conditions: Any) -> list[ClaimRow]:
        query = (
            select(t.claim, t.claim_decision.c.approved, t.claim_decision.c.amount,
                   t.claim_decision.c.reason, t.claim_decision.c.meeting_ref,
                   t.claim_decision.c.decided_by, t.payment_voucher.c.voucher_no,
                   t.payment_voucher.c.paid_on, t.app_user.c.display_name.label("decider"))
            .outerjoin(t.claim_decision, t.claim_decision.c.claim_id == t.claim.c.id)
            .outerjoin(t.payment_voucher, t.payment_voucher.c.claim_id == t.claim.c.id)
            .outerjoin(t.app_user, (t.app_user.c.username == t.claim_decision.c.decided_by)
                       & (t.app_user.c.fund_id == t.claim.c.fund_id))
            .where(*conditions).order_by(t.claim.c.filed_on, t.claim.c.claim_no)
        )
        return [
            ClaimRow(r.id, r.claim_no, r.member_id, r.benefit_code, r.event_date, r.filed_on,
                     r.nights, r.details, tuple(json.loads(r.documents)), r.requested_amount,
                     json.loads(r.assessment), r.filed_by, r.approved, r.amount, r.reason,
                     r.meeting_ref, r.decided_by, r.voucher_no, r.paid_on, r.decider)
            for r in self.conn.execute(query)
        ]
