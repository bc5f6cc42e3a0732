"""Read models that travel beyond the database layer, free of SQLAlchemy so that a
quick command (a printed receipt) can build them from the sqlite3 module alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.ledger.dues_coverage import DuesCoverage


@dataclass(frozen=True)
class ReceiptRow:
    receipt_id: str
    seq: int
    book_no: int
    number_in_book: int
    issued_on: date
    member_id: str | None
    payer_name: str
    total: int
    money_account: str
    entry_id: str
    lines: tuple[tuple[str, str, str, int], ...]  # kind, description, account, amount
    voided: bool
    void_reason: str | None
    voided_on: date | None = None


@dataclass(frozen=True)
class ReceiptForPaper:
    receipt: ReceiptRow
    member_no: int | None
    receiver: str  # who took the money
    dues_months: DuesCoverage | None = None  # the instalments its dues pay for

    @property
    def dues_amount(self) -> int:
        return sum(amount for kind, _text, _account, amount in self.receipt.lines
                   if kind == "dues")
