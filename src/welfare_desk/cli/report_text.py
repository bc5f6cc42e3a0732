"""Reports as text on the terminal, in the chosen language."""

from __future__ import annotations

from typing import Any

from welfare_desk.cli.columns import cell
from welfare_desk.cli.context import Context
from welfare_desk.ledger.members import CATEGORY_NAMES, STATUS_NAMES, Category, MemberStatus
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.text import N_


def _row(label: str, amount: int, indent: int = 2) -> None:
    print(f"{' ' * indent}{cell(label, 46)} {format_baht(amount):>16}")


def print_receipts_payments(ctx: Context, r: Any) -> None:
    ctx.say(N_("Receipts and payments {first} to {last}"), first=ctx.date(r.first),
            last=ctx.date(r.last))
    ctx.say(N_("Brought forward"))
    for line in r.opening:
        _row(f"{line.code} {line.name}", line.amount)
    ctx.say(N_("Receipts"))
    for line in r.receipts:
        _row(f"{line.code} {line.name}", line.amount)
    _row(ctx.tr(N_("Total receipts")), r.total_receipts, 4)
    ctx.say(N_("Payments"))
    for line in r.payments:
        _row(f"{line.code} {line.name}", line.amount)
    _row(ctx.tr(N_("Total payments")), r.total_payments, 4)
    if r.other_movements:
        _row(ctx.tr(N_("Other movements (investments, amounts held)")), r.other_movements)
    ctx.say(N_("Carried forward"))
    for line in r.closing:
        _row(f"{line.code} {line.name}", line.amount)


def print_position(ctx: Context, p: Any) -> None:
    ctx.say(N_("Financial position on {date}"), date=ctx.date(p.as_of))
    for title, lines in ((N_("Assets"), p.assets), (N_("Liabilities"), p.liabilities),
                         (N_("Fund balance"), p.equity)):
        print(ctx.tr(title))
        for line in lines:
            _row(f"{line.code} {line.name}".strip(), line.amount)
    _row(ctx.tr(N_("Total assets")), p.total_assets, 0)
    _row(ctx.tr(N_("Total liabilities and fund balance")), p.total_liabilities_and_equity, 0)


def print_benefits(ctx: Context, b: Any) -> None:
    ctx.say(N_("Benefits paid {first} to {last}"), first=ctx.date(b.first), last=ctx.date(b.last))
    for _code, name, total in b.lines:
        print(f"  {cell(name, 40)} {total.people:>6} {ctx.tr(N_('people'))} "
              f"{format_baht(total.amount):>14}")
    aid = b.non_members
    print(f"  {cell(ctx.tr(N_('Help to non-members')), 40)} {aid.people:>6} {ctx.tr(N_('people'))} "
          f"{format_baht(aid.amount):>14}")
    _row(ctx.tr(N_("Total")), b.total_amount, 0)


def print_members(ctx: Context, m: Any) -> None:
    ctx.say(N_("Members on {date}"), date=ctx.date(m.as_of))
    for status, count in sorted(m.by_status.items()):
        print(f"  {cell(ctx.tr(STATUS_NAMES[MemberStatus(status)]), 30)} {count:>8,}")
    ctx.say(N_("Active members by category"))
    for category, count in sorted(m.by_category.items()):
        print(f"  {cell(ctx.tr(CATEGORY_NAMES[Category(category)]), 30)} {count:>8,}")
    ctx.say(N_("Active members by village"))
    for moo, count in m.by_village.items():
        print(f"  {ctx.tr(N_('village'))} {moo:<23} {count:>8,}")
    ctx.say(N_("Active members by age group"))
    for group, count in sorted(m.by_age_group.items()):
        print(f"  {cell(group, 30)} {count:>8,}")


def print_statement(ctx: Context, s: Any) -> None:
    from welfare_desk.cli.grids import print_grid

    print(f"{s.member.member_no}  {s.member.full_name}")
    print_grid(ctx, s.grid)
    names = {"dues": N_("Dues"), "entry_fee": N_("Entry fee")}
    for r in s.receipts:
        item = ", ".join(dict.fromkeys(ctx.tr(names.get(kind, text))
                                       for kind, text, _account, _amount in r.lines))
        amount = f"{'–':>12}  [{ctx.tr(N_('void'))}]" if r.voided else f"{format_baht(r.total):>12}"
        print(f"  {cell(ctx.date(r.issued_on), 12)}  {r.book_no}/{r.number_in_book:03d}  "
              f"{cell(item, 24)} {amount}")
    _row(ctx.tr(N_("Dues paid")), s.dues_paid, 0)
    if s.paid_of("entry_fee"):
        _row(ctx.tr(N_("Entry fee")), s.paid_of("entry_fee"), 0)
    _row(ctx.tr(N_("Total received (voided receipts not counted)")), s.received_total, 0)
    for c in s.claims:
        outcome = (N_("waiting") if c.approved is None else N_("paid") if c.voucher_no
                   else N_("approved") if c.approved else N_("rejected"))
        print(f"  {c.claim_no}  {s.benefit_names.get(c.benefit_code, c.benefit_code)}  "
              f"{ctx.date(c.event_date)}  {ctx.tr(outcome)}  "
              f"{format_baht(c.approved_amount or 0):>12}")
    _row(ctx.tr(N_("Benefits received")), s.benefits_received, 0)


def print_codi(ctx: Context, c: Any) -> None:
    ctx.say(N_("CODI status figures: {name} ({code}), fiscal year {year}"), name=c.fund_name,
            code=c.fund_code, year=c.fiscal_year + 543)
    print_members(ctx, c.members)
    ctx.say(N_("Villages covered: {covered} of {total} ({percent}%)"),
            covered=c.villages_covered, total=c.villages_total,
            percent=c.village_coverage_percent)
    ctx.say(N_("Money by source this year / since the start"))
    for source, amount in c.money_by_source_year.items():
        print(f"  {cell(source, 30)} {format_baht(amount):>16} "
              f"{format_baht(c.money_by_source_total.get(source, 0)):>16}")
    print_benefits(ctx, c.benefits)
    print_position(ctx, c.position)
