"""Amounts and counts as shown on screens and paper: "1,234.50", "12,345".

Thai and English write numbers the same way (Arabic digits, comma groups,
a point before satang), so ``lang`` only keeps the call sites uniform.
"""

from __future__ import annotations

from welfare_desk.ledger.money import format_baht

LANGUAGES = ("th", "en")


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected 'th' or 'en'")


def format_amount(satang: int, lang: str = "th") -> str:
    """int satang -> "1,234.50" (always two decimals; negative keeps its "-").

    Float, bool and Decimal are refused with TypeError.
    """
    _check_lang(lang)
    return format_baht(satang)


def format_count(n: int, lang: str = "th") -> str:
    """A count of people, receipts ...: 12345 -> "12,345"."""
    _check_lang(lang)
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"a count must be an int, got {type(n).__name__}")
    return f"{n:,}"
