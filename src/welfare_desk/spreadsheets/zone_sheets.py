"""The zone report as a workbook: one sheet a table, real numbers and dates."""

from __future__ import annotations

from pathlib import Path

from welfare_desk.i18n.catalog import Translator
from welfare_desk.services.zone_report import ReportTable
from welfare_desk.spreadsheets.workbook import SheetColumn, SheetSpec, write_workbook

WIDTHS = {"text": 16, "count": 10, "money": 15, "date": 12}


def _width(title: str, kind: str, rows: tuple[tuple[object, ...], ...], n: int) -> float:
    if kind != "text":
        return WIDTHS[kind]
    longest = max((len(str(row[n])) for row in rows), default=0)
    return float(min(max(WIDTHS["text"], longest + 2, len(title) + 2), 60))


def write_zone_workbook(path: Path, t: Translator, title_lines: list[str],
                        tables: tuple[ReportTable, ...]) -> None:
    write_workbook(path, [
        SheetSpec(t.tr(table.title), [*title_lines, t.tr(table.title)],
                  [SheetColumn(t.tr(title), _width(t.tr(title), kind, table.rows, n), kind)
                   for n, (title, kind) in enumerate(table.columns)],
                  table.rows)
        for table in tables])
