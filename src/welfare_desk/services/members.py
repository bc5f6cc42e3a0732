"""Registering members and recording their status changes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from welfare_desk.db.database import Database, UnitOfWork
from welfare_desk.ledger.errors import UserError, ValidationErrors
from welfare_desk.ledger.fund import User, require
from welfare_desk.ledger.members import (
    CHILD_TITLES,
    TITLES,
    Address,
    Beneficiary,
    Category,
    Gender,
    MemberRecord,
    MemberStatus,
    check_beneficiaries,
    check_status_change,
)
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import normalize_national_id
from welfare_desk.ledger.thai_text import thai_sort_key
from welfare_desk.services.common import find_member, new_id, now_iso
from welfare_desk.services.dues import entry_fee_line, issue_receipt_in


@dataclass(frozen=True)
class MemberForm:
    title: str
    first_name: str
    last_name: str
    birth_date: date | None
    joined_on: date
    village_no: int
    national_id: str | None = None
    other_id: str | None = None
    gender: Gender | None = None
    birth_year_only: bool = False
    address: Address = field(default_factory=Address)
    phone: str = ""
    entry_fee: int = 0
    categories: frozenset[Category] = frozenset({Category.GENERAL})
    beneficiaries: tuple[Beneficiary, ...] = ()
    plan_code: str = "M30"
    member_no: int | None = None


def register_member(db: Database, actor: User, form: MemberForm,
                    today: date | None = None) -> MemberRecord:
    """Adds a member to the register (and takes the entry fee when there is one)."""
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        record = register_in(uow, form, today or date.today())
        uow.commit()
    return record


def register_in(uow: UnitOfWork, form: MemberForm, today: date) -> MemberRecord:
    fund_id = uow.repos.fund_id()
    national_id, member_no = _validate_form(uow, fund_id, form, today)
    member_id = new_id()
    uow.record(fund_id, "member.registered",
               member_payload(member_id, member_no, form, national_id, now_iso()))
    if form.entry_fee > 0:
        issue_receipt_in(uow, fund_id, member_id, form.joined_on,
                         [entry_fee_line(form.entry_fee)])
    record = uow.repos.members.by_id(member_id)
    assert record is not None
    return record


def member_payload(member_id: str, member_no: int, form: MemberForm, national_id: str | None,
                   stamp: str) -> dict[str, Any]:
    a = form.address
    gender = form.gender or TITLES.get(form.title) or Gender.UNSPECIFIED
    return {
        "member": {
            "id": member_id, "member_no": member_no, "title": form.title.strip(),
            "first_name": form.first_name.strip(), "last_name": form.last_name.strip(),
            "national_id": national_id, "other_id": form.other_id, "gender": gender.value,
            "birth_date": form.birth_date.isoformat() if form.birth_date else None,
            "birth_year_only": form.birth_year_only, "village_no": form.village_no,
            "house_no": a.house_no, "soi": a.soi, "road": a.road, "tambon": a.tambon,
            "amphoe": a.amphoe, "province": a.province, "postcode": a.postcode,
            "phone": form.phone, "joined_on": form.joined_on.isoformat(),
            "entry_fee": form.entry_fee, "status": MemberStatus.ACTIVE.value,
            "status_since": form.joined_on.isoformat(), "created_at": stamp,
        },
        "categories": sorted(c.value for c in form.categories),
        "beneficiaries": [
            {"name": b.name, "relation": b.relation, "national_id": b.national_id,
             "share_percent": b.share_percent}
            for b in form.beneficiaries
        ],
        "plan": {"from_month": f"{form.joined_on:%Y-%m}", "plan_code": form.plan_code},
    }


def _validate_form(uow: UnitOfWork, fund_id: str, form: MemberForm, today: date,
                   editing: MemberRecord | None = None) -> tuple[str | None, int]:
    """Every problem of the form at once; nothing is written when there is one."""
    problems: list[UserError] = []

    def check(ok: bool, message: str, **params: Any) -> None:
        if not ok:
            problems.append(UserError(message, **params))

    check(bool(form.title.strip()), N_("The title is missing"))
    check(bool(form.first_name.strip()), N_("The first name is missing"))
    check(bool(form.last_name.strip()), N_("The last name is missing"))
    national_id = _checked_national_id(uow, fund_id, form.national_id, problems, editing)
    check(form.joined_on <= today, N_("The join date {date} is in the future"),
          date=form.joined_on.isoformat())
    if form.birth_date is not None:
        check(form.birth_date <= form.joined_on,
              N_("The birth date is after the join date"))
    check(form.title not in CHILD_TITLES or form.birth_date is None
          or (form.joined_on.year - form.birth_date.year) <= 15,
          N_("The title {title} is for children under 15"), title=form.title)
    villages = {v.moo for v in uow.repos.funds.villages(fund_id)}
    check(not villages or form.village_no in villages,
          N_("The fund has no village หมู่ที่ {moo}"), moo=form.village_no)
    check(form.plan_code in uow.repos.funds.dues_plans(fund_id),
          N_("There is no dues plan {plan}"), plan=form.plan_code)
    check(form.entry_fee >= 0, N_("The entry fee cannot be negative"))
    try:
        check_beneficiaries(list(form.beneficiaries))
    except UserError as exc:
        problems.append(exc)
    if editing is not None:
        member_no = editing.member_no
    else:
        member_no = form.member_no or uow.repos.members.next_member_no(fund_id)
    if form.member_no is not None and editing is None:
        check(uow.repos.members.by_no(fund_id, form.member_no) is None,
              N_("Member number {no} is already taken"), no=form.member_no)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationErrors(problems)
    return national_id, member_no


def _checked_national_id(uow: UnitOfWork, fund_id: str, text: str | None,
                         problems: list[UserError],
                         editing: MemberRecord | None = None) -> str | None:
    if not text or not text.strip():
        return None
    try:
        digits = normalize_national_id(text)
    except UserError as exc:
        problems.append(exc)
        return None
    holder = uow.repos.members.with_national_id(fund_id, digits)
    if holder is not None and (editing is None or holder.member_id != editing.member_id):
        problems.append(UserError(N_("Member {no} already has the national ID {id}"),
                                  no=holder.member_no, id=text))
    return digits


# What a correction may change; joining date, entry fee, status and plan have
# their own commands (they move money or history).
EDITABLE_FIELDS = ("title", "first_name", "last_name", "national_id", "other_id", "gender",
                   "birth_date", "birth_year_only", "village_no", "house_no", "soi", "road",
                   "tambon", "amphoe", "province", "postcode", "phone")


def form_of(member: MemberRecord, plan_code: str = "M30") -> MemberForm:
    """The register form as it stands for a member (what the edit screen starts from)."""
    return MemberForm(
        title=member.title, first_name=member.first_name, last_name=member.last_name,
        birth_date=member.birth_date, joined_on=member.joined_on, village_no=member.village_no,
        national_id=member.national_id, other_id=member.other_id, gender=member.gender,
        birth_year_only=member.birth_year_only, address=member.address, phone=member.phone,
        entry_fee=member.entry_fee, categories=member.categories,
        beneficiaries=member.beneficiaries, plan_code=plan_code, member_no=member.member_no)


def update_member(db: Database, actor: User, member_no: int, form: MemberForm,
                  today: date | None = None) -> MemberRecord:
    """Corrects a member's particulars; only what changed is recorded (in the event log)."""
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        member = find_member(uow.repos, fund_id, member_no)
        form = replace(form, joined_on=member.joined_on, entry_fee=member.entry_fee)
        national_id, _ = _validate_form(uow, fund_id, form, today or date.today(), member)
        stamp = now_iso()
        new = member_payload(member.member_id, member_no, form, national_id, stamp)
        old = member_payload(member.member_id, member_no, form_of(member),
                             member.national_id, stamp)
        changes: dict[str, Any] = {"member_id": member.member_id, "fields": {
            k: new["member"][k] for k in EDITABLE_FIELDS if new["member"][k] != old["member"][k]}}
        for part in ("categories", "beneficiaries"):
            if new[part] != old[part]:
                changes[part] = new[part]
        if len(changes) == 2 and not changes["fields"]:
            raise UserError(N_("Nothing was changed"))
        uow.record(fund_id, "member.updated", changes)
        uow.commit()
        updated = uow.repos.members.by_id(member.member_id)
    assert updated is not None
    return updated


def change_status(db: Database, actor: User, member_no: int, target: MemberStatus,
                  effective_on: date, reason: str) -> MemberRecord:
    """Lapse, resignation, death, removal or reinstatement, with its date and reason."""
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        member = find_member(uow.repos, fund_id, member_no)
        record_status_change(uow, fund_id, member, target, effective_on, reason)
        uow.commit()
        updated = uow.repos.members.by_id(member.member_id)
    assert updated is not None
    return updated


def record_status_change(uow: UnitOfWork, fund_id: str, member: MemberRecord,
                         target: MemberStatus, effective_on: date, reason: str) -> None:
    check_status_change(member.status, target, reason)
    if effective_on < member.status_since:
        raise UserError(N_("The change date is before the member's current status ({date})"),
                        date=member.status_since.isoformat())
    uow.record(fund_id, "member.status_changed", {"change": {
        "id": new_id(), "member_id": member.member_id, "from_status": member.status.value,
        "to_status": target.value, "effective_on": effective_on.isoformat(),
        "reason": reason.strip(), "recorded_by": uow.actor, "recorded_at": now_iso(),
    }})


def change_plan(db: Database, actor: User, member_no: int, plan_code: str,
                from_month: tuple[int, int]) -> None:
    require(actor, "write")
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        member = find_member(uow.repos, fund_id, member_no)
        if plan_code not in uow.repos.funds.dues_plans(fund_id):
            raise UserError(N_("There is no dues plan {plan}"), plan=plan_code)
        year, month = from_month
        uow.record(fund_id, "member.plan_changed", {"plan": {
            "member_id": member.member_id, "from_month": f"{year:04d}-{month:02d}",
            "plan_code": plan_code}})
        uow.commit()


def search_members(db: Database, text: str, limit: int = 50) -> list[MemberRecord]:
    with db.read() as repos:
        return repos.members.search(repos.fund_id(), text, limit)


@dataclass(frozen=True)
class MemberListRow:
    """One line of the member table; ``search_text`` is what search-as-you-type matches."""

    member_no: int
    name: str
    national_id: str | None
    village_no: int
    status: MemberStatus
    joined_on: date
    plan_code: str
    categories: frozenset[Category]
    sort_key: str
    search_text: str


def member_list(db: Database) -> list[MemberListRow]:
    """Every member in Thai dictionary order of first name, then last name."""
    with db.read() as repos:
        fund_id = repos.fund_id()
        members = repos.members.all(fund_id)
        histories = repos.members.all_plan_histories(fund_id)
    rows = []
    for m in members:
        history = histories.get(m.member_id)
        rows.append(MemberListRow(
            m.member_no, m.full_name, m.national_id, m.village_no, m.status, m.joined_on,
            history[-1][1] if history else "", m.categories,
            thai_sort_key(f"{m.first_name} {m.last_name}"),
            f"{m.first_name} {m.last_name} {m.title}".casefold()))
    rows.sort(key=lambda r: r.sort_key)
    return rows
