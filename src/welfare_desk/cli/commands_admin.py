"""init, demo, summary, users and villages, check, backup, restore, export ledger."""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from collections.abc import Callable
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context, parse_day
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]


def register(commands: _SubParsersAction[Any], t: Tr) -> None:
    p = commands.add_parser("init", help=t(N_("create a fund in a new database")))
    p.add_argument("--name", required=True, help=t(N_("the fund's name")))
    p.add_argument("--code", required=True, help=t(N_("the fund's CODI code")))
    p.add_argument("--tambon", required=True)
    p.add_argument("--amphoe", required=True)
    p.add_argument("--province", required=True)
    p.add_argument("--fiscal-year-start", default="10-01", metavar="MM-DD",
                   help=t(N_("first day of the fiscal year (default 10-01)")))
    p.add_argument("--village", action="append", default=[], metavar="NO:NAME",
                   help=t(N_("a village of the tambon, e.g. 1:บ้านหนองบัว (repeatable)")))
    p.add_argument("--bank", action="append", default=[], metavar="BANK:ACCOUNT",
                   help=t(N_("a bank account, e.g. ธ.ก.ส.:020-1-23456-7 (repeatable)")))
    p.add_argument("--first-user", default="treasurer", metavar="NAME")
    p.set_defaults(handler=run_init)

    p = commands.add_parser("demo", help=t(N_("create a realistic demo fund")))
    p.add_argument("--members", type=int, default=500)
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--until", default=None, metavar="DATE",
                   help=t(N_("last day of the demo's history (default today)")))
    p.set_defaults(handler=run_demo)

    p = commands.add_parser("summary", help=t(N_("a short summary of the fund")))
    p.set_defaults(handler=run_summary)

    p = commands.add_parser("check", help=t(N_("verify the database, its history and the books")))
    p.set_defaults(handler=run_check)

    p = commands.add_parser("backup", help=t(N_("copy the database to a folder, verified")))
    p.add_argument("--to", required=True, metavar="DIR")
    p.set_defaults(handler=run_backup)

    p = commands.add_parser("restore", help=t(N_("replace the database with a backup")))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_restore)

    p = commands.add_parser("export", help=t(N_("export data")))
    sub = p.add_subparsers(dest="what", required=True, metavar="WHAT")
    q = sub.add_parser("ledger", help=t(N_("the whole book as an hledger/ledger journal")))
    q.add_argument("--out", required=True, metavar="FILE")
    q.set_defaults(handler=run_export_ledger)
    from welfare_desk.cli.commands_export import add_exports

    add_exports(sub, t)

    p = commands.add_parser("user", help=t(N_("users of the app")))
    sub = p.add_subparsers(dest="what", required=True, metavar="WHAT")
    q = sub.add_parser("add", help=t(N_("add a user")))
    q.add_argument("username")
    q.add_argument("--name", default="", help=t(N_("the name shown")))
    q.add_argument("--role", choices=("treasurer", "committee", "auditor"), required=True)
    q.add_argument("--password", default=None)
    q.set_defaults(handler=run_user_add)
    q = sub.add_parser("list", help=t(N_("list users")))
    q.set_defaults(handler=run_user_list)

    p = commands.add_parser("plan", help=t(N_("add or change a dues plan")))
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--months", type=int, required=True,
                   help=t(N_("months one instalment covers (1, 2, 3, 4, 6 or 12)")))
    p.add_argument("--amount", required=True, metavar="BAHT")
    p.set_defaults(handler=run_plan)

    p = commands.add_parser("regulation", help=t(N_("the benefit regulation in force")))
    p.add_argument("--on", default=None, metavar="DATE")
    p.set_defaults(handler=run_regulation)

    p = commands.add_parser("village", help=t(N_("set a village's name")))
    p.add_argument("moo", type=int)
    p.add_argument("name")
    p.set_defaults(handler=run_village)


def _pairs(values: list[str], what: str) -> list[tuple[str, str]]:
    result = []
    for value in values:
        left, sep, right = value.partition(":")
        if not sep or not left.strip() or not right.strip():
            raise UserError(N_("'{text}' should be written as {what}"), text=value, what=what)
        result.append((left.strip(), right.strip()))
    return result


def run_init(ctx: Context) -> int:
    from welfare_desk.ledger.fund import parse_fiscal_year_start
    from welfare_desk.services.funds import NewFund, create_fund

    a: Namespace = ctx.args
    villages = []
    for moo, name in _pairs(a.village, "NO:NAME"):
        if not moo.isdigit():
            raise UserError(N_("'{text}' is not a village number"), text=moo)
        villages.append((int(moo), name))
    new = NewFund(name=a.name, code=a.code, tambon=a.tambon, amphoe=a.amphoe,
                  province=a.province, fiscal_year_start=parse_fiscal_year_start(
                      a.fiscal_year_start),
                  villages=tuple(villages), bank_accounts=tuple(_pairs(a.bank, "BANK:ACCOUNT")),
                  first_user=a.first_user)
    if ctx.db_path.exists():
        raise UserError(N_("{path} already exists; choose another file"), path=str(ctx.db_path))
    with ctx.database(create=True) as db:
        create_fund(db, new)
    ctx.say(N_("Created the fund {name} in {path}"), name=a.name, path=str(ctx.db_path))
    return 0


def run_demo(ctx: Context) -> int:
    from welfare_desk.services.demo import DemoOptions, create_demo_fund

    a = ctx.args
    if a.members < 1 or a.years < 1:
        raise UserError(N_("A demo fund needs at least one member and one year"))
    if ctx.db_path.exists():
        raise UserError(N_("{path} already exists; choose another file"), path=str(ctx.db_path))
    with ctx.database(create=True) as db:
        stats = create_demo_fund(db, DemoOptions(
            members=a.members, years=a.years, seed=a.seed,
            until=parse_day(a.until) if a.until else None))
    ctx.say(N_("Created a demo fund with {members} members and {events} events in {path}"),
            members=stats.members, events=stats.events, path=str(ctx.db_path))
    return 0


def run_summary(ctx: Context) -> int:
    from welfare_desk.cli.summary import print_summary

    with ctx.database() as db:
        print_summary(ctx, db)
    return 0


def run_check(ctx: Context) -> int:
    from welfare_desk.services.check import check_database

    with ctx.database() as db:
        report = check_database(db)
    for section in report.sections:
        mark = "✓" if section.ok else "✗"
        print(f"{mark} {ctx.tr(section.title)}")
        for finding in section.problems:
            print(f"    {finding.check}: {finding.detail}")
    if report.ok:
        ctx.say(N_("Everything verifies ({events} events)."), events=report.events)
        return 0
    ctx.say(N_("Problems were found. Keep this output and restore a backup or ask for help."))
    return 1


def run_backup(ctx: Context) -> int:
    from welfare_desk.services.backups import back_up

    with ctx.database() as db:
        info = back_up(db, Path(ctx.args.to))
    ctx.say(N_("Backup written and verified: {path} ({events} events)"),
            path=str(info.path), events=info.events)
    return 0


def run_restore(ctx: Context) -> int:
    from welfare_desk.services.backups import restore

    with ctx.database() as db:
        safety, restored = restore(db, Path(ctx.args.file), db.path.parent / "backups")
    ctx.say(N_("Restored {path} ({events} events). The data replaced is kept in {safety}"),
            path=str(restored.path), events=restored.events, safety=str(safety.path))
    return 0


def run_export_ledger(ctx: Context) -> int:
    from welfare_desk.services.export_ledger import export_ledger

    with ctx.database(quick_check=False) as db:
        count = export_ledger(db, Path(ctx.args.out))
    ctx.say(N_("Wrote {count} entries to {path}"), count=count, path=ctx.args.out)
    return 0


def run_user_add(ctx: Context) -> int:
    from welfare_desk.ledger.fund import Role
    from welfare_desk.services.funds import add_user

    a = ctx.args
    with ctx.database() as db:
        user = add_user(db, ctx.user(db), a.username, a.name, Role(a.role), a.password)
    ctx.say(N_("Added user {name}"), name=user.username)
    return 0


def run_user_list(ctx: Context) -> int:
    with ctx.database() as db, db.read() as repos:
        for user in repos.funds.users(repos.fund_id()):
            print(f"{user.username}\t{user.display_name}\t{user.role.value}")
    return 0


def run_village(ctx: Context) -> int:
    from welfare_desk.services.funds import set_village

    with ctx.database() as db:
        set_village(db, ctx.user(db), ctx.args.moo, ctx.args.name)
    ctx.say(N_("Saved village {moo}"), moo=ctx.args.moo)
    return 0




def run_plan(ctx: Context) -> int:
    from welfare_desk.cli.context import parse_amount
    from welfare_desk.ledger.dues import DuesPlan
    from welfare_desk.services.funds import set_dues_plan

    a = ctx.args
    plan = DuesPlan(a.code.strip(), a.name.strip(), a.months, parse_amount(a.amount))
    with ctx.database() as db:
        set_dues_plan(db, ctx.user(db), plan)
    ctx.say(N_("Saved dues plan {code}"), code=plan.code)
    return 0


def run_regulation(ctx: Context) -> int:
    from datetime import date

    from welfare_desk.ledger.money import format_baht
    from welfare_desk.services.regulation import current_regulation

    on = parse_day(ctx.args.on, date.today())
    with ctx.database(quick_check=False) as db:
        regulation = current_regulation(db)
    for benefit in regulation.benefit_types:
        rule = regulation.rule_in_force(benefit.code, on)
        if rule is None:
            continue
        amendment = f" ({rule.amendment})" if rule.amendment else ""
        caps = [f"{ctx.tr(label)} {format_baht(value)}" for label, value in (
            (N_("cap per event"), rule.cap_per_event), (N_("cap per year"), rule.cap_per_year),
            (N_("cap per lifetime"), rule.cap_lifetime)) if value]
        print(f"{rule.clause}{amendment}  {benefit.name_th} [{benefit.code}] "
              f"v{rule.version} {ctx.date(rule.effective_from)}")
        ctx.say(N_("  waiting period {days} days"), days=rule.waiting_days)
        if caps:
            print("  " + ", ".join(caps))
    return 0
