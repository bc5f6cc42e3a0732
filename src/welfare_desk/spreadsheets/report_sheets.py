"""The books and registers as spreadsheets straight from the report data: the
journal, the trial balance, the arrears list, benefits by type, the dues grid."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from welfare_desk.i18n.catalog import Translator
from welfare_desk.i18n.dates import format_date, format_month
from welfare_desk.ledger.dues import ArrearsGrid, CellState
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.members import ArrearsLine, BenefitsByType
from welfare_desk.services.reports.trial_balance import TrialBalance
from welfare_desk.spreadsheets.workbook import SheetColumn, write_sheet


def _title(t: Translator, report: str, fund: str, when: str) -> list[str]:
    return [t.tr(report), fund, when]


def journal_sheet(path: Path, t: Translator, fund: str,
                  lines: Iterable[tuple[date, str, str, str, int, str]],
                  period: str = "") -> int:
    """(date, entry no., description, account, amount, memo): debit and credit apart."""
    rows = [[day, number, text, account, amount if amount > 0 else None,
             -amount if amount < 0 else None, memo]
            for day, number, text, account, amount, memo in lines]
    write_sheet(path, t.tr(N_("Journal")), _title(t, N_("Journal"), fund, period), [
        SheetColumn(t.tr(N_("Date")), 13, "date"), SheetColumn(t.tr(N_("Number")), 16),
        SheetColumn(t.tr(N_("Description")), 40), SheetColumn(t.tr(N_("Account")), 30),
        SheetColumn(t.tr(N_("Debit")), 14, "money"), SheetColumn(t.tr(N_("Credit")), 14, "money"),
        SheetColumn(t.tr(N_("Note")), 24)], rows)
    return len(rows)


def trial_balance_sheet(path: Path, t: Translator, fund: str, tb: TrialBalance,
                        as_of: date) -> None:
    rows: list[list[object]] = [[x.code, x.name, x.balance if x.balance > 0 else None,
                                 -x.balance if x.balance < 0 else None] for x in tb.lines]
    rows.append(["", t.tr(N_("Total")), sum(x.balance for x in tb.lines if x.balance > 0),
                 -sum(x.balance for x in tb.lines if x.balance < 0)])
    write_sheet(path, t.tr(N_("Trial balance")), _title(
        t, N_("Trial balance"), fund, t.tr(N_("As of {date}"),
                                             date=format_date(as_of, "long", t.lang))), [
        SheetColumn(t.tr(N_("Code")), 8), SheetColumn(t.tr(N_("Account")), 40),
        SheetColumn(t.tr(N_("Debit")), 16, "money"), SheetColumn(t.tr(N_("Credit")), 16, "money")],
        rows)


def arrears_sheet(path: Path, t: Translator, fund: str, lines: list[ArrearsLine],
                  as_of: date) -> None:
    rows = [[x.member_no, x.name, x.village_no, x.missed_instalments, x.owed,
             format_month(*x.paid_through, t.lang) if x.paid_through else ""] for x in lines]
    write_sheet(path, t.tr(N_("Members in arrears")), _title(
        t, N_("Members in arrears"), fund, t.tr(N_("As of {date}"),
                                                  date=format_date(as_of, "long", t.lang))), [
        SheetColumn(t.tr(N_("Member no.")), 11, "count"), SheetColumn(t.tr(N_("Name")), 30),
        SheetColumn(t.tr(N_("Village")), 8, "count"),
        SheetColumn(t.tr(N_("Missed instalments")), 12, "count"),
        SheetColumn(t.tr(N_("Owed")), 14, "money"), SheetColumn(t.tr(N_("Paid up to")), 14)],
        rows)


def benefits_sheet(path: Path, t: Translator, fund: str, b: BenefitsByType) -> None:
    rows: list[list[object]] = [[name, x.people, x.claims, x.amount]
                                for _code, name, x in b.lines]
    if b.non_members.claims:
        rows.append([t.tr(N_("Help to non-members")), b.non_members.people,
                     b.non_members.claims, b.non_members.amount])
    rows.append([t.tr(N_("Total benefits paid")), None, None, b.total_amount])
    write_sheet(path, t.tr(N_("Benefits paid by type")), _title(
        t, N_("Benefits paid by type"), fund, t.tr(N_("{first} to {last}"),
                                                     first=format_date(b.first, "long", t.lang),
                                                     last=format_date(b.last, "long", t.lang))),
        [SheetColumn(t.tr(N_("Benefit")), 34), SheetColumn(t.tr(N_("People")), 10, "count"),
         SheetColumn(t.tr(N_("Claims")), 10, "count"),
         SheetColumn(t.tr(N_("Amount (baht)")), 16, "money")], rows)


MARKS = {CellState.PAID: N_("dues paid"), CellState.MISSED: N_("dues missed"),
         CellState.PARTIAL: N_("part paid")}


def month_heading(year: int, month: int, lang: str) -> str:
    """A month column as funds head it: "ต.ค. 68" (B.E.), "Oct 25"."""
    name, shown_year = format_month(year, month, lang).split(" ")
    return f"{name} {shown_year[-2:]}"


def dues_grid_sheet(path: Path, t: Translator, fund: str, months: list[tuple[int, int]],
                    period: str, grids: list[tuple[int, str, ArrearsGrid]]) -> None:
    """One row a member, one column a month (``months``): ส่ง / ขาด."""
    rows = []
    for member_no, name, grid in grids:
        marks = {(c.year, c.month): t.tr(MARKS[c.state]) for c in grid.cells
                 if c.state in MARKS}
        rows.append([member_no, name, *[marks.get(m, "") for m in months], grid.owed])
    write_sheet(path, t.tr(N_("Dues by month")), _title(t, N_("Dues by month"), fund, period),
                [SheetColumn(t.tr(N_("Member no.")), 11, "count"),
                 SheetColumn(t.tr(N_("Name")), 30)]
                + [SheetColumn(month_heading(*m, t.lang), 8) for m in months]
                + [SheetColumn(t.tr(N_("Owed")), 14, "money")], rows)

