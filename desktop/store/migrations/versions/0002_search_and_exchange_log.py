"""Accent-free search index over vouchers, and the API exchange log.

SQLite: an FTS5 table fed by triggers from ``vouchers.search_text``. PostgreSQL: a trigram
index on the same column. Both answer "every query word is the start of a voucher word".

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE voucher_search USING fts5("
    "search_text, content='vouchers', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER vouchers_search_insert AFTER INSERT ON vouchers BEGIN "
    "INSERT INTO voucher_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER vouchers_search_delete AFTER DELETE ON vouchers BEGIN "
    "INSERT INTO voucher_search(voucher_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER vouchers_search_update AFTER UPDATE OF search_text ON vouchers BEGIN "
    "INSERT INTO voucher_search(voucher_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO voucher_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO voucher_search(voucher_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    op.create_table(
        "api_exchanges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("path", sa.String(200), nullable=False),
        sa.Column("status", sa.Integer),
        sa.Column("duration_ms", sa.Float, nullable=False, server_default="0"),
        sa.Column("request_body", sa.Text, nullable=False, server_default=""),
        sa.Column("response_body", sa.Text, nullable=False, server_default=""),
        sa.Column("error", sa.String(200)),
    )
    op.create_index("ix_api_exchanges_started", "api_exchanges", ["started_at"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_SEARCH:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_vouchers_search_trgm ON vouchers USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS vouchers_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS voucher_search")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_vouchers_search_trgm")
    op.drop_index("ix_api_exchanges_started", "api_exchanges")
    op.drop_table("api_exchanges")
