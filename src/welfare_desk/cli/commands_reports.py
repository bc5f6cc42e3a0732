"""report NAME: the report data on screen, as CSV or as JSON."""

from __future__ import annotations

import csv
import json
import sys
from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from typing import Any

from welfare_desk.cli.columns import cell
from welfare_desk.cli.context import Context, parse_day, parse_member_no
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    report = commands.add_parser("report", help=t(N_("reports")))
    sub = report.add_subparsers(dest="what", required=True, metavar="NAME")
    p = sub.add_parser("trial-balance", help=t(N_("balance of every account")))
    p.add_argument("--as-of", default=None, metavar="DATE")
    p.add_argument("--format", choices=("csv", "json", "text"), default="text")
    p.set_defaults(handler=run_trial_balance)
    for name, help_text, handler in (
        ("receipts-payments", N_("receipts and payments for a period"), run_receipts_payments),
        ("benefits", N_("benefits paid by type (people and baht)"), run_benefits),
    ):
        p = sub.add_parser(name, help=t(help_text))
        p.add_argument("--from", dest="first", required=True, metavar="DATE")
        p.add_argument("--to", dest="last", required=True, metavar="DATE")
        p.add_argument("--format", choices=("json", "text"), default="text")
        p.set_defaults(handler=handler)
    for name, help_text, handler in (
        ("position", N_("financial position"), run_position),
        ("members", N_("members by status, category, village and age"), run_members),
        ("arrears", N_("members with missed instalments"), run_arrears),
    ):
        p = sub.add_parser(name, help=t(help_text))
        p.add_argument("--as-of", default=None, metavar="DATE")
        p.add_argument("--format", choices=("json", "text"), default="text")
        p.set_defaults(handler=handler)
    p = sub.add_parser("book", help=t(N_("the cash book or a bank book for a period")))
    p.add_argument("--account", default="1101", metavar="CODE")
    p.add_argument("--from", dest="first", required=True, metavar="DATE")
    p.add_argument("--to", dest="last", required=True, metavar="DATE")
    p.set_defaults(handler=run_book)
    p = sub.add_parser("statement", help=t(N_("a member's statement")))
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--from", dest="first", default=None, metavar="DATE")
    p.add_argument("--to", dest="last", default=None, metavar="DATE")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.set_defaults(handler=run_statement)
    p = sub.add_parser("codi", help=t(N_("the figures of CODI's fund status form")))
    p.add_argument("--year", type=int, required=True, help=t(N_("fiscal year (ending)")))
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.set_defaults(handler=run_codi)
    p = sub.add_parser("monthly", help=t(N_("the month's report for the committee")))
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.set_defaults(handler=run_monthly)


def run_trial_balance(ctx: Context) -> int:
    from welfare_desk.services.reports.trial_balance import trial_balance_of_file

    as_of = parse_day(ctx.args.as_of) if ctx.args.as_of else None
    report = trial_balance_of_file(ctx.db_path, as_of)
    if report is None:  # not plainly readable: the full open migrates or explains
        from welfare_desk.services.reports.books import trial_balance

        with ctx.database(quick_check=False) as db:
            report = trial_balance(db, as_of)
    if ctx.args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["code", "name", "balance"])
        for line in report.lines:
            writer.writerow([line.code, line.name, format_baht(line.balance, grouping=False)])
    elif ctx.args.format == "json":
        print(json.dumps({"as_of": as_of.isoformat() if as_of else None, "lines": [
            {"code": x.code, "name": x.name, "type": x.type.value,
             "balance": format_baht(x.balance, grouping=False)} for x in report.lines]},
            ensure_ascii=False, indent=1))
    else:
        for line in report.lines:
            print(f"{line.code}  {cell(line.name, 40)} {format_baht(line.balance):>16}")
        print(f"{'':6}{cell(ctx.tr(N_('Total')), 40)} {format_baht(report.total):>16}")
    return 0


def _json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=_plain))


def _plain(value: Any) -> Any:
    import dataclasses

    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, frozenset | set):
        return sorted(value)
    return str(value)


def _emit(ctx: Context, data: Any, text: Callable[[], None]) -> int:
    if ctx.args.format == "json":
        _json(data)
    else:
        text()
    return 0


def run_receipts_payments(ctx: Context) -> int:
    from welfare_desk.cli.report_text import print_receipts_payments
    from welfare_desk.services.reports.books import receipts_and_payments

    with ctx.database(quick_check=False) as db:
        report = receipts_and_payments(db, parse_day(ctx.args.first), parse_day(ctx.args.last))
    return _emit(ctx, report, lambda: print_receipts_payments(ctx, report))


def run_benefits(ctx: Context) -> int:
    from welfare_desk.cli.report_text import print_benefits
    from welfare_desk.services.reports.members import benefits_by_type

    with ctx.database(quick_check=False) as db:
        report = benefits_by_type(db, parse_day(ctx.args.first), parse_day(ctx.args.last))
    return _emit(ctx, report, lambda: print_benefits(ctx, report))


def run_position(ctx: Context) -> int:
    from welfare_desk.cli.report_text import print_position
    from welfare_desk.services.reports.books import financial_position

    with ctx.database(quick_check=False) as db:
        report = financial_position(db, parse_day(ctx.args.as_of, date.today()))
    return _emit(ctx, report, lambda: print_position(ctx, report))


def run_members(ctx: Context) -> int:
    from welfare_desk.cli.report_text import print_members
    from welfare_desk.services.reports.members import member_breakdown

    with ctx.database(quick_check=False) as db:
        report = member_breakdown(db, parse_day(ctx.args.as_of, date.today()))
    return _emit(ctx, report, lambda: print_members(ctx, report))


def run_arrears(ctx: Context) -> int:
    from welfare_desk.services.reports.members import arrears_list

    with ctx.database(quick_check=False) as db:
        lines = arrears_list(db, parse_day(ctx.args.as_of, date.today()))

    def text() -> None:
        for x in lines:
            print(f"{x.member_no}\t{x.name}\t{x.village_no}\t{x.missed_instalments}\t"
                  f"{format_baht(x.overdue)}\t{format_baht(x.due_now)}")
    return _emit(ctx, lines, text)


def run_statement(ctx: Context) -> int:
    from welfare_desk.cli.report_text import print_statement
    from welfare_desk.services.reports.members import member_statement

    a = ctx.args
    last = parse_day(a.last, date.today())
    first = parse_day(a.first, date(last.year - 1, last.month, 1))
    with ctx.database(quick_check=False) as db:
        report = member_statement(db, parse_member_no(a.member), first, last)
    return _emit(ctx, report, lambda: print_statement(ctx, report))


def run_codi(ctx: Context) -> int:
    from welfare_desk.cli.report_text import print_codi
    from welfare_desk.services.reports.codi import codi_status

    year = ctx.args.year - 543 if ctx.args.year > 2400 else ctx.args.year
    with ctx.database(quick_check=False) as db:
        report = codi_status(db, year)
    return _emit(ctx, report, lambda: print_codi(ctx, report))


def run_monthly(ctx: Context) -> int:
    from welfare_desk.cli.commands_books import year_month
    from welfare_desk.cli.report_text import print_receipts_payments
    from welfare_desk.services.reports.codi import monthly_report

    year, month = year_month(ctx.args.month)
    with ctx.database(quick_check=False) as db:
        report = monthly_report(db, year, month)
    return _emit(ctx, report, lambda: print_receipts_payments(ctx, report.receipts_payments))


def run_book(ctx: Context) -> int:
    from welfare_desk.services.reports.books import account_book

    a = ctx.args
    with ctx.database(quick_check=False) as db:
        book = account_book(db, a.account, parse_day(a.first), parse_day(a.last))
    print(f"{book.code} {book.name}")
    ctx.say(N_("Brought forward {amount}"), amount=format_baht(book.opening))
    balance = book.opening
    for line in book.lines:
        balance += line.amount
        received = format_baht(line.amount) if line.amount > 0 else ""
        paid = format_baht(-line.amount) if line.amount < 0 else ""
        print(f"{ctx.date(line.entry_date):>12}  {line.number:<15} {cell(line.description, 38)} "
              f"{received:>12} {paid:>12} {format_baht(balance):>14}")
    ctx.say(N_("Carried forward {amount}"), amount=format_baht(balance))
    return 0
