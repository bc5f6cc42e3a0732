"""What happens to each demo member: joining, dues, claims, death or lapse."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from random import Random

from welfare_desk.ledger.dues import DuesPayment, LapseRule, PlanPeriod, default_plans, lapse_date
from welfare_desk.ledger.members import Address, MemberStatus
from welfare_desk.services.common import new_id
from welfare_desk.services.demo.book import DemoBook
from welfare_desk.services.demo.claims import DemoClaims, is_female_of_childbearing_age
from welfare_desk.services.demo.people import DemoPerson
from welfare_desk.services.demo.timeline import FILE, JOIN, PAY, STATUS, VOID, Timeline
from welfare_desk.services.dues import dues_line, entry_fee_line
from welfare_desk.services.members import MemberForm, member_payload

PLANS = {p.code: p for p in default_plans()}
ENTRY_FEE = 2000  # 20 baht


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _death_date(person: DemoPerson, rng: Random, start: date, until: date) -> date | None:
    for year in range(start.year, until.year + 1):
        age = year - person.birth_date.year
        risk = 0.045 if age >= 75 else 0.015 if age >= 60 else 0.002
        if rng.random() < risk:
            day = date(year, rng.randint(1, 12), rng.randint(1, 28))
            if person.joined_on < day <= until:
                return day
    return None


def _payments(person: DemoPerson, rng: Random, until: date) -> list[tuple[date, int]]:
    plan = PLANS[person.plan_code]
    stop = min(d for d in (until, person.stops_paying, person.dies_on) if d is not None)
    result: list[tuple[date, int]] = []
    k = 0
    while True:
        year, month = _add_months(person.joined_on.year, person.joined_on.month,
                                  k * plan.months_per_instalment)
        day = date(year, month, rng.randint(1, 25))
        if k == 0:
            day = person.joined_on
        if day > stop:
            return result
        if rng.random() >= person.miss_rate:
            result.append((day, plan.amount))
        k += 1


def schedule_people(timeline: Timeline, rng: Random, book: DemoBook, claims: DemoClaims,
                    people: list[DemoPerson], start: date, until: date) -> None:
    for person in people:
        person.dies_on = _death_date(person, rng, start, until)
        member_id = claims.member_ids[person.member_no]
        timeline.at(person.joined_on, JOIN, _joiner(book, person, member_id))
        payments = _payments(person, rng, until)
        lapse = _lapse(person, payments, until)
        _next_payment(timeline, rng, book, person, member_id,
                      iter([p for p in payments if lapse is None or p[0] < lapse]))
        if lapse is not None and (person.dies_on is None or lapse < person.dies_on):
            timeline.at(lapse, STATUS, _status(book, claims, person, MemberStatus.LAPSED,
                                               lapse, "ขาดส่งเงินสัจจะ 3 งวด"))
        elif person.dies_on is not None:
            _schedule_death(timeline, rng, book, claims, person)
        _schedule_claims(timeline, rng, claims, person, until, lapse or person.dies_on)


def _lapse(person: DemoPerson, payments: list[tuple[date, int]], until: date) -> date | None:
    history = [PlanPeriod(PLANS[person.plan_code], (person.joined_on.year,
                                                    person.joined_on.month))]
    found = lapse_date(history, person.joined_on,
                       [DuesPayment(d, a) for d, a in payments], LapseRule(3), until)
    return found if found is not None and found <= until else None


def _joiner(book: DemoBook, person: DemoPerson, member_id: str) -> Callable[[], None]:
    def run() -> None:
        form = MemberForm(
            title=person.title, first_name=person.first_name, last_name=person.last_name,
            birth_date=person.birth_date, joined_on=person.joined_on,
            village_no=person.village_no, national_id=person.national_id,
            gender=person.gender, address=Address(house_no=str(person.member_no % 250 + 1),
                                                  moo=person.village_no),
            entry_fee=ENTRY_FEE, categories=person.categories, plan_code=person.plan_code,
            beneficiaries=person.beneficiaries)
        book.emit("member.registered", member_payload(
            member_id, person.member_no, form, person.national_id,
            book.stamp(person.joined_on)), person.joined_on)
        book.receipt(person.joined_on, member_id, _name(person), [entry_fee_line(ENTRY_FEE)])
    return run


def _name(person: DemoPerson) -> str:
    return f"{person.title}{person.first_name} {person.last_name}"


def _next_payment(timeline: Timeline, rng: Random, book: DemoBook, person: DemoPerson,
                  member_id: str, payments: Iterator[tuple[date, int]]) -> None:
    """Schedules one payment at a time, so the timeline holds one per member."""
    upcoming = next(payments, None)
    if upcoming is None:
        return
    paid_on, amount = upcoming

    def run() -> None:
        payload = book.receipt(paid_on, member_id, _name(person), [dues_line(amount)])
        if rng.random() < 0.003:  # a mistake: voided the same day and written again
            def void_and_redo() -> None:
                book.void(paid_on, payload, "เขียนจำนวนเงินผิด")
                book.receipt(paid_on, member_id, _name(person), [dues_line(amount)])
            timeline.at(paid_on, VOID, void_and_redo)
        _next_payment(timeline, rng, book, person, member_id, payments)

    timeline.at(paid_on, PAY, run)


def _status(book: DemoBook, claims: DemoClaims, person: DemoPerson,
            target: MemberStatus, on: date, reason: str) -> Callable[[], None]:
    def run() -> None:
        current, _since = claims.statuses.get(person.member_no,
                                              (MemberStatus.ACTIVE, person.joined_on))
        claims.statuses[person.member_no] = (target, on)
        book.emit("member.status_changed", {"change": {
            "id": new_id(), "member_id": claims.member_ids[person.member_no],
            "from_status": current.value, "to_status": target.value,
            "effective_on": on.isoformat(), "reason": reason, "recorded_by": book.treasurer,
            "recorded_at": book.stamp(on)}}, on)
    return run


def _schedule_death(timeline: Timeline, rng: Random, book: DemoBook, claims: DemoClaims,
                    person: DemoPerson) -> None:
    died = person.dies_on
    assert died is not None
    timeline.at(died, STATUS, _status(book, claims, person, MemberStatus.DECEASED, died,
                                      "ถึงแก่กรรม"))
    filed = died + timedelta(days=rng.randint(3, 20))
    timeline.at(filed, FILE, lambda: claims.file(timeline, person, "death", died, filed))
    timeline.at(filed, FILE, lambda: claims.file(timeline, person, "funeral", died, filed))


def _schedule_claims(timeline: Timeline, rng: Random, claims: DemoClaims, person: DemoPerson,
                     until: date, ends: date | None) -> None:
    last = min(until, ends) if ends else until
    for year in range(person.joined_on.year, last.year + 1):
        for benefit, chance in (("sickness", 0.07), ("birth", 0.04), ("elderly", 1.0),
                                ("education", 1.0)):
            if rng.random() >= chance:
                continue
            event = date(year, rng.randint(1, 12), rng.randint(1, 28))
            if benefit == "birth" and not is_female_of_childbearing_age(person, event):
                continue
            if benefit in ("elderly", "education"):
                event = date(year, 10 if benefit == "elderly" else 5, 15)
                if not claims.could_qualify(person, benefit, event):
                    continue
            filed = event + timedelta(days=rng.randint(1, 30))
            if not person.joined_on < event < filed <= last:
                continue
            nights = rng.randint(1, 5) if benefit == "sickness" else None
            timeline.at(filed, FILE, _filer(timeline, claims, person, benefit, event, filed,
                                            nights))


def _filer(timeline: Timeline, claims: DemoClaims, person: DemoPerson, benefit: str,
           event: date, filed: date, nights: int | None) -> Callable[[], None]:
    return lambda: claims.file(timeline, person, benefit, event, filed, nights)
