"""The store change watch on SQLite (and PostgreSQL when set): one small query a look, writes
of another engine seen, what this process said itself taken as seen, a slower writer's lower
id not missed."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, func, select

from desktop.services.store_watch import StoreWatch
from desktop.store.engine import make_engine
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import add_voucher
from tests.staffing import person

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def write(engine: Engine, code: str) -> int:
    """A voucher and its creation event, committed by ``engine``."""
    with Session(engine) as session:
        voucher = Voucher(
            profile="demo",
            transaction_code=code,
            status="pending",
            amount_cents=2550,
            currency="PEN",
            email="cliente@example.pe",
            created_at=NOW,
            expires_at=NOW + timedelta(hours=48),
        )
        add_voucher(session, voucher, actor=person("Ana"), at=NOW)
        session.commit()
        return voucher.id or 0


def changed(watch: StoreWatch, within: float = 5.0) -> bool:
    """Looks until one says the store changed. PostgreSQL's notice reaches the listening
    connection a moment after the commit: a look right then may still say nothing."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if watch.look():
            return True
        time.sleep(0.01)
    return False


def raw_event(engine: Engine, voucher_id: int, event_id: int) -> None:
    """An event row with a chosen id, as a writer that took its id earlier commits it later."""
    values: dict[str, Any] = {
        "id": event_id,
        "voucher_id": voucher_id,
        "sequence": event_id,
        "kind": "note",
        "source": "manual",
        "actor": "Luis",
        "created_at": NOW,
        "prev_hash": "0" * 64,
        "hash": f"{event_id:064d}",
    }
    with Session(engine) as session:
        session.add(VoucherEvent(**values))
        session.commit()


def test_a_write_by_another_engine_is_seen_once(engine: Engine) -> None:
    watch = StoreWatch(engine)
    station = make_engine(engine.url.render_as_string(hide_password=False))
    try:
        assert watch.look() is False  # bearings
        write(station, "PD-A")
        assert changed(watch)
        assert watch.look() is False
        write(station, "PD-B")
        write(station, "PD-C")
        assert changed(watch)  # two writes between looks: one answer
        assert watch.look() is False
    finally:
        station.dispose()
        watch.close()


def test_what_this_process_announced_is_not_reported_again(engine: Engine) -> None:
    watch = StoreWatch(engine)
    assert watch.look() is False
    write(engine, "PD-OWN")
    watch.seen()
    assert watch.look() is False
    watch.close()
    write(engine, "PD-AFTER")
    assert watch.look() is False  # closed: asks nothing more


def test_a_lower_id_committed_after_a_higher_one_is_not_missed(engine: Engine) -> None:
    """PostgreSQL hands out ids before commit: the newest id alone would miss this one."""
    voucher_id = write(engine, "PD-SLOW")
    with Session(engine) as session:
        newest = int(session.exec(select(func.max(VoucherEvent.id))).one() or 0)
    watch = StoreWatch(engine, lookback=100)
    assert watch.look() is False
    raw_event(engine, voucher_id, newest + 10)  # the quick writer
    assert changed(watch)
    raw_event(engine, voucher_id, newest + 5)  # the slow one, a lower id, later
    assert changed(watch)
    assert watch.look() is False
    watch.close()


def test_an_idle_look_is_one_small_query_and_none_on_sqlite(engine: Engine) -> None:
    for n in range(300):
        write(engine, f"PD-{n:04d}")
    watch = StoreWatch(engine)
    watch.look()
    watch.look()  # SQLite: the change counter's bearings
    before = watch.queries
    for _ in range(50):
        assert watch.look() is False
    assert watch.queries - before == 0  # SQLite: its change counter; PostgreSQL: no notice
    write(engine, "PD-9999")  # another connection commits: the counter moves, one look asks
    assert changed(watch) and watch.look() is False
    watch.close()
