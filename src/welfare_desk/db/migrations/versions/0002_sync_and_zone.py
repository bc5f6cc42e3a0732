"""sync and zone

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

An index on the period locks by fund (the closed-period triggers read them for
every posting, and a zone holds every fund's) and one on the year's closing
entries (the zone's figures leave them out); the fund's side of sync (its key
and zone, the batches it wrote, the zone's acknowledgements); and the zone's own
bookkeeping (registered fund keys, batches applied, held for a missing range or
quarantined, and the events a held batch waits with). Exports and
acknowledgements are append-only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

APPEND_ONLY = ("sync_batch", "sync_ack")


def _fund_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["fund_id"], ["fund.id"], name=op.f(f"fk_{table}_fund_id_fund"))


def upgrade() -> None:
    op.create_index("ix_period_lock_fund", "period_lock", ["fund_id", "first_day"])
    year_close = sa.text("source = 'year_close'")
    op.create_index("ix_journal_entry_year_close", "journal_entry", ["id"],
                    sqlite_where=year_close, postgresql_where=year_close)
    _sync_tables()
    _zone_tables()
    _append_only_triggers()


def _sync_tables() -> None:
    op.create_table(
        "sync_config",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("recovery_recipient", sa.Text(), nullable=False),
        sa.Column("zone_id", sa.String(length=36), nullable=False),
        sa.Column("zone_name", sa.Text(), nullable=False),
        sa.Column("zone_recipients", sa.Text(), nullable=False),
        sa.Column("zone_public_key", sa.Text(), nullable=False),
        sa.Column("configured_by", sa.Text(), nullable=False),
        sa.Column("configured_at", sa.String(length=32), nullable=False),
        _fund_fk("sync_config"),
        sa.PrimaryKeyConstraint("fund_id", name=op.f("pk_sync_config")),
    )
    op.create_table(
        "sync_batch",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("exported_by", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.String(length=32), nullable=False),
        _fund_fk("sync_batch"),
        sa.PrimaryKeyConstraint("fund_id", "seq_to", name=op.f("pk_sync_batch")),
    )
    op.create_table(
        "sync_ack",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("zone_id", sa.String(length=36), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        _fund_fk("sync_ack"),
        sa.PrimaryKeyConstraint("fund_id", "seq", name=op.f("pk_sync_ack")),
    )


def _zone_tables() -> None:
    op.create_table(
        "zone_profile",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("pseudonym_key", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zone_profile")),
    )
    op.create_table(
        "zone_fund_key",
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("fund_code", sa.String(length=32), nullable=False),
        sa.Column("fund_name", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("recovery_recipient", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("registered_at", sa.String(length=32), nullable=False),
        sa.Column("confirmed_at", sa.String(length=32), nullable=True),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("fund_id", "key_id", name=op.f("pk_zone_fund_key")),
    )
    op.create_table(
        "zone_batch",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fund_id", sa.String(length=36), nullable=False),
        sa.Column("fund_code", sa.String(length=32), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("prev_head", sa.String(length=64), nullable=False),
        sa.Column("new_head", sa.String(length=64), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("archive_name", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("settled_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zone_batch")),
    )
    op.create_index("ix_zone_batch_fund", "zone_batch", ["fund_id", "status"], unique=False)
    op.create_table(
        "zone_held_event",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["zone_batch.id"],
                                name=op.f("fk_zone_held_event_batch_id_zone_batch")),
        sa.PrimaryKeyConstraint("batch_id", "seq", name=op.f("pk_zone_held_event")),
    )


def _append_only_triggers() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in APPEND_ONLY:
        if postgresql:  # wd_append_only() comes from 0001
            op.execute(f'CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE '
                       f'ON "{table}" FOR EACH ROW EXECUTE FUNCTION wd_append_only()')
            continue
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f'CREATE TRIGGER "{table}_no_{action.lower()}" BEFORE {action} ON "{table}" '
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for table in APPEND_ONLY:
            for action in ("update", "delete"):
                op.execute(f'DROP TRIGGER IF EXISTS "{table}_no_{action}"')
    op.drop_table("zone_held_event")
    op.drop_index("ix_zone_batch_fund", table_name="zone_batch")
    op.drop_table("zone_batch")
    op.drop_table("zone_fund_key")
    op.drop_table("zone_profile")
    op.drop_table("sync_ack")
    op.drop_table("sync_batch")
    op.drop_table("sync_config")
    op.drop_index("ix_period_lock_fund", table_name="period_lock")
    op.drop_index("ix_journal_entry_year_close", table_name="journal_entry")
