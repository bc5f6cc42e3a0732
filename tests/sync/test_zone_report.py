"""The zone's figures are the funds' own: each fund's row equals what its own
reports say, the zone's total is their sum, and a person active in two funds
is flagged."""

from __future__ import annotations

from datetime import date

from tests.conftest import add_member
from tests.sync.conftest import Fund, Zone
from welfare_desk.ledger.thai_id import make_national_id, mask_national_id
from welfare_desk.services.reports.books import money_balance
from welfare_desk.services.reports.codi import codi_status
from welfare_desk.services.reports.members import benefits_by_type, member_breakdown
from welfare_desk.services.zone_report import report_tables, zone_report

FIRST, LAST = date(2025, 10, 1), date(2026, 9, 30)
SHARED_ID = make_national_id("310010012345")


def test_each_funds_row_is_its_own_report_and_the_zone_is_their_sum(zone: Zone,
                                                                     make_fund) -> None:
    funds: list[Fund] = [make_fund(seed=31), make_fund(seed=32)]
    for fund in funds:
        add_member(fund.db, fund.user, "สมหมาย", joined=date(2026, 3, 1),
                   national_id=SHARED_ID)
        zone.register(fund)
        assert [r.outcome for r in zone.import_(fund.export())] == ["applied"]
    report = zone_report(zone.store, FIRST, LAST, today=date(2026, 12, 1))
    by_id = {f.fund_id: f for f in report.funds}
    for fund in funds:
        figures = by_id[fund.db.fund_id()]
        own = member_breakdown(fund.db, LAST)
        assert figures.members == own.by_status
        assert figures.categories == own.by_category
        codi = codi_status(fund.db, 2026)
        for source, amount in codi.money_by_source_year.items():
            assert figures.income.get(source, 0) == amount, source
        benefits = benefits_by_type(fund.db, FIRST, LAST)
        assert figures.benefits_total == benefits.total_amount
        for code, _name, line in benefits.lines:
            assert figures.benefits[code] == (line.claims, line.amount)
        with fund.db.read() as repos:
            assert figures.money == sum(money_balance(repos, repos.fund_id(), LAST).values())
    total = report.total
    assert total.money == sum(f.money for f in report.funds)
    assert total.income_total == sum(f.income_total for f in report.funds)
    assert total.benefits_total == sum(f.benefits_total for f in report.funds)
    assert total.members == {s: sum(f.members.get(s, 0) for f in report.funds)
                             for s in total.members}

    [shared] = report.shared_people
    assert shared.national_id == SHARED_ID
    assert sorted(code for code, _no, _name in shared.memberships) == sorted(
        f.code for f in report.funds)
    tables = report_tables(report, str, mask_national_id)
    flagged = tables[-1].rows[0]
    assert SHARED_ID not in repr(tables) and flagged[0] == mask_national_id(SHARED_ID)
