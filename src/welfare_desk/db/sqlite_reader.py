"""A read-only look at a fund's file with the sqlite3 module alone, for commands
that must answer within a fraction of a second (the trial balance, a receipt). Anything
that is not plainly an up-to-date fund database goes through Database.open."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from welfare_desk.db.rows import ReceiptForPaper, ReceiptRow
from welfare_desk.db.schema_version import HEAD
from welfare_desk.ledger.dues import DuesPlan, plan_periods
from welfare_desk.ledger.dues_coverage import DuesCoverage, dues_coverage
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.ledger.text import N_

BALANCES = """
    SELECT a.code, a.name_th, a.type, t.total
    FROM (SELECT account_id, SUM(amount) AS total FROM posting
          WHERE entry_date <= ? GROUP BY account_id) AS t
    JOIN account AS a ON a.id = t.account_id
    ORDER BY a.code"""


class NotQuicklyReadable(Exception):
    """The file is missing, damaged, of another schema version, or holds no fund."""


def open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise NotQuicklyReadable(str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        funds = conn.execute("SELECT COUNT(*) FROM fund").fetchone()[0]
    except sqlite3.Error as exc:
        raise NotQuicklyReadable(str(exc)) from exc
    if version is None or version[0] != HEAD or funds != 1:
        conn.close()
        raise NotQuicklyReadable("schema or fund")
    return conn


def account_balances(path: Path, as_of: date | None) -> list[tuple[str, str, str, int]]:
    """(code, Thai name, type, balance) of each account with postings up to ``as_of``."""
    conn = open_read_only(path)
    try:
        day = (as_of or date.max).isoformat()
        return [(code, name, type_, int(total))
                for code, name, type_, total in conn.execute(BALANCES, (day,))]
    finally:
        conn.close()


FUND = """SELECT id, code, name, tambon, amphoe, province, founded_on, fiscal_year_start,
                 receipt_book_size, first_receipt_book, lapse_after_missed FROM fund"""
RECEIPT = """
    SELECT r.id, r.seq, r.book_no, r.number_in_book, r.issued_on, r.member_id, r.payer_name,
           r.total, r.money_account, r.entry_id, v.reason, v.receipt_id IS NOT NULL,
           m.member_no, COALESCE(u.display_name, e.created_by, ''), v.voided_on
    FROM receipt AS r
    LEFT JOIN receipt_void AS v ON v.receipt_id = r.id
    LEFT JOIN member AS m ON m.id = r.member_id
    LEFT JOIN journal_entry AS e ON e.id = r.entry_id
    LEFT JOIN app_user AS u ON u.username = e.created_by AND u.fund_id = r.fund_id
    WHERE r.book_no = ? AND r.number_in_book = ?"""
LINES = """SELECT kind, description, account_code, amount FROM receipt_line
           WHERE receipt_id = ? ORDER BY line_no"""
PLANS = "SELECT code, name, months, amount FROM dues_plan"
PLAN_HISTORY = ("SELECT from_month, plan_code FROM member_plan WHERE member_id = ? "
                "ORDER BY from_month")
JOINED = "SELECT joined_on FROM member WHERE id = ?"
DUES_BEFORE = """
    SELECT COALESCE(SUM(l.amount), 0) FROM receipt AS r
    JOIN receipt_line AS l ON l.receipt_id = r.id
    LEFT JOIN receipt_void AS v ON v.receipt_id = r.id
    WHERE r.member_id = ? AND l.kind = 'dues' AND v.receipt_id IS NULL
      AND (r.issued_on < ? OR (r.issued_on = ? AND r.seq < ?))"""


def _fund_profile(conn: sqlite3.Connection) -> FundProfile:
    (fund_id, code, name, tambon, amphoe, province, founded, start, book_size, first_book,
     lapse) = conn.execute(FUND).fetchone()
    month, day = (int(x) for x in start.split("-"))
    return FundProfile(fund_id, code, name, tambon, amphoe, province,
                       date.fromisoformat(founded) if founded else None, (month, day),
                       book_size, first_book, lapse)


def _dues_months(conn: sqlite3.Connection, plans: dict[str, DuesPlan],
                 paper: ReceiptForPaper) -> DuesCoverage | None:
    r = paper.receipt
    if r.member_id is None or r.voided or not paper.dues_amount:
        return None
    history = plan_periods(plans, conn.execute(PLAN_HISTORY, (r.member_id,)).fetchall())
    (joined,) = conn.execute(JOINED, (r.member_id,)).fetchone()
    day = r.issued_on.isoformat()
    (paid,) = conn.execute(DUES_BEFORE, (r.member_id, day, day, r.seq)).fetchone()
    return dues_coverage(history, date.fromisoformat(joined), int(paid), paper.dues_amount)


def receipts_for_paper(path: Path, numbers: list[tuple[int, int]]
                       ) -> tuple[FundProfile, list[ReceiptForPaper]]:
    """The same as services.paper.receipts_for_paper for receipts by number, without
    SQLAlchemy (a test keeps the two equal)."""
    conn = open_read_only(path)
    try:
        plans = {code: DuesPlan(code, name, months, amount)
                 for code, name, months, amount in conn.execute(PLANS)}
        papers = []
        for book, number in numbers:
            row = conn.execute(RECEIPT, (book, number)).fetchone()
            if row is None:
                raise UserError(N_("There is no receipt {number}"),
                                number=f"{book}/{number:03d}")
            lines = tuple((kind, text, account, int(amount)) for kind, text, account, amount
                          in conn.execute(LINES, (row[0],)))
            receipt = ReceiptRow(row[0], row[1], row[2], row[3], date.fromisoformat(row[4]),
                                 row[5], row[6], int(row[7]), row[8], row[9], lines,
                                 bool(row[11]), row[10],
                                 date.fromisoformat(row[14]) if row[14] else None)
            paper = ReceiptForPaper(receipt, row[12], row[13])
            papers.append(replace(paper, dues_months=_dues_months(conn, plans, paper)))
        return _fund_profile(conn), papers
    finally:
        conn.close()
