"""The account book: balances, entries, receipts and vouchers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, func, select

from welfare_desk.db import schema as t
from welfare_desk.db.rows import ReceiptRow
from welfare_desk.ledger.journal import Entry, EntrySource, Posting


@dataclass(frozen=True)
class BookLine:
    """One posting on one account, for the cash book and bank book views."""

    entry_date: date
    number: str
    description: str
    amount: int
    memo: str


class BookRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def balances(self, fund_id: str, as_of: date | None = None,
                 since: date | None = None) -> dict[str, int]:
        """Sum of postings per account code (debit positive), accounts with postings only."""
        totals = select(t.posting.c.account_id, func.sum(t.posting.c.amount).label("total"))
        if as_of is not None:
            totals = totals.where(t.posting.c.entry_date <= as_of)
        if since is not None:
            totals = totals.where(t.posting.c.entry_date >= since)
        sub = totals.group_by(t.posting.c.account_id).subquery()
        rows = self.conn.execute(
            select(t.account.c.code, sub.c.total)
            .join(sub, sub.c.account_id == t.account.c.id)
            .where(t.account.c.fund_id == fund_id)
        )
        return {r.code: int(r.total) for r in rows}

    def entry(self, entry_id: str) -> Entry | None:
        row = self.conn.execute(
            select(t.journal_entry).where(t.journal_entry.c.id == entry_id)).first()
        if row is None:
            return None
        return Entry(row.id, row.number, row.entry_date, row.description,
                     EntrySource(row.source), self._postings(row.id), row.reverses_id)

    def entries(self, fund_id: str, first: date | None = None,
                last: date | None = None) -> Iterator[Entry]:
        query = select(t.journal_entry).where(t.journal_entry.c.fund_id == fund_id)
        if first is not None:
            query = query.where(t.journal_entry.c.entry_date >= first)
        if last is not None:
            query = query.where(t.journal_entry.c.entry_date <= last)
        postings = self._postings_by_entry(fund_id, first, last)
        for row in self.conn.execute(query.order_by(t.journal_entry.c.entry_date,
                                                    t.journal_entry.c.created_at,
                                                    t.journal_entry.c.number)):
            yield Entry(row.id, row.number, row.entry_date, row.description,
                        EntrySource(row.source), tuple(postings.get(row.id, ())), row.reverses_id)

    def is_reversed(self, entry_id: str) -> bool:
        return self.conn.execute(
            select(t.journal_entry.c.id).where(t.journal_entry.c.reverses_id == entry_id)
        ).first() is not None

    def account_lines(self, fund_id: str, code: str, first: date,
                      last: date) -> list[BookLine]:
        rows = self.conn.execute(
            select(t.journal_entry.c.entry_date, t.journal_entry.c.number,
                   t.journal_entry.c.description, t.posting.c.amount, t.posting.c.memo)
            .join(t.posting, t.posting.c.entry_id == t.journal_entry.c.id)
            .join(t.account, t.account.c.id == t.posting.c.account_id)
            .where(t.account.c.fund_id == fund_id, t.account.c.code == code,
                   t.posting.c.entry_date >= first, t.posting.c.entry_date <= last)
            .order_by(t.posting.c.entry_date, t.journal_entry.c.number, t.posting.c.line_no)
        )
        return [BookLine(r.entry_date, r.number, r.description, r.amount, r.memo) for r in rows]

    def receipt_by_seq(self, fund_id: str, seq: int) -> ReceiptRow | None:
        return self._receipt(t.receipt.c.fund_id == fund_id, t.receipt.c.seq == seq)

    def receipt_by_number(self, fund_id: str, book_no: int, number: int) -> ReceiptRow | None:
        return self._receipt(t.receipt.c.fund_id == fund_id, t.receipt.c.book_no == book_no,
                             t.receipt.c.number_in_book == number)

    def receipt_seqs(self, fund_id: str) -> list[int]:
        return list(self.conn.execute(
            select(t.receipt.c.seq).where(t.receipt.c.fund_id == fund_id)
            .order_by(t.receipt.c.seq)).scalars())

    def member_receipts(self, fund_id: str, member_id: str) -> list[ReceiptRow]:
        ids = self.conn.execute(
            select(t.receipt.c.seq).where(t.receipt.c.fund_id == fund_id,
                                          t.receipt.c.member_id == member_id)
            .order_by(t.receipt.c.seq)).scalars()
        return [r for s in ids if (r := self.receipt_by_seq(fund_id, s)) is not None]

    def receipt_seqs_between(self, fund_id: str, first: date, last: date) -> list[int]:
        return list(self.conn.execute(
            select(t.receipt.c.seq).where(t.receipt.c.fund_id == fund_id,
                                          t.receipt.c.issued_on >= first,
                                          t.receipt.c.issued_on <= last)
            .order_by(t.receipt.c.seq)).scalars())

    def entry_creator(self, entry_id: str) -> str | None:
        """The display name of the user who wrote an entry (else their user name)."""
        row = self.conn.execute(
            select(t.journal_entry.c.created_by, t.app_user.c.display_name)
            .outerjoin(t.app_user, (t.app_user.c.username == t.journal_entry.c.created_by)
                       & (t.app_user.c.fund_id == t.journal_entry.c.fund_id))
            .where(t.journal_entry.c.id == entry_id)).first()
        return None if row is None else (row.display_name or row.created_by)

    def _receipt(self, *conditions: Any) -> ReceiptRow | None:
        row = self.conn.execute(
            select(t.receipt, t.receipt_void.c.reason.label("void_reason"),
                   t.receipt_void.c.receipt_id.label("void_id"), t.receipt_void.c.voided_on)
            .outerjoin(t.receipt_void, t.receipt_void.c.receipt_id == t.receipt.c.id)
            .where(*conditions)).first()
        if row is None:
            return None
        lines = tuple(
            (r.kind, r.description, r.account_code, r.amount)
            for r in self.conn.execute(
                select(t.receipt_line).where(t.receipt_line.c.receipt_id == row.id)
                .order_by(t.receipt_line.c.line_no)))
        return ReceiptRow(row.id, row.seq, row.book_no, row.number_in_book, row.issued_on,
                          row.member_id, row.payer_name, row.total, row.money_account,
                          row.entry_id, lines, row.void_id is not None, row.void_reason,
                          row.voided_on)

    def _postings(self, entry_id: str) -> tuple[Posting, ...]:
        rows = self.conn.execute(
            select(t.account.c.code, t.posting.c.amount, t.posting.c.memo)
            .join(t.account, t.account.c.id == t.posting.c.account_id)
            .where(t.posting.c.entry_id == entry_id).order_by(t.posting.c.line_no))
        return tuple(Posting(r.code, r.amount, r.memo) for r in rows)

    def _postings_by_entry(self, fund_id: str, first: date | None,
                           last: date | None) -> dict[str, list[Posting]]:
        query = (
            select(t.posting.c.entry_id, t.account.c.code, t.posting.c.amount, t.posting.c.memo)
            .join(t.account, t.account.c.id == t.posting.c.account_id)
            .where(t.account.c.fund_id == fund_id)
            .order_by(t.posting.c.entry_id, t.posting.c.line_no)
        )
        if first is not None:
            query = query.where(t.posting.c.entry_date >= first)
        if last is not None:
            query = query.where(t.posting.c.entry_date <= last)
        result: dict[str, list[Posting]] = {}
        for r in self.conn.execute(query.execution_options(yield_per=20000)):
            result.setdefault(r.entry_id, []).append(Posting(r.code, r.amount, r.memo))
        return result

    def journal(self, fund_id: str) -> Iterator[JournalRow]:
        return journal_rows(self.conn, fund_id)

    def assertions(self, fund_id: str) -> list[Row[Any]]:
        return list(self.conn.execute(
            select(t.balance_assertion).where(t.balance_assertion.c.fund_id == fund_id)
            .order_by(t.balance_assertion.c.as_of)))


@dataclass(frozen=True)
class JournalRow:
    entry_id: str
    number: str
    entry_date: date
    description: str
    account_code: str
    amount: int
    memo: str


def journal_rows(conn: Connection, fund_id: str) -> Iterator[JournalRow]:
    """Every posting in book order, streamed (the whole book can be 700,000 lines)."""
    query = (
        select(t.journal_entry.c.id, t.journal_entry.c.number, t.journal_entry.c.entry_date,
               t.journal_entry.c.description, t.account.c.code, t.posting.c.amount,
               t.posting.c.memo)
        .join(t.posting, t.posting.c.entry_id == t.journal_entry.c.id)
        .join(t.account, t.account.c.id == t.posting.c.account_id)
        .where(t.journal_entry.c.fund_id == fund_id)
        .order_by(t.journal_entry.c.entry_date, t.journal_entry.c.number, t.posting.c.line_no)
    )
    for r in conn.execute(query.execution_options(yield_per=10000)):
        yield JournalRow(r.id, r.number, r.entry_date, r.description, r.code, r.amount, r.memo)
