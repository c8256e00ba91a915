"""Staff accounts (issue 15): the users of a profile with their role and PIN hash, their
chained audit trail, and the id of the person on every new voucher event.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.types import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("name_key", sa.String(40), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("secret_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_pins", sa.Integer, nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(60), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(60), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.UniqueConstraint("profile", "name_key", name="uq_staff_users_name"),
    )
    op.create_table(
        "staff_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("user_id", sa.Integer, nullable=True),
        sa.Column("user_name", sa.String(60), nullable=False),
        sa.Column("subject_id", sa.Integer, nullable=True),
        sa.Column("subject_name", sa.String(60), nullable=True),
        sa.Column("details", sa.Text, nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("profile", "sequence", name="uq_staff_events_sequence"),
    )
    op.create_index("ix_staff_events_created", "staff_events", ["profile", "created_at"])
    op.add_column("voucher_events", sa.Column("actor_id", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("voucher_events") as batch:
        batch.drop_column("actor_id")
    op.drop_index("ix_staff_events_created", "staff_events")
    op.drop_table("staff_events")
    op.drop_table("staff_users")
