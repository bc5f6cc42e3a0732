"""The member register."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, and_, func, or_, select

from welfare_desk.db import schema as t
from welfare_desk.ledger.dues import DuesPayment
from welfare_desk.ledger.members import (
    Address,
    Beneficiary,
    Category,
    Gender,
    MemberRecord,
    MemberStatus,
)


@dataclass(frozen=True)
class DuesLine:
    """One dues line of a receipt: when, which receipt (book, number), what it says."""

    issued_on: date
    receipt: tuple[int, int]
    description: str
    amount: int


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class MemberRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next_member_no(self, fund_id: str) -> int:
        value = self.conn.execute(
            select(func.max(t.member.c.member_no)).where(t.member.c.fund_id == fund_id)
        ).scalar()
        return int(value or 0) + 1

    def by_no(self, fund_id: str, member_no: int) -> MemberRecord | None:
        rows = self._load(t.member.c.fund_id == fund_id, t.member.c.member_no == member_no)
        return rows[0] if rows else None

    def by_id(self, member_id: str) -> MemberRecord | None:
        rows = self._load(t.member.c.id == member_id)
        return rows[0] if rows else None

    def with_national_id(self, fund_id: str, national_id: str) -> MemberRecord | None:
        rows = self._load(t.member.c.fund_id == fund_id, t.member.c.national_id == national_id)
        return rows[0] if rows else None

    def all(self, fund_id: str) -> list[MemberRecord]:
        return self._load(t.member.c.fund_id == fund_id)

    def search(self, fund_id: str, text: str, limit: int = 50) -> list[MemberRecord]:
        """Thai name fragment, member number or national ID digits; Thai dictionary order."""
        needle = text.strip().translate(_THAI_DIGITS)
        if not needle:
            return []
        conditions: list[Any] = [
            (t.member.c.first_name + " " + t.member.c.last_name).contains(needle, autoescape=True)
        ]
        digits = needle.replace("-", "").replace(" ", "")
        if digits.isdigit():
            conditions.append(t.member.c.member_no == int(digits))
            if len(digits) >= 4:
                conditions.append(t.member.c.national_id.contains(digits, autoescape=True))
        ids = list(self.conn.execute(
            select(t.member.c.id).where(t.member.c.fund_id == fund_id, or_(*conditions))
            .order_by(t.member.c.first_name.collate("thai"), t.member.c.last_name.collate("thai"))
            .limit(limit)
        ).scalars())
        found = {m.member_id: m for m in self._load(t.member.c.id.in_(ids))}
        return [found[i] for i in ids]

    def plan_history(self, member_id: str) -> list[tuple[str, str]]:
        """(from month "YYYY-MM", plan code), oldest first."""
        rows = self.conn.execute(
            select(t.member_plan.c.from_month, t.member_plan.c.plan_code)
            .where(t.member_plan.c.member_id == member_id).order_by(t.member_plan.c.from_month)
        )
        return [(r.from_month, r.plan_code) for r in rows]

    def all_plan_histories(self, fund_id: str) -> dict[str, list[tuple[str, str]]]:
        rows = self.conn.execute(
            select(t.member_plan).join(t.member, t.member.c.id == t.member_plan.c.member_id)
            .where(t.member.c.fund_id == fund_id)
            .order_by(t.member_plan.c.member_id, t.member_plan.c.from_month)
        )
        result: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in rows:
            result[r.member_id].append((r.from_month, r.plan_code))
        return result

    def dues_payments(self, fund_id: str, member_id: str | None = None,
                      until: date | None = None) -> dict[str, list[DuesPayment]]:
        """Dues paid per member from receipts that were not voided."""
        query = (
            select(t.receipt.c.member_id, t.receipt.c.issued_on,
                   func.sum(t.receipt_line.c.amount).label("amount"))
            .join(t.receipt_line, t.receipt_line.c.receipt_id == t.receipt.c.id)
            .outerjoin(t.receipt_void, t.receipt_void.c.receipt_id == t.receipt.c.id)
            .where(t.receipt.c.fund_id == fund_id, t.receipt_line.c.kind == "dues",
                   t.receipt_void.c.receipt_id.is_(None), t.receipt.c.member_id.is_not(None))
            .group_by(t.receipt.c.id)
            .order_by(t.receipt.c.issued_on, t.receipt.c.seq)
        )
        if member_id is not None:
            query = query.where(t.receipt.c.member_id == member_id)
        if until is not None:
            query = query.where(t.receipt.c.issued_on <= until)
        result: dict[str, list[DuesPayment]] = defaultdict(list)
        for r in self.conn.execute(query):
            result[r.member_id].append(DuesPayment(r.issued_on, int(r.amount)))
        return result

    def dues_paid_before(self, member_id: str, issued_on: date, seq: int) -> int:
        """The member's dues on receipts (not voided) before this one: by date, then
        by number."""
        r, line, void = t.receipt, t.receipt_line, t.receipt_void
        query = (
            select(func.coalesce(func.sum(line.c.amount), 0))
            .select_from(r)
            .join(line, line.c.receipt_id == r.c.id)
            .outerjoin(void, void.c.receipt_id == r.c.id)
            .where(r.c.member_id == member_id, line.c.kind == "dues",
                   void.c.receipt_id.is_(None),
                   or_(r.c.issued_on < issued_on,
                       and_(r.c.issued_on == issued_on, r.c.seq < seq)))
        )
        return int(self.conn.execute(query).scalar_one())

    def dues_lines(self, fund_id: str) -> dict[str, list[DuesLine]]:
        """Every dues line of every receipt not voided, per member, in date order: what
        a dues import checks a month against."""
        query = (
            select(t.receipt.c.member_id, t.receipt.c.issued_on, t.receipt.c.book_no,
                   t.receipt.c.number_in_book, t.receipt_line.c.description,
                   t.receipt_line.c.amount)
            .join(t.receipt_line, t.receipt_line.c.receipt_id == t.receipt.c.id)
            .outerjoin(t.receipt_void, t.receipt_void.c.receipt_id == t.receipt.c.id)
            .where(t.receipt.c.fund_id == fund_id, t.receipt_line.c.kind == "dues",
                   t.receipt_void.c.receipt_id.is_(None), t.receipt.c.member_id.is_not(None))
            .order_by(t.receipt.c.issued_on, t.receipt.c.seq, t.receipt_line.c.line_no)
        )
        result: dict[str, list[DuesLine]] = defaultdict(list)
        for r in self.conn.execute(query):
            result[r.member_id].append(DuesLine(r.issued_on, (r.book_no, r.number_in_book),
                                                r.description, int(r.amount)))
        return result

    def times_matched(self, fund_id: str) -> dict[str, list[int]]:
        rows = self.conn.execute(
            select(t.matching_mark.c.member_id, t.matching_mark.c.year)
            .join(t.member, t.member.c.id == t.matching_mark.c.member_id)
            .where(t.member.c.fund_id == fund_id)
        )
        result: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            result[r.member_id].append(r.year)
        return result

    def status_history(self, member_id: str) -> list[Row[Any]]:
        return list(self.conn.execute(
            select(t.member_status_change).where(t.member_status_change.c.member_id == member_id)
            .order_by(t.member_status_change.c.effective_on, t.member_status_change.c.recorded_at)
        ))

    def _load(self, *conditions: Any) -> list[MemberRecord]:
        rows = list(self.conn.execute(select(t.member).where(*conditions)
                                      .order_by(t.member.c.member_no)))
        ids = [r.id for r in rows]
        categories = self._categories(ids)
        beneficiaries = self._beneficiaries(ids)
        return [_record(r, categories.get(r.id, ()), beneficiaries.get(r.id, ())) for r in rows]

    def _categories(self, ids: Sequence[str]) -> dict[str, list[Category]]:
        result: dict[str, list[Category]] = defaultdict(list)
        for chunk in _chunks(ids):
            for r in self.conn.execute(
                select(t.member_category).where(t.member_category.c.member_id.in_(chunk))
            ):
                result[r.member_id].append(Category(r.category))
        return result

    def _beneficiaries(self, ids: Sequence[str]) -> dict[str, list[Beneficiary]]:
        result: dict[str, list[Beneficiary]] = defaultdict(list)
        for chunk in _chunks(ids):
            for r in self.conn.execute(
                select(t.beneficiary).where(t.beneficiary.c.member_id.in_(chunk))
                .order_by(t.beneficiary.c.member_id, t.beneficiary.c.position)
            ):
                result[r.member_id].append(
                    Beneficiary(r.name, r.relation, r.national_id, r.share_percent))
        return result


def _chunks(ids: Sequence[str], size: int = 900) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _record(r: Row[Any], categories: Iterable[Category],
            beneficiaries: Iterable[Beneficiary]) -> MemberRecord:
    return MemberRecord(
        member_id=r.id, member_no=r.member_no, title=r.title, first_name=r.first_name,
        last_name=r.last_name, national_id=r.national_id, other_id=r.other_id,
        gender=Gender(r.gender), birth_date=r.birth_date, birth_year_only=r.birth_year_only,
        village_no=r.village_no,
        address=Address(r.house_no, r.village_no, r.soi, r.road, r.tambon, r.amphoe,
                        r.province, r.postcode),
        phone=r.phone, joined_on=r.joined_on, entry_fee=r.entry_fee,
        status=MemberStatus(r.status), status_since=r.status_since,
        categories=frozenset(categories), beneficiaries=tuple(beneficiaries),
    )
