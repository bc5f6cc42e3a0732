"""Money is an int of satang (1 baht = 100 satang) everywhere below the UI.

Decimal appears only while parsing and formatting; a float reaching money
code is a TypeError, because 0.1 + 0.2 is not a sum a treasurer accepts.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

SATANG_PER_BAHT = 100
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def satang(value: int) -> int:
    """Checks that ``value`` is an int amount of satang (bool and float refused)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"money must be int satang, got {type(value).__name__}")
    return value


def from_baht(value: Decimal | int | str) -> int:
    """Baht as Decimal, int or exact text to satang; fractions of a satang refused."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        amount = Decimal(value) * SATANG_PER_BAHT
    except InvalidOperation as exc:
        raise UserError(N_("'{text}' is not an amount of baht"), text=str(value)) from exc
    if not amount.is_finite() or amount != amount.to_integral_value():
        raise UserError(N_("'{text}' is not an amount of baht"), text=str(value))
    return int(amount)


def parse_baht(text: str) -> int:
    """Parses what a treasurer types: "1,234.50", "๑๒๐", "30 บาท" -> satang."""
    cleaned = text.translate(THAI_DIGITS).replace(",", "").replace("บาท", "").strip()
    if not cleaned or cleaned.lower() in {"nan", "inf", "-inf", "infinity"}:
        raise UserError(N_("'{text}' is not an amount of baht"), text=text)
    return from_baht(cleaned)


def parse_positive_baht(text: str) -> int:
    amount = parse_baht(text)
    if amount <= 0:
        raise UserError(N_("The amount must be more than zero, not {text}"), text=text)
    return amount


def to_decimal(amount: int) -> Decimal:
    return Decimal(satang(amount)) / SATANG_PER_BAHT


def format_baht(amount: int, *, grouping: bool = True) -> str:
    """1234550 -> "12,345.50"; negative amounts keep their sign."""
    value = to_decimal(amount)
    return f"{value:,.2f}" if grouping else f"{value:.2f}"
