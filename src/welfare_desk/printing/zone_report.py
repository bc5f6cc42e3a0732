"""The zone report on A4 landscape: the funds with their figures and warning
signs, benefits and members for the whole zone, people active in several funds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_
from welfare_desk.printing.sheet import Column, Row, Sheet
from welfare_desk.services.zone_report import ReportTable

# Widths (mm) of the funds table's 14 columns on the 269 mm of landscape A4; its
# amounts are in whole baht so that seven of them fit (the workbook keeps satang).
FUND_WIDTHS = (18, 34, 16, 15, 15, 17, 17, 17, 17, 17, 17, 17, 17, 35)


def cell_text(value: object, kind: str, lang: str, whole_baht: bool = False) -> str:
    if value is None or value == "":
        return ""
    if kind == "money" and isinstance(value, int):
        return f"{(value + 50) // 100:,}" if whole_baht else format_baht(value)
    if kind == "date" and isinstance(value, date):
        return format_date(value, "short", lang)
    if kind == "count" and isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _table(sheet: Sheet, t: Translator, table: ReportTable, widths: tuple[float, ...],
           size: float, total_last: bool = False, whole_baht: bool = False) -> None:
    sheet.space(3)
    sheet.text(t.tr(table.title), 13, bold=True)
    columns = [Column(t.tr(title), width, "left" if kind == "text" else "right")
               for (title, kind), width in zip(table.columns, widths, strict=True)]
    last = len(table.rows) - 1
    rows = [Row([cell_text(v, kind, t.lang, whole_baht)
                 for v, (_, kind) in zip(row, table.columns, strict=True)],
                bold=total_last and n == last, shaded=total_last and n == last)
            for n, row in enumerate(table.rows)]
    sheet.table(columns, rows, size)


def write_zone_report(out: Path, t: Translator, title_lines: list[str],
                      tables: tuple[ReportTable, ...]) -> None:
    funds, *others = tables
    sheet = Sheet(out, title_lines[0], pagesize=landscape(A4), margin_mm=14,
                  footer=" · ".join(title_lines[:2]))
    for n, line in enumerate(title_lines):
        sheet.text(line, 16 if n == 0 else 12, bold=n == 0, align="center")
    _table(sheet, t, funds, FUND_WIDTHS, 7.5, total_last=True, whole_baht=True)
    sheet.text(t.tr(N_("Amounts in whole baht; the workbook (.xlsx) has them to the satang.")),
               8)
    for table in others:
        if table.rows:
            widths = (100.0,) + (40.0,) * (len(table.columns) - 1)
            _table(sheet, t, table, widths, 10)
    sheet.save()
