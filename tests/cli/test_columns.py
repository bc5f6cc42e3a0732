"""D16: terminal columns cut Thai only between clusters and pad by what is shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.cli.columns import cell, fit, width

MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"


def test_a_cut_never_splits_a_letter_from_its_marks() -> None:
    text = "ใบเสร็จรับเงินเล่มที่ 3 เลขที่ 077 เด็กชายสมชาย ใจดี"
    cut = fit(text, 38)
    assert cut.endswith("…") and width(cut) <= 38
    assert cut[-2] not in MARKS and text.startswith(cut[:-1].rstrip())
    assert not cut[:-1].rstrip().endswith("เด็")


def test_thai_is_padded_by_columns_shown() -> None:
    assert width("ที่") == 1 and width(cell("ที่", 5)) == 5 and cell("ที่", 5) == "ที่    "
    assert cell("12", 5, ">") == "   12"


@given(st.text(alphabet="กขคงเแอ " + MARKS + "0123456789", max_size=60),
       st.integers(2, 40))
def test_every_cell_is_exactly_its_width(text: str, columns: int) -> None:
    shown = cell(text, columns)
    assert width(shown) == columns
    kept = fit(text, columns).removesuffix("…").rstrip()
    assert text.startswith(kept) and (len(kept) == len(text.rstrip())
                                      or text[len(kept):][:1] not in MARKS)
