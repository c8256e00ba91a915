"""A covering index for the history totals (count and sum by currency of what matches).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_vouchers_profile_currency_amount", "vouchers", ["profile", "currency", "amount_cents"]
    )


def downgrade() -> None:
    op.drop_index("ix_vouchers_profile_currency_amount", "vouchers")
