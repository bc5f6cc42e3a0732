"""Bringing a fund's dues history in from a sheet of member × month payments.

Each paid month becomes a real receipt (the next gap-free number, its journal entry
and its ``receipt.issued`` event), all of them in one transaction. How a month is
judged, in order: the member is found (member no., else national ID, else the exact
name, cross-checked when the row gives more than one); the month is not still to
come, not before the member joined, not after the month the member left; it is not already
paid (see ``covered_months``); the receipt's date is not in a closed period.

The receipt is dated the first day of the month paid for (the member's join date if
they joined later that month), or one date given for all (``paid_on``). Its dues
line says which month it pays for (``imported_line``), which is how importing the
same sheet again adds nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.db.repos import Repositories
from welfare_desk.db.repos.members import DuesLine
from welfare_desk.i18n.dates import BE_OFFSET, THAI_MONTHS_SHORT, format_month
from welfare_desk.ledger import accounts
from welfare_desk.ledger.dues import DuesPlan, plan_in_force
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User, receipt_label, require
from welfare_desk.ledger.members import MemberRecord, MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.services.dues import dues_line
from welfare_desk.services.receipt_batch import SETTLED, ReceiptBatch

YearMonth = tuple[int, int]
IMPORT_NOTE = "นำเข้าประวัติเงินสัจจะจาก Excel"
ALREADY_PAID = N_("Already paid: receipt {receipt} of {date}")
_IMPORTED = re.compile(r"เงินสมทบเดือน (\S+) (\d{4}) \(นำเข้าจาก Excel\)")


def imported_line(month: YearMonth) -> str:
    """The dues line of an imported receipt: "เงินสมทบเดือน ต.ค. 2566 (นำเข้าจาก Excel)"."""
    return f"เงินสมทบเดือน {format_month(*month, 'th')} (นำเข้าจาก Excel)"


def imported_month(description: str) -> YearMonth | None:
    match = _IMPORTED.fullmatch(description)
    if match is None or match[1] not in THAI_MONTHS_SHORT:
        return None
    return int(match[2]) - BE_OFFSET, THAI_MONTHS_SHORT.index(match[1]) + 1


@dataclass(frozen=True)
class SheetPayment:
    cell: str  # "D7", as Excel names it
    month: YearMonth
    amount: int | None  # satang; None for a tick: the amount of the member's plan


@dataclass(frozen=True)
class SheetProblem:
    cell: str | None  # None: the row as a whole
    error: UserError


@dataclass(frozen=True)
class DuesRow:
    """One member's row of the sheet, as read: who, and what they paid month by month."""

    row_no: int
    member_no: int | None = None
    national_id: str | None = None
    name: tuple[str, str] | None = None  # (first name, last name), title left out
    payments: tuple[SheetPayment, ...] = ()
    problems: tuple[SheetProblem, ...] = ()
    readable: bool = True  # False when the member no., ID or name could not be read


@dataclass(frozen=True)
class ImportedPayment:
    row_no: int
    cell: str
    member_no: int
    month: YearMonth
    amount: int
    paid_on: date
    receipt: tuple[int, int] | None  # (book no., number); None in a dry run


@dataclass
class DuesImportResult:
    dry_run: bool
    accepted: list[ImportedPayment] = field(default_factory=list)
    rejected: list[tuple[int, SheetProblem]] = field(default_factory=list)  # (row no., ...)

    @property
    def all_good(self) -> bool:
        return not self.rejected

    @property
    def members(self) -> int:
        return len({p.member_no for p in self.accepted})

    @property
    def total(self) -> int:
        return sum(p.amount for p in self.accepted)

    @property
    def already_paid(self) -> int:
        """Months left out because the fund has them already (a second import)."""
        return sum(1 for _row, p in self.rejected if p.error.message == ALREADY_PAID)

    def settled_cells(self) -> set[str]:
        """Cells that are in the fund now: imported, or there already."""
        return {p.cell for p in self.accepted} | {
            p.cell for _row, p in self.rejected
            if p.cell is not None and p.error.message == ALREADY_PAID}


def _index(month: YearMonth) -> int:
    return month[0] * 12 + month[1] - 1


def _month(index: int) -> YearMonth:
    return index // 12, index % 12 + 1


def covered_months(lines: Sequence[DuesLine],
                   monthly_rate: dict[date, int] | None = None) -> dict[YearMonth, DuesLine]:
    """The months a member's receipts already pay for: an imported receipt its own
    month; dues taken in the app the month they were taken in and, when they are more
    than one month's dues (``monthly_rate`` by receipt date, else one month), the
    months after it, skipping months already paid."""
    covered: dict[YearMonth, DuesLine] = {}
    taken = []
    for line in lines:
        month = imported_month(line.description)
        if month is not None:
            covered.setdefault(month, line)
        else:
            taken.append(line)
    next_free = 0
    for line in taken:
        rate = (monthly_rate or {}).get(line.issued_on, 0)
        months = max(1, line.amount // rate) if rate > 0 else 1
        index = max(_index((line.issued_on.year, line.issued_on.month)), next_free)
        while months:
            if _month(index) not in covered:
                covered[_month(index)] = line
                months -= 1
            index += 1
        next_free = index
    return covered


class _Register:
    """The fund's members, plans and paid months, read once for the whole sheet."""

    def __init__(self, repos: Repositories, fund_id: str) -> None:
        members = repos.members.all(fund_id)
        self.by_no = {m.member_no: m for m in members}
        self.by_id = {m.national_id: m for m in members if m.national_id}
        self.by_name: dict[tuple[str, str], list[MemberRecord]] = defaultdict(list)
        for m in members:
            self.by_name[_plain_name(m.first_name, m.last_name)].append(m)
        self.plans = repos.funds.dues_plans(fund_id)
        self.histories = repos.members.all_plan_histories(fund_id)
        self.lines = repos.members.dues_lines(fund_id)
        self._covered: dict[str, dict[YearMonth, DuesLine]] = {}

    def plan(self, member: MemberRecord, on: date) -> DuesPlan:
        return self.plans[plan_in_force(self.histories[member.member_id], on)]

    def covered(self, member: MemberRecord) -> dict[YearMonth, DuesLine]:
        if member.member_id not in self._covered:
            lines = self.lines.get(member.member_id, [])
            rates = {}
            for line in lines:
                plan = self.plan(member, line.issued_on)
                rates[line.issued_on] = plan.amount // plan.months_per_instalment
            self._covered[member.member_id] = covered_months(lines, rates)
        return self._covered[member.member_id]


def _plain_name(first: str, last: str) -> tuple[str, str]:
    return " ".join(first.split()), " ".join(last.split())


def _member_of(row: DuesRow, register: _Register) -> MemberRecord | UserError:
    """Member no., else national ID, else the exact name; what else the row says must
    agree with the member found."""
    if row.member_no is not None:
        member = register.by_no.get(row.member_no)
        if member is None:
            return UserError(N_("There is no member number {no}"), no=row.member_no)
    elif row.national_id is not None:
        member = register.by_id.get(row.national_id)
        if member is None:
            return UserError(N_("No member of the fund has the national ID {id}"),
                             id=row.national_id)
    elif row.name is not None:
        found = register.by_name.get(_plain_name(*row.name), [])
        name = " ".join(row.name)
        if not found:
            return UserError(N_("No member of the fund is called {name}"), name=name)
        if len(found) > 1:
            return UserError(N_("{count} members are called {name}; add the member no. or "
                                "the national ID"), name=name, count=len(found))
        member = found[0]
    else:
        return UserError(N_("The row has no member no., national ID or name"))
    if row.national_id is not None and member.national_id != row.national_id:
        return UserError(N_("Member {no} has another national ID in the fund"),
                         no=member.member_no)
    if row.name is not None and _plain_name(*row.name) != _plain_name(member.first_name,
                                                                      member.last_name):
        return UserError(N_("Member {no} is {name} in the fund, not {sheet_name}"),
                         no=member.member_no, name=member.full_name,
                         sheet_name=" ".join(row.name))
    return member


@dataclass(frozen=True)
class _Context:
    register: _Register
    settled_until: date | None
    this_month: YearMonth
    paid_on: date | None


def _judge_payment(payment: SheetPayment, member: MemberRecord, ctx: _Context,
                   row_months: dict[YearMonth, str]) -> tuple[date, int] | UserError:
    """(receipt date, amount) of one paid month, or why it cannot go in."""
    month, first_day = payment.month, date(*payment.month, 1)
    if month > ctx.this_month:
        return UserError(N_("This month is still to come"))
    if month < (member.joined_on.year, member.joined_on.month):
        return UserError(N_("Member {no} joined on {date}, after this month"),
                         no=member.member_no, date=member.joined_on)
    if member.status != MemberStatus.ACTIVE and first_day > member.status_since:
        return UserError(N_("Member {no} has been {status} since {date}"),
                         no=member.member_no, status=member.status.value,
                         date=member.status_since)
    if month in row_months:
        return UserError(N_("This month is also in cell {cell}"), cell=row_months[month])
    paid = ctx.register.covered(member).get(month)
    if paid is not None:
        return UserError(ALREADY_PAID, receipt=receipt_label(*paid.receipt),
                         date=paid.issued_on)
    on = ctx.paid_on or max(first_day, member.joined_on)
    if on < member.joined_on:
        return UserError(N_("The receipt date {date} is before member {no} joined"),
                         date=on, no=member.member_no)
    if ctx.settled_until is not None and on <= ctx.settled_until:
        return UserError(SETTLED, date=ctx.settled_until, on=on)
    amount = payment.amount if payment.amount is not None else ctx.register.plan(
        member, first_day).amount
    return on, amount


def import_dues(db: Database, actor: User, rows: Sequence[DuesRow], dry_run: bool,
                paid_on: date | None = None, money_account: str = accounts.CASH,
                today: date | None = None) -> DuesImportResult:
    """Judges every row and month; unless ``dry_run``, writes every good month as a
    receipt, in date order, in one transaction."""
    require(actor, "write")
    today = today or date.today()
    if paid_on is not None and paid_on > today:
        raise UserError(N_("The date {date} is in the future"), date=paid_on.isoformat())
    result = DuesImportResult(dry_run)
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        batch = ReceiptBatch(uow, fund_id, money_account)
        if paid_on is not None and batch.settled_until and paid_on <= batch.settled_until:
            raise UserError(SETTLED, date=batch.settled_until, on=paid_on)
        ctx = _Context(_Register(uow.repos, fund_id), batch.settled_until,
                       (today.year, today.month), paid_on)
        planned = _judge(rows, ctx, result)
        for payment, member in sorted(planned, key=lambda p: (p[0].paid_on, p[0].row_no,
                                                               p[0].month)):
            receipt = None
            if not dry_run:
                receipt = batch.issue(member.member_id, member.full_name, payment.paid_on,
                                      [{**dues_line(payment.amount),
                                        "description": imported_line(payment.month)}],
                                      note=IMPORT_NOTE)
            result.accepted.append(ImportedPayment(
                payment.row_no, payment.cell, payment.member_no, payment.month,
                payment.amount, payment.paid_on, receipt))
        if not dry_run and planned:
            uow.commit()
    result.rejected.sort(key=lambda r: (r[0], _column_key(r[1].cell)))
    return result


def _column_key(cell: str | None) -> tuple[int, str]:
    """Problems of a row in the order of its columns: the row's own first, then A ... Z,
    AA ..."""
    letters = "".join(ch for ch in cell or "" if ch.isalpha())
    return len(letters), letters


def _judge(rows: Sequence[DuesRow], ctx: _Context, result: DuesImportResult
           ) -> list[tuple[ImportedPayment, MemberRecord]]:
    planned = []
    seen: dict[str, int] = {}  # member id -> the row they were first on
    for row in rows:
        result.rejected += [(row.row_no, p) for p in row.problems]
        if not row.readable:
            continue
        member = _member_of(row, ctx.register)
        if isinstance(member, MemberRecord) and member.member_id in seen:
            member = UserError(N_("Member {no} is also on row {row}"), no=member.member_no,
                               row=seen[member.member_id])
        if isinstance(member, UserError):
            result.rejected.append((row.row_no, SheetProblem(None, member)))
            continue
        seen[member.member_id] = row.row_no
        row_months: dict[YearMonth, str] = {}
        for payment in row.payments:
            judged = _judge_payment(payment, member, ctx, row_months)
            row_months.setdefault(payment.month, payment.cell)
            if isinstance(judged, UserError):
                result.rejected.append((row.row_no, SheetProblem(payment.cell, judged)))
                continue
            on, amount = judged
            planned.append((ImportedPayment(row.row_no, payment.cell, member.member_no,
                                            payment.month, amount, on, None), member))
    return planned
