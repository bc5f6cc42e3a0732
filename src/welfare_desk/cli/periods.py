"""--period: the span a report covers, as a treasurer writes it.

    2569-10, 10/2569, ต.ค. 2569, 2026-10     a month (B.E. or C.E.)
    fy2569, ปีงบ2569, ปีงบประมาณ 2569          a fiscal year (the one ending in 2569:
                                            1 ต.ค. 2568 to 30 ก.ย. 2569 by default)
    2569, 2026                              a calendar year
    1/10/2568..31/3/2569                     a range of dates, both days included
    30/9/2569                                one day (reports "as of" that day)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import BE_OFFSET, format_date, format_month, parse_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import THAI_DIGITS
from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of, month_bounds
from welfare_desk.ledger.text import N_
from welfare_desk.spreadsheets.months import month_of

PERIOD_HELP = N_("a month (2569-10), a fiscal year (fy2569), a year (2569), "
                 "a range (1/10/2568..31/3/2569) or a day (30/9/2569)")
_FISCAL = re.compile(r"(?:fy|ปีงบ(?:ประมาณ)?)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"(?:พ\.?\s*ศ\.?\s*)?(\d{4})")


@dataclass(frozen=True)
class Period:
    kind: str  # month | fiscal_year | year | range | day
    first: date
    last: date

    def label(self, t: Translator) -> str:
        def year(y: int) -> int:
            return y + BE_OFFSET if t.lang == "th" else y

        if self.kind == "month":
            return t.tr(N_("Month {month}"), month=format_month(self.first.year,
                                                                self.first.month, t.lang))
        if self.kind == "fiscal_year":
            return t.tr(N_("Fiscal year {year}"), year=year(self.last.year))
        if self.kind == "year":
            return t.tr(N_("Year {year}"), year=year(self.first.year))
        if self.kind == "day":
            return t.tr(N_("As of {date}"), date=format_date(self.last, "long", t.lang))
        return t.tr(N_("{first} to {last}"), first=format_date(self.first, "long", t.lang),
                    last=format_date(self.last, "long", t.lang))

    def months(self) -> list[tuple[int, int]]:
        result, (year, month) = [], (self.first.year, self.first.month)
        while (year, month) <= (self.last.year, self.last.month):
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result


def _ce(year: int) -> int:
    return year - BE_OFFSET if year > 2400 else year


def parse_period(text: str, fiscal_start: tuple[int, int] = (10, 1)) -> Period:
    cleaned = " ".join(text.translate(THAI_DIGITS).split())
    if ".." in cleaned:
        first_text, _, last_text = cleaned.partition("..")
        first, last = parse_date(first_text.strip()), parse_date(last_text.strip())
        if last < first:
            raise UserError(N_("The period ends before it starts: {text}"), text=text)
        return Period("range", first, last)
    if match := _FISCAL.fullmatch(cleaned):
        first, last = fiscal_year_bounds(_ce(int(match[1])), fiscal_start)
        return Period("fiscal_year", first, last)
    if match := _YEAR.fullmatch(cleaned):
        year = _ce(int(match[1]))
        return Period("year", date(year, 1, 1), date(year, 12, 31))
    try:
        day = parse_date(cleaned)
    except UserError:
        month = month_of(cleaned)
        if month is None:
            raise UserError(N_("'{text}' is not a period; write {help}"), text=text,
                            help=PERIOD_HELP) from None
        return Period("month", *month_bounds(*month))
    return Period("day", day, day)


def this_fiscal_year(today: date, fiscal_start: tuple[int, int]) -> Period:
    return Period("fiscal_year", *fiscal_year_bounds(fiscal_year_of(today, fiscal_start),
                                                     fiscal_start))
