"""The fund itself: its profile, villages and the people who use the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


class Role(StrEnum):
    TREASURER = "treasurer"
    COMMITTEE = "committee"
    AUDITOR = "auditor"


ROLE_NAMES: dict[Role, str] = {
    Role.TREASURER: N_("treasurer"),
    Role.COMMITTEE: N_("committee member"),
    Role.AUDITOR: N_("auditor"),
}


def is_role_word(name: str, role_words: set[str]) -> bool:
    """A user's display name that is only a role ("เหรัญญิก"): not a person's name, so
    it is not repeated next to the role, nor printed as the name under a signature."""
    return " ".join(name.split()).casefold() in {w.casefold() for w in role_words}

# What each role may do; services check it, the desktop disables the rest.
PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.TREASURER: frozenset({"write", "file_claim", "pay", "close_period", "settings"}),
    Role.COMMITTEE: frozenset(
        {"write", "file_claim", "decide_claim", "close_period", "reopen_period", "settings"}
    ),
    Role.AUDITOR: frozenset(),
}


@dataclass(frozen=True)
class User:
    user_id: str
    username: str
    display_name: str
    role: Role


MIN_PASSWORD_LENGTH = 4


def check_new_password(password: str, again: str | None = None) -> None:
    """A new password: long enough, and typed the same twice when asked twice."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(N_("A password has at least {n} characters"), n=MIN_PASSWORD_LENGTH)
    if again is not None and password != again:
        raise UserError(N_("The two passwords differ"))


def require(user: User, permission: str) -> None:
    if permission not in PERMISSIONS[user.role]:
        raise UserError(N_("{user} ({role}) may not do this"),
                        user=user.display_name, role=ROLE_NAMES[user.role])


@dataclass(frozen=True)
class FundProfile:
    fund_id: str
    code: str
    name: str
    tambon: str
    amphoe: str
    province: str
    founded_on: date | None
    fiscal_year_start: tuple[int, int]
    receipt_book_size: int
    first_receipt_book: int
    lapse_after_missed: int


@dataclass(frozen=True)
class Village:
    moo: int
    name: str


def parse_fiscal_year_start(text: str) -> tuple[int, int]:
    """"10-01" -> (10, 1); the day must exist in every year (no 29 February)."""
    try:
        month_text, day_text = text.strip().split("-")
        month, day = int(month_text), int(day_text)
        date(2001, month, day)
    except ValueError as exc:
        raise UserError(N_("The fiscal year start is month-day, such as 10-01, not '{text}'"),
                        text=text) from exc
    return month, day


def receipt_book_position(seq: int, book_size: int, first_book: int) -> tuple[int, int]:
    """Running receipt number -> (book no., number in book): receipts come in paper books."""
    return first_book + (seq - 1) // book_size, (seq - 1) % book_size + 1


def receipt_label(book_no: int, number_in_book: int) -> str:
    return f"{book_no}/{number_in_book:03d}"


def parse_receipt_label(text: str) -> tuple[int, int]:
    """What people write for a receipt, book/number: "3/045", "๓/๔๕" -> (3, 45)."""
    cleaned = text.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    book, _, number = cleaned.partition("/")
    if not (book.strip().isdigit() and number.strip().isdigit()):
        raise UserError(N_("A receipt number is written book/number, such as 3/045, "
                           "not '{text}'"), text=text)
    return int(book), int(number)
