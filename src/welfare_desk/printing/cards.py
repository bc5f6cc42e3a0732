"""Member cards: ID-1 size (85.6 × 54 mm), ten to an A4 sheet with cut marks, each
with a QR code carrying the fund code and member number.

QR codes come from segno's module matrix, drawn as one filled path of
horizontal runs per code: reportlab's own QR widget costs ~18 ms a code.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.text import N_
from welfare_desk.printing.sheet import fit_width
from welfare_desk.printing.thai_text import draw_text, register_fonts, wrap_text
from welfare_desk.services.paper import CardForPaper

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
PAGE_W, PAGE_H = A4
LEFT = (PAGE_W - COLUMNS * CARD_W) / 2
BOTTOM = (PAGE_H - ROWS * CARD_H) / 2
MARK = 4 * mm  # cut mark length, outside the cards
QR_SIZE = 24 * mm
BAND = (0.11, 0.23, 0.34)  # the fund's dark blue


def qr_data(fund: FundProfile, member_no: int) -> str:
    """What the card's QR code says: a scanner at the zone finds the fund and member."""
    return f"WD1:{fund.code}:{member_no}"


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    # A fixed mask is as valid as the "best" one and skips scoring all eight:
    # 0.2 ms a code instead of 1 ms (the test reads every code back with zbarimg).
    matrix = segno.make(data, error="m", micro=False, mask=0).matrix
    module = size / len(matrix)
    path = canvas.beginPath()
    for row_no, row in enumerate(matrix):
        top = y + size - (row_no + 1) * module
        start = None
        for col, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                # A hair taller than a module: no white seams between rows on screen.
                path.rect(x + start * module, top - module * 0.03, (col - start) * module,
                          module * 1.06)
                start = None
    # Non-zero winding: the overlapping runs stay black (even-odd would punch seams).
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)


def _cut_marks(canvas: Canvas) -> None:
    canvas.setLineWidth(0.3)
    for i in range(COLUMNS + 1):
        x = LEFT + i * CARD_W
        canvas.line(x, BOTTOM - MARK - 1, x, BOTTOM - 1)
        canvas.line(x, BOTTOM + ROWS * CARD_H + 1, x, BOTTOM + ROWS * CARD_H + MARK + 1)
    for j in range(ROWS + 1):
        y = BOTTOM + j * CARD_H
        canvas.line(LEFT - MARK - 1, y, LEFT - 1, y)
        canvas.line(LEFT + COLUMNS * CARD_W + 1, y, LEFT + COLUMNS * CARD_W + MARK + 1, y)


def _card(canvas: Canvas, x: float, y: float, fund: FundProfile, card: CardForPaper,
          t: Translator) -> None:
    canvas.setStrokeColorRGB(0.8, 0.8, 0.8)
    canvas.roundRect(x + 1, y + 1, CARD_W - 2, CARD_H - 2, 3 * mm, stroke=1, fill=0)
    canvas.setFillColorRGB(*BAND)
    canvas.rect(x + 1, y + CARD_H - 13 * mm, CARD_W - 2, 12 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    lines = wrap_text(fund.name, 8.5, CARD_W - 8 * mm, bold=True)[:2]
    for n, line in enumerate(lines):
        draw_text(canvas, x + CARD_W / 2, y + CARD_H - (5.5 + n * 4.3) * mm - (len(lines) == 1)
                  * 2 * mm, line, 8.5, bold=True, align="center")
    canvas.setFillColorRGB(0, 0, 0)
    text_x, width = x + 4 * mm, CARD_W - QR_SIZE - 10 * mm
    draw_text(canvas, text_x, y + CARD_H - 18.5 * mm, t.tr(N_("MEMBER CARD")), 7.5, bold=True)
    draw_text(canvas, text_x, y + CARD_H - 25 * mm, card.name,
              fit_width(card.name, 11, width, bold=True), bold=True)
    draw_text(canvas, text_x, y + CARD_H - 31.5 * mm,
              t.tr(N_("Member no. {no}"), no=card.member_no), 10, bold=True)
    draw_text(canvas, text_x, y + CARD_H - 37 * mm, t.tr(N_("Moo {moo}"), moo=card.village),
              fit_width(card.village, 8, width))
    draw_text(canvas, text_x, y + CARD_H - 42 * mm,
              t.tr(N_("Member since {date}"), date=format_date(card.joined_on, "short", t.lang)),
              8)
    draw_text(canvas, text_x, y + 4 * mm, t.tr(N_("Code {code}"), code=fund.code), 6.5)
    draw_qr(canvas, qr_data(fund, card.member_no), x + CARD_W - QR_SIZE - 4 * mm,
            y + 5 * mm, QR_SIZE)


def _pages(cards: Sequence[CardForPaper]) -> Iterator[Sequence[CardForPaper]]:
    per_page = COLUMNS * ROWS
    for start in range(0, len(cards), per_page):
        yield cards[start:start + per_page]


def write_cards(out: Path | BinaryIO, fund: FundProfile, cards: Sequence[CardForPaper],
                t: Translator) -> int:
    """Writes the sheets; returns how many pages."""
    register_fonts()
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4, pageCompression=1)
    canvas.setTitle(t.tr(N_("Member cards")))
    pages = 0
    for page in _pages(cards):
        _cut_marks(canvas)
        for n, card in enumerate(page):
            column, row = n % COLUMNS, n // COLUMNS
            canvas.saveState()
            _card(canvas, LEFT + column * CARD_W, BOTTOM + (ROWS - 1 - row) * CARD_H, fund,
                  card, t)
            canvas.restoreState()
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
