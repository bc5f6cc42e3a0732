"""Thai lines that wrap between words even where Qt has no libthai (Windows).

Qt finds Thai word boundaries only through libthai; without it a long Thai
sentence wraps mid-word or not at all. There we put U+200B (zero-width space)
between words, found by pythainlp's dictionary breaker, in text shown in
wrapping labels. Nothing with U+200B is ever stored.
"""

from __future__ import annotations

import ctypes.util
import re
from functools import lru_cache

ZWSP = "\u200b"
_THAI_RUN = re.compile("[\u0e00-\u0e7f]{2,}")


@lru_cache(maxsize=1)
def qt_breaks_thai() -> bool:
    """True where libthai is present for Qt to find word boundaries itself."""
    return ctypes.util.find_library("thai") is not None


def _break_run(match: re.Match[str]) -> str:
    from pythainlp.tokenize import word_tokenize  # loads its dictionary on first use

    return ZWSP.join(word_tokenize(match.group(0), engine="newmm", keep_whitespace=True))


@lru_cache(maxsize=4096)
def with_word_breaks(text: str) -> str:
    """``text`` with a zero-width space between Thai words."""
    return _THAI_RUN.sub(_break_run, text)


NBSP = "\u00a0"
# A space after a number ("180 วัน", "0.00 บาท") or before one ("ข้อ 13", "มิ.ย. 2569").
_SPACE_BY_NUMBER = re.compile(r"(?<=\d) (?=[^\s(])|(?<=[^\s:;,]) (?=\d)")


def numbers_with_units(text: str) -> str:
    """A number kept on the line of the words beside it: no-break spaces, which Qt
    honours with or without libthai. (Qt gives no way to keep a Thai compound such
    as ระยะเวลา whole where libthai breaks it: joiners and nowrap spans are ignored.)"""
    return _SPACE_BY_NUMBER.sub(NBSP, text)


def wrappable(text: str) -> str:
    """What to show in a wrapping label: as is where Qt breaks Thai itself."""
    return text if qt_breaks_thai() else with_word_breaks(text)
