"""The database link: a lost database is seen by whatever query hit it, reached again with
the backoff (1, 2, 4 ... 30 s on an injected clock and pause), and issuing never creates a CIP
it did not record. PostgreSQL is stopped and started for real, on a cluster of the tests'
own (tests/own_cluster.py), never the shared one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, select

from desktop.domain.status import VoucherStatus
from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.database_link import DatabaseLink, DatabaseLost, LinkStatus, Pause
from desktop.services.errors import StorageFailed
from desktop.services.issuing import IssueService, Outcome
from desktop.services.lookup import VoucherLookup
from desktop.services.store_watch import StoreWatch
from desktop.store.engine import make_engine, open_store, sqlite_url
from desktop.store.tables import Voucher
from tests.integration.conftest import TEST_CREDENTIALS
from tests.own_cluster import OwnCluster, fresh_database, own_cluster, running_cluster  # noqa: F401
from tests.staffing import person

T0 = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


class SteppedPause(Pause):
    """Waits no wall-clock time: moves the test's clock by the wait and notes it; at
    ``fix_after`` waits it runs ``fix`` (the database comes back)."""

    def __init__(self, clock: list[datetime], fix_after: int, fix: object) -> None:
        super().__init__()
        self.clock = clock
        self.waits: list[float] = []
        self.fix_after = fix_after
        self.fix = fix

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock[0] += timedelta(seconds=seconds)
        if len(self.waits) == self.fix_after and callable(self.fix):
            self.fix()


def test_the_backoff_doubles_to_thirty_seconds_and_the_link_comes_back(tmp_path: Path) -> None:
    """A SQLite file on a drive that is not there (its folder missing), then plugged in."""
    folder = tmp_path / "usb"
    now = [T0]
    pause = SteppedPause(now, fix_after=8, fix=lambda: folder.mkdir())
    engine = make_engine(sqlite_url(folder / "store.sqlite3"))
    link = DatabaseLink(engine, clock=lambda: now[0], pause=pause)
    heard: list[LinkStatus] = []
    link.subscribe(heard.append)
    try:
        assert link.check() is False
        lost = link.status
        assert not lost.connected and lost.since == T0
        assert "OperationalError" in lost.detail
        with pytest.raises(DatabaseLost):
            link.require()
        assert link.reconnect() is True
        assert pause.waits == [1, 2, 4, 8, 16, 30, 30, 30]
        assert link.status == LinkStatus()  # connected, nothing left over
        link.require()
        waiting = [s for s in heard if s.next_try is not None]
        assert [s.next_try - T0 for s in waiting][:3] == [  # type: ignore[operator]
            timedelta(seconds=1),
            timedelta(seconds=1 + 2),
            timedelta(seconds=1 + 2 + 4),
        ]
        assert [s.attempts for s in waiting] == list(range(8))
        assert waiting[2].retry_in(T0 + timedelta(seconds=5)) == timedelta(seconds=2)
        assert all(s.since == T0 for s in waiting)
        assert heard[-1].connected
    finally:
        link.close()
        engine.dispose()


def test_a_statement_error_is_not_a_loss(tmp_path: Path) -> None:
    engine = open_store(sqlite_url(tmp_path / "store.sqlite3"))
    link = DatabaseLink(engine)
    try:
        with engine.connect() as connection, pytest.raises(OperationalError, match="no such"):
            connection.exec_driver_sql("SELECT * FROM nowhere")
        assert link.connected
    finally:
        link.close()
        engine.dispose()


@pytest.fixture
def pg_store(running_cluster: OwnCluster) -> Iterator[Engine]:  # noqa: F811
    with fresh_database(running_cluster) as url:
        engine = open_store(url)
        yield engine
        engine.dispose()


def wait_connected(link: DatabaseLink) -> threading.Event:
    """Set once the link says it is connected again."""
    back = threading.Event()
    link.subscribe(lambda status: back.set() if status.connected else None)
    return back


def look_until_lost(watch: StoreWatch, link: DatabaseLink) -> bool:
    """The watch's looks, as its timer makes them, until one fails: the LISTEN connection
    may drain the server's goodbye quietly first, the next look reads and fails."""
    for _ in range(5):
        try:
            watch.look()
        except SQLAlchemyError:
            return not link.connected
    return False


def test_a_stopped_server_is_seen_by_the_watch_and_found_again_by_itself(
    pg_store: Engine,
    running_cluster: OwnCluster,  # noqa: F811
) -> None:
    link = DatabaseLink(pg_store, backoff=(0.2, 0.4, 0.8))
    link.start()
    watch = StoreWatch(pg_store)
    lookup = VoucherLookup(pg_store, "demo")
    try:
        watch.look()
        assert link.connected
        running_cluster.stop()
        assert look_until_lost(watch, link)
        status = link.status
        assert not status.connected and status.since is not None
        with pytest.raises(StorageFailed):  # a service's read fails the same way
            lookup.paid_mark()
        with pytest.raises(DatabaseLost):
            link.require()
        back = wait_connected(link)
        running_cluster.start()
        assert back.wait(30), link.status
        link.require()
        assert watch.look() in (True, False)  # the watch reads again on a new connection
        assert lookup.paid_mark().event_id >= 0
    finally:
        watch.close()
        link.close()


def test_a_server_lost_after_the_voucher_was_recorded_never_shows_the_cip(
    pg_store: Engine,
    running_cluster: OwnCluster,  # noqa: F811
    sandbox: SandboxServer,
) -> None:
    """The protocol writes first: the CIP PagoEfectivo created while the database went away
    is never shown; the voucher stays recorded as unconfirmed, to retry or discard."""
    link = DatabaseLink(pg_store)
    with PagoEfectivoClient(sandbox.base_url, TEST_CREDENTIALS, timeout=5.0) as client:
        created = client.create_cip

        def create_then_lose(request):  # type: ignore[no-untyped-def]
            answer = created(request)
            running_cluster.stop()  # the server goes away while PagoEfectivo answers
            return answer

        client.create_cip = create_then_lose  # type: ignore[method-assign]
        issuer = IssueService(pg_store, client, "demo", actor=person("Ana"))
        data = IssueInput(amount="25.50", email="c@example.pe", expires_in=timedelta(hours=48))
        result = issuer.issue(validate_issue(data, datetime.now(UTC)))
    try:
        assert result.outcome is Outcome.UNCONFIRMED
        assert isinstance(result.error, StorageFailed)
        assert result.voucher.cip is None
        assert not link.connected
        running_cluster.start()
        assert link.check()
        with Session(pg_store) as session:
            stored = session.exec(select(Voucher)).one()
        assert stored.status == VoucherStatus.ISSUING.value  # «Sin confirmar»
        assert stored.cip is None
        made = sandbox.state.find_by_transaction_code(stored.transaction_code)
        assert len(made) == 1  # the unseen CIP at PagoEfectivo: it just expires
    finally:
        link.close()
