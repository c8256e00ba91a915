-- PagoDesk on a shared PostgreSQL: one role per kind of program, each with only what it needs.
--
--   pagodesk_owner     owns the tables; PagoDesk runs its migrations as this role (the first
--                      `pagodesk ... --database-url postgresql+psycopg://pagodesk_owner@...`
--                      after an installation or an update). Nobody works as it day to day.
--   pagodesk_desk      the cash desks and the office (the app and the command line).
--   pagodesk_receiver  the notification receiver (`pagodesk webhook`).
--
-- The history is append-only for everyone but the owner: voucher events, the sealed chain's
-- links, the staff trail and the payment slips take INSERT and SELECT, never UPDATE or DELETE,
-- so a desk's password cannot rewrite what happened. Run as a superuser, in the shop's
-- database, after the owner's first migration and again after each update (it is
-- idempotent). Set each role's password with \password ROLE in psql.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pagodesk_owner') THEN
        CREATE ROLE pagodesk_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pagodesk_desk') THEN
        CREATE ROLE pagodesk_desk LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pagodesk_receiver') THEN
        CREATE ROLE pagodesk_receiver LOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO pagodesk_desk, pagodesk_receiver;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pagodesk_desk, pagodesk_receiver;

-- Read by every program: the schema's version, the database's identity.
GRANT SELECT ON alembic_version, store_meta TO pagodesk_desk, pagodesk_receiver;

-- The desks: vouchers and their settings change; history is only added to.
GRANT SELECT, INSERT, UPDATE ON vouchers, chain_heads, staff_users TO pagodesk_desk;
GRANT SELECT, INSERT ON voucher_events, chain_links, staff_events, evidence_slips
    TO pagodesk_desk;
-- Logs kept 180 days: the desks purge what is older.
GRANT SELECT, INSERT, DELETE ON api_exchanges, webhook_notifications TO pagodesk_desk;

-- The receiver: applies a notification to its voucher and records it; no staff, no slips.
GRANT SELECT, UPDATE ON vouchers TO pagodesk_receiver;
GRANT SELECT, INSERT, UPDATE ON chain_heads TO pagodesk_receiver;
GRANT SELECT, INSERT ON voucher_events, chain_links, webhook_notifications
    TO pagodesk_receiver;

-- Nothing else: no one but the owner changes tables, and PUBLIC gets nothing.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
