"""Turns the demo's dated intentions into events, keeping the counters and balances
that the services would read from the database (receipt and entry numbers, cash)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from welfare_desk.ledger import accounts
from welfare_desk.ledger.fund import FundProfile, receipt_book_position
from welfare_desk.ledger.journal import EntrySource, Posting, entry_number
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.services.common import GENERAL_SERIES, SERIES, entry_payload, new_id
from welfare_desk.services.dues import (
    receipt_description,
    receipt_payload,
    receipt_postings,
)
from welfare_desk.services.journal_text import (
    close_note,
    grant_text,
    void_text,
    voucher_text,
    year_close_text,
)

Sink = Callable[[str, dict[str, Any], str], None]


class DemoBook:
    def __init__(self, fund: FundProfile, treasurer: str, chair: str, sink: Sink) -> None:
        self.fund = fund
        self._sink = sink
        self.event_count = 0
        self.treasurer = treasurer
        self.chair = chair
        self.receipt_seq = 0
        self.counters: dict[str, int] = defaultdict(int)
        self.balances: dict[str, int] = defaultdict(int)
        self.year_totals: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self._month: tuple[int, int] | None = None
        self._month_end: dict[tuple[int, int], dict[str, int]] = {}

    def stamp(self, on: date, actor_minutes: int = 0) -> str:
        hour, minute = divmod(9 * 60 + actor_minutes % 480, 60)
        return f"{on.isoformat()}T{hour:02d}:{minute:02d}:00+07:00"

    def emit(self, kind: str, payload: dict[str, Any], on: date) -> None:
        self.event_count += 1
        self._sink(kind, payload, self.stamp(on, self.event_count))

    def entry(self, on: date, description: str, source: EntrySource,
              postings: Sequence[Posting], actor: str, reverses: str | None = None,
              member_id: str | None = None) -> dict[str, Any]:
        prefix = SERIES.get(source, GENERAL_SERIES)
        fy_be = fiscal_year_of(on, self.fund.fiscal_year_start) + 543
        self.counters[f"{prefix}{fy_be}"] += 1
        number = entry_number(prefix, fy_be, self.counters[f"{prefix}{fy_be}"])
        self._roll_month(on)
        fy = fiscal_year_of(on, self.fund.fiscal_year_start)
        for p in postings:
            self.balances[p.account_code] += p.amount
            if p.account_code[0] in "45":
                self.year_totals[fy][p.account_code] += p.amount
        return entry_payload(new_id(), number, on, description, source, postings, actor,
                             self.stamp(on), reverses, member_id)

    def _roll_month(self, on: date) -> None:
        """Entries come in date order, so the balances before the first entry of a
        new month are the balances at the end of every month before it."""
        month = (on.year, on.month)
        if self._month is None:
            self._month = month
        while self._month < month:
            self._month_end[self._month] = dict(self.balances)
            year, m = self._month
            self._month = (year + m // 12, m % 12 + 1)

    def balance_at_month_end(self, year: int, month: int, code: str) -> int:
        snapshot = self._month_end.get((year, month))
        return (snapshot if snapshot is not None else self.balances).get(code, 0)

    def receipt(self, on: date, member_id: str | None, payer: str,
                lines: list[dict[str, Any]]) -> dict[str, Any]:
        self.receipt_seq += 1
        book_no, number = receipt_book_position(
            self.receipt_seq, self.fund.receipt_book_size, self.fund.first_receipt_book)
        entry = self.entry(on, receipt_description(book_no, number, payer), EntrySource.RECEIPT,
                           receipt_postings(accounts.CASH, book_no, number, lines),
                           self.treasurer, member_id=member_id)
        payload = receipt_payload(new_id(), self.receipt_seq, (book_no, number), on, member_id,
                                  payer, lines, accounts.CASH, entry, self.treasurer)
        self.emit("receipt.issued", payload, on)
        return payload

    def void(self, on: date, payload: dict[str, Any], reason: str) -> None:
        receipt, original = payload["receipt"], payload["entry"]
        reversed_lines = [Posting(p["account"], -p["amount"]) for p in original["postings"]]
        entry = self.entry(on, void_text(receipt["book_no"], receipt["number_in_book"], reason),
                           EntrySource.REVERSAL, reversed_lines, self.treasurer,
                           reverses=original["id"], member_id=receipt["member_id"])
        self.emit("receipt.voided", {"entry": entry, "void": {
            "receipt_id": receipt["id"], "voided_on": on.isoformat(), "reason": reason,
            "reversal_entry_id": entry["id"], "voided_by": self.treasurer}}, on)

    def voucher(self, on: date, payee: str, national_id: str | None, purpose: str,
                amount: int, expense: str, claim_id: str | None = None,
                member_id: str | None = None, aid: dict[str, Any] | None = None) -> None:
        money = self._money_for(on, amount)
        source = EntrySource.NON_MEMBER_AID if aid else EntrySource.VOUCHER
        entry = self.entry(on, voucher_text(payee, purpose), source,
                           [Posting(expense, amount), Posting(money, -amount)],
                           self.treasurer, member_id=member_id)
        voucher = {"id": new_id(), "voucher_no": entry["number"], "paid_on": on.isoformat(),
                   "claim_id": claim_id, "payee_name": payee, "payee_national_id": national_id,
                   "purpose": purpose, "amount": amount, "expense_account": expense,
                   "money_account": money, "entry_id": entry["id"],
                   "paid_by": self.treasurer}
        full_aid = {**aid, "id": new_id(), "voucher_id": voucher["id"]} if aid else None
        self.emit("voucher.paid", {"voucher": voucher, "entry": entry,
                                   "non_member_aid": full_aid}, on)

    def _money_for(self, on: date, amount: int) -> str:
        """Pays from cash, withdrawing from the bank first when the box is short."""
        if self.balances[accounts.CASH] < amount:
            self.transfer(on, accounts.FIRST_BANK, accounts.CASH,
                          amount - self.balances[accounts.CASH] + 500_000, "ถอนเงินสดเพื่อจ่าย")
        return accounts.CASH

    def transfer(self, on: date, source: str, target: str, amount: int, text: str) -> None:
        entry = self.entry(on, text, EntrySource.TRANSFER,
                           [Posting(target, amount), Posting(source, -amount)], self.treasurer)
        self.emit("entry.posted", {"entry": entry}, on)

    def grant(self, on: date, source: accounts.GrantSource, amount: int, money: str,
              round_no: int | None, reference: str) -> None:
        income = accounts.GRANT_ACCOUNTS[source]
        entry = self.entry(on, grant_text(source, round_no, reference), EntrySource.GRANT,
                           [Posting(money, amount), Posting(income, -amount)], self.treasurer)
        self.emit("grant.recorded", {"entry": entry, "grant": {
            "id": new_id(), "source": source.value, "round": round_no,
            "received_on": on.isoformat(), "amount": amount, "money_account": money,
            "reference": reference, "entry_id": entry["id"]}}, on)

    def close(self, on: date, kind: str, first: date, last: date,
              closing: list[Posting] | None) -> None:
        entry = None
        if closing:
            entry = self.entry(last, year_close_text(first, last), EntrySource.YEAR_CLOSE,
                               closing, self.chair)
        counts = [(code, self.balance_at_month_end(last.year, last.month, code))
                  for code in (accounts.CASH, accounts.FIRST_BANK)]
        assertions = [{"id": new_id(), "account_code": code, "as_of": last.isoformat(),
                       "amount": amount, "note": close_note(kind, first, last),
                       "asserted_by": self.chair} for code, amount in counts]
        self.emit("period.closed", {"entry": entry, "assertions": assertions, "lock": {
            "id": new_id(), "kind": kind, "first_day": first.isoformat(),
            "last_day": last.isoformat(), "closed_by": self.chair,
            "closed_at": self.stamp(on, 479)}}, on)
