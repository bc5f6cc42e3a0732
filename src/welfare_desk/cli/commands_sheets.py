"""import members FILE.xlsx; import dues FILE.xlsx (the exports: commands_export)."""

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
    _common(q, t)
    q.add_argument("--joined", default=None, metavar="DATE",
                   help=t(N_("join date for rows without one (default today)")))
    q.set_defaults(handler=run_import_members)
    q = sub.add_parser("dues", help=t(N_("dues history from an .xlsx sheet of members by "
                                         "month")),
                       description=t(N_("One receipt for each month paid, dated the first "
                                        "day of that month (or the day the member joined, "
                                        "if later that month) unless --date is given. "
                                        "Months already paid, still to come or in closed "
                                        "periods are reported and left out.")))
    _common(q, t)
    q.add_argument("--date", default=None, metavar="DATE",
                   help=t(N_("date every receipt on this day instead")))
    q.add_argument("--account", default="1101", metavar="CODE",
                   help=t(N_("the cash or bank account the money went to (default 1101, "
                             "cash)")))
    q.set_defaults(handler=run_import_dues)


def _common(q: Any, t: Tr) -> None:
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true",
                   help=t(N_("check every row and report, write nothing")))
    q.add_argument("--errors", type=Path, default=None, metavar="OUT.xlsx",
                   help=t(N_("write the rejected rows and their reasons here")))


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


def run_import_dues(ctx: Context) -> int:
    from welfare_desk.services.dues_import import import_dues
    from welfare_desk.services.funds import fund_profile
    from welfare_desk.spreadsheets.dues_import import (
        dues_rows,
        read_dues_sheet,
        write_dues_error_report,
    )

    a = ctx.args
    paid_on = parse_day(a.date) if a.date else None
    with ctx.database() as db:
        sheet = read_dues_sheet(a.file, fund_profile(db).fiscal_year_start[0])
        result = import_dues(db, ctx.user(db), dues_rows(sheet), dry_run=a.dry_run,
                             paid_on=paid_on, money_account=a.account)
    reasons = _reasons(ctx, sheet, result.rejected)
    for row_no, text in reasons:
        ctx.say(N_("Row {row}: {reason}"), row=row_no, reason=text)
    _summary(ctx, result, sheet.header_row)
    if a.errors and reasons:
        write_dues_error_report(a.errors, sheet, reasons, result.settled_cells(),
                                ctx.tr(N_("Row")), ctx.tr(N_("Reason")), ctx.lang)
        ctx.say(N_("The rejected rows are in {path}"), path=str(a.errors))
    return 0 if result.all_good else EXIT_SOME_REJECTED


def _reasons(ctx: Context, sheet: Any, rejected: list[tuple[int, Any]]) -> list[tuple[int, str]]:
    """One line a row: each problem with its cell and month ("D7 (ต.ค. 2566): ...")."""
    from welfare_desk.spreadsheets.dues_import import cell_heading

    by_row: dict[int, list[str]] = {}
    for row_no, problem in rejected:
        text = ctx.t.translate_error(problem.error)
        if problem.cell is not None:
            text = f"{problem.cell} ({cell_heading(sheet, problem.cell, ctx.lang)}): {text}"
        by_row.setdefault(row_no, []).append(text)
    return [(row_no, "; ".join(texts)) for row_no, texts in by_row.items()]


def _summary(ctx: Context, result: Any, header: int) -> None:
    from welfare_desk.ledger.fund import receipt_label

    receipts = [p.receipt for p in result.accepted if p.receipt is not None]
    params = {"months": len(result.accepted), "members": result.members,
              "amount": ctx.baht(result.total), "bad": len(result.rejected), "header": header,
              "paid": result.already_paid}
    if result.dry_run:
        ctx.say(N_("{months} paid months of {members} members ({amount} baht) can go in; "
                   "{bad} problems ({paid} of them months the fund has already); header on row "
                   "{header}"), **params)
    elif receipts:
        ctx.say(N_("{months} paid months of {members} members ({amount} baht) imported as "
                   "receipts {first} to {last}; {bad} problems ({paid} of them months the fund had "
                   "already); header on row {header}"),
                first=receipt_label(*min(receipts)), last=receipt_label(*max(receipts)),
                **params)
    else:
        ctx.say(N_("Nothing imported; {bad} problems ({paid} of them months the fund has "
                   "already); header on row {header}"), **params)
