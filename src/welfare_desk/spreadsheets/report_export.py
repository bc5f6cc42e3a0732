"""A report table as the screen shows it, written as a real spreadsheet: amounts
back to numbers (#,##0.00), counts to whole numbers, dates to B.E.-formatted
dates; everything else stays text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from welfare_desk.i18n.dates import parse_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.spreadsheets.workbook import SheetColumn, write_sheet

_MONEY = re.compile(r"^-?\d{1,3}(,\d{3})*\.\d\d$")
_COUNT = re.compile(r"^-?\d{1,3}(,\d{3})*$")
_DATE = re.compile(r"^\d{1,2}[ /](\d{1,2}|\D{2,12})[ /]\d{4}$")


def typed(cell: str) -> tuple[object, str]:
    """(value, kind) of one formatted cell."""
    text = cell.strip()
    if _MONEY.match(text):
        return int(Decimal(text.replace(",", "")) * 100), "money"
    if _COUNT.match(text) and len(text) < 12:
        return int(text.replace(",", "")), "count"
    if _DATE.match(text):
        try:
            return parse_date(text), "date"
        except UserError:
            pass
    return cell, "text"


def write_report_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]],
                      title_lines: Sequence[str]) -> None:
    """A column whose filled cells are all amounts (or counts, or dates) becomes
    numbers (or dates); a mixed column keeps the text as shown."""
    typed_rows = [[typed(cell) for cell in row] for row in rows]
    columns = []
    for n, header in enumerate(headers):
        kinds = {typed_row[n][1] for row, typed_row in zip(rows, typed_rows, strict=True)
                 if row[n].strip()}
        longest = max([len(header)] + [len(row[n]) for row in rows])
        columns.append(SheetColumn(header, min(max(8.0, longest * 1.1 + 2), 60),
                                   kinds.pop() if len(kinds) == 1 else "text"))
    values = [[(typed_row[n][0] if row[n].strip() else None) if column.kind != "text"
               else (row[n] or None) for n, column in enumerate(columns)]
              for row, typed_row in zip(rows, typed_rows, strict=True)]
    write_sheet(path, title_lines[0] if title_lines else "Report", list(title_lines),
                columns, values)
