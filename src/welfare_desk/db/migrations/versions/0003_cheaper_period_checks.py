"""cheaper closed-period checks

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

The same rule as 0001 (an entry or a posting may not be dated inside a closed
period; the year's closing entry alone may fall inside a closed month of the year
it closes; a posting carries its entry's date), checked for less: the posting's
trigger reads its entry once instead of three times, and the locks are found by
their last day, so a posting in an open month (nearly all of them, and every one
of a zone's merge) meets no lock at all instead of every earlier one of its fund.
Bulk writes (the zone's merge, imports) spent half their time in these triggers.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_IN_CLOSED = """EXISTS (SELECT 1 FROM period_lock AS pl
    WHERE pl.fund_id = {fund} AND pl.last_day >= {day} AND pl.first_day <= {day}
      AND pl.reopened_at IS NULL AND NOT ({source} = 'year_close' AND pl.kind = 'month'))"""

# 0001's text, for the downgrade.
_IN_CLOSED_0001 = """EXISTS (SELECT 1 FROM period_lock AS pl
    WHERE pl.fund_id = {fund} AND {day} BETWEEN pl.first_day AND pl.last_day
      AND pl.reopened_at IS NULL AND NOT ({source} = 'year_close' AND pl.kind = 'month'))"""


def upgrade() -> None:
    op.create_index("ix_period_lock_fund_end", "period_lock", ["fund_id", "last_day"])
    # IF EXISTS: databases made while 0002 was being written may lack it.
    op.execute("DROP INDEX IF EXISTS ix_period_lock_fund")
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_functions(_IN_CLOSED)
    else:
        _sqlite_triggers(_IN_CLOSED, _sqlite_posting_check)


def downgrade() -> None:
    op.create_index("ix_period_lock_fund", "period_lock", ["fund_id", "first_day"])
    op.drop_index("ix_period_lock_fund_end", table_name="period_lock")
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_functions(_IN_CLOSED_0001)
    else:
        _sqlite_triggers(_IN_CLOSED_0001, _sqlite_posting_check_0001)


def _sqlite_posting_check(in_closed: str) -> str:
    """True when the posting must be refused: no entry of its date, or a closed period."""
    return ("NOT EXISTS (SELECT 1 FROM journal_entry AS je WHERE je.id = NEW.entry_id "
            "AND je.entry_date = NEW.entry_date AND NOT "
            + in_closed.format(fund="je.fund_id", day="NEW.entry_date", source="je.source")
            + ")")


def _sqlite_posting_check_0001(in_closed: str) -> str:
    closed = in_closed.format(
        fund="(SELECT fund_id FROM journal_entry WHERE id = NEW.entry_id)",
        day="NEW.entry_date",
        source="(SELECT source FROM journal_entry WHERE id = NEW.entry_id)",
    )
    return (f"{closed} OR NOT EXISTS (SELECT 1 FROM journal_entry AS je "
            "WHERE je.id = NEW.entry_id AND je.entry_date = NEW.entry_date)")


def _sqlite_triggers(in_closed: str, posting_check: Callable[[str], str]) -> None:
    op.execute("DROP TRIGGER journal_entry_closed_period")
    op.execute("DROP TRIGGER posting_closed_period")
    entry_closed = in_closed.format(fund="NEW.fund_id", day="NEW.entry_date",
                                    source="NEW.source")
    op.execute("CREATE TRIGGER journal_entry_closed_period BEFORE INSERT ON journal_entry "
               f"WHEN {entry_closed} "
               "BEGIN SELECT RAISE(ABORT, 'the period is closed'); END")
    op.execute("CREATE TRIGGER posting_closed_period BEFORE INSERT ON posting "
               f"WHEN {posting_check(in_closed)} "
               "BEGIN SELECT RAISE(ABORT, 'the period is closed or the entry is missing'); END")


def _postgresql_functions(in_closed: str) -> None:
    """CREATE OR REPLACE keeps the triggers of 0001, which call these functions."""
    entry_closed = in_closed.format(fund="NEW.fund_id", day="NEW.entry_date",
                                    source="NEW.source")
    posting_closed = in_closed.format(fund="je.fund_id", day="NEW.entry_date",
                                      source="je.source")
    op.execute(f"""CREATE OR REPLACE FUNCTION wd_entry_period_open() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF {entry_closed} THEN RAISE EXCEPTION 'the period is closed'; END IF;
      RETURN NEW;
    END $$""")
    op.execute(f"""CREATE OR REPLACE FUNCTION wd_posting_period_open() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE je RECORD;
    BEGIN
      SELECT fund_id, source, entry_date INTO je FROM journal_entry WHERE id = NEW.entry_id;
      IF NOT FOUND OR je.entry_date <> NEW.entry_date OR {posting_closed}
      THEN RAISE EXCEPTION 'the period is closed or the entry is missing'; END IF;
      RETURN NEW;
    END $$""")
