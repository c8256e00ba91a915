"""Payment notifications: verify, record every attempt, apply a payment once with its event."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, col, select

from desktop.domain.events import Reason, with_detail
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import WEBHOOK_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.pagoefectivo import (
    OtherEvent,
    PaymentNotification,
    parse_notification,
    verify_signature,
)
from desktop.services.refusals import REFUSED_EXCERPT, RefusalBudget
from desktop.services.retry import retry_on_conflict
from desktop.services.webhook_notice import mismatch
from desktop.store.engine import session_scope
from desktop.store.notifications import (
    WebhookNotification,
    body_text,
    clean_text,
    dedupe_key,
    find_handled,
    insert_notification,
    notification_values,
)
from desktop.store.nowait import WriterBusy, nowait_session

__all__ = ["IntakeResult", "Outcome", "WebhookIntake", "WriterBusy"]
from desktop.store.tables import Voucher
from desktop.store.vouchers import apply_move, find_by_cip, record_change, record_discrepancy

ACTOR = WEBHOOK_ACTOR
_ATTEMPTS = 3
_log = logging.getLogger(__name__)
T = TypeVar("T")


class Outcome(StrEnum):
    """What became of one notification (the ``outcome`` column of the log)."""

    APPLIED = "applied"  # pending -> paid
    LATE = "late"  # paid, flagged late (domain.status.is_late_payment)
    ALREADY_PAID = "already_paid"  # paid before (poll, import...) with no other operation
    DUPLICATE = "duplicate"  # same event, CIP and operation as one already handled
    DISCREPANCY = "discrepancy"  # recorded on the voucher for a person, nothing applied
    UNKNOWN_CIP = "unknown_cip"  # no voucher of this profile has that CIP
    UNCONFIRMED = "unconfirmed"  # an event type other than cip.paid: recorded, not applied
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"  # signed, but not a readable notification
    TOO_LARGE = "too_large"

    @property
    def http_status(self) -> int:
        """The receiver's answer: 200 whenever PagoEfectivo should stop retrying."""
        return _HTTP_STATUS[self]


_HTTP_STATUS = {
    Outcome.APPLIED: 200,
    Outcome.LATE: 200,
    Outcome.ALREADY_PAID: 200,
    Outcome.DUPLICATE: 200,
    Outcome.DISCREPANCY: 200,
    Outcome.UNKNOWN_CIP: 200,
    Outcome.UNCONFIRMED: 200,
    Outcome.BAD_SIGNATURE: 401,
    Outcome.MALFORMED: 400,
    Outcome.TOO_LARGE: 413,
}
"""Every outcome's HTTP status, written into the log and answered by the receiver."""


@dataclass(frozen=True)
class IntakeResult:
    outcome: Outcome
    notification_id: int | None  # None only when even the log could not be written
    voucher_id: int | None = None
    detail: str | None = None

    @property
    def http_status(self) -> int:
        return self.outcome.http_status


@dataclass(frozen=True)
class _Received:
    at: datetime
    remote: str | None
    raw: bytes
    size: int


class WebhookIntake:
    """Applies signed notifications to one profile's vouchers. The secret is only used to
    verify; it is never stored, logged or shown (not even by ``repr``)."""

    def __init__(
        self, engine: Engine, profile: str, secret_key: str, *, clock: Clock = utc_now
    ) -> None:
        if not secret_key:
            raise ValueError("the webhook needs the profile's secret key")
        self._engine = engine
        self.profile = profile
        self._secret = secret_key
        self._clock = clock
        # SQLite has one writer at a time; a writer kept waiting by SQLite itself polls the
        # lock with sleeps of up to 100 ms, which under a burst of notifications makes the
        # slowest answers take half a second. Queued on a lock here they follow each other at
        # once. PostgreSQL lets them run side by side.
        self._writes = threading.Lock() if engine.dialect.name == "sqlite" else None
        self.refusals = RefusalBudget()

    @property
    def serial(self) -> bool:
        """The database takes one writer at a time (SQLite): an event loop should try
        ``receive(..., wait=False)`` on its own thread first, sparing a thread hand-off."""
        return self._writes is not None

    def __repr__(self) -> str:
        return f"WebhookIntake(profile={self.profile!r})"

    def receive(
        self, raw_body: bytes, signature: str | None, remote: str | None, *, wait: bool = True
    ) -> IntakeResult:
        """Verify ``PE-Signature`` over the raw bytes, then read and apply the notification.

        ``wait=False``: ``WriterBusy`` at once, with nothing written, when another writer (here
        or in another process) holds the database; call again with ``wait=True`` from a
        thread that may wait for it.
        """
        received = _Received(self._clock(), remote, raw_body, len(raw_body))
        if not verify_signature(raw_body, signature, self._secret):
            problem = "missing_signature" if not signature else "signature_mismatch"
            return self._log_only(received, Outcome.BAD_SIGNATURE, problem, wait, signed=False)
        try:
            notice = parse_notification(raw_body)
        except ValueError as exc:
            return self._log_only(received, Outcome.MALFORMED, str(exc)[:300], wait, signed=True)
        if isinstance(notice, OtherEvent):
            other = notice
            return _retrying(lambda: self._unconfirmed(received, other, wait))
        payment = notice
        return _retrying(lambda: self._payment(received, payment, wait))

    def refuse_too_large(self, head: bytes, size: int, remote: str | None) -> IntakeResult:
        """Record a body too big to be a notification (only its beginning is kept)."""
        received = _Received(self._clock(), remote, head, size)
        too_large = f"{size} bytes or more"
        return self._log_only(received, Outcome.TOO_LARGE, too_large, True, signed=False)

    def last_received_at(self) -> datetime | None:
        """When the newest notification of the profile arrived (any outcome), or None."""
        with Session(self._engine) as session:
            statement = (
                select(WebhookNotification.received_at)
                .where(WebhookNotification.profile == self.profile)
                .order_by(col(WebhookNotification.received_at).desc())
                .limit(1)
            )
            return session.exec(statement).first()

    def database_ok(self) -> bool:
        """A trivial query on the notifications table: the database answers and is current."""
        try:
            with Session(self._engine) as session:
                session.exec(select(WebhookNotification.id).limit(1)).first()
        except SQLAlchemyError:
            _log.exception("webhook health check: the database did not answer")
            return False
        return True

    # -- the transactions ----------------------------------------------------------------------

    @contextmanager
    def _transaction(self, wait: bool) -> Iterator[Session]:
        """One write transaction, one at a time here on SQLite; ``WriterBusy`` rather than
        waiting when ``wait`` is False."""
        lock = self._writes
        if lock is not None and not lock.acquire(blocking=wait):
            raise WriterBusy
        try:
            scope = session_scope if wait else nowait_session
            with scope(self._engine) as session:
                yield session
        finally:
            if lock is not None:
                lock.release()

    def _payment(
        self, received: _Received, notice: PaymentNotification, wait: bool
    ) -> IntakeResult:
        key = dedupe_key(notice.event_type, notice.cip, notice.operation_number)
        with self._transaction(wait) as session:
            row = self._row(received, True, notice.event_type, notice.cip, notice.operation_number)
            first = find_handled(session, self.profile, key)
            if first is not None:
                return self._finish(session, row, Outcome.DUPLICATE, first.voucher_id, None)
            voucher = find_by_cip(session, self.profile, notice.cip)
            row["dedupe_key"] = key
            if voucher is None:
                unknown = f"transactionCode {notice.transaction_code or '-'}"
                return self._finish(session, row, Outcome.UNKNOWN_CIP, None, unknown)
            # The row (and its key) is written with the outcome, in the same transaction as
            # the move: a twin that got there first makes it fail, and the retry sees a repeat.
            outcome, detail = self._settle(session, voucher, notice, received)
            return self._finish(session, row, outcome, voucher.id, detail)

    def _settle(
        self,
        session: Session,
        voucher: Voucher,
        notice: PaymentNotification,
        received: _Received,
    ) -> tuple[Outcome, str | None]:
        evidence = body_text(received.raw)
        status = VoucherStatus(voucher.status)
        operation = notice.operation_number or None
        problem = mismatch(voucher, notice)
        if problem is None and status is VoucherStatus.PAID:
            if voucher.operation_number is None and operation is not None:
                # Paid by polling (the search does not tell the operation): learn it now.
                record_change(
                    session,
                    voucher,
                    {"operation_number": operation},
                    source=EventSource.WEBHOOK,
                    actor=ACTOR,
                    at=received.at,
                    reason=Reason.OPERATION_LEARNED,
                )
            if voucher.operation_number == operation:
                return Outcome.ALREADY_PAID, f"already paid (operation {operation})"
            problem = with_detail(
                Reason.OPERATION_DIFFERS,
                f"notified {operation}, voucher {voucher.operation_number}",
            )
        if problem is None and status is VoucherStatus.ANNULLED:
            problem = Reason.PAID_AFTER_ANNULMENT
        if problem is not None:
            record_discrepancy(
                session,
                voucher,
                VoucherStatus.PAID,
                source=EventSource.WEBHOOK,
                actor=ACTOR,
                at=received.at,
                reason=problem,
                evidence=evidence,
            )
            return Outcome.DISCREPANCY, problem
        moved = apply_move(
            session,
            voucher,
            VoucherStatus.PAID,
            source=EventSource.WEBHOOK,
            actor=ACTOR,
            at=received.at,
            evidence=evidence,
            changes={"paid_at": notice.payment_date or received.at, "operation_number": operation},
        )
        if not moved.applied:  # issuing or failed: apply_move recorded the discrepancy
            return Outcome.DISCREPANCY, f"{moved.refusal}: voucher is {status.value}"
        return (Outcome.LATE if moved.late else Outcome.APPLIED), None

    def _unconfirmed(self, received: _Received, notice: OtherEvent, wait: bool) -> IntakeResult:
        with self._transaction(wait) as session:
            row = self._row(received, True, notice.event_type, notice.cip, notice.operation_number)
            voucher_id: int | None = None
            if notice.cip is not None:
                key = dedupe_key(notice.event_type, notice.cip, notice.operation_number or "")
                first = find_handled(session, self.profile, key)
                if first is not None:
                    return self._finish(session, row, Outcome.DUPLICATE, first.voucher_id, None)
                row["dedupe_key"] = key
                voucher = find_by_cip(session, self.profile, notice.cip)
                voucher_id = voucher.id if voucher is not None else None
            detail = f"event type {notice.event_type!r} is not a confirmed payment"
            return self._finish(session, row, Outcome.UNCONFIRMED, voucher_id, detail)

    def _log_only(
        self, received: _Received, outcome: Outcome, detail: str, wait: bool, *, signed: bool
    ) -> IntakeResult:
        """Record a refused attempt, within the refusal budget (refusals.py): past it the
        attempt is only counted. The answer (401/400/413) stands either way."""
        keep, counted = self.refusals.take()
        if counted:
            _log.warning("%d more refused notifications in a minute were counted only", counted)
            detail = f"{detail} (+{counted} refused in the minute before, counted only)"
        if not keep:
            return IntakeResult(outcome, None, None, detail)
        try:
            with self._transaction(wait) as session:
                row = self._row(received, signed, None, None, None)
                row["body_excerpt"] = row["body_excerpt"][:REFUSED_EXCERPT]
                return self._finish(session, row, outcome, None, detail)
        except SQLAlchemyError:
            _log.exception("could not record a refused notification from %s", received.remote)
            return IntakeResult(outcome, None, None, detail)

    def _row(
        self,
        received: _Received,
        signed: bool,
        event_type: str | None,
        cip: int | None,
        operation: str | None,
    ) -> dict[str, Any]:
        """The log row's values; ``_finish`` sets the outcome and writes it."""
        return notification_values(
            self.profile,
            received.at,
            received.remote,
            received.raw,
            body_size=received.size,
            signature_ok=signed,
            event_type=event_type,
            cip=cip,
            operation_number=operation,
        )

    def _finish(
        self,
        session: Session,
        row: dict[str, Any],
        outcome: Outcome,
        voucher_id: int | None,
        detail: str | None,
    ) -> IntakeResult:
        row.update(
            outcome=outcome.value,
            voucher_id=voucher_id,
            detail=clean_text(detail) if detail else None,
            http_status=outcome.http_status,
        )
        notification_id = insert_notification(session, row)
        level = logging.INFO if outcome in (Outcome.APPLIED, Outcome.LATE) else logging.WARNING
        _log.log(
            level,
            "notification from %s: %s (CIP %s, operation %s, voucher %s)",
            row["remote_address"] or "?",
            outcome.value,
            row["cip"],
            row["operation_number"],
            voucher_id,
        )
        return IntakeResult(outcome, notification_id, voucher_id, row["detail"])


def _retrying(attempt: Callable[[], T]) -> T:
    """Again when another writer got there first: a changed voucher, or a twin notification
    that claimed the same key (the retry then sees it as a duplicate)."""
    return retry_on_conflict(attempt, _ATTEMPTS, also=(IntegrityError,))
