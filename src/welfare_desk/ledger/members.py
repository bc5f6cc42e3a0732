"""Members: titles, categories, statuses and the rules for changing status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNSPECIFIED = "unspecified"


class Category(StrEnum):
    """The member categories CODI counts on its status form."""

    GENERAL = "general"
    CHILD_YOUTH = "child_youth"
    ELDERLY = "elderly"
    DISADVANTAGED = "disadvantaged"
    DISABLED = "disabled"
    ORPHAN = "orphan"


CATEGORY_NAMES: dict[Category, str] = {
    Category.GENERAL: N_("general"),
    Category.CHILD_YOUTH: N_("child or youth"),
    Category.ELDERLY: N_("elderly"),
    Category.DISADVANTAGED: N_("disadvantaged"),
    Category.DISABLED: N_("disabled"),
    Category.ORPHAN: N_("orphan"),
}


class MemberStatus(StrEnum):
    ACTIVE = "active"
    LAPSED = "lapsed"
    RESIGNED = "resigned"
    DECEASED = "deceased"
    REMOVED = "removed"


STATUS_NAMES: dict[MemberStatus, str] = {
    MemberStatus.ACTIVE: N_("active"),
    MemberStatus.LAPSED: N_("lapsed"),
    MemberStatus.RESIGNED: N_("resigned"),
    MemberStatus.DECEASED: N_("deceased"),
    MemberStatus.REMOVED: N_("removed"),
}

# A period's member movements, by the status members changed to, in the one order
# every report lists them (reinstatements, back to active, last).
MOVEMENT_NAMES: dict[MemberStatus, str] = {
    MemberStatus.LAPSED: N_("Lapsed (missed instalments)"),
    MemberStatus.RESIGNED: N_("Resigned"),
    MemberStatus.DECEASED: N_("Died"),
    MemberStatus.REMOVED: N_("Removed by the fund"),
    MemberStatus.ACTIVE: N_("Reinstated (back to active)"),
}

# Title -> the gender it implies (None: any). Child titles are used under 15.
TITLES: dict[str, Gender | None] = {
    "นาย": Gender.MALE,
    "นาง": Gender.FEMALE,
    "นางสาว": Gender.FEMALE,
    "เด็กชาย": Gender.MALE,
    "เด็กหญิง": Gender.FEMALE,
    "ด.ช.": Gender.MALE,
    "ด.ญ.": Gender.FEMALE,
    "น.ส.": Gender.FEMALE,
    "พระ": Gender.MALE,
    "พระภิกษุ": Gender.MALE,
    "สามเณร": Gender.MALE,
    "ด.ต.": None,
    "จ.ส.ต.": None,
    "ส.ต.อ.": None,
    "ร.ต.ต.": None,
    "ร.ต.อ.": None,
    "พ.ต.ท.": None,
    "จ.ส.อ.": None,
    "ส.อ.": None,
    "ว่าที่ ร.ต.": None,
    "ว่าที่ร้อยตรี": None,
    "ร.ต.": None,
    "ร.ท.": None,
    "ร.อ.": None,
    "พ.ต.": None,
    "พ.ท.": None,
    "พ.อ.": None,
    "ผู้ใหญ่บ้าน": None,
    "กำนัน": None,
    "ดร.": None,
}
CHILD_TITLES = frozenset({"เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ."})

# A status change the fund may record: from which statuses each target is allowed.
_ALLOWED_FROM: dict[MemberStatus, frozenset[MemberStatus]] = {
    MemberStatus.LAPSED: frozenset({MemberStatus.ACTIVE}),
    MemberStatus.RESIGNED: frozenset({MemberStatus.ACTIVE, MemberStatus.LAPSED}),
    MemberStatus.DECEASED: frozenset(
        {MemberStatus.ACTIVE, MemberStatus.LAPSED, MemberStatus.RESIGNED}
    ),
    MemberStatus.REMOVED: frozenset({MemberStatus.ACTIVE, MemberStatus.LAPSED}),
    MemberStatus.ACTIVE: frozenset(
        {MemberStatus.LAPSED, MemberStatus.RESIGNED, MemberStatus.REMOVED}
    ),
}


@dataclass(frozen=True)
class Beneficiary:
    name: str
    relation: str
    national_id: str | None = None
    share_percent: int = 100


@dataclass(frozen=True)
class Address:
    house_no: str = ""
    moo: int | None = None
    soi: str = ""
    road: str = ""
    tambon: str = ""
    amphoe: str = ""
    province: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need to know about a member."""

    member_id: str
    member_no: int
    joined_on: date
    birth_date: date | None
    gender: Gender
    categories: frozenset[Category] = field(default_factory=frozenset)
    status: MemberStatus = MemberStatus.ACTIVE
    status_since: date | None = None


def check_status_change(current: MemberStatus, target: MemberStatus, reason: str) -> None:
    """Raises UserError when ``current -> target`` is not a change a fund records."""
    if current == target:
        raise UserError(N_("The member is already {status}"), status=target.value)
    if current not in _ALLOWED_FROM[target]:
        raise UserError(
            N_("A member who is {current} cannot become {target}"),
            current=current.value,
            target=target.value,
        )
    if not reason.strip():
        raise UserError(N_("A status change needs a reason"))


def check_beneficiaries(beneficiaries: list[Beneficiary]) -> None:
    if len(beneficiaries) > 2:
        raise UserError(N_("A member names at most two beneficiaries"))
    if beneficiaries and sum(b.share_percent for b in beneficiaries) != 100:
        raise UserError(N_("The beneficiaries' shares must add up to 100 percent"))
    for b in beneficiaries:
        if not b.name.strip():
            raise UserError(N_("A beneficiary needs a name"))


def age_on(birth_date: date, on: date) -> int:
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def full_years_between(start: date, end: date) -> int:
    """Completed years from ``start`` to ``end`` (membership years, ages)."""
    return age_on(start, end)


@dataclass(frozen=True)
class MemberRecord:
    """A member as the fund's register holds them."""

    member_id: str
    member_no: int
    title: str
    first_name: str
    last_name: str
    national_id: str | None
    other_id: str | None
    gender: Gender
    birth_date: date | None
    birth_year_only: bool
    village_no: int
    address: Address
    phone: str
    joined_on: date
    entry_fee: int
    status: MemberStatus
    status_since: date
    categories: frozenset[Category] = frozenset()
    beneficiaries: tuple[Beneficiary, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}"

    def facts(self) -> MemberFacts:
        return MemberFacts(
            member_id=self.member_id, member_no=self.member_no, joined_on=self.joined_on,
            birth_date=self.birth_date, gender=self.gender, categories=self.categories,
            status=self.status, status_since=self.status_since,
        )
