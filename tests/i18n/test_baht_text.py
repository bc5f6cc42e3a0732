"""Amounts in Thai words, as on receipts: checked against known Thai readings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.i18n.baht_text import baht_text, number_text

KNOWN = [
    (0, "ศูนย์บาทถ้วน"),
    (1, "หนึ่งสตางค์"),
    (21, "ยี่สิบเอ็ดสตางค์"),
    (11, "สิบเอ็ดสตางค์"),
    (50, "ห้าสิบสตางค์"),
    (1111, "สิบเอ็ดบาทสิบเอ็ดสตางค์"),  # the 11.11
    (10000000000000, "หนึ่งแสนล้านบาทถ้วน"),  # 100,000,000,000 baht
    (99, "เก้าสิบเก้าสตางค์"),
    (100, "หนึ่งบาทถ้วน"),
    (101, "หนึ่งบาทหนึ่งสตางค์"),
    (121, "หนึ่งบาทยี่สิบเอ็ดสตางค์"),
    (1000, "สิบบาทถ้วน"),
    (1100, "สิบเอ็ดบาทถ้วน"),
    (2000, "ยี่สิบบาทถ้วน"),
    (2100, "ยี่สิบเอ็ดบาทถ้วน"),
    (3000, "สามสิบบาทถ้วน"),
    (3100, "สามสิบเอ็ดบาทถ้วน"),
    (10000, "หนึ่งร้อยบาทถ้วน"),
    (10100, "หนึ่งร้อยเอ็ดบาทถ้วน"),
    (11000, "หนึ่งร้อยสิบบาทถ้วน"),
    (11100, "หนึ่งร้อยสิบเอ็ดบาทถ้วน"),
    (12050, "หนึ่งร้อยยี่สิบบาทห้าสิบสตางค์"),
    (22200, "สองร้อยยี่สิบสองบาทถ้วน"),
    (100000, "หนึ่งพันบาทถ้วน"),
    (100100, "หนึ่งพันเอ็ดบาทถ้วน"),
    (123456, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบหกสตางค์"),
    (1000000, "หนึ่งหมื่นบาทถ้วน"),
    (2500000, "สองหมื่นห้าพันบาทถ้วน"),
    (10000000, "หนึ่งแสนบาทถ้วน"),
    (100000000, "หนึ่งล้านบาทถ้วน"),
    (100000100, "หนึ่งล้านเอ็ดบาทถ้วน"),
    (100100000, "หนึ่งล้านหนึ่งพันบาทถ้วน"),
    (1100000000, "สิบเอ็ดล้านบาทถ้วน"),
    (2100000000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
    (10100000000, "หนึ่งร้อยเอ็ดล้านบาทถ้วน"),
    (123456789, "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์"),
    (100_000_000_000_000, "หนึ่งล้านล้านบาทถ้วน"),
    (100_000_000_000_100, "หนึ่งล้านล้านเอ็ดบาทถ้วน"),
    (200_000_300_000_000, "สองล้านสามล้านบาทถ้วน"),
    (-50, "ลบห้าสิบสตางค์"),
    (-12050, "ลบหนึ่งร้อยยี่สิบบาทห้าสิบสตางค์"),
    (-100, "ลบหนึ่งบาทถ้วน"),
]


@pytest.mark.parametrize(("amount", "words"), KNOWN)
def test_known_amounts(amount: int, words: str) -> None:
    assert baht_text(amount) == words


@pytest.mark.parametrize("value", [1.5, 0.5, True, Decimal("1.50"), "100", None])
def test_only_int_satang(value: object) -> None:
    with pytest.raises(TypeError):
        baht_text(value)  # type: ignore[arg-type]


def test_number_text() -> None:
    assert number_text(1) == "หนึ่ง"
    assert number_text(11) == "สิบเอ็ด"
    assert number_text(1_000_001) == "หนึ่งล้านเอ็ด"
    with pytest.raises(ValueError):
        number_text(-1)


@given(st.integers(min_value=0, max_value=10**12))
def test_every_amount_reads_well(amount: int) -> None:
    words = baht_text(amount)
    assert "สองสิบ" not in words
    assert "หนึ่งสิบ" not in words
    assert "ศูนย์" not in words or amount == 0
    assert words.endswith(("ถ้วน", "สตางค์"))
    assert words.endswith("ถ้วน") == (amount % 100 == 0)
    assert ("บาท" in words) == (amount >= 100 or amount == 0)
    assert baht_text(-amount) == (words if amount == 0 else "ลบ" + words)


@given(st.integers(min_value=2, max_value=10**9))
def test_trailing_one_is_et_after_other_digits(value: int) -> None:
    words = number_text(value * 10 + 1)
    assert words.endswith("เอ็ด")
    assert not words.endswith("หนึ่ง")
