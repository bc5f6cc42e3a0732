"""A page series with a writing position: headings, wrapped text, tables with
wrapped cells, signature lines; it starts a new page when the next thing does
not fit. Every document but the cards is written with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from welfare_desk.printing.thai_text import draw_text, register_fonts, text_width, wrap_text

LINE = 1.45  # line height as a multiple of the font size (Thai needs room above and below)
GREY = (0.93, 0.93, 0.93)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm
    align: str = "left"


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    bold: bool = False
    shaded: bool = False


class Sheet:
    def __init__(self, out: Path | BinaryIO, title: str, pagesize: tuple[float, float] = A4,
                 margin_mm: float = 18, footer: str = "") -> None:
        register_fonts()
        self.canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=pagesize,
                             pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("Welfare Desk")
        self.width: float = pagesize[0]
        self.height: float = pagesize[1]
        self.margin: float = margin_mm * mm
        self.footer = footer
        self.page = 1
        self.y = self.height - self.margin

    @property
    def text_width(self) -> float:
        return self.width - 2 * self.margin

    def fits(self, height: float) -> bool:
        return bool(self.y - height >= self.margin + 8 * mm)

    def ensure(self, height: float) -> None:
        if not self.fits(height):
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.y = self.height - self.margin

    def _footer(self) -> None:
        if self.footer:
            draw_text(self.canvas, self.width / 2, self.margin / 2,
                      f"{self.footer} — {self.page}", 8, align="center")

    def space(self, height_mm: float) -> None:
        self.y -= height_mm * mm

    def text(self, text: str, size: float = 12, bold: bool = False, align: str = "left",
             indent_mm: float = 0) -> None:
        """A paragraph, wrapped at Thai word boundaries."""
        width = self.text_width - indent_mm * mm
        for line in wrap_text(text, size, width, bold):
            self.ensure(size * LINE)
            self.y -= size * LINE
            x = {"left": self.margin + indent_mm * mm, "center": self.width / 2,
                 "right": self.width - self.margin}[align]
            draw_text(self.canvas, x, self.y + size * 0.35, line, size, bold, align)

    def rule(self, dashed: bool = False) -> None:
        self.canvas.saveState()
        if dashed:
            self.canvas.setDash(3, 3)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(self.margin, self.y, self.width - self.margin, self.y)
        self.canvas.restoreState()

    def table(self, columns: Sequence[Column], rows: Sequence[Row], size: float = 11) -> None:
        """Rows with wrapped cells; the header repeats on every page the table reaches.

        A page never ends with the header and fewer than two rows under it, and the
        last row (a total, usually) never starts a page alone."""
        header = Row([c.title for c in columns], bold=True, shaded=True)
        self.ensure(self.lead_height(columns, rows, size))
        self._row(columns, header, size)
        heights = [self._row_height(columns, row, size) for row in rows]
        for i, row in enumerate(rows):
            last_two = i == len(rows) - 2 and len(rows) > 2
            if not self.fits(heights[i]) or (last_two and not self.fits(heights[i]
                                                                        + heights[i + 1])):
                self.new_page()
                self._row(columns, header, size)
            self._row(columns, row, size)

    def lead_height(self, columns: Sequence[Column], rows: Sequence[Row],
                    size: float = 11) -> float:
        """The header and the first two rows: what must fit where a table starts."""
        header = Row([c.title for c in columns], bold=True, shaded=True)
        return sum(self._row_height(columns, row, size) for row in (header, *rows[:2]))

    def titled_table(self, title: str, columns: Sequence[Column], rows: Sequence[Row],
                     size: float = 11, title_size: float = 12) -> None:
        """A section title kept on the same page as its table's first rows."""
        lines = len(wrap_text(title, title_size, self.text_width, True))
        self.ensure(lines * title_size * LINE + self.lead_height(columns, rows, size))
        self.text(title, title_size, bold=True)
        self.table(columns, rows, size)

    def _cell_lines(self, column: Column, text: str, size: float, bold: bool) -> list[str]:
        return wrap_text(text, size, column.width * mm - 4 * mm, bold) if text else [""]

    def _row_height(self, columns: Sequence[Column], row: Row, size: float) -> float:
        lines = max(len(self._cell_lines(c, t, size, row.bold))
                    for c, t in zip(columns, row.cells, strict=True))
        return lines * size * LINE + 3

    def _row(self, columns: Sequence[Column], row: Row, size: float) -> None:
        height = self._row_height(columns, row, size)
        top, x = self.y, self.margin
        canvas = self.canvas
        canvas.saveState()
        canvas.setLineWidth(0.4)
        if row.shaded:
            canvas.setFillColorRGB(*GREY)
            canvas.rect(self.margin, top - height, sum(c.width for c in columns) * mm, height,
                        stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
        for column, text in zip(columns, row.cells, strict=True):
            width = column.width * mm
            canvas.rect(x, top - height, width, height, stroke=1, fill=0)
            y = top - 1.5
            for line in self._cell_lines(column, text, size, row.bold):
                y -= size * LINE
                tx = {"left": x + 2 * mm, "right": x + width - 2 * mm,
                      "center": x + width / 2}[column.align]
                draw_text(canvas, tx, y + size * 0.35, line, size, row.bold, column.align)
            x += width
        canvas.restoreState()
        self.y = top - height

    def signatures(self, sign: str, labels: Sequence[tuple[str, str]],
                   size: float = 11) -> None:
        """Signature blocks side by side: ``sign`` ("ลงชื่อ"), then (role, name or "");
        without a name, a dotted line in brackets to write it on."""
        self.ensure(30 * mm)
        self.space(14)
        slot = self.text_width / len(labels)
        for n, (role, name) in enumerate(labels):
            centre = self.margin + slot * (n + 0.5)
            draw_text(self.canvas, centre, self.y, f"{sign} ...................................",
                      size, align="center")
            # No name known: a dotted line in brackets, for the signer to write it.
            shown = _unnested(name) if name else "." * 35
            draw_text(self.canvas, centre, self.y - size * LINE, f"({shown})", size,
                      align="center")
            draw_text(self.canvas, centre, self.y - size * LINE * 2, role, size,
                      align="center")
        self.y -= size * LINE * 3

    def checkbox(self, checked: bool, text: str, size: float = 12,
                 indent_mm: float = 0, crossed: bool = False) -> None:
        """A box, ticked (☑), crossed (☒: a check that failed) or empty (for the hand),
        followed by its text, wrapped under itself."""
        side = size * 0.75
        x = self.margin + indent_mm * mm
        lines = wrap_text(text, size, self.text_width - indent_mm * mm - side - 2 * mm)
        self.ensure(size * LINE * min(len(lines), 2))
        self.y -= size * LINE
        canvas = self.canvas
        canvas.saveState()
        canvas.setLineWidth(0.7)
        bottom = self.y + size * 0.25
        canvas.rect(x, bottom, side, side, stroke=1, fill=0)
        if checked:
            tick = canvas.beginPath()
            tick.moveTo(x + side * 0.15, bottom + side * 0.5)
            tick.lineTo(x + side * 0.4, bottom + side * 0.15)
            tick.lineTo(x + side * 0.9, bottom + side * 0.95)
            canvas.setLineWidth(1.4)
            canvas.drawPath(tick, stroke=1, fill=0)
        elif crossed:
            canvas.setLineWidth(1.2)
            canvas.line(x + side * 0.2, bottom + side * 0.2, x + side * 0.8, bottom + side * 0.8)
            canvas.line(x + side * 0.2, bottom + side * 0.8, x + side * 0.8, bottom + side * 0.2)
        canvas.restoreState()
        for n, line in enumerate(lines):
            if n:
                self.ensure(size * LINE)
                self.y -= size * LINE
            draw_text(canvas, x + side + 2 * mm, self.y + size * 0.35, line, size)

    def stamp(self, text: str, centre_y: float, size: float = 60) -> None:
        """A large pale word across the paper (ยกเลิก) centred at ``centre_y``."""
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.25)
        canvas.translate(self.width / 2, centre_y)
        canvas.rotate(30)
        draw_text(canvas, 0, 0, text, size, bold=True, align="center")
        canvas.restoreState()

    def save(self) -> None:
        self._footer()
        self.canvas.save()


def _unnested(name: str) -> str:
    """A name that carries its own note in brackets, written without nesting them:
    "ผู้ยากไร้ในตำบล (ไม่ใช่สมาชิก)" -> "ผู้ยากไร้ในตำบล – ไม่ใช่สมาชิก"."""
    return re.sub(r"\s*\(([^()]*)\)", r" – \1", name).strip()


def fit_width(text: str, size: float, width: float, bold: bool = False) -> float:
    """The largest size up to ``size`` at which ``text`` fits on one line."""
    while size > 6 and text_width(text, size, bold) > width:
        size -= 0.5
    return size
