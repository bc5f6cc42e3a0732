"""Generated demo members: names, ids, ages, plans and how reliably they pay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from welfare_desk.ledger.members import Beneficiary, Category, Gender
from welfare_desk.ledger.thai_id import make_national_id
from welfare_desk.services.demo.names import FEMALE_FIRST, LAST_NAME_PARTS, MALE_FIRST

PLAN_WEIGHTS = (("M30", 85), ("Q90", 7), ("H180", 3), ("Y365", 5))


@dataclass
class DemoPerson:
    member_no: int
    title: str
    first_name: str
    last_name: str
    gender: Gender
    birth_date: date
    national_id: str | None
    village_no: int
    joined_on: date
    plan_code: str
    categories: frozenset[Category]
    miss_rate: float  # chance of missing an instalment
    stops_paying: date | None  # after this date pays nothing more (then lapses)
    dies_on: date | None = None
    beneficiaries: tuple[Beneficiary, ...] = ()
    heir: str = ""  # who comes for a death benefit when no beneficiary is named


def _title(gender: Gender, age: int, rng: Random) -> str:
    if age < 15:
        return "เด็กชาย" if gender == Gender.MALE else "เด็กหญิง"
    if gender == Gender.MALE:
        return "ด.ต." if rng.random() < 0.01 else "นาย"
    return "นาง" if age >= 25 and rng.random() < 0.8 else "นางสาว"


def _national_id(rng: Random, birth: date) -> str | None:
    if rng.random() < 0.03:  # stateless or hill-tribe members without a Thai ID
        return None
    first = "1" if birth.year >= 1984 else str(rng.choice("3345678"))
    return make_national_id(first + "".join(str(rng.randrange(10)) for _ in range(11)))


def _categories(age: int, rng: Random) -> frozenset[Category]:
    found = {Category.GENERAL}
    if age < 18:
        found = {Category.CHILD_YOUTH}
    elif age >= 60:
        found = {Category.ELDERLY}
    if rng.random() < 0.04:
        found.add(Category.DISABLED)
    if rng.random() < 0.06:
        found.add(Category.DISADVANTAGED)
    if age < 18 and rng.random() < 0.03:
        found.add(Category.ORPHAN)
    return frozenset(found)


def make_people(rng: Random, count: int, start: date, until: date,
                villages: int) -> list[DemoPerson]:
    """Two thirds are founding members on ``start``; the rest join over the years."""
    people = []
    span = (until - start).days
    seen_ids: set[str] = set()
    for no in range(1, count + 1):
        joined = start if rng.random() < 0.66 else start + timedelta(days=rng.randrange(span))
        age = min(max(int(rng.gauss(46, 20)), 1), 92)
        birth = date(joined.year - age, rng.randint(1, 12), rng.randint(1, 28))
        gender = Gender.MALE if rng.random() < 0.47 else Gender.FEMALE
        national_id = _national_id(rng, birth)
        if national_id in seen_ids:
            national_id = None
        if national_id:
            seen_ids.add(national_id)
        first = rng.choice(MALE_FIRST if gender == Gender.MALE else FEMALE_FIRST)
        reliable = rng.random()
        stops = (joined + timedelta(days=rng.randrange(60, max(61, (until - joined).days)))
                 if reliable > 0.95 and (until - joined).days > 120 else None)
        people.append(DemoPerson(
            member_no=no, title=_title(gender, age, rng), first_name=first,
            last_name=rng.choice(LAST_NAME_PARTS), gender=gender, birth_date=birth,
            national_id=national_id, village_no=rng.randint(1, villages), joined_on=joined,
            plan_code=rng.choices([p for p, _ in PLAN_WEIGHTS],
                                  [w for _, w in PLAN_WEIGHTS])[0],
            categories=_categories(age, rng), miss_rate=0.01 if reliable < 0.85 else 0.12,
            stops_paying=stops,
        ))
    for person in people:
        person.beneficiaries, person.heir = _beneficiaries(person, start)
    return people


def _relative(rng: Random, person: DemoPerson, relation: str, age_gap: int,
              when: date) -> tuple[str, Gender]:
    gender = rng.choice((Gender.MALE, Gender.FEMALE))
    if relation == "คู่สมรส":
        gender = Gender.FEMALE if person.gender == Gender.MALE else Gender.MALE
    age = when.year - person.birth_date.year + age_gap
    title = _title(gender, max(age, 1), rng)
    if relation == "คู่สมรส" and gender == Gender.FEMALE:
        title = "นาง"
    first = rng.choice(MALE_FIRST if gender == Gender.MALE else FEMALE_FIRST)
    return f"{title}{first} {person.last_name}", gender


def _beneficiaries(person: DemoPerson, when: date) -> tuple[tuple[Beneficiary, ...], str]:
    """One or two beneficiaries for most members, none for about one in ten; an heir
    for every member. A separate generator per member, so the rest of the demo draws
    the same numbers as before."""
    rng = Random(f"beneficiary {person.member_no} {person.first_name} {person.last_name}")
    age = when.year - person.birth_date.year
    choices = ((("คู่สมรส", 0), ("บุตร", -28)) if age >= 45
               else (("คู่สมรส", 0), ("บิดา", 28)) if age >= 20
               else (("มารดา", 28), ("บิดา", 30)))
    named = []
    for relation, gap in choices[:2 if rng.random() < 0.2 else 1]:
        name, _gender = _relative(rng, person, relation, gap, when)
        born = date(when.year - max(age + gap, 20), rng.randint(1, 12), rng.randint(1, 28))
        ident = _national_id(rng, born) if rng.random() < 0.8 else None
        named.append((name, relation, ident))
    heir = _relative(rng, person, choices[-1][0], choices[-1][1], when)[0]
    if rng.random() < 0.1:
        return (), heir
    shares = (100,) if len(named) == 1 else (60, 40)
    return tuple(Beneficiary(n, r, i, s) for (n, r, i), s in zip(named, shares, strict=True)), heir
