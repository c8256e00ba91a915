"""Events carry the fields a move changed (hashed), so an edit of the voucher row shows.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("voucher_events") as batch:
        batch.add_column(sa.Column("details", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("voucher_events") as batch:
        batch.drop_column("details")
