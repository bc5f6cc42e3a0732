"""Thai text on reportlab's canvas: the right font per script, shaping, word wrap,
and text that copies back out of the PDF as the Thai that was written.

- Noto Sans Thai has Thai only (no Latin digits), Noto Sans has no Thai: each
  run of text is drawn in the font of its script.
- Thai runs are shaped with HarfBuzz (reportlab's ``shapeStr``): tone marks
  lowered where there is no upper vowel, ญ and ฐ without their tails above a
  lower vowel, marks moved left of tall consonants (ป ฝ ฟ).
- Shaped glyphs have no Unicode of their own (reportlab gives them private-use
  codes), so every line is wrapped in a marked-content span whose /ActualText
  is the line as written: pdftotext and copy-paste return the real Thai.
- reportlab cannot break Thai lines: ``wrap_text`` breaks at word boundaries
  found by pythainlp's dictionary (newmm, offline) and never inside a cluster.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from welfare_desk.data_files import font_file

THAI, THAI_BOLD = "WD-NotoSansThai", "WD-NotoSansThai-Bold"
LATIN, LATIN_BOLD = "WD-NotoSans", "WD-NotoSans-Bold"
_FILES = {THAI: "NotoSansThai-Regular.ttf", THAI_BOLD: "NotoSansThai-Bold.ttf",
          LATIN: "NotoSans-Regular.ttf", LATIN_BOLD: "NotoSans-Bold.ttf"}
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
# A Thai cluster: a base character and the marks above or below it.
_CLUSTER = re.compile("(?s).[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")
_RUN = re.compile("[\u0e00-\u0e7f]+(?: +[\u0e00-\u0e7f]+)*|[^\u0e00-\u0e7f]+")


def register_fonts() -> None:
    """Registers the bundled fonts with reportlab once (Thai shaped)."""
    for name, file in _FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_file(file)),
                                           shapable=name in (THAI, THAI_BOLD)))


def _fonts(bold: bool) -> tuple[str, str]:
    return (THAI_BOLD, LATIN_BOLD) if bold else (THAI, LATIN)


def script_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, run) pieces: Thai (with the spaces between Thai words) in the Thai
    font, everything else in the Latin one."""
    thai, latin = _fonts(bold)
    return [(thai if _THAI_CHAR.match(run) else latin, run) for run in _RUN.findall(text)]


@lru_cache(maxsize=8192)
def _shaped(run: str, font: str, size: float) -> tuple[str, float]:
    shaped = shapeStr(run, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:
        return shaped, pdfmetrics.stringWidth(run, font, size)
    return shaped, sum(d.x_advance for d in data) * size / 1000


def text_width(text: str, size: float, bold: bool = False) -> float:
    total = 0.0
    for font, run in script_runs(text, bold):
        if font in (THAI, THAI_BOLD):
            total += _shaped(run, font, size)[1]
        else:
            total += pdfmetrics.stringWidth(run, font, size)
    return total


def _actual_text(text: str) -> str:
    return "/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper() + ">>> BDC"


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float,
              bold: bool = False, align: str = "left") -> float:
    """Draws one line (left, right or centre aligned on x); returns its width."""
    width = text_width(text, size, bold)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.addLiteral(_actual_text(text.replace(NBSP, " ")))
    for font, run in script_runs(text, bold):
        canvas.setFont(font, size)
        if font in (THAI, THAI_BOLD):
            shaped, run_width = _shaped(run, font, size)
            canvas.drawString(x, y, shaped)
        else:
            canvas.drawString(x, y, run)
            run_width = pdfmetrics.stringWidth(run, font, size)
        x += run_width
    canvas.addLiteral("EMC")
    return width


_PIECE = re.compile("[\u0e00-\u0e7f]+| +|[^\u0e00-\u0e7f ]+")
NBSP = "\u00a0"
# Text joined by no-break spaces (a label and its number, a number and its unit).
_GLUED = re.compile("[^ \u00a0]*(?:\u00a0[^ \u00a0]*)+")


def keep_together(text: str, *values: str) -> str:
    """``text`` with each of ``values`` tied to the word before it (no-break spaces),
    so a line never ends between "เลขประจำตัวประชาชน" and the number; with no
    values, the whole of ``text`` is kept on one line."""
    if not values:
        return text.replace(" ", NBSP)
    for value in values:
        if value:
            text = text.replace(" " + value, NBSP + value.replace(" ", NBSP))
    return text


def _words(text: str) -> list[str]:
    """Thai runs cut into dictionary words; a number, an ID, a Latin word stays whole,
    and so does text joined by no-break spaces."""
    words: list[str] = []
    at = 0
    for glued in _GLUED.finditer(text):
        words += _free_words(text[at:glued.start()])
        words.append(glued.group())
        at = glued.end()
    return words + _free_words(text[at:])


def _free_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize  # its dictionary loads on first use

    words: list[str] = []
    for piece in _PIECE.findall(text):
        if _THAI_CHAR.match(piece):
            words += word_tokenize(piece, engine="newmm", keep_whitespace=True)
        else:
            words.append(piece)
    return words


def _split_long(word: str, size: float, width: float, bold: bool) -> list[str]:
    """A word wider than the line, cut between clusters (never inside one)."""
    pieces, current = [], ""
    for cluster in _CLUSTER.findall(word):
        if current and text_width(current + cluster, size, bold) > width:
            pieces.append(current)
            current = ""
        current += cluster
    return [*pieces, current] if current else pieces


def wrap_text(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Lines no wider than ``width``, broken between words (Thai words found by
    dictionary); explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if text_width(paragraph, size, bold) <= width:
            lines.append(paragraph)
            continue
        current = ""
        for word in _words(paragraph):
            if text_width(current + word, size, bold) <= width:
                current += word
                continue
            if current.strip():
                lines.append(current.rstrip())
            current = word.lstrip()
            if text_width(current, size, bold) > width:
                *full, current = _split_long(current, size, width, bold)
                lines.extend(full)
        if current.strip() or not lines:
            lines.append(current.rstrip())
    return lines
