"""Writing sheets that look as if a careful person made them: a title row, Thai
headers, a frozen header, real numbers and dates, money as #,##0.00, widths to fit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

MONEY = "#,##0.00"
# Excel's Thai Buddhist calendar (calendar 07, locale 041E): 01/10/2568.
BE_DATE = "[$-107041E]dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDE6EE")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True)
class SheetColumn:
    title: str
    width: float
    kind: str = "text"  # text | money | date | count


@dataclass(frozen=True)
class Styled:
    """A row that stands out: a section's heading (bold) or a total (bold, shaded)."""

    values: Sequence[object]
    style: str = "total"  # total | section


def write_sheet(path: Path, sheet_title: str, title_lines: Sequence[str],
                columns: Sequence[SheetColumn], rows: Sequence[Sequence[object] | Styled],
                auto_filter: bool = True) -> None:
    """One sheet: title lines, the header row (frozen), then the rows. Money is int
    satang in ``rows`` and written as baht numbers. Write-only mode: 20,000 rows in
    seconds (the normal mode recounts the sheet for every row appended)."""
    workbook = Workbook(write_only=True)
    _fill_sheet(workbook.create_sheet(sheet_title[:31]),
                SheetSpec(sheet_title, title_lines, columns, rows, auto_filter))
    workbook.save(path)


@dataclass(frozen=True)
class SheetSpec:
    title: str
    title_lines: Sequence[str]
    columns: Sequence[SheetColumn]
    rows: Sequence[Sequence[object] | Styled]
    auto_filter: bool = True


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> None:
    """Several sheets in one workbook, each written as ``write_sheet`` writes one."""
    workbook = Workbook(write_only=True)
    for spec in sheets:
        _fill_sheet(workbook.create_sheet(spec.title[:31]), spec)
    workbook.save(path)


def _fill_sheet(sheet: Any, spec: SheetSpec) -> None:
    columns = spec.columns
    for n, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(n)].width = column.width
    header_row = len(spec.title_lines) + 1
    sheet.freeze_panes = f"A{header_row + 1}"
    if spec.auto_filter:
        sheet.auto_filter.ref = (f"A{header_row}:{get_column_letter(len(columns))}"
                                 f"{header_row + len(spec.rows)}")
    for line in spec.title_lines:
        cell = WriteOnlyCell(sheet, value=line)
        cell.font = Font(bold=True, size=13)
        sheet.append([cell])
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    formats = [MONEY if c.kind == "money" else BE_DATE if c.kind == "date" else None
               for c in columns]
    for values in spec.rows:
        sheet.append(_row(sheet, values, columns, formats))


def _row(sheet: Any, values: Sequence[object] | Styled, columns: Sequence[SheetColumn],
         formats: Sequence[str | None]) -> list[object]:
    style = values.style if isinstance(values, Styled) else None
    plain = values.values if isinstance(values, Styled) else values
    out: list[object] = []
    for value, column, number_format in zip(plain, columns, formats, strict=True):
        value = _value(value, column.kind)
        if not style and (number_format is None or value is None):
            out.append(value)
            continue
        cell = WriteOnlyCell(sheet, value=value)
        if number_format and value is not None:
            cell.number_format = number_format
        if style:
            cell.font = Font(bold=True)
        if style == "total":
            cell.fill = TOTAL_FILL
        out.append(cell)
    return out


def _value(value: object, kind: str) -> object:
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        return value / 100  # the cell holds baht; the books keep int satang
    if kind == "date" and isinstance(value, date):
        return value
    return value
