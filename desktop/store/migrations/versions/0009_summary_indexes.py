"""Indexes for the Resumen page's figures: payments by (status, paid_at), the day and the
30-day chart being a short range of it; and the count and sum of one status per currency
read from the index alone (the "pendiente" card, the history totals of a status filter).

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_vouchers_profile_status_paid", "vouchers", ["profile", "status", "paid_at"])
    op.create_index(
        "ix_vouchers_profile_status_currency_amount",
        "vouchers",
        ["profile", "status", "currency", "amount_cents"],
    )


def downgrade() -> None:
    op.drop_index("ix_vouchers_profile_status_currency_amount", "vouchers")
    op.drop_index("ix_vouchers_profile_status_paid", "vouchers")
