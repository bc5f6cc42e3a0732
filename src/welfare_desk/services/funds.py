"""Creating a fund and keeping its profile, villages, bank accounts, plans and users."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from welfare_desk.db.database import Database
from welfare_desk.ledger.accounts import DEFAULT_CHART, Account, bank_account
from welfare_desk.ledger.dues import DuesPlan, default_plans, validate_plan
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import FundProfile, Role, User, check_new_password, require
from welfare_desk.ledger.starter_regulation import starter_regulation
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import new_id, now_iso
from welfare_desk.services.regulation import regulation_events


@dataclass(frozen=True)
class NewFund:
    name: str
    code: str
    tambon: str
    amphoe: str
    province: str
    fiscal_year_start: tuple[int, int] = (10, 1)
    founded_on: date | None = None
    villages: tuple[tuple[int, str], ...] = ()
    bank_accounts: tuple[tuple[str, str], ...] = ()  # (bank, account no.)
    plans: tuple[DuesPlan, ...] = field(default_factory=lambda: tuple(default_plans()))
    receipt_book_size: int = 100
    first_receipt_book: int = 1
    lapse_after_missed: int = 3
    first_user: str = "treasurer"
    first_user_name: str = "เหรัญญิก"
    first_user_password: str | None = None


def create_fund(db: Database, new: NewFund, at: str | None = None) -> str:
    """Writes the fund, its chart of accounts, villages, plans, first user and regulation."""
    _validate_new_fund(new)
    fund_id = new_id()
    stamp = at or now_iso()
    with db.unit_of_work(new.first_user) as uow:
        if uow.repos.funds.count():
            raise UserError(N_("This database already holds a fund"))
        for kind, payload in _fund_events(fund_id, new, stamp):
            uow.record(fund_id, kind, payload, at=stamp)
        uow.commit()
    return fund_id


def _validate_new_fund(new: NewFund) -> None:
    for label, value in (("name", new.name), ("code", new.code), ("tambon", new.tambon),
                         ("amphoe", new.amphoe), ("province", new.province)):
        if not value.strip():
            raise UserError(N_("The fund's {field} is missing"), field=label)
    if not 1 <= new.receipt_book_size <= 1000:
        raise UserError(N_("A receipt book holds 1 to 1,000 receipts"))
    if new.lapse_after_missed < 1:
        raise UserError(N_("The lapse rule needs at least one missed instalment"))
    for plan in new.plans:
        validate_plan(plan)


def _fund_events(fund_id: str, new: NewFund, stamp: str) -> list[tuple[str, dict[str, Any]]]:
    month, day = new.fiscal_year_start
    events: list[tuple[str, dict[str, Any]]] = [("fund.created", {"fund": {
        "code": new.code.strip(), "name": new.name.strip(), "tambon": new.tambon.strip(),
        "amphoe": new.amphoe.strip(), "province": new.province.strip(),
        "founded_on": new.founded_on.isoformat() if new.founded_on else None,
        "fiscal_year_start": f"{month:02d}-{day:02d}",
        "receipt_book_size": new.receipt_book_size,
        "first_receipt_book": new.first_receipt_book,
        "lapse_after_missed": new.lapse_after_missed, "created_at": stamp,
    }})]
    events.append(user_event(new.first_user, new.first_user_name, Role.TREASURER,
                             new.first_user_password, stamp))
    chart = list(DEFAULT_CHART) + [
        bank_account(i, bank, number) for i, (bank, number) in enumerate(new.bank_accounts, 1)
    ]
    events += [("account.opened", {"account": _account_row(a)}) for a in chart]
    events += [("village.set", {"moo": moo, "name": name}) for moo, name in new.villages]
    events += [("dues_plan.set", {"plan": _plan_row(p)}) for p in new.plans]
    events += regulation_events(starter_regulation(), new.first_user, stamp)
    return events


def _account_row(account: Account) -> dict[str, str]:
    return {"code": account.code, "name_th": account.name_th, "name_en": account.name_en,
            "type": account.type.value, "role": account.role.value}


def _plan_row(plan: DuesPlan) -> dict[str, Any]:
    return {"code": plan.code, "name": plan.name, "months": plan.months_per_instalment,
            "amount": plan.amount}


def user_event(username: str, display_name: str, role: Role, password: str | None,
               stamp: str) -> tuple[str, dict[str, Any]]:
    if not username.strip() or not username.isprintable() or " " in username:
        raise UserError(N_("A user name is one word without spaces, not '{name}'"),
                        name=username)
    return ("user.added", {"user": {
        "id": new_id(), "username": username, "display_name": display_name or username,
        "role": role.value, "created_at": stamp,
        "password_hash": hash_password(password) if password else None,
    }})


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def password_matches(stored: str, password: str) -> bool:
    _scheme, salt_hex, digest_hex = stored.split("$")
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), digest_hex)


def fund_profile(db: Database) -> FundProfile:
    with db.read() as repos:
        return repos.funds.profile(repos.fund_id())


@dataclass(frozen=True)
class ProfileChange:
    """What may be corrected in a fund's profile: its name and where it is.

    The code (which backups are matched by), the fiscal year and the receipt
    numbering shape the books already kept, so they are not changed here.
    """

    name: str
    tambon: str
    amphoe: str
    province: str
    founded_on: date | None = None


def update_fund_profile(db: Database, actor: User, change: ProfileChange) -> FundProfile:
    """Corrects the fund's name and address; records only what differs."""
    require(actor, "settings")
    fields: dict[str, Any] = {"name": change.name.strip(), "tambon": change.tambon.strip(),
                              "amphoe": change.amphoe.strip(),
                              "province": change.province.strip()}
    for label, value in fields.items():
        if not value:
            raise UserError(N_("The fund's {field} is missing"), field=label)
    if change.founded_on is not None and change.founded_on > date.today():
        raise UserError(N_("The fund cannot be founded in the future"))
    fields["founded_on"] = change.founded_on.isoformat() if change.founded_on else None
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        old = uow.repos.funds.profile(fund_id)
        before = {"name": old.name, "tambon": old.tambon, "amphoe": old.amphoe,
                  "province": old.province,
                  "founded_on": old.founded_on.isoformat() if old.founded_on else None}
        changed = {k: v for k, v in fields.items() if before[k] != v}
        if changed:
            uow.record(fund_id, "fund.updated", {"fields": changed})
            uow.commit()
        profile = uow.repos.funds.profile(fund_id)
    return profile


def add_user(db: Database, actor: User, username: str, display_name: str, role: Role,
             password: str | None = None) -> User:
    require(actor, "settings")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        if uow.repos.funds.user(fund_id, username) is not None:
            raise UserError(N_("There is already a user {name}"), name=username)
        if password is not None:
            check_new_password(password)
        kind, payload = user_event(username, display_name, role, password, now_iso())
        uow.record(fund_id, kind, payload)
        uow.commit()
        user = uow.repos.funds.user(fund_id, username)
    assert user is not None
    return user


def set_password(db: Database, actor: User, username: str, new_password: str,
                 current_password: str | None = None) -> None:
    """Users change their own password (giving the current one, if they have one);
    someone with the settings permission may set another user's forgotten one."""
    check_new_password(new_password)
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        target = uow.repos.funds.user(fund_id, username)
        if target is None:
            raise UserError(N_("There is no user {name} in this fund"), name=username)
        if target.user_id == actor.user_id:
            stored = uow.repos.funds.password_hash(target.user_id)
            if stored and not (current_password and password_matches(stored, current_password)):
                raise UserError(N_("Wrong password for {name}"), name=username)
        else:
            require(actor, "settings")
        uow.record(fund_id, "user.password_set", {
            "user_id": target.user_id, "password_hash": hash_password(new_password)})
        uow.commit()


def authenticate(db: Database, username: str, password: str | None) -> User:
    """The user by name; a user with a password must give it."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        user = repos.funds.user(fund_id, username)
        stored = repos.funds.password_hash(user.user_id) if user else None
    if user is None:
        raise UserError(N_("There is no user {name} in this fund"), name=username)
    if stored and not (password and password_matches(stored, password)):
        raise UserError(N_("Wrong password for {name}"), name=username)
    return user


def set_village(db: Database, actor: User, moo: int, name: str) -> None:
    require(actor, "settings")
    if moo < 1 or not name.strip():
        raise UserError(N_("A village needs its number (หมู่ที่) and a name"))
    with db.unit_of_work(actor.username) as uow:
        uow.record(uow.repos.fund_id(), "village.set", {"moo": moo, "name": name.strip()})
        uow.commit()


def set_dues_plan(db: Database, actor: User, plan: DuesPlan) -> None:
    require(actor, "settings")
    validate_plan(plan)
    with db.unit_of_work(actor.username) as uow:
        uow.record(uow.repos.fund_id(), "dues_plan.set", {"plan": _plan_row(plan)})
        uow.commit()


def add_bank_account(db: Database, actor: User, bank: str, number: str) -> Account:
    require(actor, "settings")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        banks = [a for a in uow.repos.funds.accounts(fund_id) if a.code.startswith("111")]
        account = bank_account(len(banks) + 1, bank.strip(), number.strip())
        uow.record(fund_id, "account.opened", {"account": _account_row(account)})
        uow.commit()
    return account
