"""The member register as .xlsx or .csv; national IDs masked unless asked for."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.members import CATEGORY_NAMES, STATUS_NAMES, MemberRecord
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import format_national_id, mask_national_id
from welfare_desk.spreadsheets.workbook import SheetColumn, write_sheet

COLUMNS = ((N_("Member no."), 11, "count"), (N_("Title"), 10, "text"),
           (N_("First name"), 18, "text"), (N_("Last name"), 18, "text"),
           (N_("National ID"), 20, "text"), (N_("Born"), 13, "date"),
           (N_("Village"), 8, "count"), (N_("House no."), 10, "text"),
           (N_("Phone"), 13, "text"), (N_("Joined"), 13, "date"),
           (N_("Status"), 14, "text"), (N_("Groups"), 24, "text"))


def register_rows(members: list[MemberRecord], t: Translator,
                  full_ids: bool) -> list[list[object]]:
    rows: list[list[object]] = []
    for m in sorted(members, key=lambda m: m.member_no):
        ident = ""
        if m.national_id:
            ident = format_national_id(m.national_id) if full_ids else mask_national_id(
                m.national_id)
        born: object = m.birth_date
        if m.birth_date and m.birth_year_only:
            born = str(m.birth_date.year + 543)
        rows.append([m.member_no, m.title, m.first_name, m.last_name, ident, born,
                     m.village_no, m.address.house_no, m.phone, m.joined_on,
                     t.tr(STATUS_NAMES[m.status]),
                     ", ".join(t.tr(CATEGORY_NAMES[c]) for c in sorted(m.categories))])
    return rows


def write_register(path: Path, fund: FundProfile, members: list[MemberRecord], t: Translator,
                   full_ids: bool = False, today: date | None = None) -> int:
    """Writes .xlsx (or .csv by the file's ending); returns the number of members."""
    rows = register_rows(members, t, full_ids)
    headers = [t.tr(title) for title, _w, _k in COLUMNS]
    title = t.tr(N_("Member register of {fund}, {date}"), fund=fund.name,
                 date=format_date(today or date.today(), "long", t.lang))
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(headers)
            for row in rows:
                out.writerow([format_date(v, "numeric", t.lang) if isinstance(v, date) else v
                              for v in row])
    else:
        write_sheet(path, t.tr(N_("Members")), [title],
                    [SheetColumn(h, w, k) for h, (_t, w, k) in zip(headers, COLUMNS,
                                                                   strict=True)], rows)
    return len(rows)
