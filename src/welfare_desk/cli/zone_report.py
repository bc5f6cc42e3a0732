"""zone report [--year Y] [--format text|csv|xlsx|pdf] [--out FILE]."""

from __future__ import annotations

import csv
import sys
from argparse import _SubParsersAction
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from welfare_desk.cli.context import Context
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

Tr = Callable[..., str]
FISCAL_YEAR_START = (10, 1)  # the funds' fiscal year (CODI's), 1 October


def add_report_command(sub: _SubParsersAction[Any], t: Tr) -> None:
    q = sub.add_parser("report", help=t(N_("each fund and the whole zone, with warning signs")))
    q.add_argument("--year", type=int, default=None,
                   help=t(N_("fiscal year, B.E. or C.E. (default: the current one)")))
    q.add_argument("--format", choices=("text", "csv", "xlsx", "pdf"), default=None,
                   help=t(N_("default: from the file name, else text")))
    q.add_argument("--out", type=Path, default=None, metavar="FILE")
    q.set_defaults(handler=run_report)


def _fiscal_year(year: int | None, today: date) -> tuple[date, date]:
    from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of

    if year is None:
        year = fiscal_year_of(today, FISCAL_YEAR_START)
    elif year > 2400:
        year -= 543
    return fiscal_year_bounds(year, FISCAL_YEAR_START)


def run_report(ctx: Context) -> int:
    from welfare_desk.cli.commands_zone import zone_store
    from welfare_desk.ledger.thai_id import mask_national_id
    from welfare_desk.services.zone_report import report_tables, zone_report

    a = ctx.args
    fmt = a.format or (a.out.suffix.lstrip(".").lower() if a.out else "text")
    if fmt not in ("text", "csv", "xlsx", "pdf"):
        raise UserError(N_("Say --format csv, xlsx or pdf (the file name ends in .{ext})"),
                        ext=fmt)
    if fmt in ("xlsx", "pdf") and a.out is None:
        raise UserError(N_("An .{ext} report needs --out FILE"), ext=fmt)
    first, last = _fiscal_year(a.year, date.today())
    with zone_store(ctx) as (store, _home):
        report = zone_report(store, first, last)
    tables = report_tables(report, ctx.tr, mask_national_id)
    title = [ctx.tr(N_("Zone report: {zone}"), zone=report.zone_name),
             ctx.tr(N_("{first} to {last}"), first=ctx.date(first), last=ctx.date(last))]
    if fmt == "xlsx":
        from welfare_desk.spreadsheets.zone_sheets import write_zone_workbook

        write_zone_workbook(a.out, ctx.t, title, tables)
    elif fmt == "pdf":
        from welfare_desk.printing.zone_report import write_zone_report

        write_zone_report(a.out, ctx.t, title, tables)
    else:
        _write_text_or_csv(ctx, fmt, a.out, title, tables)
    if a.out is not None:
        ctx.say(N_("Written to {path}"), path=str(a.out))
    return 0


def _write_text_or_csv(ctx: Context, fmt: str, out: Path | None, title: list[str],
                       tables: tuple[Any, ...]) -> None:
    from welfare_desk.printing.zone_report import cell_text

    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"  # Excel reads Thai CSV with a BOM
    with ExitStack() as stack:
        stream = (stack.enter_context(open(out, "w", encoding=encoding, newline=""))
                  if out else sys.stdout)
        writer = csv.writer(stream)
        if fmt == "text":
            print("\n".join(title), file=stream)
        for table in tables if fmt == "text" else tables[:1]:
            heads = [ctx.tr(h) for h, _ in table.columns]
            rows = [[cell_text(v, kind, ctx.lang) if fmt == "text" else _csv_value(v, kind)
                     for v, (_, kind) in zip(row, table.columns, strict=True)]
                    for row in table.rows]
            if fmt == "csv":
                writer.writerows([heads, *rows])
                continue
            print(f"\n{ctx.tr(table.title)}", file=stream)
            print(" | ".join(heads), file=stream)
            for row in rows:
                print(" | ".join(row), file=stream)


def _csv_value(value: object, kind: str) -> object:
    if kind == "money" and isinstance(value, int):
        return f"{value / 100:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value
