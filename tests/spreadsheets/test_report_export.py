"""A report exported to .xlsx holds real numbers and dates, not the text shown."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from welfare_desk.spreadsheets.report_export import typed, write_report_xlsx
from welfare_desk.ui.report_views import export_table


def test_cells_get_their_types_back() -> None:
    assert typed("1,234.50") == (123450, "money")
    assert typed("-30.00") == (-3000, "money")
    assert typed("1,234") == (1234, "count")
    assert typed("1 ต.ค. 2568") == (date(2025, 10, 1), "date")
    assert typed("1101 เงินสด") == ("1101 เงินสด", "text")


def test_trial_balance_like_table_as_xlsx(tmp_path: Path) -> None:
    out = tmp_path / "tb.xlsx"
    rows = [["1101", "เงินสด", "1,000.00", ""], ["4101", "เงินสมทบจากสมาชิก", "", "1,000.00"],
            ["", "รวม", "1,000.00", "1,000.00"]]
    export_table(rows, ["รหัส", "บัญชี", "เดบิต", "เครดิต"], out,
                 ["งบทดลอง", "กองทุนทดสอบ", "ณ วันที่ 1 ตุลาคม 2568"])
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "งบทดลอง" and sheet.freeze_panes == "A5"
    assert [c.value for c in sheet[5]] == ["1101", "เงินสด", 1000.0, None]  # codes stay text
    assert sheet["C5"].number_format == "#,##0.00" and sheet["D7"].value == 1000.0


def test_dates_become_real_dates(tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    write_report_xlsx(out, ["วันที่", "รายการ"], [["1 ต.ค. 2568", "ใบเสร็จ 1/001"]], ["สมุดเงินสด"])
    cell = load_workbook(out).active["A3"]
    assert cell.value == datetime(2025, 10, 1) and "107041E" in cell.number_format
