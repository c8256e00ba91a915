"""deploy/postgres-roles.sql on a real PostgreSQL: the owner migrates, the desks and the
receiver do their work with their own roles, and neither can rewrite the history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError
from sqlmodel import Session

from desktop.domain.staff import WEBHOOK_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.staff import StaffService
from desktop.store.engine import make_engine, open_store
from desktop.store.vouchers import apply_move, get_voucher
from tests.staffing import person
from tests.store.conftest import PG_URL, T0, new_voucher

ROLES_SQL = Path(__file__).parents[2] / "deploy" / "postgres-roles.sql"

pytestmark = pytest.mark.skipif(not PG_URL, reason="PAGODESK_TEST_PG_URL is not set")


def as_role(url: str, role: str) -> str:
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


@pytest.fixture
def shop_database() -> Iterator[str]:
    """A new database owned by pagodesk_owner, migrated by it, then the roles' grants."""
    name = f"pagodesk_roles_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                "'pagodesk_owner') THEN CREATE ROLE pagodesk_owner LOGIN; END IF; END $$"
            )
        )
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER pagodesk_owner'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    inside = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with inside.connect() as connection:
            connection.execute(text("ALTER SCHEMA public OWNER TO pagodesk_owner"))
        open_store(as_role(url, "pagodesk_owner")).dispose()  # the owner's migration
        with inside.connect() as connection:
            connection.exec_driver_sql(ROLES_SQL.read_text(encoding="utf-8"))
        yield url
    finally:
        inside.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def refused(engine: Engine, statement: str) -> bool:
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    except ProgrammingError as exc:  # insufficient_privilege: a grant missing, or not the owner
        return getattr(exc.orig, "sqlstate", None) == "42501"
    return False


def test_a_desk_works_and_cannot_rewrite_the_history(shop_database: str) -> None:
    desk = open_store(as_role(shop_database, "pagodesk_desk"))  # at head: nothing to migrate
    try:
        admin = StaffService(desk, "tienda").create_first_admin("Rosa", "4826")
        with Session(desk) as session:
            voucher = new_voucher(session, 1, profile="tienda")
            session.commit()
            moved = apply_move(
                session,
                voucher,
                VoucherStatus.PAID,
                source=EventSource.MANUAL,
                actor=person("Rosa"),
                at=T0 + timedelta(minutes=5),
            )
            session.commit()
        assert moved.applied and admin.is_person
        assert refused(desk, "DELETE FROM voucher_events")
        assert refused(desk, "UPDATE voucher_events SET actor = 'otra'")
        assert refused(desk, "UPDATE staff_events SET user_name = 'otra'")
        assert refused(desk, "DELETE FROM chain_links")
        assert refused(desk, "DROP TABLE vouchers")
    finally:
        desk.dispose()


def test_the_receiver_pays_and_touches_nothing_else(shop_database: str) -> None:
    desk = open_store(as_role(shop_database, "pagodesk_desk"))
    receiver = make_engine(as_role(shop_database, "pagodesk_receiver"))
    try:
        with Session(desk) as session:
            voucher_id = new_voucher(session, 1, profile="tienda").id or 0
            session.commit()
        with Session(receiver) as session:
            moved = apply_move(
                session,
                get_voucher(session, voucher_id),
                VoucherStatus.PAID,
                source=EventSource.WEBHOOK,
                actor=WEBHOOK_ACTOR,
                at=T0 + timedelta(minutes=5),
            )
            session.commit()
        assert moved.applied
        assert refused(receiver, "SELECT * FROM staff_users")
        assert refused(receiver, "SELECT * FROM evidence_slips")
        assert refused(receiver, "DELETE FROM voucher_events")
        assert refused(receiver, "INSERT INTO staff_users (profile) VALUES ('x')")
    finally:
        receiver.dispose()
        desk.dispose()
