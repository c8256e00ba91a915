"""The profile's sealed chain: a link per event under an HMAC key, and each profile's head.

Existing events get their links (and a recorded "sealed from here" link) the first time this
version writes an event of the profile: the key comes from the keyring, not from here.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chain_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("event_id", sa.Integer, nullable=True),
        sa.Column("voucher_id", sa.Integer, nullable=True),
        sa.Column("event_hash", sa.String(64), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ux_chain_links_profile_seq", "chain_links", ["profile", "seq"], unique=True)
    op.create_index("ix_chain_links_event", "chain_links", ["event_id"])
    op.create_table(
        "chain_heads",
        sa.Column("profile", sa.String(40), primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("chain_heads")
    op.drop_index("ix_chain_links_event", "chain_links")
    op.drop_index("ux_chain_links_profile_seq", "chain_links")
    op.drop_table("chain_links")
