"""PostgreSQL announces every new voucher event (issue 18): a trigger on voucher_events sends
``NOTIFY pagodesk_cambios`` with ``<voucher id>:<kind>`` only (never personal data), delivered
to the listening stations when the writing transaction commits. SQLite: nothing (its watch
reads the file's change counter).

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CHANNEL = "pagodesk_cambios"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION pagodesk_announce_event() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', NEW.voucher_id::text || ':' || NEW.kind);
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER voucher_events_announce AFTER INSERT ON voucher_events "
        "FOR EACH ROW EXECUTE FUNCTION pagodesk_announce_event()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS voucher_events_announce ON voucher_events")
    op.execute("DROP FUNCTION IF EXISTS pagodesk_announce_event()")
