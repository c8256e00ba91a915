"""The SQL of the reconciliation queues (see desktop/services/queues.py for what each means).

Each statement starts from an index: events by (kind, created_at), a voucher's events by
(voucher_id, sequence), vouchers by (profile, expires_at) or (profile, status, created_at).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from desktop.domain.events import EventKind, Reason
from desktop.domain.status import VoucherStatus
from desktop.services.lateness import paid_late_sql
from desktop.services.webhook_intake import Outcome
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import Voucher, VoucherEvent

SETTLE = timedelta(minutes=2)
"""An ``issuing`` voucher younger than this may still be waiting for its answer."""
EXPIRING_WITHIN = timedelta(hours=24)
RECENT_DAYS = 30
"""Late payments and unknown notifications older than this are history, not work."""


def _has_code(event: Any, code: Reason) -> ColumnElement[bool]:
    """SQL for ``domain.events.has_code``: the reason is ``code`` or ``code: ...``."""
    return or_(event.reason == code.value, col(event.reason).startswith(f"{code.value}:"))


def _is_review(event: Any) -> ColumnElement[bool]:
    """The note a person's review leaves (``revisado`` or ``revisado: <note>``)."""
    return and_(event.kind == EventKind.NOTE, _has_code(event, Reason.REVIEWED))


def _not_approval(event: Any) -> ColumnElement[bool]:
    return ~func.coalesce(event.reason, "").startswith(f"{Reason.APPROVAL_REQUESTED}:")


def _reviewed_after(event: Any) -> ColumnElement[bool]:
    note: Any = aliased(VoucherEvent)
    return exists().where(
        note.voucher_id == event.voucher_id, note.sequence > event.sequence, _is_review(note)
    )


def _repeat_of_reviewed(event: Any) -> ColumnElement[bool]:
    """``event`` says again what an earlier discrepancy said, and a review came in between."""
    seen: Any = aliased(VoucherEvent)
    note: Any = aliased(VoucherEvent)
    same = [
        col(getattr(seen, name)).is_not_distinct_from(getattr(event, name))
        for name in ("reason", "from_status", "to_status", "evidence", "source")
    ]
    return exists().where(
        seen.voucher_id == event.voucher_id,
        seen.sequence < event.sequence,
        seen.kind == EventKind.DISCREPANCY,
        *same,
        exists()
        .where(
            note.voucher_id == event.voucher_id,
            note.sequence > seen.sequence,
            note.sequence < event.sequence,
            _is_review(note),
        )
        .correlate(event, seen),
    )


def discrepancy_statement(profile: str) -> Select[Any]:
    found: Any = aliased(VoucherEvent, name="found")
    newer: Any = aliased(VoucherEvent)
    # A later repeat of something already reviewed does not hide an unreviewed discrepancy.
    newer_discrepancy = exists().where(
        newer.voucher_id == found.voucher_id,
        newer.sequence > found.sequence,
        newer.kind == EventKind.DISCREPANCY,
        _not_approval(newer),
        ~_repeat_of_reviewed(newer),
    )
    return (
        select(found, Voucher)
        .join(Voucher, col(Voucher.id) == found.voucher_id)
        .where(
            found.kind == EventKind.DISCREPANCY,
            col(Voucher.profile) == profile,
            _not_approval(found),
            ~newer_discrepancy,
            ~_reviewed_after(found),
            ~_repeat_of_reviewed(found),
        )
        .order_by(col(found.created_at).desc(), col(found.id).desc())
    )


def late_statement(profile: str, since: datetime) -> Select[Any]:
    paid: Any = aliased(VoucherEvent, name="paid")
    later: Any = aliased(VoucherEvent)
    moved_since = exists().where(
        later.voucher_id == paid.voucher_id,
        later.sequence > paid.sequence,
        later.kind == EventKind.MOVE,
    )
    return (
        select(paid, Voucher)
        .join(Voucher, col(Voucher.id) == paid.voucher_id)
        .where(
            paid.kind == EventKind.MOVE,
            col(paid.created_at) >= since,
            paid.to_status == VoucherStatus.PAID.value,
            col(Voucher.profile) == profile,
            col(Voucher.status) == VoucherStatus.PAID.value,
            _has_code(paid, Reason.LATE),  # the move was late by the rule as it was written
            paid_late_sql(paid),  # and is by today's (older versions flagged more: lateness.py)
            ~moved_since,
            ~_reviewed_after(paid),
        )
        .order_by(col(paid.created_at).desc(), col(paid.id).desc())
    )


def expiring_statement(profile: str, now: datetime, within: timedelta) -> Select[Any]:
    return (
        select(Voucher)
        .where(
            col(Voucher.profile) == profile,
            col(Voucher.expires_at) >= now,
            col(Voucher.expires_at) <= now + within,
            col(Voucher.status) == VoucherStatus.PENDING.value,
        )
        .order_by(col(Voucher.expires_at), col(Voucher.id))
    )


def unconfirmed_statement(profile: str, now: datetime) -> Select[Any]:
    return (
        select(Voucher)
        .where(
            col(Voucher.profile) == profile,
            col(Voucher.status) == VoucherStatus.ISSUING.value,
            or_(col(Voucher.failure_code).is_not(None), col(Voucher.created_at) <= now - SETTLE),
        )
        .order_by(col(Voucher.created_at), col(Voucher.id))
    )


def unknown_statement(profile: str, since: datetime) -> Select[Any]:
    return (
        select(WebhookNotification)
        .where(
            col(WebhookNotification.received_at) >= since,
            col(WebhookNotification.profile) == profile,
            col(WebhookNotification.outcome) == Outcome.UNKNOWN_CIP,
        )
        .order_by(col(WebhookNotification.received_at).desc(), col(WebhookNotification.id))
    )


def queue_statements(profile: str, now: datetime) -> dict[str, Select[Any]]:
    """The SQL of each queue with its default window (for counts and query-plan checks)."""
    return {
        "discrepancies": discrepancy_statement(profile),
        "expiring": expiring_statement(profile, now, EXPIRING_WITHIN),
        "unconfirmed": unconfirmed_statement(profile, now),
        "late_payments": late_statement(profile, now - timedelta(days=RECENT_DAYS)),
        "unknown": unknown_statement(profile, now - timedelta(days=RECENT_DAYS)),
    }
