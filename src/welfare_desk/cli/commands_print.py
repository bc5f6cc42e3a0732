"""print cards / receipt / statement / monthly: the fund's paper as PDF files."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context, parse_book_number, parse_member_no
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    printing = commands.add_parser("print", help=t(N_("the fund's paper as PDF")))
    sub = printing.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = sub.add_parser("cards", help=t(N_("member cards, ten to an A4 sheet")))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--members", metavar="NO,NO,...")
    which.add_argument("--all", action="store_true", help=t(N_("every active member")))
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_cards)

    p = sub.add_parser("receipt", help=t(N_("receipts: original and copy")))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--number", action="append", metavar="BOOK/NO")
    which.add_argument("--month", metavar="YYYY-MM", help=t(N_("every receipt of a month")))
    p.add_argument("--reprint", action="store_true", help=t(N_("mark both halves as copies")))
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_receipt)

    p = sub.add_parser("voucher", help=t(N_("a payment voucher")))
    p.add_argument("--number", required=True, metavar="PV...")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_voucher)

    p = sub.add_parser("claim", help=t(N_("a claim form, filled in for signatures")))
    p.add_argument("--number", required=True, metavar="C...")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_claim)

    p = sub.add_parser("statement", help=t(N_("a member's statement")))
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--year", type=int, default=None, help=t(N_("a calendar year (B.E. or C.E.)")))
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_statement)

    p = sub.add_parser("monthly", help=t(N_("the month's report for the committee")))
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_monthly)

    for name, help_text, handler in (
            ("codi", N_("the figures of CODI's fund status form"), run_codi),
            ("year-end", N_("the year's report for the annual general assembly"),
             run_year_end)):
        p = sub.add_parser(name, help=t(help_text))
        p.add_argument("--year", required=True, type=int,
                       help=t(N_("the fiscal year, by the year it ends in (B.E. or C.E.)")))
        p.add_argument("--out", required=True, type=Path)
        p.set_defaults(handler=handler)

    p = sub.add_parser("arrears", help=t(N_("members in arrears")))
    p.add_argument("--as-of", default=None, metavar="DATE")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_arrears)


def _done(ctx: Context, path: Path) -> int:
    ctx.say(N_("Wrote {path}"), path=str(path))
    return 0


def run_cards(ctx: Context) -> int:
    from welfare_desk.printing.cards import write_cards
    from welfare_desk.services.paper import cards_for_paper

    a = ctx.args
    numbers = None if a.all else [parse_member_no(x) for x in a.members.split(",") if x.strip()]
    with ctx.database(quick_check=False) as db:
        fund, cards = cards_for_paper(db, numbers)
    write_cards(a.out, fund, cards, ctx.t)
    return _done(ctx, a.out)


def run_receipt(ctx: Context) -> int:
    from welfare_desk.db.sqlite_reader import NotQuicklyReadable
    from welfare_desk.db.sqlite_reader import receipts_for_paper as quick_receipts
    from welfare_desk.printing.receipts import write_receipts

    a = ctx.args
    try:  # receipts by number: sqlite3 alone, within half a second (no SQLAlchemy)
        if a.month:
            raise NotQuicklyReadable("a month")
        fund, papers = quick_receipts(ctx.db_path, [parse_book_number(n) for n in a.number])
    except NotQuicklyReadable:
        from welfare_desk.cli.commands_books import year_month
        from welfare_desk.ledger.periods import month_bounds
        from welfare_desk.services.paper import receipts_for_paper

        with ctx.database(quick_check=False) as db:
            if a.month:
                first, last = month_bounds(*year_month(a.month))
                fund, papers = receipts_for_paper(db, first=first, last=last)
            else:
                fund, papers = receipts_for_paper(db, [parse_book_number(n) for n in a.number])
    write_receipts(a.out, fund, papers, ctx.t, reprint=a.reprint)
    return _done(ctx, a.out)


def run_voucher(ctx: Context) -> int:
    from welfare_desk.printing.voucher import write_voucher
    from welfare_desk.services.paper import voucher_for_paper

    a = ctx.args
    with ctx.database(quick_check=False) as db:
        fund, paper = voucher_for_paper(db, a.number.strip())
    write_voucher(a.out, fund, paper, ctx.t)
    return _done(ctx, a.out)


def run_claim(ctx: Context) -> int:
    from welfare_desk.printing.claim_form import write_claim_form
    from welfare_desk.services.paper import claim_for_paper

    a = ctx.args
    with ctx.database(quick_check=False) as db:
        fund, paper = claim_for_paper(db, a.number.strip())
    write_claim_form(a.out, fund, paper, ctx.t)
    return _done(ctx, a.out)


def run_statement(ctx: Context) -> int:
    from welfare_desk.printing.statement import write_statement
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.services.reports.members import member_statement

    a = ctx.args
    no = parse_member_no(a.member)
    with ctx.database(quick_check=False) as db:
        with db.read() as repos:
            member = repos.members.by_no(repos.fund_id(), no)
        joined = member.joined_on if member else date.today()
        if a.year:
            year = a.year - 543 if a.year > 2400 else a.year
            first, last = max(date(year, 1, 1), joined), min(date(year, 12, 31), date.today())
        else:
            first, last = joined, date.today()
        statement = member_statement(db, no, first, last)
        fund = fund_profile(db)
    write_statement(a.out, fund, statement, ctx.t)
    return _done(ctx, a.out)


def run_monthly(ctx: Context) -> int:
    from welfare_desk.cli.commands_books import year_month
    from welfare_desk.printing.monthly import write_monthly
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.services.reports.codi import monthly_report

    a = ctx.args
    year, month = year_month(a.month)
    with ctx.database(quick_check=False) as db:
        report = monthly_report(db, year, month)
        fund = fund_profile(db)
    write_monthly(a.out, fund, report, ctx.t)
    return _done(ctx, a.out)


def _fiscal_year(year: int) -> int:
    return year - 543 if year > 2400 else year


def run_codi(ctx: Context) -> int:
    from welfare_desk.printing.codi import write_codi_status
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.services.reports.codi import codi_status

    a = ctx.args
    with ctx.database(quick_check=False) as db:
        status = codi_status(db, _fiscal_year(a.year))
        fund = fund_profile(db)
        with db.read() as repos:
            villages = {v.moo: v.name for v in repos.funds.villages(repos.fund_id())}
    write_codi_status(a.out, fund, status, villages, ctx.t)
    return _done(ctx, a.out)


def run_year_end(ctx: Context) -> int:
    from welfare_desk.printing.codi import write_year_end
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.services.reports.codi import codi_status

    a = ctx.args
    with ctx.database(quick_check=False) as db:
        status = codi_status(db, _fiscal_year(a.year))
        fund = fund_profile(db)
        with db.read() as repos:
            movements = repos.reports.member_movements(repos.fund_id(), status.first,
                                                       status.last)
    write_year_end(a.out, fund, status, movements, ctx.t)
    return _done(ctx, a.out)


def run_arrears(ctx: Context) -> int:
    from welfare_desk.cli.context import parse_day
    from welfare_desk.printing.codi import write_arrears
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.services.reports.members import arrears_list

    a = ctx.args
    as_of = parse_day(a.as_of, date.today())
    with ctx.database(quick_check=False) as db:
        lines = arrears_list(db, as_of)
        fund = fund_profile(db)
    write_arrears(a.out, fund, lines, ctx.date(as_of), ctx.t)
    return _done(ctx, a.out)
