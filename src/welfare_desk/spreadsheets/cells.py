"""What a treasurer's sheet holds, read as the fund's data: Buddhist Era dates as
text or real dates, Thai digits, IDs stored as numbers, phones that lost their
leading zero, a title glued to the first name."""

from __future__ import annotations

import re
from datetime import date, datetime

from welfare_desk.i18n.dates import parse_birth_year_only, parse_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import TITLES
from welfare_desk.ledger.money import THAI_DIGITS
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import normalize_national_id

# Longest first, so that "นางสาว" wins over "นาง".
_TITLES_BY_LENGTH = sorted(TITLES, key=len, reverse=True)
_SPACES = re.compile(r"\s+")


def text_of(value: object) -> str:
    """A cell as text: numbers without ".0", Thai digits as Arabic, spaces tidied."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub(" ", str(value).translate(THAI_DIGITS)).strip()


def national_id_of(value: object) -> str | None:
    """13 digits with a right check digit, or None for an empty cell; a number cell
    (1101700207030.0) or dashes, spaces and Thai digits are all accepted."""
    text = text_of(value)
    if not text or text in {"-", "–"}:
        return None
    return normalize_national_id(text)


def date_of(value: object) -> tuple[date | None, bool]:
    """(the date, whether only the year was known). Real Excel dates are taken as
    they are; text in B.E. or C.E., Thai digits, Thai month names; a year alone."""
    if value is None or text_of(value) == "":
        return None, False
    if isinstance(value, datetime):
        return _sane(value.date()), False
    if isinstance(value, date):
        return _sane(value), False
    text = text_of(value)
    year = parse_birth_year_only(text)
    if year is not None:
        return date(year, 7, 1), True  # mid-year stands for "some day that year"
    return parse_date(text), False


def _sane(d: date) -> date:
    """A real date cell typed in B.E. (2510-05-12) becomes 1967-05-12."""
    return d.replace(year=d.year - 543) if d.year > 2400 else d


def phone_of(value: object) -> str:
    """0812345678 stored as a number loses its zero: put it back."""
    digits = re.sub(r"[^0-9]", "", text_of(value))
    if not digits:
        return text_of(value)
    if len(digits) in (8, 9) and not digits.startswith("0"):
        digits = "0" + digits
    return digits


def split_full_name(text: str) -> tuple[str, str, str]:
    """"นางสมศรี ใจดี" -> ("นาง", "สมศรี", "ใจดี"); a title may be glued or spaced."""
    text = text_of(text)
    title = next((t for t in _TITLES_BY_LENGTH if text.startswith(t)), "")
    rest = text[len(title):].strip()
    first, _, last = rest.partition(" ")
    if not first:
        raise UserError(N_("The name is missing"))
    return title, first.strip(), last.strip()


def village_of(value: object) -> int | None:
    """3, "3", "๓", "หมู่ 3", "ม.3" -> 3."""
    digits = re.findall(r"\d+", text_of(value))
    return int(digits[0]) if digits else None
