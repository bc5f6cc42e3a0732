"""Buddhist Era dates as typed by treasurers and found in imported sheets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.i18n.dates import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    DateError,
    be_year,
    format_date,
    format_month,
    parse_birth_year_only,
    parse_date,
)
from welfare_desk.ledger.errors import UserError

OCT_1 = date(2025, 10, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-10-01", OCT_1),
    ("2568-10-01", OCT_1),
    ("2549-01-06", date(2006, 1, 6)),
    ("1/10/2568", OCT_1),
    ("01/10/2568", OCT_1),
    ("1-10-2568", OCT_1),
    ("1.10.2568", OCT_1),
    ("1/10/2025", OCT_1),
    (" 1/10/2568 ", OCT_1),
    ("12/05/2510", date(1967, 5, 12)),
    ("๑/๑๐/๒๕๖๘", OCT_1),
    ("๒๕๖๘-๑๐-๐๑", OCT_1),
    ("5 มี.ค. 2495", date(1952, 3, 5)),
    ("5 มีนาคม 2495", date(1952, 3, 5)),
    ("5 มี.ค.2495", date(1952, 3, 5)),
    ("5มี.ค.2495", date(1952, 3, 5)),
    ("5 มีค 2495", date(1952, 3, 5)),
    ("5 มี. ค. 2495", date(1952, 3, 5)),
    ("5 มี.ค. พ.ศ. 2495", date(1952, 3, 5)),
    ("5 มีนาคม พ.ศ.2495", date(1952, 3, 5)),
    ("วันที่ 5 มีนาคม พ.ศ. 2495", date(1952, 3, 5)),
    ("5 มีนา 2495", date(1952, 3, 5)),
    ("๕ มี.ค. ๒๔๙๕", date(1952, 3, 5)),
    ("1 ต.ค. 2568", OCT_1),
    ("31 ธันวาคม 2567", date(2024, 12, 31)),
    ("15 ก.พ. 2568", date(2025, 2, 15)),
    ("29/02/2567", date(2024, 2, 29)),  # BE 2567 = CE 2024, a leap year
    ("29 กุมภาพันธ์ 2543", date(2000, 2, 29)),
])
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "29/02/2566",  # CE 2023 is not a leap year
    "31/02/2568",
    "31/04/2568",
    "0/10/2568",
    "1/13/2568",
    "29/02/2443",  # CE 1900: not a leap year
    "2568-02-30",
])
def test_days_that_do_not_exist(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert caught.value.message == "'{text}' is not a date that exists"
    assert caught.value.params == {"text": text}


@pytest.mark.parametrize("text", [
    "", "hello", "1/10", "1/10/68", "5 มี.ค. 68", "1/10-2568", "5 ฟอ 2568", "1/10/568",
    "2300-01-01", "1/10/1850", "5 มี.ค. พ.ศ. 1995", "10/01/2568/1", "2025-10-01T10:00",
])
def test_unparseable_text(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


def test_date_error_is_a_user_error_with_params() -> None:
    with pytest.raises(UserError) as caught:
        parse_date("1/10/68")
    assert "two-digit" in caught.value.message
    assert caught.value.params == {"text": "1/10/68"}


@pytest.mark.parametrize(("text", "year"), [
    ("2510", 1967), ("พ.ศ. 2510", 1967), ("พ.ศ.2510", 1967), ("พศ 2510", 1967),
    (" ๒๕๑๐ ", 1967), ("1967", 1967), ("ค.ศ. 1967", 1967),
    ("1/1/2510", None), ("มกราคม 2510", None), ("", None), ("abc", None),
])
def test_birth_year_only(text: str, year: int | None) -> None:
    assert parse_birth_year_only(text) == year


@pytest.mark.parametrize("text", ["67", "พ.ศ. 1967", "2300"])
def test_birth_year_only_refuses_wrong_years(text: str) -> None:
    with pytest.raises(DateError):
        parse_birth_year_only(text)


def test_format_date() -> None:
    assert format_date(OCT_1) == "1 ต.ค. 2568"
    assert format_date(OCT_1, "short", "th") == "1 ต.ค. 2568"
    assert format_date(OCT_1, "long", "th") == "1 ตุลาคม 2568"
    assert format_date(OCT_1, "numeric", "th") == "01/10/2568"
    assert format_date(OCT_1, "numeric", "en") == "2025-10-01"
    assert format_date(OCT_1, "short", "en") == "1 Oct 2025"
    assert format_date(OCT_1, "long", "en") == "1 October 2025"
    with pytest.raises(ValueError):
        format_date(OCT_1, "medium")
    with pytest.raises(ValueError):
        format_date(OCT_1, "short", "fr")


def test_months_and_be_year() -> None:
    assert len(THAI_MONTHS) == len(THAI_MONTHS_SHORT) == 12
    assert THAI_MONTHS[0] == "มกราคม" and THAI_MONTHS_SHORT[11] == "ธ.ค."
    assert be_year(OCT_1) == 2568
    assert format_month(2025, 10, "th") == "ต.ค. 2568"
    assert format_month(2025, 10, "en") == "Oct 2025"
    with pytest.raises(ValueError):
        format_month(2025, 13)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       st.sampled_from(["short", "long", "numeric"]), st.sampled_from(["th", "en"]))
def test_formatted_dates_parse_back(d: date, style: str, lang: str) -> None:
    assert parse_date(format_date(d, style, lang)) == d
