"""Checks of a whole database: SQLite's own, the event chain, the books' invariants."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from welfare_desk.db.events import verify_chain


@dataclass(frozen=True)
class Finding:
    check: str  # which invariant
    detail: str  # what was found (English, for the log and the details box)


# Each query returns rows describing violations; no rows means the invariant holds.
INVARIANTS: dict[str, str] = {
    "entries_balance": """
        SELECT e.number, SUM(p.amount) FROM journal_entry e JOIN posting p ON p.entry_id = e.id
        GROUP BY e.id HAVING SUM(p.amount) != 0 OR COUNT(*) < 2""",
    "trial_balance_zero": """
        SELECT a.fund_id, SUM(p.amount) FROM posting p JOIN account a ON a.id = p.account_id
        GROUP BY a.fund_id HAVING SUM(p.amount) != 0""",
    "posting_dates": """
        SELECT e.number FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.entry_date != e.entry_date""",
    "receipts_gap_free": """
        SELECT fund_id, COUNT(*), MIN(seq), MAX(seq) FROM receipt GROUP BY fund_id
        HAVING COUNT(*) != MAX(seq) OR MIN(seq) != 1""",
    "receipt_counter": """
        SELECT r.fund_id, MAX(r.seq), c.value FROM receipt r
        LEFT JOIN counter c ON c.fund_id = r.fund_id AND c.name = 'receipt'
        GROUP BY r.fund_id HAVING c.value IS NULL OR c.value != MAX(r.seq)""",
    "receipts_match_entries": """
        SELECT r.book_no || '/' || r.number_in_book FROM receipt r
        WHERE r.total != (SELECT COALESCE(SUM(p.amount), 0) FROM posting p
                          JOIN account a ON a.id = p.account_id
                          WHERE p.entry_id = r.entry_id AND a.code = r.money_account)
           OR r.total != (SELECT SUM(l.amount) FROM receipt_line l WHERE l.receipt_id = r.id)""",
    "vouchers_match_entries": """
        SELECT v.voucher_no FROM payment_voucher v
        WHERE -v.amount != (SELECT COALESCE(SUM(p.amount), 0) FROM posting p
                            JOIN account a ON a.id = p.account_id
                            WHERE p.entry_id = v.entry_id AND a.code = v.money_account)""",
    "voids_reverse_receipts": """
        SELECT r.book_no || '/' || r.number_in_book FROM receipt_void v
        JOIN receipt r ON r.id = v.receipt_id
        JOIN journal_entry e ON e.id = v.reversal_entry_id
        WHERE e.reverses_id IS NOT r.entry_id""",
    "balance_assertions": """
        SELECT b.account_code, b.as_of, b.amount, COALESCE(SUM(p.amount), 0)
        FROM balance_assertion b
        JOIN account a ON a.fund_id = b.fund_id AND a.code = b.account_code
        LEFT JOIN posting p ON p.account_id = a.id AND p.entry_date <= b.as_of
        GROUP BY b.id HAVING COALESCE(SUM(p.amount), 0) != b.amount""",
    "paid_claims_approved": """
        SELECT c.claim_no FROM payment_voucher v JOIN claim c ON c.id = v.claim_id
        LEFT JOIN claim_decision d ON d.claim_id = c.id
        WHERE d.approved IS NOT 1 OR d.amount != v.amount""",
}


def sqlite_integrity(conn: Connection) -> list[Finding]:
    rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
    problems = [Finding("sqlite_integrity", r) for r in rows if r != "ok"]
    problems += [Finding("foreign_keys", str(tuple(r)))
                 for r in conn.execute(text("PRAGMA foreign_key_check"))]
    return problems


def books_invariants(conn: Connection) -> list[Finding]:
    findings = []
    for name, query in INVARIANTS.items():
        for row in conn.execute(text(query)).fetchmany(20):
            findings.append(Finding(name, ", ".join(str(v) for v in row)))
    return findings


def chain_findings(conn: Connection) -> list[Finding]:
    return [Finding("event_chain", f"fund {p.fund_id} event {p.seq}: {p.problem}")
            for p in verify_chain(conn)]


def run_all(conn: Connection) -> dict[str, list[Finding]]:
    return {
        "sqlite": sqlite_integrity(conn),
        "chain": chain_findings(conn),
        "books": books_invariants(conn),
    }


def event_count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT COUNT(*) FROM event")).scalar() or 0)
