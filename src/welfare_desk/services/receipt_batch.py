"""Many receipts in one transaction (a dues history import): the same receipts,
entries and events as ``issue_receipt_in``, with the counters and the fund's settings
read once and the events staged for the bulk writer instead of one round trip each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from welfare_desk.db.database import UnitOfWork
from welfare_desk.db.repos import Repositories
from welfare_desk.ledger import accounts
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import receipt_book_position
from welfare_desk.ledger.journal import EntrySource, entry_number, validate_postings
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import (
    check_money_account,
    closed_period_problem,
    entry_payload,
    new_id,
    now_iso,
    series_prefix,
)
from welfare_desk.services.dues import receipt_description, receipt_payload, receipt_postings

SETTLED = N_("The books are closed or counted up to {date}; a receipt dated {on} would "
             "change them. Give the receipts a later date")


def settled_until(repos: Repositories, fund_id: str, money_account: str) -> date | None:
    """The last day whose books are closed or counted: the end of the latest closed
    period, or the latest count of ``money_account`` (kept after a reopening). A receipt
    dated on or before it would change a closed year's result or a counted balance."""
    days = [last for _id, _kind, _first, last in repos.funds.closed_periods(fund_id)]
    days += [row.as_of for row in repos.books.assertions(fund_id)
             if row.account_code == money_account]
    return max(days, default=None)


class ReceiptBatch:
    def __init__(self, uow: UnitOfWork, fund_id: str,
                 money_account: str = accounts.CASH) -> None:
        repos = uow.repos
        check_money_account(repos, fund_id, money_account)
        self._uow = uow
        self.fund_id = fund_id
        self.fund = repos.funds.profile(fund_id)
        self.money_account = money_account
        self.locks = repos.funds.closed_periods(fund_id)
        self.settled_until = settled_until(repos, fund_id, money_account)
        self._codes = {a.code for a in repos.funds.accounts(fund_id)}
        self._seq = repos.funds.counter(fund_id, "receipt")
        self._entries: dict[str, int] = {}
        self._at = now_iso()

    def _entry_number(self, on: date) -> str:
        prefix = series_prefix(EntrySource.RECEIPT, self.fund, on)
        if prefix not in self._entries:
            self._entries[prefix] = self._uow.repos.funds.counter(self.fund_id,
                                                                  f"entry:{prefix}")
        self._entries[prefix] += 1
        return entry_number(prefix[:2], int(prefix[2:]), self._entries[prefix])

    def issue(self, member_id: str, payer: str, on: date, lines: Sequence[dict[str, Any]],
              note: str = "") -> tuple[int, int]:
        """Stages one receipt; returns its (book no., number in book). ``note`` is added
        to the entry's description (where the money came from)."""
        problem = closed_period_problem(self.locks, on, EntrySource.RECEIPT)
        if problem is not None:
            raise problem
        if self.settled_until is not None and on <= self.settled_until:
            raise UserError(SETTLED, date=self.settled_until, on=on)
        self._seq += 1
        book_no, number = receipt_book_position(self._seq, self.fund.receipt_book_size,
                                                self.fund.first_receipt_book)
        postings = receipt_postings(self.money_account, book_no, number, lines)
        validate_postings(postings, self._codes)
        description = receipt_description(book_no, number, payer)
        entry = entry_payload(new_id(), self._entry_number(on), on,
                              f"{description} ({note})" if note else description,
                              EntrySource.RECEIPT, postings, self._uow.actor, self._at,
                              member_id=member_id)
        self._uow.stage(self.fund_id, "receipt.issued",
                        receipt_payload(new_id(), self._seq, (book_no, number), on, member_id,
                                        payer, lines, self.money_account, entry,
                                        self._uow.actor), self._at)
        return book_no, number
