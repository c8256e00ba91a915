"""The reconciliation queues: what needs a person in one profile, and "reviewed" notes.

Each queue is one indexed query returning plain frozen rows (no ORM objects), so the
Conciliación page can read them off the GUI thread:

- discrepancies: vouchers whose latest discrepancy (approval requests aside) nobody has
  reviewed since. A review also covers a later *repeat* of a reviewed discrepancy (same
  statuses, reason and evidence): sync records a lasting disagreement again after any other
  event, and a person who has looked at it should not see it come back every round.
- expiring: pending vouchers whose deadline falls within a window, soonest first.
- unconfirmed: issues whose outcome is unknown (``issuing`` after the answer failed, or for
  longer than an API call takes).
- late payments: moves to paid recorded in the last days from expired, or paid after the
  deadline, not reviewed since.
- approvals: manual "paid" requests waiting for a second person (ManualReconciliation).
- unknown notifications: webhook payments for CIPs that are not ours (reported only).

A review is a chained ``note`` event (reason ``revisado`` or ``revisado: <note>``); it
covers everything the voucher showed before it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Select, func
from sqlmodel import Session, col, select

from desktop.domain.display import full_name
from desktop.domain.events import Reason, reason_code, with_detail
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.money import Money
from desktop.domain.staff import Action, Actor, require
from desktop.domain.status import EventSource, VoucherStatus
from desktop.domain.validation import unsafe_characters
from desktop.pagoefectivo import PaymentNotification, parse_notification
from desktop.services.errors import service
from desktop.services.queue_sql import (
    EXPIRING_WITHIN,
    RECENT_DAYS,
    discrepancy_statement,
    expiring_statement,
    late_statement,
    queue_statements,
    unconfirmed_statement,
    unknown_statement,
)
from desktop.services.reconcile import ManualReconciliation, ReconcileError
from desktop.store.engine import session_scope
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import Voucher
from desktop.store.vouchers import get_voucher, record_note

NOTE_MAX = 500
LIMIT = 1000
"""At most this many rows per queue are read; the counts stay exact."""


@dataclass(frozen=True)
class QueueItem:
    """One row of a queue: the voucher and what put it there (when, who, why)."""

    voucher_id: int
    cip: int | None
    transaction_code: str
    customer: str
    email: str
    concept: str | None
    money: Money
    status: str
    created_at: datetime
    expires_at: datetime | None
    paid_at: datetime | None = None
    problem: str | None = None  # a code (domain.events.Reason): remote_differs, late...
    reason: str | None = None  # the event's reason as recorded (or the failure detail)
    reported: str | None = None  # the status the other side reported (discrepancies)
    source: str | None = None  # api | poll | webhook | manual | import
    at: datetime | None = None  # when it happened
    actor: str | None = None  # who recorded it
    event_id: int | None = None  # the event behind the row (approval request, discrepancy)


@dataclass(frozen=True)
class UnknownNotification:
    """A signed payment notification for a CIP that no voucher of this profile has."""

    notification_id: int
    cip: int | None
    operation_number: str | None
    money: Money | None  # read back from the kept body, when it is readable
    received_at: datetime
    remote_address: str | None
    detail: str | None


@dataclass(frozen=True)
class QueueSnapshot:
    """Every queue read at one moment; ``counts`` are exact even when a list was cut."""

    discrepancies: list[QueueItem]
    expiring: list[QueueItem]
    unconfirmed: list[QueueItem]
    late_payments: list[QueueItem]
    approvals: list[QueueItem]
    unknown: list[UnknownNotification]
    taken_at: datetime
    counts: dict[str, int] = field(default_factory=dict)


@service
class ReconciliationQueues:
    """Read the queues of one profile; record that a person reviewed a voucher."""

    def __init__(
        self,
        engine: Engine,
        profile: str,
        reconciliation: ManualReconciliation,
        *,
        clock: Clock = utc_now,
        limit: int = LIMIT,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._reconciliation = reconciliation
        self._clock = clock
        self._limit = limit

    # -- the queues ----------------------------------------------------------------------

    def discrepancies(self) -> list[QueueItem]:
        """Latest unreviewed discrepancy per voucher, newest first."""
        return self._event_items(discrepancy_statement(self._profile), problem=None)

    def late_payments(self, days: int = RECENT_DAYS) -> list[QueueItem]:
        """Payments recorded in the last ``days`` days after the deadline, not reviewed."""
        since = self._clock() - timedelta(days=days)
        return self._event_items(late_statement(self._profile, since), problem=Reason.LATE)

    def expiring(self, within: timedelta = EXPIRING_WITHIN) -> list[QueueItem]:
        """Pending vouchers due within ``within`` from now, soonest first."""
        statement = expiring_statement(self._profile, self._clock(), within)
        with Session(self._engine) as session:
            rows = session.execute(statement.limit(self._limit)).scalars().all()
            return [_item(v, at=v.expires_at) for v in rows]

    def unconfirmed(self) -> list[QueueItem]:
        """Issues whose outcome is unknown, oldest first (retry or discard them)."""
        statement = unconfirmed_statement(self._profile, self._clock())
        with Session(self._engine) as session:
            rows = session.execute(statement.limit(self._limit)).scalars().all()
            return [
                _item(
                    v,
                    problem=v.failure_code or Reason.OUTCOME_UNKNOWN,
                    reason=v.failure_detail,
                    at=v.created_at,
                    actor=v.created_by,
                )
                for v in rows
            ]

    def approvals(self) -> list[QueueItem]:
        """Manual "paid" requests waiting for a second person, oldest first."""
        requests = self._reconciliation.open_requests()
        ids = {r.voucher_id for r in requests}
        with Session(self._engine) as session:
            found = session.exec(select(Voucher).where(col(Voucher.id).in_(ids))).all()
            vouchers = {v.id: v for v in found}
            return [
                _item(
                    vouchers[r.voucher_id],
                    problem=Reason.APPROVAL_REQUESTED,
                    reason=r.reason,
                    reported=VoucherStatus.PAID.value,
                    source=EventSource.MANUAL.value,
                    at=r.requested_at,
                    actor=r.requested_by,
                    event_id=r.event_id,
                )
                for r in requests
            ]

    def unknown_notifications(self, days: int = RECENT_DAYS) -> list[UnknownNotification]:
        """Webhook payments of the last ``days`` days for CIPs that are not ours."""
        statement = unknown_statement(self._profile, self._clock() - timedelta(days=days))
        with Session(self._engine) as session:
            rows = session.execute(statement.limit(self._limit)).scalars().all()
            return [_unknown(row) for row in rows]

    def snapshot(self) -> QueueSnapshot:
        """Every queue, with exact counts (a COUNT only for a list that was cut)."""
        lists: dict[str, list[Any]] = {
            "discrepancies": self.discrepancies(),
            "expiring": self.expiring(),
            "unconfirmed": self.unconfirmed(),
            "late_payments": self.late_payments(),
            "approvals": self.approvals(),
            "unknown": self.unknown_notifications(),
        }
        counts = {name: len(rows) for name, rows in lists.items()}
        for name, rows in lists.items():
            if len(rows) >= self._limit:
                counts[name] = self.count(name)
        return QueueSnapshot(**lists, taken_at=self._clock(), counts=counts)

    # -- the action ----------------------------------------------------------------------

    def mark_reviewed(self, voucher_id: int, actor: Actor, note: str = "") -> int:
        """Record (chained, with the person's id and name) that a supervisor reviewed this
        voucher; it leaves the discrepancy and late-payment queues. Returns the note's id."""
        require(actor, Action.REVIEW)
        text = " ".join((note or "").split())
        if len(text) > NOTE_MAX:
            raise ReconcileError("reason_too_long", "note", str(NOTE_MAX))
        if unsafe_characters(text):
            raise ReconcileError("invalid_characters", "note")
        with session_scope(self._engine) as session:
            voucher = get_voucher(session, voucher_id)
            if voucher.profile != self._profile:
                raise ReconcileError("wrong_profile", "voucher")
            event = record_note(
                session,
                voucher,
                source=EventSource.MANUAL,
                actor=actor,
                at=self._clock(),
                reason=with_detail(Reason.REVIEWED, text),
            )
            assert event.id is not None
            return event.id

    # -- helpers -------------------------------------------------------------------------

    def _event_items(self, statement: Select[Any], problem: str | None) -> list[QueueItem]:
        with Session(self._engine) as session:
            rows = session.execute(statement.limit(self._limit)).all()
            return [
                _item(
                    voucher,
                    problem=problem or reason_code(event.reason) or "unknown",
                    reason=event.reason,
                    reported=event.to_status if problem is None else None,
                    source=event.source,
                    at=event.created_at,
                    actor=event.actor,
                    event_id=event.id,
                )
                for event, voucher in rows
            ]

    def count(self, name: str) -> int:
        """How many rows the named queue holds now: its own statement, counted (what its
        tab says; the command line's sync summary uses it too)."""
        if name == "approvals":
            return len(self._reconciliation.open_requests())
        inner = queue_statements(self._profile, self._clock())[name].order_by(None).subquery()
        with Session(self._engine) as session:
            return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def _item(voucher: Voucher, **extra: Any) -> QueueItem:
    assert voucher.id is not None
    return QueueItem(
        voucher_id=voucher.id,
        cip=voucher.cip,
        transaction_code=voucher.transaction_code,
        customer=full_name(voucher.first_name, voucher.last_name),
        email=voucher.email,
        concept=voucher.concept,
        money=voucher.money,
        status=voucher.status,
        created_at=voucher.created_at,
        expires_at=voucher.expires_at,
        paid_at=voucher.paid_at,
        **extra,
    )


def _unknown(row: WebhookNotification) -> UnknownNotification:
    """The log row, with the amount read back from the kept body when it is readable."""
    money: Money | None = None
    with contextlib.suppress(ValueError):  # unreadable: shown without it
        notice = parse_notification(row.body_excerpt.encode("utf-8"))
        money = notice.money if isinstance(notice, PaymentNotification) else None
    assert row.id is not None
    return UnknownNotification(
        notification_id=row.id,
        cip=row.cip,
        operation_number=row.operation_number,
        money=money,
        received_at=row.received_at,
        remote_address=row.remote_address,
        detail=row.detail,
    )
