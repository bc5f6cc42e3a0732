"""Thai on paper: shaped, wrapped between words, and extractable as written."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from tests.printing.conftest import pdf_png, pdf_text
from welfare_desk.printing.thai_text import (
    LATIN,
    THAI,
    draw_text,
    register_fonts,
    script_runs,
    text_width,
    wrap_text,
)

HARD = ["ที่ กุ้ง น้ำ ปู่ ฝั่ง แม่ฮี้ ญี่ปุ่น", "ฐุ ญุ ฎุ ฏุ ปั้น ฟื้น ฝ้าย ถ้วน",
        "เหรัญญิก 1,234.50 บาท (หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์)"]
MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def test_what_is_drawn_comes_back_out_of_the_pdf(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "thai.pdf"
    canvas = Canvas(str(path))
    for n, line in enumerate(HARD):
        draw_text(canvas, 40, 780 - n * 30, line, 16)
    canvas.save()
    assert [line for line in pdf_text(path).splitlines() if line.strip()] == HARD
    assert pdf_png(path, tmp_path / "page").stat().st_size > 5000


def test_scripts_get_their_own_font() -> None:
    assert script_runs("รวม 1,234.50 บาท") == [(THAI, "รวม"), (LATIN, " 1,234.50 "),
                                               (THAI, "บาท")]
    assert script_runs("ใบเสร็จ รับเงิน") == [(THAI, "ใบเสร็จ รับเงิน")]


def test_wrapping_breaks_between_words_and_fits() -> None:
    register_fonts()
    text = ("กองทุนสวัสดิการชุมชนตำบลดอนแก้วได้รับเงินสมทบจากองค์การบริหารส่วนตำบล"
            "และรัฐบาลผ่านสถาบันพัฒนาองค์กรชุมชน")
    lines = wrap_text(text, 14, 150)
    assert len(lines) > 2 and "".join(lines) == text
    assert all(text_width(line, 14) <= 150 for line in lines)
    assert "สวัสดิการ" in "".join(lines[:2]) and lines[1][0] not in "ิีึืุู่้๊๋ั็์"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["กุ้ง", "น้ำ", "ที่", "ปู่", "ฝั่ง", "ญี่ปุ่น", "สวัสดิการ",
                                 "1,234.50", "บาท", " "]), min_size=1, max_size=30),
       st.integers(min_value=20, max_value=300))
def test_no_line_starts_with_a_mark_and_nothing_is_lost(words: list[str], width: int) -> None:
    register_fonts()
    text = "".join(words).strip() or "ก"
    lines = wrap_text(text, 12, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line and MARKS.match(line) for line in lines)
