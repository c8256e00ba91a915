"""A write transaction that must not wait: refused at once while SQLite is locked, otherwise
the same as ``session_scope`` (on both engines)."""

from __future__ import annotations

import sqlite3
import time

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from desktop.store.nowait import WriterBusy, nowait_session
from desktop.store.tables import Voucher
from desktop.store.vouchers import get_voucher, update_fields
from tests.store.conftest import T0, new_voucher


def test_it_writes_and_commits_or_rolls_back_like_session_scope(engine: Engine) -> None:
    with nowait_session(engine) as session:
        voucher_id = new_voucher(session, 1).id or 0
    with pytest.raises(RuntimeError), nowait_session(engine) as session:
        new_voucher(session, 2)
        raise RuntimeError("half-way")
    with Session(engine) as session:
        assert len(session.exec(select(Voucher)).all()) == 1
        assert get_voucher(session, voucher_id).status == "pending"


def test_while_another_connection_writes_it_gives_up_at_once_and_writes_nothing(
    engine: Engine,
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("only SQLite has a single write lock")
    with nowait_session(engine) as session:
        voucher_id = new_voucher(session, 1).id or 0
    other = sqlite3.connect(str(engine.url.database), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        start = time.monotonic()
        with pytest.raises(WriterBusy), nowait_session(engine) as session:
            update_fields(session, get_voucher(session, voucher_id), last_checked_at=T0)
        assert time.monotonic() - start < 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    with engine.connect() as connection:  # the pooled connection waits again, as configured
        assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() == 15000
    with Session(engine) as session:
        assert get_voucher(session, voucher_id).last_checked_at is None
