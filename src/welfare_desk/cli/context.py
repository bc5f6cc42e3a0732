"""What every command needs: the chosen language, the database, the acting user."""

from __future__ import annotations

import getpass
import os
import sys
from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from welfare_desk.i18n.catalog import Translator, get_translator
from welfare_desk.i18n.dates import format_date, parse_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import format_baht, parse_positive_baht
from welfare_desk.ledger.text import N_
from welfare_desk.services.locations import default_db_path


class Context:
    def __init__(self, args: Namespace) -> None:
        self.args = args
        self.lang: str = args.lang
        self.t: Translator = get_translator(args.lang)
        self.db_path: Path = Path(args.db) if args.db else default_db_path()

    def tr(self, message: str, /, **params: Any) -> str:
        return self.t.tr(message, **params)

    def say(self, message: str, /, **params: Any) -> None:
        print(self.tr(message, **params))

    def date(self, d: date | None) -> str:
        return format_date(d, "short", self.lang) if d else "-"

    def baht(self, amount: int) -> str:
        return format_baht(amount)

    @contextmanager
    def database(self, create: bool = False, quick_check: bool = True) -> Iterator[Any]:
        from welfare_desk.db.database import Database

        db = Database.open(self.db_path, create=create, quick_check=quick_check)
        try:
            if db.migration_backup is not None:
                self.say(N_("The database was upgraded; a copy of the old one is at {path}"),
                         path=str(db.migration_backup.path))
            yield db
        finally:
            db.close()

    def user(self, db: Any) -> Any:
        """The acting user: --user, or $WELFARE_DESK_USER, or the fund's first treasurer."""
        from welfare_desk.services.funds import authenticate

        name = self.args.user or os.environ.get("WELFARE_DESK_USER")
        if not name:
            with db.read() as repos:
                users = repos.funds.users(repos.fund_id())
            name = next((u.username for u in users if u.role.value == "treasurer"),
                        users[0].username)
        password = os.environ.get("WELFARE_DESK_PASSWORD")
        try:
            return authenticate(db, name, password)
        except UserError:
            if password is None and sys.stdin.isatty():
                return authenticate(db, name, getpass.getpass(self.tr(N_("Password: "))))
            raise


def parse_day(text: str | None, default: date | None = None) -> date:
    if text is None:
        if default is None:
            raise UserError(N_("A date is needed"))
        return default
    return parse_date(text)


def parse_amount(text: str) -> int:
    return parse_positive_baht(text)


def parse_member_no(text: str) -> int:
    digits = text.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    if not digits.isdigit() or int(digits) <= 0:
        raise UserError(N_("'{text}' is not a member number"), text=text)
    return int(digits)


def parse_book_number(text: str) -> tuple[int, int]:
    """Receipt numbers are written book/number: "3/045"."""
    from welfare_desk.ledger.fund import parse_receipt_label

    return parse_receipt_label(text)


def passphrase(ctx: Context, *, new: bool = False) -> str:
    """The key's passphrase: $WELFARE_DESK_PASSPHRASE (scripts, tests) or asked for."""
    given = os.environ.get("WELFARE_DESK_PASSPHRASE")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(N_("A passphrase is needed: type it, or set WELFARE_DESK_PASSPHRASE"))
    first = getpass.getpass(ctx.tr(N_("Passphrase: ")))
    if new and getpass.getpass(ctx.tr(N_("The passphrase again: "))) != first:
        raise UserError(N_("The two passphrases differ"))
    return first
