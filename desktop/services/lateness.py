"""Was a recorded payment late? ``domain.status.is_late_payment`` applied to stored events.

A move to paid carries the ``late`` code when the rule said so as it was written. Versions
before issue 13 called any payment of a voucher expired here late, even one made before its
deadline (a voucher marked expired early); the events are chained and never rewritten, so
the screens, the queues and the day report ask this module instead of the stored code.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import col

from desktop.domain.events import EventKind, EventMove
from desktop.domain.status import VoucherStatus, is_late_payment
from desktop.store.tables import Voucher


class PaidEvent(EventMove, Protocol):
    """What the rule needs of an event (a stored row or an ``EventView``)."""

    @property
    def details(self) -> str | None: ...


class Deadline(Protocol):
    """What the rule needs of the voucher (a stored row or a ``VoucherView``)."""

    @property
    def paid_at(self) -> datetime | None: ...
    @property
    def expires_at(self) -> datetime | None: ...


def paid_late(event: PaidEvent, voucher: Deadline) -> bool:
    """The move to paid ``event`` was a late payment: its payment date (as the move recorded
    it, else the voucher's) after the voucher's deadline. False for any other event."""
    if event.kind != EventKind.MOVE or event.to_status != VoucherStatus.PAID.value:
        return False
    try:
        source = VoucherStatus(event.from_status or "")
    except ValueError:
        return False
    return is_late_payment(source, _recorded_paid_at(event) or voucher.paid_at, voucher.expires_at)


def _recorded_paid_at(event: PaidEvent) -> datetime | None:
    try:
        details = json.loads(event.details or "{}")
        value = details.get("paid_at") if isinstance(details, dict) else None
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def paid_late_sql(paid: Any) -> ColumnElement[bool]:
    """The same rule in SQL for a move to paid (``paid``, an aliased event) of a voucher
    still paid by it (so ``Voucher.paid_at`` is that payment's date)."""
    paid_at, expires_at = col(Voucher.paid_at), col(Voucher.expires_at)
    undated = or_(paid_at.is_(None), expires_at.is_(None))
    return or_(
        and_(paid_at.is_not(None), expires_at.is_not(None), paid_at > expires_at),
        and_(undated, paid.from_status == VoucherStatus.EXPIRED.value),
    )
