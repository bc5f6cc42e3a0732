"""Opening a treasurer's workbook: refusing what is not one with a clear reason, and
the rows of its first sheet as plain values."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.spreadsheets.cells import text_of

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # old .xls, or an .xlsx protected with a password
TOTAL_WORDS = ("รวม", "ยอดรวม", "total", "sum")


def workbook_rows(path: Path) -> list[tuple[object, ...]]:
    """The first sheet's rows (values, not formulas); a UserError for a missing file,
    an old .xls, a password, or anything that is not an .xlsx workbook."""
    if not path.is_file():
        raise UserError(N_("There is no file {path}"), path=str(path))
    with path.open("rb") as f:
        if f.read(4) == OLE_SIGNATURE:
            raise UserError(N_("{path} is an old .xls file or protected with a password; "
                               "open it in Excel or LibreOffice and save it as .xlsx "
                               "without a password"), path=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UserError(N_("{path} is not an Excel workbook (.xlsx)"), path=path.name) from exc
    try:
        sheet = workbook.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def non_empty_rows(path: Path) -> list[tuple[object, ...]]:
    """As ``workbook_rows``, refusing a sheet with nothing in it."""
    rows = workbook_rows(path)
    if not any(any(text_of(c) for c in row) for row in rows):
        raise UserError(N_("{path} is empty"), path=path.name)
    return rows


def is_total(row: tuple[object, ...]) -> bool:
    """A closing row: its first filled cell says รวม / total."""
    first = next((c for c in row if c is not None and c != ""), None)
    return isinstance(first, str) and first.strip().lower().startswith(TOTAL_WORDS)
