"""Fixed-width columns on the terminal for text with Thai in it.

Thai vowel and tone marks above and below a letter take no column of their own,
so Python's ``f"{text:<38}"`` pads Thai short and ``text[:38]`` can cut a mark from
its letter ("…เลขที่ 77 เด็" for เด็กชาย). These count what a terminal shows and
cut only between clusters (a letter with its marks), ending a cut text with "…".
"""

from __future__ import annotations

import re

# A base character with the Thai marks drawn above or below it (no width of their own).
_CLUSTER = re.compile("(?s).[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def width(text: str) -> int:
    """Terminal columns: every character but the Thai marks takes one."""
    return len(text) - len(_MARKS.findall(text))


def fit(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` at a cluster boundary (with "…"), not padded."""
    if width(text) <= columns:
        return text
    kept = ""
    for cluster in _CLUSTER.findall(text):
        if width(kept) + 1 + 1 > columns:  # the cluster's letter and the "…"
            break
        kept += cluster
    return kept.rstrip() + "…"


def cell(text: str, columns: int, align: str = "<") -> str:
    """``text`` fitted to ``columns`` and padded to exactly that many (left or right)."""
    shown = fit(text, columns)
    pad = " " * (columns - width(shown))
    return shown + pad if align == "<" else pad + shown
