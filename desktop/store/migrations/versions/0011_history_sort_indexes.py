"""Every sort the history offers walks an index, at any size (issue 14).

- concept: a new (profile, concept) index; it had none, so a sort by concept read and
  sorted every voucher.
- customer and amount: their indexes now end in ``id``, the tie-break of every sort (SQLite
  keeps the rowid in each index anyway; PostgreSQL needs it said, or it sorts each run of
  equal names or amounts).
- PostgreSQL only: its indexes keep NULLs last going up, but first going down; the history
  puts them last both ways, so each nullable sortable column (cip, concept, expires_at,
  last_checked_at) gets an index in descending order with NULLs last. SQLite walks one index
  both ways with NULLs last.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CONCEPT = "ix_vouchers_profile_concept"
WITH_ID = {
    "ix_vouchers_profile_customer": "customer_sort",
    "ix_vouchers_profile_amount": "amount_cents",
}
DESCENDING = {
    "ix_vouchers_profile_cip_desc": "cip",
    "ix_vouchers_profile_concept_desc": "concept",
    "ix_vouchers_profile_expires_desc": "expires_at",
    "ix_vouchers_profile_checked_desc": "last_checked_at",
}


def upgrade() -> None:
    op.create_index(CONCEPT, "vouchers", ["profile", "concept"])
    for name, column in WITH_ID.items():
        op.drop_index(name, "vouchers")
        op.create_index(name, "vouchers", ["profile", column, "id"])
    if op.get_bind().dialect.name == "postgresql":
        for name, column in DESCENDING.items():
            op.execute(
                f"CREATE INDEX {name} ON vouchers (profile, {column} DESC NULLS LAST, id DESC)"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in DESCENDING:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, column in WITH_ID.items():
        op.drop_index(name, "vouchers")
        op.create_index(name, "vouchers", ["profile", column])
    op.drop_index(CONCEPT, "vouchers")
