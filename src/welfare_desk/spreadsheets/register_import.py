"""Reading a fund's Excel register: the sheet, its header, its rows as forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import TITLES, Address, Gender
from welfare_desk.ledger.text import N_
from welfare_desk.services.imports import ImportCandidate
from welfare_desk.services.members import MemberForm
from welfare_desk.spreadsheets.cells import (
    date_of,
    national_id_of,
    phone_of,
    split_full_name,
    text_of,
    village_of,
)
from welfare_desk.spreadsheets.header import find_header
from welfare_desk.spreadsheets.reading import is_total, non_empty_rows

GENDERS = {"ชาย": Gender.MALE, "ช": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
           "หญิง": Gender.FEMALE, "ญ": Gender.FEMALE, "f": Gender.FEMALE,
           "female": Gender.FEMALE}


@dataclass(frozen=True)
class RegisterSheet:
    path: Path
    header_row: int  # 1-based, as Excel shows it
    headers: list[str]
    mapping: dict[str, int]  # field -> column (0-based)
    rows: list[tuple[int, tuple[object, ...]]]  # (Excel row number, cell values)


def read_register(path: Path, mapping: dict[str, int] | None = None) -> RegisterSheet:
    """The first sheet's header (found, or as given) and its data rows; blank and
    total rows left out."""
    rows = non_empty_rows(path)
    found = find_header(rows)
    if found is None:
        raise UserError(N_("No header row with column names such as ชื่อ-สกุล, "
                           "เลขบัตรประชาชน, หมู่ was found in {path}"), path=path.name)
    header_index, found_mapping = found
    fields = mapping or found_mapping
    if "first_name" in fields and "last_name" not in fields and "full_name" not in fields:
        fields = {**fields, "full_name": fields.pop("first_name")}  # "ชื่อ" holding it all
    data = []
    columns = list(fields.values())
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        # A row number alone is a blank row; a row opening with รวม is a total.
        if not any(c < len(row) and row[c] is not None and text_of(row[c]) for c in columns) \
                or is_total(row):
            continue
        data.append((index + 1, row))
    return RegisterSheet(path, header_index + 1, [text_of(c) for c in rows[header_index]],
                         fields, data)


def _cell(row: tuple[object, ...], mapping: dict[str, int], name: str) -> object:
    column = mapping.get(name)
    return row[column] if column is not None and column < len(row) else None


def candidates(sheet: RegisterSheet, joined_default: date, plan_code: str = "M30"
               ) -> list[ImportCandidate]:
    return [candidate(row_no, row, sheet.mapping, joined_default, plan_code)
            for row_no, row in sheet.rows]


def candidate(row_no: int, row: tuple[object, ...], mapping: dict[str, int],
              joined_default: date, plan_code: str) -> ImportCandidate:
    """One row as a registration form, or every reason it cannot be one."""
    problems: list[UserError] = []

    def read(name: str, parse: object) -> object:
        try:
            return parse(_cell(row, mapping, name))  # type: ignore[operator]
        except UserError as exc:
            problems.append(exc)
            return None

    if "full_name" in mapping:
        parts = read("full_name", split_full_name)
        title, first, last = parts if isinstance(parts, tuple) else ("", "", "")
        title = text_of(_cell(row, mapping, "title")) or title
    else:
        title = text_of(_cell(row, mapping, "title"))
        first, last = (text_of(_cell(row, mapping, n)) for n in ("first_name", "last_name"))
        if not first:
            problems.append(UserError(N_("The name is missing")))
    national_id = read("national_id", national_id_of)
    born = read("birth_date", date_of)
    joined = read("joined_on", date_of)
    village = village_of(_cell(row, mapping, "village_no"))
    number = text_of(_cell(row, mapping, "member_no"))
    if problems:
        return ImportCandidate(row_no, None, tuple(problems))
    birth, year_only = born if isinstance(born, tuple) else (None, False)
    joined_on = joined[0] if isinstance(joined, tuple) and joined[0] else joined_default
    gender = GENDERS.get(text_of(_cell(row, mapping, "gender")).lower()) \
        or TITLES.get(title) or Gender.UNSPECIFIED
    return ImportCandidate(row_no, MemberForm(
        title=title, first_name=first, last_name=last, birth_date=birth, joined_on=joined_on,
        village_no=village or 0,
        national_id=national_id if isinstance(national_id, str) else None, gender=gender,
        birth_year_only=year_only,
        address=Address(house_no=text_of(_cell(row, mapping, "house_no")), moo=village),
        phone=phone_of(_cell(row, mapping, "phone")), plan_code=plan_code,
        member_no=int(number) if number.isdigit() else None))


def write_error_report(path: Path, sheet: RegisterSheet, rejected: list[tuple[int, str]],
                       row_label: str, reason_label: str) -> None:
    """The rejected rows as they were in the sheet, each with its row number and the
    reasons, so the treasurer can fix them and import just those."""
    from welfare_desk.spreadsheets.workbook import SheetColumn, write_sheet

    by_row = dict(sheet.rows)
    columns = [SheetColumn(row_label, 8, "count"), SheetColumn(reason_label, 50)]
    columns += [SheetColumn(h or "-", 16) for h in sheet.headers]
    rows = [[row_no, reasons, *(list(by_row.get(row_no, ())) + [None] * len(sheet.headers))
             [:len(sheet.headers)]] for row_no, reasons in rejected]
    write_sheet(path, reason_label, [sheet.path.name], columns, rows)
