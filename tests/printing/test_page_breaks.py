"""D10-D12: a table's header never ends a page with fewer than two rows under it, its
title stays with it, and its last row (the total) never starts a page alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.lib.units import mm

from tests.printing.conftest import pdf_text
from welfare_desk.printing.sheet import Column, Row, Sheet

COLUMNS = [Column("Item", 100), Column("Amount", 40, "right")]


def _page(path: Path, n: int) -> str:
    pdf_text(path)  # skips without poppler
    return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _sheet(out: Path, room_rows: float) -> Sheet:
    """A sheet with room for about ``room_rows`` table rows left on page 1."""
    sheet = Sheet(out, "test")
    row = 11 * 1.45 + 3
    sheet.y = sheet.margin + 8 * mm + row * room_rows
    return sheet


def test_a_header_with_one_row_moves_with_its_title(tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    sheet = _sheet(out, 3.2)  # title + header + one row would fit, not two rows
    sheet.titled_table("SECTION", COLUMNS, [Row([f"row{i}", "1.00"]) for i in range(1, 6)])
    sheet.save()
    assert "SECTION" not in _page(out, 1) and "Item" not in _page(out, 1)
    assert all(f"row{i}" in _page(out, 2) for i in range(1, 6))


def test_the_total_does_not_start_a_page_alone(tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    sheet = _sheet(out, 5.5)  # header and four rows fit; the fifth (total) would not
    rows = [Row([f"row{i}", "1.00"]) for i in range(1, 5)] + [Row(["TOTAL", "4.00"],
                                                                    bold=True)]
    sheet.table(COLUMNS, rows)
    sheet.save()
    first, second = _page(out, 1), _page(out, 2)
    assert "row3" in first and "row4" not in first
    assert "row4" in second and "TOTAL" in second and "Item" in second


def test_a_failed_check_is_crossed_not_left_empty(tmp_path: Path, monkeypatch) -> None:
    """D9: an empty box reads as "not ticked yet"; a failed check is crossed (☒)."""
    sheet = Sheet(tmp_path / "t.pdf", "test")
    lines: list[tuple[float, ...]] = []
    monkeypatch.setattr(sheet.canvas, "line", lambda *xy: lines.append(xy))
    sheet.checkbox(False, "blank, for the hand")
    assert lines == []
    sheet.checkbox(False, "failed", crossed=True)
    assert len(lines) == 2
    sheet.checkbox(True, "passed")
    assert len(lines) == 2


def test_a_long_check_wraps_under_its_text(tmp_path: Path) -> None:
    sheet = Sheet(tmp_path / "t.pdf", "test")
    before = sheet.y
    sheet.checkbox(True, "word " * 60, 11)
    assert before - sheet.y > 2 * 11 * 1.45
