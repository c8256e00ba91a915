"""Voucher states and the moves between them (architecture.md, "Voucher states")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.domain.events import Reason


class VoucherStatus(StrEnum):
    """Where a voucher stands. Never call paid "cancelado": staff read that as voided."""

    ISSUING = "issuing"
    FAILED = "failed"
    PENDING = "pending"
    PAID = "paid"
    EXPIRED = "expired"
    ANNULLED = "annulled"

    @property
    def is_open(self) -> bool:
        """Still worth asking PagoEfectivo about."""
        return self in (VoucherStatus.ISSUING, VoucherStatus.PENDING, VoucherStatus.EXPIRED)


class EventSource(StrEnum):
    """Who or what caused a move."""

    API = "api"
    POLL = "poll"
    WEBHOOK = "webhook"
    MANUAL = "manual"
    IMPORT = "import"


_ALLOWED: dict[VoucherStatus, frozenset[VoucherStatus]] = {
    VoucherStatus.ISSUING: frozenset({VoucherStatus.PENDING, VoucherStatus.FAILED}),
    VoucherStatus.PENDING: frozenset(
        {VoucherStatus.PAID, VoucherStatus.EXPIRED, VoucherStatus.ANNULLED}
    ),
    VoucherStatus.EXPIRED: frozenset({VoucherStatus.PENDING, VoucherStatus.PAID}),
    VoucherStatus.PAID: frozenset({VoucherStatus.PENDING}),
    VoucherStatus.FAILED: frozenset(),
    VoucherStatus.ANNULLED: frozenset(),
}


@dataclass(frozen=True)
class Move:
    """An accepted move. ``late`` marks a late payment (``is_late_payment``)."""

    source: VoucherStatus
    target: VoucherStatus
    late: bool = False
    reversal: bool = False


class ForbiddenMove(Exception):
    """The rules refuse this move; callers record it as a discrepancy instead."""

    def __init__(self, source: VoucherStatus, target: VoucherStatus, reason: str) -> None:
        self.source = source
        self.target = target
        self.reason = reason
        super().__init__(f"{source.value} -> {target.value}: {reason}")


def is_late_payment(
    source: VoucherStatus, paid_at: datetime | None, expires_at: datetime | None
) -> bool:
    """The one rule of a late payment ("Pagos tardíos"): paid, by the payment's own date, after
    the voucher's deadline, whatever its status said when the payment was learned (a voucher
    marked expired here while PagoEfectivo still took payments is not paid late). Only
    without a payment date does the status decide: confirmed for a voucher expired here."""
    if paid_at is not None and expires_at is not None:
        return paid_at > expires_at
    return source is VoucherStatus.EXPIRED


def may_mark_expired(expires_at: datetime | None, now: datetime) -> bool:
    """A person may mark a voucher expired only once its deadline has passed: until then
    PagoEfectivo takes the payment (to stop it sooner, the voucher is annulled)."""
    return expires_at is None or now >= expires_at


def check_move(
    source: VoucherStatus,
    target: VoucherStatus,
    *,
    reversal: bool = False,
    paid_at: datetime | None = None,
    expires_at: datetime | None = None,
) -> Move:
    """Accept or refuse a move. paid -> pending needs an explicit reversal (extorno).
    ``paid_at`` and ``expires_at`` (a move to paid) decide whether the payment is late."""
    if target not in _ALLOWED[source]:
        raise ForbiddenMove(source, target, Reason.NOT_ALLOWED)
    if source is VoucherStatus.PAID and not reversal:
        raise ForbiddenMove(source, target, Reason.REVERSAL_REQUIRED)
    if reversal and not (source is VoucherStatus.PAID and target is VoucherStatus.PENDING):
        raise ForbiddenMove(source, target, Reason.NOT_A_REVERSAL)
    late = target is VoucherStatus.PAID and is_late_payment(source, paid_at, expires_at)
    return Move(source, target, late=late, reversal=reversal)
