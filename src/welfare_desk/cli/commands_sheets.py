"""import members FILE.xlsx; export members --out FILE.xlsx|FILE.csv."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context, parse_day
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]
EXIT_SOME_REJECTED = 3


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    p = commands.add_parser("import", help=t(N_("bring an Excel register in")))
    sub = p.add_subparsers(dest="what", required=True, metavar="WHAT")
    q = sub.add_parser("members", help=t(N_("members from an .xlsx register")))
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true",
                   help=t(N_("check every row and report, write nothing")))
    q.add_argument("--errors", type=Path, default=None, metavar="OUT.xlsx",
                   help=t(N_("write the rejected rows and their reasons here")))
    q.add_argument("--joined", default=None, metavar="DATE",
                   help=t(N_("join date for rows without one (default today)")))
    q.set_defaults(handler=run_import_members)


def add_exports(sub: _SubParsersAction[Any], t: Tr) -> None:
    q = sub.add_parser("members", help=t(N_("the member register as .xlsx or .csv")))
    q.add_argument("--out", required=True, type=Path)
    q.add_argument("--full-ids", action="store_true",
                   help=t(N_("full national IDs (recorded in the fund's history)")))
    q.set_defaults(handler=run_export_members)
    add_report_exports(sub, t)


def add_report_exports(sub: _SubParsersAction[Any], t: Tr) -> None:
    for name, help_text in (("journal", N_("the journal, every posting")),
                            ("trial-balance", N_("balance of every account")),
                            ("arrears", N_("members in arrears")),
                            ("benefits", N_("benefits paid by type")),
                            ("dues-grid", N_("every active member's dues by month of a year"))):
        q = sub.add_parser(name, help=t(help_text))
        q.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
        q.add_argument("--as-of", default=None, metavar="DATE")
        q.add_argument("--first", default=None, metavar="DATE")
        q.add_argument("--year", type=int, default=None, help=t(N_("B.E. or C.E.")))
        q.set_defaults(handler=run_export_report, report=name)


def run_export_report(ctx: Context) -> int:
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.spreadsheets import report_sheets as sheets

    a = ctx.args
    as_of = parse_day(a.as_of, date.today())
    with ctx.database(quick_check=False) as db:
        fund = fund_profile(db).name
        if a.report == "journal":
            with db.read() as repos:
                names = {x.code: f"{x.code} {x.name_th}"
                         for x in repos.funds.accounts(repos.fund_id())}
                lines = [(r.entry_date, r.number, r.description,
                          names.get(r.account_code, r.account_code), r.amount, r.memo)
                         for r in repos.books.journal(repos.fund_id())]
            sheets.journal_sheet(a.out, ctx.t, fund, lines)
        elif a.report == "trial-balance":
            from welfare_desk.services.reports.books import trial_balance

            sheets.trial_balance_sheet(a.out, ctx.t, fund, trial_balance(db, as_of), as_of)
        elif a.report == "arrears":
            from welfare_desk.services.reports.members import arrears_list

            sheets.arrears_sheet(a.out, ctx.t, fund, arrears_list(db, as_of), as_of)
        elif a.report == "benefits":
            from welfare_desk.services.reports.members import benefits_by_type

            first = parse_day(a.first, date(as_of.year, 1, 1))
            sheets.benefits_sheet(a.out, ctx.t, fund, benefits_by_type(db, first, as_of))
        else:
            from welfare_desk.services.dues import all_arrears

            year = a.year or as_of.year
            year = year - 543 if year > 2400 else year
            end = min(date(year, 12, 31), date.today())
            with db.read() as repos:
                grids = [(r.member.member_no, r.member.full_name, r.grid)
                         for r in all_arrears(repos, repos.fund_id(), end)]
            sheets.dues_grid_sheet(a.out, ctx.t, fund, year, sorted(grids))
    ctx.say(N_("Wrote {path}"), path=str(a.out))
    return 0


def run_import_members(ctx: Context) -> int:
    from welfare_desk.services.imports import import_members
    from welfare_desk.spreadsheets.register_import import (
        candidates,
        read_register,
        write_error_report,
    )

    a = ctx.args
    sheet = read_register(a.file)
    rows = candidates(sheet, parse_day(a.joined, date.today()))
    with ctx.database() as db:
        result = import_members(db, ctx.user(db), rows, dry_run=a.dry_run)
    reasons = [(row_no, "; ".join(ctx.t.translate_error(e) for e in problems))
               for row_no, problems in result.rejected]
    for row_no, text in reasons:
        ctx.say(N_("Row {row}: {reason}"), row=row_no, reason=text)
    ctx.say(N_("{good} rows good, {bad} rejected, header on row {header}") if a.dry_run
            else N_("{good} members imported, {bad} rows rejected, header on row {header}"),
            good=len(result.accepted), bad=len(result.rejected), header=sheet.header_row)
    if a.errors and reasons:
        write_error_report(a.errors, sheet, reasons, ctx.tr(N_("Row")), ctx.tr(N_("Reason")))
        ctx.say(N_("The rejected rows are in {path}"), path=str(a.errors))
    return 0 if result.all_good else EXIT_SOME_REJECTED


def run_export_members(ctx: Context) -> int:
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.spreadsheets.register_export import write_register

    a = ctx.args
    with ctx.database(quick_check=False) as db:
        with db.read() as repos:
            members = repos.members.all(repos.fund_id())
        fund = fund_profile(db)
        if a.full_ids:
            from welfare_desk.services.audit import record_full_id_export

            record_full_id_export(db, ctx.user(db), str(a.out), len(members))
    count = write_register(a.out, fund, members, ctx.t, full_ids=a.full_ids)
    ctx.say(N_("Wrote {count} members to {path}"), count=count, path=str(a.out))
    return 0
