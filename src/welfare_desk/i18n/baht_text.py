"""An amount of money in Thai words, as written on receipts and vouchers.

12050 satang -> "หนึ่งร้อยยี่สิบบาทห้าสิบสตางค์", 3000 -> "สามสิบบาทถ้วน".
pythainlp's ``bahttext`` goes through floats and gets 0.50 wrong, so this
works on int satang only.
"""

from __future__ import annotations

from welfare_desk.ledger.money import SATANG_PER_BAHT, satang

_DIGITS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
# Place names inside one group of six digits, from the units upwards.
_PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = "ล้าน"
_GROUP = 1_000_000


def _group_words(value: int, *, follows_higher: bool) -> str:
    """Reads 1..999,999. ``follows_higher``: digits stand before this group.

    A trailing one reads "เอ็ด" when anything is spoken before it (สิบเอ็ด,
    หนึ่งร้อยเอ็ด, หนึ่งล้านเอ็ด) and "หนึ่ง" when it stands alone.
    """
    digits = [int(c) for c in reversed(str(value))]
    words: list[str] = []
    for place in range(len(digits) - 1, -1, -1):
        digit = digits[place]
        if digit == 0:
            continue
        if place == 1:
            words.append({1: "", 2: "ยี่"}.get(digit, _DIGITS[digit]) + _PLACES[1])
        elif place == 0 and digit == 1 and (value > 1 or follows_higher):
            words.append("เอ็ด")
        else:
            words.append(_DIGITS[digit] + _PLACES[place])
    return "".join(words)


def number_text(value: int) -> str:
    """A non-negative whole number in Thai words: 21 -> "ยี่สิบเอ็ด"."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"number_text needs an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError("number_text needs a number of zero or more")
    if value == 0:
        return _DIGITS[0]
    groups: list[int] = []
    while value:
        value, group = divmod(value, _GROUP)
        groups.append(group)
    # groups[0] is the lowest group of six digits.
    parts: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group:
            is_lowest = index == 0
            higher = any(groups[index + 1:])
            parts.append(_group_words(group, follows_higher=is_lowest and higher))
        if index:
            # Every group above the lowest multiplies by another million, even
            # an empty one: 10^12 is หนึ่งล้านล้าน.
            parts.append(_MILLION)
    return "".join(parts)


def baht_text(amount: int) -> str:
    """int satang -> Thai words: 12050 -> "หนึ่งร้อยยี่สิบบาทห้าสิบสตางค์".

    Whole baht end in "ถ้วน"; satang alone read "…สตางค์" (50 -> "ห้าสิบสตางค์");
    a negative amount starts with "ลบ". Float, bool and Decimal are refused.
    """
    satang(amount)
    sign = "ลบ" if amount < 0 else ""
    baht, cents = divmod(abs(amount), SATANG_PER_BAHT)
    if cents == 0:
        return f"{sign}{number_text(baht)}บาทถ้วน"
    satang_words = f"{number_text(cents)}สตางค์"
    if baht == 0:
        return sign + satang_words
    return f"{sign}{number_text(baht)}บาท{satang_words}"
