"""The notification log is kept 180 days: purged by the app at start, by ``pagodesk sync`` and
daily by the receiver; never by a command that only reads."""

from __future__ import annotations

import argparse
import io
import logging
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from desktop.cli import main
from desktop.cli.webhook import register, run_webhook
from desktop.config import profile_database_path
from desktop.store.engine import open_store, session_scope, sqlite_url
from desktop.store.exchanges import purge_exchanges, record_exchange
from desktop.store.notifications import (
    insert_notification,
    notification_values,
    purge_notifications,
)
from desktop.store.tables import ApiExchange, Voucher
from tests.cli.test_cli import own_demo_port  # noqa: F401  (fixture reused)
from tests.webhook.helpers import PROFILE, notifications, paid_body, seed_voucher

RETENTION = timedelta(days=180)


def log_notification(engine: Engine, received_at: datetime, *, profile: str = PROFILE) -> None:
    with session_scope(engine) as session:
        row = notification_values(
            profile, received_at, "127.0.0.1", paid_body(), body_size=10, signature_ok=True
        )
        insert_notification(session, {**row, "outcome": "applied", "http_status": 200})


def test_notifications_older_than_180_days_are_deleted_and_nothing_else(engine: Engine) -> None:
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    voucher_id = seed_voucher(engine)
    for age in (RETENTION + timedelta(days=30), RETENTION + timedelta(seconds=1)):
        log_notification(engine, now - age)
    log_notification(engine, now - RETENTION - timedelta(seconds=1), profile="tienda")
    kept = [now - RETENTION, now - timedelta(days=1), now]
    for moment in kept:
        log_notification(engine, moment)

    with session_scope(engine) as session:
        assert purge_notifications(session, now, RETENTION) == 3

    assert sorted(n.received_at for n in notifications(engine)) == kept
    with Session(engine) as session:  # the vouchers they pointed at are untouched
        assert session.exec(select(Voucher.id)).all() == [voucher_id]
    with session_scope(engine) as session:
        assert purge_notifications(session, now, RETENTION) == 0


def test_a_clock_set_ahead_does_not_empty_the_logs(engine: Engine) -> None:
    """One reading of a clock 200 days ahead purged 180 days of logs; the newest row bounds
    what may go."""
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    for age in (timedelta(days=10), timedelta(days=1), timedelta(0)):
        log_notification(engine, now - age)
    exchange_at = now - timedelta(days=2)
    with session_scope(engine) as session:
        record_exchange(
            session,
            ApiExchange(profile=PROFILE, started_at=exchange_at, method="POST", path="/v1/cips"),
        )
    ahead = now + timedelta(days=200)
    with session_scope(engine) as session:
        assert purge_notifications(session, ahead, RETENTION) == 0
        assert purge_exchanges(session, ahead) == 0
    assert len(notifications(engine)) == 3
    log_notification(engine, now + timedelta(days=185))  # time really passed: it purges
    with session_scope(engine) as session:
        assert purge_notifications(session, now + timedelta(days=185), RETENTION) == 3


def test_a_sync_purges_old_notifications_and_a_listing_leaves_them(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    engine = open_store(sqlite_url(profile_database_path("demo")))
    try:
        log_notification(engine, datetime.now(UTC) - RETENTION - timedelta(days=1))
        log_notification(engine, datetime.now(UTC) - timedelta(minutes=3))
    finally:
        engine.dispose()

    with caplog.at_level(logging.INFO, logger="desktop.services.retention"):
        assert main(["list"]) == 0, capsys.readouterr().err  # only reads: writes nothing
        engine = open_store(sqlite_url(profile_database_path("demo")))
        try:
            assert len(notifications(engine)) == 2
        finally:
            engine.dispose()
        assert main(["sync"]) == 0, capsys.readouterr().err

    engine = open_store(sqlite_url(profile_database_path("demo")))
    try:
        assert len(notifications(engine)) == 1
    finally:
        engine.dispose()
    said = [r.getMessage() for r in caplog.records if r.name == "desktop.services.retention"]
    assert said == ["retention: 0 API exchanges and 1 notifications older than 180 days removed"]


def test_a_running_receiver_purges_again_on_schedule() -> None:
    parser = argparse.ArgumentParser(prog="pagodesk")
    parser.add_argument("--profile")
    parser.add_argument("--user")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["webhook", "--port", "0"])
    out, stop, codes = io.StringIO(), threading.Event(), []
    thread = threading.Thread(
        target=lambda: codes.append(run_webhook(args, out, stop, purge_every=0.05))
    )
    thread.start()
    engine: Engine | None = None
    try:
        deadline = time.monotonic() + 15
        while "Ctrl+C" not in out.getvalue():
            assert thread.is_alive() and time.monotonic() < deadline, out.getvalue()
            time.sleep(0.01)
        engine = open_store(sqlite_url(profile_database_path("demo")))  # once it is up
        # Written after the receiver started (and after the purge of the profile's opening).
        log_notification(engine, datetime.now(UTC) - RETENTION - timedelta(minutes=1))
        log_notification(engine, datetime.now(UTC))
        while len(notifications(engine)) != 1:
            assert time.monotonic() < deadline, "the old notification was never purged"
            time.sleep(0.02)
    finally:
        stop.set()
        thread.join(15)
        if engine is not None:
            engine.dispose()
    assert codes == [0]


def test_refused_requests_go_after_14_days_accepted_ones_stay_180(engine: Engine) -> None:
    from desktop.services.retention import purge_old_notifications

    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    for outcome in ("bad_signature", "malformed", "too_large", "applied", "unknown_cip"):
        with session_scope(engine) as session:
            row = notification_values(
                PROFILE, now - timedelta(days=20), None, b"{}", body_size=2, signature_ok=False
            )
            insert_notification(session, {**row, "outcome": outcome, "http_status": 401})
    log_notification(engine, now)
    assert purge_old_notifications(engine, lambda: now) == 3
    assert sorted(n.outcome for n in notifications(engine)) == ["applied", "applied", "unknown_cip"]
