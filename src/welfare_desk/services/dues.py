"""Taking dues: a gap-free numbered receipt and its journal entry in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from welfare_desk.db.database import Database, UnitOfWork
from welfare_desk.db.repos import Repositories
from welfare_desk.db.rows import ReceiptRow
from welfare_desk.ledger import accounts
from welfare_desk.ledger.dues import ArrearsGrid, arrears_grid, plan_periods
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User, receipt_book_position, require
from welfare_desk.ledger.journal import EntrySource, Posting, reversal_postings
from welfare_desk.ledger.members import MemberRecord, MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import (
    build_entry,
    check_money_account,
    find_member,
    new_id,
)
from welfare_desk.services.journal_text import receipt_text, void_text


def dues_line(amount: int) -> dict[str, Any]:
    return {"kind": "dues", "description": "เงินสัจจะ", "account_code": accounts.DUES,
            "amount": amount}


def entry_fee_line(amount: int) -> dict[str, Any]:
    return {"kind": "entry_fee", "description": "ค่าสมัครสมาชิก",
            "account_code": accounts.ENTRY_FEE, "amount": amount}


def take_dues(db: Database, actor: User, member_no: int, amount: int, paid_on: date,
              money_account: str = accounts.CASH) -> ReceiptRow:
    """Records a member's dues; returns the receipt (its number for the paper book)."""
    require(actor, "write")
    if amount <= 0:
        raise UserError(N_("The amount must be more than zero"))
    if paid_on > date.today():
        raise UserError(N_("The date {date} is in the future"), date=paid_on.isoformat())
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        member = find_member(uow.repos, fund_id, member_no)
        _check_can_pay(member, paid_on)
        receipt = issue_receipt_in(uow, fund_id, member.member_id, paid_on, [dues_line(amount)],
                                   money_account=money_account)
        uow.commit()
    return receipt


def take_collection_day(db: Database, actor: User, payments: Sequence[tuple[int, int]],
                        paid_on: date, money_account: str = accounts.CASH) -> list[ReceiptRow]:
    """A village's collection day: (member no., amount) pairs, one receipt each, all
    recorded together or (on any problem) none."""
    require(actor, "write")
    if not payments:
        raise UserError(N_("Tick at least one member who paid"))
    if paid_on > date.today():
        raise UserError(N_("The date {date} is in the future"), date=paid_on.isoformat())
    receipts = []
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        for member_no, amount in payments:
            if amount <= 0:
                raise UserError(N_("The amount must be more than zero"))
            member = find_member(uow.repos, fund_id, member_no)
            _check_can_pay(member, paid_on)
            receipts.append(issue_receipt_in(uow, fund_id, member.member_id, paid_on,
                                             [dues_line(amount)], money_account=money_account))
        uow.commit()
    return receipts


def _check_can_pay(member: MemberRecord, paid_on: date) -> None:
    if member.status != MemberStatus.ACTIVE:
        raise UserError(N_("Member {no} is {status}; reinstate the member before taking dues"),
                        no=member.member_no, status=member.status.value)
    if paid_on < member.joined_on:
        raise UserError(N_("The date is before the member joined ({date})"),
                        date=member.joined_on.isoformat())


def issue_receipt_in(uow: UnitOfWork, fund_id: str, member_id: str | None, on: date,
                     lines: Sequence[dict[str, Any]], payer_name: str | None = None,
                     money_account: str = accounts.CASH) -> ReceiptRow:
    """Takes the next receipt number from the counter inside the caller's transaction."""
    repos = uow.repos
    fund = repos.funds.profile(fund_id)
    check_money_account(repos, fund_id, money_account)
    member = repos.members.by_id(member_id) if member_id else None
    name = payer_name or (member.full_name if member else "")
    if not name.strip():
        raise UserError(N_("A receipt needs the payer's name"))
    seq = repos.funds.counter(fund_id, "receipt") + 1
    book_no, number = receipt_book_position(seq, fund.receipt_book_size,
                                            fund.first_receipt_book)
    postings = receipt_postings(money_account, book_no, number, lines)
    entry = build_entry(uow, fund, on, receipt_description(book_no, number, name),
                        EntrySource.RECEIPT, postings, member_id=member_id)
    uow.record(fund_id, "receipt.issued",
               receipt_payload(new_id(), seq, (book_no, number), on, member_id, name, lines,
                               money_account, entry, uow.actor))
    found = repos.books.receipt_by_seq(fund_id, seq)
    assert found is not None
    return found


def receipt_postings(money_account: str, book_no: int, number: int,
                     lines: Sequence[dict[str, Any]]) -> list[Posting]:
    """Dr cash or bank for the total, Cr each line's income account."""
    total = sum(int(line["amount"]) for line in lines)
    postings = [Posting(money_account, total, f"ใบเสร็จ {book_no}/{number}")]
    return postings + [Posting(line["account_code"], -int(line["amount"])) for line in lines]


def receipt_payload(receipt_id: str, seq: int, position: tuple[int, int], on: date,
                    member_id: str | None, payer_name: str, lines: Sequence[dict[str, Any]],
                    money_account: str, entry: dict[str, Any], actor: str) -> dict[str, Any]:
    book_no, number = position
    receipt = {
        "id": receipt_id, "seq": seq, "book_no": book_no, "number_in_book": number,
        "issued_on": on.isoformat(), "member_id": member_id, "payer_name": payer_name,
        "total": sum(int(line["amount"]) for line in lines), "money_account": money_account,
        "entry_id": entry["id"], "issued_by": actor,
    }
    return {"receipt": receipt, "lines": list(lines), "entry": entry}


def receipt_description(book_no: int, number: int, payer: str) -> str:
    return receipt_text(book_no, number, payer)


def void_receipt(db: Database, actor: User, book_no: int, number: int, reason: str,
                 voided_on: date | None = None) -> ReceiptRow:
    """Voids a receipt: a reversal entry; the receipt and its number stay in the book."""
    require(actor, "write")
    if not reason.strip():
        raise UserError(N_("Voiding a receipt needs a reason"))
    on = voided_on or date.today()
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        receipt = find_receipt(uow.repos, fund_id, book_no, number)
        if receipt.voided:
            raise UserError(N_("Receipt {number} is already void"), number=f"{book_no}/{number}")
        if on < receipt.issued_on:
            raise UserError(N_("A receipt cannot be voided before it was issued"))
        original = uow.repos.books.entry(receipt.entry_id)
        assert original is not None
        fund = uow.repos.funds.profile(fund_id)
        entry = build_entry(uow, fund, on, void_text(book_no, number, reason.strip()),
                            EntrySource.REVERSAL, reversal_postings(original.postings),
                            reverses=original.entry_id, member_id=receipt.member_id)
        uow.record(fund_id, "receipt.voided", {"entry": entry, "void": {
            "receipt_id": receipt.receipt_id, "voided_on": on.isoformat(),
            "reason": reason.strip(), "reversal_entry_id": entry["id"], "voided_by": uow.actor,
        }})
        uow.commit()
        voided = uow.repos.books.receipt_by_seq(fund_id, receipt.seq)
    assert voided is not None
    return voided


def find_receipt(repos: Repositories, fund_id: str, book_no: int, number: int) -> ReceiptRow:
    receipt = repos.books.receipt_by_number(fund_id, book_no, number)
    if receipt is None:
        raise UserError(N_("There is no receipt {number}"), number=f"{book_no}/{number}")
    return receipt


@dataclass(frozen=True)
class MemberArrears:
    member: MemberRecord
    grid: ArrearsGrid


def member_arrears(db: Database, member_no: int, as_of: date) -> MemberArrears:
    with db.read() as repos:
        fund_id = repos.fund_id()
        member = find_member(repos, fund_id, member_no)
        periods = plan_periods(repos.funds.dues_plans(fund_id),
                               repos.members.plan_history(member.member_id))
        payments = repos.members.dues_payments(fund_id, member.member_id, until=as_of)
    grid = arrears_grid(periods, member.joined_on, payments.get(member.member_id, []), as_of)
    return MemberArrears(member, grid)


def all_arrears(repos: Repositories, fund_id: str, as_of: date,
                statuses: frozenset[MemberStatus] = frozenset({MemberStatus.ACTIVE}),
                ) -> list[MemberArrears]:
    """The grid of every member with one of ``statuses`` (the arrears list, lapses)."""
    histories = repos.members.all_plan_histories(fund_id)
    payments = repos.members.dues_payments(fund_id, until=as_of)
    plans = repos.funds.dues_plans(fund_id)
    result = []
    for member in repos.members.all(fund_id):
        if member.status not in statuses or member.joined_on > as_of:
            continue
        periods = plan_periods(plans, histories[member.member_id])
        grid = arrears_grid(periods, member.joined_on, payments.get(member.member_id, []), as_of)
        result.append(MemberArrears(member, grid))
    return result


