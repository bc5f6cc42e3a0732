"""The zone's figures, every fund at once: one grouped query per figure, so a
province of hundreds of funds is read in a few queries, on SQLite or PostgreSQL."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Connection, and_, distinct, func, select

from welfare_desk.db import schema as t

ByFund = dict[str, dict[str, int]]


def _nested(rows: object) -> ByFund:
    result: ByFund = defaultdict(dict)
    for fund_id, key, value in rows:  # type: ignore[attr-defined]
        result[fund_id][str(key)] = int(value or 0)
    return dict(result)


class ZoneReportRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def funds(self) -> list[tuple[str, str, str, str, str]]:
        """(id, code, name, amphoe, province) of every fund with data here."""
        f = t.fund
        rows = self.conn.execute(select(f.c.id, f.c.code, f.c.name, f.c.amphoe, f.c.province)
                                 .order_by(f.c.province, f.c.amphoe, f.c.code))
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def members_by_status(self, as_of: date) -> ByFund:
        m = t.member
        return _nested(self.conn.execute(
            select(m.c.fund_id, m.c.status, func.count())
            .where(m.c.joined_on <= as_of).group_by(m.c.fund_id, m.c.status)))

    def active_by_category(self, as_of: date) -> ByFund:
        m, c = t.member, t.member_category
        return _nested(self.conn.execute(
            select(m.c.fund_id, c.c.category, func.count())
            .join(c, c.c.member_id == m.c.id)
            .where(m.c.status == "active", m.c.joined_on <= as_of)
            .group_by(m.c.fund_id, c.c.category)))

    def account_totals(self, first: date, last: date) -> ByFund:
        """fund -> account code -> sum of postings in the period (debit positive),
        leaving out the year's closing entries (they move the year's result, not money).

        All postings of the period come from the account/date index alone; the few
        closing entries are then taken off, rather than joining every posting to
        its entry (three times slower on a province).
        """
        a, p, j = t.account, t.posting, t.journal_entry
        in_period = and_(p.c.entry_date >= first, p.c.entry_date <= last)
        totals = _nested(self.conn.execute(
            select(a.c.fund_id, a.c.code, func.sum(p.c.amount))
            .join(p, p.c.account_id == a.c.id).where(in_period)
            .group_by(a.c.fund_id, a.c.code)))
        closing = self.conn.execute(
            select(a.c.fund_id, a.c.code, func.sum(p.c.amount))
            .select_from(j).join(p, p.c.entry_id == j.c.id).join(a, a.c.id == p.c.account_id)
            .where(j.c.source == "year_close", in_period)
            .group_by(a.c.fund_id, a.c.code))
        for fund_id, code, amount in closing:
            totals[fund_id][code] -= int(amount or 0)
        return totals

    def money_balances(self, as_of: date) -> ByFund:
        a, p = t.account, t.posting
        return _nested(self.conn.execute(
            select(a.c.fund_id, a.c.code, func.sum(p.c.amount))
            .join(p, p.c.account_id == a.c.id)
            .where(a.c.role.in_(("cash", "bank")), p.c.entry_date <= as_of)
            .group_by(a.c.fund_id, a.c.code)))

    def grants_by_source(self, first: date, last: date) -> ByFund:
        g = t.grant
        return _nested(self.conn.execute(
            select(g.c.fund_id, g.c.source, func.sum(g.c.amount))
            .where(g.c.received_on >= first, g.c.received_on <= last)
            .group_by(g.c.fund_id, g.c.source)))

    def benefits_paid(self, first: date, last: date) -> dict[str, dict[str, tuple[int, int]]]:
        """fund -> benefit code -> (claims paid, amount); non-members under "non_member"."""
        c, v, n = t.claim, t.payment_voucher, t.non_member_aid
        in_period = and_(v.c.paid_on >= first, v.c.paid_on <= last)
        result: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        for fund_id, code, claims, amount in self.conn.execute(
                select(c.c.fund_id, c.c.benefit_code, func.count(), func.sum(v.c.amount))
                .join(v, v.c.claim_id == c.c.id).where(in_period)
                .group_by(c.c.fund_id, c.c.benefit_code)):
            result[fund_id][code] = (int(claims), int(amount))
        for fund_id, claims, amount in self.conn.execute(
                select(n.c.fund_id, func.count(), func.sum(v.c.amount))
                .join(v, v.c.id == n.c.voucher_id).where(in_period).group_by(n.c.fund_id)):
            result[fund_id]["non_member"] = (int(claims), int(amount))
        return dict(result)

    def benefit_names(self) -> dict[str, str]:
        b = t.benefit_type
        return {code: name for code, name in self.conn.execute(
            select(b.c.code, func.min(b.c.name_th)).group_by(b.c.code))}

    def matched_more_than(self, times: int) -> dict[str, int]:
        """fund -> members matched more than ``times`` times."""
        mm, m = t.matching_mark, t.member
        counted = (select(mm.c.member_id).group_by(mm.c.member_id)
                   .having(func.count() > times).subquery())
        rows = self.conn.execute(select(m.c.fund_id, func.count())
                                 .join(counted, counted.c.member_id == m.c.id)
                                 .group_by(m.c.fund_id))
        return {fund_id: int(n) for fund_id, n in rows}

    def last_batches(self) -> dict[str, str]:
        b = t.zone_batch
        rows = self.conn.execute(select(b.c.fund_id, func.max(b.c.received_at))
                                 .where(b.c.status == "applied").group_by(b.c.fund_id))
        return {fund_id: at for fund_id, at in rows}

    def active_in_several_funds(self) -> list[tuple[str, list[tuple[str, int, str]]]]:
        """(national ID, [(fund id, member no., name)]) for people active in 2+ funds."""
        m = t.member
        shared = (select(m.c.national_id).where(m.c.status == "active",
                                                m.c.national_id.is_not(None))
                  .group_by(m.c.national_id).having(func.count(distinct(m.c.fund_id)) > 1)
                  .subquery())
        rows = self.conn.execute(
            select(m.c.national_id, m.c.fund_id, m.c.member_no, m.c.title, m.c.first_name,
                   m.c.last_name)
            .join(shared, shared.c.national_id == m.c.national_id)
            .where(m.c.status == "active").order_by(m.c.national_id, m.c.fund_id))
        people: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
        for nid, fund_id, no, title, first, last in rows:
            people[nid].append((fund_id, int(no), f"{title}{first} {last}"))
        return list(people.items())
