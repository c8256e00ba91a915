"""An index for the Resumen page's figures: payments by (status, paid_at), the day and the
30-day chart being a short range of it. (The count and sum of one status per currency come
from 0009's covering index.)

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_vouchers_profile_status_paid", "vouchers", ["profile", "status", "paid_at"])


def downgrade() -> None:
    op.drop_index("ix_vouchers_profile_status_paid", "vouchers")
