"""Vouchers and their append-only, hash-chained events.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.types import UTCDateTime

revision = "0001"


def _sortable(length: int) -> sa.types.TypeEngine[str]:
    """Text that sorts by bytes on every engine (PostgreSQL's locale order would differ)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vouchers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("transaction_code", _sortable(36), nullable=False),
        sa.Column("cip", sa.BigInteger),
        sa.Column("cip_url", sa.String(255)),
        sa.Column("status", _sortable(12), nullable=False),
        sa.Column("amount_cents", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("concept", _sortable(50)),
        sa.Column("first_name", sa.String(30)),
        sa.Column("last_name", sa.String(30)),
        sa.Column("email", _sortable(100), nullable=False),
        sa.Column("doc_type", sa.String(3)),
        sa.Column("doc_number", sa.String(14)),
        sa.Column("phone", sa.String(15)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime()),
        sa.Column("paid_at", UTCDateTime()),
        sa.Column("annulled_at", UTCDateTime()),
        sa.Column("last_checked_at", UTCDateTime()),
        sa.Column("operation_number", sa.String(20)),
        sa.Column("failure_code", sa.String(20)),
        sa.Column("failure_detail", sa.Text),
        sa.Column("retry_of", sa.Integer, sa.ForeignKey("vouchers.id")),
        sa.Column("created_by", sa.String(60)),
        sa.Column("customer_sort", _sortable(61), nullable=False, server_default=""),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.UniqueConstraint("profile", "transaction_code", name="uq_vouchers_profile_transaction"),
    )
    for name, columns in {
        "ix_vouchers_profile_created": ["profile", "created_at", "id"],
        "ix_vouchers_profile_status_created": ["profile", "status", "created_at"],
        "ix_vouchers_profile_expires": ["profile", "expires_at"],
        "ix_vouchers_profile_amount": ["profile", "amount_cents"],
        "ix_vouchers_profile_cip": ["profile", "cip"],
        "ix_vouchers_profile_checked": ["profile", "last_checked_at"],
        "ix_vouchers_profile_customer": ["profile", "customer_sort"],
    }.items():
        op.create_index(name, "vouchers", columns)
    op.create_table(
        "voucher_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("voucher_id", sa.Integer, sa.ForeignKey("vouchers.id"), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("from_status", sa.String(12)),
        sa.Column("to_status", sa.String(12)),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("actor", sa.String(60), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("evidence", sa.Text),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("voucher_id", "sequence", name="uq_voucher_events_sequence"),
    )
    op.create_index("ix_voucher_events_kind", "voucher_events", ["kind", "created_at"])


def downgrade() -> None:
    op.drop_table("voucher_events")
    op.drop_table("vouchers")
