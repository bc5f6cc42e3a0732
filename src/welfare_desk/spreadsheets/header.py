"""Finding the header row of a register (it may sit below title rows and merged
cells) and which column holds what, from Thai or English column names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_desk.spreadsheets.cells import text_of

# field -> the names people give that column, compared without spaces, dots, dashes.
ALIASES: dict[str, tuple[str, ...]] = {
    "member_no": ("เลขที่สมาชิก", "เลขสมาชิก", "รหัสสมาชิก", "ทะเบียนสมาชิก", "memberno",
                  "memberno.", "membernumber"),
    "full_name": ("ชื่อสกุล", "ชื่อนามสกุล", "ชื่อและนามสกุล", "ชื่อสมาชิก", "name",
                  "fullname"),
    "title": ("คำนำหน้า", "คำนำหน้าชื่อ", "title"),
    "first_name": ("ชื่อ", "firstname"),
    "last_name": ("นามสกุล", "สกุล", "lastname", "surname"),
    "national_id": ("เลขบัตรประชาชน", "เลขประจำตัวประชาชน", "เลขที่บัตรประชาชน",
                    "บัตรประชาชน", "เลขบัตร", "nationalid", "idcard", "citizenid"),
    "birth_date": ("วันเกิด", "วันเดือนปีเกิด", "วันเดือนปีเกิด", "ปีเกิด", "เกิด",
                   "birthdate", "dateofbirth", "born"),
    "joined_on": ("วันที่สมัคร", "วันสมัคร", "วันที่เป็นสมาชิก", "สมัครเมื่อ", "joined",
                  "joinedon", "datejoined"),
    "village_no": ("หมู่", "หมู่ที่", "หมู่บ้าน", "moo", "village"),
    "house_no": ("บ้านเลขที่", "เลขที่บ้าน", "houseno"),
    "phone": ("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "มือถือ", "phone", "tel"),
    "gender": ("เพศ", "gender", "sex"),
}
_NOISE = re.compile(r"[\s.\-_/()]")
_LOOKUP = {_NOISE.sub("", alias.lower()): field for field, names in ALIASES.items()
           for alias in names}
MAX_HEADER_ROW = 30
MIN_COLUMNS = 2


def field_of(header: object) -> str | None:
    return _LOOKUP.get(_NOISE.sub("", text_of(header).lower()))


def find_header(rows: Sequence[Sequence[object]]) -> tuple[int, dict[str, int]] | None:
    """(index of the header row, field -> column) of the row naming the most known
    columns among the first rows; None when no row names at least two."""
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(rows[:MAX_HEADER_ROW]):
        mapping: dict[str, int] = {}
        for column, cell in enumerate(row):
            field = field_of(cell)
            if field is not None and field not in mapping:
                mapping[field] = column
        if len(mapping) >= MIN_COLUMNS and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    return best
