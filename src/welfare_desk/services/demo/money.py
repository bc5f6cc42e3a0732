"""The fund's money in the demo: grants by source, CODI matching rounds, interest,
administration, help to non-members, bank deposits, and closing months and years."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from random import Random

from welfare_desk.ledger import accounts
from welfare_desk.ledger.accounts import GrantSource
from welfare_desk.ledger.journal import Posting
from welfare_desk.ledger.members import MemberStatus
from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of, month_bounds
from welfare_desk.services.demo.book import DemoBook
from welfare_desk.services.demo.claims import DemoClaims
from welfare_desk.services.demo.people import DemoPerson
from welfare_desk.services.demo.timeline import (
    CLOSE_MONTH,
    CLOSE_YEAR,
    GRANT,
    PAYOUT,
    TRANSFER,
    Timeline,
)

MATCHING_PER_MEMBER = 36_500  # 365 baht: CODI matches a baht a day


def schedule_money(timeline: Timeline, rng: Random, book: DemoBook, claims: DemoClaims,
                   people: list[DemoPerson], start: date, until: date) -> None:
    bank = accounts.FIRST_BANK
    timeline.at(start, GRANT, lambda: book.grant(start, GrantSource.CODI_SEED, 5_500_000, bank,
                                                 None, ""))
    for year in range(start.year, until.year + 1):
        _yearly(timeline, rng, book, claims, people, year)
    month = (start.year, start.month)
    while date(month[0], month[1], 1) <= until:
        _monthly(timeline, rng, book, *month)
        month = (month[0] + month[1] // 12, month[1] % 12 + 1)


def _yearly(timeline: Timeline, rng: Random, book: DemoBook, claims: DemoClaims,
            people: list[DemoPerson], year: int) -> None:
    bank = accounts.FIRST_BANK
    local = date(year, 1, 20)
    amount = rng.randrange(20_000, 60_000, 5_000) * 100
    timeline.at(local, GRANT, lambda: book.grant(local, GrantSource.LOCAL_GOVERNMENT, amount,
                                                 bank, None, f"อบต. ปี {year + 543}"))
    for half in (6, 12):
        half_end = month_bounds(year, half)[1]
        timeline.at(half_end, GRANT, _interest(book, half_end))
    donated = date(year, rng.randint(1, 12), rng.randint(1, 28))
    gift = rng.randrange(500, 5_000, 100) * 100
    timeline.at(donated, GRANT, lambda: book.grant(donated, GrantSource.DONATION, gift,
                                                   accounts.CASH, None, "ผู้มีจิตศรัทธา"))
    matched_on = date(year, 12, 15)
    timeline.at(matched_on, GRANT, lambda: _matching(book, claims, people, year, matched_on))
    for aid_month in (4, 11):
        on = date(year, aid_month, rng.randint(1, 28))
        timeline.at(on, PAYOUT, _aid(book, on, rng.choice((50_000, 100_000, 150_000))))
    fy_start = book.fund.fiscal_year_start
    closing_day = date(year, fy_start[0], fy_start[1]) + timedelta(days=19)
    timeline.at(closing_day, CLOSE_YEAR, lambda: _close_year(book, closing_day))


def _interest(book: DemoBook, on: date) -> Callable[[], None]:
    bank = accounts.FIRST_BANK
    return lambda: book.grant(on, GrantSource.INTEREST, max(book.balances[bank] // 400, 100),
                              bank, None, "")


def _aid(book: DemoBook, on: date, amount: int) -> Callable[[], None]:
    name = "ผู้ยากไร้ในตำบล (ไม่ใช่สมาชิก)"
    reason = "ช่วยเหลือผู้ด้อยโอกาส"
    return lambda: book.voucher(on, name, None, reason, amount, "5120", aid={
        "recipient_name": name, "national_id": None, "village_no": 1, "reason": reason})


def _matching(book: DemoBook, claims: DemoClaims, people: list[DemoPerson], year: int,
              on: date) -> None:
    """CODI matches members with a full year on 30 September, at most three times."""
    cutoff = date(year, 9, 30)
    eligible = []
    for person in people:
        status, since = claims.statuses.get(person.member_no,
                                            (MemberStatus.ACTIVE, person.joined_on))
        active = status == MemberStatus.ACTIVE or since > cutoff
        times = claims.matched.get(person.member_no, 0)
        if active and person.joined_on <= date(year - 1, 9, 30) and times < 3:
            eligible.append(person.member_no)
    if not eligible:
        return
    round_no = len(claims.matching_rounds) + 1
    claims.matching_rounds.append(year)
    for no in eligible:
        claims.matched[no] = claims.matched.get(no, 0) + 1
    book.emit("matching.marked", {"year": year, "marked_by": book.treasurer,
                                  "member_ids": [claims.member_ids[n] for n in eligible]}, on)
    book.grant(on, GrantSource.GOVERNMENT_VIA_CODI, len(eligible) * MATCHING_PER_MEMBER,
               accounts.FIRST_BANK, round_no, f"{len(eligible)} คน")


def _monthly(timeline: Timeline, rng: Random, book: DemoBook, year: int, month: int) -> None:
    first, last = month_bounds(year, month)
    meeting = date(year, month, 25)
    timeline.at(meeting, PAYOUT, lambda: book.voucher(
        meeting, "คณะกรรมการกองทุน", None, "เบี้ยประชุมกรรมการ", 150_000, "5201"))
    supplies = date(year, month, rng.randint(1, 28))
    cost = rng.randrange(200, 900, 10) * 100
    timeline.at(supplies, PAYOUT, lambda: book.voucher(
        supplies, "ร้านเครื่องเขียน", None, "ค่าวัสดุสำนักงาน", cost, "5202"))
    timeline.at(last, TRANSFER, lambda: _deposit(book, last))
    close_on = last + timedelta(days=10)
    timeline.at(close_on, CLOSE_MONTH,
                lambda: book.close(close_on, "month", first, last, None))


def _deposit(book: DemoBook, on: date) -> None:
    """Keeps 5,000 baht in the cash box; the rest goes to the bank at month end."""
    surplus = book.balances[accounts.CASH] - 500_000
    if surplus > 0:
        book.transfer(on, accounts.CASH, accounts.FIRST_BANK, surplus, "นำเงินสดฝากธนาคาร")


def _close_year(book: DemoBook, on: date) -> None:
    fy = fiscal_year_of(on, book.fund.fiscal_year_start) - 1
    first, last = fiscal_year_bounds(fy, book.fund.fiscal_year_start)
    totals = book.year_totals.get(fy, {})
    lines = [Posting(code, -amount) for code, amount in sorted(totals.items()) if amount]
    net = -sum(p.amount for p in lines)
    if net:
        lines.append(Posting(accounts.SURPLUS, net))
    book.close(on, "year", first, last, lines or None)
