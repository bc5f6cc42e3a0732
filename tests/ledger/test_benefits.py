"""The benefit regulation as data, and every check of a claim's eligibility."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from string import Formatter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.ledger.benefits import (
    BenefitType,
    ClaimFacts,
    Decision,
    Fixed,
    PerNight,
    PriorPayout,
    Reason,
    Regulation,
    RuleVersion,
    TiersByMembershipYears,
    evaluate_claim,
)
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.members import Category, Gender, MemberFacts, MemberStatus
from welfare_desk.ledger.periods import fiscal_year_of
from welfare_desk.ledger.starter_regulation import starter_regulation

B = 100  # satang per baht
REG = starter_regulation()
DOCTOR = frozenset({"ใบรับรองแพทย์"})
DEATH_DOCS = frozenset({"มรณบัตร", "สำเนาทะเบียนบ้านที่ประทับคำว่า “ตาย”"})
START = date(2020, 1, 1)


def member(
    joined: date = date(2020, 1, 1),
    born: date | None = date(1970, 6, 15),
    gender: Gender = Gender.FEMALE,
    categories: frozenset[Category] = frozenset(),
    status: MemberStatus = MemberStatus.ACTIVE,
    since: date | None = None,
) -> MemberFacts:
    return MemberFacts("m1", 1, joined, born, gender, categories, status, since)


def claim(
    code: str,
    event: date,
    *,
    filed: date | None = None,
    nights: int | None = None,
    docs: frozenset[str] = frozenset(),
    requested: int | None = None,
) -> ClaimFacts:
    return ClaimFacts(code, event, filed or event, nights, docs, requested)


def judge(
    c: ClaimFacts,
    m: MemberFacts | None = None,
    prior: tuple[PriorPayout, ...] = (),
    reg: Regulation = REG,
    start: tuple[int, int] = (10, 1),
) -> Decision:
    return evaluate_claim(reg, m or member(), c, prior, start)


def reason(d: Decision, code: str) -> Reason:
    found = d.reason(code)
    assert found is not None, f"no reason {code} in {[r.code for r in d.reasons]}"
    return found


def text(r: Reason) -> str:
    return r.message.format(**r.params)


def custom(**changes: object) -> Regulation:
    """A one-benefit regulation ("test", ข้อ 99) with the given rule fields."""
    base = RuleVersion("test", 1, START, "ข้อ 99", "", Fixed(1_000 * B))
    rule = replace(base, **changes)  # type: ignore[arg-type]
    return Regulation((BenefitType("test", "ทดสอบ", "Test", "5119", "other"),), (rule,))


def sick(
    event: date,
    nights: int = 2,
    *,
    filed: date | None = None,
    docs: frozenset[str] = DOCTOR,
    requested: int | None = None,
) -> ClaimFacts:
    return claim("sickness", event, filed=filed, nights=nights, docs=docs, requested=requested)


# --- the data model -------------------------------------------------------------------


def test_amount_forms_refuse_floats_and_non_positive_amounts() -> None:
    with pytest.raises(TypeError):
        Fixed(500.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        PerNight(200.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        TiersByMembershipYears(((0, 3000.0),))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Fixed(True)
    for bad in (lambda: Fixed(0), lambda: Fixed(-1), lambda: PerNight(100, max_nights=0)):
        with pytest.raises(UserError):
            bad()


def test_tiers_must_go_up_and_the_highest_reached_wins() -> None:
    tiers = TiersByMembershipYears(((0, 100), (3, 300), (5, 500)))
    assert [tiers.amount_for(y) for y in (0, 2, 3, 4, 5, 40)] == [100, 100, 300, 300, 500, 500]
    assert TiersByMembershipYears(((1, 100),)).amount_for(0) == 0
    for bad in ((), ((3, 300), (1, 100)), ((1, 100), (1, 200)), ((-1, 100),)):
        with pytest.raises(UserError):
            TiersByMembershipYears(bad)


def test_a_benefit_type_has_a_codi_kind_and_an_account() -> None:
    with pytest.raises(UserError):
        BenefitType("x", "เอ็กซ์", "X", "5119", "lottery")
    with pytest.raises(UserError):
        BenefitType("x", "เอ็กซ์", "X", "51-19", "other")
    with pytest.raises(UserError):
        BenefitType("", "เอ็กซ์", "X", "5119", "other")


def test_a_rule_version_checks_its_own_fields() -> None:
    base = RuleVersion("test", 1, START, "ข้อ 99", "", Fixed(100))
    with pytest.raises(UserError):
        replace(base, min_age=61, max_age=60)
    with pytest.raises(UserError):
        replace(base, allowed_statuses=frozenset())
    with pytest.raises(UserError):
        replace(base, clause=" ")
    with pytest.raises(UserError):
        replace(base, version=0)
    with pytest.raises(UserError):
        replace(base, waiting_days=-1)
    with pytest.raises(UserError):
        replace(base, max_times_per_year=0)
    with pytest.raises(TypeError):
        replace(base, cap_per_year=1000.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        replace(base, amount=500)  # type: ignore[arg-type]
    assert base.allowed_statuses == frozenset({MemberStatus.ACTIVE})


def test_the_rule_in_force_is_the_latest_started_version() -> None:
    assert REG.rule_in_force("sickness", date(2019, 12, 31)) is None
    v1 = REG.rule_in_force("sickness", START)
    assert v1 is not None and v1.version == 1 and v1.amount == PerNight(20_000, 3)
    v1_late = REG.rule_in_force("sickness", date(2024, 9, 30))
    assert v1_late is not None and v1_late.version == 1
    v2 = REG.rule_in_force("sickness", date(2024, 10, 1))
    assert v2 is not None and v2.version == 2 and v2.amendment == "แก้ไขเพิ่มเติมครั้งที่ 1"
    assert REG.rule_in_force("housing", date(2025, 1, 1)) is None
    assert REG.rule_in_force("nothing", date(2025, 1, 1)) is None
    assert REG.next_version_number("sickness") == 3
    assert REG.next_version_number("housing") == 1


def test_an_amendment_is_a_new_regulation_taking_effect_later() -> None:
    latest = REG.latest("sickness")
    assert latest is not None
    v3 = replace(
        latest,
        version=3,
        effective_from=date(2026, 1, 1),
        amendment="แก้ไขเพิ่มเติมครั้งที่ 2",
        amount=PerNight(40_000, 3),
    )
    amended = REG.add_version(v3)
    assert amended.rule_in_force("sickness", date(2026, 1, 1)) == v3
    assert amended.rule_in_force("sickness", date(2025, 12, 31)).version == 2  # type: ignore[union-attr]
    assert REG.rule_in_force("sickness", date(2026, 1, 1)).version == 2  # type: ignore[union-attr]
    with pytest.raises(UserError):  # not after the latest's effective date
        REG.add_version(replace(v3, effective_from=date(2024, 10, 1)))
    with pytest.raises(UserError):  # version number must go up
        REG.add_version(replace(v3, version=2))
    with pytest.raises(UserError):
        REG.add_version(replace(v3, benefit_code="lottery"))
    first = RuleVersion("housing", 1, date(2025, 1, 1), "ข้อ 17", "", Fixed(3_000 * B))
    assert REG.add_version(first).rule_in_force("housing", date(2025, 1, 1)) == first


def test_a_regulation_refuses_inconsistent_data() -> None:
    types = REG.benefit_types
    with pytest.raises(UserError):
        Regulation((*types, types[0]), ())
    orphan = RuleVersion("lottery", 1, START, "ข้อ 1", "", Fixed(100))
    with pytest.raises(UserError):
        Regulation(types, (orphan,))
    v1 = RuleVersion("birth", 1, START, "ข้อ 10", "", Fixed(100))
    with pytest.raises(UserError):  # version 2 must take effect after version 1
        Regulation(types, (v1, replace(v1, version=2)))
    with pytest.raises(UserError):
        Regulation(types, (v1, replace(v1, effective_from=date(2021, 1, 1))))


def test_to_dict_is_json_safe_and_round_trips() -> None:
    data = REG.to_dict()
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert again == data
    assert Regulation.from_dict(again) == REG
    death = next(v for v in data["versions"] if v["benefit_code"] == "death")
    assert death["effective_from"] == "2020-01-01"
    assert death["allowed_statuses"] == ["active", "deceased"]
    assert death["amount"]["tiers"][0] == [0, 300_000]


def test_damaged_regulation_data_is_a_user_error() -> None:
    data = REG.to_dict()
    broken = json.loads(json.dumps(data))
    del broken["versions"][0]["clause"]
    with pytest.raises(UserError):
        Regulation.from_dict(broken)
    odd = json.loads(json.dumps(data))
    odd["versions"][0]["amount"] = {"form": "lottery"}
    with pytest.raises(UserError):
        Regulation.from_dict(odd)
    bad_date = json.loads(json.dumps(data))
    bad_date["versions"][0]["effective_from"] = "2020-13-01"
    with pytest.raises(UserError):
        Regulation.from_dict(bad_date)


_money = st.integers(min_value=1, max_value=10_000_000)
_maybe_money = st.none() | _money
_maybe_count = st.none() | st.integers(min_value=1, max_value=10)
_forms = st.one_of(
    st.builds(Fixed, _money),
    st.builds(PerNight, _money, st.none() | st.integers(min_value=1, max_value=30)),
    st.lists(
        st.tuples(st.integers(0, 40), _money), min_size=1, max_size=5, unique_by=lambda t: t[0]
    ).map(lambda ts: TiersByMembershipYears(tuple(sorted(ts)))),
)


@st.composite
def _rules(draw: st.DrawFn, version: int = 1, effective: date = START) -> RuleVersion:
    low = draw(st.none() | st.integers(0, 60))
    high = draw(st.none() | st.integers(low or 0, 100))
    return RuleVersion(
        "test",
        version,
        effective,
        draw(st.sampled_from(["ข้อ 1", "ข้อ 12", "ข้อ 12/1"])),
        draw(st.sampled_from(["", "แก้ไขเพิ่มเติมครั้งที่ 1"])),
        draw(_forms),
        waiting_days=draw(st.integers(0, 400)),
        cap_per_event=draw(_maybe_money),
        cap_per_year=draw(_maybe_money),
        cap_lifetime=draw(_maybe_money),
        max_times_per_year=draw(_maybe_count),
        max_times_lifetime=draw(_maybe_count),
        min_age=low,
        max_age=high,
        genders=draw(st.frozensets(st.sampled_from(Gender))),
        categories_any=draw(st.frozensets(st.sampled_from(Category))),
        min_membership_years=draw(st.none() | st.integers(0, 10)),
        claim_deadline_days=draw(st.none() | st.integers(0, 365)),
        required_documents=tuple(
            draw(
                st.lists(
                    st.sampled_from(["ใบรับรองแพทย์", "ใบมรณบัตร", "สำเนาบัตรประชาชน"]), unique=True
                )
            )
        ),
        allowed_statuses=draw(st.frozensets(st.sampled_from(MemberStatus), min_size=1)),
    )


def _one(rule: RuleVersion) -> Regulation:
    return Regulation((BenefitType("test", "ทดสอบ", "Test", "5119", "other"),), (rule,))


@given(_rules(), _rules(version=2, effective=date(2024, 10, 1)))
def test_any_regulation_round_trips_through_json(r1: RuleVersion, r2: RuleVersion) -> None:
    reg = Regulation(REG.benefit_types + _one(r1).benefit_types, (*REG.versions, r1, r2))
    assert Regulation.from_dict(json.loads(json.dumps(reg.to_dict()))) == reg


# --- evaluation: the rule in force -----------------------------------------------------


def test_an_unknown_benefit_or_no_rule_in_force_is_not_eligible() -> None:
    unknown = judge(claim("lottery", date(2023, 1, 1)))
    assert not unknown.eligible and unknown.amount == 0 and unknown.rule_version is None
    assert [r.code for r in unknown.reasons] == ["rule_in_force"]
    assert text(unknown.reasons[0]) == "The regulation has no benefit lottery"
    early = judge(claim("birth", date(2019, 12, 31)), member(joined=date(2019, 1, 1)))
    assert not early.eligible and early.clause == ""
    assert early.reasons[0].params == {"clause": "", "benefit": "birth"}
    assert (
        early.reasons[0].message == "No rule for benefit {benefit} was in force on the event date"
    )
    no_rule = judge(claim("housing", date(2023, 1, 1)))
    assert not no_rule.eligible and no_rule.reasons[0].code == "rule_in_force"


def test_a_claim_is_judged_by_the_version_in_force_on_the_event_date() -> None:
    old = judge(sick(date(2024, 9, 30), nights=1, filed=date(2024, 10, 5)))
    new = judge(sick(date(2024, 10, 1), nights=1))
    assert (old.rule_version, old.amount) == (1, 20_000)
    assert (new.rule_version, new.amount) == (2, 30_000)
    first = reason(new, "rule_in_force")
    assert first.ok and first.params["amendment"] == "แก้ไขเพิ่มเติมครั้งที่ 1"
    assert text(first) == (
        "นอนโรงพยาบาล: judged by ข้อ 11 (แก้ไขเพิ่มเติมครั้งที่ 1), version 2, in force on the event date"
    )
    assert text(reason(old, "rule_in_force")) == (
        "นอนโรงพยาบาล: judged by ข้อ 11, version 1, in force on the event date"
    )


@given(st.dates(min_value=date(2020, 7, 1), max_value=date(2030, 12, 31)))
def test_any_event_date_picks_the_version_then_in_force(event: date) -> None:
    d = judge(sick(event, nights=3))
    expected = 2 if event >= date(2024, 10, 1) else 1
    assert d.rule_version == expected
    assert d.amount == (90_000 if expected == 2 else 60_000)


def test_every_reason_cites_the_clause_and_formats_from_its_params() -> None:
    d = judge(sick(date(2023, 3, 1), nights=5, requested=50_000))
    assert d.eligible and d.clause == "ข้อ 11"
    for r in d.reasons:
        assert r.params["clause"] == "ข้อ 11"
        fields = {f for _, f, _, _ in Formatter().parse(r.message) if f}
        assert fields <= set(r.params), r.message
        text(r)


# --- evaluation: conditions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "ok"),
    [
        (MemberStatus.ACTIVE, True),
        (MemberStatus.LAPSED, False),
        (MemberStatus.RESIGNED, False),
        (MemberStatus.REMOVED, False),
        (MemberStatus.DECEASED, False),
    ],
)
def test_status_must_be_allowed_by_the_rule(status: MemberStatus, ok: bool) -> None:
    d = judge(sick(date(2023, 3, 1)), member(status=status, since=date(2023, 3, 1)))
    r = reason(d, "status")
    assert r.ok is ok and d.eligible is ok and r.params["status"] == status.value
    if not ok:
        assert text(r) == f"A member who is {status.value} cannot claim this benefit"
        assert d.amount == 0


def test_a_deceased_member_qualifies_for_death_only_on_the_day_of_death() -> None:
    died = date(2023, 5, 10)
    ok = judge(
        claim("death", died, docs=DEATH_DOCS), member(status=MemberStatus.DECEASED, since=died)
    )
    assert ok.eligible and reason(ok, "status").ok
    alive = judge(claim("death", died, docs=DEATH_DOCS))  # status not yet recorded
    assert alive.eligible
    other_day = judge(
        claim("death", died, docs=DEATH_DOCS),
        member(status=MemberStatus.DECEASED, since=date(2023, 1, 1)),
    )
    assert not other_day.eligible
    assert text(reason(other_day, "status")) == (
        "The member's death is recorded on another day than the event date"
    )
    funeral = judge(claim("funeral", died), member(status=MemberStatus.DECEASED, since=died))
    assert funeral.eligible and funeral.amount == 50_000


def test_the_waiting_period_counts_days_from_joining_to_the_event() -> None:
    joined = date(2023, 1, 1)
    short = judge(sick(joined + timedelta(days=179)), member(joined=joined))
    r = reason(short, "waiting_period")
    assert not short.eligible and not r.ok
    assert r.params == {"clause": "ข้อ 11", "days": 179, "required": 180}
    assert text(r) == ("Only 179 days a member on the event date; the waiting period is 180 days")
    enough = judge(sick(joined + timedelta(days=180)), member(joined=joined))
    assert enough.eligible and reason(enough, "waiting_period").ok
    before = judge(sick(date(2022, 12, 31)), member(joined=joined))
    assert text(reason(before, "waiting_period")) == (
        "The event is before the member joined the fund"
    )
    assert not before.eligible


def test_elderly_needs_three_full_years_of_membership() -> None:
    m = member(joined=date(2020, 10, 15), born=date(1950, 1, 1))
    short = judge(claim("elderly", date(2023, 10, 14)), m)
    r = reason(short, "membership_years")
    assert not short.eligible and r.params["years"] == 2 and r.params["required"] == 3
    assert text(r) == "Only 2 full years of membership; this benefit needs 3"
    ok = judge(claim("elderly", date(2023, 10, 15)), m)
    assert ok.eligible and ok.amount == 50_000 and reason(ok, "membership_years").ok


def test_age_limits_are_counted_on_the_event_date() -> None:
    m = member(born=date(1963, 10, 15))
    young = judge(claim("elderly", date(2023, 10, 14)), m)
    r = reason(young, "min_age")
    assert not young.eligible and (r.params["age"], r.params["limit"]) == (59, 60)
    assert text(r) == "Aged 59 on the event date; the minimum age is 60"
    assert judge(claim("elderly", date(2023, 10, 15)), m).eligible
    child = member(born=date(2005, 5, 16), categories=frozenset({Category.CHILD_YOUTH}))
    eighteen = judge(claim("education", date(2024, 5, 15)), child)
    assert eighteen.eligible and eighteen.amount == 100_000
    nineteen = judge(claim("education", date(2024, 5, 16)), child)
    assert not nineteen.eligible
    assert text(reason(nineteen, "max_age")) == ("Aged 19 on the event date; the maximum age is 18")


def test_an_unknown_birth_date_fails_only_where_age_matters() -> None:
    m = member(born=None)
    elderly = judge(claim("elderly", date(2023, 10, 15)), m)
    assert not elderly.eligible
    assert text(reason(elderly, "age")) == (
        "The member's date of birth is not recorded, and this benefit depends on age"
    )
    assert elderly.reason("min_age") is None
    birth = judge(claim("birth", date(2023, 10, 15)), m)
    assert birth.eligible and birth.reason("age") is None


def test_gender_condition() -> None:
    reg = custom(genders=frozenset({Gender.FEMALE}))
    assert judge(claim("test", date(2023, 1, 1)), reg=reg).eligible
    male = judge(claim("test", date(2023, 1, 1)), member(gender=Gender.MALE), reg=reg)
    r = reason(male, "gender")
    assert not male.eligible and not r.ok
    assert text(r) == "This benefit is for female; the member is male"
    anyone = judge(claim("test", date(2023, 1, 1)), member(gender=Gender.MALE), reg=custom())
    assert anyone.eligible and anyone.reason("gender") is None


def test_category_condition_needs_any_one_of_them() -> None:
    general = judge(claim("education", date(2023, 5, 15)), member(born=date(2010, 1, 1)))
    r = reason(general, "category")
    assert not general.eligible
    assert text(r) == "This benefit is for members who are child_youth; the member is -"
    both = member(
        born=date(2010, 1, 1), categories=frozenset({Category.ORPHAN, Category.CHILD_YOUTH})
    )
    assert judge(claim("education", date(2023, 5, 15)), both).eligible


def test_the_claim_deadline_counts_days_from_event_to_filing() -> None:
    event = date(2023, 3, 1)
    on_time = judge(sick(event, filed=event + timedelta(days=90)))
    assert on_time.eligible and reason(on_time, "claim_deadline").params["days"] == 90
    late = judge(sick(event, filed=event + timedelta(days=91)))
    r = reason(late, "claim_deadline")
    assert not late.eligible
    assert text(r) == "Filed 91 days after the event; claims must be filed within 90 days"
    early = judge(sick(event, filed=event - timedelta(days=1)))
    assert not early.eligible
    assert text(reason(early, "claim_deadline")) == "The claim is filed before the event date"


def test_missing_documents_are_named() -> None:
    none = judge(claim("death", date(2023, 5, 10)))
    r = reason(none, "documents")
    assert not none.eligible
    assert r.params["missing"] == "มรณบัตร, สำเนาทะเบียนบ้านที่ประทับคำว่า “ตาย”"
    one = judge(claim("death", date(2023, 5, 10), docs=frozenset({"มรณบัตร", "อื่น ๆ"})))
    assert text(reason(one, "documents")) == "Missing documents: สำเนาทะเบียนบ้านที่ประทับคำว่า “ตาย”"
    all_there = judge(claim("death", date(2023, 5, 10), docs=DEATH_DOCS | {"อื่น ๆ"}))
    assert all_there.eligible and reason(all_there, "documents").ok


# --- evaluation: amounts and caps ------------------------------------------------------


def test_a_per_night_benefit_needs_the_nights() -> None:
    for nights in (None, 0, -1):
        d = judge(claim("sickness", date(2023, 3, 1), nights=nights, docs=DOCTOR))
        assert not d.eligible and d.amount == 0 and not reason(d, "nights").ok
    two = judge(sick(date(2023, 3, 1), nights=2))
    assert two.amount == 40_000
    assert text(reason(two, "nights")) == "2 nights at 200.00 baht a night: 400.00 baht"


def test_at_most_max_nights_are_paid() -> None:
    d = judge(sick(date(2023, 3, 1), nights=5))
    assert d.eligible and d.amount == 60_000
    assert text(reason(d, "nights")) == (
        "5 nights claimed; at most 3 nights are paid, at 200.00 baht a night: 600.00 baht"
    )
    assert text(reason(d, "cap_per_event")) == "Within the cap of 600.00 baht per event"


def test_the_cap_per_event_reduces_the_amount() -> None:
    reg = custom(amount=PerNight(20_000), cap_per_event=60_000)
    d = judge(claim("test", date(2023, 3, 1), nights=5), reg=reg)
    assert d.eligible and d.amount == 60_000
    r = reason(d, "cap_per_event")
    assert r.ok and text(r) == (
        "Reduced from 1,000.00 to 600.00 baht by the cap of 600.00 baht per event"
    )


def test_the_cap_per_year_counts_this_fiscal_year_only() -> None:
    paid = (
        PriorPayout("sickness", date(2022, 11, 1), 60_000),
        PriorPayout("sickness", date(2023, 1, 5), 20_000),
    )
    d = judge(sick(date(2023, 3, 1), nights=3), prior=paid)
    r = reason(d, "cap_per_year")
    assert d.eligible and d.amount == 20_000
    assert text(r) == (
        "Reduced from 600.00 to 200.00 baht: 800.00 baht of the cap of "
        "1,000.00 baht a year is already paid"
    )
    next_year = judge(sick(date(2023, 10, 1), nights=3), prior=paid)
    assert next_year.amount == 60_000
    assert text(reason(next_year, "cap_per_year")) == (
        "Within the cap of 1,000.00 baht a year: 0.00 baht paid this fiscal year"
    )
    calendar = judge(sick(date(2023, 3, 1), nights=3), prior=paid, start=(1, 1))
    assert calendar.amount == 60_000  # only the January payout is in calendar 2023
    assert reason(calendar, "cap_per_year").params["paid"] == "200.00"


def test_a_used_up_yearly_cap_makes_the_claim_ineligible() -> None:
    paid = (
        PriorPayout("sickness", date(2023, 1, 5), 60_000),
        PriorPayout("sickness", date(2023, 2, 5), 40_000),
        PriorPayout("birth", date(2023, 2, 5), 50_000),
    )
    d = judge(sick(date(2023, 3, 1)), prior=paid)
    r = reason(d, "cap_per_year")
    assert not d.eligible and d.amount == 0 and not r.ok
    assert text(r) == (
        "The cap of 1,000.00 baht a year is used up: 1,000.00 baht paid this fiscal year"
    )
    disaster = judge(
        claim("disaster", date(2023, 9, 1)),
        prior=(PriorPayout("disaster", date(2023, 8, 1), 200_000),),
    )
    assert not disaster.eligible
    assert (
        judge(
            claim("disaster", date(2023, 10, 1)),
            prior=(PriorPayout("disaster", date(2023, 8, 1), 200_000),),
        ).amount
        == 200_000
    )


def test_the_lifetime_cap_counts_every_earlier_payout() -> None:
    reg = custom(cap_lifetime=150_000)
    paid = (PriorPayout("test", date(2021, 1, 1), 100_000),)
    d = judge(claim("test", date(2023, 1, 1)), prior=paid, reg=reg)
    assert d.eligible and d.amount == 50_000
    assert text(reason(d, "cap_lifetime")) == (
        "Reduced from 1,000.00 to 500.00 baht: 1,000.00 "
        "baht of the lifetime cap of 1,500.00 baht is "
        "already paid"
    )
    more = (*paid, PriorPayout("test", date(2022, 1, 1), 50_000))
    done = judge(claim("test", date(2023, 1, 1)), prior=more, reg=reg)
    assert not done.eligible
    assert text(reason(done, "cap_lifetime")) == (
        "The lifetime cap of 1,500.00 baht is used up: 1,500.00 baht paid before"
    )


def test_times_per_year_and_per_lifetime() -> None:
    births = (
        PriorPayout("birth", date(2022, 11, 1), 50_000),
        PriorPayout("birth", date(2023, 2, 1), 50_000),
    )
    third = judge(claim("birth", date(2023, 9, 1)), prior=births)
    r = reason(third, "max_times_per_year")
    assert not third.eligible and (r.params["count"], r.params["limit"]) == (2, 2)
    assert text(r) == "Paid 2 times in this fiscal year; at most 2 a year"
    assert judge(claim("birth", date(2023, 9, 1)), prior=births[:1]).amount == 50_000
    assert judge(claim("birth", date(2023, 10, 1)), prior=births).eligible
    funeral = judge(
        claim("funeral", date(2024, 1, 1)),
        prior=(PriorPayout("funeral", date(2021, 1, 1), 50_000),),
    )
    assert not funeral.eligible
    assert text(reason(funeral, "max_times_lifetime")) == (
        "Paid 1 times before; at most 1 in a lifetime"
    )
    other = judge(
        claim("funeral", date(2024, 1, 1)), prior=(PriorPayout("death", date(2021, 1, 1), 300_000),)
    )
    assert other.eligible


@pytest.mark.parametrize(
    ("event", "amount", "tier"),
    [
        (date(2020, 6, 29), 300_000, 0),
        (date(2020, 12, 31), 300_000, 0),
        (date(2021, 1, 1), 500_000, 1),
        (date(2022, 12, 31), 500_000, 1),
        (date(2023, 1, 1), 1_000_000, 3),
        (date(2025, 1, 1), 1_500_000, 5),
        (date(2030, 1, 1), 3_000_000, 10),
        (date(2041, 6, 1), 3_000_000, 10),
    ],
)
def test_death_is_tiered_by_full_years_of_membership(event: date, amount: int, tier: int) -> None:
    m = member(joined=date(2020, 1, 1), status=MemberStatus.DECEASED, since=event)
    d = judge(claim("death", event, docs=DEATH_DOCS), m)
    assert d.eligible and d.amount == amount and d.clause == "ข้อ 13"
    assert reason(d, "amount").params["tier"] == tier


def test_death_before_the_waiting_period_pays_nothing() -> None:
    d = judge(claim("death", date(2020, 6, 28), docs=DEATH_DOCS))
    assert not d.eligible and d.amount == 0 and not reason(d, "waiting_period").ok


def test_below_the_first_tier_is_not_eligible() -> None:
    reg = custom(amount=TiersByMembershipYears(((1, 100_000), (5, 500_000))))
    d = judge(claim("test", date(2020, 12, 31)), reg=reg)
    r = reason(d, "amount")
    assert not d.eligible and not r.ok
    assert text(r) == "0 full years of membership; the first tier needs 1"


def test_a_lower_requested_amount_is_paid() -> None:
    lower = judge(sick(date(2023, 3, 1), nights=3, requested=45_050))
    assert lower.eligible and lower.amount == 45_050
    assert text(reason(lower, "requested_amount")) == (
        "Paying the 450.50 baht requested; the rule allows 600.00"
    )
    higher = judge(sick(date(2023, 3, 1), nights=3, requested=100_000))
    assert higher.amount == 60_000
    assert text(reason(higher, "requested_amount")) == (
        "1,000.00 baht requested; the rule allows 600.00"
    )
    zero = judge(sick(date(2023, 3, 1), nights=3, requested=0))
    assert not zero.eligible and not reason(zero, "requested_amount").ok


def test_claim_facts_and_prior_payouts_refuse_floats() -> None:
    with pytest.raises(TypeError):
        ClaimFacts("birth", START, START, None, frozenset(), 500.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        PriorPayout("birth", START, 500.0)  # type: ignore[arg-type]


def test_the_decision_lists_every_check_of_the_rule() -> None:
    d = judge(sick(date(2023, 3, 1)))
    assert [r.code for r in d.reasons] == [
        "rule_in_force",
        "status",
        "waiting_period",
        "claim_deadline",
        "documents",
        "nights",
        "cap_per_event",
        "cap_per_year",
    ]
    assert all(r.ok for r in d.reasons) and d.failed == ()
    bad = judge(
        sick(date(2023, 3, 1), filed=date(2023, 9, 1), docs=frozenset()),
        member(status=MemberStatus.LAPSED),
    )
    assert {r.code for r in bad.failed} == {"status", "claim_deadline", "documents"}


# --- properties --------------------------------------------------------------------------

_event_dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def _members(draw: st.DrawFn) -> MemberFacts:
    return MemberFacts(
        "m",
        1,
        draw(st.dates(date(2015, 1, 1), date(2030, 12, 31))),
        draw(st.none() | st.dates(date(1920, 1, 1), date(2025, 1, 1))),
        draw(st.sampled_from(Gender)),
        draw(st.frozensets(st.sampled_from(Category))),
        draw(st.sampled_from(MemberStatus)),
        draw(st.none() | _event_dates),
    )


@st.composite
def _claims(draw: st.DrawFn) -> ClaimFacts:
    event = draw(_event_dates)
    return ClaimFacts(
        "test",
        event,
        event + timedelta(days=draw(st.integers(-5, 400))),
        draw(st.none() | st.integers(0, 40)),
        frozenset(draw(st.lists(st.sampled_from(["ใบรับรองแพทย์", "ใบมรณบัตร", "สำเนาบัตรประชาชน"])))),
        draw(st.none() | st.integers(0, 5_000_000)),
    )


_priors = st.lists(
    st.builds(
        PriorPayout, st.sampled_from(["test", "birth"]), _event_dates, st.integers(1, 2_000_000)
    ),
    max_size=6,
)


@given(_rules(), _members(), _claims(), _priors, st.sampled_from([(10, 1), (1, 1), (4, 1)]))
def test_the_amount_never_exceeds_any_cap(
    rule: RuleVersion,
    m: MemberFacts,
    c: ClaimFacts,
    prior: list[PriorPayout],
    start: tuple[int, int],
) -> None:
    d = evaluate_claim(_one(rule), m, c, prior, start)
    assert d.amount >= 0 and d.eligible == (d.amount > 0)
    assert d.eligible == all(r.ok for r in d.reasons)
    assert all(r.params["clause"] == rule.clause for r in d.reasons)
    for r in d.reasons:
        text(r)
    if not d.eligible:
        return
    same = [p for p in prior if p.benefit_code == "test"]
    year = fiscal_year_of(c.event_date, start)
    this_year = sum(p.amount for p in same if fiscal_year_of(p.event_date, start) == year)
    if rule.cap_per_event is not None:
        assert d.amount <= rule.cap_per_event
    if rule.cap_per_year is not None:
        assert d.amount <= rule.cap_per_year - this_year
    if rule.cap_lifetime is not None:
        assert d.amount <= rule.cap_lifetime - sum(p.amount for p in same)
    if c.requested_amount is not None:
        assert d.amount <= c.requested_amount
    assert evaluate_claim(_one(rule), m, c, prior, start) == d  # deterministic
