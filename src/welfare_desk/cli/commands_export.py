"""export members|report NAME|journal|trial-balance|arrears|benefits|dues-grid: the
registers and reports as spreadsheets."""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context, parse_day
from welfare_desk.cli.periods import PERIOD_HELP, Period, parse_period, this_fiscal_year
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.periods import month_bounds
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]
REPORTS = ("members", "dues-grid", "journal", "trial-balance", "monthly", "arrears",
           "benefits")


def add_exports(sub: _SubParsersAction[Any], t: Tr) -> None:
    q = sub.add_parser("members", help=t(N_("the member register as .xlsx or .csv")))
    q.add_argument("--out", required=True, type=Path)
    q.add_argument("--full-ids", action="store_true",
                   help=t(N_("full national IDs (recorded in the fund's history)")))
    q.set_defaults(handler=run_export_members)
    q = sub.add_parser("report", help=t(N_("a register or report as .xlsx")),
                       description=t(N_("Without --period: the member register as it is "
                                        "today, the journal whole, the trial balance and "
                                        "arrears as of today, the monthly report for this "
                                        "month, benefits and the dues grid for this fiscal "
                                        "year.")))
    q.add_argument("name", choices=REPORTS, metavar="NAME", help=", ".join(REPORTS))
    q.add_argument("--period", default=None, metavar="PERIOD", help=t(PERIOD_HELP))
    q.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    q.add_argument("--full-ids", action="store_true",
                   help=t(N_("members only: full national IDs (recorded in the fund's "
                             "history)")))
    q.set_defaults(handler=run_export_named)
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
    """The older spelling: export journal|... with --as-of, --first, --year."""
    a = ctx.args
    as_of = parse_day(a.as_of, date.today())
    period: Period | None = Period("day", as_of, as_of)
    if a.report == "journal":
        period = None
    elif a.report == "benefits":
        period = Period("range", parse_day(a.first, date(as_of.year, 1, 1)), as_of)
    elif a.report == "dues-grid":
        year = a.year or as_of.year
        year = year - 543 if year > 2400 else year
        period = Period("year", date(year, 1, 1), date(year, 12, 31))
    return _export(ctx, a.report, period, a.out)


def run_export_named(ctx: Context) -> int:
    a = ctx.args
    if a.name == "members":
        if a.period is not None:
            raise UserError(N_("The member register is exported as it is today; "
                               "leave out --period"))
        return run_export_members(ctx)
    if a.full_ids:
        raise UserError(N_("--full-ids is only for the member register"))
    if a.out.suffix.lower() != ".xlsx":
        raise UserError(N_("Reports are written as .xlsx; name the file like {name}"),
                        name=a.out.with_suffix(".xlsx").name)
    return _export(ctx, a.name, None, a.out, a.period)


def _default_period(name: str, today: date, fiscal_start: tuple[int, int]) -> Period | None:
    if name == "journal":
        return None
    if name == "monthly":
        return Period("month", *month_bounds(today.year, today.month))
    if name in ("benefits", "dues-grid"):
        return this_fiscal_year(today, fiscal_start)
    return Period("day", today, today)


def _export(ctx: Context, name: str, period: Period | None, out: Path,
            period_text: str | None = None) -> int:
    from welfare_desk.services.funds import fund_profile

    with ctx.database(quick_check=False) as db:
        fund = fund_profile(db)
        if period_text is not None:
            period = parse_period(period_text, fund.fiscal_year_start)
        elif period is None:
            period = _default_period(name, date.today(), fund.fiscal_year_start)
        WRITERS[name](db, ctx, fund.name, period, out)
    ctx.say(N_("Wrote {path}"), path=str(out))
    return 0


def _journal(db: Any, ctx: Context, fund: str, period: Period | None, out: Path) -> None:
    from welfare_desk.spreadsheets.report_sheets import journal_sheet

    with db.read() as repos:
        names = {x.code: f"{x.code} {x.name_th}" for x in repos.funds.accounts(repos.fund_id())}
        lines = [(r.entry_date, r.number, r.description,
                  names.get(r.account_code, r.account_code), r.amount, r.memo)
                 for r in repos.books.journal(repos.fund_id())
                 if period is None or period.first <= r.entry_date <= period.last]
    journal_sheet(out, ctx.t, fund, lines, period.label(ctx.t) if period else "")


def _trial_balance(db: Any, ctx: Context, fund: str, period: Period, out: Path) -> None:
    from welfare_desk.services.reports.books import trial_balance
    from welfare_desk.spreadsheets.report_sheets import trial_balance_sheet

    trial_balance_sheet(out, ctx.t, fund, trial_balance(db, period.last), period.last)


def _arrears(db: Any, ctx: Context, fund: str, period: Period, out: Path) -> None:
    from welfare_desk.services.reports.members import arrears_list
    from welfare_desk.spreadsheets.report_sheets import arrears_sheet

    as_of = min(period.last, date.today())
    arrears_sheet(out, ctx.t, fund, arrears_list(db, as_of), as_of)


def _benefits(db: Any, ctx: Context, fund: str, period: Period, out: Path) -> None:
    from welfare_desk.services.reports.members import benefits_by_type
    from welfare_desk.spreadsheets.report_sheets import benefits_sheet

    benefits_sheet(out, ctx.t, fund, benefits_by_type(db, period.first, period.last))


def _dues_grid(db: Any, ctx: Context, fund: str, period: Period, out: Path) -> None:
    from welfare_desk.services.dues import all_arrears
    from welfare_desk.spreadsheets.report_sheets import dues_grid_sheet

    with db.read() as repos:
        grids = [(r.member.member_no, r.member.full_name, r.grid)
                 for r in all_arrears(repos, repos.fund_id(), min(period.last, date.today()))]
    dues_grid_sheet(out, ctx.t, fund, period.months(), period.label(ctx.t), sorted(grids))


def _monthly(db: Any, ctx: Context, fund: str, period: Period, out: Path) -> None:
    from welfare_desk.services.reports.codi import monthly_report
    from welfare_desk.spreadsheets.monthly_sheet import monthly_sheet

    if period.kind != "month":
        raise UserError(N_("The monthly report is for one month: --period 2569-10"))
    monthly_sheet(out, ctx.t, fund, monthly_report(db, period.first.year, period.first.month))


WRITERS: dict[str, Callable[..., None]] = {
    "journal": _journal, "trial-balance": _trial_balance, "arrears": _arrears,
    "benefits": _benefits, "dues-grid": _dues_grid, "monthly": _monthly,
}


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
