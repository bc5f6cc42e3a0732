"""Generated demo members: names, ids, ages, plans and how reliably they pay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from welfare_desk.ledger.members import Category, Gender
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
    return people
