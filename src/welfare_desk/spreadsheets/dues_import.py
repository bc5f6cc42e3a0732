"""Reading a dues history sheet: one row a member (member no., national ID and/or
name), one column a month; each cell what the member paid that month.

A cell holds an amount (30, "30", "๓๐", "30 บาท"), a tick ("/", "✓", "ส่ง") for the
amount of the member's plan, or nothing paid (blank, "-", "ขาด", "x", 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl.utils.cell import (
    column_index_from_string,
    coordinate_from_string,
    get_column_letter,
)

from welfare_desk.i18n.dates import format_month
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import from_baht, parse_baht
from welfare_desk.ledger.text import N_
from welfare_desk.services.dues_import import DuesRow, SheetPayment, SheetProblem, YearMonth
from welfare_desk.spreadsheets.cells import national_id_of, split_full_name, text_of
from welfare_desk.spreadsheets.header import MAX_HEADER_ROW, field_of
from welfare_desk.spreadsheets.months import (
    hints_above,
    month_name_only,
    month_of,
    resolve_names,
)
from welfare_desk.spreadsheets.reading import is_total, non_empty_rows

IDENTITY = frozenset({"member_no", "national_id", "full_name", "first_name", "last_name",
                      "title"})
TICKS = frozenset({"/", "//", "✓", "✔", "√", "☑", "ส่ง", "ส่งแล้ว", "จ่าย", "จ่ายแล้ว", "ชำระ",
                   "ชำระแล้ว", "paid", "yes", "y"})
NOT_PAID = frozenset({"-", "--", "–", "—", "ขาด", "ขาดส่ง", "ไม่ส่ง", "ค้าง", "ค้างส่ง", "x", "✗",
                      "✘", "×", "no", "n"})
TICK = "tick"


@dataclass(frozen=True)
class DuesSheet:
    path: Path
    header_row: int  # 1-based, as Excel shows it
    headers: list[str]  # month columns written as "ต.ค. 2566", whatever the sheet said
    identity: dict[str, int]  # field -> column (0-based)
    months: dict[int, YearMonth]  # column -> month
    rows: list[tuple[int, tuple[object, ...]]]  # (Excel row number, cell values)


def _identity(row: Sequence[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for column, cell in enumerate(row):
        name = field_of(cell)
        if name in IDENTITY and name not in found:
            found[name] = column
    if "first_name" in found and "last_name" not in found and "full_name" not in found:
        found["full_name"] = found.pop("first_name")  # "ชื่อ" holding the whole name
    return found


def _identity_above(rows: Sequence[Sequence[object]], index: int) -> dict[str, int]:
    """The member columns of a two-row header: named in the row above, empty in this
    one (merged down). A data row under the header has its names and numbers there."""
    found = _identity(rows[index - 1]) if index else {}
    row = rows[index]
    if any(c < len(row) and text_of(row[c]) for c in found.values()):
        return {}
    return found


def find_dues_header(rows: Sequence[Sequence[object]], fiscal_start_month: int = 10
                     ) -> tuple[int, dict[str, int], dict[int, YearMonth]] | None:
    """(header row index, identity columns, month columns) of the row naming the most
    months and member columns; the member columns may sit in the row above the months
    (a two-row header, merged cells), the year above month names."""
    best: tuple[int, int, dict[str, int], dict[int, YearMonth], dict[int, int]] | None = None
    for index, row in enumerate(rows[:MAX_HEADER_ROW]):
        months = {c: m for c, cell in enumerate(row) if (m := month_of(cell)) is not None}
        names = {c: n for c, cell in enumerate(row)
                 if c not in months and (n := month_name_only(cell)) is not None}
        identity = _identity(row) or _identity_above(rows, index)
        score = len(months) + len(names) + len(identity)
        if (months or names) and identity and (best is None or score > best[1]):
            best = (index, score, identity, months, names)
    if best is None:
        return None
    index, _score, identity, months, names = best
    width = max(len(r) for r in rows[:index + 1])
    resolved = resolve_names(names, hints_above(rows[:index], width), fiscal_start_month)
    missing = [text_of(rows[index][c]) for c in names if c not in resolved]
    if missing:
        raise UserError(N_("The month columns {columns} do not say which year; write them "
                           "like ต.ค. 2566, or put the year above them"),
                        columns=", ".join(missing))
    return index, identity, {**months, **resolved}


def read_dues_sheet(path: Path, fiscal_start_month: int = 10) -> DuesSheet:
    """The first sheet's header and its member rows; blank and total rows left out."""
    rows = non_empty_rows(path)
    found = find_dues_header(rows, fiscal_start_month)
    if found is None:
        raise UserError(N_("No header row with a member column (เลขที่สมาชิก, ชื่อ-สกุล or "
                           "เลขบัตรประชาชน) and month columns (ต.ค. 66 ...) was found in "
                           "{path}"), path=path.name)
    index, identity, months = found
    columns = [*identity.values(), *months]
    data = []
    for n in range(index + 1, len(rows)):
        row = rows[n]
        if is_total(row) or not any(c < len(row) and text_of(row[c]) for c in columns):
            continue
        data.append((n + 1, row))
    above = rows[index - 1] if index else ()
    headers = []
    for column in range(max(len(rows[index]), max(columns) + 1)):
        if column in months:
            headers.append(format_month(*months[column], "th"))
            continue
        text = text_of(rows[index][column]) if column < len(rows[index]) else ""
        headers.append(text or (text_of(above[column]) if column < len(above) else ""))
    return DuesSheet(path, index + 1, headers, identity, months, data)


def payment_of(value: object) -> int | str | None:
    """Satang paid, TICK, or None for nothing paid; UserError for anything else."""
    if value is None or value is False:
        return None
    if value is True:
        return TICK
    if isinstance(value, datetime | date):
        raise UserError(N_("A date is not an amount paid"))
    if isinstance(value, int | float):
        amount = from_baht(Decimal(str(value)))
    else:
        text = text_of(value)
        if not text or text.lower() in NOT_PAID:
            return None
        if text.lower() in TICKS:
            return TICK
        try:
            amount = parse_baht(text)
        except UserError:
            raise UserError(N_("'{text}' is neither an amount nor a tick (/ or ✓)"),
                            text=text) from None
    if amount < 0:
        raise UserError(N_("A payment cannot be less than zero ({amount})"),
                        amount=text_of(value))
    return amount or None


def _cell(row: tuple[object, ...], column: int | None) -> object:
    return row[column] if column is not None and column < len(row) else None


def _ref(column: int, row_no: int) -> str:
    return f"{get_column_letter(column + 1)}{row_no}"


def cell_heading(sheet: DuesSheet, cell: str, lang: str = "th") -> str:
    """The heading of a cell's column: "ต.ค. 2566" (or "Oct 2023") for "D7"."""
    return heading(sheet, column_index_from_string(coordinate_from_string(cell)[0]) - 1, lang)


def heading(sheet: DuesSheet, column: int, lang: str = "th") -> str:
    if column in sheet.months:
        return format_month(*sheet.months[column], lang)
    return sheet.headers[column] if column < len(sheet.headers) else ""


def dues_rows(sheet: DuesSheet) -> list[DuesRow]:
    return [dues_row(row_no, row, sheet) for row_no, row in sheet.rows]


def dues_row(row_no: int, row: tuple[object, ...], sheet: DuesSheet) -> DuesRow:
    """One row: who it is (as far as it can be read) and every month's payment."""
    problems: list[SheetProblem] = []
    ids = sheet.identity

    def read(name: str, parse: object) -> object:
        try:
            return parse(_cell(row, ids.get(name)))  # type: ignore[operator]
        except UserError as exc:
            problems.append(SheetProblem(_ref(ids[name], row_no), exc))
            return None

    number = text_of(_cell(row, ids.get("member_no")))
    if number and not number.isdigit():
        problems.append(SheetProblem(_ref(ids["member_no"], row_no), UserError(
            N_("'{text}' is not a member number"), text=number)))
    national_id = read("national_id", national_id_of) if "national_id" in ids else None
    name = _name(row, ids, read)
    readable = not problems
    payments = []
    for column, month in sorted(sheet.months.items()):
        try:
            paid = payment_of(_cell(row, column))
        except UserError as exc:
            problems.append(SheetProblem(_ref(column, row_no), exc))
            continue
        if paid is not None:
            payments.append(SheetPayment(_ref(column, row_no), month,
                                         None if paid == TICK else int(paid)))
    return DuesRow(row_no, int(number) if number.isdigit() else None,
                   national_id if isinstance(national_id, str) else None, name,
                   tuple(payments), tuple(problems), readable)


def _name(row: tuple[object, ...], ids: dict[str, int], read: object
          ) -> tuple[str, str] | None:
    if "full_name" in ids:
        if not text_of(_cell(row, ids["full_name"])):
            return None
        parts = read("full_name", split_full_name)  # type: ignore[operator]
        return (parts[1], parts[2]) if isinstance(parts, tuple) else None
    first = text_of(_cell(row, ids.get("first_name")))
    if not first:
        return None
    first = split_full_name(first)[1]  # "นางสมศรี" in the ชื่อ column: the title left out
    return first, text_of(_cell(row, ids.get("last_name")))


def write_dues_error_report(path: Path, sheet: DuesSheet, reasons: list[tuple[int, str]],
                            settled: set[str], row_label: str, reason_label: str,
                            lang: str = "th") -> None:
    """The rows with a problem, each with its row number and reasons; months that are in
    the fund (imported now or before) are left blank, so the file can be fixed and
    imported again as it is."""
    from welfare_desk.spreadsheets.workbook import SheetColumn, write_sheet

    by_row = dict(sheet.rows)
    width = len(sheet.headers)
    columns = [SheetColumn(row_label, 8, "count"), SheetColumn(reason_label, 60)]
    columns += [SheetColumn(heading(sheet, c, lang) or "-", 11 if c in sheet.months else 18)
                for c in range(width)]
    rows = []
    for row_no, text in reasons:
        cells = (list(by_row.get(row_no, ())) + [None] * width)[:width]
        cells = [None if _ref(c, row_no) in settled else v for c, v in enumerate(cells)]
        rows.append([row_no, text, *cells])
    write_sheet(path, reason_label, [sheet.path.name], columns, rows)
