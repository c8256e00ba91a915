"""Store tests run on SQLite always and on PostgreSQL when PAGODESK_TEST_PG_URL is set."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from desktop.domain.status import VoucherStatus
from desktop.store.engine import open_store, sqlite_url
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher
from tests.staffing import person

PG_URL = os.environ.get("PAGODESK_TEST_PG_URL", "")
if os.environ.get("CI") and not PG_URL:
    raise RuntimeError("CI must provide PAGODESK_TEST_PG_URL (see .ci/postgres.sh)")
ENGINES = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
T0 = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def fresh_database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A new, empty database of ``kind``; dropped afterwards."""
    if kind == "sqlite":
        yield sqlite_url(tmp_path / "store.sqlite3")
        return
    name = f"pagodesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(request.param, tmp_path)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    store = open_store(db_url)
    yield store
    store.dispose()


def new_voucher(
    session: Session,
    n: int,
    *,
    status: VoucherStatus = VoucherStatus.PENDING,
    profile: str = "demo",
    now: datetime = T0,
    **fields: object,
) -> Voucher:
    """Insert a voucher with plausible data, created ``n`` minutes after ``now`` (the test's
    clock; T0 by default) and due 48 h later; ``fields`` override."""
    values: dict[str, object] = {
        "profile": profile,
        "transaction_code": f"PD-{n:06d}",
        "cip": 2_600_000 + n,
        "status": status.value,
        "amount_cents": 1000 + n,
        "currency": "PEN",
        "concept": f"Pedido {n}",
        "first_name": "Ana",
        "last_name": "Pérez",
        "email": f"cliente{n}@example.pe",
        "created_at": now + timedelta(minutes=n),
        "expires_at": now + timedelta(hours=48, minutes=n),
    }
    values.update(fields)
    voucher = Voucher(**values)  # type: ignore[arg-type]
    return add_voucher(session, voucher, actor=person("tests"), at=now)


class LockWaits:
    """Sees a thread wait for a lock another transaction holds, on either engine: SQLite's
    ``BEGIN IMMEDIATE`` under a held write lock; a PostgreSQL backend waiting on a lock."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._begun: set[int] = set()
        if engine.dialect.name == "sqlite":
            event.listen(engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):
            self._begun.add(threading.get_ident())

    def wait(self, thread: threading.Thread, timeout: float = 10.0) -> bool:
        """True once ``thread`` waits for the lock (False if it did not within ``timeout``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.waiting(thread):
                return True
            time.sleep(0.01)
        return False

    def waiting(self, thread: threading.Thread) -> bool:
        """Whether ``thread`` waits for a lock now."""
        if self._engine.dialect.name == "sqlite":
            return thread.ident in self._begun  # it cannot get past BEGIN IMMEDIATE now
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        with self._engine.connect() as connection:
            return bool(connection.execute(waiting).scalar_one())

    def close(self) -> None:
        if event.contains(self._engine, "before_cursor_execute", self._on_execute):
            event.remove(self._engine, "before_cursor_execute", self._on_execute)
