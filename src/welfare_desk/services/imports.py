"""Bringing an existing register in: every row checked as registration checks it,
against the rest of the file and the fund, then the good rows in one transaction.

The checks run in memory (the fund's IDs, names and villages read once), so a
20,000-row register is judged in seconds; the rows go in through the same
``member.registered`` event as a member registered by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import User, require
from welfare_desk.ledger.members import CHILD_TITLES, check_beneficiaries
from welfare_desk.ledger.text import N_
from welfare_desk.services.common import new_id, now_iso
from welfare_desk.services.members import MemberForm, member_payload


@dataclass(frozen=True)
class ImportCandidate:
    """One data row of the sheet: the form read from it, or why it could not be read."""

    row_no: int
    form: MemberForm | None
    problems: tuple[UserError, ...] = ()


@dataclass
class ImportResult:
    dry_run: bool
    accepted: list[tuple[int, int]] = field(default_factory=list)  # (row no., member no.)
    rejected: list[tuple[int, tuple[UserError, ...]]] = field(default_factory=list)

    @property
    def all_good(self) -> bool:
        return not self.rejected


def _name_key(form: MemberForm) -> tuple[str, str, date | None]:
    return form.first_name.strip(), form.last_name.strip(), form.birth_date


def _row_problems(form: MemberForm, villages: set[int], plans: set[str],
                  today: date) -> list[UserError]:
    problems = []
    if not form.first_name.strip():
        problems.append(UserError(N_("The name is missing")))
    if form.joined_on > today:
        problems.append(UserError(N_("The join date {date} is in the future"),
                                  date=form.joined_on.isoformat()))
    if form.birth_date is not None and form.birth_date > form.joined_on:
        problems.append(UserError(N_("The birth date is after the join date")))
    if form.title in CHILD_TITLES and form.birth_date is not None \
            and form.joined_on.year - form.birth_date.year > 15:
        problems.append(UserError(N_("The title {title} is for children under 15"),
                                  title=form.title))
    if villages and form.village_no not in villages:
        problems.append(UserError(N_("The fund has no village หมู่ที่ {moo}"),
                                  moo=form.village_no))
    if form.plan_code not in plans:
        problems.append(UserError(N_("There is no dues plan {plan}"), plan=form.plan_code))
    try:
        check_beneficiaries(list(form.beneficiaries))
    except UserError as exc:
        problems.append(exc)
    return problems


def import_members(db: Database, actor: User, candidates: list[ImportCandidate],
                   dry_run: bool, today: date | None = None) -> ImportResult:
    """Judges every row; unless ``dry_run``, writes the good ones in one transaction."""
    require(actor, "write")
    today = today or date.today()
    result = ImportResult(dry_run)
    with db.unit_of_work(actor.username) as uow:
        fund_id = uow.repos.fund_id()
        members = uow.repos.members.all(fund_id)
        ids = {m.national_id: m.member_no for m in members if m.national_id}
        names = {(m.first_name, m.last_name, m.birth_date): m.member_no for m in members}
        numbers = {m.member_no for m in members}
        villages = {v.moo for v in uow.repos.funds.villages(fund_id)}
        plans = set(uow.repos.funds.dues_plans(fund_id))
        next_no = uow.repos.members.next_member_no(fund_id)
        seen_ids: dict[str, int] = {}
        stamp = now_iso()
        for candidate in candidates:
            form = candidate.form
            problems = list(candidate.problems)
            if form is not None:
                problems += _row_problems(form, villages, plans, today)
                problems += _duplicates(form, candidate.row_no, ids, names, seen_ids)
                if form.member_no is not None and form.member_no in numbers:
                    problems.append(UserError(N_("Member number {no} is already taken"),
                                              no=form.member_no))
                if form.national_id:  # a later row repeating it is refused, even if this one is
                    seen_ids.setdefault(form.national_id, candidate.row_no)
            if problems or form is None:
                result.rejected.append((candidate.row_no, tuple(problems)))
                continue
            member_no = form.member_no or next_no
            while member_no in numbers:
                member_no += 1
            numbers.add(member_no)
            next_no = max(next_no, member_no + 1)
            names[_name_key(form)] = member_no
            result.accepted.append((candidate.row_no, member_no))
            if not dry_run:
                uow.stage(fund_id, "member.registered",
                          member_payload(new_id(), member_no, form, form.national_id, stamp),
                          stamp)
        if not dry_run and result.accepted:
            uow.commit()
    return result


def _duplicates(form: MemberForm, row_no: int, ids: dict[str, int],
                names: dict[tuple[str, str, date | None], int],
                seen_ids: dict[str, int]) -> list[UserError]:
    if form.national_id:
        if seen_ids.get(form.national_id, row_no) != row_no:
            return [UserError(N_("The national ID repeats row {row}"),
                              row=seen_ids[form.national_id])]
        if form.national_id in ids:
            return [UserError(N_("Already in the fund as member {no} (same national ID)"),
                              no=ids[form.national_id])]
    elif _name_key(form) in names:
        return [UserError(N_("Already in the fund as member {no} (same name and birth date)"),
                          no=names[_name_key(form)])]
    return []
