from __future__ import annotations

from decimal import Decimal

import pytest

from welfare_desk.i18n.numbers import format_amount, format_count


@pytest.mark.parametrize(("satang", "text"), [
    (0, "0.00"), (5, "0.05"), (50, "0.50"), (123450, "1,234.50"),
    (100000000, "1,000,000.00"), (-123450, "-1,234.50"),
])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_format_amount(satang: int, text: str, lang: str) -> None:
    assert format_amount(satang, lang) == text


@pytest.mark.parametrize("value", [1.5, True, Decimal("1")])
def test_format_amount_refuses_non_satang(value: object) -> None:
    with pytest.raises(TypeError):
        format_amount(value, "th")  # type: ignore[arg-type]


def test_format_count() -> None:
    assert format_count(0) == "0"
    assert format_count(12345) == "12,345"
    assert format_count(1234567, "en") == "1,234,567"
    with pytest.raises(TypeError):
        format_count(1.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_count(1, "fr")
