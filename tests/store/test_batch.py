"""Batch moves and discrepancies write what apply_move / record_discrepancy write, chained."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session, col

from desktop.domain.status import EventSource, ForbiddenMove, VoucherStatus
from desktop.store.batch import PlannedDiscrepancy, PlannedMove, apply_moves, record_discrepancies
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import (
    ConcurrentChange,
    apply_move,
    events_of,
    record_discrepancy,
    verify_chain,
)
from tests.staffing import person
from tests.store.conftest import T0, new_voucher

AT = T0.replace(hour=20)
SAME = ("kind", "from_status", "to_status", "source", "actor", "reason", "evidence", "details")


def described(event: VoucherEvent) -> tuple[object, ...]:
    return tuple(getattr(event, name) for name in SAME) + (event.sequence, event.created_at)


def row(voucher: Voucher) -> tuple[object, ...]:
    return (voucher.status, voucher.version, voucher.paid_at, voucher.operation_number)


def test_a_batch_move_is_the_same_move_as_apply_move(engine: Engine) -> None:
    changes = {"paid_at": AT, "operation_number": "A1"}
    with Session(engine) as session:
        one, other = new_voucher(session, 1), new_voucher(session, 2)
        due = T0 + timedelta(hours=1)  # passed before the payment at AT: paid late
        late_one = new_voucher(session, 3, status=VoucherStatus.EXPIRED, expires_at=due)
        late_other = new_voucher(session, 4, status=VoucherStatus.EXPIRED, expires_at=due)
        options = {"source": EventSource.IMPORT, "actor": person("Ana"), "at": AT}
        for voucher in (one, late_one):
            apply_move(
                session,
                voucher,
                VoucherStatus.PAID,
                reason="línea 2",
                evidence="{}",
                changes=changes,
                **options,  # type: ignore[arg-type]
            )
        moves = apply_moves(
            session,
            [
                PlannedMove(v, VoucherStatus.PAID, "línea 2", "{}", changes)
                for v in (other, late_other)
            ],
            **options,  # type: ignore[arg-type]
        )
        session.commit()

        assert [m.late for m in moves] == [False, True]
        for single, batched in ((one, other), (late_one, late_other)):
            session.refresh(single)
            session.refresh(batched)
            assert row(single) == row(batched)
            expected = [described(e) for e in events_of(session, single.id or 0)[1:]]
            assert [described(e) for e in events_of(session, batched.id or 0)[1:]] == expected
            assert verify_chain(session, batched) is None
        assert events_of(session, late_other.id or 0)[-1].reason == "late: línea 2"


def test_a_batch_discrepancy_is_the_same_as_record_discrepancy(engine: Engine) -> None:
    with Session(engine) as session:
        one, other = new_voucher(session, 1), new_voucher(session, 2)
        options = {"source": EventSource.IMPORT, "actor": person("Ana"), "at": AT}
        record_discrepancy(session, one, VoucherStatus.PAID, reason="r", evidence="e", **options)  # type: ignore[arg-type]
        count = record_discrepancies(
            session,
            [PlannedDiscrepancy(other, VoucherStatus.PAID, "r", "e")],
            **options,  # type: ignore[arg-type]
        )
        session.commit()

        assert count == 1
        expected = [described(e) for e in events_of(session, one.id or 0)[1:]]
        assert [described(e) for e in events_of(session, other.id or 0)[1:]] == expected
        session.refresh(other)
        assert row(other) == (VoucherStatus.PENDING.value, 1, None, None)
        assert verify_chain(session, other) is None


def test_a_stale_or_forbidden_move_writes_nothing(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        fresh, stale = new_voucher(session, 1), new_voucher(session, 2)
        annulled = new_voucher(session, 3, status=VoucherStatus.ANNULLED)
        session.commit()
        with engine.begin() as elsewhere:  # another station changes one after it was read
            elsewhere.execute(update(Voucher).where(col(Voucher.id) == stale.id).values(version=2))
        options = {"source": EventSource.IMPORT, "actor": person("Ana"), "at": AT}

        with pytest.raises(ForbiddenMove):
            apply_moves(
                session,
                [PlannedMove(fresh, VoucherStatus.PAID), PlannedMove(annulled, VoucherStatus.PAID)],
                **options,  # type: ignore[arg-type]
            )
        with pytest.raises(ConcurrentChange):
            apply_moves(
                session,
                [PlannedMove(fresh, VoucherStatus.PAID), PlannedMove(stale, VoucherStatus.PAID)],
                **options,  # type: ignore[arg-type]
            )
        with pytest.raises(ValueError, match="planned twice"):
            apply_moves(
                session,
                [PlannedMove(fresh, VoucherStatus.PAID), PlannedMove(fresh, VoucherStatus.PAID)],
                **options,  # type: ignore[arg-type]
            )
        session.rollback()
        assert [len(events_of(session, v.id or 0)) for v in (fresh, stale, annulled)] == [1, 1, 1]
