"""Small readers the service tests share: a voucher and its events as stored now; and the
data older versions could leave behind."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.events import Reason, with_detail
from desktop.domain.staff import SYNC_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import apply_move, events_of, get_voucher
from tests.staffing import person


def load(engine: Engine, voucher: Voucher) -> Voucher:
    with Session(engine) as session:
        return get_voucher(session, voucher.id or 0)


def history(engine: Engine, voucher: Voucher) -> list[VoucherEvent]:
    with Session(engine) as session:
        return events_of(session, voucher.id or 0)


def expire_by_hand_as_before(engine: Engine, voucher_id: int, at: datetime) -> None:
    """A manual "expired" recorded at ``at`` as versions before issue 13 did: straight to the
    store, whether or not the deadline had passed (the service refuses that now)."""
    with session_scope(engine) as session:
        moved = apply_move(
            session,
            get_voucher(session, voucher_id),
            VoucherStatus.EXPIRED,
            source=EventSource.MANUAL,
            actor=person("Ana"),
            at=at,
            reason="el cliente desistió",
        )
        assert moved.applied


def pay_as_before(
    engine: Engine,
    voucher_id: int,
    at: datetime,
    paid_at: datetime,
    *,
    source: EventSource = EventSource.POLL,
    words: str = "",
) -> None:
    """A payment of an expired voucher recorded at ``at``, flagged "late" as versions before
    issue 13 flagged every payment of a voucher expired here, whatever its date."""
    with session_scope(engine) as session:
        voucher = get_voucher(session, voucher_id)
        assert voucher.expires_at is not None
        # Late by today's rule too: apply_move puts the code in front itself.
        flagged = words if paid_at > voucher.expires_at else with_detail(Reason.LATE, words)
        moved = apply_move(
            session,
            voucher,
            VoucherStatus.PAID,
            source=source,
            actor=SYNC_ACTOR if source is EventSource.POLL else person("Carla"),
            at=at,
            reason=flagged or None,
            changes={"paid_at": paid_at, "operation_number": "OP-OLD"},
        )
        assert moved.applied
