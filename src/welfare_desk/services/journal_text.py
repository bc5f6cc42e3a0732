"""The descriptions written into journal entries and balance checks.

The fund's books are kept in Thai, and a description is stored in the entry's
event (it is part of the audit trail and is never rewritten), so it is built here
once, in Thai, with Buddhist Era dates, for the services and the demo alike.
Entries written before these texts keep the text they were written with.
"""

from __future__ import annotations

from datetime import date

from welfare_desk.i18n.dates import THAI_MONTHS, be_year, format_date
from welfare_desk.ledger.accounts import GrantSource

# Money by source, as a treasurer writes it in the book: "รับ" + what came in.
GRANT_TEXTS: dict[GrantSource, str] = {
    GrantSource.LOCAL_GOVERNMENT: "รับเงินสมทบจาก อปท.",
    GrantSource.CODI_SEED: "รับเงินทุนประเดิมจาก พอช.",
    GrantSource.GOVERNMENT_VIA_CODI: "รับเงินสมทบจากรัฐบาลผ่าน พอช.",
    GrantSource.OTHER_AGENCY: "รับเงินสนับสนุนจากหน่วยงานอื่น",
    GrantSource.DONATION: "รับเงินบริจาค",
    GrantSource.INTEREST: "รับดอกเบี้ยเงินฝาก",
    GrantSource.ENTRY_FEE: "รับค่าสมัครสมาชิก",
    GrantSource.COMMUNITY_GROUP_PROFIT: "รับผลกำไรจากกลุ่มองค์กรชุมชน",
}


def thai_date(d: date) -> str:
    """1 ต.ค. 2566"""
    return format_date(d, "short", "th")


def receipt_number_text(book_no: int, number: int) -> str:
    """As the receipt itself prints it, so the stub can be found in its book."""
    return f"เล่มที่ {book_no} เลขที่ {number:03d}"


def receipt_text(book_no: int, number: int, payer: str) -> str:
    return f"ใบเสร็จรับเงิน{receipt_number_text(book_no, number)} {payer}"


def void_text(book_no: int, number: int, reason: str) -> str:
    return f"ยกเลิกใบเสร็จรับเงิน{receipt_number_text(book_no, number)}: {reason}"


def grant_text(source: GrantSource, round_no: int | None, reference: str) -> str:
    text = GRANT_TEXTS[source] + (f" รอบที่ {round_no}" if round_no else "")
    return text + (f" ({reference.strip()})" if reference.strip() else "")


def benefit_text(benefit_name: str, claim_no: str, deceased: str | None = None) -> str:
    """"สวัสดิการเสียชีวิต ของนายวิชัย อ่อนศรี คำร้องเลขที่ C2569-0103": ``deceased`` is
    the member a death benefit is for, when it is paid to someone else."""
    name = benefit_name.strip()
    if not name.startswith("สวัสดิการ"):
        name = f"สวัสดิการ{name}"
    if deceased:
        name += f" ของ{deceased}"
    return f"{name} คำร้องเลขที่ {claim_no}"


def voucher_text(payee: str, purpose: str) -> str:
    return f"ใบสำคัญจ่าย {payee}: {purpose}"


def fiscal_year_text(first: date, last: date) -> str:
    """"ปีบัญชี 2567 (1 ต.ค. 2566 ถึง 30 ก.ย. 2567)": a fiscal year is named by the
    B.E. year it ends in."""
    return f"ปีบัญชี {be_year(last)} ({thai_date(first)} ถึง {thai_date(last)})"


def period_text(kind: str, first: date, last: date) -> str:
    if kind == "month" and (first.year, first.month) == (last.year, last.month):
        return f"เดือน{THAI_MONTHS[first.month - 1]} {be_year(first)}"
    if kind == "year":
        return fiscal_year_text(first, last)
    return f"{thai_date(first)} ถึง {thai_date(last)}"


def year_close_text(first: date, last: date) -> str:
    return f"ปิดบัญชีรายรับรายจ่ายประจำ{fiscal_year_text(first, last)}"


def close_note(kind: str, first: date, last: date) -> str:
    """The note of the balance checks (the cash count) taken when a period closes."""
    return f"ปิดงวด{period_text(kind, first, last)}"
