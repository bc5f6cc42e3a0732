"""Month column headers of a dues sheet, the way funds write them: "ต.ค. 66",
"ต.ค.2566", "ตุลาคม 2566", "10/2566", "2566-10", a real date cell, "Oct 2023",
"Oct-23"; or just "ต.ค." under a year written above ("2566", "ปีงบประมาณ 2567"),
often in a merged cell."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from welfare_desk.i18n.dates import BE_OFFSET, ENGLISH_MONTHS, month_number, parse_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.spreadsheets.cells import text_of

YearMonth = tuple[int, int]  # (C.E. year, month)

_ENGLISH = {m.lower() for m in ENGLISH_MONTHS} | {m[:3].lower() for m in ENGLISH_MONTHS} \
    | {"sept"}
_ERA = re.compile(r"(พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})")  # 10/2566, 10/66
_YEAR_FIRST = re.compile(r"(\d{4})\s*[/\-.]\s*(\d{1,2})")  # 2566-10
_NAMED = re.compile(r"(\D+?)\s*[/\-.]?\s*(\d{2}|\d{4})")  # ต.ค. 66, Oct-23
_FISCAL = re.compile(r"(ปี\s*งบ(?:ประมาณ)?|fy|fiscal\s*year)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})",
                     re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# "ข้อมูล ณ วันที่ 30 ก.ย. 2568" is the day the sheet was made, not the year it covers.
_A_DAY = re.compile(r"วันที่|\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|\d{1,2}\s*\D{2,12}\s*\d{4}")
LOWEST_YEAR, HIGHEST_YEAR = 1950, 2200


@dataclass(frozen=True)
class YearHint:
    """A year written above month names: a calendar year, or a fiscal year (ปีงบประมาณ)
    that starts in the fund's fiscal start month of the year before."""

    year: int  # C.E.
    fiscal: bool


def _year(digits: str, english: bool) -> int | None:
    """Four digits: B.E. above 2400, else C.E.; two digits: B.E. (ต.ค. 66 is 2566)
    unless the month name is English (Oct-23 is 2023)."""
    value = int(digits)
    if len(digits) == 2:
        value = 2000 + value if english else 2500 + value - BE_OFFSET
    elif value > 2400:
        value -= BE_OFFSET
    return value if LOWEST_YEAR <= value <= HIGHEST_YEAR else None


def _clean(text: str) -> str:
    """Without "เดือน" before it, "(บาท)" after it, or the era mark."""
    text = re.sub(r"^(เดือน|month)\s*", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\s*\(?(บาท|baht)\)?$", "", text, flags=re.IGNORECASE)
    return _ERA.sub(" ", text).strip()


def month_of(value: object) -> YearMonth | None:
    """The month a header names, with its year; None when it names no month (or only a
    month name without a year: see ``month_name_only``)."""
    if isinstance(value, datetime | date):
        ce = value.year - BE_OFFSET if value.year > 2400 else value.year
        return (ce, value.month) if LOWEST_YEAR <= ce <= HIGHEST_YEAR else None
    if not isinstance(value, str):
        return None
    text = _clean(text_of(value))
    for pattern, month_group, year_group in ((_NUMERIC, 1, 2), (_YEAR_FIRST, 2, 1)):
        if match := pattern.fullmatch(text):
            month, year = int(match[month_group]), _year(match[year_group], english=False)
            return (year, month) if year and 1 <= month <= 12 else None
    if match := _NAMED.fullmatch(text):
        name = match[1].strip(" -/.") or match[1]
        number = month_number(name) or month_number(match[1])
        if number is not None:
            year = _year(match[2], english=re.sub(r"\W", "", name).lower() in _ENGLISH)
            return (year, number) if year else None
    try:  # a whole date written as text, "1/10/2566": the month it falls in
        day = parse_date(text)
    except UserError:
        return None
    return day.year, day.month


def month_name_only(value: object) -> int | None:
    """"ต.ค.", "ตุลาคม", "Oct" alone -> 10."""
    return month_number(_clean(text_of(value))) if isinstance(value, str) else None


def year_hint(value: object) -> YearHint | None:
    """"2566", "พ.ศ. 2566", "ปี 2566", "ปีงบประมาณ 2567", "FY2026" in a cell above."""
    text = text_of(value)
    if not text or _A_DAY.search(text):
        return None
    if match := _FISCAL.search(text):
        year = _year(match[2], english=False)
        return YearHint(year, True) if year else None
    found = _YEAR.findall(text)
    if len(found) == 1 and (year := _year(found[0], english=False)):
        return YearHint(year, False)
    return None


def hints_above(rows: Sequence[Sequence[object]], width: int) -> list[YearHint | None]:
    """For each column, the year written above it: the nearest row above that has one,
    carried rightwards from its cell (a merged cell holds its value in its first
    column only)."""
    result: list[YearHint | None] = [None] * width
    for row in reversed(rows):
        carried: YearHint | None = None
        for column in range(width):
            hint = year_hint(row[column]) if column < len(row) else None
            carried = hint or carried
            if result[column] is None:
                result[column] = carried
    return result


def resolve_names(names: dict[int, int], hints: list[YearHint | None],
                  fiscal_start_month: int = 10) -> dict[int, YearMonth]:
    """Month names without a year (column -> month) dated from the hints above them.
    Under a fiscal year, months from the start month belong to the year before; under a
    calendar year the months run on, and a month lower than the one before it starts
    the next year (ต.ค. พ.ย. ธ.ค. ม.ค. under 2566: Oct 2023 ... Jan 2024)."""
    result: dict[int, YearMonth] = {}
    previous: dict[YearHint, tuple[int, int]] = {}  # hint -> (year, month) of the last column
    for column in sorted(names):
        month, hint = names[column], hints[column]
        if hint is None:
            continue
        if hint.fiscal:
            earlier = fiscal_start_month > 1 and month >= fiscal_start_month
            result[column] = (hint.year - 1 if earlier else hint.year, month)
            continue
        year, last_month = previous.get(hint, (hint.year, 0))
        if month < last_month:
            year += 1
        previous[hint] = (year, month)
        result[column] = (year, month)
    return result
