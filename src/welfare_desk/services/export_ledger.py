"""The whole book as a plain-text hledger / ledger-cli journal, for checking with
stock tools. Each account is "<type>:<code> <Thai name>", so the code is a word
of its own that any tool can match against the trial balance."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import TextIO

from welfare_desk.db.database import Database
from welfare_desk.db.repos.books import JournalRow
from welfare_desk.ledger.accounts import LEDGER_ROOTS, Account
from welfare_desk.ledger.money import format_baht

_UNSAFE = re.compile(r"[;|:\t]|\s{2,}")


def ledger_account_name(account: Account) -> str:
    name = _UNSAFE.sub(" ", account.name_th).strip()
    return f"{LEDGER_ROOTS[account.type]}:{account.code} {name}"


def _clean(text: str) -> str:
    return _UNSAFE.sub(" ", text).strip()


def export_ledger(db: Database, out: Path) -> int:
    """Writes the journal; returns the number of entries written."""
    tmp = out.with_name(out.name + ".partial")
    with db.read() as repos, tmp.open("w", encoding="utf-8", newline="\n") as fh:
        fund_id = repos.fund_id()
        fund = repos.funds.profile(fund_id)
        chart = {a.code: a for a in repos.funds.accounts(fund_id)}
        fh.write(f"; {fund.name} ({fund.code}) — Welfare Desk, {date.today().isoformat()}\n")
        fh.write("; amounts in baht; account = type:code name\n\n")
        for account in chart.values():
            fh.write(f"account {ledger_account_name(account)}\n")
        fh.write("\n")
        count = _write_entries(fh, repos.books.journal(fund_id),
                               {c: ledger_account_name(a) for c, a in chart.items()})
    tmp.replace(out)
    return count


def _write_entries(fh: TextIO, rows: Iterator[JournalRow], names: dict[str, str]) -> int:
    count = 0
    for _entry_id, lines in groupby(rows, key=lambda r: r.entry_id):
        lines_list = list(lines)
        first = lines_list[0]
        parts = [f"{first.entry_date.isoformat()} * ({first.number}) {_clean(first.description)}\n"]
        for line in lines_list:
            memo = f"  ; {_clean(line.memo)}" if line.memo else ""
            parts.append(f"    {names[line.account_code]}  "
                         f"{format_baht(line.amount, grouping=False)}{memo}\n")
        parts.append("\n")
        fh.write("".join(parts))
        count += 1
    return count
