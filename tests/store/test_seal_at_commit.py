"""Events are linked into the profile's sealed chain when their transaction commits: a writer
holds the chain head only to seal and commit, and a rolled-back transaction leaves no link."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from desktop.domain.staff import WEBHOOK_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.audit import audit
from desktop.store import seal
from desktop.store.engine import open_store, session_scope
from desktop.store.seal import ChainLink, SealingFailed, head_of
from desktop.store.vouchers import apply_move, get_voucher
from tests.store.conftest import T0, LockWaits, db_url, new_voucher  # noqa: F401


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    store = open_store(db_url)
    yield store
    store.dispose()


def pending(engine: Engine, count: int) -> list[int]:
    with session_scope(engine) as session:
        return [new_voucher(session, n).id or 0 for n in range(count)]


def pay(session: Session, voucher_id: int, minutes: int) -> int:
    """Move a voucher to paid (one event); the id of that event."""
    voucher = get_voucher(session, voucher_id)
    assert voucher is not None
    moved = apply_move(
        session,
        voucher,
        VoucherStatus.PAID,
        source=EventSource.WEBHOOK,
        actor=WEBHOOK_ACTOR,
        at=T0 + timedelta(minutes=minutes),
        changes={"paid_at": T0, "operation_number": f"OP{voucher_id}"},
    )
    assert moved.applied and moved.event is not None and moved.event.id is not None
    return moved.event.id


def linked(engine: Engine) -> list[int | None]:
    """Event ids in the order of their links."""
    with Session(engine) as session:
        order = select(ChainLink.event_id).order_by(ChainLink.seq)  # type: ignore[arg-type]
        return list(session.scalars(order))


def test_a_writer_seals_while_another_has_written_but_not_committed(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time: the second waits for the whole first")
    first_id, second_id = pending(engine, 2)
    before = linked(engine)
    done = threading.Event()
    failed: list[BaseException] = []

    def other_station() -> None:
        try:
            with session_scope(engine) as session:
                pay(session, second_id, 2)
        except BaseException as exc:  # reported below
            failed.append(exc)
        finally:
            done.set()

    waits = LockWaits(engine)
    with session_scope(engine) as session:
        first_event = pay(session, first_id, 1)  # written, not committed
        station = threading.Thread(target=other_station)
        station.start()
        # The other station's commit needs no lock this open transaction holds: it finishes.
        # Were the head locked since the event was written, it would wait (seen at once).
        while not done.wait(0.05):
            assert not waits.waiting(station), "the other station waits for the chain head"
    station.join()
    assert not failed
    order = linked(engine)[len(before) :]
    assert order[-1] == first_event  # linked when it committed, after the other station's
    report = audit(engine, "demo")
    assert report.intact and report.chain.links == len(before) + 2


def test_a_rolled_back_transaction_leaves_no_link(engine: Engine) -> None:
    first_id, second_id = pending(engine, 2)
    with Session(engine) as session:
        head = head_of(session.connection(), "demo")
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        pay(session, first_id, 1)
        raise RuntimeError("the click failed after the event was written")
    with Session(engine) as session:
        assert head_of(session.connection(), "demo") == head
        assert get_voucher(session, first_id).status == VoucherStatus.PENDING.value  # type: ignore[union-attr]
    with session_scope(engine) as session:
        paid = pay(session, second_id, 2)
    assert linked(engine)[-1] == paid
    assert audit(engine, "demo").intact


def test_a_session_closed_without_commit_and_used_again_links_only_what_it_commits(
    engine: Engine,
) -> None:
    first_id, second_id = pending(engine, 2)
    session = Session(engine, expire_on_commit=False)
    try:
        pay(session, first_id, 1)
        session.close()  # no commit: the payment and its entry are gone
        paid = pay(session, second_id, 2)  # the same session, a new transaction
        session.commit()
    finally:
        session.close()
    assert linked(engine)[-1] == paid
    report = audit(engine, "demo")
    assert report.intact and report.events == report.chain.links


def test_a_commit_after_the_sealing_failed_is_refused(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    (voucher_id,) = pending(engine, 1)
    links = linked(engine)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("the database went away while sealing")

    session = Session(engine, expire_on_commit=False)
    try:
        pay(session, voucher_id, 1)
        monkeypatch.setattr(seal, "append_links", broken)
        with pytest.raises(OSError):
            session.commit()
        monkeypatch.undo()
        with pytest.raises(SealingFailed):
            session.commit()  # the events, without their links: never
        session.rollback()
    finally:
        session.close()
    assert linked(engine) == links
    report = audit(engine, "demo")
    assert report.intact and report.events == report.chain.links


def test_events_are_not_written_inside_a_savepoint(engine: Engine) -> None:
    (voucher_id,) = pending(engine, 1)
    with pytest.raises(RuntimeError, match="savepoint"), session_scope(engine) as session:
        with session.begin_nested():
            pay(session, voucher_id, 1)
    assert audit(engine, "demo").intact
