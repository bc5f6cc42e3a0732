"""A realistic demo fund: Thai names, valid IDs, villages, years of dues, claims
judged by the starter regulation, grants, bank deposits and closed months.
Deterministic for the same --seed and end date. Written through the same event
payloads as the services, in one bulk transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from welfare_desk.db.clock import deterministic
from welfare_desk.db.database import Database
from welfare_desk.ledger.fund import FundProfile, Role
from welfare_desk.services.demo.book import DemoBook
from welfare_desk.services.demo.claims import DemoClaims
from welfare_desk.services.demo.money import schedule_money
from welfare_desk.services.demo.names import BANKS, PLACES, VILLAGE_NAMES
from welfare_desk.services.demo.people import make_people
from welfare_desk.services.demo.schedule import schedule_people
from welfare_desk.services.demo.timeline import Timeline
from welfare_desk.services.funds import NewFund, add_user, authenticate, create_fund
from welfare_desk.services.regulation import current_regulation


@dataclass(frozen=True)
class DemoOptions:
    members: int = 500
    years: int = 3
    seed: int = 1
    until: date | None = None


@dataclass(frozen=True)
class DemoStats:
    members: int
    events: int
    receipts: int
    claims: int


def create_demo_fund(db: Database, options: DemoOptions) -> DemoStats:
    rng = Random(options.seed)
    until = options.until or date.today()
    start = date(until.year - options.years, until.month, 1)
    clock = start.isoformat() + "T08:00:00+07:00"
    with deterministic(rng, lambda: clock):
        fund_id = _create_fund(db, rng, start)
        fund = _profile(db)
        regulation = current_regulation(db)
        villages = _village_count(db)
        people = make_people(rng, options.members, start, until, villages)
        member_ids = {p.member_no: _uuid(rng) for p in people}
        names = {p.member_no: f"{p.title}{p.first_name} {p.last_name}" for p in people}
        with db.unit_of_work("treasurer") as uow:
            book = DemoBook(fund, "treasurer", "chair",
                            lambda kind, payload, at: uow.stage(fund_id, kind, payload, at))
            timeline = Timeline()
            claims = DemoClaims(book, regulation, member_ids, names)
            schedule_people(timeline, rng, book, claims, people, start, until)
            schedule_money(timeline, rng, book, claims, people, start, until)
            timeline.run(until)
            uow.commit()
    return DemoStats(len(people), book.event_count, book.receipt_seq, claims.filed)


def _uuid(rng: Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _create_fund(db: Database, rng: Random, start: date) -> str:
    tambon, amphoe, province = rng.choice(PLACES)
    count = rng.randint(8, 14)
    villages = tuple((i + 1, name) for i, name in enumerate(rng.sample(VILLAGE_NAMES, count)))
    bank = rng.choice(BANKS)
    number = f"{rng.randrange(100, 999)}-{rng.randrange(1, 9)}-{rng.randrange(10000, 99999)}-" \
             f"{rng.randrange(10)}"
    new = NewFund(
        name=f"กองทุนสวัสดิการชุมชนตำบล{tambon}", code=f"DEMO{rng.randrange(1000, 9999)}",
        tambon=tambon, amphoe=amphoe, province=province, founded_on=start - timedelta(days=400),
        villages=villages, bank_accounts=((bank, number),))
    fund_id = create_fund(db, new, at=start.isoformat() + "T08:00:00+07:00")
    treasurer = authenticate(db, "treasurer", None)
    add_user(db, treasurer, "chair", "ประธานกองทุน", Role.COMMITTEE)
    add_user(db, treasurer, "auditor", "ผู้ตรวจสอบ", Role.AUDITOR)
    return fund_id


def _profile(db: Database) -> FundProfile:
    with db.read() as repos:
        return repos.funds.profile(repos.fund_id())


def _village_count(db: Database) -> int:
    with db.read() as repos:
        return len(repos.funds.villages(repos.fund_id()))
