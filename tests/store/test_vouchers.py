"""Moves, discrepancies, the hash chain and optimistic concurrency on both engines."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from desktop.domain.staff import SYNC_ACTOR, Actor
from desktop.domain.status import EventSource, VoucherStatus
from desktop.store.engine import make_engine
from desktop.store.vouchers import (
    ConcurrentChange,
    apply_move,
    events_of,
    find_by_cip,
    get_voucher,
    verify_chain,
)
from tests.staffing import person
from tests.store.conftest import T0, LockWaits, new_voucher

S = VoucherStatus


def test_allowed_move_updates_row_and_appends_chained_event(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        result = apply_move(
            session,
            voucher,
            S.PAID,
            source=EventSource.WEBHOOK,
            actor=Actor("webhook"),
            at=T0 + timedelta(hours=1),
            changes={"operation_number": "778899", "paid_at": T0},
        )
        session.commit()
        assert result.applied and voucher.status == "paid" and voucher.version == 2
        assert voucher.operation_number == "778899" and voucher.paid_at == T0
        events = events_of(session, voucher.id or 0)
        assert [(e.kind, e.from_status, e.to_status) for e in events] == [
            ("created", None, "pending"),
            ("move", "pending", "paid"),
        ]
        assert events[1].prev_hash == events[0].hash and events[1].source == "webhook"
        assert verify_chain(session, voucher) is None


def test_forbidden_move_changes_nothing_and_is_recorded(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1, status=S.ANNULLED)
        result = apply_move(
            session,
            voucher,
            S.PAID,
            source=EventSource.POLL,
            actor=SYNC_ACTOR,
            at=T0,
            reason="PagoEfectivo dice pagado",
        )
        session.commit()
        assert not result.applied and result.refusal == "not_allowed"
        fresh = get_voucher(session, voucher.id or 0)
        assert fresh.status == "annulled" and fresh.version == 1
        last = events_of(session, voucher.id or 0)[-1]
        assert last.kind == "discrepancy" and last.to_status == "paid"
        assert last.reason and "PagoEfectivo dice pagado" in last.reason
        assert verify_chain(session, fresh) is None


def test_late_payment_and_reversal_are_labelled(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1, status=S.EXPIRED)
        late = apply_move(
            session, voucher, S.PAID, source=EventSource.POLL, actor=person("s"), at=T0
        )
        assert late.applied and late.late and late.event.reason == "late"
        refused = apply_move(
            session, voucher, S.PENDING, source=EventSource.POLL, actor=person("s"), at=T0
        )
        assert not refused.applied and refused.refusal == "reversal_required"
        back = apply_move(
            session,
            voucher,
            S.PENDING,
            source=EventSource.WEBHOOK,
            actor=person("s"),
            at=T0,
            reversal=True,
        )
        assert back.applied and back.event.reason == "reversal"


def test_an_edited_or_deleted_event_is_named(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        for target in (S.EXPIRED, S.PENDING, S.PAID):
            apply_move(
                session, voucher, target, source=EventSource.MANUAL, actor=person("ana"), at=T0
            )
        session.commit()
        events = events_of(session, voucher.id or 0)
        session.execute(
            text("UPDATE voucher_events SET actor = 'mallory' WHERE id = :id"),
            {"id": events[2].id},
        )
        session.commit()
        broken = verify_chain(session, voucher)
        assert broken is not None and broken.event_id == events[2].id
        assert broken.problem == "hash_mismatch" and broken.sequence == 3
    with Session(engine, expire_on_commit=False) as session:
        other = new_voucher(session, 2)
        apply_move(session, other, S.PAID, source=EventSource.MANUAL, actor=person("ana"), at=T0)
        session.commit()
        last = events_of(session, other.id or 0)[-1]
        session.execute(text("DELETE FROM voucher_events WHERE id = :id"), {"id": last.id})
        session.commit()
        broken = verify_chain(session, get_voucher(session, other.id or 0))
        assert broken is not None and broken.problem == "missing_event"


def test_second_writer_with_a_stale_copy_gets_a_conflict(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher_id = new_voucher(session, 1).id or 0
        session.commit()
    with (
        Session(engine, expire_on_commit=False) as first,
        Session(engine, expire_on_commit=False) as second,
    ):
        mine = get_voucher(first, voucher_id)
        theirs = get_voucher(second, voucher_id)
        first.commit()
        second.commit()
        apply_move(first, mine, S.PAID, source=EventSource.MANUAL, actor=person("ana"), at=T0)
        first.commit()
        with pytest.raises(ConcurrentChange):
            apply_move(
                second, theirs, S.ANNULLED, source=EventSource.MANUAL, actor=person("luis"), at=T0
            )
        second.rollback()
    with Session(engine) as session:
        final = get_voucher(session, voucher_id)
        assert final.status == "paid" and final.version == 2
        assert len(events_of(session, voucher_id)) == 2


def _race(url: str, voucher_id: int, target: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    with Session(engine, expire_on_commit=False) as session:
        voucher = get_voucher(session, voucher_id)
        session.commit()
        barrier.wait(timeout=20)
        try:
            apply_move(
                session, voucher, S(target), source=EventSource.MANUAL, actor=person(target), at=T0
            )
            session.commit()
            results.put((target, "won"))
        except ConcurrentChange:
            session.rollback()
            results.put((target, "conflict"))
    engine.dispose()


def test_two_processes_change_one_voucher_at_once(engine: Engine, db_url: str) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher_id = new_voucher(session, 1).id or 0
        session.commit()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_race, args=(db_url, voucher_id, target, barrier, results))
        for target in ("paid", "annulled")
    ]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    assert sorted(outcomes.values()) == ["conflict", "won"]
    winner = next(t for t, outcome in outcomes.items() if outcome == "won")
    with Session(engine) as session:
        final = get_voucher(session, voucher_id)
        assert final.status == winner and final.version == 2
        assert verify_chain(session, final) is None


def test_find_by_cip_is_per_profile(engine: Engine) -> None:
    with Session(engine) as session:
        new_voucher(session, 1, cip=777)
        new_voucher(session, 2, cip=777, profile="sandbox")
        session.commit()
        found = find_by_cip(session, "sandbox", 777)
        assert found is not None and found.profile == "sandbox"
        assert find_by_cip(session, "production", 777) is None


def test_event_written_in_lima_time_verifies_after_reload(engine: Engine) -> None:
    from desktop.domain.limatime import LIMA

    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        apply_move(
            session,
            voucher,
            S.PAID,
            source=EventSource.MANUAL,
            actor=person("ana"),
            at=T0.astimezone(LIMA),
            changes={"paid_at": T0.astimezone(LIMA)},
        )
        session.commit()
    with Session(engine) as session:
        assert verify_chain(session, get_voucher(session, voucher.id or 0)) is None


@pytest.mark.parametrize(
    "column, value",
    [("amount_cents", 1), ("cip", 999), ("currency", "USD"), ("operation_number", "666")],
)
def test_an_edit_of_the_voucher_row_is_named(engine: Engine, column: str, value: object) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        apply_move(
            session,
            voucher,
            S.PAID,
            source=EventSource.WEBHOOK,
            actor=Actor("webhook"),
            at=T0,
            changes={"operation_number": "778899", "paid_at": T0},
        )
        session.commit()
        assert verify_chain(session, voucher) is None
        session.execute(
            text(f"UPDATE vouchers SET {column} = :v WHERE id = :id"),
            {"v": value, "id": voucher.id},
        )
        session.commit()
        broken = verify_chain(session, get_voucher(session, voucher.id or 0))
    assert broken is not None and broken.problem == f"row_edited:{column}"


def test_tracked_fields_change_only_through_a_move(engine: Engine) -> None:
    from desktop.store.vouchers import update_fields

    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        with pytest.raises(ValueError):
            update_fields(session, voucher, amount_cents=1)
        update_fields(session, voucher, last_checked_at=T0)
        assert voucher.last_checked_at == T0 and voucher.version == 2


def test_a_writer_that_read_first_waits_instead_of_failing(engine: Engine) -> None:
    import threading

    from desktop.store.engine import session_scope

    with Session(engine, expire_on_commit=False) as session:
        one, two = new_voucher(session, 1), new_voucher(session, 2)
        session.commit()
    started = threading.Event()
    errors: list[BaseException] = []

    def other_station() -> None:
        started.wait(10)
        try:
            with session_scope(engine) as other:
                voucher = get_voucher(other, two.id or 0)
                apply_move(
                    other, voucher, S.PAID, source=EventSource.MANUAL, actor=person("b"), at=T0
                )
        except BaseException as exc:  # reported below
            errors.append(exc)

    locks = LockWaits(engine)
    worker = threading.Thread(target=other_station)
    worker.start()
    try:
        with session_scope(engine) as mine:
            voucher = get_voucher(mine, one.id or 0)  # read first...
            started.set()  # ...while another station tries to write...
            if engine.dialect.name == "sqlite":
                assert locks.wait(worker)  # ...and waits for SQLite's one write lock
            else:
                worker.join(20)  # ...and, other rows, writes beside this transaction
            apply_move(
                mine, voucher, S.ANNULLED, source=EventSource.MANUAL, actor=person("a"), at=T0
            )
    finally:
        worker.join(20)
        locks.close()
    assert errors == []
    with Session(engine) as session:
        assert get_voucher(session, one.id or 0).status == "annulled"
        assert get_voucher(session, two.id or 0).status == "paid"
