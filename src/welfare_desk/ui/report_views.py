"""A report as the screen shows it, and saving it to a file (no Qt here).

The Reports page turns each report's data into a ``ReportTable`` of already
formatted text; ``export_table`` writes exactly those rows. The PDF and Excel
issues add their writers to ``WRITERS`` and so appear behind the same button.
National IDs never leave the program whole: any cell holding one is masked.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import is_valid_national_id, mask_national_id
from welfare_desk.spreadsheets.report_export import write_report_xlsx

_ID_LIKE = re.compile(r"^\d[\d\s-]{11,20}\d$")


@dataclass(frozen=True)
class ReportTable:
    """What one report shows: a title, the period, columns and formatted rows."""

    key: str  # which report ("trial_balance" ...), for file names
    title: str  # the report's name
    fund: str  # the fund's name
    period: str  # the period in words, B.E. in Thai
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    right_aligned: tuple[int, ...] = ()
    sections: frozenset[int] = field(default_factory=frozenset)  # heading rows
    totals: frozenset[int] = field(default_factory=frozenset)  # total rows

    @property
    def title_lines(self) -> tuple[str, ...]:
        return (self.title, self.fund, self.period)


def mask_ids(cell: str) -> str:
    """The cell with a national ID masked (1-2345-xxxxx-xx-3); other text unchanged."""
    text = cell.strip()
    if not _ID_LIKE.match(text):
        return cell
    digits = re.sub(r"[\s-]", "", text)
    if len(digits) == 13 and is_valid_national_id(digits):
        return mask_national_id(digits)
    return cell


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]],
               title_lines: Sequence[str]) -> None:
    # UTF-8 with a byte order mark: Excel on Windows then reads the Thai correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        for line in title_lines:
            writer.writerow([line])
        if title_lines:
            writer.writerow([])
        writer.writerow(list(headers))
        for row in rows:
            writer.writerow(row)


Writer = Callable[[Path, Sequence[str], Sequence[Sequence[str]], Sequence[str]], None]
WRITERS: dict[str, Writer] = {".xlsx": write_report_xlsx, ".csv": _write_csv}


def export_formats() -> tuple[str, ...]:
    """The file endings export_table can write (".csv" ...)."""
    return tuple(WRITERS)


def export_table(rows: Sequence[Sequence[str]], headers: Sequence[str], path: Path,
                 title_lines: Sequence[str] = ()) -> Path:
    """Writes the rows as shown, in the format the file name's ending asks for;
    national IDs masked. Returns the path written."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise UserError(N_("Reports can be saved as {formats} files"),
                        formats=", ".join(s.lstrip(".").upper() for s in WRITERS))
    masked = [[mask_ids(cell) for cell in row] for row in rows]
    writer(path, [mask_ids(h) for h in headers], masked, [mask_ids(t) for t in title_lines])
    return path
