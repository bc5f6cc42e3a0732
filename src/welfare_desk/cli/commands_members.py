"""member add / show / find / status / arrears, dues pay / void / lapse."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from typing import Any

from welfare_desk.cli.context import (
    Context,
    parse_amount,
    parse_book_number,
    parse_day,
    parse_member_no,
)
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]
STATUSES = ("active", "lapsed", "resigned", "deceased", "removed")
CATEGORIES = ("general", "child_youth", "elderly", "disadvantaged", "disabled", "orphan")


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    member = commands.add_parser("member", help=t(N_("the member register")))
    sub = member.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = sub.add_parser("add", help=t(N_("register a member")))
    p.add_argument("--title", required=True, help=t(N_("นาย, นาง, นางสาว, เด็กชาย ...")))
    p.add_argument("--first", required=True)
    p.add_argument("--last", required=True)
    p.add_argument("--national-id", default=None)
    p.add_argument("--born", required=True, metavar="DATE")
    p.add_argument("--joined", required=True, metavar="DATE")
    p.add_argument("--village", required=True, type=int, metavar="NO")
    p.add_argument("--gender", choices=("male", "female", "unspecified"), default=None)
    p.add_argument("--phone", default="")
    p.add_argument("--house-no", default="")
    p.add_argument("--plan", default="M30", help=t(N_("dues plan code (default M30)")))
    p.add_argument("--entry-fee", default=None, metavar="BAHT")
    p.add_argument("--category", action="append", choices=CATEGORIES, default=None)
    p.add_argument("--beneficiary", action="append", default=[], metavar="NAME:RELATION")
    p.set_defaults(handler=run_member_add)

    p = sub.add_parser("show", help=t(N_("one member")))
    p.add_argument("number")
    p.set_defaults(handler=run_member_show)

    p = sub.add_parser("find", help=t(N_("find members by name, number or ID digits")))
    p.add_argument("text")
    p.set_defaults(handler=run_member_find)

    p = sub.add_parser("status", help=t(N_("record a status change")))
    p.add_argument("number")
    p.add_argument("--to", required=True, choices=STATUSES)
    p.add_argument("--date", default=None, metavar="DATE")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=run_member_status)

    p = sub.add_parser("plan", help=t(N_("move a member to another dues plan")))
    p.add_argument("number")
    p.add_argument("--plan", required=True, metavar="CODE")
    p.add_argument("--from", dest="from_month", required=True, metavar="YYYY-MM")
    p.set_defaults(handler=run_member_plan)

    p = sub.add_parser("arrears", help=t(N_("a member's dues by month (paid/missed)")))
    p.add_argument("number")
    p.add_argument("--as-of", default=None, metavar="DATE")
    p.set_defaults(handler=run_member_arrears)

    dues = commands.add_parser("dues", help=t(N_("dues and receipts")))
    sub = dues.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = sub.add_parser("pay", help=t(N_("take a member's dues; prints the receipt number")))
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--amount", required=True, metavar="BAHT")
    p.add_argument("--date", default=None, metavar="DATE")
    p.add_argument("--account", default="1101", help=t(N_("cash or bank account code")))
    p.set_defaults(handler=run_dues_pay)

    p = sub.add_parser("void", help=t(N_("void a receipt (its number is kept)")))
    p.add_argument("--number", required=True, metavar="BOOK/NO")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", default=None, metavar="DATE")
    p.set_defaults(handler=run_dues_void)

    p = sub.add_parser("lapse", help=t(N_("members due to lapse under the fund's rule")))
    p.add_argument("--as-of", default=None, metavar="DATE")
    p.add_argument("--apply", action="store_true", help=t(N_("record the lapses")))
    p.set_defaults(handler=run_dues_lapse)


def run_member_add(ctx: Context) -> int:
    from welfare_desk.ledger.members import Address, Beneficiary, Category, Gender
    from welfare_desk.services.members import MemberForm, register_member

    a = ctx.args
    beneficiaries = []
    for text in a.beneficiary:
        name, _, relation = text.partition(":")
        beneficiaries.append(Beneficiary(name.strip(), relation.strip(),
                                         share_percent=100 // max(1, len(a.beneficiary))))
    if len(beneficiaries) == 2:
        beneficiaries[1] = Beneficiary(beneficiaries[1].name, beneficiaries[1].relation,
                                       share_percent=50)
    form = MemberForm(
        title=a.title, first_name=a.first, last_name=a.last, birth_date=parse_day(a.born),
        joined_on=parse_day(a.joined), village_no=a.village, national_id=a.national_id,
        gender=Gender(a.gender) if a.gender else None,
        address=Address(house_no=a.house_no, moo=a.village), phone=a.phone,
        entry_fee=parse_amount(a.entry_fee) if a.entry_fee else 0,
        categories=frozenset(Category(c) for c in (a.category or ["general"])),
        beneficiaries=tuple(beneficiaries), plan_code=a.plan)
    with ctx.database() as db:
        member = register_member(db, ctx.user(db), form)
    ctx.say(N_("Registered member {no}: {name}"), no=member.member_no, name=member.full_name)
    return 0


def run_member_show(ctx: Context) -> int:
    from welfare_desk.ledger.thai_id import format_national_id
    from welfare_desk.services.common import find_member

    with ctx.database() as db, db.read() as repos:
        m = find_member(repos, repos.fund_id(), parse_member_no(ctx.args.number))
    rows = [
        (N_("Member no."), str(m.member_no)), (N_("Name"), m.full_name),
        (N_("National ID"), format_national_id(m.national_id) if m.national_id else "-"),
        (N_("Born"), ctx.date(m.birth_date)), (N_("Joined"), ctx.date(m.joined_on)),
        (N_("Village"), str(m.village_no)),
        (N_("Status"), f"{ctx.tr(_status_name(m.status))} ({ctx.date(m.status_since)})"),
        (N_("Categories"), ", ".join(ctx.tr(_category_name(c)) for c in sorted(m.categories))),
        (N_("Beneficiaries"), "; ".join(f"{b.name} ({b.relation})" for b in m.beneficiaries)
         or "-"),
    ]
    for label, value in rows:
        print(f"{ctx.tr(label)}: {value}")
    return 0


def _status_name(status: Any) -> str:
    from welfare_desk.ledger.members import STATUS_NAMES

    return STATUS_NAMES[status]


def _category_name(category: Any) -> str:
    from welfare_desk.ledger.members import CATEGORY_NAMES

    return CATEGORY_NAMES[category]


def run_member_find(ctx: Context) -> int:
    from welfare_desk.services.members import search_members

    with ctx.database(quick_check=False) as db:
        found = search_members(db, ctx.args.text)
    for m in found:
        print(f"{m.member_no}\t{m.full_name}\t{ctx.tr(N_('village'))} {m.village_no}\t"
              f"{ctx.tr(_status_name(m.status))}")
    if not found:
        ctx.say(N_("No member matches '{text}'"), text=ctx.args.text)
    return 0


def run_member_status(ctx: Context) -> int:
    from welfare_desk.ledger.members import MemberStatus
    from welfare_desk.services.members import change_status

    a = ctx.args
    with ctx.database() as db:
        member = change_status(db, ctx.user(db), parse_member_no(a.number),
                               MemberStatus(a.to), parse_day(a.date, date.today()), a.reason)
    ctx.say(N_("Member {no} is now {status}"), no=member.member_no,
            status=ctx.tr(_status_name(member.status)))
    return 0


def run_member_arrears(ctx: Context) -> int:
    from welfare_desk.cli.grids import print_grid
    from welfare_desk.services.dues import member_arrears

    as_of = parse_day(ctx.args.as_of, date.today())
    with ctx.database() as db:
        result = member_arrears(db, parse_member_no(ctx.args.number), as_of)
    print(result.member.full_name)
    print_grid(ctx, result.grid)
    return 0


def run_dues_pay(ctx: Context) -> int:
    from welfare_desk.ledger.fund import receipt_label
    from welfare_desk.services.dues import take_dues

    a = ctx.args
    member_no = parse_member_no(a.member)
    amount = parse_amount(a.amount)
    paid_on = parse_day(a.date, date.today())
    with ctx.database() as db:
        receipt = take_dues(db, ctx.user(db), member_no, amount, paid_on, a.account)
    print(receipt_label(receipt.book_no, receipt.number_in_book))
    return 0


def run_dues_void(ctx: Context) -> int:
    from welfare_desk.services.dues import void_receipt

    a = ctx.args
    book, number = parse_book_number(a.number)
    with ctx.database() as db:
        void_receipt(db, ctx.user(db), book, number, a.reason, parse_day(a.date, date.today()))
    ctx.say(N_("Receipt {number} is void; its number stays in the book"), number=a.number)
    return 0


def run_dues_lapse(ctx: Context) -> int:
    from welfare_desk.services.lapses import apply_lapses, lapse_candidates

    as_of = parse_day(ctx.args.as_of, date.today())
    with ctx.database() as db:
        candidates = lapse_candidates(db, as_of)
        for c in candidates:
            print(f"{c.member_no}\t{c.name}\t{ctx.date(c.lapse_on)}\t{c.missed}")
        if ctx.args.apply and candidates:
            count = apply_lapses(db, ctx.user(db), as_of)
            ctx.say(N_("Recorded {count} lapses"), count=count)
        elif not candidates:
            ctx.say(N_("No member is due to lapse on {date}"), date=ctx.date(as_of))
    return 0




def run_member_plan(ctx: Context) -> int:
    from welfare_desk.cli.commands_books import year_month
    from welfare_desk.services.members import change_plan

    a = ctx.args
    with ctx.database() as db:
        change_plan(db, ctx.user(db), parse_member_no(a.number), a.plan,
                    year_month(a.from_month))
    ctx.say(N_("Member {no} pays by plan {plan} from {month}"), no=a.number, plan=a.plan,
            month=a.from_month)
    return 0
