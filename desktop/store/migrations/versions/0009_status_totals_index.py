"""The history's totals now add per status and currency (cobrado, pendiente): the covering
index carries the status too, and replaces the one by currency alone.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD, NEW = "ix_vouchers_profile_currency_amount", "ix_vouchers_profile_status_currency_amount"


def upgrade() -> None:
    op.create_index(NEW, "vouchers", ["profile", "status", "currency", "amount_cents"])
    op.drop_index(OLD, "vouchers")


def downgrade() -> None:
    op.create_index(OLD, "vouchers", ["profile", "currency", "amount_cents"])
    op.drop_index(NEW, "vouchers")
