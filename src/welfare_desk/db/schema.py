"""The tables. State rows are written only by the projector (db/projector.py),
from events, so replaying the event log rebuilds exactly the same rows.

Core tables rather than ORM classes: the write path is an event projector and
bulk paths (demo, imports, zone merge) need Core inserts anyway; repositories
turn rows into the typed dataclasses of ``ledger``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def _id() -> Column[str]:
    return Column("id", String(36), primary_key=True)


def _fund(primary_key: bool = False) -> Column[str]:
    return Column(
        "fund_id", String(36), ForeignKey("fund.id"), nullable=False, primary_key=primary_key
    )


fund = Table(
    "fund", metadata, _id(),
    Column("code", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("tambon", Text, nullable=False),
    Column("amphoe", Text, nullable=False),
    Column("province", Text, nullable=False),
    Column("founded_on", Date),
    Column("fiscal_year_start", String(5), nullable=False),  # "MM-DD"
    Column("receipt_book_size", Integer, nullable=False),
    Column("first_receipt_book", Integer, nullable=False),
    Column("lapse_after_missed", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
)

village = Table(
    "village", metadata, _fund(primary_key=True),
    Column("moo", Integer, primary_key=True),
    Column("name", Text, nullable=False),
)

app_user = Table(
    "app_user", metadata, _id(), _fund(),
    Column("username", String(64), nullable=False),
    Column("display_name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("fund_id", "username"),
)

account = Table(
    "account", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _fund(),
    Column("code", String(8), nullable=False),
    Column("name_th", Text, nullable=False),
    Column("name_en", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("role", String(16), nullable=False),
    UniqueConstraint("fund_id", "code"),
)

dues_plan = Table(
    "dues_plan", metadata, _fund(primary_key=True),
    Column("code", String(16), primary_key=True),
    Column("name", Text, nullable=False),
    Column("months", Integer, nullable=False),
    Column("amount", Integer, nullable=False),
)

member = Table(
    "member", metadata, _id(), _fund(),
    Column("member_no", Integer, nullable=False),
    Column("title", String(32), nullable=False),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("national_id", String(13)),
    Column("other_id", Text),
    Column("gender", String(16), nullable=False),
    Column("birth_date", Date),
    Column("birth_year_only", Boolean, nullable=False),
    Column("village_no", Integer, nullable=False),
    Column("house_no", Text, nullable=False),
    Column("soi", Text, nullable=False),
    Column("road", Text, nullable=False),
    Column("tambon", Text, nullable=False),
    Column("amphoe", Text, nullable=False),
    Column("province", Text, nullable=False),
    Column("postcode", String(5), nullable=False),
    Column("phone", Text, nullable=False),
    Column("joined_on", Date, nullable=False),
    Column("entry_fee", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("status_since", Date, nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("fund_id", "member_no"),
    Index("ix_member_national_id", "national_id"),
)

member_category = Table(
    "member_category", metadata,
    Column("member_id", String(36), ForeignKey("member.id"), primary_key=True),
    Column("category", String(16), primary_key=True),
)

beneficiary = Table(
    "beneficiary", metadata,
    Column("member_id", String(36), ForeignKey("member.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("relation", Text, nullable=False),
    Column("national_id", String(13)),
    Column("share_percent", Integer, nullable=False),
)

member_plan = Table(
    "member_plan", metadata,
    Column("member_id", String(36), ForeignKey("member.id"), primary_key=True),
    Column("from_month", String(7), primary_key=True),  # "YYYY-MM"
    Column("plan_code", String(16), nullable=False),
)

member_status_change = Table(
    "member_status_change", metadata, _id(),
    Column("member_id", String(36), ForeignKey("member.id"), nullable=False),
    Column("from_status", String(16), nullable=False),
    Column("to_status", String(16), nullable=False),
    Column("effective_on", Date, nullable=False),
    Column("reason", Text, nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("recorded_at", String(32), nullable=False),
)

counter = Table(
    "counter", metadata, _fund(primary_key=True),
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

journal_entry = Table(
    "journal_entry", metadata, _id(), _fund(),
    Column("number", String(32), nullable=False),
    Column("entry_date", Date, nullable=False),
    Column("description", Text, nullable=False),
    Column("source", String(16), nullable=False),
    Column("reverses_id", String(36), ForeignKey("journal_entry.id")),
    Column("created_by", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("fund_id", "number"),
    Index("ix_journal_entry_date", "entry_date"),
    # The year's closing entries, which the zone's figures leave out: a handful among
    # millions of entries, so a partial index.
    Index("ix_journal_entry_year_close", "id", sqlite_where=text("source = 'year_close'"),
          postgresql_where=text("source = 'year_close'")),
)

posting = Table(
    "posting", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", String(36), ForeignKey("journal_entry.id"), nullable=False),
    Column("line_no", Integer, nullable=False),
    Column("account_id", Integer, ForeignKey("account.id"), nullable=False),
    Column("amount", Integer, nullable=False),
    Column("entry_date", Date, nullable=False),  # copied from the entry: period locks, speed
    Column("memo", Text, nullable=False),
    Column("member_id", String(36), ForeignKey("member.id")),
    Index("ix_posting_account_date", "account_id", "entry_date", "amount"),
    Index("ix_posting_entry", "entry_id"),
    Index("ix_posting_member", "member_id"),
)

receipt = Table(
    "receipt", metadata, _id(), _fund(),
    Column("seq", Integer, nullable=False),
    Column("book_no", Integer, nullable=False),
    Column("number_in_book", Integer, nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("member_id", String(36), ForeignKey("member.id")),
    Column("payer_name", Text, nullable=False),
    Column("total", Integer, nullable=False),
    Column("money_account", String(8), nullable=False),
    Column("entry_id", String(36), ForeignKey("journal_entry.id"), nullable=False),
    Column("issued_by", Text, nullable=False),
    UniqueConstraint("fund_id", "seq"),
    Index("ix_receipt_member", "member_id", "issued_on"),
)

receipt_line = Table(
    "receipt_line", metadata,
    Column("receipt_id", String(36), ForeignKey("receipt.id"), primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("description", Text, nullable=False),
    Column("account_code", String(8), nullable=False),
    Column("amount", Integer, nullable=False),
)

receipt_void = Table(
    "receipt_void", metadata,
    Column("receipt_id", String(36), ForeignKey("receipt.id"), primary_key=True),
    Column("voided_on", Date, nullable=False),
    Column("reason", Text, nullable=False),
    Column("reversal_entry_id", String(36), ForeignKey("journal_entry.id"), nullable=False),
    Column("voided_by", Text, nullable=False),
)

benefit_type = Table(
    "benefit_type", metadata, _fund(primary_key=True),
    Column("code", String(32), primary_key=True),
    Column("name_th", Text, nullable=False),
    Column("name_en", Text, nullable=False),
    Column("account_code", String(8), nullable=False),
    Column("codi_kind", String(32), nullable=False),
)

rule_version = Table(
    "rule_version", metadata, _fund(primary_key=True),
    Column("benefit_code", String(32), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("effective_from", Date, nullable=False),
    Column("clause", Text, nullable=False),
    Column("data", Text, nullable=False),  # the RuleVersion as JSON
    Column("created_by", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

claim = Table(
    "claim", metadata, _id(), _fund(),
    Column("claim_no", String(32), nullable=False),
    Column("member_id", String(36), ForeignKey("member.id"), nullable=False),
    Column("benefit_code", String(32), nullable=False),
    Column("event_date", Date, nullable=False),
    Column("filed_on", Date, nullable=False),
    Column("nights", Integer),
    Column("details", Text, nullable=False),
    Column("documents", Text, nullable=False),  # JSON list
    Column("requested_amount", Integer),
    Column("assessment", Text, nullable=False),  # the eligibility Decision as JSON
    Column("filed_by", Text, nullable=False),
    UniqueConstraint("fund_id", "claim_no"),
    Index("ix_claim_member", "member_id"),
)

claim_decision = Table(
    "claim_decision", metadata,
    Column("claim_id", String(36), ForeignKey("claim.id"), primary_key=True),
    Column("approved", Boolean, nullable=False),
    Column("amount", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("meeting_ref", Text, nullable=False),
    Column("decided_on", Date, nullable=False),
    Column("decided_by", Text, nullable=False),
)

payment_voucher = Table(
    "payment_voucher", metadata, _id(), _fund(),
    Column("voucher_no", String(32), nullable=False),
    Column("paid_on", Date, nullable=False),
    Column("claim_id", String(36), ForeignKey("claim.id"), unique=True),
    Column("payee_name", Text, nullable=False),
    Column("payee_national_id", String(13)),
    Column("purpose", Text, nullable=False),
    Column("amount", Integer, nullable=False),
    Column("expense_account", String(8), nullable=False),
    Column("money_account", String(8), nullable=False),
    Column("entry_id", String(36), ForeignKey("journal_entry.id"), nullable=False),
    Column("paid_by", Text, nullable=False),
    UniqueConstraint("fund_id", "voucher_no"),
)

non_member_aid = Table(
    "non_member_aid", metadata, _id(), _fund(),
    Column("recipient_name", Text, nullable=False),
    Column("national_id", String(13)),
    Column("village_no", Integer),
    Column("reason", Text, nullable=False),
    Column("voucher_id", String(36), ForeignKey("payment_voucher.id"), nullable=False),
)

grant = Table(
    "grant", metadata, _id(), _fund(),
    Column("source", String(32), nullable=False),
    Column("round", Integer),
    Column("received_on", Date, nullable=False),
    Column("amount", Integer, nullable=False),
    Column("money_account", String(8), nullable=False),
    Column("reference", Text, nullable=False),
    Column("entry_id", String(36), ForeignKey("journal_entry.id"), nullable=False),
)

matching_mark = Table(
    "matching_mark", metadata,
    Column("member_id", String(36), ForeignKey("member.id"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("marked_by", Text, nullable=False),
)

period_lock = Table(
    "period_lock", metadata, _id(), _fund(),
    Column("kind", String(8), nullable=False),  # month | year
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("closed_by", Text, nullable=False),
    Column("closed_at", String(32), nullable=False),
    Column("reopened_by", Text),
    Column("reopened_at", String(32)),
    Column("reopen_reason", Text),
    # The closed-period triggers look a fund's locks up for every posting (a zone
    # holds the locks of every fund) by their last day: an open month meets none.
    Index("ix_period_lock_fund_end", "fund_id", "last_day"),
)

balance_assertion = Table(
    "balance_assertion", metadata, _id(), _fund(),
    Column("account_code", String(8), nullable=False),
    Column("as_of", Date, nullable=False),
    Column("amount", Integer, nullable=False),
    Column("note", Text, nullable=False),
    Column("asserted_by", Text, nullable=False),
)

event = Table(
    "event", metadata,
    Column("fund_id", String(36), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", String(48), nullable=False),
    Column("payload", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Tables whose rows, once written, never change: the audit trail and the books.
IMMUTABLE_TABLES = (
    "event", "journal_entry", "posting", "receipt", "receipt_line", "receipt_void",
    "payment_voucher", "claim", "claim_decision", "grant", "member_status_change",
    "balance_assertion", "non_member_aid", "matching_mark", "sync_batch", "sync_ack",
)

# --- Sync, the fund's side (written from events, like every other state row) ---

# The fund's signing key and the zone it reports to (event sync.configured).
sync_config = Table(
    "sync_config", metadata, _fund(primary_key=True),
    Column("key_id", String(16), nullable=False),
    Column("public_key", Text, nullable=False),
    Column("recovery_recipient", Text, nullable=False),
    Column("zone_id", String(36), nullable=False),
    Column("zone_name", Text, nullable=False),
    Column("zone_recipients", Text, nullable=False),  # JSON list of age recipients
    Column("zone_public_key", Text, nullable=False),  # minisign, for the zone's ACKs
    Column("configured_by", Text, nullable=False),
    Column("configured_at", String(32), nullable=False),
)

# Batches written to a stick (event sync.batch_exported).
sync_batch = Table(
    "sync_batch", metadata, _fund(primary_key=True),
    Column("seq_to", Integer, primary_key=True),
    Column("seq_from", Integer, nullable=False),
    Column("head", String(64), nullable=False),
    Column("name", Text, nullable=False),
    Column("exported_by", Text, nullable=False),
    Column("exported_at", String(32), nullable=False),
)

# What the zone has confirmed it holds (event sync.acknowledged).
sync_ack = Table(
    "sync_ack", metadata, _fund(primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("head", String(64), nullable=False),
    Column("zone_id", String(36), nullable=False),
    Column("issued_at", String(32), nullable=False),
    Column("recorded_by", Text, nullable=False),
)

# --- The zone's own bookkeeping: not fund state, so not from fund events ---

zone_profile = Table(
    "zone_profile", metadata, _id(),
    Column("name", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("pseudonym_key", Text),  # set above the zone: national IDs become keyed pseudonyms
)

# A fund's public key as the zone registered it; batches are verified with it.
# No foreign key to fund: the fund's row arrives with its first batch.
zone_fund_key = Table(
    "zone_fund_key", metadata,
    Column("fund_id", String(36), primary_key=True),
    Column("key_id", String(16), primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("fund_code", String(32), nullable=False),
    Column("fund_name", Text, nullable=False),
    Column("location", Text, nullable=False),
    Column("recovery_recipient", Text, nullable=False),
    Column("status", String(16), nullable=False),  # unconfirmed | confirmed | revoked
    Column("registered_at", String(32), nullable=False),
    Column("confirmed_at", String(32)),
    Column("revoked_at", String(32)),
)

# Every batch the zone accepted, holds for a missing range, or quarantined.
zone_batch = Table(
    "zone_batch", metadata, _id(),
    Column("fund_id", String(36), nullable=False),
    Column("fund_code", String(32), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("seq_from", Integer, nullable=False),
    Column("seq_to", Integer, nullable=False),
    Column("prev_head", String(64), nullable=False),
    Column("new_head", String(64), nullable=False),
    Column("event_count", Integer, nullable=False),
    Column("content_sha256", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # applied | pending | quarantined
    Column("reason", Text, nullable=False),
    Column("archive_name", Text, nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("settled_at", String(32)),
    Index("ix_zone_batch_fund", "fund_id", "status"),
)

# The verified events of a batch that waits for a missing range.
zone_held_event = Table(
    "zone_held_event", metadata,
    Column("batch_id", String(36), ForeignKey("zone_batch.id"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", String(48), nullable=False),
    Column("payload", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)
