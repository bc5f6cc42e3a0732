"""claims, help to non-members, grants, matching, and the account book."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from typing import Any

from welfare_desk.cli.context import Context, parse_amount, parse_day, parse_member_no
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]
GRANT_SOURCES = ("local_government", "codi_seed", "government_via_codi", "other_agency",
                 "donation", "interest", "entry_fee", "community_group_profit")


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    _register_claims(commands, t)
    _register_money(commands, t)
    _register_book(commands, t)


def _register_claims(commands: _SubParsersAction[Any], t: Tr) -> None:
    claim = commands.add_parser("claim", help=t(N_("benefit claims")))
    sub = claim.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = sub.add_parser("file", help=t(N_("file a claim and see the assessment")))
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--benefit", required=True, metavar="CODE")
    p.add_argument("--event-date", required=True, metavar="DATE")
    p.add_argument("--filed", default=None, metavar="DATE")
    p.add_argument("--nights", type=int, default=None)
    p.add_argument("--document", action="append", default=[])
    p.add_argument("--amount", default=None, metavar="BAHT")
    p.add_argument("--details", default="")
    p.set_defaults(handler=run_claim_file)

    p = sub.add_parser("decide", help=t(N_("approve or reject a claim (committee)")))
    p.add_argument("number")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--approve", action="store_true")
    group.add_argument("--reject", action="store_true")
    p.add_argument("--reason", default="")
    p.add_argument("--meeting", default="", help=t(N_("meeting reference (ครั้งที่ ...)")))
    p.add_argument("--amount", default=None, metavar="BAHT")
    p.add_argument("--date", default=None, metavar="DATE")
    p.set_defaults(handler=run_claim_decide)

    p = sub.add_parser("pay", help=t(N_("pay an approved claim with a payment voucher")))
    p.add_argument("number")
    p.add_argument("--date", default=None, metavar="DATE")
    p.add_argument("--account", default="1101")
    p.add_argument("--payee", default=None,
                   help=t(N_("who is paid (default: the member; for a death benefit the "
                             "beneficiary, and the heir's name is needed when there is none)")))
    p.add_argument("--payee-id", default=None, metavar="ID",
                   help=t(N_("the payee's national ID")))
    p.set_defaults(handler=run_claim_pay)

    p = commands.add_parser("aid", help=t(N_("help to a non-member")))
    p.add_argument("--name", required=True)
    p.add_argument("--national-id", default=None)
    p.add_argument("--village", type=int, default=None)
    p.add_argument("--reason", required=True)
    p.add_argument("--amount", required=True, metavar="BAHT")
    p.add_argument("--date", default=None, metavar="DATE")
    p.add_argument("--account", default="1101")
    p.set_defaults(handler=run_aid)


def _register_money(commands: _SubParsersAction[Any], t: Tr) -> None:
    p = commands.add_parser("grant", help=t(N_("money received by source")))
    p.add_argument("--source", required=True, choices=GRANT_SOURCES)
    p.add_argument("--amount", required=True, metavar="BAHT")
    p.add_argument("--date", default=None, metavar="DATE")
    p.add_argument("--round", type=int, default=None)
    p.add_argument("--account", default="1111")
    p.add_argument("--reference", default="")
    p.set_defaults(handler=run_grant)

    matching = commands.add_parser("matching", help=t(N_("CODI matching money")))
    sub = matching.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = sub.add_parser("list", help=t(N_("members eligible on 30 September")))
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(handler=run_matching_list)
    p = sub.add_parser("mark", help=t(N_("mark members as matched")))
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--members", required=True, metavar="NO,NO,...")
    p.set_defaults(handler=run_matching_mark)


def _register_book(commands: _SubParsersAction[Any], t: Tr) -> None:
    book = commands.add_parser("book", help=t(N_("the account book")))
    sub = book.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = sub.add_parser("entry", help=t(N_("a manual journal entry")))
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--description", required=True)
    p.add_argument("--line", action="append", required=True, metavar="CODE:BAHT",
                   help=t(N_("account and amount, debit positive (repeat)")))
    p.set_defaults(handler=run_entry)
    p = sub.add_parser("transfer", help=t(N_("move money between cash and bank")))
    p.add_argument("--from", dest="source", required=True, metavar="CODE")
    p.add_argument("--to", dest="target", required=True, metavar="CODE")
    p.add_argument("--amount", required=True, metavar="BAHT")
    p.add_argument("--date", default=None, metavar="DATE")
    p.set_defaults(handler=run_transfer)
    p = sub.add_parser("reverse", help=t(N_("reverse a posted entry")))
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", default=None, metavar="DATE")
    p.set_defaults(handler=run_reverse)
    for name, help_text in (("count", N_("record a cash count or bank balance")),
                            ("close-month", N_("close a month (with the cash count)")),
                            ("close-year", N_("close a fiscal year (with the cash count)"))):
        p = sub.add_parser(name, help=t(help_text))
        p.add_argument("--period", required=name != "count", metavar="YYYY-MM|YYYY")
        p.add_argument("--as-of", default=None, metavar="DATE")
        p.add_argument("--cash", required=True, metavar="BAHT")
        p.add_argument("--bank", action="append", default=[], metavar="CODE:BAHT")
        p.set_defaults(handler=run_close, close_kind=name)
    p = sub.add_parser("reopen", help=t(N_("reopen a closed period (a second committee member)")))
    p.add_argument("--first-day", required=True, metavar="DATE")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=run_reopen)


def run_claim_file(ctx: Context) -> int:
    from welfare_desk.cli.claims_view import print_claim
    from welfare_desk.ledger.benefits import ClaimFacts
    from welfare_desk.services.claims import file_claim

    a = ctx.args
    facts = ClaimFacts(a.benefit, parse_day(a.event_date), parse_day(a.filed, date.today()),
                       a.nights, frozenset(a.document),
                       parse_amount(a.amount) if a.amount else None)
    with ctx.database() as db:
        claim = file_claim(db, ctx.user(db), parse_member_no(a.member), facts, a.details)
    print_claim(ctx, claim)
    return 0


def run_claim_decide(ctx: Context) -> int:
    from welfare_desk.cli.claims_view import print_claim
    from welfare_desk.services.claims import decide_claim

    a = ctx.args
    with ctx.database() as db:
        claim = decide_claim(db, ctx.user(db), a.number, a.approve, a.reason, a.meeting,
                             parse_day(a.date, date.today()),
                             parse_amount(a.amount) if a.amount else None)
    print_claim(ctx, claim)
    return 0


def run_claim_pay(ctx: Context) -> int:
    from welfare_desk.services.claims import pay_claim

    a = ctx.args
    with ctx.database() as db:
        claim = pay_claim(db, ctx.user(db), a.number, parse_day(a.date, date.today()),
                          a.account, a.payee, a.payee_id)
    ctx.say(N_("Paid claim {claim} with voucher {voucher}"), claim=claim.claim_no,
            voucher=claim.voucher_no)
    return 0


def run_aid(ctx: Context) -> int:
    from welfare_desk.services.claims import aid_non_member

    a = ctx.args
    with ctx.database() as db:
        number = aid_non_member(db, ctx.user(db), a.name, a.national_id, a.village, a.reason,
                                parse_amount(a.amount), parse_day(a.date, date.today()),
                                a.account)
    ctx.say(N_("Paid with voucher {voucher}"), voucher=number)
    return 0


def run_grant(ctx: Context) -> int:
    from welfare_desk.ledger.accounts import GrantSource
    from welfare_desk.services.grants import GrantForm, record_grant

    a = ctx.args
    form = GrantForm(GrantSource(a.source), parse_amount(a.amount),
                     parse_day(a.date, date.today()), a.account, a.round, a.reference)
    with ctx.database() as db:
        number = record_grant(db, ctx.user(db), form)
    ctx.say(N_("Recorded as entry {number}"), number=number)
    return 0


def run_matching_list(ctx: Context) -> int:
    from welfare_desk.services.grants import matching_list

    with ctx.database() as db:
        result = matching_list(db, ctx.args.year)
    for c in result.eligible:
        print(f"{c.member_no}\t{ctx.date(c.joined_on)}\t{c.times_matched}")
    ctx.say(N_("{count} members are eligible for matching on {date}"),
            count=len(result.eligible), date=ctx.date(result.cutoff))
    return 0


def run_matching_mark(ctx: Context) -> int:
    from welfare_desk.services.grants import mark_matched

    numbers = [parse_member_no(x) for x in ctx.args.members.split(",") if x.strip()]
    with ctx.database() as db:
        count = mark_matched(db, ctx.user(db), ctx.args.year, numbers)
    ctx.say(N_("Marked {count} members as matched for {year}"), count=count,
            year=ctx.args.year)
    return 0


def _code_amounts(values: list[str], allow_negative: bool) -> list[tuple[str, int]]:
    from welfare_desk.ledger.money import parse_baht

    result = []
    for value in values:
        code, sep, amount = value.partition(":")
        if not sep:
            raise UserError(N_("'{text}' should be written as CODE:BAHT"), text=value)
        parsed = parse_baht(amount)
        if parsed < 0 and not allow_negative:
            raise UserError(N_("The amount must not be negative, not {text}"), text=amount)
        result.append((code.strip(), parsed))
    return result


def run_entry(ctx: Context) -> int:
    from welfare_desk.ledger.journal import Posting
    from welfare_desk.services.books import post_manual_entry

    a = ctx.args
    postings = [Posting(code, amount) for code, amount in _code_amounts(a.line, True)]
    with ctx.database() as db:
        number = post_manual_entry(db, ctx.user(db), parse_day(a.date), a.description, postings)
    ctx.say(N_("Posted entry {number}"), number=number)
    return 0


def run_transfer(ctx: Context) -> int:
    from welfare_desk.services.books import transfer

    a = ctx.args
    with ctx.database() as db:
        number = transfer(db, ctx.user(db), parse_day(a.date, date.today()), a.source,
                          a.target, parse_amount(a.amount))
    ctx.say(N_("Posted entry {number}"), number=number)
    return 0


def run_reverse(ctx: Context) -> int:
    from welfare_desk.services.books import reverse_entry

    a = ctx.args
    with ctx.database() as db:
        number = reverse_entry(db, ctx.user(db), a.number, parse_day(a.date, date.today()),
                               a.reason)
    ctx.say(N_("Posted reversal {number}"), number=number)
    return 0


def run_close(ctx: Context) -> int:
    from welfare_desk.ledger.money import parse_baht
    from welfare_desk.services import books

    a = ctx.args
    counts = [books.Count("1101", parse_baht(a.cash))]
    counts += [books.Count(code, amount) for code, amount in _code_amounts(a.bank, False)]
    with ctx.database() as db:
        user = ctx.user(db)
        if a.close_kind == "count":
            books.assert_balances(db, user, parse_day(a.as_of, date.today()), counts)
            ctx.say(N_("The counts agree with the book"))
        elif a.close_kind == "close-month":
            year, month = year_month(a.period)
            books.close_month(db, user, year, month, counts)
            ctx.say(N_("Closed {period}"), period=a.period)
        else:
            books.close_year(db, user, _year(a.period), counts)
            ctx.say(N_("Closed {period}"), period=a.period)
    return 0


def year_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in text.split("-"))
        date(year if year < 2400 else year - 543, month, 1)
    except ValueError as exc:
        raise UserError(N_("A month is written YYYY-MM, not '{text}'"), text=text) from exc
    return (year if year < 2400 else year - 543), month


def _year(text: str) -> int:
    if not text.isdigit():
        raise UserError(N_("A year is written YYYY, not '{text}'"), text=text)
    year = int(text)
    return year - 543 if year > 2400 else year


def run_reopen(ctx: Context) -> int:
    from welfare_desk.services.books import reopen_period

    with ctx.database() as db:
        reopen_period(db, ctx.user(db), parse_day(ctx.args.first_day), ctx.args.reason)
    ctx.say(N_("Reopened the period"))
    return 0
