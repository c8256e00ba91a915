"""The write path leaves the session as a reload would: the voucher and the event exactly as
stored (values and types), the event persistent in the session, pending changes written first.
On both engines."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import StatementError
from sqlmodel import Session, SQLModel

from desktop.domain.limatime import LIMA
from desktop.domain.staff import WEBHOOK_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import (
    apply_move,
    record_change,
    record_discrepancy,
    record_note,
    update_fields,
)
from tests.store.conftest import T0, new_voucher

S = VoucherStatus
OPTIONS: Any = {"source": EventSource.WEBHOOK, "actor": WEBHOOK_ACTOR, "at": T0.astimezone(LIMA)}


def shown(item: SQLModel) -> dict[str, str]:
    """Every field with its type and value (a Lima time is not its UTC twin here)."""
    return {name: repr(value) for name, value in item.model_dump().items()}


def as_stored(engine: Engine, model: type[SQLModel], item_id: int | None) -> dict[str, str]:
    with Session(engine) as other:
        stored = other.get(model, item_id)
        assert stored is not None
        return shown(stored)


def test_a_move_leaves_the_voucher_and_its_event_as_stored(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        moved = apply_move(
            session,
            voucher,
            S.PAID,
            changes={"paid_at": T0.astimezone(LIMA), "operation_number": "778899", "cip": 42},
            evidence="{}",
            **OPTIONS,
        )
        assert inspect(moved.event).persistent
        assert session.get(VoucherEvent, moved.event.id) is moved.event
        session.commit()
        assert shown(voucher) == as_stored(engine, Voucher, voucher.id)
        assert shown(moved.event) == as_stored(engine, VoucherEvent, moved.event.id)
        assert voucher.paid_at is not None and voucher.paid_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert "42" in voucher.search_text and voucher.version == 2


def test_changes_notes_and_discrepancies_leave_what_is_stored(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        changed = record_change(
            session, voucher, {"expires_at": T0.astimezone(LIMA)}, reason="extended", **OPTIONS
        )
        update_fields(session, voucher, last_checked_at=T0.astimezone(LIMA))
        note = record_note(session, voucher, reason="revisado", **OPTIONS)
        refused = record_discrepancy(session, voucher, S.PAID, reason="r", evidence="e", **OPTIONS)
        session.commit()
        assert shown(voucher) == as_stored(engine, Voucher, voucher.id)
        assert voucher.version == 3
        for event in (changed, note, refused):
            assert shown(event) == as_stored(engine, VoucherEvent, event.id)
        assert [changed.sequence, note.sequence, refused.sequence] == [2, 3, 4]
        assert (changed.from_status, changed.to_status) == ("pending", "pending")


def test_the_callers_pending_changes_are_written_before_the_move(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        session.commit()
        voucher.failure_detail = "seen by hand"  # changed in memory, not flushed
        apply_move(session, voucher, S.PAID, **OPTIONS)
        table = Voucher.__table__  # type: ignore[attr-defined]
        on_disk = session.connection().execute(
            select(table.c.failure_detail, table.c.status, table.c.version)
        )
        assert on_disk.one() == ("seen by hand", "paid", 2)


def test_a_naive_time_is_still_refused(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        voucher = new_voucher(session, 1)
        with pytest.raises(StatementError, match="timezone-aware"):
            record_note(session, voucher, reason="r", **{**OPTIONS, "at": T0.replace(tzinfo=None)})
