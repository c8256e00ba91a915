"""Requests for a second approval: a cashier's manual "paid" or "expired" recorded as a
discrepancy event that waits until a supervisor approves it (the move) or rejects it (a note).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, col, func, select

from desktop.domain.events import EventKind, Reason, has_code, reason_detail
from desktop.domain.status import VoucherStatus
from desktop.services.slips import ReconcileError
from desktop.store.tables import VoucherEvent


@dataclass(frozen=True)
class ApprovalRequest:
    """A manual "paid" or "expired" waiting for a supervisor (a recorded event, not a move)."""

    event_id: int
    voucher_id: int
    requested_by: str
    reason: str
    requested_at: datetime
    proof: str  # the JSON the approved move will carry as evidence
    requested_by_id: int | None = None  # None: asked before staff accounts (by name only)
    to_status: str = VoucherStatus.PAID.value


def is_request(event: VoucherEvent) -> bool:
    return event.kind == EventKind.DISCREPANCY and has_code(event.reason, Reason.APPROVAL_REQUESTED)


def request_of(event: VoucherEvent) -> ApprovalRequest:
    assert event.id is not None
    reason = reason_detail(event.reason)
    return ApprovalRequest(
        event.id,
        event.voucher_id,
        event.actor,
        reason,
        event.created_at,
        event.evidence or "{}",
        event.actor_id,
        event.to_status or VoucherStatus.PAID.value,
    )


def check_open(session: Session, request: VoucherEvent) -> None:
    if settled_after(session, request) > 0:
        raise ReconcileError("stale_request", "request")


def settled_after(session: Session, event: VoucherEvent) -> int:
    """Moves of the voucher after a request, and rejections of it: either settles it."""
    rejected = and_(
        col(VoucherEvent.kind) == EventKind.NOTE,
        col(VoucherEvent.reason).startswith(f"{Reason.APPROVAL_REJECTED}:"),
    )
    statement = select(func.count()).where(
        VoucherEvent.voucher_id == event.voucher_id,
        or_(col(VoucherEvent.kind) == EventKind.MOVE, rejected),
        col(VoucherEvent.sequence) > event.sequence,
    )
    return int(session.exec(statement).one())
