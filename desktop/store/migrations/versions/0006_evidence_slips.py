"""Payment slips kept in the database, one row per (profile, sha256), so that every station
on a shared database can open them.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_slips",
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("voucher_id", sa.Integer, sa.ForeignKey("vouchers.id"), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("profile", "sha256"),
    )
    op.create_index("ix_evidence_slips_voucher", "evidence_slips", ["voucher_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_slips_voucher", "evidence_slips")
    op.drop_table("evidence_slips")
