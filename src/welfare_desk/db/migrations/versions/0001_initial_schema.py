"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

The tables of db/schema.py as they were at 0001, plus the triggers that make
the event log and the posted books append-only and closed periods locked.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("fund_id", "seq", name=op.f("pk_event")),
    )
    op.create_table(
        "fund",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("tambon", sa.Text(), nullable=False),
        sa.Column("amphoe", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("fiscal_year_start", sa.String(length=5), nullable=False),
        sa.Column("receipt_book_size", sa.Integer(), nullable=False),
        sa.Column("first_receipt_book", sa.Integer(), nullable=False),
        sa.Column("lapse_after_missed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name_th", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_account_fund_id_fund")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("fund_id", "code", name=op.f("uq_account_fund_id")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_app_user_fund_id_fund")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("fund_id", "username", name=op.f("uq_app_user_fund_id")),
    )
    op.create_table(
        "balance_assertion",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("account_code", sa.String(length=8), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("asserted_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["fund.id"], name=op.f("fk_balance_assertion_fund_id_fund")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_balance_assertion")),
    )
    op.create_table(
        "benefit_type",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_th", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("account_code", sa.String(length=8), nullable=False),
        sa.Column("codi_kind", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["fund.id"], name=op.f("fk_benefit_type_fund_id_fund")
        ),
        sa.PrimaryKeyConstraint("fund_id", "code", name=op.f("pk_benefit_type")),
    )
    op.create_table(
        "counter",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_counter_fund_id_fund")),
        sa.PrimaryKeyConstraint("fund_id", "name", name=op.f("pk_counter")),
    )
    op.create_table(
        "dues_plan",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_dues_plan_fund_id_fund")),
        sa.PrimaryKeyConstraint("fund_id", "code", name=op.f("pk_dues_plan")),
    )
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reverses_id", sa.String(length=36), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["fund.id"], name=op.f("fk_journal_entry_fund_id_fund")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["journal_entry.id"],
            name=op.f("fk_journal_entry_reverses_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
        sa.UniqueConstraint("fund_id", "number", name=op.f("uq_journal_entry_fund_id")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index("ix_journal_entry_date", ["entry_date"], unique=False)

    op.create_table(
        "member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("member_no", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=32), nullable=False),
        sa.Column("first_name", sa.Text(), nullable=False),
        sa.Column("last_name", sa.Text(), nullable=False),
        sa.Column("national_id", sa.String(length=13), nullable=True),
        sa.Column("other_id", sa.Text(), nullable=True),
        sa.Column("gender", sa.String(length=16), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year_only", sa.Boolean(), nullable=False),
        sa.Column("village_no", sa.Integer(), nullable=False),
        sa.Column("house_no", sa.Text(), nullable=False),
        sa.Column("soi", sa.Text(), nullable=False),
        sa.Column("road", sa.Text(), nullable=False),
        sa.Column("tambon", sa.Text(), nullable=False),
        sa.Column("amphoe", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("entry_fee", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_since", sa.Date(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_member_fund_id_fund")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("fund_id", "member_no", name=op.f("uq_member_fund_id")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index("ix_member_national_id", ["national_id"], unique=False)

    op.create_table(
        "period_lock",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=False),
        sa.Column("reopened_by", sa.Text(), nullable=True),
        sa.Column("reopened_at", sa.String(length=32), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_period_lock_fund_id_fund")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_lock")),
    )
    op.create_table(
        "rule_version",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("benefit_code", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("clause", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["fund.id"], name=op.f("fk_rule_version_fund_id_fund")
        ),
        sa.PrimaryKeyConstraint("fund_id", "benefit_code", "version", name=op.f("pk_rule_version")),
    )
    op.create_table(
        "village",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("moo", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_village_fund_id_fund")),
        sa.PrimaryKeyConstraint("fund_id", "moo", name=op.f("pk_village")),
    )
    op.create_table(
        "beneficiary",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relation", sa.Text(), nullable=False),
        sa.Column("national_id", sa.String(length=13), nullable=True),
        sa.Column("share_percent", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_beneficiary_member_id_member")
        ),
        sa.PrimaryKeyConstraint("member_id", "position", name=op.f("pk_beneficiary")),
    )
    op.create_table(
        "claim",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("claim_no", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("benefit_code", sa.String(length=32), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("nights", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("requested_amount", sa.Integer(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("filed_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_claim_fund_id_fund")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_claim_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
        sa.UniqueConstraint("fund_id", "claim_no", name=op.f("uq_claim_fund_id")),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index("ix_claim_member", ["member_id"], unique=False)

    op.create_table(
        "grant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("money_account", sa.String(length=8), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_grant_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_grant_fund_id_fund")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant")),
    )
    op.create_table(
        "matching_mark",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("marked_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_matching_mark_member_id_member")
        ),
        sa.PrimaryKeyConstraint("member_id", "year", name=op.f("pk_matching_mark")),
    )
    op.create_table(
        "member_category",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_category_member_id_member")
        ),
        sa.PrimaryKeyConstraint("member_id", "category", name=op.f("pk_member_category")),
    )
    op.create_table(
        "member_plan",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("from_month", sa.String(length=7), nullable=False),
        sa.Column("plan_code", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_plan_member_id_member")
        ),
        sa.PrimaryKeyConstraint("member_id", "from_month", name=op.f("pk_member_plan")),
    )
    op.create_table(
        "member_status_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_status_change_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_status_change")),
    )
    op.create_table(
        "posting",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_posting_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_posting_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_posting_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting")),
    )
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.create_index(
            "ix_posting_account_date", ["account_id", "entry_date", "amount"], unique=False
        )
        batch_op.create_index("ix_posting_entry", ["entry_id"], unique=False)
        batch_op.create_index("ix_posting_member", ["member_id"], unique=False)

    op.create_table(
        "receipt",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("book_no", sa.Integer(), nullable=False),
        sa.Column("number_in_book", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("payer_name", sa.Text(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("money_account", sa.String(length=8), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("issued_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_receipt_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f("fk_receipt_fund_id_fund")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_receipt_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("fund_id", "seq", name=op.f("uq_receipt_fund_id")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index("ix_receipt_member", ["member_id", "issued_on"], unique=False)

    op.create_table(
        "claim_decision",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("meeting_ref", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_claim_decision_claim_id_claim")
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_decision")),
    )
    op.create_table(
        "payment_voucher",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("voucher_no", sa.String(length=32), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=True),
        sa.Column("payee_name", sa.Text(), nullable=False),
        sa.Column("payee_national_id", sa.String(length=13), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("expense_account", sa.String(length=8), nullable=False),
        sa.Column("money_account", sa.String(length=8), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("paid_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_payment_voucher_claim_id_claim")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_payment_voucher_entry_id_journal_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["fund.id"], name=op.f("fk_payment_voucher_fund_id_fund")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_voucher")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_payment_voucher_claim_id")),
        sa.UniqueConstraint("fund_id", "voucher_no", name=op.f("uq_payment_voucher_fund_id")),
    )
    op.create_table(
        "receipt_line",
        sa.Column("receipt_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("account_code", sa.String(length=8), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_line_receipt_id_receipt")
        ),
        sa.PrimaryKeyConstraint("receipt_id", "line_no", name=op.f("pk_receipt_line")),
    )
    op.create_table(
        "receipt_void",
        sa.Column("receipt_id", sa.String(length=36), nullable=False),
        sa.Column("voided_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reversal_entry_id", sa.String(length=36), nullable=False),
        sa.Column("voided_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_void_receipt_id_receipt")
        ),
        sa.ForeignKeyConstraint(
            ["reversal_entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_receipt_void_reversal_entry_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("receipt_id", name=op.f("pk_receipt_void")),
    )
    op.create_table(
        "non_member_aid",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("recipient_name", sa.Text(), nullable=False),
        sa.Column("national_id", sa.String(length=13), nullable=True),
        sa.Column("village_no", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("voucher_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["fund.id"], name=op.f("fk_non_member_aid_fund_id_fund")
        ),
        sa.ForeignKeyConstraint(
            ["voucher_id"],
            ["payment_voucher.id"],
            name=op.f("fk_non_member_aid_voucher_id_payment_voucher"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_non_member_aid")),
    )

    _create_triggers()


IMMUTABLE = (
    "event",
    "journal_entry",
    "posting",
    "receipt",
    "receipt_line",
    "receipt_void",
    "payment_voucher",
    "claim",
    "claim_decision",
    "grant",
    "member_status_change",
    "balance_assertion",
    "non_member_aid",
    "matching_mark",
)

# An entry may not be dated inside a closed period; the year-end closing entry
# alone may fall inside a closed month of the year it closes.
_IN_CLOSED_PERIOD = """EXISTS (SELECT 1 FROM period_lock AS pl
    WHERE pl.fund_id = {fund} AND {day} BETWEEN pl.first_day AND pl.last_day
      AND pl.reopened_at IS NULL AND NOT ({source} = 'year_close' AND pl.kind = 'month'))"""


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _create_postgresql_triggers()
        return
    for table in IMMUTABLE:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f'CREATE TRIGGER "{table}_no_{action.lower()}" BEFORE {action} ON "{table}" '
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )
    entry_closed = _IN_CLOSED_PERIOD.format(
        fund="NEW.fund_id", day="NEW.entry_date", source="NEW.source"
    )
    op.execute(
        "CREATE TRIGGER journal_entry_closed_period BEFORE INSERT ON journal_entry "
        f"WHEN {entry_closed} "
        "BEGIN SELECT RAISE(ABORT, 'the period is closed'); END"
    )
    posting_closed = _IN_CLOSED_PERIOD.format(
        fund="(SELECT fund_id FROM journal_entry WHERE id = NEW.entry_id)",
        day="NEW.entry_date",
        source="(SELECT source FROM journal_entry WHERE id = NEW.entry_id)",
    )
    op.execute(
        "CREATE TRIGGER posting_closed_period BEFORE INSERT ON posting "
        f"WHEN {posting_closed} OR NOT EXISTS (SELECT 1 FROM journal_entry AS je "
        "WHERE je.id = NEW.entry_id AND je.entry_date = NEW.entry_date) "
        "BEGIN SELECT RAISE(ABORT, 'the period is closed or the entry is missing'); END"
    )
    op.execute(
        "CREATE TRIGGER period_lock_no_delete BEFORE DELETE ON period_lock "
        "BEGIN SELECT RAISE(ABORT, 'period locks are kept'); END"
    )
    op.execute(
        "CREATE TRIGGER period_lock_reopen_only BEFORE UPDATE ON period_lock "
        "WHEN OLD.reopened_at IS NOT NULL OR NEW.reopened_at IS NULL "
        "OR NEW.id IS NOT OLD.id OR NEW.fund_id IS NOT OLD.fund_id OR NEW.kind IS NOT OLD.kind "
        "OR NEW.first_day IS NOT OLD.first_day OR NEW.last_day IS NOT OLD.last_day "
        "OR NEW.closed_by IS NOT OLD.closed_by OR NEW.closed_at IS NOT OLD.closed_at "
        "BEGIN SELECT RAISE(ABORT, 'a closed period can only be reopened, once'); END"
    )


# The same rules for a provincial or national roll-up on PostgreSQL.
_PG_FUNCTIONS = (
    """CREATE FUNCTION wd_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME; END $$""",
    f"""CREATE FUNCTION wd_entry_period_open() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF {_IN_CLOSED_PERIOD.format(fund="NEW.fund_id", day="NEW.entry_date",
                                   source="NEW.source")}
      THEN RAISE EXCEPTION 'the period is closed'; END IF;
      RETURN NEW;
    END $$""",
    f"""CREATE FUNCTION wd_posting_period_open() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE je RECORD;
    BEGIN
      SELECT fund_id, source, entry_date INTO je FROM journal_entry WHERE id = NEW.entry_id;
      IF NOT FOUND OR je.entry_date <> NEW.entry_date
         OR {_IN_CLOSED_PERIOD.format(fund="je.fund_id", day="NEW.entry_date",
                                      source="je.source")}
      THEN RAISE EXCEPTION 'the period is closed or the entry is missing'; END IF;
      RETURN NEW;
    END $$""",
    """CREATE FUNCTION wd_period_lock_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'period locks are kept'; END IF;
      IF OLD.reopened_at IS NOT NULL OR NEW.reopened_at IS NULL
         OR (NEW.id, NEW.fund_id, NEW.kind, NEW.first_day, NEW.last_day, NEW.closed_by,
             NEW.closed_at) IS DISTINCT FROM (OLD.id, OLD.fund_id, OLD.kind, OLD.first_day,
             OLD.last_day, OLD.closed_by, OLD.closed_at)
      THEN RAISE EXCEPTION 'a closed period can only be reopened, once'; END IF;
      RETURN NEW;
    END $$""",
)


def _create_postgresql_triggers() -> None:
    for statement in _PG_FUNCTIONS:
        op.execute(statement)
    for table in IMMUTABLE:
        op.execute(f'CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}" '
                   "FOR EACH ROW EXECUTE FUNCTION wd_append_only()")
    op.execute("CREATE TRIGGER journal_entry_closed_period BEFORE INSERT ON journal_entry "
               "FOR EACH ROW EXECUTE FUNCTION wd_entry_period_open()")
    op.execute("CREATE TRIGGER posting_closed_period BEFORE INSERT ON posting "
               "FOR EACH ROW EXECUTE FUNCTION wd_posting_period_open()")
    op.execute("CREATE TRIGGER period_lock_guard BEFORE UPDATE OR DELETE ON period_lock "
               "FOR EACH ROW EXECUTE FUNCTION wd_period_lock_guard()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("wd_append_only", "wd_entry_period_open", "wd_posting_period_open",
                     "wd_period_lock_guard"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}() CASCADE")
    else:
        for name in _trigger_names():
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_table("non_member_aid")
    op.drop_table("receipt_void")
    op.drop_table("receipt_line")
    op.drop_table("payment_voucher")
    op.drop_table("claim_decision")
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index("ix_receipt_member")

    op.drop_table("receipt")
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.drop_index("ix_posting_member")
        batch_op.drop_index("ix_posting_entry")
        batch_op.drop_index("ix_posting_account_date")

    op.drop_table("posting")
    op.drop_table("member_status_change")
    op.drop_table("member_plan")
    op.drop_table("member_category")
    op.drop_table("matching_mark")
    op.drop_table("grant")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_member")

    op.drop_table("claim")
    op.drop_table("beneficiary")
    op.drop_table("village")
    op.drop_table("rule_version")
    op.drop_table("period_lock")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_national_id")

    op.drop_table("member")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_entry_date")

    op.drop_table("journal_entry")
    op.drop_table("dues_plan")
    op.drop_table("counter")
    op.drop_table("benefit_type")
    op.drop_table("balance_assertion")
    op.drop_table("app_user")
    op.drop_table("account")
    op.drop_table("fund")
    op.drop_table("event")


def _trigger_names() -> list[str]:
    names = [f"{table}_no_{action}" for table in IMMUTABLE for action in ("update", "delete")]
    return [
        *names,
        "journal_entry_closed_period",
        "posting_closed_period",
        "period_lock_no_delete",
        "period_lock_reopen_only",
    ]
