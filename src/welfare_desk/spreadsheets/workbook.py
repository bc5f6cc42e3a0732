"""Writing sheets that look as if a careful person made them: a title row, Thai
headers, a frozen header, real numbers and dates, money as #,##0.00, widths to fit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

MONEY = "#,##0.00"
# Excel's Thai Buddhist calendar (calendar 07, locale 041E): 01/10/2568.
BE_DATE = "[$-107041E]dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDE6EE")


@dataclass(frozen=True)
class SheetColumn:
    title: str
    width: float
    kind: str = "text"  # text | money | date | count


def write_sheet(path: Path, sheet_title: str, title_lines: Sequence[str],
                columns: Sequence[SheetColumn], rows: Sequence[Sequence[object]]) -> None:
    """One sheet: title lines, the header row (frozen), then the rows. Money is int
    satang in ``rows`` and written as baht numbers."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    for line in title_lines:
        sheet.append([line])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=13)
    sheet.append([c.title for c in columns])
    header_row = sheet.max_row
    for n, column in enumerate(columns, 1):
        cell = sheet.cell(row=header_row, column=n)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(n)].width = column.width
    for values in rows:
        sheet.append([_value(v, c.kind) for v, c in zip(values, columns, strict=True)])
        row = sheet.max_row
        for n, column in enumerate(columns, 1):
            if column.kind == "money":
                sheet.cell(row=row, column=n).number_format = MONEY
            elif column.kind == "date":
                sheet.cell(row=row, column=n).number_format = BE_DATE
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = (f"A{header_row}:{get_column_letter(len(columns))}"
                             f"{max(sheet.max_row, header_row)}")
    workbook.save(path)


def _value(value: object, kind: str) -> object:
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        return value / 100  # the cell holds baht; the books keep int satang
    if kind == "date" and isinstance(value, date):
        return value
    return value
