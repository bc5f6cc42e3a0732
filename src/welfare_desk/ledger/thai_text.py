"""Thai dictionary order: leading vowels เ แ โ ใ ไ are skipped, tone marks ignored."""

from __future__ import annotations

import re
from functools import lru_cache

_TONE_MARKS = re.compile("[\u0e48-\u0e4c]")
_LEADING_VOWEL = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


@lru_cache(maxsize=65536)
def thai_sort_key(text: str) -> str:
    """A key whose code-point order is Thai dictionary order (tones break ties)."""
    base = _LEADING_VOWEL.sub(r"\2\1", _TONE_MARKS.sub("", text))
    return f"{base}\x00{text}"


def thai_compare(left: str, right: str) -> int:
    a, b = thai_sort_key(left), thai_sort_key(right)
    return (a > b) - (a < b)
