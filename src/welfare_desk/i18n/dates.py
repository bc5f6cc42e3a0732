"""Buddhist Era dates: parsing what people type and sheets hold, and showing dates.

Dates are ``datetime.date`` (Common Era) everywhere below the UI; the year
shown and typed is the Buddhist Era (พ.ศ. = ค.ศ. + 543). Qt and babel have no
Buddhist calendar, so both directions live here.
"""

from __future__ import annotations

import re
from datetime import date

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import THAI_DIGITS
from welfare_desk.ledger.text import N_

BE_OFFSET = 543
# A four-digit year above this is Buddhist Era; CE years run MIN..MAX_CE_YEAR.
MIN_BE_YEAR = 2401
MIN_CE_YEAR = 1900
MAX_CE_YEAR = 2200
MAX_BE_YEAR = MAX_CE_YEAR + BE_OFFSET

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
ENGLISH_MONTHS_SHORT: tuple[str, ...] = tuple(m[:3] for m in ENGLISH_MONTHS)


def _month_key(text: str) -> str:
    return re.sub(r"[.\s]", "", text).lower()


def _informal(name: str) -> str:
    """มกราคม -> มกรา, เมษายน -> เมษา, กุมภาพันธ์ -> กุมภา: how people often write them."""
    for ending in ("าคม", "ายน", "าพันธ์"):
        if name.endswith(ending):
            return name[: -len(ending)] + "า"
    return name


_MONTH_BY_NAME: dict[str, int] = {}
for _number, (_full, _short) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT, strict=True), 1):
    for _name in (_full, _short, _informal(_full)):
        _MONTH_BY_NAME[_month_key(_name)] = _number
# English names too, so that what format_date(..., lang="en") writes reads back.
for _number, _full in enumerate(ENGLISH_MONTHS, 1):
    _MONTH_BY_NAME[_full.lower()] = _MONTH_BY_NAME[_full[:3].lower()] = _number
_MONTH_BY_NAME["sept"] = 9

_SPACES = re.compile(r"\s+")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d+)")
# "5 มี.ค. 2495", "5 มีนาคม พ.ศ. 2495", "5มี.ค.2495"; the era mark is optional.
_WITH_MONTH_NAME = re.compile(
    r"(\d{1,2})\s*([^\d\s][^\d]*?)\s*(?:(พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)\s*)?(\d+)")
_YEAR_ONLY = re.compile(r"(?:(พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)\s*)?(\d+)")


def month_number(name: str) -> int | None:
    """A month's name as people write it -> 1..12: "ต.ค.", "ตค", "ตุลาคม", "ตุลา", "Oct",
    "October"; None for anything else."""
    return _MONTH_BY_NAME.get(_month_key(name))


class DateError(UserError):
    """Text that is not a date, or names a day that does not exist."""


def _normalise(text: str) -> str:
    cleaned = _SPACES.sub(" ", text.translate(THAI_DIGITS)).strip()
    return re.sub(r"^วันที่\s*", "", cleaned)


def _ce_year(digits: str, era: str | None, text: str) -> int:
    """A typed year to CE: above 2400 is BE, 1900-2200 is CE, two digits are refused."""
    if len(digits) <= 2:
        raise DateError(N_("'{text}' has a two-digit year; write the whole year, such as 2568"),
                        text=text)
    year = int(digits)
    is_be = MIN_BE_YEAR <= year <= MAX_BE_YEAR
    is_ce = MIN_CE_YEAR <= year <= MAX_CE_YEAR
    era_key = _month_key(era or "")
    if (era_key == "พศ" and not is_be) or (era_key == "คศ" and not is_ce) or not (is_be or is_ce):
        raise DateError(N_("'{text}' has a year that cannot be right; write the Buddhist Era "
                           "year, such as 2568"), text=text)
    return year - BE_OFFSET if is_be else year


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateError(N_("'{text}' is not a date that exists"), text=text) from exc


def parse_date(text: str) -> date:
    """What a treasurer types or a sheet holds -> a date.

    Accepts "2025-10-01", "2568-10-01", "1/10/2568", "01-10-2568", "1.10.2568",
    "๑/๑๐/๒๕๖๘", "5 มี.ค. 2495", "5 มีนาคม พ.ศ. 2495" (and "5 Mar 1952"). Day comes first; a year
    above 2400 is Buddhist Era. Raises ``DateError`` for anything else and for
    days that do not exist (29/02/2566).
    """
    cleaned = _normalise(text)
    if match := _ISO.fullmatch(cleaned):
        year, month, day = match.groups()
        return _make_date(_ce_year(year, None, text), int(month), int(day), text)
    if match := _DAY_FIRST.fullmatch(cleaned):
        day, _sep, month, year = match.groups()
        return _make_date(_ce_year(year, None, text), int(month), int(day), text)
    if match := _WITH_MONTH_NAME.fullmatch(cleaned):
        day, month_name, era, year = match.groups()
        month_number = _MONTH_BY_NAME.get(_month_key(month_name))
        if month_number is not None:
            return _make_date(_ce_year(year, era, text), month_number, int(day), text)
    raise DateError(N_("'{text}' is not a date; write it like 1/10/2568"), text=text)


def parse_birth_year_only(text: str) -> int | None:
    """ "2510" or "พ.ศ. 2510" alone -> 1967 (CE); None when the text is not just a year.

    Old member lists often know only the year of birth.
    """
    cleaned = _normalise(text)
    match = _YEAR_ONLY.fullmatch(cleaned)
    if match is None:
        return None
    era, digits = match.groups()
    return _ce_year(digits, era, text)


def be_year(d: date) -> int:
    """The Buddhist Era year of a date: 2025-10-01 -> 2568."""
    return d.year + BE_OFFSET


def _check_lang(lang: str) -> str:
    if lang not in ("th", "en"):
        raise ValueError(f"unknown language {lang!r}; expected 'th' or 'en'")
    return lang


def format_date(d: date, style: str = "short", lang: str = "th") -> str:
    """th: "1 ต.ค. 2568" (short), "1 ตุลาคม 2568" (long), "01/10/2568" (numeric).

    en: "1 Oct 2025", "1 October 2025", and ISO "2025-10-01" for numeric.
    """
    thai = _check_lang(lang) == "th"
    if style == "numeric":
        if thai:
            return f"{d.day:02d}/{d.month:02d}/{be_year(d)}"
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if style == "short":
        names = THAI_MONTHS_SHORT if thai else ENGLISH_MONTHS_SHORT
    elif style == "long":
        names = THAI_MONTHS if thai else ENGLISH_MONTHS
    else:
        raise ValueError(f"unknown date style {style!r}; expected short, long or numeric")
    year = be_year(d) if thai else d.year
    return f"{d.day} {names[d.month - 1]} {year}"


def format_month(year: int, month: int, lang: str = "th", style: str = "short") -> str:
    """A month of a CE year: (2025, 10) -> "ต.ค. 2568" in Thai, "Oct 2025" in English;
    ``style="long"`` for headings: "ตุลาคม 2568", "October 2025"."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    if style not in ("short", "long"):
        raise ValueError(f"unknown month style {style!r}; expected short or long")
    if _check_lang(lang) == "th":
        names = THAI_MONTHS_SHORT if style == "short" else THAI_MONTHS
        return f"{names[month - 1]} {year + BE_OFFSET}"
    names = ENGLISH_MONTHS_SHORT if style == "short" else ENGLISH_MONTHS
    return f"{names[month - 1]} {year}"


def format_month_range(first: tuple[int, int], last: tuple[int, int], lang: str = "th") -> str:
    """(2026, 10)..(2026, 12) -> "ต.ค. – ธ.ค. 2569"; across years both are whole:
    "พ.ย. 2568 – ม.ค. 2569"; one month alone: "ต.ค. 2569"."""
    if first == last:
        return format_month(*first, lang)
    if first[0] == last[0]:
        names = THAI_MONTHS_SHORT if _check_lang(lang) == "th" else ENGLISH_MONTHS_SHORT
        return f"{names[first[1] - 1]} – {format_month(*last, lang)}"
    return f"{format_month(*first, lang)} – {format_month(*last, lang)}"
