"""The 13-digit Thai national ID (เลขประจำตัวประชาชน) and its mod-11 check digit."""

from __future__ import annotations

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def check_digit(first12: str) -> int:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return (11 - total % 11) % 10


def normalize_national_id(text: str) -> str:
    """Digits only: accepts dashes, spaces and Thai digits; checks length and check digit."""
    digits = "".join(ch for ch in text.translate(_THAI_DIGITS) if ch not in " -")
    if not digits.isdigit() or len(digits) != 13:
        raise UserError(N_("A national ID has 13 digits: '{text}'"), text=text)
    if check_digit(digits[:12]) != int(digits[12]):
        raise UserError(N_("The national ID {text} has a wrong check digit"), text=text)
    return digits


def is_valid_national_id(text: str) -> bool:
    try:
        normalize_national_id(text)
    except UserError:
        return False
    return True


def format_national_id(digits: str) -> str:
    """1234567890123 -> 1-2345-67890-12-3, the way it is printed on the card."""
    return f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"


def mask_national_id(digits: str) -> str:
    """Hides the middle digits for paper and exports: 1-2345-xxxxx-xx-3."""
    return f"{digits[0]}-{digits[1:5]}-xxxxx-xx-{digits[12]}"


def make_national_id(first12: str) -> str:
    """Completes 12 digits with their check digit (demo data)."""
    return first12 + str(check_digit(first12))
