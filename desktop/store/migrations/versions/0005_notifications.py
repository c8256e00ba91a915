"""The log of payment notifications, unique per (event, CIP, operation) once handled.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "webhook_notifications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("remote_address", sa.String(64)),
        sa.Column("signature_ok", sa.Boolean, nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("body_size", sa.Integer, nullable=False),
        sa.Column("body_excerpt", sa.Text, nullable=False),
        sa.Column("event_type", sa.String(40)),
        sa.Column("cip", sa.BigInteger),
        sa.Column("operation_number", sa.String(20)),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text),
        sa.Column("voucher_id", sa.Integer, sa.ForeignKey("vouchers.id")),
        sa.Column("http_status", sa.Integer, nullable=False),
        sa.Column("dedupe_key", sa.String(100)),
        sa.UniqueConstraint("profile", "dedupe_key", name="uq_webhook_notifications_key"),
    )
    op.create_index("ix_webhook_notifications_received", "webhook_notifications", ["received_at"])
    op.create_index(
        "ix_webhook_notifications_profile_cip", "webhook_notifications", ["profile", "cip"]
    )


def downgrade() -> None:
    op.drop_index("ix_webhook_notifications_profile_cip", "webhook_notifications")
    op.drop_index("ix_webhook_notifications_received", "webhook_notifications")
    op.drop_table("webhook_notifications")
